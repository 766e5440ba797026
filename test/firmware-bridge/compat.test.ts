/**
 * Protobuf compatibility between the two implementations of the contract, both ways:
 * the C side (nanopb, firmware-bridge/mcu) encodes and the TypeScript static code decodes,
 * and the reverse, for every message; and between contract versions 1.0 and 1.1
 * (test/fixtures/firmware-bridge/contract-next), where each side skips what it does not know.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import protobuf from 'protobufjs';
import { afterEach, describe, expect, it } from 'vitest';
import { SystemClock } from '../../hal/clock.js';
import { pb, type types } from '../../firmware-bridge/generated/bridge_v1.js';
import { FirmwareBridge } from '../../firmware-bridge/host/bridge.js';
import { CONTRACT_MAJOR, CONTRACT_MINOR, LIMITS, MAX_FRAME_PAYLOAD } from '../../firmware-bridge/host/contract.js';
import { encodeFrame, FrameDecoder } from '../../firmware-bridge/host/framing.js';
import { SerialTransport } from '../../firmware-bridge/host/transport.js';
import { GOLDEN, NEXT_BODIES, NEXT_CAN_FILTER_INDEX, NEXT_EXTRAS } from './golden.js';
import { buildDir, buildMcu, fixturesDir, mcuSkipReason, repoDir, skipNotice, startSim, type Sim } from './harness.js';

const skipC = buildMcu();
const skip = mcuSkipReason();
skipNotice('protobuf compatibility with the C/nanopb reference', skipC);
skipNotice('contract versions over a live link (C simulator)', skipC ?? skip);

type FrameProps = types.bridge.v1.Frame.$Properties;
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const unhex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'hex'));
const plain = (f: InstanceType<typeof pb.Frame>): Record<string, unknown> => pb.Frame.toObject(f, { longs: Number, enums: Number, bytes: Array });

function vectors(build: string, args: string[], input?: string): string[] {
  const r = spawnSync(join(build, 'bridge-vectors'), args, { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`bridge-vectors ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim().split('\n');
}
const emitted = (build: string): Map<string, string> =>
  new Map(vectors(build, ['emit']).map((l) => l.split(' ') as [string, string]));
/** C decode + C encode of each payload: `OK <body tag> <hex>` lines. */
const cRoundtrip = (build: string, payloads: Uint8Array[]): string[] =>
  vectors(build, ['roundtrip'], payloads.map((p) => `${hex(p)}\n`).join(''));

const next = join(buildDir, 'next');
const nextRoot = (): protobuf.Root => protobuf.loadSync(join(fixturesDir, 'contract-next', 'bridge.proto'));

describe.skipIf(skipC !== undefined)('C encodes, TypeScript decodes, and the reverse (contract 1.0)', () => {
  it('agrees on the contract version and limits', () => {
    expect(vectors(buildDir, ['info'])).toEqual([`contract ${CONTRACT_MAJOR}.${CONTRACT_MINOR} max_frame_payload ${MAX_FRAME_PAYLOAD}`]);
  });

  it('covers every body of the Frame oneof', () => {
    const bodies = Object.keys(GOLDEN).sort();
    const oneof = v1Frame.oneofs.body!.fieldsArray.map((f) => f.name).sort();
    expect(oneof).toHaveLength(19);
    expect(bodies).toEqual(oneof);
    expect([...emitted(buildDir).keys()].sort()).toEqual(oneof);
  });

  for (const [name, golden] of Object.entries(GOLDEN)) {
    it(`${name}: nanopb bytes decode to the golden values, and protobufjs encodes them byte for byte`, () => {
      const cHex = emitted(buildDir).get(name)!;
      const decoded = pb.Frame.decode(unhex(cHex));
      expect(decoded.body).toBe(name);
      expect(plain(decoded)).toEqual(plain(pb.Frame.fromObject(golden as Record<string, unknown>)));
      expect(hex(pb.Frame.encode(golden).finish())).toBe(cHex);
      expect(cRoundtrip(buildDir, [unhex(cHex)])).toEqual([`OK ${tagOf(name)} ${cHex}`]);
    });
  }

  it('round-trips arbitrary frames of every body through nanopb unchanged (property)', () => {
    fc.assert(fc.property(fc.array(arbFrame, { minLength: 1, maxLength: 40 }), (frames) => {
      const payloads = frames.map((f) => pb.Frame.encode(f).finish());
      const back = cRoundtrip(buildDir, payloads);
      back.forEach((line, i) => {
        const [ok, , h] = line.split(' ');
        expect(ok, `frame ${JSON.stringify(frames[i])}`).toBe('OK');
        expect(plain(pb.Frame.decode(unhex(h ?? '')))).toEqual(plain(pb.Frame.decode(payloads[i]!)));
      });
    }), { numRuns: 60 });
  });
});

