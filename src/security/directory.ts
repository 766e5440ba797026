/**
 * A certificate directory for the bench: a local authority chain made by
 * `v2x-edge certs init --dir DIR`:
 *
 * ```
 * DIR/certs.json            what is where (below), HashedId8s, validity, PSIDs
 * DIR/root.cert  root.key   self-signed root CA (the receivers' trust anchor)
 * DIR/enrolment.cert .key   an authority issued by the root, issuing the pseudonyms
 * DIR/pseudonyms/NNNN.cert .key   the pool of pseudonym certificates (end entities)
 * ```
 *
 * Certificates are explicit 1609.2 certificates in COER; keys are PKCS#8 PEM, mode 0600 (the
 * directory 0700). In certs.json every key is a reference: `file:...` here, and a key held
 * by a hardware module can be named `pkcs11:...` once a provider is registered (keys.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { toHex } from '../../asn1/runtime/values.js';
import { SystemClock, type Clock } from '../../hal/clock.js';
import type { Certificate } from '../transport/ieee1609dot2/index.js';
import { decodeCertificate, encodeCertificate, hashedId8, issueCertificate, validity, type CertificateSpec } from './certificate.js';
import { generateP256, type PointForm } from './crypto.js';
import { KeyError, openSigningKey, SoftwareKey, writeKeyFile, type KeyContext } from './keys.js';
import { MessageSigner, SecurityError, type Pseudonym, type SignerOptions } from './signer.js';
import { TrustStore } from './trust.js';

export const MANIFEST = 'certs.json';
export const MANIFEST_FORMAT = 'v2x-edge certificate directory 1';

export interface InitOptions {
  dir: string;
  /** Pseudonym certificates in the pool (default 20). */
  pseudonyms?: number;
  /** PSIDs the pseudonyms may sign (default BSM, 0x20). */
  psids?: number[];
  /** Start of validity of every certificate, UTC ms (default: an hour before now). */
  startMs?: number;
  /** Pseudonym validity in hours (default 168, a week). */
  pseudonymHours?: number;
  /** Authority validity in years (root; the enrolment authority gets one less). Default 10. */
  rootYears?: number;
  pointForm?: PointForm;
  /** Replace the keys and certificates of an existing directory. */
  force?: boolean;
  clock?: Clock;
}

export interface ManifestEntry {
  certificate: string;
  key: string;
  hashedId8: string;
  validFrom: string;
  validTo: string;
}

export interface Manifest {
  format: string;
  created: string;
  root: ManifestEntry;
  enrolment: ManifestEntry;
  /** Authority certificates receivers should know beside the root. */
  authorities: string[];
  pseudonyms: (ManifestEntry & { psids: number[] })[];
}

function entry(cert: Certificate, certificate: string, key: string): ManifestEntry {
  const v = validity(cert);
  return { certificate, key, hashedId8: toHex(hashedId8(cert)), validFrom: new Date(v.startMs).toISOString(), validTo: new Date(v.endMs).toISOString() };
}

function writeCert(dir: string, rel: string, cert: Certificate): void {
  mkdirSync(join(dir, rel, '..'), { recursive: true, mode: 0o700 });
  writeFileSync(join(dir, rel), encodeCertificate(cert));
}

