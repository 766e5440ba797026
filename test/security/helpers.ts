/** Shared pieces of the security tests: a bench chain on a fixed clock, and a recording sink. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../hal/clock.js';
import { initCertificateDirectory, loadCertificateDirectory, MessageSigner, P2pcd, Verifier, type LoadedDirectory, type Manifest, type SignerOptions, type VerifierOptions } from '../../src/security/index.js';
import type { MessageSink, OutgoingMessage, SinkStats } from '../../src/transport/types.js';
import { BSM, bsmBundle } from '../transport/vectors.js';

/** 2026-06-01T12:00:00Z: the tests' "now". */
export const T0 = Date.UTC(2026, 5, 1, 12, 0, 0);

export interface Bench {
  dir: string;
  manifest: Manifest;
  loaded: LoadedDirectory;
  clock: ManualClock;
  cleanup(): void;
}

/** A certificate directory valid from an hour before T0 (pseudonyms for a week), and a clock at T0. */
export async function bench(opts: { pseudonyms?: number; psids?: number[]; pointForm?: 'compressed' | 'uncompressed' } = {}): Promise<Bench> {
  const dir = mkdtempSync(join(tmpdir(), 'v2x-certs-'));
  const clock = new ManualClock(T0);
  const manifest = await initCertificateDirectory({ dir, pseudonyms: opts.pseudonyms ?? 4, clock, ...(opts.psids ? { psids: opts.psids } : {}), ...(opts.pointForm ? { pointForm: opts.pointForm } : {}) });
  const loaded = await loadCertificateDirectory(dir);
  return { dir, manifest, loaded, clock, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function signerFor(b: Bench, o: Partial<SignerOptions> = {}): MessageSigner {
  return new MessageSigner({ pseudonyms: b.loaded.pseudonyms, authorities: [...b.loaded.authorities, b.loaded.root], clock: b.clock, rng: seeded(7), ...o });
}

export function verifierFor(b: Bench, o: Partial<VerifierOptions> = {}): Verifier {
  return new Verifier({ trust: b.loaded.trust, clock: b.clock, p2pcd: new P2pcd(), ...o });
}

let n = 0;
/** A BSM as the loop hands it over (a new object each time, as the engine makes one per message). */
export function bsmMessage(frame = BSM()): OutgoingMessage {
  return { frame, messageId: 20, type: 'BSM', t: n++ };
}

export function seeded(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 4294967296;
  };
}

/** A MessageSink that keeps what it is given (the full contract: stats, onError, close). */
export class RecordingSink implements MessageSink {
  readonly stats: SinkStats = { sent: 0, errors: 0, bytes: 0 };
  readonly messages: OutgoingMessage[] = [];
  onError?: (err: Error) => void;
  closed = false;
  constructor(readonly name = 'recording') {}
  send(msg: OutgoingMessage): void {
    if (this.closed) {
      this.stats.errors++;
      this.onError?.(new Error('closed'));
      return;
    }
    this.messages.push(msg);
    this.stats.sent++;
    this.stats.bytes += msg.frame.length;
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

/** Distinct real BSMs (asn1_codec's bundle holds 64 different ones, some twice). */
export function distinctBsms(): Uint8Array[] {
  return [...new Map(bsmBundle().map((f) => [Buffer.from(f).toString('hex'), f])).values()];
}
