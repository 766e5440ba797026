/**
 * What `npm install v2x-edge` gets: the bundled drive with its licence and sources (the main
 * job replays it), the vehicle profiles and the project's licence, as `npm pack` lists them.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './run-cli.js';

describe('the package', () => {
  it('carries its licence, the bundled drive with its own licence and sources, and the vehicle profiles; no test tree', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    const files = new Set((JSON.parse(r.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path));
    const drive = 'data/drives/toyota-rav4-2017-seg40';
    for (const f of ['can0.log', 'gnss.nmea', 'LICENSE.comma2k19', 'SOURCES.md']) expect(files, `${drive}/${f}`).toContain(`${drive}/${f}`);
    expect([...files].some((f) => f.startsWith('src/vehicle/profiles/'))).toBe(true);
    expect(files).toContain('package.json');
    expect(files).toContain('LICENSE');
    // Nothing of the test tree or the standards' modules goes out.
    expect([...files].filter((f) => f.startsWith('test/') || f.endsWith('.asn'))).toEqual([]);
  });
});
