/** Real UDP receivers for the transport tests (loopback, optionally a multicast group). */
import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';

export interface Received {
  data: Uint8Array;
  from: RemoteInfo;
}

export interface Receiver {
  port: number;
  socket: Socket;
  messages: Received[];
  /** Resolves when `n` datagrams have arrived; rejects after `timeoutMs`. */
  waitFor(n: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export async function receiver(opts: { address?: string; port?: number; group?: string; iface?: string; family?: 4 | 6 } = {}): Promise<Receiver> {
  const socket = createSocket({ type: opts.family === 6 ? 'udp6' : 'udp4', reuseAddr: opts.group !== undefined });
  const messages: Received[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  socket.on('message', (data, from) => {
    messages.push({ data: new Uint8Array(data), from });
    for (const w of [...waiters]) if (messages.length >= w.n) {
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve();
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(opts.port ?? 0, opts.group !== undefined ? undefined : (opts.address ?? (opts.family === 6 ? '::1' : '127.0.0.1')), () => resolve());
  });
  if (opts.group !== undefined) socket.addMembership(opts.group, opts.iface ?? '127.0.0.1');
  return {
    port: socket.address().port,
    socket,
    messages,
    waitFor(n, timeoutMs = 5000) {
      if (messages.length >= n) return Promise.resolve(messages);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`received ${messages.length} of ${n} datagrams within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ n, resolve: () => { clearTimeout(timer); resolve(messages); } });
      });
    },
    close: () => new Promise((resolve) => socket.close(() => resolve())),
  };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
