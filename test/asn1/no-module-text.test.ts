/**
 * The standards' modules are licensed for internal use: the generated code may carry their
 * names, tags and constraints, never their text. For each edition, every comment of the
 * modules (in ../shared/asn1, so this runs where the regeneration check runs) is looked for
 * in the comments and the string literals of the generated code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/run-cli.js';

const shared = join(repoRoot, '..', 'shared', 'asn1');
const EDITIONS = ['j2735-2016', 'j2735-2020', 'j2735-2024', 'csae53-2017'];

function files(dir: string, ext: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(e.parentPath, e.name));
}

const norm = (t: string): string => t.replace(/\s+/g, ' ').trim().toLowerCase();

/** The modules' comment texts of some length (`-- ... --`, `-- ...` to the end of the line, `/* ... *\/`). */
function moduleComments(dir: string): Set<string> {
  const out = new Set<string>();
  for (const f of files(dir, '.asn')) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\/\*([\s\S]*?)\*\//g)) for (const l of m[1]!.split(/\r?\n/)) out.add(norm(l));
    for (const line of text.split(/\r?\n/)) {
      for (const m of line.matchAll(/--(.*?)(?:--|$)/g)) out.add(norm(m[1]!));
    }
  }
  return new Set([...out].filter((t) => t.length >= 24 && t.includes(' ')));
}

/** Comments and multi-word string literals of the generated code. */
function generatedText(dir: string): string[] {
  const out: string[] = [];
  for (const f of files(dir, '.ts')) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/\/\/(.*)$/gm)) out.push(norm(m[1]!));
    for (const m of text.matchAll(/\/\*([\s\S]*?)\*\//g)) out.push(norm(m[1]!));
    for (const m of text.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)) {
      const s = m[1] ?? m[2] ?? m[3] ?? '';
      if (s.includes(' ')) out.push(norm(s));
    }
  }
  return out;
}

describe.skipIf(!existsSync(shared))('generated code carries no text of the modules', () => {
  for (const ed of EDITIONS) {
    it(ed, () => {
      const comments = moduleComments(join(shared, ed));
      // The check saw the modules' prose (they are heavily commented).
      expect(comments.size).toBeGreaterThan(100);
      const gen = generatedText(join(repoRoot, 'asn1', 'generated', ed));
      expect(gen.length).toBeGreaterThan(0);
      const leaked = gen.filter((g) => [...comments].some((c) => g.includes(c)));
      expect(leaked).toEqual([]);
    });
  }
});
