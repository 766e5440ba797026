/** What the fuzz command and its workers exchange (see cli.ts and worker.ts). */
import type { Failure, FuzzStats } from './engine.js';

export interface WorkerJob {
  target: string;
  seed: number;
  start: number;
  iterations: number;
  timeBoundMs: number;
  memoryBoundMb: number;
  shared: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'ready'; seeds: number }
  | { type: 'progress'; stats: FuzzStats }
  | { type: 'failure'; failure: Failure }
  | { type: 'done'; stats: FuzzStats };

/** Shared memory layout: a header of Int32 slots, then the current input's octets. */
export const SLOT_STATE = 0; // 1 while an input runs
export const SLOT_ITERATION = 1; // index of the input, minus the job's start
export const SLOT_LENGTH = 2; // octets of the input (the copy is cut at MAX_SHARED_INPUT)
export const SLOT_DONE = 3; // inputs finished
export const SLOT_BEAT = 4; // bumped before and after every run of an input
export const HEADER_BYTES = 32;
export const MAX_SHARED_INPUT = 1 << 20;

