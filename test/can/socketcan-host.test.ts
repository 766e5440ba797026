import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CanError } from '../../hal/can/errors.js';
import { SocketCanBus } from '../../hal/can/socketcan.js';

// On a kernel without CAN (this project's CI hosts) opening SocketCAN must fail at once with
// a reason the user can act on, not hang and not crash. Where the kernel has CAN, the vcan tier
// covers the bus itself.
describe.skipIf(existsSync('/proc/net/can'))('SocketCAN on a kernel without CAN', () => {
  it('rejects open() with NO_CAN and says what to do', async () => {
    const bus = new SocketCanBus('vcan0');
    const e = await bus.open().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CanError);
    expect((e as CanError).code).toBe('NO_CAN');
    expect((e as CanError).message).toMatch(/no CAN support .*User-Mode Linux/);
    expect(bus.state).toBe('closed');
    await expect(bus.send({ id: 1, data: new Uint8Array(0) })).rejects.toMatchObject({ code: 'NOT_OPEN' });
    await bus.close();
  });
});
