/**
 * `v2x-edge rx --listen udp://0.0.0.0:PORT [--listen ...] [options]`
 *
 * Receives what RSUs, OBUs and other hosts send (a bare UPER MessageFrame, an IEEE 1609.2
 * envelope, a WSMP frame, hex text or an Immediate Forward text), recognises and removes the
 * envelope, decodes the MessageFrame with the configured edition and prints one JSON line per
 * datagram: time, source, envelope, PSID, security (with `--verify --trust PATH` signatures and
 * certificate chains are checked; without, the output says `signatureVerified: false`), decode
 * time and the frame as JER. A datagram that cannot be
 * decoded is reported on stderr with its reason and counted; nothing stops the receiver.
 */
import { PROFILES } from '../../config/profiles.js';
import { DEFAULT_EDITION, EDITIONS, loadEdition, type EditionName } from '../../../asn1/editions.js';
import { resultToJson, RxPipeline, type RxResult, type RxStats } from '../../rx/pipeline.js';
import { createVerifier, type Verifier } from '../../security/index.js';
import { UdpListener } from '../../rx/udp-source.js';
import { PcapWriter } from '../../transport/pcap.js';
import { flag, int, parseArgs, str, UsageError, type Parsed } from '../args.js';
import { editionFrom } from '../edition.js';
import { lines } from '../io.js';

export const summary = 'receive V2X datagrams (bare UPER, IEEE 1609.2, WSMP, hex) and print them as JER lines';

const usage = `usage: v2x-edge rx --listen udp://ADDRESS:PORT [options]
  --listen URL        where to receive (repeatable); a multicast address (239.x.x.x) joins the group
  --iface ADDRESS     interface address for multicast groups (e.g. 127.0.0.1 on one machine)
  --file F            instead of the network: one datagram per line of F as hex ('-' = stdin)
  --edition E         ${EDITIONS.join(' | ')} (default ${DEFAULT_EDITION})
  --profile P         ${Object.keys(PROFILES).join(' | ')}: the profile's edition
  --pcap FILE         capture every datagram received (.pcap, or .pcapng with directions)
  --count N           stop after N datagrams
  --duration S        stop after S seconds
  --stats-every S     print the counters on stderr every S seconds
  --hex               add the MessageFrame's hex to each line
  --quiet             no JSON lines, only problems and counters
  --verify            verify IEEE 1609.2 signatures and certificate chains (needs --trust)
  --trust PATH        trust anchors: a 'v2x-edge certs init' directory, a folder of .cert files, or a root .cert
  --policy drop|mark  with --verify: drop what does not verify (default), or pass it on marked
output: one JSON line per decoded datagram on stdout; undecodable datagrams on stderr with their
reason; the counters on stderr at the end (SIGINT/SIGTERM stop cleanly); exit 0`;

function counts(r: Record<string, number | undefined>): string {
  const e = Object.entries(r).filter(([, n]) => n);
  return e.length ? ` (${e.map(([k, n]) => `${k} ${n}`).join(', ')})` : '';
}

export function formatStats(s: RxStats): string {
  return `${s.received} datagram(s), ${s.decoded} decoded${counts(s.byEnvelope)}${counts(s.byType)}, ${s.failed} failed${counts(s.byReason)}${s.warnings ? `, ${s.warnings} with warnings` : ''}`;
}

