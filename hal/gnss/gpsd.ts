/**
 * A gpsd client: JSON over TCP (default localhost:2947). Sends `?WATCH={"enable":true,"json":true}`
 * and assembles TPV, SKY and GST reports into fixes. A daemon that restarts or a dropped
 * connection is reconnected with backoff.
 */
import { connect as netConnect, type Socket } from 'node:net';
import { GpsdJsonDecoder, gpsdWatchCommand } from './gpsd-json.js';
import { BaseGnssSource, GnssConfigError, type SourceOptions } from './source.js';

export const GPSD_DEFAULT_PORT = 2947;

export interface GpsdGnssOptions extends SourceOptions {
  host?: string;
  port?: number;
  /** Watch only this device of the daemon. */
  device?: string;
  /** Give up one connection attempt after this long, ms. Default 3000. */
  connectTimeoutMs?: number;
}

/** `host:port`, `host`, `[v6addr]:port` -> { host, port }. Throws GnssConfigError on anything else. */
export function parseHostPort(s: string): { host: string; port: number } {
  const m = /^(?:\[([^\]]+)\]|([^:[\]]+))(?::(\d+))?$/.exec(s.trim());
  if (m === null) throw new GnssConfigError('GNSS_BAD_ADDRESS', `gpsd address must be host[:port], got ${JSON.stringify(s)}`);
  const host = (m[1] ?? m[2])!;
  const port = m[3] === undefined ? GPSD_DEFAULT_PORT : Number(m[3]);
  if (!(port >= 1 && port <= 65535)) throw new GnssConfigError('GNSS_BAD_ADDRESS', `gpsd port must be 1..65535, got ${m[3]}`);
  return { host, port };
}

export class GpsdGnssSource extends BaseGnssSource {
  private socket: Socket | undefined;
  private readonly host: string;
  private readonly port: number;
  private readonly device: string | undefined;
  private readonly connectTimeoutMs: number;

  constructor(opts: GpsdGnssOptions = {}) {
    const host = opts.host ?? '127.0.0.1';
    const port = opts.port ?? GPSD_DEFAULT_PORT;
    if (!Number.isInteger(port) || port < 1 || port > 65535) throw new GnssConfigError('GNSS_BAD_ADDRESS', `gpsd port must be 1..65535, got ${port}`);
    const name = `${host.includes(':') ? `[${host}]` : host}:${port}`;
    super(name, opts, (sink) => new GpsdJsonDecoder({ source: name, ...sink }));
    this.host = host;
    this.port = port;
    this.device = opts.device;
    this.connectTimeoutMs = opts.connectTimeoutMs ?? 3000;
  }

  protected connect(): Promise<void> {
    const gen = this.generation;
    return new Promise((resolve, reject) => {
      let connected = false;
      const sock = netConnect({ host: this.host, port: this.port });
      const timer = this.clock.setTimeout(() => {
        if (connected) return;
        sock.destroy();
        reject(new Error(`gpsd ${this.name}: no connection after ${this.connectTimeoutMs} ms`));
      }, this.connectTimeoutMs);
      sock.setNoDelay(true);
      sock.on('connect', () => {
        connected = true;
        timer.cancel();
        this.socket = sock;
        sock.write(gpsdWatchCommand(this.device));
        resolve();
      });
      sock.on('data', (b: Buffer) => {
        if (gen === this.generation) this.received(b);
      });
      sock.on('error', (err: Error) => {
        if (!connected) {
          timer.cancel();
          reject(err);
        } else if (gen === this.generation) this.lost(err.message);
      });
      sock.on('close', () => {
        if (connected && gen === this.generation) this.lost('gpsd closed the connection');
      });
    });
  }

  protected disconnect(): Promise<void> {
    const s = this.socket;
    this.socket = undefined;
    if (s === undefined || s.destroyed) return Promise.resolve();
    return new Promise((resolve) => {
      s.once('close', () => resolve());
      s.destroy();
    });
  }
}
