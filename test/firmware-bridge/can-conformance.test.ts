/**
 * The CanBus conformance suite (test/can/conformance.ts) on the bridge's CanBus: every bus is
 * a host link over a real pty (socat) to its own C simulator, and the simulators of one pair
 * share one simulated CAN wire. So each frame goes host -> UART -> MCU -> wire -> MCU ->
 * UART -> host, through both implementations of the contract.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, it } from 'vitest';
import { SystemClock } from '../../hal/clock.js';
import { FirmwareBridge } from '../../firmware-bridge/host/bridge.js';
import { canBusConformance } from '../can/conformance.js';
import { mcuSkipReason, skipNotice, startSim, type Sim } from './harness.js';

const skip = mcuSkipReason();
skipNotice('bridge CanBus conformance (C simulator over socat ptys)', skip);

const sims: Sim[] = [];
const wires: string[] = [];
let pairSims: Sim[] = [];
let wire = '';
let n = 0;

async function node(wireDir: string, opts: { classicOnly?: boolean } = {}): Promise<{ sim: Sim; bridge: FirmwareBridge }> {
  const sim = await startSim({ canWire: wireDir, classicOnly: opts.classicOnly });
  sims.push(sim);
  const bridge = new FirmwareBridge({
    path: sim.hostPath, clock: new SystemClock(), name: `sim${++n}`,
    reconnectInitialMs: 50, reconnectMaxMs: 400, heartbeatIntervalMs: 200, heartbeatTimeoutMs: 150,
  });
  return { sim, bridge };
}

function newWire(): string {
  const d = mkdtempSync(join(tmpdir(), 'bridge-wire-'));
  wires.push(d);
  return d;
}

if (skip) {
  describe.skip('bridge CanBus conformance', () => { it('needs the C simulator', () => undefined); });
} else {
  afterEach(async () => {
    for (const s of sims.splice(0)) await s.stop();
    for (const w of wires.splice(0)) rmSync(w, { recursive: true, force: true });
  });
  afterAll(async () => {
    for (const s of sims.splice(0)) await s.stop();
  });

  canBusConformance('firmware bridge (C simulator, pty)', async () => {
    wire = newWire();
    const a = await node(wire);
    const b = await node(wire);
    pairSims = [a.sim, b.sim];
    return [a.bridge.canBus(0, { channel: 'bridge-wire' }), b.bridge.canBus(0, { channel: 'bridge-wire' })];
  }, {
    makeThird: async () => (await node(wire)).bridge.canBus(0, { channel: 'bridge-wire' }),
    makeOther: async () => (await node(newWire())).bridge.canBus(0, { channel: 'bridge-other' }),
    makeClassicOnly: async () => (await node(newWire(), { classicOnly: true })).bridge.canBus(0, { channel: 'bridge-classic' }),
    link: {
      down: async () => { for (const s of pairSims) await s.command('can-state 0 stopped'); },
      up: async () => { for (const s of pairSims) await s.command('can-state 0 active'); },
      remove: async () => { for (const s of pairSims) await s.unplug(); },
      add: async () => { for (const s of pairSims) await s.replug(); },
    },
    injectErrorFrame: async (bits, data) => {
      await pairSims[1]!.command(`can-error 0 ${bits.toString(16)} ${Buffer.from(data).toString('hex')}`);
    },
    timeoutMs: 8000,
    linkTimeoutMs: 10000,
  });
}
