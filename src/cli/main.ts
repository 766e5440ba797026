#!/usr/bin/env -S node --max-semi-space-size=4
/**
 * `v2x-edge <command> [options]`. Each command lives in its own module under ./commands
 * and exports `summary` (one line for the help) and `run(argv)` (returns the exit code).
 *
 * The first line caps V8's young generation at 4 MB per semi-space. Node's default (16 MB)
 * is sized for servers: the young generation grows to it over the first minutes of a run and
 * holds some 30 MB more RSS than the loop needs, which an edge board feels; the cost is a few
 * more (short) scavenges. `npm start` and the installed `v2x-edge` command go through this
 * line; `node dist/src/cli/main.js` does not (pass the flag yourself).
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

const here = dirname(fileURLToPath(import.meta.url));
const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

function commandNames(): string[] {
  return readdirSync(join(here, 'commands'))
    .filter((f) => f.endsWith(ext) && !f.endsWith('.d.ts') && !f.startsWith('_'))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

async function load(name: string): Promise<Command> {
  return (await import(`./commands/${name}${ext}`)) as Command;
}

async function help(): Promise<void> {
  const lines = ['usage: v2x-edge <command> [options]', '', 'commands:'];
  for (const name of commandNames()) lines.push(`  ${name.padEnd(14)} ${(await load(name)).summary}`);
  lines.push('', 'v2x-edge <command> --help shows the options of one command.');
  process.stdout.write(lines.join('\n') + '\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    await help();
    return name === undefined ? 2 : 0;
  }
  if (name === '--version') {
    const { createRequire } = await import('node:module');
    const pkg = createRequire(import.meta.url)(join(here, ext === '.ts' ? '../../package.json' : '../../../package.json')) as { version: string };
    process.stdout.write(pkg.version + '\n');
    return 0;
  }
  if (!commandNames().includes(name)) {
    process.stderr.write(`v2x-edge: unknown command '${name}' (v2x-edge --help lists them)\n`);
    return 2;
  }
  return (await load(name)).run(rest);
}

// A closed pipe (`v2x-edge decode ... | head`) ends the command quietly, as Unix tools do.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`v2x-edge: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
