/**
 * Signed IEEE 1609.2 data as received: seeds signed with real keys by a bench chain (made in a
 * temporary directory at setup), with both signer kinds, generation location, P2PCD requests
 * and a requested certificate; mutated as values (re-encoded, so that the structure holds and
 * the verifier's checks run) and as octets. The verifier lives for the whole run (its
 * certificate cache, replay table and P2PCD state must stay bounded) and must return a result
 * for every input: it never throws.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock } from '../../../hal/clock.js';
import { initCertificateDirectory, loadCertificateDirectory, MessageSigner, P2pcd, Verifier } from '../../../src/security/index.js';
import type { FuzzSession, FuzzTarget } from '../engine.js';
import { hexFixture, mustNotThrow } from './common.js';
import { envelopeGenerator, envelopeSeeds } from './envelopes.js';

const T0 = Date.UTC(2026, 5, 1, 12, 0, 0);

/** Signed SPDUs of real BSMs, SPaTs and MAPs from a fresh bench chain, and the verifier that trusts it. */
export async function signedSpdus(): Promise<{ spdus: Uint8Array[]; verifier: Verifier; clock: ManualClock }> {
  const dir = mkdtempSync(join(tmpdir(), 'v2x-fuzz-certs-'));
  try {
    const clock = new ManualClock(T0);
    await initCertificateDirectory({ dir, pseudonyms: 3, psids: [0x20, 0x82], clock });
    const d = await loadCertificateDirectory(dir);
    const p2pcd = new P2pcd();
    p2pcd.want(Uint8Array.of(1, 2, 3), 0);
    const signer = new MessageSigner({ pseudonyms: d.pseudonyms, authorities: [...d.authorities, d.root], clock, location: () => ({ latitude: 377749000, longitude: -1224194000, elevation: 4095 }), p2pcd });
    const frames = [
      ['BSM', 20, 'vectors/j2735/asn1_codec-data/BSM_MessageFrame.hex'],
      ['SPAT', 19, 'vectors/j2735/jpo-ode/SPAT_001.hex'],
      ['MAP', 18, 'vectors/j2735/jpo-ode/MAP_001.hex'],
    ] as const;
    const spdus: Uint8Array[] = [];
    for (let i = 0; i < 24; i++) {
      const [type, messageId, file] = frames[i % 3]!;
      if (i === 12) signer.rotate();
      if (i === 18) signer.p2pcd.peerRequested([Uint8Array.from(Buffer.from(d.manifest.enrolment.hashedId8.slice(10), 'hex'))]);
      spdus.push(signer.secure({ frame: hexFixture(file), messageId, type, t: i }));
      clock.advance(300);
    }
    return { spdus, verifier: new Verifier({ trust: d.trust, clock, p2pcd: new P2pcd(), maxAgeMs: 60_000 }), clock };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A result other than verified, thrown so that the run counts it by status (never a failure). */
class Verdict {
  constructor(readonly status: string) {}
}

async function verifySession(): Promise<FuzzSession> {
  const { spdus, verifier, clock } = await signedSpdus();
  const seeds = await envelopeSeeds(() => Promise.resolve(spdus));
  const generate = envelopeGenerator(seeds);
  let n = 0;
  return {
    seeds,
    generate,
    run(input) {
      const r = mustNotThrow('Verifier.verify', () => verifier.verify(input));
      // Time moves on slowly, so that replays and the window are exercised too.
      if (++n % 64 === 0) clock.advance(1);
      if (!r.verified) throw new Verdict(r.status);
    },
    expected: (e) => (e instanceof Verdict ? e.status : undefined),
  };
}

export const securityTargets: FuzzTarget[] = [
  { name: 'dot2-verify', summary: 'IEEE 1609.2 signed data through the verifier (chain, PSID, time window, replay, P2PCD state)', setup: verifySession },
];
