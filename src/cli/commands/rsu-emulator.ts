/**
 * `v2x-edge rsu-emulator [options]`: a roadside unit for the bench (src/rsu/emulator.ts).
 * Immediate Forward messages in on UDP 1516, validated; transmissions as WSMP frames on a
 * multicast group that plays the air (loss and delay optional); what it hears forwarded to
 * hosts as bare UPER or IEEE 1609.2; SPaT and MAP from files at their rates.
 */
import { readFileSync } from 'node:fs';
import { EDITIONS, DEFAULT_EDITION, loadEdition, type EditionName } from '../../../asn1/editions.js';
import { PROFILES } from '../../config/profiles.js';
import { DEFAULT_AIR, DEFAULT_IFM_LISTEN, RsuEmulator, parseForwardRule, type EmulatorStats, type ForwardRule, type RepeatItem } from '../../rsu/emulator.js';
import { hexTextToBytes } from '../../rx/text.js';
import { PcapWriter } from '../../transport/pcap.js';
import { messageNameOf } from '../../transport/psid.js';
import { flag, int, parseArgs, str, UsageError, type Parsed } from '../args.js';
import { editionFrom } from '../edition.js';

export const summary = 'an RSU for the bench: Immediate Forward in, WSMP on a multicast "air", forwarding, store and repeat';

/** Usual broadcast rates of store-and-repeat messages (Hz). */
export const DEFAULT_REPEAT_HZ: Readonly<Record<string, number>> = { SPAT: 10, MAP: 1 };

const usage = `usage: v2x-edge rsu-emulator [options]
  --ifm URL            where Immediate Forward messages arrive (default ${DEFAULT_IFM_LISTEN})
  --air URL            the multicast group that plays the air (default ${DEFAULT_AIR})
  --iface ADDRESS      interface address for the air group (e.g. 127.0.0.1 on one machine)
  --loss P             probability (0..1) that a transmission is lost
  --delay MS           delay of every transmission; --jitter MS adds up to MS more
  --jitter MS
  --seed N             seed of the loss and jitter generator (default 1)
  --forward SPEC       forward what is heard on the air (repeatable):
                       udp://HOST:PORT[,format=uper|1609.2][,psid=0x20[,psid=0x8002...]]
                       (PSIDs P-encoded, as RSU forwarding tables write them; default: all, uper)
  --forward-own        also forward this emulator's own transmissions
  --repeat FILE[@HZ]   store and repeat a MessageFrame (hex or binary file, or a 1609.2 SPDU);
                       SPaT 10 Hz and MAP 1 Hz unless @HZ is given (repeatable)
  --signature M        what IFM Signature=True means: payload-signed (default) | rsu-signs
  --lenient            accept IFMs whose PSID or Type does not match the payload (logged)
  --channel N          channel of repeated messages (default 183)
  --edition E          ${EDITIONS.join(' | ')} (default ${DEFAULT_EDITION})
  --profile P          ${Object.keys(PROFILES).join(' | ')}: the profile's edition
  --pcap FILE          capture of IFMs in, frames on the air, datagrams forwarded
  --duration S         stop after S seconds
  --stats-every S      print the counters on stderr every S seconds
  --quiet              do not log each rejected IFM
stderr: a ready line, one line per rejected IFM (reason), the counters as JSON at the end`;

function number(p: Parsed, name: string, min: number, max: number): number | undefined {
  const v = str(p, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n < min || n > max) throw new UsageError(`--${name} must be a number in ${min}..${max}, got '${v}'`);
  return n;
}

async function repeatItem(spec: string, codec: Awaited<ReturnType<typeof loadEdition>>): Promise<RepeatItem> {
  const at = spec.lastIndexOf('@');
  const file = at > 0 ? spec.slice(0, at) : spec;
  const hz = at > 0 ? Number(spec.slice(at + 1)) : undefined;
  if (hz !== undefined && !(hz > 0 && hz <= 100)) throw new UsageError(`--repeat ${spec}: rate must be in (0, 100] Hz`);
  let raw: Uint8Array;
  try {
    raw = new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new UsageError(`--repeat ${spec}: ${(e as Error).message}`);
  }
  const text = hexTextToBytes(raw);
  const payload = text instanceof Uint8Array ? text : raw;
  // The message name (for the default rate) from the frame; the emulator checks the rest.
  let name: string | undefined;
  const inner = payload[0] === 3 && (payload[1] ?? 0) >= 0x80 ? undefined : payload;
  if (inner) {
    try {
      const v = codec.decode('MessageFrame', inner, { allowTrailing: true }) as { messageId?: number };
      name = typeof v.messageId === 'number' ? messageNameOf(v.messageId) : undefined;
    } catch {
      // reported by the emulator with the reason
    }
  }
  const rate = hz ?? (name ? DEFAULT_REPEAT_HZ[name] : undefined);
  if (rate === undefined) throw new UsageError(`--repeat ${spec}: give a rate (FILE@HZ); default rates exist for ${Object.keys(DEFAULT_REPEAT_HZ).join(', ')}`);
  return { payload, intervalMs: 1000 / rate, name: `${file}${name ? ` (${name})` : ''}` };
}

