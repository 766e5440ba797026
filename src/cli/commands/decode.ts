/**
 * `v2x-edge decode [HEX] [--edition E] [--type T] [--file F [--binary]] [--skip N]`
 *
 * UPER in, JER (X.697) out: one JSON document per line. Input is one hex message per line
 * (stdin, a file, or the argument), or with --binary a file of messages back to back.
 * A message that fails prints one line with its path and bit offset on stderr and the
 * others still decode; the exit code is 1 when any failed. Octets after a message are
 * reported on stderr, not hidden.
 */
import { PROFILES } from '../../config/profiles.js';
import { editionFrom } from '../edition.js';
import { DEFAULT_EDITION, EDITIONS, loadEdition, type AnyCodec } from '../../../asn1/editions.js';
import { DecodeError } from '../../../asn1/runtime/errors.js';
import { fromHex, toHex } from '../../../asn1/runtime/values.js';
import { flag, int, parseArgs, str, UsageError } from '../args.js';
import { lines, out, readBinary } from '../io.js';

export const summary = 'decode UPER messages (hex lines or binary) to JER JSON lines';

const usage = `usage: v2x-edge decode [HEX] [options]
  HEX               one message as hex; without it, hex lines are read from stdin
  --file F          read hex lines from F (or, with --binary, raw bytes)
  --binary          the input is raw bytes: messages back to back
  --edition E       ${EDITIONS.join(' | ')} (default ${DEFAULT_EDITION})
  --profile P       ${Object.keys(PROFILES).join(' | ')}: the profile's edition
  --type T          the ASN.1 type of each message (default MessageFrame)
  --skip N          ignore the first N octets of each message (e.g. a vendor header)
output: one JER document per line on stdout; problems on stderr; exit 1 when any failed`;

export async function run(argv: string[]): Promise<number> {
  let p;
  try {
    p = parseArgs(argv, { file: { value: true }, binary: {}, edition: { value: true }, profile: { value: true }, type: { value: true }, skip: { value: true }, help: {} });
    if (flag(p, 'help')) {
      process.stdout.write(usage + '\n');
      return 0;
    }
    if (p.positional.length > 1) throw new UsageError('give at most one HEX argument');
    const edition = editionFrom(p);
    const codec = await loadEdition(edition);
    const type = str(p, 'type') ?? 'MessageFrame';
    if (!codec.typeNames().includes(type)) throw new UsageError(`edition ${edition} has no type '${type}'`);
    const skip = int(p, 'skip') ?? 0;
    const d = new Decoder(codec, type, skip);
    if (flag(p, 'binary')) {
      await d.stream(readBinary(str(p, 'file')));
    } else if (p.positional.length === 1) {
      await d.line(p.positional[0]!, 'argument');
    } else {
      let n = 0;
      for await (const line of lines(str(p, 'file'))) {
        n++;
        if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
        await d.line(line, `line ${n}`);
      }
    }
    return d.failed > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`v2x-edge decode: ${e.message}\n${usage}\n`);
      return 2;
    }
    throw e;
  }
}

class Decoder {
  failed = 0;
  constructor(private readonly codec: AnyCodec, private readonly type: string, private readonly skip: number) {}

  async line(text: string, where: string): Promise<void> {
    let bytes: Uint8Array;
    try {
      bytes = fromHex(text.trim().replace(/^0x/i, ''));
    } catch (e) {
      this.fail(`${where}: not hex: ${(e as Error).message}`);
      return;
    }
    await this.one(bytes, where);
  }

  async one(input: Uint8Array, where: string): Promise<number> {
    if (input.length <= this.skip) {
      this.fail(`${where}: ${input.length} octet(s), fewer than --skip ${this.skip} plus a message`);
      return input.length;
    }
    const bytes = input.subarray(this.skip);
    try {
      const r = this.codec.decodeDetailed(this.type, bytes);
      await out(JSON.stringify(this.codec.toJer(this.type, r.value)) + '\n');
      if (r.trailing.length) process.stderr.write(`${where}: ${r.trailing.length} octet(s) after the message (${r.usedOctets} used): ${toHex(r.trailing)}\n`);
      return this.skip + r.usedOctets;
    } catch (e) {
      if (e instanceof DecodeError) {
        this.fail(`${where}: ${e.message}`);
        return input.length;
      }
      throw e;
    }
  }

  /** Messages back to back in one buffer. */
  async stream(all: Uint8Array): Promise<void> {
    let off = 0;
    let i = 0;
    while (off < all.length) {
      i++;
      const before = this.failed;
      const bytes = all.subarray(off);
      try {
        const r = this.codec.decodeDetailed(this.type, bytes.subarray(this.skip));
        await out(JSON.stringify(this.codec.toJer(this.type, r.value)) + '\n');
        off += this.skip + r.usedOctets;
      } catch (e) {
        if (!(e instanceof DecodeError)) throw e;
        this.fail(`message ${i} at octet ${off}: ${e.message}`);
      }
      if (this.failed > before) break; // the rest cannot be framed once a message fails
    }
  }

  private fail(msg: string): void {
    this.failed++;
    process.stderr.write(msg + '\n');
  }
}
