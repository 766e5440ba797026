/**
 * Source behaviour on the injected clock: reopening with exponential backoff (a receiver that
 * is not plugged in yet), configuration errors, the /dev/serial/by-id hint.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ManualClock } from '../../hal/clock.js';
import { GnssConfigError } from '../../hal/gnss/source.js';
import { SerialGnssSource, serialByIdFor } from '../../hal/gnss/serial.js';
import { GpsdGnssSource, parseHostPort } from '../../hal/gnss/gpsd.js';
import { openFeed, ptyPair, ptySkipReason } from './pty.js';

async function settle(ms = 30): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

describe('reopening with backoff', () => {
  it('a missing device is retried at 100, 200, 400, 800, 800 ms... of the injected clock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'v2x-gnss-src-'));
    try {
      const clock = new ManualClock(0);
      const source = new SerialGnssSource({ path: join(dir, 'ttyACM0'), clock, reconnect: { initialMs: 100, maxMs: 800, factor: 2 } });
      const attempts: number[] = [];
      const errors: string[] = [];
      source.on('state', (s, d) => {
        if (s === 'opening' || (s === 'reconnecting' && d === 'reopening')) attempts.push(clock.now());
        else if (s === 'reconnecting' && d !== undefined) errors.push(d);
      });
      // Each attempt's failure comes back from the thread pool in real time: the clock moves on
      // only once it is in, so that the next wait is counted from the attempt's own time.
      const failed = async (): Promise<void> => {
        await vi.waitUntil(() => errors.length >= attempts.length, { timeout: 5000, interval: 5 }).catch(() => undefined);
      };
      await source.open();
      await failed();
      expect(source.state).toBe('reconnecting');
      expect(source.stale).toBe(true);
      for (let t = 0; t < 3000; t += 50) {
        clock.advance(50);
        await settle(5);
        await failed();
      }
      expect(attempts).toEqual([0, 100, 300, 700, 1500, 2300]);
      expect(errors[0]).toMatch(/No such file or directory/);
      await source.close();
      expect(clock.pendingTimers).toBe(0);
      expect(source.state).toBe('closed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(ptySkipReason() !== undefined)('the device appearing later is opened at the next attempt, and fixes flow', async (ctx) => {
    const pair = await ptyPair();
    ctx.onTestFinished(() => pair.dispose());
    await pair.kill();
    const clock = new ManualClock(0);
    const source = new SerialGnssSource({ path: pair.devicePath, clock, reconnect: { initialMs: 100, maxMs: 100 } });
    ctx.onTestFinished(() => source.close());
    await source.open();
    await settle();
    expect(source.state).toBe('reconnecting');
    await pair.restart();
    clock.advance(100);
    for (let i = 0; i < 100 && source.state !== 'open'; i++) await settle(10);
    expect(source.state).toBe('open');
    const feed = await openFeed(pair);
    await feed.write('$GPRMC,204133.00,A,4205.735585,N,08802.039368,W,8.904,41.865,190214,,,D*75\r\n$GPRMC,204134.00,A,4205.737120,N,08802.036809,W,8.946,60.172,190214,,,D*72\r\n');
    for (let i = 0; i < 100 && source.counters.fixes < 1; i++) await settle(10);
    expect(source.counters.fixes).toBe(1); // the second epoch waits for its end (no ender yet, idle timer on the manual clock)
    clock.advance(100);
    expect(source.counters.fixes).toBe(2);
    expect(source.lastFix).toMatchObject({ time: Date.UTC(2014, 1, 19, 20, 41, 34), speed: expect.closeTo(8.946 * 1852 / 3600, 9) });
    await feed.close();
  });
});

describe('configuration errors throw with the reason', () => {
  it('serial path and baud, gpsd address, option values', () => {
    expect(() => new SerialGnssSource({ path: 'ttyACM0' })).toThrow(GnssConfigError);
    expect(() => new SerialGnssSource({ path: '/dev/ttyACM0', baudRate: 0 })).toThrow(/baud rate must be a positive integer, got 0/);
    expect(() => new SerialGnssSource({ path: '/dev/ttyACM0', staleAfterMs: -1 })).toThrow(/option staleAfterMs must be a finite number >= 0, got -1/);
    expect(() => new GpsdGnssSource({ port: 70000 })).toThrow(/gpsd port must be 1..65535/);
    expect(parseHostPort('gnss.local')).toEqual({ host: 'gnss.local', port: 2947 });
    expect(parseHostPort('[::1]:2948')).toEqual({ host: '::1', port: 2948 });
    expect(() => parseHostPort('a:b:c')).toThrow(/gpsd address must be host\[:port\]/);
  });
});

describe('/dev/serial/by-id', () => {
  it('finds the stable name of a device', () => {
    const dir = mkdtempSync(join(tmpdir(), 'v2x-byid-'));
    try {
      const dev = join(dir, 'ttyACM0');
      writeFileSync(dev, '');
      const byId = join(dir, 'by-id');
      mkdirSync(byId);
      symlinkSync('../ttyACM0', join(byId, 'usb-u-blox_AG_-_www.u-blox.com_u-blox_GNSS_receiver-if00'));
      symlinkSync('../ttyUSB9', join(byId, 'usb-dangling-if00'));
      expect(serialByIdFor(dev, byId)).toBe(join(byId, 'usb-u-blox_AG_-_www.u-blox.com_u-blox_GNSS_receiver-if00'));
      expect(serialByIdFor(join(dir, 'ttyACM1'), byId)).toBeUndefined();
      expect(serialByIdFor(dev, join(dir, 'none'))).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
