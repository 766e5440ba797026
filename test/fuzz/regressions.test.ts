/**
 * Inputs that once failed a fuzz target (test/fixtures/fuzz/<target>/*.bin, each with a .json
 * saying what went wrong and how to regenerate it) must now decode or be rejected with the
 * typed error, on a fresh decoder, within the time bound. They run through `npm run fuzz --
 * --replay` so that a hang is caught by its watchdog instead of stopping the suite.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { targetNamed } from './targets/index.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const cases = join(repo, 'test', 'fixtures', 'fuzz');

describe('fuzz regression cases', () => {
  const targets = readdirSync(cases).filter((t) => statSync(join(cases, t)).isDirectory());

  it('every case names a target and comes with its note', () => {
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) {
      expect(targetNamed(t), t).toBeDefined();
      const files = readdirSync(join(cases, t));
      const bins = files.filter((f) => f.endsWith('.bin'));
      expect(bins.length, t).toBeGreaterThan(0);
      for (const b of bins) expect(files).toContain(b.replace(/\.bin$/, '.json'));
    }
  });

  it('every case now decodes or is rejected with the typed error', { timeout: 600_000 }, () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'test/fuzz/cli.ts'), '--replay', cases, '--json'], { cwd: repo, encoding: 'utf8', timeout: 550_000 });
    const rows = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as { file: string; outcome: string; detail: string });
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((x) => x.outcome !== 'accepted' && x.outcome !== 'rejected')).toEqual([]);
    expect(r.status).toBe(0);
  });
});
