/**
 * The host driver runs on the committed protobufjs static code (firmware-bridge/generated/)
 * and protobufjs' minimal build: no .proto is read and neither the reflection nor the parser
 * of the full build loads at run time. A child Node process runs a whole bridge session
 * against the C simulator under static-code/guard.mjs, which makes every such load or read
 * throw and logs every attempt; the same process then proves the guard refuses them.
 *
 * The build that ships is dist/ (package.json "files"), run by plain Node; without a build
 * that case is skipped, as the other tests of the built package are. The TypeScript sources
 * (through tsx) are checked as well, so that a change is caught before the next build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTRACT_MAJOR } from '../../firmware-bridge/host/contract.js';
import { mcuSkipReason, repoDir, skipNotice, startSim, type Sim } from './harness.js';

const skip = mcuSkipReason();
skipNotice('static protobuf code under the module guard', skip);
const distBridge = join(repoDir, 'dist', 'firmware-bridge', 'index.js');
const haveDist = existsSync(distBridge);
if (skip === undefined && !haveDist) skipNotice('static protobuf code of the built package', 'dist/ not built (npm run build)');

const guardDir = join(repoDir, 'test', 'firmware-bridge', 'static-code');
const protoPath = join(repoDir, 'firmware-bridge', 'proto', 'v1', 'bridge.proto');

interface SentFrame { id: number; extended?: boolean; fd?: boolean; brs?: boolean; data: string }
interface GotFrame { id: number; extended: boolean; fd: boolean; brs: boolean; rtr: boolean; data: string }
interface SessionOutput {
  session: {
    mcu: { contractMajor: number; canPorts: number; firmwareVersion: string };
    heartbeat: { before: number; mcuTimeUs: number; after: number };
    received: [number, GotFrame][];
    v2x: { ok: boolean; status: string; channel: number; airtimeUs: number };
    status: { canPorts: number; link: Record<string, number> };
    linkStats: Record<string, number>;
  };
  controls: { name: string; threw: boolean; message?: string }[];
}
interface LogEntry {
  phase?: string;
  kind?: 'module' | 'read';
  via?: 'esm' | 'cjs';
  request?: string;
  file?: string | null;
  from?: string | null;
  allowed?: boolean;
  api?: string;
  path?: string;
}

// Port 0 to port 1 and back: classic, extended FD with bit rate switch, and a full classic frame.
const frames: [number, SentFrame][] = [
  [0, { id: 0x123, data: '010203' }],
  [1, { id: 0x18daf110, extended: true, fd: true, brs: true, data: Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 37 + 5) & 0xff)).toString('hex') }],
  [0, { id: 0x7ff, data: 'fedcba9876543210' }],
];
const v2x = { payload: Buffer.alloc(120, 0x5a).toString('hex'), channel: 172, psid: 0x20 };

const sims: Sim[] = [];
afterEach(async () => {
  for (const s of sims.splice(0)) await s.stop();
});

/** One session in a guarded child process: its output and the guard's log, split at the controls. */
async function guardedSession(build: 'dist' | 'sources'): Promise<{ out: SessionOutput; sessionLog: LogEntry[]; controlLog: LogEntry[]; root: string }> {
  // The MCU clock is CLOCK_MONOTONIC itself: the heartbeat's MCU time is checked against the child's.
  const sim = await startSim({ clockBase: 'monotonic', clockOffsetUs: 0, clockDriftPpm: 0 });
  sims.push(sim);
  const root = build === 'dist' ? join(repoDir, 'dist') : repoDir;
  const ext = build === 'dist' ? 'js' : 'ts';
  const arg = {
    bridge: join(root, 'firmware-bridge', `index.${ext}`), clock: join(root, 'hal', `clock.${ext}`),
    hostPath: sim.hostPath, protoPath, frames, v2x,
  };
  const logPath = join(sim.dir, 'guard.jsonl');
  const env: NodeJS.ProcessEnv = { ...process.env, PROTO_GUARD_LOG: logPath };
  delete env.NODE_OPTIONS; // nothing but the guard (and tsx for the sources) in the child
  const nodeArgs = ['--import', join(guardDir, 'guard.mjs'), ...(build === 'sources' ? ['--import', 'tsx'] : []), join(guardDir, 'session.mjs'), JSON.stringify(arg)];
  const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((res) => {
    const p = spawn(process.execPath, nodeArgs, { cwd: repoDir, env });
    let stdout = '';
    let stderr = '';
    p.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    p.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    const timer = setTimeout(() => p.kill('SIGKILL'), 20_000);
    p.on('close', (code) => { clearTimeout(timer); res({ code, stdout, stderr }); });
  });
  const log = existsSync(logPath) ? readFileSync(logPath, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LogEntry) : [];
  expect(r.code, `${r.stderr}\nguard log:\n${log.map((e) => JSON.stringify(e)).join('\n')}`).toBe(0);
  const at = log.findIndex((e) => e.phase === 'controls');
  expect(at, 'the controls phase is marked in the log').toBeGreaterThan(0);
  return { out: JSON.parse(r.stdout.trim().split('\n').at(-1)!) as SessionOutput, sessionLog: log.slice(0, at), controlLog: log.slice(at + 1), root };
}

