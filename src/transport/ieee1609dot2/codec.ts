/**
 * The IEEE 1609.2 types in COER, declared in the standard's order (see types.ts for the
 * values). 1609.2-2016 root components and alternatives; the 2022 additions after the
 * extension markers where the standard put them.
 */
import { Dot2EncodeError, type OerReader, type OerWriter } from './oer.js';
import {
  choice,
  enumerated,
  field,
  fixedOctets,
  int32,
  intVar,
  lazy,
  nul,
  octets,
  sequence,
  sequenceOf,
  uint16,
  uint32,
  uint64,
  uint8,
  uintVar,
  utf8,
  withBytes,
  type OerCodec,
} from './schema.js';
import type * as T from './types.js';

/** Nesting of Ieee1609Dot2Data inside signed data allowed when decoding. */
export const MAX_NESTING = 8;

/** The rest of an open type, kept as octets (structures this code does not interpret). */
const rest: OerCodec<Uint8Array> = {
  dec: (r) => r.octets(r.remaining),
  enc: (w, v) => w.octets(v),
};

const HashedId3 = fixedOctets(3);
const HashedId8 = fixedOctets(8);
const Psid = uintVar;
const Time64 = uint64;
const Latitude = int32(-900000000, 900000001);
const Longitude = int32(-1799999999, 1800000001);

export const HashAlgorithm = enumerated<T.HashAlgorithm>(['sha256', 'sha384', 'sm3'], true);
export const SymmAlgorithm = enumerated<T.SymmAlgorithm>(['aes128Ccm', 'sm4Ccm'], true);

const TwoDLocation = sequence<T.TwoDLocation>([field('latitude', Latitude), field('longitude', Longitude)]);
const ThreeDLocation = sequence<T.ThreeDLocation>([field('latitude', Latitude), field('longitude', Longitude), field('elevation', uint16)]);

function curvePoint<C extends object>(size: number, uncompressed: string): OerCodec<C> {
  const o = fixedOctets(size);
  return choice<C>({
    'x-only': o,
    fill: nul,
    'compressed-y-0': o,
    'compressed-y-1': o,
    [uncompressed]: sequence([field('x', o), field('y', o)]),
  });
}

export const EccP256CurvePoint = curvePoint<T.EccP256CurvePoint>(32, 'uncompressedP256');
export const EccP384CurvePoint = curvePoint<T.EccP384CurvePoint>(48, 'uncompressedP384');

const EcdsaP256Signature = sequence<T.EcdsaP256Signature>([field('rSig', EccP256CurvePoint), field('sSig', fixedOctets(32))]);
const EcdsaP384Signature = sequence<T.EcdsaP384Signature>([field('rSig', EccP384CurvePoint), field('sSig', fixedOctets(48))]);
const EcsigP256Signature = sequence<T.EcsigP256Signature>([field('rSig', fixedOctets(32)), field('sSig', fixedOctets(32))]);

export const Signature = choice<T.Signature>(
  { ecdsaNistP256Signature: EcdsaP256Signature, ecdsaBrainpoolP256r1Signature: EcdsaP256Signature },
  { ecdsaBrainpoolP384r1Signature: EcdsaP384Signature, ecdsaNistP384Signature: EcdsaP384Signature, sm2Signature: EcsigP256Signature },
);

const BasePublicEncryptionKey = choice<T.BasePublicEncryptionKey>(
  { eciesNistP256: EccP256CurvePoint, eciesBrainpoolP256r1: EccP256CurvePoint },
  { ecencSm2: EccP256CurvePoint },
);
const PublicEncryptionKey = sequence<T.PublicEncryptionKey>([field('supportedSymmAlg', SymmAlgorithm), field('publicKey', BasePublicEncryptionKey)]);
const SymmetricEncryptionKey = choice<T.SymmetricEncryptionKey>({ aes128Ccm: fixedOctets(16) }, { sm4Ccm: fixedOctets(16) });
const EncryptionKey = choice<T.EncryptionKey>({ public: PublicEncryptionKey, symmetric: SymmetricEncryptionKey });

const PublicVerificationKey = choice<T.PublicVerificationKey>(
  { ecdsaNistP256: EccP256CurvePoint, ecdsaBrainpoolP256r1: EccP256CurvePoint },
  { ecdsaBrainpoolP384r1: EccP384CurvePoint, ecdsaNistP384: EccP384CurvePoint, ecsigSm2: EccP256CurvePoint },
);
const VerificationKeyIndicator = choice<T.VerificationKeyIndicator>({ verificationKey: PublicVerificationKey, reconstructionValue: EccP256CurvePoint }, {});

