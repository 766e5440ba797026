// Run by static-code.test.ts under guard.mjs: one bridge session against the C simulator
// through the given build of the bridge, then the controls that the guard must refuse.
// Argument: JSON {bridge, clock, hostPath, protoPath, frames: [[port, frame], ...], v2x}.
// Prints one JSON line {session, controls}.
import { Buffer } from 'node:buffer';
import fs, { appendFileSync, readFileSync } from 'node:fs';
import { readFile as readFileP } from 'node:fs/promises';
import { createRequire } from 'node:module';
import process from 'node:process';
import { dirname, join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { pathToFileURL } from 'node:url';

const args = JSON.parse(process.argv[2]);
const monoUs = () => Number(process.hrtime.bigint() / 1000n);
const hex = (b) => Buffer.from(b).toString('hex');
const within = (p, ms, what) => {
  let timer;
  const late = new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out: ${what}`)), ms); });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
};

const { FirmwareBridge, pb } = await import(pathToFileURL(args.bridge).href);
const { SystemClock } = await import(pathToFileURL(args.clock).href);

const bridge = new FirmwareBridge({ path: args.hostPath, clock: new SystemClock(), name: 'sim', heartbeatIntervalMs: 0, timeSyncIntervalMs: 0 });
bridge.start();
await bridge.link.waitUp(5000);
const session = { mcu: bridge.link.mcu };

const before = monoUs();
const ack = await bridge.link.request('heartbeat', { hostTimeUs: before });
session.heartbeat = { before, mcuTimeUs: ack.mcuTimeUs, after: monoUs() };

const buses = [bridge.canBus(0), bridge.canBus(1)];
for (const b of buses) await b.open();
const iters = buses.map((b) => b[Symbol.asyncIterator]());
session.received = [];
for (const [port, f] of args.frames) {
  await buses[port].send({ ...f, data: Uint8Array.from(Buffer.from(f.data, 'hex')) });
  const r = await within(iters[1 - port].next(), 3000, `frame ${f.id} on port ${1 - port}`);
  const g = r.value;
  session.received.push([1 - port, { id: g.id, extended: g.extended, fd: g.fd, brs: g.brs, rtr: g.rtr, data: hex(g.data) }]);
}
for (const it of iters) await it.return?.();

session.v2x = await bridge.transmitV2x(Uint8Array.from(Buffer.from(args.v2x.payload, 'hex')), { channel: args.v2x.channel, psid: args.v2x.psid });
const status = await bridge.status();
const report = pb.StatusReport.toObject(status, { defaults: true });
session.status = { canPorts: report.can.length, link: report.link };
session.linkStats = { ...bridge.link.stats };
for (const b of buses) await b.close();
await bridge.stop();

// Controls: each must be refused by the guard (and logged) in this same process.
appendFileSync(process.env.PROTO_GUARD_LOG, `${JSON.stringify({ phase: 'controls' })}\n`);
const require = createRequire(import.meta.url);
const attempt = async (name, fn) => {
  try {
    await fn();
    return { name, threw: false };
  } catch (e) {
    return { name, threw: true, message: e.message };
  }
};
const controls = [
  await attempt("import('protobufjs')", () => import('protobufjs')),
  await attempt("import('protobufjs/light.js')", () => import('protobufjs/light.js')),
  await attempt("require('protobufjs')", () => require('protobufjs')),
  await attempt("require('protobufjs/src/parse')", () => require('protobufjs/src/parse')),
  await attempt("require('./src/parse') inside protobufjs", () => createRequire(require.resolve('protobufjs/minimal'))('./src/parse')),
  await attempt('import of a protobufjs file by its URL', () => import(pathToFileURL(join(dirname(require.resolve('protobufjs/minimal')), 'src', 'tokenize.js')).href)),
  await attempt('readFileSync (ESM named import)', () => readFileSync(args.protoPath, 'utf8')),
  await attempt('fs.readFile', () => new Promise((res, rej) => fs.readFile(args.protoPath, 'utf8', (e, t) => (e ? rej(e) : res(t))))),
  await attempt('fs/promises readFile (ESM named import)', () => readFileP(args.protoPath, 'utf8')),
  await attempt('fs.openSync', () => fs.closeSync(fs.openSync(args.protoPath, 'r'))),
  await attempt("import('protobufjs/minimal.js')", async () => {
    const m = await import('protobufjs/minimal.js');
    if (m.default.build !== 'minimal') throw new Error(`build ${m.default.build}`);
  }),
];
process.stdout.write(`${JSON.stringify({ session, controls })}\n`);