/** Creates the chain root -> enrolment -> pseudonyms in `dir`. */
export async function initCertificateDirectory(o: InitOptions): Promise<Manifest> {
  const dir = o.dir;
  if (existsSync(join(dir, MANIFEST)) && !o.force) throw new KeyError('KEY_EXISTS', `${join(dir, MANIFEST)}: a certificate directory is already there (use --force to replace it)`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const clock = o.clock ?? new SystemClock();
  const startMs = o.startMs ?? clock.now() - 3_600_000;
  const psids = o.psids ?? [0x20];
  const n = o.pseudonyms ?? 20;
  const years = o.rootYears ?? 10;
  const pointForm = o.pointForm ?? 'compressed';
  const overwrite = { overwrite: o.force === true };

  const rootKeys = generateP256();
  const rootKey = new SoftwareKey(rootKeys.privateKey, 'file:root.key');
  const base: Pick<CertificateSpec, 'startMs' | 'pointForm'> = { startMs, pointForm };
  const root = await issueCertificate(
    { ...base, id: { name: 'v2x-edge bench root' }, duration: { years }, certIssuePermissions: [{ subjectPermissions: { all: null }, minChainLength: 2 }], publicKey: rootKeys.publicKey },
    { self: rootKey },
  );
  const enrolKeys = generateP256();
  const enrolKey = new SoftwareKey(enrolKeys.privateKey, 'file:enrolment.key');
  const enrolment = await issueCertificate(
    { ...base, id: { name: 'v2x-edge bench enrolment authority' }, duration: { years: Math.max(1, years - 1) }, certIssuePermissions: [{ subjectPermissions: { explicit: psids.map((psid) => ({ psid })) } }], publicKey: enrolKeys.publicKey },
    { certificate: root, key: rootKey },
  );
  writeKeyFile(join(dir, 'root.key'), rootKeys.privateKey, overwrite);
  writeKeyFile(join(dir, 'enrolment.key'), enrolKeys.privateKey, overwrite);
  writeCert(dir, 'root.cert', root);
  writeCert(dir, 'enrolment.cert', enrolment);
  const pseudonyms: Manifest['pseudonyms'] = [];
  for (let i = 0; i < n; i++) {
    const keys = generateP256();
    const cert = await issueCertificate(
      {
        ...base,
        id: { linkageData: { iCert: i, 'linkage-value': new Uint8Array(randomBytes(9)) } },
        duration: { hours: o.pseudonymHours ?? 168 },
        appPermissions: psids.map((psid) => ({ psid })),
        publicKey: keys.publicKey,
      },
      { certificate: enrolment, key: enrolKey },
    );
    const name = `pseudonyms/${String(i).padStart(4, '0')}`;
    writeKeyFile(join(dir, `${name}.key`), keys.privateKey, overwrite);
    writeCert(dir, `${name}.cert`, cert);
    pseudonyms.push({ ...entry(cert, `${name}.cert`, `file:${name}.key`), psids });
  }
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    created: new Date(clock.now()).toISOString(),
    root: entry(root, 'root.cert', 'file:root.key'),
    enrolment: entry(enrolment, 'enrolment.cert', 'file:enrolment.key'),
    authorities: ['enrolment.cert'],
    pseudonyms,
  };
  writeFileSync(join(dir, MANIFEST), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

export function readManifest(dir: string): Manifest {
  const p = join(dir, MANIFEST);
  if (!existsSync(p)) throw new SecurityError('BAD_CERTIFICATE_DIRECTORY', `${p}: not found (create the directory with v2x-edge certs init --dir ${dir})`);
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(p, 'utf8')) as Manifest;
  } catch (e) {
    throw new SecurityError('BAD_CERTIFICATE_DIRECTORY', `${p}: ${(e as Error).message}`);
  }
  if (m.format !== MANIFEST_FORMAT || !m.root || !Array.isArray(m.pseudonyms)) throw new SecurityError('BAD_CERTIFICATE_DIRECTORY', `${p}: not a ${MANIFEST_FORMAT}`);
  return m;
}

export function readCertificateFile(dir: string, rel: string): Certificate {
  const p = join(dir, rel);
  try {
    return decodeCertificate(new Uint8Array(readFileSync(p)));
  } catch (e) {
    throw new SecurityError('BAD_CERTIFICATE_DIRECTORY', `${p}: ${(e as Error).message}`);
  }
}

export interface LoadedDirectory {
  manifest: Manifest;
  root: Certificate;
  authorities: Certificate[];
  pseudonyms: Pseudonym[];
  trust: TrustStore;
}

/** Reads a certificate directory and opens the pseudonym keys (file keys must be mode 0600). */
export async function loadCertificateDirectory(dir: string, opts: Omit<KeyContext, 'dir'> = {}): Promise<LoadedDirectory> {
  const manifest = readManifest(dir);
  const root = readCertificateFile(dir, manifest.root.certificate);
  const authorities = manifest.authorities.map((a) => readCertificateFile(dir, a));
  const pseudonyms: Pseudonym[] = [];
  for (const [index, e] of manifest.pseudonyms.entries()) {
    const certificate = readCertificateFile(dir, e.certificate);
    const key = await openSigningKey(e.key, { dir, ...opts });
    pseudonyms.push({ certificate, key, index });
  }
  return { manifest, root, authorities, pseudonyms, trust: TrustStore.load(dir) };
}

export interface CreateSignerOptions extends Omit<SignerOptions, 'pseudonyms' | 'authorities'> {
  /** A directory made by `v2x-edge certs init`. */
  certsDir: string;
  allowInsecureKeys?: boolean;
}

/** The signer for `v2x-edge run --sign --certs DIR`. */
export async function createSigner(o: CreateSignerOptions): Promise<MessageSigner> {
  const { certsDir, allowInsecureKeys, ...rest } = o;
  const d = await loadCertificateDirectory(certsDir, allowInsecureKeys ? { allowInsecure: true } : {});
  return new MessageSigner({ ...rest, pseudonyms: d.pseudonyms, authorities: [...d.authorities, d.root] });
}
