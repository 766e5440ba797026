/**
 * The transports a command line asks for, as MessageSinks for the broadcast loop.
 *
 * | flag                      | sink                                                          |
 * |---------------------------|---------------------------------------------------------------|
 * | `--udp HOST:PORT` (n)     | UdpSink: the bare UPER MessageFrame (unicast/broadcast/multicast) |
 * | `--rsu HOST[:PORT]`       | IfmSink: RSU 4.1 Immediate Forward text, port 1516 by default  |
 * | `--wsmp [udp://H:P]`      | WSMP + IEEE 1609.2 (unsecured) frames; with an endpoint, sent there as UDP (a radio bridge, the emulator's air) |
 * | `--pcap FILE`             | capture of everything sent: the UDP datagrams of the sinks above (UDP over IP), and with `--wsmp` each message as WSMP over Ethernet (EtherType 0x88DC); `.pcapng` also records directions |
 *
 * `createSinks` validates everything first (endpoints, the IFM and WSMP PSID tables) and throws
 * with the flag or field named; once built, sending never throws (transport contract).
 */
import type { Clock } from '../../hal/clock.js';
import { parseEndpoint } from './endpoint.js';
import { IFM_PORT, IfmSink, type IfmOptions } from './ifm.js';
import { PcapWriter, parseMac } from './pcap.js';
import type { MessageSink, OutgoingMessage } from './types.js';
import { UdpSink } from './udp.js';
import { WsmpCaptureSink, WsmpUdpSink, type WsmpOptions } from './wsmp-sink.js';

export interface SinkFlags {
  /** `--udp`: endpoints for the raw MessageFrame. */
  udp?: string[];
  /** `--rsu`: the RSU (or OBU) taking Immediate Forward messages. */
  rsu?: string;
  ifm?: IfmOptions;
  /** `--wsmp`: true for WSMP framing (capture), or an endpoint to send WSMP frames to. */
  wsmp?: boolean | string;
  wsmpOptions?: WsmpOptions;
  /** `--pcap`: capture file (.pcap or .pcapng). */
  pcap?: string;
  /** The radio's MAC for WSMP frames in the capture (default 02:00:00:00:00:01). */
  radioMac?: string;
  /** Multicast sending interface address (e.g. 127.0.0.1 on a bench). */
  multicastInterface?: string;
  clock?: Clock;
  /** Called for every send error, with the sink's name. */
  onError?: (sink: string, err: Error) => void;
}

export interface Sinks {
  readonly sinks: MessageSink[];
  readonly capture: PcapWriter | undefined;
  /** Hands a message to every sink. */
  send(msg: OutgoingMessage): void;
  /** Closes every sink, then the capture file. */
  close(): Promise<void>;
}

export class SinkConfigError extends Error {
  constructor(readonly flag: string, message: string) {
    super(`${flag}: ${message}`);
    this.name = 'SinkConfigError';
  }
}

function configure<T>(flag: string, build: () => T): T {
  try {
    return build();
  } catch (e) {
    throw new SinkConfigError(flag, e instanceof Error ? e.message : String(e));
  }
}

export function createSinks(flags: SinkFlags): Sinks {
  const radioMac = flags.radioMac === undefined ? undefined : configure('--radio-mac', () => parseMac(flags.radioMac!));
  const common = { ...(flags.clock ? { clock: flags.clock } : {}), ...(flags.multicastInterface ? { multicastInterface: flags.multicastInterface } : {}) };
  const sinks: MessageSink[] = [];
  let capture: PcapWriter | undefined;
  try {
    // Validate the configuration before any socket or file is opened.
    const planned: (() => MessageSink)[] = [];
    for (const target of flags.udp ?? []) {
      configure('--udp', () => parseEndpoint(target));
      planned.push(() => configure('--udp', () => new UdpSink({ target, ...common, ...(capture ? { capture } : {}) })));
    }
    if (flags.rsu !== undefined) {
      const rsu = flags.rsu;
      configure('--rsu', () => parseEndpoint(rsu, IFM_PORT));
      planned.push(() => configure('--rsu', () => new IfmSink({ target: rsu, ...common, ...(flags.ifm ?? {}), ...(capture ? { capture } : {}) })));
    }
    if (typeof flags.wsmp === 'string') {
      const target = flags.wsmp;
      configure('--wsmp', () => parseEndpoint(target));
      planned.push(() => configure('--wsmp', () => new WsmpUdpSink({ target, ...common, ...(flags.wsmpOptions ?? {}), ...(capture ? { capture } : {}) })));
    }
    if (flags.pcap !== undefined) capture = configure('--pcap', () => new PcapWriter(flags.pcap!, radioMac ? { radioMac } : {}));
    for (const p of planned) sinks.push(p());
    if (capture && flags.wsmp !== undefined && flags.wsmp !== false) {
      const w = capture;
      sinks.push(configure('--wsmp', () => new WsmpCaptureSink(w, { ...(flags.wsmpOptions ?? {}), ...(flags.clock ? { clock: flags.clock } : {}), ...(radioMac ? { radioMac } : {}) })));
    }
  } catch (e) {
    for (const s of sinks) void s.close();
    void capture?.close();
    throw e;
  }
  for (const s of sinks) if (flags.onError) s.onError = (err) => flags.onError!(s.name, err);
  return {
    sinks,
    capture,
    send(msg) {
      for (const s of sinks) s.send(msg);
    },
    async close() {
      await Promise.all(sinks.map((s) => s.close()));
      await capture?.close();
    },
  };
}
