/** I/O for running `v2x-edge can` in-process: collected output, a chosen bus factory and clock. */
import { SystemClock, type Clock } from '../../hal/clock.js';
import type { CanBus } from '../../hal/can/types.js';
import { runCan, type CanIo } from '../../src/cli/commands/can.js';

export interface Captured {
  code: number;
  out: string;
  err: string;
  lines: string[];
}

export interface RunOptions {
  openBus?: (iface: string) => CanBus;
  clock?: Clock;
  signal?: AbortSignal;
  /** Called with each chunk written to standard output. */
  onOut?: (text: string) => void;
}

export function startCan(argv: string[], opts: RunOptions = {}): { done: Promise<Captured>; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CanIo = {
    out: (t) => { out.push(t); opts.onOut?.(t); return Promise.resolve(); },
    err: (t) => { err.push(t); },
    openBus: opts.openBus ?? ((iface) => { throw new Error(`no bus factory for ${iface}`); }),
    clock: opts.clock ?? new SystemClock(),
    signal: opts.signal ?? new AbortController().signal,
  };
  const done = runCan(argv, io).then((code) => {
    const o = out.join('');
    return { code, out: o, err: err.join(''), lines: o.split('\n').filter((l) => l.length > 0) };
  });
  return { done, out, err };
}

export function runCanCaptured(argv: string[], opts: RunOptions = {}): Promise<Captured> {
  return startCan(argv, opts).done;
}

/** One line of `can dump` with a profile or a DBC. */
export interface DumpRow {
  t: number;
  channel: string;
  id: string;
  /** The DBC message name; null for an id the DBC does not define. */
  message: string | null;
  short?: boolean;
  signals?: Record<string, number | string | null>;
  /** The frame's bytes (hex), for an id the DBC does not define. */
  data?: string;
}

export const dumpRows = (lines: string[]): DumpRow[] => lines.map((l) => JSON.parse(l) as DumpRow);
