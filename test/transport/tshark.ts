/**
 * tshark (Debian package tshark) as the oracle for the WSMP, IEEE 1609.2, IP and UDP layers
 * of our capture files. Tests call `tsharkOrSkip()` and skip with a printed reason when the
 * program is missing.
 */
import { execFileSync, spawnSync } from 'node:child_process';

let available: boolean | undefined;

export function haveTshark(): boolean {
  if (available === undefined) {
    const r = spawnSync('tshark', ['--version'], { encoding: 'utf8' });
    available = r.status === 0;
  }
  return available;
}

/** The reason printed when tshark tests are skipped (undefined when tshark is there). */
export function tsharkSkipReason(): string | undefined {
  if (haveTshark()) return undefined;
  const reason = 'tshark not found (Debian package tshark): the WSMP/IEEE 1609.2 dissector checks are skipped';
  process.stderr.write(`SKIP: ${reason}\n`);
  return reason;
}

export type Layers = Record<string, unknown>;

/** Every packet's layers as tshark -T json gives them. */
export function tsharkJson(file: string, prefs: string[] = []): Layers[] {
  const out = execFileSync('tshark', ['-r', file, '-T', 'json', ...prefs.flatMap((p) => ['-o', p])], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
  const packets = JSON.parse(out) as { _source: { layers: Layers } }[];
  return packets.map((p) => p._source.layers);
}

/** All values of a field anywhere in a packet's layers, in order. */
export function fieldValues(layers: unknown, name: string): string[] {
  const out: string[] = [];
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) o.forEach(walk);
    else if (o && typeof o === 'object') {
      for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
        if (k === name) {
          if (Array.isArray(v)) for (const x of v) out.push(typeof x === 'string' ? x : JSON.stringify(x));
          else if (typeof v === 'string') out.push(v);
        }
        if (v && typeof v === 'object') walk(v);
      }
    }
  };
  walk(layers);
  return out;
}

export function field(layers: unknown, name: string): string | undefined {
  return fieldValues(layers, name)[0];
}

/** tshark's colon-separated bytes (`00:14:80`) as plain hex. */
export function bytesHex(v: string | undefined): string | undefined {
  return v?.replace(/:/g, '');
}

/** `tshark -T fields` rows, tab-separated. */
export function tsharkFields(file: string, fields: string[], prefs: string[] = []): string[][] {
  const out = execFileSync('tshark', ['-r', file, '-T', 'fields', ...fields.flatMap((f) => ['-e', f]), ...prefs.flatMap((p) => ['-o', p])], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return out.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
}
