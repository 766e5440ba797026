/**
 * Receive side and RSU formats:
 *
 * - `rx.decode.*`: the receive pipeline on one core (recognise the envelope, unwrap, decode
 *   the MessageFrame, count): the 177-octet asn1_codec BSM bare, the 128 BSMs of its bundle,
 *   the same BSM in WSMP + IEEE 1609.2 as it comes off the air, and jpo-ode's signed TIM.
 *   Target >= 500k BSMs/s; asn1c's decode of the same BSM is about 210k/s here (DESIGN.md:
 *   5.8 us/op for the 2020 edition, 4.7 us for 2016).
 * - `tx.*`: building an Immediate Forward text and a WSMP frame per message.
 * - `rx.udp.ingest.10k`: a sender thread puts 30,000 distinct BSM datagrams on loopback UDP at
 *   10,000/s (paced on a 1 ms tick, so in bursts of about 10); the receiver (UdpListener and
 *   pipeline on the main thread) decodes them. Figures: datagrams lost and the datagram-to-
 *   decoded latency (from just before the send to the end of the decode, on the process-wide
 *   monotonic clock). Target p99 <= 1 ms with nothing dropped; usdot-jpo-ode's gate is p95 < 5 ms
 *   at 1,000/s. Three runs; the run with the median p99 is reported, with the load average.
 */
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import { RxPipeline } from '../../src/rx/pipeline.js';
import { UdpListener } from '../../src/rx/udp-source.js';
import { encodeUnsecured } from '../../src/transport/ieee1609dot2/index.js';
import { IfmBuilder } from '../../src/transport/ifm.js';
import { WsmpFramer } from '../../src/transport/wsmp-sink.js';
import { encodeWsmp } from '../../src/transport/wsmp.js';
import { BSM, bsmBundle, vector } from '../transport/vectors.js';
import type { BenchCase } from './harness.js';

const bsm = BSM();
const bundle = bsmBundle();
const onAir = encodeWsmp({ psid: 0x20, channel: 172, dataRate: 12, txPowerDbm: 20 }, encodeUnsecured(bsm));
const signedTim = vector('j2735/jpo-ode/1609dot2_001.hex');
const pipeline = new RxPipeline({ codec: c2020 as never, edition: 'j2735-2020' });
const ifm = new IfmBuilder();
const framer = new WsmpFramer();
const out = { frame: bsm, type: 'BSM', messageId: 20, t: 0 };
let i = 0;

/** The sender thread (plain JavaScript, evaluated): paced sends on a connected socket. */
const SENDER = `
const { workerData, parentPort } = require('node:worker_threads');
const dgram = require('node:dgram');
const { port, rate, data, lengths, times } = workerData;
const sent = new Float64Array(times);
const all = new Uint8Array(data);
const offsets = [];
let off = 0;
for (const n of lengths) { offsets.push(off); off += n; }
const sock = dgram.createSocket('udp4');
sock.connect(port, '127.0.0.1', () => {
  const start = Number(process.hrtime.bigint()) + 20e6;
  let k = 0;
  let errors = 0;
  const tick = () => {
    const now = Number(process.hrtime.bigint());
    const due = Math.min(lengths.length, Math.floor(((now - start) * rate) / 1e9) + 1);
    for (; k < due; k++) {
      sent[k] = Number(process.hrtime.bigint());
      sock.send(all.subarray(offsets[k], offsets[k] + lengths[k]), (err) => { if (err) errors++; });
    }
    if (k < lengths.length) setTimeout(tick, 1);
    else setTimeout(() => { sock.close(); parentPort.postMessage({ sent: k, errors, seconds: (Number(process.hrtime.bigint()) - start) / 1e9 }); }, 50);
  };
  setTimeout(tick, 20);
});
`;

