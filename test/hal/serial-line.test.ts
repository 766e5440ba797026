/**
 * The serial line under the GNSS source and the firmware bridge (hal/serial.ts), on real
 * pseudo-terminal pairs made by socat: `devicePath` is the device the line opens, `feedPath`
 * the other end (the receiver or the MCU).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, constants, openSync, readdirSync, readSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { SerialPort } from 'serialport';
import { afterEach, describe, expect, it } from 'vitest';
import { SerialLine } from '../../hal/serial.js';
import { ptyPair, ptySkipReason, type PtyPair } from '../gnss/pty.js';

const skip = ptySkipReason();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** Every byte value, over and over, with the position folded in so a lost or moved byte shows. */
function pattern(n: number, seed: number): Uint8Array {
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = (i + seed + (i >> 8)) & 0xff;
  return b;
}

/** Reads the feed end (nonblocking, on this thread) until `n` bytes have come. */
async function readFeed(path: string, n: number, timeoutMs = 10_000): Promise<Uint8Array> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  const parts: Uint8Array[] = [];
  let got = 0;
  const t0 = Date.now();
  try {
    while (got < n) {
      if (Date.now() - t0 > timeoutMs) throw new Error(`feed: ${got} of ${n} bytes after ${timeoutMs} ms`);
      const buf = new Uint8Array(65536);
      let k = 0;
      try {
        k = readSync(fd, buf, 0, buf.length, null);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
      }
      if (k > 0) {
        parts.push(buf.subarray(0, k));
        got += k;
      } else {
        await sleep(2);
      }
    }
  } finally {
    closeSync(fd);
  }
  return Buffer.concat(parts);
}

const openFds = (): number => readdirSync('/proc/self/fd').length;

