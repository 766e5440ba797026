/**
 * Pseudonym rotation tied to the BSM engine's identity change: over the bundled drive, every
 * change of TemporaryID comes with a new msgCnt sequence, another pseudonym certificate (sent
 * in full in the first message) and a new link-layer address; nothing of the old identity
 * is used with the new one. Every message verifies.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import { toHex } from '../../asn1/runtime/values.js';
import type { Clock, Timer } from '../../hal/clock.js';
import { bundledDriveDir, loadDrive } from '../../src/loop/drive.js';
import { runDrive } from '../../src/loop/pipeline.js';
import { hashedId8, SigningStage, type RotationInfo } from '../../src/security/index.js';
import { decodeIeee1609Dot2Data, type Certificate, type SignedData } from '../../src/transport/ieee1609dot2/index.js';
import { bench, RecordingSink, signerFor, T0, verifierFor, type Bench } from './helpers.js';

/** The drive's clock shifted to the certificates' time (the drive was recorded in 2018). */
class ShiftedClock implements Clock {
  base: Clock | undefined;
  offset = 0;
  private get b(): Clock {
    if (!this.base) throw new Error('no drive clock yet');
    return this.base;
  }
  now(): number {
    return this.base ? this.base.now() + this.offset : T0;
  }
  monotonic(): number {
    return this.base ? this.base.monotonic() : 0;
  }
  setTimeout(fn: () => void, ms: number): Timer {
    return this.b.setTimeout(fn, ms);
  }
  sleep(ms: number): Promise<void> {
    return this.b.sleep(ms);
  }
}

let b: Bench;
beforeAll(async () => {
  b = await bench({ pseudonyms: 5 });
});
afterAll(() => b.cleanup());

interface Sent {
  id: string;
  msgCnt: number;
  signer: string;
  kind: string;
}

describe('pseudonym rotation with the identity change', () => {
  it('TemporaryID, msgCnt, certificate and MAC change together; every message verifies', { timeout: 60_000 }, async () => {
    const clock = new ShiftedClock();
    const rotations: RotationInfo[] = [];
    const signer = signerFor(b, { clock, onRotate: (r) => rotations.push(r) });
    const out = new RecordingSink();
    const stage = new SigningStage(signer, [{ sink: out, form: 'frame' }]);
    const drive = loadDrive(bundledDriveDir());
    rotations.length = 0; // the signer's own first choice
    await runDrive({
      drive,
      edition: 'j2735-2020',
      profile: 'toyota-rav4-2017',
      sinks: [stage],
      config: { idChangePeriodMs: 5000, idChangeRandomMs: 0 },
      control: { speed: 'max' },
      onIdentityChange: signer.onIdentityChange,
      onCreated: (_p, c) => {
        clock.base = c;
        clock.offset = T0 - c.now();
      },
    });
    await stage.close();
    // Verified after the drive: the window covers its minute.
    const verifier = verifierFor(b, { clock, maxAgeMs: 120_000 });
    const sent: Sent[] = out.messages.map((m) => {
      expect(verifier.verify(m.frame).status).toBe('verified');
      const d = decodeIeee1609Dot2Data(m.frame).value;
      const sd = (d.content as { signedData: SignedData }).signedData;
      const frame = (sd.tbsData.payload.data!.content as { unsecuredData: Uint8Array }).unsecuredData;
      const bsm = (c2020.decode('MessageFrame', frame) as { value: { coreData: { id: Uint8Array; msgCnt: number } } }).value.coreData;
      const s = sd.signer;
      const signerId = 'digest' in s ? toHex(s.digest) : toHex(hashedId8((s as { certificate: [Certificate] }).certificate[0]));
      return { id: toHex(bsm.id), msgCnt: bsm.msgCnt, signer: signerId, kind: Object.keys(s)[0]! };
    });
    expect(sent.length).toBeGreaterThan(500);
    // Identities in order of use.
    const groups: Sent[][] = [];
    for (const s of sent) {
      const g = groups[groups.length - 1];
      if (g && g[0]!.id === s.id) g.push(s);
      else groups.push([s]);
    }
    expect(groups.length).toBeGreaterThanOrEqual(10);
    expect(new Set(groups.map((g) => g[0]!.id)).size).toBe(groups.length); // an identity never comes back
    for (const [i, g] of groups.entries()) {
      // One certificate per identity, sent in full first.
      expect(new Set(g.map((s) => s.signer)).size, `identity ${i}`).toBe(1);
      expect(g[0]!.kind).toBe('certificate');
      // msgCnt counts up within an identity.
      for (let k = 1; k < g.length; k++) expect(g[k]!.msgCnt).toBe((g[k - 1]!.msgCnt + 1) % 128);
      if (i > 0) expect(g[0]!.signer, `identity ${i} keeps the certificate of identity ${i - 1}`).not.toBe(groups[i - 1]![0]!.signer);
    }
    // The signer rotated at each identity change, with that TemporaryID and a new MAC.
    expect(rotations.map((r) => toHex(r.temporaryId!))).toEqual(groups.map((g) => g[0]!.id));
    expect(rotations.map((r) => r.hashedId8)).toEqual(groups.map((g) => g[0]!.signer));
    for (let i = 1; i < rotations.length; i++) expect(toHex(rotations[i]!.mac)).not.toBe(toHex(rotations[i - 1]!.mac));
    for (const r of rotations) expect(r.mac[0]! & 0x03).toBe(0x02); // locally administered, unicast
    // A certificate comes back only after every other one of the pool has been used.
    const pool = b.loaded.pseudonyms.length;
    expect(groups.length).toBeGreaterThan(pool);
    const order = groups.map((g) => g[0]!.signer);
    for (let i = 0; i + pool <= order.length; i += pool) expect(new Set(order.slice(i, i + pool)).size, `identities ${i}..${i + pool - 1}`).toBe(pool);
  });
});
