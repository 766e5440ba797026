/** Runs one saved case on a fresh session of its target and posts the outcome (see cli.ts --replay). */
import { parentPort, workerData } from 'node:worker_threads';
import { replayInput } from './engine.js';
import { targetNamed } from './targets/index.js';

const { target, input } = workerData as { target: string; input: Uint8Array };
const session = await targetNamed(target)!.setup();
// Twice: the first run also compiles the decoder; the time bound applies to the second.
replayInput(session, input);
parentPort!.postMessage(replayInput(session, input));