const MissingCrlIdentifier = sequence<T.MissingCrlIdentifier>([field('cracaId', HashedId3), field('crlSeries', uint16)], []);

const Duration = choice<T.Duration>({
  microseconds: uint16,
  milliseconds: uint16,
  seconds: uint16,
  minutes: uint16,
  hours: uint16,
  sixtyHours: uint16,
  years: uint16,
});
const ValidityPeriod = sequence<T.ValidityPeriod>([field('start', uint32), field('duration', Duration)]);

const IdentifiedRegion = choice<T.IdentifiedRegion>(
  {
    countryOnly: uint16,
    countryAndRegions: sequence([field('countryOnly', uint16), field('regions', sequenceOf(uint8))]),
    countryAndSubregions: sequence([
      field('countryOnly', uint16),
      field('regionAndSubregions', sequenceOf(sequence([field('region', uint8), field('subregions', sequenceOf(uint16))]))),
    ]),
  },
  {},
);

const GeographicRegion = choice<T.GeographicRegion>(
  {
    circularRegion: sequence([field('center', TwoDLocation), field('radius', uint16)]),
    rectangularRegion: sequenceOf(sequence([field('northWest', TwoDLocation), field('southEast', TwoDLocation)])),
    polygonalRegion: sequenceOf(TwoDLocation, 3),
    identifiedRegion: sequenceOf(IdentifiedRegion),
  },
  {},
);

const ServiceSpecificPermissions = choice<T.ServiceSpecificPermissions>({ opaque: octets() }, { bitmapSsp: octets(0, 31) });
const PsidSsp = sequence<T.PsidSsp>([field('psid', Psid), field('ssp', ServiceSpecificPermissions, { optional: true })]);

const SspRange = choice<T.SspRange>(
  { opaque: sequenceOf(octets()), all: nul },
  { bitmapSspRange: sequence([field('sspValue', octets(1, 32)), field('sspBitmask', octets(1, 32))]) },
);
const PsidSspRange = sequence<T.PsidSspRange>([field('psid', Psid), field('sspRange', SspRange, { optional: true })]);
const SubjectPermissions = choice<T.SubjectPermissions>({ explicit: sequenceOf(PsidSspRange), all: nul }, {});
const PsidGroupPermissions = sequence<T.PsidGroupPermissions>([
  field('subjectPermissions', SubjectPermissions),
  field('minChainLength', intVar, { default: 1 }),
  field('chainLengthRange', intVar, { default: 0 }),
  field('eeType', fixedOctets(1), { default: new Uint8Array([0x80]) }),
]);

const LinkageData = sequence<T.LinkageData>([
  field('iCert', uint16),
  field('linkage-value', fixedOctets(9)),
  field('group-linkage-value', sequence([field('jValue', fixedOctets(4)), field('value', fixedOctets(9))]), { optional: true }),
]);

const CertificateId = choice<T.CertificateId>(
  { linkageData: LinkageData, name: utf8(0, 255), binaryId: octets(1, 64), none: nul },
  {},
);

const IssuerIdentifier = choice<T.IssuerIdentifier>({ sha256AndDigest: HashedId8, self: HashAlgorithm }, { sha384AndDigest: HashedId8 });

const ToBeSignedCertificate = sequence<T.ToBeSignedCertificate>(
  [
    field('id', CertificateId),
    field('cracaId', HashedId3),
    field('crlSeries', uint16),
    field('validityPeriod', ValidityPeriod),
    field('region', GeographicRegion, { optional: true }),
    field('assuranceLevel', fixedOctets(1), { optional: true }),
    field('appPermissions', sequenceOf(PsidSsp), { optional: true }),
    field('certIssuePermissions', sequenceOf(PsidGroupPermissions), { optional: true }),
    field('certRequestPermissions', sequenceOf(PsidGroupPermissions), { optional: true }),
    field('canRequestRollover', nul, { optional: true }),
    field('encryptionKey', PublicEncryptionKey, { optional: true }),
    field('verifyKeyIndicator', VerificationKeyIndicator),
  ],
  // 1609.2-2022: flags; appExtensions, certIssueExtensions and certRequestExtension stay in $ext.
  [field('flags', fixedOctets(1), { optional: true })],
);

const version3: OerCodec<number> = {
  dec: (r: OerReader) => {
    const at = r.pos;
    const v = r.u8();
    if (v !== 3) r.fail('BAD_VALUE', `version ${v}: only version 3 is defined`, at);
    return v;
  },
  enc: (w: OerWriter, v: number) => {
    if (v !== 3) throw new Dot2EncodeError(`version must be 3, got ${String(v)}`);
    w.u8(v);
  },
};