export function formatEmulatorStats(s: EmulatorStats): string {
  return JSON.stringify(s);
}

export async function run(argv: string[]): Promise<number> {
  let p: Parsed;
  let edition: EditionName;
  try {
    p = parseArgs(argv, {
      ifm: { value: true }, air: { value: true }, iface: { value: true }, loss: { value: true }, delay: { value: true }, jitter: { value: true }, seed: { value: true },
      forward: { value: true, repeat: true }, 'forward-own': {}, repeat: { value: true, repeat: true }, signature: { value: true }, lenient: {}, channel: { value: true },
      edition: { value: true }, profile: { value: true }, pcap: { value: true }, duration: { value: true }, 'stats-every': { value: true }, quiet: {}, help: {},
    });
    if (flag(p, 'help')) {
      process.stdout.write(usage + '\n');
      return 0;
    }
    if (p.positional.length) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
    edition = editionFrom(p);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`v2x-edge rsu-emulator: ${e.message}\n${usage}\n`);
      return 2;
    }
    throw e;
  }
  const codec = await loadEdition(edition);
  const quiet = flag(p, 'quiet');
  let emulator: RsuEmulator;
  let capture: PcapWriter | undefined;
  let duration: number | undefined;
  let every: number | undefined;
  try {
    const forward: ForwardRule[] = ((p.options.forward as string[] | undefined) ?? []).map((f) => {
      try {
        return parseForwardRule(f);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    });
    const repeat: RepeatItem[] = [];
    for (const r of (p.options.repeat as string[] | undefined) ?? []) repeat.push(await repeatItem(r, codec));
    const signature = str(p, 'signature');
    if (signature !== undefined && signature !== 'payload-signed' && signature !== 'rsu-signs') throw new UsageError(`--signature must be payload-signed or rsu-signs, got '${signature}'`);
    const channel = int(p, 'channel', 0);
    if (channel !== undefined && (channel < 172 || channel > 184)) throw new UsageError(`--channel ${channel} is not a 5.9 GHz ITS channel (172..184)`);
    duration = int(p, 'duration', 1);
    every = int(p, 'stats-every', 1);
    const loss = number(p, 'loss', 0, 1);
    const delay = number(p, 'delay', 0, 60_000);
    const jitter = number(p, 'jitter', 0, 60_000);
    const seed = int(p, 'seed', 0);
    const pcap = str(p, 'pcap');
    capture = pcap === undefined ? undefined : new PcapWriter(pcap);
    const iface = str(p, 'iface');
    try {
      emulator = new RsuEmulator({
        codec,
        edition,
        ...(str(p, 'ifm') !== undefined ? { ifm: str(p, 'ifm')! } : {}),
        ...(str(p, 'air') !== undefined ? { air: str(p, 'air')! } : {}),
        ...(iface !== undefined ? { airInterface: iface } : {}),
        ...(loss !== undefined ? { loss } : {}),
        ...(delay !== undefined ? { delayMs: delay } : {}),
        ...(jitter !== undefined ? { jitterMs: jitter } : {}),
        ...(seed !== undefined ? { seed } : {}),
        forward,
        forwardOwn: flag(p, 'forward-own'),
        repeat,
        ...(signature !== undefined ? { signatureMeaning: signature } : {}),
        messageCheck: flag(p, 'lenient') ? 'warn' : 'reject',
        ...(channel !== undefined ? { channel } : {}),
        ...(capture ? { capture } : {}),
        log: (line) => {
          if (!quiet || !line.startsWith('rejected')) process.stderr.write(`rsu-emulator: ${line}\n`);
        },
      });
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      await capture?.close();
      process.stderr.write(`v2x-edge rsu-emulator: ${e.message}\n${usage}\n`);
      return 2;
    }
    throw e;
  }

  let bound: { ifm: string; air: string };
  try {
    bound = await emulator.start();
  } catch (e) {
    await emulator.stop();
    await capture?.close();
    process.stderr.write(`v2x-edge rsu-emulator: ${(e as Error).message}\n`);
    return 1;
  }
  process.stderr.write(`rsu-emulator: IFM on ${bound.ifm}, air ${bound.air} (edition ${edition})\n`);
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const onSignal = (): void => finish();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const timers: NodeJS.Timeout[] = [];
  if (duration !== undefined) timers.push(setTimeout(finish, duration * 1000));
  if (every !== undefined) timers.push(setInterval(() => process.stderr.write(`rsu-emulator: stats ${formatEmulatorStats(emulator.stats)}\n`), every * 1000));
  await finished;
  for (const t of timers) clearTimeout(t);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  await emulator.stop();
  await capture?.close();
  process.stderr.write(`rsu-emulator: stats ${formatEmulatorStats(emulator.stats)}\n`);
  return 0;
}
