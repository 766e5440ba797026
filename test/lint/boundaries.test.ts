/**
 * The folder boundaries of DESIGN.md are enforced by the lint configuration: this checks the
 * rules fire on code that crosses them (and stay quiet on code that does not).
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/run-cli.js';

const eslint = new ESLint({ cwd: repoRoot });

async function restricted(file: string, code: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath: join(repoRoot, file) });
  return r!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('asn1/ runtime and generated code: no Node I/O, nothing from hal/, src/, firmware-bridge/', async () => {
    expect(await restricted('asn1/runtime/probe.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toHaveLength(1);
    expect(await restricted('asn1/generated/j2735-2020/probe.ts', "import { Socket } from 'dgram';\nexport const a = Socket;\n")).toHaveLength(1);
    expect(await restricted('asn1/editions.ts', "import { x } from '../src/loop/engine.js';\nexport const a = x;\n")).toHaveLength(1);
    expect(await restricted('asn1/runtime/probe.ts', "import { BitReader } from './bits.js';\nexport const a = BitReader;\n")).toHaveLength(0);
  });

  it('hal/ knows nothing of messages; firmware-bridge/ only hal/', async () => {
    expect(await restricted('hal/can/probe.ts', "import { x } from '../../src/loop/engine.js';\nexport const a = x;\n")).toHaveLength(1);
    expect(await restricted('hal/gnss/probe.ts', "import { x } from '../../asn1/editions.js';\nexport const a = x;\n")).toHaveLength(1);
    expect(await restricted('firmware-bridge/host/probe.ts', "import { x } from '../../src/loop/engine.js';\nexport const a = x;\n")).toHaveLength(1);
    expect(await restricted('firmware-bridge/host/probe.ts', "import type { CanBus } from '../../hal/can/types.js';\nexport type A = CanBus;\n")).toHaveLength(0);
  });
});
