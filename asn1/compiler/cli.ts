/**
 * `npm run gen:asn1 [-- --modules DIR] [--edition NAME] [--check] [--ir FILE]`
 *
 * Compiles the standards' ASN.1 modules (never part of this repository: see README,
 * "ASN.1 modules") into asn1/generated/<edition>/. DIR holds one folder per edition
 * (default ../shared/asn1). `--check` regenerates in memory and fails when the committed
 * output differs; when DIR is absent it prints a notice and succeeds. `--ir FILE` also
 * writes the intermediate form as JSON.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { emitEdition } from './emit.js';
import { CompileError } from './errors.js';
import { compileFolder } from './load.js';

export const EDITIONS: Record<string, string> = {
  'j2735-2016': 'SAE J2735 2016 (J2735_201603)',
  'j2735-2020': 'SAE J2735 2020 (J2735_202007)',
  'j2735-2024': 'SAE J2735 2024 (J2735_202409) with the J2945/J3186/J3217/J3224 modules it imports',
  'csae53-2017': 'T/CSAE 53-2017',
};

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function main(): number {
  const modules = resolve(arg('--modules') ?? join(repo, '..', 'shared', 'asn1'));
  const only = arg('--edition');
  const check = process.argv.includes('--check');
  const irOut = arg('--ir');
  if (!existsSync(modules)) {
    process.stdout.write(`notice: no ASN.1 modules at ${modules}; generated code not regenerated (the committed output is used as is)\n`);
    return 0;
  }
  let failed = false;
  for (const [edition, title] of Object.entries(EDITIONS)) {
    if (only && only !== edition) continue;
    const dir = join(modules, edition);
    if (!existsSync(dir)) {
      process.stdout.write(`notice: ${dir} not found; ${edition} not regenerated\n`);
      continue;
    }
    let files: Record<string, string>;
    try {
      const ir = compileFolder(edition, dir);
      if (irOut) writeFileSync(irOut, JSON.stringify(ir, null, 1));
      files = emitEdition(ir, { title, runtime: '../../runtime' });
    } catch (e) {
      if (e instanceof CompileError) {
        process.stderr.write(`${edition}: ${e.message}\n`);
        failed = true;
        continue;
      }
      throw e;
    }
    const outDir = join(repo, 'asn1', 'generated', edition);
    for (const [name, text] of Object.entries(files)) {
      const path = join(outDir, name);
      if (check) {
        const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        if (old !== text) {
          const oldLines = (old ?? '').split('\n');
          const newLines = text.split('\n');
          let i = 0;
          while (i < oldLines.length && i < newLines.length && oldLines[i] === newLines[i]) i++;
          process.stderr.write(`asn1/generated/${edition}/${name} differs from a fresh generation (first at line ${i + 1}):\n  committed: ${oldLines[i] ?? '(missing)'}\n  generated: ${newLines[i] ?? '(missing)'}\n`);
          failed = true;
        }
      } else {
        mkdirSync(outDir, { recursive: true });
        writeFileSync(path, text);
      }
    }
    process.stdout.write(`${edition}: ${check ? 'checked' : 'generated'} ${Object.keys(files).length} files\n`);
  }
  if (failed && check) process.stderr.write('generated code is out of date: run `npm run gen:asn1` and commit the result\n');
  return failed ? 1 : 0;
}

process.exitCode = main();
