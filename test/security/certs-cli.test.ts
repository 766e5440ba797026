/** `v2x-edge certs init` and `certs show` through the real entry point. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSigner, createVerifier, readManifest } from '../../src/security/index.js';
import { runCli } from '../cli/run-cli.js';
import { bsmMessage } from './helpers.js';

const base = mkdtempSync(join(tmpdir(), 'v2x-certs-cli-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));

describe('v2x-edge certs', () => {
  it('init makes a chain a signer and a verifier use; show prints it', { timeout: 60_000 }, async () => {
    const dir = join(base, 'bench');
    const r = await runCli(['certs', 'init', '--dir', dir, '--pseudonyms', '3', '--psid', '0x20,0x82', '--hours', '24']);
    expect(r.code, r.stderr).toBe(0);
    const m = readManifest(dir);
    expect(r.stdout).toContain(m.root.hashedId8);
    expect(m.pseudonyms).toHaveLength(3);
    expect(m.pseudonyms[0]!.psids).toEqual([0x20, 0x82]);
    expect(Date.parse(m.pseudonyms[0]!.validTo) - Date.parse(m.pseudonyms[0]!.validFrom)).toBe(24 * 3_600_000);
    expect(statSync(join(dir, 'pseudonyms/0002.key')).mode & 0o777).toBe(0o600);
    const signer = await createSigner({ certsDir: dir });
    expect(createVerifier({ trust: dir }).verify(signer.secure(bsmMessage())).status).toBe('verified');

    const show = await runCli(['certs', 'show', '--dir', dir]);
    expect(show.code).toBe(0);
    const rows = show.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((x) => x.role)).toEqual(['root', 'enrolment', 'pseudonym 0', 'pseudonym 1', 'pseudonym 2']);
    expect(rows[0]).toMatchObject({ hashedId8: m.root.hashedId8, issuer: 'self', issues: ['all'] });
    expect(rows[2]).toMatchObject({ issuer: m.enrolment.hashedId8, psids: ['0x20', '0x82'] });
    const one = await runCli(['certs', 'show', join(dir, 'enrolment.cert')]);
    expect(JSON.parse(one.stdout)).toMatchObject({ hashedId8: m.enrolment.hashedId8, issues: ['0x20,0x82'] });
  });

  it('refuses to overwrite without --force; usage errors exit 2', { timeout: 60_000 }, async () => {
    const dir = join(base, 'twice');
    expect((await runCli(['certs', 'init', '--dir', dir, '--pseudonyms', '1'])).code).toBe(0);
    const again = await runCli(['certs', 'init', '--dir', dir, '--pseudonyms', '1']);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already there \(use --force/);
    expect((await runCli(['certs', 'init', '--dir', dir, '--pseudonyms', '1', '--force'])).code).toBe(0);
    expect((await runCli(['certs', 'init'])).code).toBe(2);
    expect((await runCli(['certs', 'init', '--dir', dir, '--psid', 'BSM'])).code).toBe(2);
    expect((await runCli(['certs', 'frobnicate'])).code).toBe(2);
  });
});
