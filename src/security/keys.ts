/**
 * Signing keys and where they live.
 *
 * `SigningKey` is the hook for hardware: the signer only ever asks a key to sign (ECDSA P-256
 * with SHA-256 over a message, r||s back) and for its public key. A software key signs
 * synchronously with Node's crypto; a hardware security module or a PKCS#11 token plugs in as
 * a `KeyProvider` registered for a scheme (`registerKeyProvider('pkcs11', ...)`), named in a
 * certificate directory's `certs.json` as `pkcs11:...` instead of `file:...`, and may sign
 * asynchronously (the signer then sends each message when its signature is ready).
 *
 * Key files are PKCS#8 PEM, written with mode 0600 in a 0700 directory; reading a key file
 * that its group or others can read is refused (as ssh refuses such keys), unless allowed.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { ecdsaSign } from './crypto.js';

export interface SigningKey {
  /** Where the key is, for messages (`file:pseudonyms/0003.key`, `pkcs11:token=obu;object=p3`). */
  readonly label: string;
  /** The public half (P-256). */
  readonly publicKey: KeyObject;
  /** True when `sign` always returns the octets at once (never a promise). */
  readonly synchronous?: boolean;
  /**
   * ECDSA P-256 with SHA-256 over `message` (the key hashes it), as r||s (64 octets).
   * A software key returns at once; a hardware key may return a promise.
   */
  sign(message: Uint8Array): Uint8Array | Promise<Uint8Array>;
}

/** A key held in this process. */
export class SoftwareKey implements SigningKey {
  readonly publicKey: KeyObject;
  readonly synchronous = true;
  constructor(private readonly privateKey: KeyObject, readonly label = 'memory') {
    if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      throw new KeyError('BAD_KEY', `${label}: not a P-256 private key`);
    }
    this.publicKey = createPublicKey(privateKey);
  }
  sign(message: Uint8Array): Uint8Array {
    return ecdsaSign(this.privateKey, message);
  }
}

export type KeyErrorCode = 'KEY_PERMISSIONS' | 'KEY_EXISTS' | 'KEY_MISSING' | 'BAD_KEY' | 'NO_PROVIDER';

export class KeyError extends Error {
  constructor(readonly code: KeyErrorCode, message: string) {
    super(message);
    this.name = 'KeyError';
  }
}

/** Writes a private key as PKCS#8 PEM readable by its owner only; refuses to replace one unless `overwrite`. */
export function writeKeyFile(path: string, key: KeyObject, opts: { overwrite?: boolean } = {}): void {
  if (existsSync(path) && !opts.overwrite) throw new KeyError('KEY_EXISTS', `${path}: a key is already there (use --force to replace it)`);
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const pem = key.export({ format: 'pem', type: 'pkcs8' });
  writeFileSync(path, pem, { mode: 0o600 });
  // The mode of writeFileSync applies to new files only, and the umask may have taken bits away.
  chmodSync(path, 0o600);
}

/** Reads a PKCS#8 PEM private key; refuses a file its group or others may read. */
export function readKeyFile(path: string, opts: { allowInsecure?: boolean } = {}): KeyObject {
  if (!existsSync(path)) throw new KeyError('KEY_MISSING', `${path}: no such key file`);
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0 && !opts.allowInsecure) {
    throw new KeyError('KEY_PERMISSIONS', `${path}: permissions ${mode.toString(8).padStart(4, '0')} let others read the private key; run chmod 600 on it`);
  }
  try {
    return createPrivateKey(readFileSync(path));
  } catch (e) {
    throw new KeyError('BAD_KEY', `${path}: not a PEM private key (${(e as Error).message})`);
  }
}

export interface KeyContext {
  /** The certificate directory relative references are resolved against. */
  dir: string;
  allowInsecure?: boolean;
}

/** Opens the key a reference names (`file:...` or a registered scheme). */
export type KeyProvider = (ref: string, ctx: KeyContext) => SigningKey | Promise<SigningKey>;

const providers = new Map<string, KeyProvider>([
  [
    'file',
    (ref, ctx) => {
      const p = ref.slice('file:'.length);
      return new SoftwareKey(readKeyFile(isAbsolute(p) ? p : join(ctx.dir, p), ctx.allowInsecure ? { allowInsecure: true } : {}), ref);
    },
  ],
]);

/** Plugs in a key store for `scheme:` references (a PKCS#11 module, an HSM client). */
export function registerKeyProvider(scheme: string, provider: KeyProvider): void {
  if (!/^[a-z][a-z0-9+.-]*$/.test(scheme)) throw new KeyError('NO_PROVIDER', `'${scheme}' is not a scheme name`);
  providers.set(scheme, provider);
}

export function unregisterKeyProvider(scheme: string): void {
  if (scheme !== 'file') providers.delete(scheme);
}

/** Opens a key by reference; a reference without a scheme is a file. */
export async function openSigningKey(ref: string, ctx: KeyContext): Promise<SigningKey> {
  const m = /^([a-z][a-z0-9+.-]*):/.exec(ref);
  const scheme = m ? m[1]! : 'file';
  const provider = providers.get(scheme);
  if (!provider) throw new KeyError('NO_PROVIDER', `${ref}: no key provider for '${scheme}:' (registerKeyProvider)`);
  return provider(m ? ref : `file:${ref}`, ctx);
}
