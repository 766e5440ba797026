/**
 * A GNSS receiver on a serial port (USB CDC-ACM, UART, or a pseudo-terminal), speaking NMEA
 * 0183, UBX, or both on one line. The device is opened by `serialport`'s binding and read on the
 * event loop's thread (hal/serial.ts).
 *
 * Prefer the stable `/dev/serial/by-id/...` name of a USB receiver to `/dev/ttyACM0`: the
 * by-id link follows the device when it is unplugged and comes back under another number,
 * and this source reopens the path it was given.
 */
import { readdirSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { SerialLine } from '../serial.js';
import { GnssStreamDecoder } from './decoder.js';
import type { FramerOptions } from './framer.js';
import { BaseGnssSource, GnssConfigError, type SourceOptions } from './source.js';

export interface SerialGnssOptions extends SourceOptions, Pick<FramerOptions, 'maxNmeaLength' | 'maxUbxPayload' | 'allowMissingChecksum'> {
  /** Device path, e.g. `/dev/serial/by-id/usb-u-blox_AG_...-if00` or `/dev/ttyACM0`. */
  path: string;
  /** Line speed. Default 9600 (the factory setting of most receivers); u-blox F9 over UART is often 38400. */
  baudRate?: number;
}

export class SerialGnssSource extends BaseGnssSource {
  private line: SerialLine | undefined;
  private readonly path: string;
  private readonly baudRate: number;

  constructor(opts: SerialGnssOptions) {
    if (typeof opts.path !== 'string' || !opts.path.startsWith('/')) {
      throw new GnssConfigError('GNSS_BAD_PATH', `serial GNSS: path must be an absolute device path, got ${JSON.stringify(opts.path)}`);
    }
    const baudRate = opts.baudRate ?? 9600;
    if (!Number.isInteger(baudRate) || baudRate <= 0) {
      throw new GnssConfigError('GNSS_BAD_BAUD', `serial GNSS ${opts.path}: baud rate must be a positive integer, got ${baudRate}`);
    }
    super(opts.path, opts, (sink) => new GnssStreamDecoder({ source: opts.path, ...sink, ...opts }));
    this.path = opts.path;
    this.baudRate = baudRate;
  }

  protected async connect(): Promise<void> {
    const gen = this.generation;
    const line = new SerialLine({ path: this.path, baudRate: this.baudRate });
    line.onData((b) => {
      if (gen === this.generation) this.received(b);
    });
    line.onClose((err) => {
      if (gen === this.generation) this.lost(err?.message ?? 'port closed');
    });
    await line.open();
    this.line = line;
  }

  protected disconnect(): Promise<void> {
    const l = this.line;
    this.line = undefined;
    return l === undefined ? Promise.resolve() : l.close();
  }
}

/**
 * The `/dev/serial/by-id` link that names the same device as `devicePath`, if there is one
 * (so a caller can suggest the stable name).
 */
export function serialByIdFor(devicePath: string, byIdDir = '/dev/serial/by-id'): string | undefined {
  let target: string;
  let names: string[];
  try {
    target = realpathSync(devicePath);
    names = readdirSync(byIdDir);
  } catch {
    return undefined;
  }
  for (const n of names.sort()) {
    const p = join(byIdDir, n);
    try {
      if (p !== devicePath && realpathSync(p) === target) return p;
    } catch {
      // a dangling link: skip it
    }
  }
  return undefined;
}
