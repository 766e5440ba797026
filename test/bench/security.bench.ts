/**
 * IEEE 1609.2 security figures (issue targets and anchors in parentheses):
 * - security.openssl.ecdsap256: `openssl speed ecdsap256` on this machine, the anchor for the
 *   two next lines;
 * - security.node.ecdsap256: Node's crypto one-shot sign and verify of 64 octets (the floor of
 *   the two next lines: OpenSSL through Node's binding);
 * - security.sign.bsm: a BSM (177-octet MessageFrame) into a signed Ieee1609Dot2Data, digest
 *   signer (ECDSA P-256, SHA-256 through Node's crypto);
 * - security.verify.bsm.digest / .certificate: verification of such SPDUs with the signer's
 *   certificate cached (digest) or sent along and found in the cache by its HashedId8;
 * - loop.realtime.signed: the real-time replay of loop.tickToSend.p99 (the whole drive) with signing on (tick-to-send
 *   p99 <= 2 ms), BSMs as signed SPDUs over UDP, the same sink as loop.tickToSend.p99.
 */
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledDriveDir, loadDrive } from '../../src/loop/drive.js';
import { runDrive } from '../../src/loop/pipeline.js';
import { createSecuredSinks, createSigner, createVerifier, initCertificateDirectory, type MessageSigner, type Verifier } from '../../src/security/index.js';
import type { OutgoingMessage } from '../../src/transport/types.js';
import { BSM } from '../transport/vectors.js';
import { ms, type BenchCase } from './harness.js';
import { FIFO_PRIORITY, stealMeter, underFifo } from './sched.js';

const dir = mkdtempSync(join(tmpdir(), 'v2x-bench-certs-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

let signer: MessageSigner;
let verifier: Verifier;
let digestSpdus: Uint8Array[] = [];
let certSpdus: Uint8Array[] = [];
let i = 0;
const frame = BSM();
const msg = (): OutgoingMessage => ({ frame, messageId: 20, type: 'BSM', t: i++ });

async function setup(): Promise<void> {
  if (signer) return;
  await initCertificateDirectory({ dir, pseudonyms: 4 });
  signer = await createSigner({ certsDir: dir, certificateIntervalMs: 3_600_000 });
  // An hour of window: the SPDUs made here stay within it however long the bench runs.
  verifier = createVerifier({ trust: dir, maxAgeMs: 3_600_000 });
  const certSigner = await createSigner({ certsDir: dir, certificateIntervalMs: 0 });
  digestSpdus = Array.from({ length: 4000 }, () => signer.secure(msg()));
  certSpdus = Array.from({ length: 4000 }, () => certSigner.secure(msg()));
  // Warm the cache with each pseudonym's certificate.
  for (const s of certSpdus.slice(0, 8)) verifier.verify(s);
}

function opensslSpeed(): Record<string, number | string> {
  const r = spawnSync('openssl', ['speed', '-seconds', '3', 'ecdsap256'], { encoding: 'utf8' });
  const m = /nistp256\)\s+[\d.]+s\s+[\d.]+s\s+([\d.]+)\s+([\d.]+)/.exec(r.stdout ?? '');
  if (!m) return { skipped: 'openssl speed ecdsap256 gave no figures here' };
  return { signPerSec: Math.round(Number(m[1])), verifyPerSec: Math.round(Number(m[2])) };
}

let anchor = 'openssl speed ecdsap256 on this machine (security.openssl.ecdsap256)';

export const benches: BenchCase[] = [
  {
    name: 'security.openssl.ecdsap256',
    anchor: 'OpenSSL 3 command line, one core',
    measure: async () => {
      const f = opensslSpeed();
      if (typeof f.signPerSec === 'number') anchor = `openssl speed ecdsap256 here: ${f.signPerSec} sign/s, ${f.verifyPerSec} verify/s`;
      return f;
    },
  },
  {
    name: 'security.node.ecdsap256',
    anchor: "Node crypto.sign/verify one-shot, 64 octets (what a 1609.2 signature covers)",
    measure: async () => {
      const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
      const m = new Uint8Array(64).fill(7);
      const rate = (f: () => unknown): number => {
        for (let k = 0; k < 200; k++) f();
        const n = 4000;
        const t = performance.now();
        for (let k = 0; k < n; k++) f();
        return Math.round(n / ((performance.now() - t) / 1000));
      };
      const sig = sign('sha256', m, { key: privateKey, dsaEncoding: 'ieee-p1363' });
      return { signPerSec: rate(() => sign('sha256', m, { key: privateKey, dsaEncoding: 'ieee-p1363' })), verifyPerSec: rate(() => verify('sha256', m, { key: publicKey, dsaEncoding: 'ieee-p1363' }, sig)) };
    },
  },
  {
    name: 'security.sign.bsm',
    get anchor() {
      return anchor;
    },
    setup,
    fn: () => signer.secure(msg()),
  },
  {
    name: 'security.verify.bsm.digest',
    get anchor() {
      return anchor;
    },
    setup,
    fn: () => verifier.verify(digestSpdus[i++ % digestSpdus.length]!),
  },
  {
    name: 'security.verify.bsm.certificate',
    get anchor() {
      return anchor;
    },
    setup,
    fn: () => verifier.verify(certSpdus[i++ % certSpdus.length]!),
  },
  {
    name: 'loop.realtime.signed',
    anchor: 'tick-to-send p99 <= 2 ms with signing on',
    measure: () => realtimeSigned(),
  },
  {
    name: 'loop.realtime.signed.fifo',
    anchor: `the same with the loop's thread under SCHED_FIFO ${FIFO_PRIORITY}, as \`run --realtime ${FIFO_PRIORITY}\``,
    measure: () => underFifo(realtimeSigned),
  },
];

async function realtimeSigned(): Promise<Record<string, number>> {
  await setup();
  const drive = loadDrive(bundledDriveDir());
  const s = await createSigner({ certsDir: dir });
  const sinks = createSecuredSinks({ udp: ['127.0.0.1:9'] }, s);
  const steal = stealMeter();
  const r = await runDrive({ drive, edition: 'j2735-2020', profile: 'toyota-rav4-2017', sinks: [sinks.stage], onIdentityChange: s.onIdentityChange, control: { speed: 1 } });
  const stealMsPerS = steal();
  await sinks.close();
  const L = r.engine.stats.latency;
  return {
    bsms: r.engine.stats.sent,
    signed: s.stats.signed,
    signErrors: s.stats.errors,
    tickToSendP50Ms: ms(L.tickToSend.percentile(50)),
    tickToSendP99Ms: ms(L.tickToSend.percentile(99)),
    tickToSendMaxMs: ms(L.tickToSend.max),
    wakeP99Ms: ms(L.wake.percentile(99)),
    sendStageP99Ms: ms(L.send.percentile(99)),
    stealMsPerS,
  };
}
