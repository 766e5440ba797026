/**
 * IEEE 1609.2 structures for tests: certificates and signed data built with our encoder from
 * fixed, made-up key and signature octets (no cryptography here: the parser's job is the
 * structure). tshark's ieee1609dot2 dissector checks the same octets independently.
 */
import type { Certificate, Ieee1609Dot2Data, SignedData } from '../../src/transport/ieee1609dot2/index.js';

/** Deterministic filler octets (not random, not secret). */
export function octets(n: number, seed: number): Uint8Array {
  const b = new Uint8Array(n);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

/** An explicit pseudonym-style certificate for BSMs (PSID 0x20), issued by a CA digest. */
export function explicitCertificate(): Certificate {
  return {
    version: 3,
    type: 'explicit',
    issuer: { sha256AndDigest: octets(8, 1) },
    toBeSigned: {
      id: { name: 'obu-test-001' },
      cracaId: octets(3, 2),
      crlSeries: 4,
      validityPeriod: { start: 600_000_000, duration: { hours: 168 } },
      region: { identifiedRegion: [{ countryOnly: 840 }] },
      assuranceLevel: Uint8Array.of(0xe0),
      appPermissions: [
        { psid: 0x20, ssp: { bitmapSsp: Uint8Array.of(0x01, 0x02) } },
        { psid: 0x26 },
      ],
      verifyKeyIndicator: { verificationKey: { ecdsaNistP256: { 'compressed-y-0': octets(32, 3) } } },
    },
    signature: { ecdsaNistP256Signature: { rSig: { 'x-only': octets(32, 4) }, sSig: octets(32, 5) } },
  };
}

/** An implicit certificate (reconstruction value, no signature) with linkage data and a CA-like permission set. */
export function implicitCertificate(): Certificate {
  return {
    version: 3,
    type: 'implicit',
    issuer: { sha256AndDigest: octets(8, 6) },
    toBeSigned: {
      id: { linkageData: { iCert: 7, 'linkage-value': octets(9, 7), 'group-linkage-value': { jValue: octets(4, 8), value: octets(9, 9) } } },
      cracaId: octets(3, 10),
      crlSeries: 1,
      validityPeriod: { start: 650_000_000, duration: { years: 1 } },
      region: { circularRegion: { center: { latitude: 421234567, longitude: -831234567 }, radius: 5000 } },
      certIssuePermissions: [{ subjectPermissions: { explicit: [{ psid: 0x20, sspRange: { opaque: [Uint8Array.of(1), new Uint8Array(0)] } }] }, minChainLength: 2, eeType: Uint8Array.of(0xc0) }],
      encryptionKey: { supportedSymmAlg: 'aes128Ccm', publicKey: { eciesNistP256: { uncompressedP256: { x: octets(32, 11), y: octets(32, 12) } } } },
      verifyKeyIndicator: { reconstructionValue: { 'compressed-y-1': octets(32, 13) } },
    },
  };
}

/** Signed data around `payload` (a MessageFrame), signed by a certificate chain or a digest. */
export function signedData(payload: Uint8Array, signer: 'certificate' | 'digest' | 'self', psid = 0x20): Ieee1609Dot2Data {
  const sd: SignedData = {
    hashId: 'sha256',
    tbsData: {
      payload: { data: { protocolVersion: 3, content: { unsecuredData: payload } } },
      headerInfo: {
        psid,
        generationTime: 600_100_000_000_000n,
        ...(signer === 'certificate' ? { generationLocation: { latitude: 421234567, longitude: -831234567, elevation: 4100 } } : {}),
      },
    },
    signer: signer === 'certificate' ? { certificate: [explicitCertificate()] } : signer === 'digest' ? { digest: octets(8, 14) } : { self: null },
    signature: { ecdsaNistP256Signature: { rSig: { 'compressed-y-1': octets(32, 15) }, sSig: octets(32, 16) } },
  };
  return { protocolVersion: 3, content: { signedData: sd } };
}

/** The SignedData of a signed Ieee1609Dot2Data (throws otherwise). */
export function signedOf(d: Ieee1609Dot2Data): SignedData {
  if (!('signedData' in d.content)) throw new Error('not signed data');
  return d.content.signedData;
}
