/**
 * Peer-to-peer certificate distribution (IEEE 1609.2 clause 8, inline P2PCD), and the
 * "new neighbour" signal of SAE J2945/1, shared by a station's verifier and signer:
 *
 * - the verifier meets a certificate it cannot resolve (a digest signer it has not seen, an
 *   issuer it does not know): it asks for it here (`want`), and the signer puts its HashedId3
 *   in the `inlineP2pcdRequest` of its next signed messages (each at most once per
 *   `requestIntervalMs`, for `requestLifetimeMs` or until the certificate is learned);
 * - the verifier hears a peer ask for a certificate (`peerRequested`): if it is the signer's
 *   own certificate the signer's next message carries it in full; if it is one of its CA
 *   certificates, the next message carries it as `requestedCertificate`;
 * - the verifier hears a station it has not heard lately (`newNeighbour`): the signer's next
 *   message carries its full certificate, so that the newcomer can verify the digests after it.
 *
 * Every table is bounded: this state is fed by what others send. Times are monotonic
 * milliseconds (`Clock.monotonic()`), the same for the verifier and the signer that share it.
 */
import { toHex } from '../../asn1/runtime/values.js';

export interface P2pcdOptions {
  /** Minimum time between two requests for the same certificate (default 1000 ms). */
  requestIntervalMs?: number;
  /** How long an unanswered request is repeated (default 5000 ms). */
  requestLifetimeMs?: number;
  /** Requests in one message at most (default 8). */
  maxRequestsPerMessage?: number;
  /** Certificates asked for at most (default 64; the oldest is dropped). */
  maxWanted?: number;
}

interface Wanted {
  id3: Uint8Array;
  since: number;
  lastSent: number;
}

export interface P2pcdStats {
  wanted: number;
  requestsSent: number;
  learned: number;
  peerRequests: number;
  newNeighbours: number;
  dropped: number;
}

export class P2pcd {
  readonly stats: P2pcdStats = { wanted: 0, requestsSent: 0, learned: 0, peerRequests: 0, newNeighbours: 0, dropped: 0 };
  private readonly wanted = new Map<string, Wanted>();
  private readonly asked = new Set<string>();
  private neighbours = 0;
  private readonly o: Required<P2pcdOptions>;

  constructor(opts: P2pcdOptions = {}) {
    this.o = { requestIntervalMs: 1000, requestLifetimeMs: 5000, maxRequestsPerMessage: 8, maxWanted: 64, ...opts };
  }

  /** Asks peers for the certificate with this HashedId3 (from an unknown digest or issuer). */
  want(id3: Uint8Array, now: number): void {
    const k = toHex(id3);
    if (this.wanted.has(k)) return;
    if (this.wanted.size >= this.o.maxWanted) {
      const oldest = this.wanted.keys().next().value as string;
      this.wanted.delete(oldest);
      this.stats.dropped++;
    }
    this.wanted.set(k, { id3: Uint8Array.from(id3), since: now, lastSent: -Infinity });
    this.stats.wanted++;
  }

  /** A certificate with this HashedId8 is now known: stop asking for it. */
  learned(id8: Uint8Array): void {
    if (this.wanted.delete(toHex(id8.subarray(5)))) this.stats.learned++;
  }

  /** Whether a request for this HashedId3 is pending. */
  isWanted(id3: Uint8Array): boolean {
    return this.wanted.has(toHex(id3));
  }

  /** The HashedId3s to put in the next outgoing message (marks them sent). */
  requestsToSend(now: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (const [k, w] of this.wanted) {
      if (now - w.since > this.o.requestLifetimeMs) {
        this.wanted.delete(k);
        continue;
      }
      if (out.length < this.o.maxRequestsPerMessage && now - w.lastSent >= this.o.requestIntervalMs) {
        w.lastSent = now;
        out.push(w.id3);
      }
    }
    this.stats.requestsSent += out.length;
    return out;
  }

  /** A verified message from a peer asked for these certificates (HashedId3s). */
  peerRequested(ids: readonly Uint8Array[]): void {
    for (const id of ids.slice(0, this.o.maxRequestsPerMessage)) {
      if (this.asked.size >= this.o.maxWanted) break;
      this.asked.add(toHex(id));
      this.stats.peerRequests++;
    }
  }

  /** Takes the peer requests that name one of `mine` (HashedId3 hex -> what it is); the rest are dropped. */
  takePeerRequests(mine: ReadonlyMap<string, string>): string[] {
    const out: string[] = [];
    for (const k of this.asked) {
      const what = mine.get(k);
      if (what !== undefined) out.push(what);
    }
    this.asked.clear();
    return out;
  }

  /** A station not heard lately appeared. */
  newNeighbour(): void {
    this.neighbours++;
    this.stats.newNeighbours++;
  }

  /** New neighbours since the last call (the signer consumes them). */
  takeNewNeighbours(): number {
    const n = this.neighbours;
    this.neighbours = 0;
    return n;
  }
}
