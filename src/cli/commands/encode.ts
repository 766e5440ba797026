/**
 * `v2x-edge encode [--edition E] [--type T] [--file F]`
 *
 * JER (X.697) JSON lines in, UPER hex lines out. A line that fails prints one line with
 * the field path on stderr and the others still encode; the exit code is 1 when any failed.
 */
import { PROFILES } from '../../config/profiles.js';
import { editionFrom } from '../edition.js';
import { DEFAULT_EDITION, EDITIONS, loadEdition } from '../../../asn1/editions.js';
import { EncodeError } from '../../../asn1/runtime/errors.js';
import { JerError } from '../../../asn1/runtime/jer.js';
import { toHex } from '../../../asn1/runtime/values.js';
import { flag, parseArgs, str, UsageError } from '../args.js';
import { lines, out } from '../io.js';

export const summary = 'encode JER JSON lines to UPER hex lines';

const usage = `usage: v2x-edge encode [options]
  --file F          read JER lines from F (default stdin)
  --edition E       ${EDITIONS.join(' | ')} (default ${DEFAULT_EDITION})
  --profile P       ${Object.keys(PROFILES).join(' | ')}: the profile's edition
  --type T          the ASN.1 type of each line (default MessageFrame)
output: one hex line per input line on stdout; problems on stderr; exit 1 when any failed`;

export async function run(argv: string[]): Promise<number> {
  try {
    const p = parseArgs(argv, { file: { value: true }, edition: { value: true }, profile: { value: true }, type: { value: true }, help: {} });
    if (flag(p, 'help')) {
      process.stdout.write(usage + '\n');
      return 0;
    }
    if (p.positional.length) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
    const edition = editionFrom(p);
    const codec = await loadEdition(edition);
    const type = str(p, 'type') ?? 'MessageFrame';
    if (!codec.typeNames().includes(type)) throw new UsageError(`edition ${edition} has no type '${type}'`);
    let failed = 0;
    let n = 0;
    for await (const line of lines(str(p, 'file'))) {
      n++;
      if (line.trim() === '') continue;
      try {
        const value = codec.fromJer(type, JSON.parse(line) as unknown);
        await out(toHex(codec.encode(type, value)) + '\n');
      } catch (e) {
        if (e instanceof SyntaxError || e instanceof JerError || e instanceof EncodeError) {
          failed++;
          process.stderr.write(`line ${n}: ${e instanceof SyntaxError ? 'not JSON: ' : ''}${e.message}\n`);
        } else throw e;
      }
    }
    return failed > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`v2x-edge encode: ${e.message}\n${usage}\n`);
      return 2;
    }
    throw e;
  }
}
