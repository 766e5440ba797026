/**
 * The GnssSource conformance suite run against every implementation: log replay, the serial
 * source on a socat pty, and the gpsd client against gpsd + gpsfake, all on the ZED-F9P log.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SystemClock } from '../../hal/clock.js';
import { GpsdGnssSource } from '../../hal/gnss/gpsd.js';
import { planReplay, ReplayGnssSource, runReplay } from '../../hal/gnss/replay.js';
import { SerialGnssSource } from '../../hal/gnss/serial.js';
import { gnssSourceContract } from './conformance.js';
import { fixturePath, rawLog } from './fixtures.js';
import { gpsdSkipReason, startGpsfake } from './gpsd-harness.js';
import { openFeed, ptyPair, ptySkipReason } from './pty.js';

const LOG = 'gpsd_ublox-zed-f9p-nmea.log';
const STALE_MS = 800;

gnssSourceContract('ReplayGnssSource', async () => {
  const source = new ReplayGnssSource({ path: fixturePath(LOG), speed: 10, staleAfterMs: STALE_MS });
  return { source, feed: async () => undefined, minFixes: 10, staleAfterMs: STALE_MS, dispose: () => source.close() };
});

gnssSourceContract('SerialGnssSource on a socat pty', async () => {
  const pair = await ptyPair();
  const source = new SerialGnssSource({ path: pair.devicePath, baudRate: 115200, staleAfterMs: STALE_MS });
  const plan = planReplay(rawLog(LOG), { comments: true });
  return {
    source,
    minFixes: 10,
    staleAfterMs: STALE_MS,
    feed: async () => {
      const fh = await openFeed(pair);
      await runReplay(plan, async (b) => { await fh.write(b); }, { clock: new SystemClock(), speed: 10 });
      await fh.close();
    },
    dispose: async () => {
      await source.close();
      await pair.dispose();
    },
  };
}, { skip: ptySkipReason() });

gnssSourceContract('GpsdGnssSource against gpsd + gpsfake', async () => {
  // The first 12 epochs only, so that the input ends and the source can be seen going stale.
  const plan = planReplay(rawLog(LOG), { comments: true });
  const dir = mkdtempSync(join(tmpdir(), 'v2x-gnss-log-'));
  const log = join(dir, 'f9p-12.log');
  writeFileSync(log, Buffer.concat(plan.slice(0, 12).map((c) => c.bytes)));
  const g = await startGpsfake(log, { cycle: 0.005 });
  const source = new GpsdGnssSource({ port: g.port, staleAfterMs: STALE_MS });
  return {
    source,
    minFixes: 10,
    staleAfterMs: STALE_MS,
    feed: async () => undefined,
    dispose: async () => {
      await source.close();
      await g.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}, { skip: gpsdSkipReason() });