export async function run(argv: string[]): Promise<number> {
  let p: Parsed;
  let edition: EditionName;
  let count: number | undefined;
  let duration: number | undefined;
  let every: number | undefined;
  try {
    p = parseArgs(argv, {
      listen: { value: true, repeat: true }, iface: { value: true }, file: { value: true }, edition: { value: true }, profile: { value: true },
      pcap: { value: true }, count: { value: true }, duration: { value: true }, 'stats-every': { value: true }, quiet: {}, hex: {}, help: {},
      verify: {}, trust: { value: true }, policy: { value: true },
    });
    if (flag(p, 'help')) {
      process.stdout.write(usage + '\n');
      return 0;
    }
    if (p.positional.length) throw new UsageError(`unexpected argument '${p.positional[0]}'`);
    const listen = (p.options.listen as string[] | undefined) ?? [];
    if (listen.length === 0 && str(p, 'file') === undefined) throw new UsageError('give --listen udp://ADDRESS:PORT (or --file)');
    if (listen.length && str(p, 'file') !== undefined) throw new UsageError('give --listen or --file, not both');
    edition = editionFrom(p);
    count = int(p, 'count', 1);
    duration = int(p, 'duration', 1);
    every = int(p, 'stats-every', 1);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`v2x-edge rx: ${e.message}\n${usage}\n`);
      return 2;
    }
    throw e;
  }

  const codec = await loadEdition(edition);
  let verifier: Verifier | undefined;
  if (flag(p, 'verify') || str(p, 'trust') !== undefined) {
    const trust = str(p, 'trust');
    const policy = str(p, 'policy') ?? 'drop';
    if (trust === undefined || (policy !== 'drop' && policy !== 'mark')) {
      process.stderr.write(`v2x-edge rx: ${trust === undefined ? '--verify needs --trust PATH' : `--policy must be drop or mark, got '${policy}'`}\n${usage}\n`);
      return 2;
    }
    try {
      verifier = createVerifier({ trust, policy });
    } catch (e) {
      process.stderr.write(`v2x-edge rx: --trust ${trust}: ${(e as Error).message}\n`);
      return 2;
    }
  }
  const pipeline = new RxPipeline({ codec, edition, ...(verifier ? { verifier } : {}) });
  const verified = (): string => {
    if (!verifier) return '';
    const c = verifier.counters;
    const by = Object.entries(c).filter(([k, n]) => n > 0 && !['total', 'accepted', 'dropped'].includes(k)).map(([k, n]) => `${k} ${n}`).join(', ');
    return `; verification: ${c.total} signed or unsigned checked (${by || 'none'}), ${c.accepted} accepted, ${c.dropped} dropped`;
  };
  const quiet = flag(p, 'quiet');
  const hexOut = flag(p, 'hex');
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const print = (r: RxResult): void => {
    if (r.ok) {
      if (!quiet) process.stdout.write(JSON.stringify(resultToJson(r, codec, { hex: hexOut })) + '\n');
    } else process.stderr.write(`rx: ${r.source}: ${r.reason}: ${r.detail} (${r.octets} octets${r.envelope.length ? `, in ${r.envelope.join('/')}` : ''})\n`);
    if (count !== undefined && pipeline.stats.received >= count) finish();
  };

  const file = str(p, 'file');
  if (file !== undefined) {
    let n = 0;
    const enc = new TextEncoder();
    for await (const line of lines(file)) {
      n++;
      if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
      print(pipeline.ingest(enc.encode(line), `file:${file === '-' ? 'stdin' : file}:${n}`));
      if (count !== undefined && pipeline.stats.received >= count) break;
    }
    process.stderr.write(`rx: ${formatStats(pipeline.stats)}${verified()}\n`);
    return 0;
  }

  const pcapPath = str(p, 'pcap');
  const capture = pcapPath === undefined ? undefined : new PcapWriter(pcapPath);
  const iface = str(p, 'iface');
  const listeners = ((p.options.listen as string[] | undefined) ?? []).map((l) => {
    try {
      return new UdpListener({
        listen: l,
        ...(iface === undefined ? {} : { multicastInterface: iface }),
        ...(capture ? { capture } : {}),
        onDatagram: (bytes, source, t) => print(pipeline.ingest(bytes, source, t)),
        onError: (e) => process.stderr.write(`rx: ${e.message}\n`),
      });
    } catch (e) {
      process.stderr.write(`v2x-edge rx: --listen ${l}: ${(e as Error).message}\n`);
      return undefined;
    }
  });
  if (listeners.some((l) => l === undefined)) {
    await Promise.all(listeners.map((l) => l?.close()));
    return 2;
  }
  const ls = listeners as UdpListener[];
  const bound = await Promise.all(ls.map((l) => l.ready()));
  process.stderr.write(`rx: listening on ${bound.map((a, i) => (ls[i]!.endpoint.kind === 'multicast' ? `udp://${ls[i]!.endpoint.host}:${a.port}` : a.address.includes(':') ? `udp://[${a.address}]:${a.port}` : `udp://${a.address}:${a.port}`)).join(', ')} (edition ${edition})\n`);

  const onSignal = (): void => finish();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const timers: NodeJS.Timeout[] = [];
  if (duration !== undefined) timers.push(setTimeout(finish, duration * 1000));
  if (every !== undefined) timers.push(setInterval(() => process.stderr.write(`rx: ${formatStats(pipeline.stats)}\n`), every * 1000));
  await finished;
  for (const t of timers) clearTimeout(t);
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  await Promise.all(ls.map((l) => l.close()));
  await capture?.close();
  const errors = ls.reduce((n, l) => n + l.stats.errors, 0);
  process.stderr.write(`rx: ${formatStats(pipeline.stats)}${errors ? `, ${errors} socket error(s)` : ''}${verified()}\n`);
  return 0;
}
