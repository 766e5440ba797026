import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SocketCanBus } from '../../hal/can/socketcan.js';
import { canBusConformance } from '../can/conformance.js';
import { linkControl, sh, skipReason, vcan0, vcan1 } from './env.js';

const classic = 'vcanc16';
const hex = (b: Uint8Array): string => Array.from(b, (x) => x.toString(16).padStart(2, '0').toUpperCase()).join('');

describe.skipIf(skipReason !== undefined)('SocketCAN over vcan', () => {
  beforeAll(() => {
    if (linkControl) {
      sh('ip', 'link', 'add', 'dev', classic, 'type', 'vcan');
      sh('ip', 'link', 'set', classic, 'mtu', '16', 'up');
    }
  });
  afterAll(() => {
    if (linkControl) sh('ip', 'link', 'del', 'dev', classic);
  });

  canBusConformance('SocketCAN (vcan)', async () => [new SocketCanBus(vcan0), new SocketCanBus(vcan0)], {
    makeThird: async () => new SocketCanBus(vcan0),
    makeOther: async () => new SocketCanBus(vcan1),
    ...(linkControl ? {
      makeClassicOnly: async () => new SocketCanBus(classic),
      link: {
        down: async () => { sh('ip', 'link', 'set', vcan0, 'down'); },
        up: async () => { sh('ip', 'link', 'set', vcan0, 'up'); },
        remove: async () => { sh('ip', 'link', 'del', 'dev', vcan0); },
        add: async () => { sh('ip', 'link', 'add', 'dev', vcan0, 'type', 'vcan'); sh('ip', 'link', 'set', vcan0, 'up'); },
      },
    } : {}),
    // can-utils' cansend as the controller: an id with the error flag is carried as an error frame
    injectErrorFrame: async (bits, data) => { sh('cansend', vcan0, `${(0x20000000 | bits).toString(16).padStart(8, '0').toUpperCase()}#${hex(data)}`); },
    burst: 2000,
  });

  it('refuses an interface that does not exist, naming it', async () => {
    const bus = new SocketCanBus('vcan-none');
    const e = await bus.open().catch((x: unknown) => x);
    expect((e as { code?: string }).code).toBe('NO_DEVICE');
    expect(String(e)).toContain('vcan-none');
  });

  it('reports FD capability from the interface MTU (vcan: 72)', () => {
    expect(sh('cat', `/sys/class/net/${vcan0}/mtu`).trim()).toBe('72');
  });
});