export const Certificate: OerCodec<T.Certificate> = withBytes(
  sequence<T.Certificate>([
    field('version', version3),
    field('type', enumerated<T.Certificate['type']>(['explicit', 'implicit'], true)),
    field('issuer', IssuerIdentifier),
    field('toBeSigned', ToBeSignedCertificate),
    field('signature', Signature, { optional: true }),
  ]),
);

const HeaderInfo = sequence<T.HeaderInfo>(
  [
    field('psid', Psid),
    field('generationTime', Time64, { optional: true }),
    field('expiryTime', Time64, { optional: true }),
    field('generationLocation', ThreeDLocation, { optional: true }),
    field('p2pcdLearningRequest', HashedId3, { optional: true }),
    field('missingCrlIdentifier', MissingCrlIdentifier, { optional: true }),
    field('encryptionKey', EncryptionKey, { optional: true }),
  ],
  [
    field('inlineP2pcdRequest', sequenceOf(HashedId3), { optional: true }),
    field('requestedCertificate', Certificate, { optional: true }),
    field('pduFunctionalType', uint8, { optional: true }),
    field('contributedExtensions', rest, { optional: true }),
  ],
);

const HashedData = choice<T.HashedData>({ sha256HashedData: fixedOctets(32) }, { sha384HashedData: fixedOctets(48), sm3HashedData: fixedOctets(32) });

const SignedDataPayload = sequence<T.SignedDataPayload>(
  [field('data', lazy(() => Ieee1609Dot2Data), { optional: true }), field('extDataHash', HashedData, { optional: true })],
  [field('omitted', nul, { optional: true })],
);

export const ToBeSignedData: OerCodec<T.ToBeSignedData> = withBytes(sequence<T.ToBeSignedData>([field('payload', SignedDataPayload), field('headerInfo', HeaderInfo)]));

export const SignerIdentifier = choice<T.SignerIdentifier>({ digest: HashedId8, certificate: sequenceOf(Certificate), self: nul }, {});

export const SignedData = sequence<T.SignedData>([
  field('hashId', HashAlgorithm),
  field('tbsData', ToBeSignedData),
  field('signer', SignerIdentifier),
  field('signature', Signature),
]);

const AesCcmCiphertext = sequence([field('nonce', fixedOctets(12)), field('ccmCiphertext', octets())]);
const SymmetricCiphertext = choice<T.SymmetricCiphertext>({ aes128ccm: AesCcmCiphertext }, { sm4Ccm: AesCcmCiphertext });
const EciesP256EncryptedKey = sequence([field('v', EccP256CurvePoint), field('c', fixedOctets(16)), field('t', fixedOctets(16))]);
const EcencP256EncryptedKey = sequence([field('v', EccP256CurvePoint), field('c', fixedOctets(16)), field('t', fixedOctets(32))]);
const EncryptedDataEncryptionKey = choice<T.EncryptedDataEncryptionKey>(
  { eciesNistP256: EciesP256EncryptedKey, eciesBrainpoolP256r1: EciesP256EncryptedKey },
  { ecencSm2256: EcencP256EncryptedKey },
);
const PKRecipientInfo = sequence<T.PKRecipientInfo>([field('recipientId', HashedId8), field('encKey', EncryptedDataEncryptionKey)]);
const RecipientInfo = choice<T.RecipientInfo>({
  pskRecipInfo: HashedId8,
  symmRecipInfo: sequence([field('recipientId', HashedId8), field('encKey', SymmetricCiphertext)]),
  certRecipInfo: PKRecipientInfo,
  signedDataRecipInfo: PKRecipientInfo,
  rekRecipInfo: PKRecipientInfo,
});
const EncryptedData = sequence<T.EncryptedData>([field('recipients', sequenceOf(RecipientInfo)), field('ciphertext', SymmetricCiphertext)]);

const Opaque = octets();

export const Ieee1609Dot2Content = choice<T.Ieee1609Dot2Content>(
  { unsecuredData: Opaque, signedData: SignedData, encryptedData: EncryptedData, signedCertificateRequest: Opaque },
  { signedX509CertificateRequest: Opaque },
);

const Ieee1609Dot2DataSeq = sequence<T.Ieee1609Dot2Data>([field('protocolVersion', version3), field('content', Ieee1609Dot2Content)]);

export const Ieee1609Dot2Data: OerCodec<T.Ieee1609Dot2Data> = {
  dec: (r) => {
    if (r.depth >= MAX_NESTING) r.fail('TOO_DEEP', `more than ${MAX_NESTING} nested Ieee1609Dot2Data`);
    r.depth++;
    try {
      return Ieee1609Dot2DataSeq.dec(r);
    } finally {
      r.depth--;
    }
  },
  enc: (w, v) => Ieee1609Dot2DataSeq.enc(w, v),
};
