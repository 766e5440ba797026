/**
 * The cryptography IEEE 1609.2 needs, through Node's crypto (OpenSSL) only: SHA-256, ECDSA
 * on NIST P-256, key generation, and public keys to and from the 1609.2 curve point forms
 * (x-only, compressed-y-0/1, uncompressed). Point decompression is OpenSSL's
 * (`ECDH.convertKey`); nothing here does elliptic-curve arithmetic.
 */
import { createHash, createPublicKey, ECDH, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { EccP256CurvePoint } from '../transport/ieee1609dot2/index.js';

/** Order n of the P-256 group (FIPS 186-4, D.1.2.3). */
export const P256_N = 0xffffffff00000000ffffffffffffffffbce6faada7179e84f3b9cac2fc632551n;

export function sha256(data: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(data).digest());
}

/** SHA-256 of the empty string: the "signer identifier input" of a self-signed structure. */
export const SHA256_EMPTY = sha256(new Uint8Array(0));

export function generateP256(): { privateKey: KeyObject; publicKey: KeyObject } {
  return generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
}

const b64u = (b: Uint8Array): string => Buffer.from(b).toString('base64url');
const unb64u = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'base64url'));

/** The affine coordinates of a P-256 public key (32 octets each). */
export function publicXY(key: KeyObject): { x: Uint8Array; y: Uint8Array } {
  const jwk = (key.type === 'private' ? createPublicKey(key) : key).export({ format: 'jwk' });
  if (jwk.crv !== 'P-256' || !jwk.x || !jwk.y) throw new Error('not a P-256 key');
  return { x: unb64u(jwk.x), y: unb64u(jwk.y) };
}

export type PointForm = 'compressed' | 'uncompressed';

/** A public key as an EccP256CurvePoint: compressed (the y parity in the choice) or uncompressed. */
export function toCurvePoint(key: KeyObject, form: PointForm = 'compressed'): EccP256CurvePoint {
  const { x, y } = publicXY(key);
  if (form === 'uncompressed') return { uncompressedP256: { x, y } };
  return (y[31]! & 1) === 0 ? { 'compressed-y-0': x } : { 'compressed-y-1': x };
}

export class BadKeyError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'BadKeyError';
  }
}

/**
 * A verification key from a curve point. Compressed points are decompressed by OpenSSL; a
 * point not on the curve, or a form that carries no key (x-only, fill), is a BadKeyError.
 */
export function keyFromCurvePoint(p: EccP256CurvePoint): KeyObject {
  let x: Uint8Array;
  let y: Uint8Array;
  if ('uncompressedP256' in p) {
    x = p.uncompressedP256.x;
    y = p.uncompressedP256.y;
  } else if ('compressed-y-0' in p || 'compressed-y-1' in p) {
    const cx = 'compressed-y-0' in p ? p['compressed-y-0'] : p['compressed-y-1'];
    const prefix = 'compressed-y-0' in p ? 0x02 : 0x03;
    let full: Buffer;
    try {
      full = ECDH.convertKey(Buffer.concat([Buffer.of(prefix), Buffer.from(cx)]), 'prime256v1', undefined, undefined, 'uncompressed') as Buffer;
    } catch (e) {
      throw new BadKeyError(`compressed point not on P-256 (${(e as Error).message})`);
    }
    x = full.subarray(1, 33);
    y = full.subarray(33, 65);
  } else throw new BadKeyError(`a ${Object.keys(p)[0]} point is not a public key`);
  try {
    return createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64u(x), y: b64u(y) }, format: 'jwk' });
  } catch (e) {
    throw new BadKeyError(`point not on P-256 (${(e as Error).message})`);
  }
}

/** ECDSA P-256 with SHA-256 over `message`: r and s, 32 octets each. */
export function ecdsaSign(key: KeyObject, message: Uint8Array): Uint8Array {
  return new Uint8Array(sign('sha256', message, { key, dsaEncoding: 'ieee-p1363' }));
}

/** Verifies r||s (64 octets) over `message`; false for a wrong signature, never throws for one. */
export function ecdsaVerify(key: KeyObject, message: Uint8Array, rs: Uint8Array): boolean {
  if (rs.length !== 64) return false;
  try {
    return verify('sha256', message, { key, dsaEncoding: 'ieee-p1363' }, rs);
  } catch {
    return false;
  }
}

function toBig(b: Uint8Array): bigint {
  let v = 0n;
  for (const x of b) v = (v << 8n) | BigInt(x);
  return v;
}

function to32(v: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 31; i >= 0; i--) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  return out;
}

/**
 * The r of an ECDSA signature from the signature's rSig point: its x coordinate reduced
 * modulo n (1609.2 lets a signer send R itself, compressed or not, instead of x-only r).
 * Undefined for `fill` (no value).
 */
export function rFromPoint(p: EccP256CurvePoint): Uint8Array | undefined {
  const x = 'x-only' in p ? p['x-only'] : 'compressed-y-0' in p ? p['compressed-y-0'] : 'compressed-y-1' in p ? p['compressed-y-1'] : 'uncompressedP256' in p ? p.uncompressedP256.x : undefined;
  if (x === undefined) return undefined;
  const v = toBig(x);
  return v >= P256_N ? to32(v - P256_N) : x;
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
