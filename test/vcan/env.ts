/**
 * Where the vcan tier runs (set by test/vcan/run-in-uml.sh) and what it may do there.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const ifaces = (process.env.VCAN_IFACES ?? 'vcan0 vcan1').split(/\s+/).filter((s) => s.length > 0);
export const vcan0 = ifaces[0] ?? 'vcan0';
export const vcan1 = ifaces[1] ?? 'vcan1';
/** May the tests take interfaces down, delete and re-create them. */
export const linkControl = process.env.VCAN_LINK_CONTROL === '1';

function why(): string | undefined {
  if (!existsSync('/proc/net/can')) return 'this kernel has no CAN (run through npm run test:vcan, which uses a User-Mode Linux guest)';
  for (const i of ifaces) if (!existsSync(`/sys/class/net/${i}`)) return `no interface ${i}`;
  return undefined;
}

/** Undefined when the tier can run, else the reason it is skipped. */
export const skipReason = why();
if (skipReason !== undefined) process.stderr.write(`vcan tier SKIPPED: ${skipReason}\n`);

export function sh(cmd: string, ...args: string[]): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}
