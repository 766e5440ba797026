/**
 * GNSS benchmarks (reported, never asserted). Corpus: every real receiver log of
 * test/fixtures/gnss (comment lines removed), repeated; target >= 500k sentences/s.
 * - gnss.nmea.parse: framing (checksums, resync) + sentence parsing of the NMEA logs.
 * - gnss.nmea.decode: the same through epoch assembly into fixes (the serial source's work).
 * - gnss.ubx.parse / gnss.ubx.decode: the u-blox NEO-M8L and ZED-F9R logs (UBX + NMEA + RTCM3).
 * - gnss.nmea.gga: one real GGA sentence through the parser.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ManualClock } from '../../hal/clock.js';
import { GnssStreamDecoder } from '../../hal/gnss/decoder.js';
import { Framer } from '../../hal/gnss/framer.js';
import { parseNmea } from '../../hal/gnss/nmea.js';
import { stripLogComments } from '../../hal/gnss/replay.js';
import { parseUbxFrame } from '../../hal/gnss/ubx.js';
import type { BenchCase } from './harness.js';

const dir = fileURLToPath(new URL('../fixtures/gnss/', import.meta.url));
const NMEA_LOGS = [
  'gpsd_ublox-zed-f9p-nmea.log', 'gpsd_ublox-neo-m9n-nmea.log', 'gpsd_quectel-l76k-nmea.log', 'gpsd_nmea-rtk.log',
  'gpsd_skytraq-dgps.log', 'gpsd_telit-he910.log', 'gpsd_rst39.log', 'gpsd_haicom-305N.log',
  'toyota_rav4_2017_comma2k19_seg40_ublox_derived.nmea',
];
const UBX_LOGS = ['gpsd_ublox-neo-m8l.log', 'gpsd_ublox-zed-f9r.log'];

function corpus(files: string[]): Uint8Array {
  return new Uint8Array(Buffer.concat(files.map((f) => stripLogComments(new Uint8Array(readFileSync(dir + f))))));
}

let nmeaBytes: Uint8Array = new Uint8Array(0);
let ubxBytes: Uint8Array = new Uint8Array(0);
function load(): void {
  if (nmeaBytes.length > 0) return;
  nmeaBytes = corpus(NMEA_LOGS);
  ubxBytes = corpus(UBX_LOGS);
}

/** Runs `pass` repeatedly; median of 9 timed passes of at least 200 ms each. */
function rate(pass: () => number): { perSec: number; msPerPass: number; count: number } {
  let count = 0;
  for (let i = 0; i < 5; i++) count = pass();
  const rates: number[] = [];
  let msPer = 0;
  for (let r = 0; r < 9; r++) {
    let n = 0;
    let passes = 0;
    const t0 = process.hrtime.bigint();
    let ns = 0;
    do {
      n += pass();
      passes++;
      ns = Number(process.hrtime.bigint() - t0);
    } while (ns < 200e6);
    rates.push(n / (ns / 1e9));
    msPer = ns / 1e6 / passes;
  }
  rates.sort((a, b) => a - b);
  return { perSec: rates[4]!, msPerPass: msPer, count };
}

function framePass(bytes: Uint8Array, parse: boolean): () => number {
  return () => {
    let n = 0;
    const f = new Framer({
      nmea: (d, a, b) => { n++; if (parse) parseNmea(d, a, b); },
      ubx: (cls, id, p) => { n++; if (parse) parseUbxFrame(cls, id, p); },
      other: () => undefined,
      discard: () => undefined,
    });
    f.push(bytes);
    f.end();
    return n;
  };
}

function decodePass(bytes: Uint8Array, counter: 'sentences' | 'frames'): () => number {
  const clock = new ManualClock(0);
  return () => {
    let fixes = 0;
    const d = new GnssStreamDecoder({ source: 'bench', clock, onFix: () => { fixes++; } });
    d.push(bytes);
    d.end();
    void fixes;
    return counter === 'sentences' ? d.counters.nmeaSentences : d.counters.ubxFrames + d.counters.nmeaSentences;
  };
}

const ANCHOR = 'target >= 500k sentences/s';
const GGA = new Uint8Array(Buffer.from('$GNGGA,003956.00,4552.65403,S,17030.00668,E,1,12,0.64,14.2,M,1.8,M,,*56', 'latin1'));

/** A self-measuring case: items per second over a corpus, and MB/s. */
function rateCase(name: string, anchor: string, unit: 'sentences' | 'frames', corpusOf: () => Uint8Array, pass: (b: Uint8Array) => () => number): BenchCase {
  return {
    name,
    anchor,
    measure: async () => {
      load();
      const bytes = corpusOf();
      const r = rate(pass(bytes));
      return { [`${unit}PerSec`]: Math.round(r.perSec), MBps: Number((bytes.length / r.msPerPass / 1e3).toFixed(1)), [unit]: r.count };
    },
  };
}

export const benches: BenchCase[] = [
  rateCase('gnss.nmea.parse', ANCHOR, 'sentences', () => nmeaBytes, (b) => framePass(b, true)),
  rateCase('gnss.nmea.decode', `${ANCHOR} (framing + parsing + epochs -> fixes)`, 'sentences', () => nmeaBytes, (b) => decodePass(b, 'sentences')),
  rateCase('gnss.ubx.parse', ANCHOR, 'frames', () => ubxBytes, (b) => framePass(b, true)),
  rateCase('gnss.ubx.decode', `${ANCHOR} (UBX + NMEA frames through epochs -> fixes)`, 'frames', () => ubxBytes, (b) => decodePass(b, 'frames')),
  {
    name: 'gnss.nmea.gga',
    anchor: '2 us/sentence = 500k/s',
    fn: () => parseNmea(GGA, 0, GGA.length),
  },
];
