// ESM resolve hook of guard.mjs (runs in the loader thread): the same rules for `import`.
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let logPath;
let pkgDir;
let minimalFiles;

export function initialize(data) {
  logPath = data.logPath;
  pkgDir = data.pkgDir;
  minimalFiles = new Set(data.minimalFiles);
}

const log = (entry) => appendFileSync(logPath, `${JSON.stringify(entry)}\n`);
const allowedRequest = (request) => !/^protobufjs(\/|$)/.test(request) || /^protobufjs\/minimal(\.js)?$/.test(request);

export async function resolve(specifier, context, nextResolve) {
  const from = context.parentURL?.startsWith('file:') ? fileURLToPath(context.parentURL) : (context.parentURL ?? null);
  if (specifier.endsWith('.proto') || !allowedRequest(specifier)) {
    log({ kind: 'module', via: 'esm', request: specifier, file: null, from, allowed: false });
    throw new Error(`proto-guard: import '${specifier}': only protobufjs/minimal and static code may load at run time`);
  }
  const r = await nextResolve(specifier, context);
  const file = r.url.startsWith('file:') ? fileURLToPath(r.url) : r.url;
  if (file.startsWith(pkgDir + '/')) {
    const allowed = minimalFiles.has(file);
    log({ kind: 'module', via: 'esm', request: specifier, file, from, allowed });
    if (!allowed) throw new Error(`proto-guard: import '${specifier}' -> ${file}: not part of protobufjs/minimal`);
  }
  return r;
}