function checkSession({ out, sessionLog, controlLog, root }: Awaited<ReturnType<typeof guardedSession>>): void {
  const { session, controls } = out;

  // The session worked: hello, a heartbeat, CAN both ways, a V2X transmit report, a status report.
  expect(session.mcu.contractMajor).toBe(CONTRACT_MAJOR);
  expect(session.mcu.canPorts).toBeGreaterThanOrEqual(2);
  expect(session.heartbeat.mcuTimeUs).toBeGreaterThanOrEqual(session.heartbeat.before);
  expect(session.heartbeat.mcuTimeUs).toBeLessThanOrEqual(session.heartbeat.after);
  expect(session.received).toEqual(frames.map(([port, f]) => [1 - port, {
    id: f.id, extended: f.extended ?? false, fd: f.fd ?? false, brs: f.brs ?? false, rtr: false, data: f.data,
  }]));
  expect(session.v2x).toMatchObject({ ok: true, status: 'TX_STATUS_OK', channel: v2x.channel });
  expect(session.v2x.airtimeUs).toBeGreaterThan(0);
  expect(session.status.canPorts).toBe(session.mcu.canPorts);
  expect(session.status.link).toMatchObject({ rxCrcErrors: 0, rxDecodeErrors: 0 });
  expect(session.linkStats).toMatchObject({ rxCrcErrors: 0, rxDecodeErrors: 0, rxDropped: 0, timeouts: 0 });

  // ... with nothing forbidden attempted, and the guard on the product's path: the static
  // code's own import of protobufjs/minimal went through it, and so did the minimal build's
  // require() of its files.
  expect(sessionLog.filter((e) => e.kind === 'read' || e.allowed !== true)).toEqual([]);
  const minimalImporters = sessionLog.filter((e) => e.via === 'esm' && e.request === 'protobufjs/minimal.js').map((e) => e.from);
  expect(minimalImporters).toContain(join(root, 'firmware-bridge', 'generated', `bridge_v1_code.${root === repoDir ? 'ts' : 'js'}`));
  expect(sessionLog.filter((e) => e.via === 'cjs').length).toBeGreaterThan(0);

  // The controls in the same process: each forbidden load or read threw and was logged, the
  // minimal build still loads.
  const byName = new Map(controls.map((c) => [c.name, c]));
  expect(byName.get("import('protobufjs/minimal.js')")).toEqual({ name: "import('protobufjs/minimal.js')", threw: false });
  const refused = controls.filter((c) => c.name !== "import('protobufjs/minimal.js')");
  for (const c of refused) expect(c, c.name).toMatchObject({ threw: true, message: expect.stringMatching(/^proto-guard: /) });
  expect(controlLog.filter((e) => e.kind === 'read')).toEqual(
    ['fs.readFileSync', 'fs.readFile', 'fs.promises.readFile', 'fs.openSync'].map((api) => ({ kind: 'read', api, path: protoPath })));
  const modules = controlLog.filter((e) => e.kind === 'module' && e.allowed === false);
  expect(modules.map((e) => [e.via, e.request])).toEqual([
    ['esm', 'protobufjs'], ['esm', 'protobufjs/light.js'], ['cjs', 'protobufjs'], ['cjs', 'protobufjs/src/parse'], ['cjs', './src/parse'],
    ['esm', expect.stringMatching(/^file:.*\/protobufjs\/src\/tokenize\.js$/)],
  ]);
}

describe.skipIf(skip !== undefined)('protobufjs static code only, no .proto at run time', () => {
  it.skipIf(!haveDist)('the built package (dist/, plain Node): a bridge session with the C simulator under a guard that refuses .proto reads and protobufjs beyond minimal', async () => {
    checkSession(await guardedSession('dist'));
  });

  it('the TypeScript sources (tsx): the same session under the same guard', async () => {
    checkSession(await guardedSession('sources'));
  });
});
