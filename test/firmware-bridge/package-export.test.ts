/**
 * The bridge is importable by its package path, as an application that depends on v2x-edge
 * would import it: `import { FirmwareBridge } from 'v2x-edge/firmware-bridge'`, with the HAL's
 * clock from `v2x-edge/hal/clock.js` (the built package, plain Node, resolved through
 * package.json "exports").
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/run-cli.js';
import { skipNotice } from './harness.js';

const built = existsSync(join(repoRoot, 'dist', 'firmware-bridge', 'index.js'));
skipNotice('the bridge by its package path', built ? undefined : 'dist/ not built (npm run build)');

describe.skipIf(!built)('v2x-edge/firmware-bridge', () => {
  it('resolves through "exports" to the built bridge, with its HAL devices and framing', () => {
    const script = [
      "const m = await import('v2x-edge/firmware-bridge');",
      "const { SystemClock } = await import('v2x-edge/hal/clock.js');",
      "const bridge = new m.FirmwareBridge({ path: '/dev/null-bridge', clock: new SystemClock() });",
      "console.log(JSON.stringify({ url: import.meta.resolve('v2x-edge/firmware-bridge'), keys: Object.keys(m).sort(), frame: Array.from(m.encodeFrame(new Uint8Array([1, 0, 2]))), state: bridge.link.state }));",
    ].join(' ');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { url: string; keys: string[]; frame: number[]; state: string };
    expect(out.url).toBe(`file://${join(repoRoot, 'dist', 'firmware-bridge', 'index.js')}`);
    expect(out.keys).toEqual(expect.arrayContaining(['FirmwareBridge', 'BridgeCanBus', 'BridgeGnssSource', 'BridgeLink', 'FrameDecoder', 'encodeFrame', 'pb']));
    expect(out.frame.at(-1)).toBe(0); // a COBS frame ends with its delimiter
    expect(out.frame.slice(0, -1)).not.toContain(0);
    expect(out.state).toBe('closed'); // built with the HAL's clock from its package path; not started
  });
});