describe.skipIf(skipC !== undefined)('contract 1.0 and 1.1 peers', () => {
  it('1.1 C bytes: a 1.0 host reads the fields it knows and skips the rest (or keeps them, and re-encodes them unchanged)', () => {
    const c = emitted(next);
    expect(vectors(next, ['info'])).toEqual([`contract 1.1 max_frame_payload ${MAX_FRAME_PAYLOAD}`]);
    const keeping = (b: Uint8Array): protobuf.Reader => {
      const r = protobuf.Reader.create(b);
      r.discardUnknown = false;
      return r;
    };
    for (const [name, golden] of Object.entries(GOLDEN)) {
      const bytes = unhex(c.get(name)!);
      const f = pb.Frame.decode(bytes); // what the link does: unknown fields skipped
      expect(f.body).toBe(name);
      expect(plain(f)).toEqual(plain(pb.Frame.fromObject(golden as Record<string, unknown>)));
      const grew = name in NEXT_EXTRAS || name === 'canRx';
      expect(bytes.length > pb.Frame.encode(golden).finish().length).toBe(grew);
      expect(hex(pb.Frame.encode(f).finish()) === hex(bytes)).toBe(!grew);
      const kept = pb.Frame.decode(keeping(bytes));
      expect(plain(kept)).toEqual(plain(f));
      expect(hex(pb.Frame.encode(kept).finish())).toBe(hex(bytes));
    }
    for (const name of Object.keys(NEXT_BODIES)) {
      const f = pb.Frame.decode(unhex(c.get(name)!));
      expect(f.body).toBeUndefined(); // a body 1.0 does not know
      expect(f.seq).toBe(NEXT_BODIES[name]!.seq);
      expect(hex(pb.Frame.encode(pb.Frame.decode(keeping(unhex(c.get(name)!)))).finish())).toBe(c.get(name));
    }
  });

  it('1.1 encoders agree (protobufjs reflection and nanopb), and a 1.0 MCU decodes 1.1 frames, dropping the new fields', () => {
    const Frame = nextRoot().lookupType('v2xedge.bridge.v1.Frame');
    const c = emitted(next);
    const withExtras = (name: string, g: FrameProps): Record<string, unknown> => {
      const o = structuredClone(g) as Record<string, Record<string, unknown>>;
      Object.assign(o[name]!, NEXT_EXTRAS[name] ?? {});
      if (name === 'canRx') ((o.canRx!.frames as Record<string, unknown>[])[0]!).filterIndex = NEXT_CAN_FILTER_INDEX;
      return o;
    };
    const all: [string, Record<string, unknown>][] = [
      ...Object.entries(GOLDEN).map(([n, g]) => [n, withExtras(n, g)] as [string, Record<string, unknown>]),
      ...Object.entries(NEXT_BODIES),
    ];
    const payloads = all.map(([name, o]) => {
      const bytes = Frame.encode(Frame.fromObject(o)).finish();
      expect(hex(bytes), name).toBe(c.get(name));
      return bytes;
    });
    const back = cRoundtrip(buildDir, payloads);
    all.forEach(([name], i) => {
      const [ok, tag, h] = back[i]!.split(' ');
      expect(ok).toBe('OK');
      if (name in NEXT_BODIES) {
        expect(tag).toBe('0'); // no body for a 1.0 MCU: it answers UNSUPPORTED_BODY (tested live below)
      } else {
        expect(plain(pb.Frame.decode(unhex(h!)))).toEqual(plain(pb.Frame.fromObject(GOLDEN[name] as Record<string, unknown>)));
        expect(h).toBe(hex(pb.Frame.encode(GOLDEN[name]!).finish()));
      }
    });
  });
});

