/**
 * The byte pipe under the bridge: a serial port (a UART, a USB CDC-ACM device, or a pty in
 * tests). The link never touches the port directly, so any byte stream can carry it.
 */
import { SerialLine } from '../../hal/serial.js';

export interface ByteTransport {
  /** Opens the port; rejects when it cannot be opened (missing device, permissions). */
  open(): Promise<void>;
  /** Queues bytes for the port; false when it dropped them (the device not taking bytes). */
  write(bytes: Uint8Array): boolean | void;
  /** Closes the port; resolves once closed. Harmless when already closed. */
  close(): Promise<void>;
  /** Received bytes, in order; a view valid during the call only (copy what you keep). */
  onData(listener: (bytes: Uint8Array) => void): void;
  /** The port closed on its own (device gone) or after close(); `err` says why when unplanned. */
  onClose(listener: (err?: Error) => void): void;
}

export type TransportFactory = () => ByteTransport;

export interface SerialTransportOptions {
  path: string;
  /** Line rate; ignored by ptys. */
  baudRate?: number;
}

/**
 * A ByteTransport on a serial device, opened and set up by `serialport`'s binding and read on
 * the event loop's thread (see hal/serial.ts for why not `serialport`'s stream).
 */
export class SerialTransport extends SerialLine implements ByteTransport {
  constructor(options: SerialTransportOptions) {
    super({ path: options.path, baudRate: options.baudRate ?? 1_000_000 });
  }
}