describe.skipIf(skip !== undefined)('serial line on a real pty', () => {
  let pair: PtyPair | undefined;
  let line: SerialLine | undefined;
  afterEach(async () => {
    await line?.close();
    line = undefined;
    await pair?.dispose();
    pair = undefined;
  });

  it('carries every byte value both ways, in order and unchanged (raw: no CR/LF translation, no XON/XOFF, no echo)', async () => {
    pair = await ptyPair('line');
    line = new SerialLine({ path: pair.devicePath, baudRate: 115200 });
    const got: Uint8Array[] = [];
    line.onData((b) => got.push(b.slice()));
    await line.open();
    const out = pattern(256 * 1024, 7);
    const reading = readFeed(pair.feedPath, out.byteLength);
    for (let o = 0; o < out.byteLength; o += 4096) {
      while (line.pendingBytes > 16 * 1024) await sleep(1);
      expect(line.write(out.subarray(o, o + 4096))).toBe(true);
    }
    expect(Buffer.from(await reading).equals(Buffer.from(out))).toBe(true);

    const back = pattern(256 * 1024, 91);
    const feed = await open(pair.feedPath, 'r+');
    await feed.write(back);
    await feed.close();
    await until(() => got.reduce((s, b) => s + b.byteLength, 0) >= back.byteLength, 'the bytes back');
    expect(Buffer.concat(got).equals(Buffer.from(back))).toBe(true);
    expect(line.stats).toMatchObject({ rxBytes: back.byteLength, txBytes: out.byteLength, txDropped: 0 });
  });

  it('hands every read to the listeners in one receive buffer of its own: no allocation per read (a stream\'s data event allocates 64 KiB each time)', async () => {
    pair = await ptyPair('line');
    line = new SerialLine({ path: pair.devicePath, baudRate: 115200 });
    const backing = new Set<ArrayBufferLike>();
    let reads = 0;
    const got: Uint8Array[] = [];
    line.onData((b) => {
      backing.add(b.buffer);
      reads++;
      got.push(b.slice()); // a copy: the view is valid during the call only
    });
    await line.open();
    const feed = await open(pair.feedPath, 'r+');
    const sent = pattern(200 * 40, 3);
    for (let o = 0; o < sent.byteLength; o += 40) {
      await feed.write(sent.subarray(o, o + 40));
      if (o % 400 === 0) await sleep(1); // separate reads, as UART frames arrive
    }
    await feed.close();
    await until(() => got.reduce((s, b) => s + b.byteLength, 0) >= sent.byteLength, 'every byte');
    expect(Buffer.concat(got).equals(Buffer.from(sent))).toBe(true);
    expect(reads).toBeGreaterThan(10);
    expect(backing.size).toBe(1);
  });

  it("reads while every thread of libuv's pool is blocked: the bytes reach the listener through the loop's thread alone (serialport's stream, which reads on the pool, gets nothing until the pool is free)", async () => {
    pair = await ptyPair('line');
    const other = await ptyPair('port');
    const fifos: string[] = [];
    try {
      line = new SerialLine({ path: pair.devicePath, baudRate: 115200 });
      const got: Uint8Array[] = [];
      line.onData((b) => got.push(b.slice()));
      await line.open();
      const port = new SerialPort({ path: other.devicePath, baudRate: 115200, autoOpen: false });
      const viaPool: Buffer[] = [];
      port.on('data', (b: Buffer) => viaPool.push(b));
      await new Promise<void>((res, rej) => port.open((e) => (e ? rej(e) : res())));
      await sleep(50); // its first read is parked on the poller, as in steady state

      // Occupy every pool thread: opening a FIFO for reading blocks until a writer comes.
      const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
      for (let i = 0; i < threads; i++) {
        const f = join(pair.dir, `fifo${i}`);
        expect(spawnSync('mkfifo', [f]).status).toBe(0);
        fifos.push(f);
      }
      const blocked = fifos.map((f) => open(f, 'r'));
      await sleep(100);

      const msg = pattern(300, 3);
      const a = openSync(pair.feedPath, 'r+');
      const b = openSync(other.feedPath, 'r+');
      writeSync(a, msg);
      writeSync(b, msg);
      await until(() => got.reduce((s, x) => s + x.byteLength, 0) >= msg.byteLength, 'the line to deliver with the pool blocked', 3000);
      expect(Buffer.concat(got).equals(Buffer.from(msg))).toBe(true);
      await sleep(300);
      expect(viaPool.length).toBe(0);

      // Free the pool: a writer for each FIFO lets its open complete.
      const writers = fifos.map((f) => openSync(f, constants.O_WRONLY | constants.O_NONBLOCK));
      for (const h of await Promise.all(blocked)) await h.close();
      for (const w of writers) closeSync(w);
      await until(() => viaPool.reduce((s, x) => s + x.byteLength, 0) >= msg.byteLength, 'serialport after the pool is free');
      closeSync(a);
      closeSync(b);
      await new Promise<void>((res) => port.close(() => res()));
    } finally {
      await other.dispose();
    }
  });

  it('a device that stops reading never blocks a write: what waits is bounded, the rest dropped and counted; once it reads, the accepted bytes arrive in order', async () => {
    pair = await ptyPair('line');
    line = new SerialLine({ path: pair.devicePath, baudRate: 115200, maxQueuedBytes: 32 * 1024 });
    await line.open();
    // Nobody reads the feed end: the ptys' buffers fill and then the line's queue.
    const accepted: Uint8Array[] = [];
    let refused = 0;
    for (let i = 0; i < 2000; i++) {
      const chunk = pattern(1000, i);
      if (line.write(chunk)) accepted.push(chunk);
      else refused++;
    }
    expect(refused).toBeGreaterThan(0);
    expect(line.pendingBytes).toBeGreaterThan(0);
    expect(line.pendingBytes).toBeLessThanOrEqual(32 * 1024);
    expect(line.stats.txDropped).toBe(refused);
    expect(line.stats.txWaits).toBeGreaterThan(0);
    const want = Buffer.concat(accepted);
    expect(Buffer.from(await readFeed(pair.feedPath, want.byteLength)).equals(Buffer.from(want))).toBe(true);
    expect(line.stats.txBytes).toBe(want.byteLength);
    expect(line.pendingBytes).toBe(0);
  });

  it('the device disappearing closes the line with the reason; the path cannot be opened until it is back, then it works again', async () => {
    pair = await ptyPair('line');
    line = new SerialLine({ path: pair.devicePath, baudRate: 115200 });
    const closed: Array<Error | undefined> = [];
    line.onClose((e) => closed.push(e));
    await line.open();
    await pair.kill();
    await until(() => closed.length === 1, 'the line to close');
    expect(closed[0]).toBeInstanceOf(Error);
    expect(line.isOpen).toBe(false);
    expect(line.write(new Uint8Array([1]))).toBe(false);
    await expect(new SerialLine({ path: pair.devicePath, baudRate: 115200 }).open()).rejects.toThrow(/cannot open|ENOENT|No such file/);

    await pair.restart();
    line = new SerialLine({ path: pair.devicePath, baudRate: 115200 });
    await line.open();
    const reading = readFeed(pair.feedPath, 5);
    line.write(new Uint8Array([1, 2, 3, 4, 5]));
    expect([...(await reading)]).toEqual([1, 2, 3, 4, 5]);
  });

  it('leaves no descriptor behind: 40 opens and closes, and a device lost while open', async () => {
    pair = await ptyPair('line');
    const before = openFds();
    for (let i = 0; i < 40; i++) {
      const l = new SerialLine({ path: pair.devicePath, baudRate: 115200 });
      await l.open();
      await l.close();
      await l.close(); // harmless twice
    }
    expect(openFds()).toBe(before);
    const l = new SerialLine({ path: pair.devicePath, baudRate: 115200 });
    let lost = false;
    l.onClose(() => {
      lost = true;
    });
    await l.open();
    expect(openFds()).toBe(before + 1);
    await pair.kill();
    await until(() => lost, 'the line to close');
    expect(openFds()).toBe(before);
  });
});
