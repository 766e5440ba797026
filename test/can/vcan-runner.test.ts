import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';

// The vcan tier's runner (test/vcan/run-in-uml.sh): exit status, output, timeout, clean-up and
// skipping, checked from the host. The guest runs need user-mode-linux (or native vcan).
const runner = fileURLToPath(new URL('../vcan/run-in-uml.sh', import.meta.url));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string; ms: number }> {
  const t0 = Date.now();
  return new Promise((resolve) => {
    execFile('bash', [runner, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 }, (err, stdout, stderr) => {
      const code = err === null ? 0 : typeof err.code === 'number' ? err.code : -1;
      resolve({ code, stdout, stderr, ms: Date.now() - t0 });
    });
  });
}

const hasUml = (() => { try { execFileSync('sh', ['-c', 'command -v linux.uml'], { stdio: 'ignore' }); return true; } catch { return false; } })();
const canRun = hasUml || existsSync('/proc/net/can');

describe('vcan tier runner', () => {
  it('says why it skips when there is neither native vcan nor User-Mode Linux, and fails only when required', async () => {
    const skip = await run(['true'], { VCAN_FORCE_UML: '1', VCAN_UML: '/nonexistent/linux.uml' });
    expect(skip.code).toBe(0);
    expect(skip.stderr).toMatch(/^vcan tier SKIPPED: no native vcan .* and no User-Mode Linux \(apt-get install user-mode-linux/m);
    const required = await run(['true'], { VCAN_FORCE_UML: '1', VCAN_UML: '/nonexistent/linux.uml', VCAN_REQUIRED: '1' });
    expect(required.code).toBe(1);
    expect(required.stderr).toMatch(/vcan tier SKIPPED/);
  });

  it('prints its usage and exits 2 without a command', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: test\/vcan\/run-in-uml\.sh COMMAND/);
  });

  it.skipIf(!canRun)('runs the command with vcan0 and vcan1 up, passing its output and exit status back', { timeout: 90_000 }, async () => {
    const r = await run(['sh', '-c', 'cat /sys/class/net/vcan0/mtu /sys/class/net/vcan1/operstate; echo "tier=$VCAN_TIER $MARKER"; echo oops >&2; exit 7'], { MARKER: 'carried-over' });
    expect(r.code).toBe(7);
    expect(r.stdout).toMatch(/^72\n(unknown|up)\ntier=(uml|native) carried-over\n$/);
    expect(r.stderr).toBe('oops\n');
  });

  it.skipIf(!hasUml)('times out cleanly: exit 124, the guest killed, nothing left behind', { timeout: 90_000 }, async () => {
    const tmp = mkdtempSync(join(tmpdir(), 'runner-test-'));
    try {
      // The timeout counts the guest's boot too: 12 s leaves room for a boot slowed by a busy
      // machine (4 s did not, once, under the full test run), and is far below the command's 120 s.
      const r = await run(['sh', '-c', 'echo started; sleep 120'], { VCAN_FORCE_UML: '1', VCAN_TIMEOUT: '12', TMPDIR: tmp });
      expect(r.code).toBe(124);
      expect(r.stdout).toBe('started\n');
      expect(r.stderr).toMatch(/run-in-uml: timed out after 12s; the guest was killed/);
      expect(r.ms).toBeLessThan(40_000);
      // The guest's processes take a moment to go: give them up to 5 s.
      const leftover = (): string[] => execFileSync('ps', ['-eo', 'stat=,args='], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(tmp) && !l.startsWith('Z'));
      await vi.waitUntil(() => leftover().length === 0, { timeout: 5000, interval: 100 }).catch(() => undefined);
      expect(leftover()).toEqual([]);
      expect(readdirSync(tmp)).toEqual([]); // its job folder removed
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
