/** can-utils' candump as an independent receiver: started, made ready, stopped, its lines read. */
import { spawn, type ChildProcess } from 'node:child_process';
import type { CanBus } from '../../hal/can/types.js';

export class Candump {
  private readonly proc: ChildProcess;
  private buf = '';
  readonly lines: string[] = [];
  private readonly exited: Promise<void>;

  constructor(iface: string) {
    this.proc = spawn('candump', ['-L', iface], { stdio: ['ignore', 'pipe', 'inherit'] });
    this.proc.stdout!.setEncoding('latin1');
    this.proc.stdout!.on('data', (d: string) => {
      this.buf += d;
      const parts = this.buf.split('\n');
      this.buf = parts.pop()!;
      this.lines.push(...parts);
    });
    this.exited = new Promise((resolve) => this.proc.once('exit', () => resolve()));
  }

  /** Sends a marker frame until candump shows it, then forgets what it printed so far. */
  async ready(bus: CanBus, timeoutMs = 10_000): Promise<void> {
    const t0 = Date.now();
    while (!this.lines.some((l) => l.includes(' 7EE#'))) {
      if (Date.now() - t0 > timeoutMs) throw new Error('candump did not start');
      await bus.send({ id: 0x7ee, data: new Uint8Array(0) });
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 100));
    this.lines.length = 0;
  }

  /** Waits until candump has printed `n` lines. */
  async waitFor(n: number, timeoutMs = 20_000): Promise<string[]> {
    const t0 = Date.now();
    while (this.lines.length < n) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`candump printed ${this.lines.length} of ${n} lines`);
      await new Promise((r) => setTimeout(r, 20));
    }
    return this.lines.slice();
  }

  async stop(): Promise<void> {
    this.proc.kill('SIGINT');
    await this.exited;
  }
}
