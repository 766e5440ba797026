/**
 * `v2x-edge certs init --dir DIR` makes the bench's IEEE 1609.2 authority chain (a root, an
 * enrolment authority, a pool of pseudonym certificates with their keys); `v2x-edge certs
 * show` prints a directory or a certificate file. See src/security/directory.ts for the layout.
 */
import { readFileSync } from 'node:fs';
import { toHex } from '../../../asn1/runtime/values.js';
import { decodeCertificate, hashedId8, initCertificateDirectory, KeyError, readManifest, SecurityError, validity, type PointForm } from '../../security/index.js';
import { parsePsidText } from '../../transport/psid.js';
import type { Certificate } from '../../transport/ieee1609dot2/index.js';
import { flag, int, parseArgs, str, UsageError } from '../args.js';

export const summary = 'IEEE 1609.2 certificates for signing: init a bench authority chain and pseudonym pool, show them';

const usage = `usage: v2x-edge certs init --dir DIR [options]
       v2x-edge certs show (--dir DIR | FILE.cert)
init: a root CA, an enrolment authority and a pool of pseudonym certificates (explicit,
COER), with their P-256 private keys (PKCS#8 PEM, mode 0600) and certs.json
  --pseudonyms N        pseudonym certificates in the pool (default 20)
  --psid LIST           PSIDs the pseudonyms may sign, e.g. 0x20,0x82 (default 0x20, BSM)
  --hours N             pseudonym validity in hours (default 168)
  --years N             root validity in years (default 10; the enrolment authority one less)
  --start ISO-TIME      start of validity (default an hour ago)
  --uncompressed        write public keys as uncompressed points (default compressed)
  --force               replace the keys and certificates of an existing directory
show: every certificate with its HashedId8, validity, PSIDs and issuer`;

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  try {
    if (sub === 'init') return await init(rest);
    if (sub === 'show') return show(rest);
    if (sub === '--help' || sub === 'help') {
      process.stdout.write(usage + '\n');
      return 0;
    }
    throw new UsageError(sub === undefined ? 'a subcommand is needed (init, show)' : `unknown subcommand '${sub}'`);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`v2x-edge certs: ${e.message}\n${usage}\n`);
      return 2;
    }
    if (e instanceof KeyError || e instanceof SecurityError) {
      process.stderr.write(`v2x-edge certs: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

async function init(argv: string[]): Promise<number> {
  const p = parseArgs(argv, { dir: { value: true }, pseudonyms: { value: true }, psid: { value: true }, hours: { value: true }, years: { value: true }, start: { value: true }, uncompressed: {}, force: {}, help: {} });
  if (flag(p, 'help')) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  if (p.positional.length) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
  const dir = str(p, 'dir');
  if (dir === undefined) throw new UsageError('--dir DIR is required');
  const psidText = str(p, 'psid');
  let psids: number[] | undefined;
  if (psidText !== undefined) {
    try {
      psids = psidText.split(',').map((t) => parsePsidText(t.trim()));
    } catch (e) {
      throw new UsageError(`--psid: ${(e as Error).message}`);
    }
  }
  const startText = str(p, 'start');
  const startMs = startText === undefined ? undefined : Date.parse(startText);
  if (startMs !== undefined && !Number.isFinite(startMs)) throw new UsageError(`--start: '${startText}' is not a date and time`);
  const n = int(p, 'pseudonyms', 1);
  const hours = int(p, 'hours', 1);
  const years = int(p, 'years', 1);
  const pointForm: PointForm = flag(p, 'uncompressed') ? 'uncompressed' : 'compressed';
  const m = await initCertificateDirectory({
    dir,
    ...(n !== undefined ? { pseudonyms: n } : {}),
    ...(psids ? { psids } : {}),
    ...(hours !== undefined ? { pseudonymHours: hours } : {}),
    ...(years !== undefined ? { rootYears: years } : {}),
    ...(startMs !== undefined ? { startMs } : {}),
    pointForm,
    force: flag(p, 'force'),
  });
  process.stdout.write(
    [
      `certificate directory ${dir}:`,
      `  root       ${m.root.hashedId8}  ${m.root.validFrom} .. ${m.root.validTo}`,
      `  enrolment  ${m.enrolment.hashedId8}  ${m.enrolment.validFrom} .. ${m.enrolment.validTo}`,
      `  ${m.pseudonyms.length} pseudonym certificate(s), PSID ${m.pseudonyms[0]!.psids.map((x) => '0x' + x.toString(16)).join(',')}, ${m.pseudonyms[0]!.validFrom} .. ${m.pseudonyms[0]!.validTo}`,
      `  private keys: mode 0600; receivers trust ${dir} (root.cert and enrolment.cert)`,
    ].join('\n') + '\n',
  );
  return 0;
}

function describe(c: Certificate): Record<string, unknown> {
  const v = validity(c);
  const t = c.toBeSigned;
  const id = t.id;
  return {
    hashedId8: toHex(hashedId8(c)),
    id: 'name' in id ? id.name : 'linkageData' in id ? `linkage ${id.linkageData.iCert}` : 'binaryId' in id ? toHex(id.binaryId) : 'none',
    issuer: 'self' in c.issuer ? 'self' : 'sha256AndDigest' in c.issuer ? toHex(c.issuer.sha256AndDigest) : 'other',
    validFrom: new Date(v.startMs).toISOString(),
    validTo: new Date(v.endMs).toISOString(),
    ...(t.appPermissions ? { psids: t.appPermissions.map((a) => '0x' + a.psid.toString(16)) } : {}),
    ...(t.certIssuePermissions ? { issues: t.certIssuePermissions.map((g) => ('all' in g.subjectPermissions ? 'all' : 'explicit' in g.subjectPermissions ? g.subjectPermissions.explicit.map((r) => '0x' + r.psid.toString(16)).join(',') : '?')) } : {}),
  };
}

function show(argv: string[]): number {
  const p = parseArgs(argv, { dir: { value: true }, help: {} });
  const dir = str(p, 'dir');
  if (dir === undefined && p.positional.length !== 1) throw new UsageError('give --dir DIR or one certificate file');
  const files: [string, string][] = [];
  if (dir !== undefined) {
    const m = readManifest(dir);
    files.push(['root', `${dir}/${m.root.certificate}`], ['enrolment', `${dir}/${m.enrolment.certificate}`], ...m.pseudonyms.map((e, i) => [`pseudonym ${i}`, `${dir}/${e.certificate}`] as [string, string]));
  } else files.push(['certificate', p.positional[0]!]);
  for (const [role, f] of files) {
    let c: Certificate;
    try {
      c = decodeCertificate(new Uint8Array(readFileSync(f)));
    } catch (e) {
      process.stderr.write(`v2x-edge certs: ${f}: ${(e as Error).message}\n`);
      return 1;
    }
    process.stdout.write(JSON.stringify({ role, file: f, ...describe(c) }) + '\n');
  }
  return 0;
}