describe.skipIf(skip !== undefined)('contract 1.0 and 1.1 peers over a live link', () => {
  const sims: Sim[] = [];
  const bridges: FirmwareBridge[] = [];
  afterEach(async () => {
    for (const b of bridges.splice(0)) await b.stop();
    for (const s of sims.splice(0)) await s.stop();
  });

  it('a 1.0 host runs a 1.1 MCU: handshake, heartbeats and CAN work; new bodies are counted and skipped', async () => {
    const sim = await startSim({ next: true });
    sims.push(sim);
    const bridge = new FirmwareBridge({ path: sim.hostPath, clock: new SystemClock(), heartbeatIntervalMs: 100 });
    bridges.push(bridge);
    const bus = bridge.canBus(0);
    await bus.open();
    expect(bridge.link.mcu).toMatchObject({ contractMajor: 1, contractMinor: 1 });
    expect(bridge.link.mcu!.capabilities).toContain('CAPABILITY_7'); // CAN_FILTERS, unknown to 1.0
    const frames = (async () => { const out = []; for await (const f of bus) { out.push(f); if (out.length === 3) break; } return out; })();
    const peer = bridge.canBus(1);
    await peer.open();
    for (const id of [0x10, 0x11, 0x12]) await peer.send({ id, data: new Uint8Array([id]) });
    expect((await frames).map((f) => f.id)).toEqual([0x10, 0x11, 0x12]);
    const ack = await bridge.link.request('heartbeat', { hostTimeUs: 1 }); // carries temperature_decic, skipped
    expect(ack.mcuTimeUs).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 350));
    expect(bridge.link.stats.rxUnknownBodies).toBeGreaterThanOrEqual(1); // the McuLog after Hello
    expect(bridge.link.stats.heartbeatsMissed).toBe(0);
    expect(bridge.link.stats.rxDecodeErrors).toBe(0);
    await bus.close();
    await peer.close();
  });

  for (const mcu of ['1.0', '1.1'] as const) {
    it(`a 1.1 host sends a 1.1 request to a ${mcu} MCU: ${mcu === '1.0' ? 'ErrorReport UNSUPPORTED_BODY, the link goes on' : 'the reply'}`, async () => {
      const sim = await startSim({ next: mcu === '1.1' });
      sims.push(sim);
      const Frame = nextRoot().lookupType('v2xedge.bridge.v1.Frame');
      const client = await rawClient(sim.hostPath, Frame);
      try {
        const helloAck = await client.request({ seq: 1, hello: { contractMajor: 1, contractMinor: 1, hostSoftware: 'next host' } });
        expect(helloAck.helloAck).toMatchObject({ contractMajor: 1, contractMinor: mcu === '1.1' ? 1 : 0 });
        const r = await client.request({ seq: 2, canFilter: { port: 0, ids: [0x25, 0xb4, 0xaa] } });
        if (mcu === '1.0') {
          expect(r.ackSeq).toBe(2);
          expect(r.errorReport).toMatchObject({ code: pb.ErrorCode.ERROR_CODE_UNSUPPORTED_BODY, refSeq: 2 });
        } else {
          expect(r.canFilterReply).toMatchObject({ status: pb.TxStatus.TX_STATUS_OK, filtersUsed: 3 });
        }
        const hb = await client.request({ seq: 3, heartbeat: { hostTimeUs: 5 } });
        expect(hb.ackSeq).toBe(3);
        expect(hb.heartbeatAck).toBeDefined();
        const stats = await sim.stats();
        expect(stats.unsupported_bodies).toBe(mcu === '1.0' ? 1 : 0);
        expect(stats.rx_decode_errors).toBe(0);
      } finally {
        await client.close();
      }
    });
  }

  it('an MCU of another major version is refused: the 1.0 MCU answers Hello with its version, then NOT_READY', async () => {
    const sim = await startSim();
    sims.push(sim);
    const client = await rawClient(sim.hostPath, nextRoot().lookupType('v2xedge.bridge.v1.Frame'));
    try {
      const ack = await client.request({ seq: 1, hello: { contractMajor: 2, contractMinor: 0 } });
      expect(ack.helloAck).toMatchObject({ contractMajor: 1 });
      const r = await client.request({ seq: 2, heartbeat: { hostTimeUs: 1 } });
      expect(r.errorReport).toMatchObject({ code: pb.ErrorCode.ERROR_CODE_NOT_READY, refSeq: 2 });
    } finally {
      await client.close();
    }
  });
});

