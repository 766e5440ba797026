/**
 * `npm run gen:proto [-- --check]`: generates the code of the bridge contract from
 * firmware-bridge/proto/v1/bridge.proto.
 *
 * - TypeScript (host): protobufjs static code (pbjs static-module, ESM) and its declarations
 *   (pbts), so nothing parses .proto files at run time. pbjs emits JavaScript; to ship it
 *   through `tsc` it is written as `bridge_v1_code.ts` under `@ts-nocheck`, the declarations as
 *   `bridge_v1_types.ts`, and `bridge_v1.ts` joins the two into one typed export.
 * - C (MCU): nanopb_generator.py -> firmware-bridge/mcu/generated/bridge.pb.{c,h}.
 *
 * The output is byte-identical on every run. `--check` generates into a temporary folder and
 * exits 1 when the committed files differ; a missing tool is reported and its part skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const bridgeDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoDir = resolve(bridgeDir, '..');
const protoDir = join(bridgeDir, 'proto', 'v1');
const protoFile = join(protoDir, 'bridge.proto');
const tsOut = join(bridgeDir, 'generated');
const cOut = join(bridgeDir, 'mcu', 'generated');
const check = process.argv.includes('--check');

const rel = (p: string): string => relative(repoDir, p).split('\\').join('/');
const cliVersion = (JSON.parse(readFileSync(join(repoDir, 'node_modules', 'protobufjs-cli', 'package.json'), 'utf8')) as { version: string }).version;

function header(what: string): string {
  return `// Generated from ${rel(protoFile)} by ${rel(join(bridgeDir, 'scripts', 'gen.ts'))} (${what}); do not edit.\n`;
}

function bin(name: string): string {
  return join(repoDir, 'node_modules', '.bin', name);
}

/** pbjs + pbts -> the three TypeScript files, as { name: content }. */
function generateTs(work: string): Record<string, string> {
  const js = join(work, 'bridge_v1.js');
  const dts = join(work, 'bridge_v1.d.ts');
  execFileSync(bin('pbjs'), [
    '-t', 'static-module', '-w', 'esm', '--force-number', '--no-delimited', '--no-typeurl', '--no-service', '--no-verify',
    '-p', protoDir, '-o', js, protoFile,
  ], { cwd: repoDir, stdio: ['ignore', 'inherit', 'inherit'] });
  execFileSync(bin('pbts'), ['-o', dts, js], { cwd: repoDir, stdio: ['ignore', 'inherit', 'inherit'] });

  const code = readFileSync(js, 'utf8');
  let types = readFileSync(dts, 'utf8');
  // The declarations as a module of ambient declarations: type-only import of protobufjs
  // (never loaded at run time: the code imports protobufjs/minimal only), no Long (all
  // 64-bit fields are numbers with --force-number).
  const lines = types.split('\n');
  if (lines[0] !== 'import * as $protobuf from "protobufjs";') throw new Error(`pbts output changed: first line ${lines[0]}`);
  lines[0] = 'import type * as $protobuf from "protobufjs";';
  types = lines.filter((l) => l !== 'import Long = require("long");').join('\n');
  if (/\bLong\b/.test(types)) throw new Error('pbts output uses Long although --force-number is set');
  if (!types.includes('\nexport namespace v2xedge {')) throw new Error('pbts output changed: no top-level namespace v2xedge');
  types = types.replace('\nexport namespace v2xedge {', '\nexport declare namespace v2xedge {');

  const via = `protobufjs-cli ${cliVersion}`;
  return {
    'bridge_v1_code.ts': `${header(`pbjs static-module, ${via}`)}// @ts-nocheck -- JavaScript emitted by pbjs; its types are in bridge_v1_types.ts.\n${code}`,
    'bridge_v1_types.ts': `${header(`pbts, ${via}`)}${types}`,
    'bridge_v1.ts': `${header(via)}` +
      `// The static protobuf code of contract v1 with its declared types.\n` +
      `import $protobuf from 'protobufjs/minimal.js';\n` +
      `import { v2xedge as code } from './bridge_v1_code.js';\n` +
      `import type { v2xedge as types } from './bridge_v1_types.js';\n\n` +
      `// 64-bit fields decode to numbers, as declared (--force-number): every 64-bit field of the\n` +
      `// contract is a microsecond time far below 2^53. protobufjs otherwise returns Long objects\n` +
      `// whenever the long package is installed.\n` +
      `$protobuf.util.Long = null as unknown as typeof $protobuf.util.Long;\n` +
      `$protobuf.configure();\n\n` +
      `export type { types };\n` +
      `/** The generated message classes of package v2xedge.bridge.v1. */\n` +
      `export const pb: typeof types.bridge.v1 = (code as { bridge: { v1: typeof types.bridge.v1 } }).bridge.v1;\n`,
  };
}

function which(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** nanopb_generator.py -> bridge.pb.c / bridge.pb.h, or undefined when the tool is missing. */
function generateC(work: string): Record<string, string> | undefined {
  const missing = ['nanopb_generator.py', 'protoc'].filter((t) => !which(t));
  if (missing.length > 0) {
    process.stdout.write(`NOTICE: ${missing.join(', ')} not found (Debian packages nanopb, protobuf-compiler): the nanopb C files were not ${check ? 'checked' : 'regenerated'}.\n`);
    return undefined;
  }
  const out = join(work, 'c');
  mkdirSync(out);
  execFileSync('nanopb_generator.py', ['--error-on-unmatched', '-q', '-D', out, '-I', protoDir, protoFile], { cwd: protoDir, stdio: ['ignore', 'inherit', 'inherit'] });
  const files: Record<string, string> = {};
  for (const f of readdirSync(out).sort()) files[f] = readFileSync(join(out, f), 'utf8');
  return files;
}

function apply(dir: string, files: Record<string, string>): number {
  let differences = 0;
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (old === content) continue;
    differences++;
    if (check) process.stdout.write(`DIFF: ${rel(path)} ${old === undefined ? 'is missing' : 'differs from a fresh generation'}\n`);
    else {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path, content);
      process.stdout.write(`wrote ${rel(path)}\n`);
    }
  }
  if (existsSync(dir)) {
    for (const f of readdirSync(dir)) {
      if (files[f] !== undefined) continue;
      differences++;
      process.stdout.write(`${check ? 'DIFF' : 'stale'}: ${rel(join(dir, f))} is not produced by the generator\n`);
    }
  }
  return differences;
}

const work = mkdtempSync(join(tmpdir(), 'bridge-gen-'));
try {
  let differences = apply(tsOut, generateTs(work));
  const c = generateC(work);
  if (c !== undefined) differences += apply(cOut, c);
  if (check) {
    if (differences > 0) {
      process.stdout.write(`${differences} generated file(s) differ: run \`npm run gen:proto\` and commit the result.\n`);
      process.exitCode = 1;
    } else process.stdout.write(c === undefined ? 'generated TypeScript is up to date (nanopb C files not checked: see the notice above)\n' : 'generated bridge code (TypeScript and nanopb C) is up to date\n');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
