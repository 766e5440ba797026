/**
 * `npm run gen:asn1` as CI runs it: a notice (not a failure) without the modules; with them,
 * the committed code checks clean, a changed constraint is caught as drift naming the file,
 * and a broken module names the module, the type and the line. The modules are read from
 * ../shared/asn1 and copied to a temporary folder only, never into the repository.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/run-cli.js';

const shared = join(repoRoot, '..', 'shared', 'asn1');
const tmp = mkdtempSync(join(tmpdir(), 'v2x-gen-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function gen(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'asn1', 'compiler', 'cli.ts'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('gen:asn1', () => {
  it('without the modules: a notice and exit 0', () => {
    const r = gen(['--check', '--modules', join(tmp, 'absent')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^notice: no ASN\.1 modules at .*absent; generated code not regenerated/);
  }, 60_000);

  it.skipIf(!existsSync(shared))('with the modules: the committed CSAE code is current; a changed constraint is drift, naming the file and line', () => {
    const ok = gen(['--check', '--modules', shared, '--edition', 'csae53-2017']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/csae53-2017: checked \d+ files/);

    const copy = join(tmp, 'drift');
    cpSync(join(shared, 'csae53-2017'), join(copy, 'csae53-2017'), { recursive: true });
    const f = join(copy, 'csae53-2017', 'MsgFrame.asn');
    const text = readFileSync(f, 'utf8');
    expect(text).toMatch(/MsgCount ::= INTEGER \(0\.\.127\)/);
    writeFileSync(f, text.replace(/MsgCount ::= INTEGER \(0\.\.127\)/, 'MsgCount ::= INTEGER (0..255)'));
    const drift = gen(['--check', '--modules', copy, '--edition', 'csae53-2017']);
    expect(drift.code).toBe(1);
    expect(drift.stderr).toMatch(/asn1\/generated\/csae53-2017\/\w+\.ts differs from a fresh generation \(first at line \d+\)/);
    expect(drift.stderr).toMatch(/generated code is out of date/);
  }, 120_000);

  it.skipIf(!existsSync(shared))('a module that does not parse, or names a type that does not exist: the module, the type and the line', () => {
    for (const [broken, why] of [['INTEGER (0..12x7)', /expected '\)' in constraint, found 'x7'/], ['INTEGR (0..127)', /unknown reference 'INTEGR'/]] as const) {
      const copy = join(tmp, `broken-${broken.length}`);
      cpSync(join(shared, 'csae53-2017'), join(copy, 'csae53-2017'), { recursive: true });
      const f = join(copy, 'csae53-2017', 'MsgFrame.asn');
      const lines = readFileSync(f, 'utf8').split('\n');
      const at = lines.findIndex((l) => /MsgCount ::= INTEGER \(0\.\.127\)/.test(l));
      expect(at).toBeGreaterThan(0);
      lines[at] = lines[at]!.replace('INTEGER (0..127)', broken);
      writeFileSync(f, lines.join('\n'));
      const r = gen(['--check', '--modules', copy, '--edition', 'csae53-2017']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`csae53-2017: MsgFrame.asn:${at + 1}, module MsgFrame, type MsgCount: `);
      expect(r.stderr).toMatch(why);
    }
  }, 120_000);
});