/** A bare client speaking a reflected version of the contract over a pty: frames out, replies in. */
async function rawClient(path: string, Frame: protobuf.Type): Promise<{ request(o: Record<string, unknown>): Promise<Record<string, Record<string, unknown> & number>>; close(): Promise<void> }> {
  const t = new SerialTransport({ path });
  const dec = new FrameDecoder();
  const waiting = new Map<number, (f: Record<string, unknown>) => void>();
  t.onData((b) => dec.push(b, {
    frame: (p) => {
      const f = Frame.toObject(Frame.decode(p), { longs: Number, enums: Number, defaults: true }) as Record<string, unknown>;
      const w = waiting.get(Number(f.ackSeq ?? 0));
      if (w) w(f);
    },
  }));
  await t.open();
  return {
    request(o) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no reply to ${JSON.stringify(o)}`)), 2000);
        waiting.set(Number(o.seq), (f) => { clearTimeout(timer); resolve(f as never); });
        t.write(encodeFrame(Frame.encode(Frame.fromObject(o)).finish()));
      });
    },
    close: () => t.close(),
  };
}

/** The contract itself, read by reflection (tests only: the product never parses .proto). */
const v1Frame = protobuf.loadSync(join(repoDir, 'firmware-bridge', 'proto', 'v1', 'bridge.proto')).lookupType('v2xedge.bridge.v1.Frame');
/** The nanopb `which_body` tag of a body: its field number. */
function tagOf(body: string): number {
  return v1Frame.fields[body]!.id;
}

// ---------------------------------------------------------------- arbitraries within the MCU's limits

const u32 = fc.nat({ max: 0xffffffff });
const u64 = fc.oneof(fc.nat({ max: 0xffffffff }), fc.maxSafeNat());
const i32 = fc.integer({ min: -0x80000000, max: 0x7fffffff });
/** Open enums: known values and a few unknown ones (a newer peer's). */
const enumOf = (max: number): fc.Arbitrary<number> => fc.oneof(fc.nat({ max }), fc.constantFrom(50, 1000));
const bytes = (max: number): fc.Arbitrary<Uint8Array> => fc.uint8Array({ maxLength: max });
/** Strings as the MCU stores them: UTF-8 up to `max` bytes, no NUL. */
const str = (max: number): fc.Arbitrary<string> => fc.string({ unit: 'grapheme', maxLength: max })
  .map((s) => s.replace(/\0/g, ''))
  .filter((s) => Buffer.byteLength(s, 'utf8') <= max);
const canFrame = fc.record({
  port: u32, id: u32, extended: fc.boolean(), rtr: fc.boolean(), fd: fc.boolean(), brs: fc.boolean(), esi: fc.boolean(),
  data: bytes(LIMITS.canData), mcuTimeUs: u64,
}, { requiredKeys: [] });
const canBusStatus = fc.record({ port: u32, state: enumOf(5), txErrorCount: u32, rxErrorCount: u32 }, { requiredKeys: [] });
const bodies: Record<string, fc.Arbitrary<object>> = {
  hello: fc.record({ contractMajor: u32, contractMinor: u32, hostSoftware: str(LIMITS.hostSoftware), maxFrameSize: u32 }, { requiredKeys: [] }),
  helloAck: fc.record({
    contractMajor: u32, contractMinor: u32, firmwareVersion: str(LIMITS.firmwareVersion), board: str(LIMITS.board),
    deviceId: bytes(LIMITS.deviceId), capabilities: fc.array(enumOf(6), { maxLength: LIMITS.capabilities }),
    canPorts: u32, maxFrameSize: u32, bootCount: u32, mcuTimeUs: u64,
  }, { requiredKeys: [] }),
  heartbeat: fc.record({ hostTimeUs: u64 }, { requiredKeys: [] }),
  heartbeatAck: fc.record({ mcuTimeUs: u64, txQueueDepth: u32 }, { requiredKeys: [] }),
  timeSyncRequest: fc.record({ hostTimeUs: u64 }, { requiredKeys: [] }),
  timeSyncResponse: fc.record({ hostTimeUs: u64, mcuReceiveUs: u64, mcuTransmitUs: u64 }, { requiredKeys: [] }),
  canRx: fc.record({ frames: fc.array(canFrame, { maxLength: 12 }), overruns: u32 }, { requiredKeys: [] }),
  canTransmit: canFrame,
  canTransmitReport: fc.record({ status: enumOf(6), mcuTimeUs: u64 }, { requiredKeys: [] }),
  canBusStatus,
  canErrorFrame: fc.record({ port: u32, errorClass: u32, data: bytes(LIMITS.canErrorData), mcuTimeUs: u64 }, { requiredKeys: [] }),
  gnssSentence: fc.record({ text: str(LIMITS.gnssText), mcuTimeUs: u64 }, { requiredKeys: [] }),
  ppsMark: fc.record({ mcuTimeUs: u64, count: u32 }, { requiredKeys: [] }),
  v2xTransmit: fc.record({
    channel: u32, psid: u32, powerHalfDbm: i32, dataRate_500kbps: u32, priority: u32, payload: bytes(LIMITS.v2xPayload),
  }, { requiredKeys: [] }),
  v2xTransmitReport: fc.record({ status: enumOf(6), mcuTimeUs: u64, airtimeUs: u32, channel: u32 }, { requiredKeys: [] }),
  statusRequest: fc.constant({}),
  statusReport: fc.record({
    uptimeMs: u32,
    link: fc.record({
      rxFrames: u32, rxCrcErrors: u32, rxFramingErrors: u32, rxOversize: u32, rxDecodeErrors: u32, rxSeqGaps: u32, txFrames: u32, txDropped: u32,
    }, { requiredKeys: [] }),
    can: fc.array(canBusStatus, { maxLength: LIMITS.statusCan }), txQueueDepth: u32, canRxOverruns: u32,
  }, { requiredKeys: [] }),
  errorReport: fc.record({ code: enumOf(5), refSeq: u32, detail: str(LIMITS.errorDetail) }, { requiredKeys: [] }),
  bootNotice: fc.record({ bootCount: u32, reason: enumOf(5) }, { requiredKeys: [] }),
};
const arbFrame: fc.Arbitrary<FrameProps> = fc.tuple(u32, u32, fc.constantFrom(...Object.keys(bodies), 'none'))
  .chain(([seq, ackSeq, body]) => (body === 'none'
    ? fc.constant({ seq, ackSeq })
    : bodies[body]!.map((b) => ({ seq, ackSeq, [body]: b }))));
