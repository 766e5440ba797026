/** Reads a folder of ASN.1 modules and compiles it to the intermediate form. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ModuleAst } from './ast.js';
import type { IrEdition } from './ir.js';
import { Parser } from './parser.js';
import { resolveEdition } from './resolve.js';

export function parseFolder(dir: string): ModuleAst[] {
  const files = readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.asn') || f.toLowerCase().endsWith('.asn1')).sort();
  if (files.length === 0) throw new Error(`no .asn files in ${dir}`);
  const texts = files.map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
  const classNames = new Set<string>();
  for (const { file, text } of texts) for (const c of Parser.scanClassNames(text, file)) classNames.add(c);
  return texts.flatMap(({ file, text }) => Parser.parseFile(text, file, classNames));
}

export function compileFolder(edition: string, dir: string): IrEdition {
  return resolveEdition(edition, parseFolder(dir));
}
