/**
 * End to end with the real commands: `v2x-edge certs init`, then `v2x-edge run --sign
 * --certs DIR --wsmp --pcap FILE --udp ...` on the bundled drive in real time. A receiver on
 * loopback verifies every datagram as it arrives; tshark dissects the capture: every frame
 * is WSMP (PSID 0x20) with IEEE 1609.2 signed data, the full certificate at least once a
 * second, generation times within the run; with the identity changing every 1.5 s, each
 * TemporaryID has its own certificate and its own MAC address. With `--listen`, a vehicle
 * heard for the first time makes the next BSM carry the full certificate.
 */
import { createSocket, type Socket } from 'node:dgram';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import { fromHex, toHex } from '../../asn1/runtime/values.js';
import { createVerifier, type VerificationResult } from '../../src/security/index.js';
import { utcMsToTime64 } from '../../src/transport/ieee1609dot2/index.js';
import { runCli, startCli, untilUdpBound } from '../cli/run-cli.js';
import { bytesHex, field, fieldValues, tsharkJson, tsharkSkipReason } from '../transport/tshark.js';
import { BSM } from '../transport/vectors.js';

const tmp = mkdtempSync(join(tmpdir(), 'v2x-e2e-sign-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const skipTshark = tsharkSkipReason();

/** A chain made by `certs init`, and a loopback socket that verifies every datagram against it. */
async function verifyingReceiver(name: string, pseudonyms: number): Promise<{ certs: string; results: VerificationResult[]; sock: Socket }> {
  const certs = join(tmp, name);
  expect((await runCli(['certs', 'init', '--dir', certs, '--pseudonyms', String(pseudonyms)])).code).toBe(0);
  const verifier = createVerifier({ trust: certs });
  const results: VerificationResult[] = [];
  const sock = createSocket('udp4');
  sock.on('message', (m) => results.push(verifier.verify(new Uint8Array(m))));
  await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
  return { certs, results, sock };
}

describe('run --sign end to end', () => {
  it('signed BSMs verified on arrival; tshark reads the signed WSMP capture; pseudonyms change with the TemporaryID', { timeout: 120_000 }, async () => {
    const { certs, results, sock } = await verifyingReceiver('certs', 6);
    const config = join(tmp, 'run.json');
    writeFileSync(config, JSON.stringify({ j2945: { idChangePeriodMs: 1500, idChangeRandomMs: 0 } }));
    const pcap = join(tmp, 'signed.pcapng');
    const startWall = Date.now();
    const r = await runCli(['run', '--config', config, '--duration', '5', '--sign', '--certs', certs, '--wsmp', '--pcap', pcap, '--udp', `127.0.0.1:${sock.address().port}`, '--quiet']);
    const endWall = Date.now();
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/signed: \d+ \(full certificate \d+, digest \d+\), pseudonym changes \d+/);
    const signed = Number(/signed: (\d+)/.exec(r.stderr)![1]);
    await vi.waitUntil(() => results.length >= signed, { timeout: 2000, interval: 50 }).catch(() => undefined);
    await new Promise((res) => setTimeout(res, 100));
    sock.close();
    // Every BSM signed arrived (a loaded machine may send a few fewer than 50 in 5 s).
    expect(results.length).toBe(signed);
    expect(results.length).toBeGreaterThanOrEqual(40);
    expect(results.filter((x) => !x.verified).map((x) => `${x.status}: ${x.reason}`)).toEqual([]);

    if (skipTshark !== undefined) return;
    // The capture holds the UDP datagrams (as IP) and the WSMP frames (EtherType 0x88DC).
    const all = tsharkJson(pcap);
    const p = all.filter((pk) => field(pk, 'eth.type') === '0x88dc');
    expect(p.length).toBe(results.length);
    expect(all.length).toBe(2 * results.length);
    const rows = p.map((pk) => {
      expect(field(pk, 'wsmp.psid')).toBe('0x00000020');
      expect(fieldValues(pk, 'ieee1609dot2.content')).toEqual(['1', '0']);
      expect(fieldValues(pk, 'ieee1609dot2.psid')[0]).toBe('32');
      const gen = BigInt(field(pk, 'ieee1609dot2.generationTime')!);
      expect(gen >= utcMsToTime64(startWall) && gen <= utcMsToTime64(endWall)).toBe(true);
      const frame = fromHex(bytesHex(field(pk, 'ieee1609dot2.unsecuredData'))!);
      const core = (c2020.decode('MessageFrame', frame) as { value: { coreData: { id: Uint8Array } } }).value.coreData;
      const kind = field(pk, 'ieee1609dot2.signer')!;
      return { id: toHex(core.id), mac: field(pk, 'eth.src')!, kind, digest: kind === '0' ? bytesHex(field(pk, 'ieee1609dot2.digest')) : undefined, gen };
    });
    // The full certificate at least once a second of generation time.
    let lastCert: bigint | undefined;
    for (const x of rows) {
      if (x.kind === '1') lastCert = x.gen;
      else expect(lastCert !== undefined && x.gen - lastCert <= 1_000_000n, 'a digest more than 1 s after the last certificate').toBe(true);
    }
    // Identities: several, each with one MAC and one certificate (its digests all the same), all different.
    const ids = [...new Set(rows.map((x) => x.id))];
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const macs = ids.map((id) => [...new Set(rows.filter((x) => x.id === id).map((x) => x.mac))]);
    for (const m of macs) expect(m).toHaveLength(1);
    expect(new Set(macs.map((m) => m[0])).size).toBe(ids.length);
    const digests = ids.map((id) => [...new Set(rows.filter((x) => x.id === id && x.digest).map((x) => x.digest))]);
    for (const d of digests) expect(d.length).toBeLessThanOrEqual(1);
    const known = digests.filter((d) => d.length === 1).map((d) => d[0]);
    expect(new Set(known).size).toBe(known.length);
    // Each identity starts with its certificate.
    for (const id of ids) expect(rows.find((x) => x.id === id)!.kind).toBe('1');
  });

  it('run --listen --sign: a vehicle heard for the first time brings the full certificate in the next BSM', { timeout: 120_000 }, async () => {
    const { certs, results: got, sock } = await verifyingReceiver('certs-neighbour', 3);
    const probe = createSocket('udp4');
    await new Promise<void>((r) => probe.bind(0, '127.0.0.1', () => r()));
    const listenPort = probe.address().port;
    await new Promise<void>((r) => probe.close(() => r()));
    const run = startCli(['run', '--duration', '8', '--sign', '--certs', certs, '--listen', `udp://127.0.0.1:${listenPort}`, '--udp', `127.0.0.1:${sock.address().port}`, '--quiet']);
    for (let i = 0; i < 200 && got.length < 5; i++) await new Promise((res) => setTimeout(res, 50));
    expect(got.length).toBeGreaterThanOrEqual(5);
    // Five vehicles heard for the first time, 700 ms apart (the certificate cadence alone
    // puts it in about one BSM in ten), each as a bare UPER BSM with its own TemporaryID.
    const base = c2020.decode('MessageFrame', BSM()) as { value: { coreData: { id: Uint8Array } } };
    const heardAt: number[] = [];
    const out = createSocket('udp4');
    for (let v = 0; v < 5; v++) {
      await new Promise((res) => setTimeout(res, 700));
      base.value.coreData.id = Uint8Array.of(0x4e, 0x42, 0, v);
      const bsm = c2020.encode('MessageFrame', base as never);
      heardAt.push(Date.now());
      await new Promise<void>((r, j) => out.send(bsm, listenPort, '127.0.0.1', (e) => (e ? j(e) : r())));
    }
    out.close();
    const r = await run.result;
    await new Promise((res) => setTimeout(res, 200));
    sock.close();
    expect(r.code, r.stderr).toBe(0);
    expect(got.filter((x) => !x.verified).map((x) => `${x.status}: ${x.reason}`)).toEqual([]);
    for (const t of heardAt) {
      // One of the two BSMs generated after the neighbour was sent: the first may have been
      // built before the receiver had the datagram. (By the once-a-second cadence alone, about
      // one in five such pairs would hold a certificate; all five pairs, one in 3,000.)
      const next = got.filter((x) => x.generationTimeMs! > t).slice(0, 2);
      expect(next, `two BSMs after ${t}`).toHaveLength(2);
      expect(next.map((x) => x.signer?.kind), `the BSMs generated ${next.map((x) => Math.round(x.generationTimeMs! - t)).join(' and ')} ms after a new neighbour was sent`).toContain('certificate');
    }
  });

  it('v2x-edge rx --trust DIR verifies what run --sign sends', { timeout: 60_000 }, async (ctx) => {
    const help = await runCli(['rx', '--help']);
    if (!/--trust/.test(help.stdout)) {
      process.stderr.write('SKIP: v2x-edge rx has no --trust option yet (verification on receive is not wired into the command)\n');
      ctx.skip();
      return;
    }
    const certs = join(tmp, 'certs-rx');
    expect((await runCli(['certs', 'init', '--dir', certs, '--pseudonyms', '3'])).code).toBe(0);
    const probe = createSocket('udp4');
    await new Promise<void>((r) => probe.bind(0, '127.0.0.1', () => r()));
    const port = probe.address().port;
    await new Promise<void>((r) => probe.close(() => r()));
    // rx listens until stopped; run sends for 3 s once rx is listening: rx gets every BSM.
    const rx = startCli(['rx', '--listen', `udp://127.0.0.1:${port}`, '--trust', certs]);
    await untilUdpBound(port);
    const sent = await runCli(['run', '--duration', '3', '--sign', '--certs', certs, '--udp', `127.0.0.1:${port}`, '--quiet']);
    expect(sent.code, sent.stderr).toBe(0);
    await new Promise((res) => setTimeout(res, 300));
    rx.child.kill('SIGINT');
    const out = await rx.result;
    expect(out.code, out.stderr).toBe(0);
    const signed = Number(/signed: (\d+)/.exec(sent.stderr)![1]);
    expect(signed).toBeGreaterThanOrEqual(25);
    const lines = out.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { security?: { signatureVerified?: boolean } });
    expect(lines.length).toBe(signed);
    expect(lines.filter((l) => l.security?.signatureVerified !== true)).toEqual([]);
  });
});
