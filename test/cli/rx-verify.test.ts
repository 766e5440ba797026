/**
 * `v2x-edge rx --verify --trust DIR` on what `v2x-edge run --sign --certs DIR` sends: signed
 * BSMs verify; unsigned ones are dropped (default policy) or passed on marked (`--policy mark`);
 * a receiver trusting another authority rejects them.
 */
import { createSocket } from 'node:dgram';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startCli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'v2x-rxv-'));
const certs = join(tmp, 'certs');
const other = join(tmp, 'other');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
beforeAll(async () => {
  expect((await runCli(['certs', 'init', '--dir', certs])).code).toBe(0);
  expect((await runCli(['certs', 'init', '--dir', other])).code).toBe(0);
}, 60_000);

async function freePort(): Promise<number> {
  const s = createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
  const port = s.address().port;
  s.close();
  return port;
}

async function receive(rxArgs: string[], runArgs: string[]): Promise<{ lines: { security?: { signatureVerified: boolean; verification?: { status: string } } }[]; stderr: string }> {
  const port = await freePort();
  const rx = startCli(['rx', '--listen', `udp://127.0.0.1:${port}`, '--duration', '6', ...rxArgs]);
  await new Promise((r) => setTimeout(r, 1500));
  const run = await runCli(['run', '--speed', '4', '--duration', '6', '--quiet', '--udp', `127.0.0.1:${port}`, ...runArgs]);
  expect(run.code).toBe(0);
  const r = await rx.result;
  expect(r.code).toBe(0);
  return { lines: r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as never), stderr: r.stderr };
}

describe('v2x-edge rx --verify', () => {
  it('signed BSMs from a trusted authority verify', async () => {
    const { lines, stderr } = await receive(['--verify', '--trust', certs], ['--sign', '--certs', certs]);
    expect(lines.length).toBeGreaterThanOrEqual(12);
    expect(lines.every((l) => l.security?.signatureVerified === true && l.security.verification?.status === 'verified')).toBe(true);
    expect(stderr).toMatch(/verification: \d+ signed or unsigned checked \(verified \d+\)/);
  }, 60_000);

  it('unsigned BSMs are dropped by default and passed on marked with --policy mark', async () => {
    const dropped = await receive(['--verify', '--trust', certs], []);
    expect(dropped.lines.length).toBe(0);
    expect(dropped.stderr).toMatch(/UNVERIFIED: unsigned/);
    const marked = await receive(['--verify', '--trust', certs, '--policy', 'mark'], []);
    expect(marked.lines.length).toBeGreaterThanOrEqual(12);
    expect(marked.lines.every((l) => l.security?.signatureVerified === false && l.security.verification?.status === 'unsigned')).toBe(true);
  }, 60_000);

  it('signatures from an authority the receiver does not trust are rejected', async () => {
    const { lines, stderr } = await receive(['--verify', '--trust', other], ['--sign', '--certs', certs]);
    expect(lines.length).toBe(0);
    expect(stderr).toMatch(/UNVERIFIED: (untrusted|unknown-signer|bad-chain)/);
  }, 60_000);
});
