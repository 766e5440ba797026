/**
 * IEEE 1609.2 security for v2x-edge: signing what the broadcast loop sends, verifying what is
 * received, the certificates and keys behind both.
 *
 * - `createSigner({ certsDir })` -> `MessageSigner`: `secure(msg)` turns an OutgoingMessage's
 *   UPER frame into a signed Ieee1609Dot2Data; `onIdentityChange` rotates the pseudonym with
 *   the BSM engine's identity. `createSecuredSinks(flags, signer)` gives the signing sinks.
 * - `createVerifier({ trust })` -> `Verifier`: `verify(bytes)` / `verifyDecoded(data)` give a
 *   `VerificationResult` for each received SPDU; `accept(result)` applies the policy.
 * - `initCertificateDirectory` (`v2x-edge certs init`), `loadCertificateDirectory`, `TrustStore`.
 * - `registerKeyProvider` is the hook for a hardware security module or a PKCS#11 token.
 */
import { SystemClock } from '../../hal/clock.js';
import { P2pcd } from './p2pcd.js';
import { TrustStore } from './trust.js';
import { Verifier, type VerifierOptions } from './verifier.js';

export * from './certificate.js';
export { BadKeyError, generateP256, keyFromCurvePoint, P256_N, publicXY, toCurvePoint, type PointForm } from './crypto.js';
export * from './directory.js';
export * from './keys.js';
export * from './p2pcd.js';
export * from './signer.js';
export * from './sinks.js';
export * from './trust.js';
export * from './verifier.js';

export interface CreateVerifierOptions extends Omit<VerifierOptions, 'trust'> {
  /** A certificate directory, a folder of .cert files or one root certificate file, or a TrustStore. */
  trust: string | TrustStore;
}

/** The verifier for `v2x-edge rx --verify --trust PATH`. */
export function createVerifier(o: CreateVerifierOptions): Verifier {
  const trust = typeof o.trust === 'string' ? TrustStore.load(o.trust) : o.trust;
  return new Verifier({ ...o, trust, clock: o.clock ?? new SystemClock(), p2pcd: o.p2pcd ?? new P2pcd() });
}
