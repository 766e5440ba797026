/**
 * A fuzzing worker: runs a range of inputs of one target and reports progress, failures and
 * the final figures to the command. Before each input it copies the input into memory shared
 * with the command and bumps a counter after it, so the command's watchdog can tell a hang
 * and save the input that caused it (see cli.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { fuzz } from './engine.js';
import { HEADER_BYTES, MAX_SHARED_INPUT, SLOT_BEAT, SLOT_DONE, SLOT_ITERATION, SLOT_LENGTH, SLOT_STATE, type WorkerJob, type WorkerMessage } from './protocol.js';
import { targetNamed } from './targets/index.js';

const job = workerData as WorkerJob;
const header = new Int32Array(job.shared, 0, HEADER_BYTES / 4);
const data = new Uint8Array(job.shared, HEADER_BYTES);
const post = (m: WorkerMessage): void => parentPort!.postMessage(m);

const target = targetNamed(job.target);
if (!target) throw new Error(`unknown target ${job.target}`);
const session = await target.setup();
post({ type: 'ready', seeds: session.seeds.length });
const stats = fuzz(job.target, session, {
  seed: job.seed,
  start: job.start,
  iterations: job.iterations,
  timeBoundMs: job.timeBoundMs,
  memoryBoundMb: job.memoryBoundMb,
  before(input, i) {
    const n = Math.min(input.length, MAX_SHARED_INPUT);
    data.set(input.subarray(0, n));
    Atomics.store(header, SLOT_LENGTH, input.length);
    Atomics.store(header, SLOT_ITERATION, i - job.start);
    Atomics.store(header, SLOT_STATE, 1);
    Atomics.add(header, SLOT_BEAT, 1);
  },
  after() {
    Atomics.store(header, SLOT_STATE, 0);
    Atomics.add(header, SLOT_DONE, 1);
    Atomics.add(header, SLOT_BEAT, 1);
  },
  onFailure: (failure) => post({ type: 'failure', failure }),
  onProgress: (s) => post({ type: 'progress', stats: s }),
  progressEvery: 20_000,
});
post({ type: 'done', stats });
