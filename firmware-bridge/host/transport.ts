/**
 * The byte pipe under the bridge: a serial port (a UART, a USB CDC-ACM device, or a pty in
 * tests). The link never touches the port directly, so any byte stream can carry it.
 */
import { SerialPort } from 'serialport';

export interface ByteTransport {
  /** Opens the port; rejects when it cannot be opened (missing device, permissions). */
  open(): Promise<void>;
  /** Queues bytes for the port. */
  write(bytes: Uint8Array): void;
  /** Closes the port; resolves once closed. Harmless when already closed. */
  close(): Promise<void>;
  /** Received bytes, in order. */
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

/** A ByteTransport on the `serialport` package. */
export class SerialTransport implements ByteTransport {
  private readonly port: SerialPort;
  private dataListeners: Array<(b: Uint8Array) => void> = [];
  private closeListeners: Array<(err?: Error) => void> = [];
  private closing = false;

  constructor(readonly options: SerialTransportOptions) {
    this.port = new SerialPort({ path: options.path, baudRate: options.baudRate ?? 1_000_000, autoOpen: false });
    this.port.on('data', (b: Buffer) => {
      const bytes = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      for (const l of this.dataListeners) l(bytes);
    });
    this.port.on('close', (err?: Error) => {
      const unplanned = this.closing ? undefined : (err ?? new Error(`${options.path} closed`));
      for (const l of this.closeListeners) l(unplanned);
    });
    // Errors after open surface as a close (disconnect) or a failed write; never throw.
    this.port.on('error', () => undefined);
  }

  open(): Promise<void> {
    this.closing = false;
    return new Promise((resolve, reject) => {
      this.port.open((err) => (err ? reject(err) : resolve()));
    });
  }

  write(bytes: Uint8Array): void {
    if (!this.port.isOpen) return;
    this.port.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  close(): Promise<void> {
    this.closing = true;
    if (!this.port.isOpen) return Promise.resolve();
    return new Promise((resolve) => {
      this.port.close(() => resolve());
    });
  }

  onData(listener: (bytes: Uint8Array) => void): void {
    this.dataListeners.push(listener);
  }

  onClose(listener: (err?: Error) => void): void {
    this.closeListeners.push(listener);
  }
}