function percentile(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function udpIngestOnce(): Promise<Record<string, number>> {
  const n = 30_000;
  const rate = 10_000;
  // Distinct BSMs: the asn1_codec BSM with id = sequence number.
  const base = c2020.decode('MessageFrame', bsm) as { value: { coreData: { id: Uint8Array; msgCnt: number } } };
  const frames: Uint8Array[] = [];
  for (let k = 0; k < n; k++) {
    base.value.coreData.id = Uint8Array.of(k >>> 24, (k >>> 16) & 0xff, (k >>> 8) & 0xff, k & 0xff);
    base.value.coreData.msgCnt = k & 127;
    frames.push(c2020.encode('MessageFrame', base as never));
  }
  const data = new Uint8Array(frames.reduce((s, f) => s + f.length, 0));
  let o = 0;
  for (const f of frames) {
    data.set(f, o);
    o += f.length;
  }
  const times = new SharedArrayBuffer(8 * n);
  const sentAt = new Float64Array(times);
  const latency = new Float64Array(n).fill(NaN);
  const rx = new RxPipeline({ codec: c2020 as never, edition: 'j2735-2020' });
  let received = 0;
  const listener = new UdpListener({
    listen: 'udp://127.0.0.1:0',
    onDatagram: (bytes, source, t) => {
      const r = rx.ingest(bytes, source, t);
      const done = Number(process.hrtime.bigint());
      if (!r.ok) return;
      const id = (r.value as { value: { coreData: { id: Uint8Array } } }).value.coreData.id;
      const k = ((id[0]! << 24) | (id[1]! << 16) | (id[2]! << 8) | id[3]!) >>> 0;
      if (k < n && Number.isNaN(latency[k]!)) {
        latency[k] = done - sentAt[k]!;
        received++;
      }
    },
  });
  const { port } = await listener.ready();
  const worker = new Worker(SENDER, { eval: true, workerData: { port, rate, data: data.buffer, lengths: frames.map((f) => f.length), times }, transferList: [data.buffer] });
  const result = await new Promise<{ sent: number; errors: number; seconds: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await new Promise((r) => setTimeout(r, 200));
  await listener.close();
  await worker.terminate();
  const lat = Float64Array.from(latency.filter((x) => !Number.isNaN(x))).sort();
  const us = (x: number): number => Math.round(x / 100) / 10;
  return {
    sent: result.sent,
    received,
    dropped: result.sent - received,
    rxFailed: rx.stats.failed,
    sendRatePerS: Math.round(result.sent / result.seconds),
    p50us: us(percentile(lat, 0.5)),
    p95us: us(percentile(lat, 0.95)),
    p99us: us(percentile(lat, 0.99)),
    p999us: us(percentile(lat, 0.999)),
    maxUs: us(lat[lat.length - 1] ?? NaN),
  };
}

/**
 * Three runs (the machine is shared: scheduling decides the tail); the figures of the run with
 * the median p99, every run's p99, and the load average the runs saw.
 */
async function udpIngest(): Promise<Record<string, number | string>> {
  const runs: Record<string, number>[] = [];
  const load = loadavg()[0]!;
  for (let r = 0; r < 3; r++) runs.push(await udpIngestOnce());
  runs.sort((a, b) => a.p99us! - b.p99us!);
  return { ...runs[1]!, p99usRuns: runs.map((r) => r.p99us).join('/'), droppedRuns: runs.map((r) => r.dropped).join('/'), load1m: Math.round(load * 100) / 100 };
}

export const benches: BenchCase[] = [
  { name: 'rx.decode.bsm177', anchor: 'target >= 500k/s (<= 2 us); asn1c decode ~210k/s (4.7-5.8 us)', fn: () => pipeline.ingest(bsm, 'udp://127.0.0.1:46800', 0) },
  { name: 'rx.decode.bundle128', anchor: 'per BSM; target >= 500k/s', fn: () => pipeline.ingest(bundle[i++ & 127]!, 'udp://127.0.0.1:46800', 0) },
  { name: 'rx.decode.wsmp+1609.2.bsm177', anchor: 'the BSM as it comes off the air', fn: () => pipeline.ingest(onAir, 'udp://239.255.27.35:5999', 0) },
  { name: 'rx.decode.1609.2-signed.tim', anchor: "jpo-ode's signed TIM (315 octets), signature not verified", fn: () => pipeline.ingest(signedTim, 'udp://127.0.0.1:47900', 0) },
  { name: 'tx.ifm.bsm177', anchor: 'RSU 4.1 Immediate Forward text', fn: () => ifm.text(out) },
  { name: 'tx.wsmp+1609.2.bsm177', fn: () => framer.frame(out) },
  { name: 'rx.udp.ingest.10k', anchor: 'target: 10,000/s, nothing dropped, p99 <= 1 ms; jpo-ode gate p95 < 5 ms at 1,000/s', measure: udpIngest },
];
