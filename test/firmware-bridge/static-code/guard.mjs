// Preloaded with `node --import` (before the program): any run-time use of a .proto file or of
// protobufjs beyond its minimal build throws, and every attempt is appended to the JSON-lines
// log named by PROTO_GUARD_LOG, also attempts whose error the program swallows.
//
// - Reading a path that ends in `.proto` (fs.readFileSync, fs.readFile, fs.promises.readFile,
//   fs.openSync, fs.open, fs.promises.open, fs.createReadStream; the ESM named exports of
//   node:fs and node:fs/promises too).
// - Loading protobufjs other than `protobufjs/minimal`: by ESM import (the resolve hook in
//   hooks.mjs) or by require (Module._resolveFilename). A module file of the protobufjs
//   package is allowed only when the minimal build loads it; the full and light builds
//   (`protobufjs`, `protobufjs/light`, reflection, `src/parse`, `src/tokenize`) are not.
// Log lines: {kind:'module', via:'esm'|'cjs', request, file, from, allowed} and
// {kind:'read', api, path}.
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import Module, { createRequire, register, syncBuiltinESMExports } from 'node:module';
import { dirname } from 'node:path';
import process from 'node:process';
import { URL, fileURLToPath } from 'node:url';

const logPath = process.env.PROTO_GUARD_LOG;
if (!logPath) throw new Error('guard.mjs: PROTO_GUARD_LOG must name the log file');
const log = (entry) => fs.appendFileSync(logPath, `${JSON.stringify(entry)}\n`);

// The minimal build's own files: what its entry point loads, found in a separate process so
// that this one loads protobufjs only when the program does.
const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('protobufjs/package.json'));
const closure = `
  const entry = require.resolve('protobufjs/minimal');
  require(entry);
  const seen = new Set();
  const walk = (m) => {
    if (!m.filename.startsWith(process.argv[1] + '/') || seen.has(m.filename)) return;
    seen.add(m.filename);
    m.children.forEach(walk);
  };
  walk(require.cache[entry]);
  process.stdout.write(JSON.stringify([...seen]));`;
const env = { ...process.env };
delete env.NODE_OPTIONS;
const minimalFiles = new Set(JSON.parse(execFileSync(process.execPath, ['-e', closure, pkgDir], { cwd: pkgDir, env, encoding: 'utf8' })));
if (!minimalFiles.has(require.resolve('protobufjs/minimal'))) throw new Error(`guard.mjs: protobufjs/minimal not found in ${pkgDir}`);

const allowedRequest = (request) => !/^protobufjs(\/|$)/.test(request) || /^protobufjs\/minimal(\.js)?$/.test(request);
const allowedFile = (file) => !file.startsWith(pkgDir + '/') || minimalFiles.has(file);

// require(): the request before resolution (a forbidden name throws even where it does not exist).
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function guardedResolve(request, parent, ...rest) {
  const from = parent?.filename ?? null;
  if (request.endsWith('.proto') || !allowedRequest(request)) {
    log({ kind: 'module', via: 'cjs', request, file: null, from, allowed: false });
    throw new Error(`proto-guard: require('${request}'): only protobufjs/minimal and static code may load at run time`);
  }
  const file = resolveFilename.call(this, request, parent, ...rest);
  if (file.startsWith(pkgDir + '/')) {
    const allowed = allowedFile(file);
    log({ kind: 'module', via: 'cjs', request, file, from, allowed });
    if (!allowed) throw new Error(`proto-guard: require('${request}') -> ${file}: not part of protobufjs/minimal`);
  }
  return file;
};

// fs: any way to read a .proto.
const pathOf = (p) => {
  if (typeof p === 'string') return p;
  if (p instanceof URL) return p.protocol === 'file:' ? fileURLToPath(p) : p.href;
  if (Buffer.isBuffer(p)) return p.toString();
  return '';
};
const refuse = (api, p) => {
  log({ kind: 'read', api, path: p });
  const e = new Error(`proto-guard: ${api}(${p}): no .proto is read at run time`);
  e.code = 'EACCES';
  return e;
};
const isProto = (p) => pathOf(p).endsWith('.proto');
const guardSync = (obj, name, api) => {
  const orig = obj[name];
  obj[name] = function guarded(p, ...rest) {
    if (isProto(p)) throw refuse(api, pathOf(p));
    return orig.call(this, p, ...rest);
  };
};
const guardCallback = (obj, name, api) => {
  const orig = obj[name];
  obj[name] = function guarded(p, ...rest) {
    if (isProto(p)) {
      const e = refuse(api, pathOf(p));
      const cb = rest.at(-1);
      if (typeof cb !== 'function') throw e;
      process.nextTick(cb, e);
      return undefined;
    }
    return orig.call(this, p, ...rest);
  };
};
const guardPromise = (obj, name, api) => {
  const orig = obj[name];
  obj[name] = function guarded(p, ...rest) {
    if (isProto(p)) return Promise.reject(refuse(api, pathOf(p)));
    return orig.call(this, p, ...rest);
  };
};
guardSync(fs, 'readFileSync', 'fs.readFileSync');
guardSync(fs, 'openSync', 'fs.openSync');
guardSync(fs, 'createReadStream', 'fs.createReadStream');
guardCallback(fs, 'readFile', 'fs.readFile');
guardCallback(fs, 'open', 'fs.open');
guardPromise(fs.promises, 'readFile', 'fs.promises.readFile');
guardPromise(fs.promises, 'open', 'fs.promises.open');
syncBuiltinESMExports(); // `import { readFileSync } from 'node:fs'` sees the guarded functions

// import: the resolve hook, in the loader thread.
register('./hooks.mjs', import.meta.url, { data: { logPath, pkgDir, minimalFiles: [...minimalFiles] } });
