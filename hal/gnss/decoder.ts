/**
 * Byte stream -> fixes: framer (NMEA/UBX/RTCM3), sentence and frame parsers, epoch assembly,
 * with every skipped input counted and reported. Pure apart from the injected clock used to
 * stamp receive times. Used by the serial source, the log replay and the offline parse, so
 * all three give the same fixes for the same bytes.
 */
import type { Clock } from '../clock.js';
import { EpochAssembler, type FlushReason } from './epoch.js';
import { Framer, type FramerOptions } from './framer.js';
import { parseNmea } from './nmea.js';
import type { IgnoredObservation, InvalidObservation, Observation } from './observations.js';
import { parseUbxFrame } from './ubx.js';
import { emptyGnssCounters, type GnssCounters, type GnssDiscard, type GnssDiscardReason, type GnssFix } from './types.js';

export interface DecoderOptions extends FramerOptions {
  /** Name put in `GnssFix.source`. */
  source: string;
  clock: Clock;
  onFix: (fix: GnssFix) => void;
  onDiscard?: (d: GnssDiscard) => void;
  /** Counters to update (a source shares its own); a fresh set by default. */
  counters?: GnssCounters;
}

/** The part shared by the byte-stream and the gpsd decoders: counting, discards, assembly. */
export abstract class ObservationSink {
  readonly counters: GnssCounters;
  protected readonly assembler: EpochAssembler;

  constructor(protected readonly base: { source: string; clock: Clock; onFix: (fix: GnssFix) => void; onDiscard?: (d: GnssDiscard) => void; counters?: GnssCounters }) {
    this.counters = base.counters ?? emptyGnssCounters();
    this.assembler = new EpochAssembler({
      source: base.source,
      clock: base.clock,
      onFix: (fix) => {
        this.counters.fixes++;
        base.onFix(fix);
      },
      onLate: (detail) => {
        this.counters.late++;
        this.report('late', detail, 0);
      },
    });
  }

  /** The message type learned to end each epoch, if any. */
  get learnedEnder(): string | undefined {
    return this.assembler.learnedEnder;
  }

  /** Completes the epoch in progress (the line went quiet, or the input ended). */
  flushEpoch(reason: FlushReason = 'idle'): void {
    this.assembler.flush(reason);
  }

  protected report(reason: GnssDiscardReason, detail: string, bytes: number): void {
    this.base.onDiscard?.({ reason, detail, bytes });
  }

  protected accept(r: Observation | InvalidObservation | IgnoredObservation, bytes: number): void {
    if (r.kind === 'ignored') this.counters.ignored++;
    else if (r.kind === 'invalid') {
      this.counters.invalidValues++;
      this.report('invalid-value', r.detail, bytes);
    } else {
      this.assembler.push(r);
    }
  }
}

export class GnssStreamDecoder extends ObservationSink {
  private readonly framer: Framer;

  constructor(opts: DecoderOptions) {
    super(opts);
    const c = this.counters;
    this.framer = new Framer({
      nmea: (data, start, end) => {
        c.nmeaSentences++;
        this.accept(parseNmea(data, start, end), end - start);
      },
      ubx: (cls, id, payload) => {
        c.ubxFrames++;
        this.accept(parseUbxFrame(cls, id, payload), payload.length + 8);
      },
      other: (kind) => {
        if (kind === 'rtcm3') c.ignored++;
      },
      discard: (reason, detail, bytes) => {
        if (reason === 'garbage') c.garbageBytes += bytes;
        else if (reason === 'bad-checksum') c.badChecksum++;
        else c.truncated++;
        this.report(reason, detail, bytes);
      },
    }, opts);
  }

  /** Feeds received bytes; fixes are delivered synchronously as epochs complete. */
  push(bytes: Uint8Array): void {
    this.counters.bytes += bytes.length;
    this.framer.push(bytes);
  }

  /** End of input: reports an unfinished frame and delivers the last epoch. */
  end(): void {
    this.framer.end();
    this.assembler.flush('end');
  }
}

/** Decodes a whole capture at once (the offline parse): every fix, plus the counters. */
export function decodeCapture(bytes: Uint8Array, opts: Omit<DecoderOptions, 'onFix'>): { fixes: GnssFix[]; counters: GnssCounters; discards: GnssDiscard[] } {
  const fixes: GnssFix[] = [];
  const discards: GnssDiscard[] = [];
  const dec = new GnssStreamDecoder({ ...opts, onFix: (f) => fixes.push(f), onDiscard: (d) => discards.push(d) });
  dec.push(bytes);
  dec.end();
  return { fixes, counters: dec.counters, discards };
}
