/**
 * Real-time scheduling (SCHED_FIFO) for the thread that runs the broadcast loop: the event
 * loop's thread, which in Node is the process's main thread (its thread id is the pid).
 *
 * Node has no call for sched_setscheduler(2), so util-linux's `chrt` sets the policy on that
 * one thread, by id. V8's helper threads (garbage collection, compilation) and libuv's thread
 * pool keep normal priority: they do not preempt the loop. It needs CAP_SYS_NICE or an
 * `rtprio` limit (limits.conf, or LimitRTPRIO= in a systemd unit); a refusal is an error that
 * says so, since whoever asked for real-time scheduling relies on it. Processes it starts get
 * normal scheduling (SCHED_RESET_ON_FORK).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Scheduling {
  policy: string;
  /** 1-99 for the real-time policies, 0 otherwise. */
  priority: number;
}

export class RealtimeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RealtimeError';
  }
}

const POLICIES = ['SCHED_OTHER', 'SCHED_FIFO', 'SCHED_RR', 'SCHED_BATCH', 'SCHED_ISO', 'SCHED_IDLE', 'SCHED_DEADLINE'];

/**
 * The policy and real-time priority of a thread, from /proc: a thread id (default: this
 * process's main thread), or 'thread-self' for the calling thread.
 */
export function schedulingOf(tid: number | 'thread-self' = process.pid): Scheduling {
  const stat = readFileSync(`/proc/${tid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces and parentheses): state is field 3.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const priority = Number(f[40 - 3]);
  const policy = Number(f[41 - 3]);
  return { policy: POLICIES[policy] ?? `policy ${policy}`, priority };
}

function chrt(args: string[]): void {
  const r = spawnSync('chrt', args, { encoding: 'utf8' });
  if (r.error) {
    const code = (r.error as NodeJS.ErrnoException).code;
    throw new RealtimeError(code === 'ENOENT' ? 'real-time scheduling needs chrt (util-linux), not found' : `chrt: ${r.error.message}`);
  }
  if (r.status !== 0) {
    const why = r.stderr.trim().replace(/^chrt: /, '');
    const hint = /not permitted/i.test(why) ? ' (needs CAP_SYS_NICE or an rtprio limit, e.g. LimitRTPRIO= in a systemd unit)' : '';
    throw new RealtimeError(`real-time priority refused: ${why}${hint}`);
  }
}

/** Puts the loop's thread under SCHED_FIFO at `priority` (1-99); returns what the kernel then reports. */
export function setRealtimePriority(priority: number, tid: number = process.pid): Scheduling {
  if (!Number.isInteger(priority) || priority < 1 || priority > 99) throw new RealtimeError(`real-time priority must be an integer from 1 to 99, not ${priority}`);
  // -R (SCHED_RESET_ON_FORK): a process the loop starts does not inherit the real-time policy.
  chrt(['-f', '-R', '-p', String(priority), String(tid)]);
  const now = schedulingOf(tid);
  if (now.policy !== 'SCHED_FIFO' || now.priority !== priority) throw new RealtimeError(`asked for SCHED_FIFO ${priority}, the kernel reports ${now.policy} ${now.priority}`);
  return now;
}

/** Back to normal scheduling (SCHED_OTHER). */
export function setNormalScheduling(tid: number = process.pid): Scheduling {
  chrt(['-o', '-p', '0', String(tid)]);
  return schedulingOf(tid);
}
