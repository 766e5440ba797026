/**
 * The host driver of the bridge: one link to one MCU over a byte transport.
 *
 * - Framing (COBS + CRC-32C) and the static protobuf code of contract v1.
 * - Sequence numbers on every frame; gaps in the MCU's numbers count lost frames.
 * - Requests are matched to replies by `ack_seq`, each with a named timeout:
 *   `Bridge_Timeout: no HeartbeatAck for seq=17 after 200 ms`.
 * - Link state: `connecting` (opening the port) -> `handshaking` (Hello) -> `up`; a heartbeat
 *   keeps checking the MCU. A port that closes, a handshake that fails, or missed heartbeats
 *   take the link `down` and it is reopened with exponential backoff. A BootNotice (the MCU
 *   rebooted) fails the pending requests and repeats the handshake at once.
 * - Time sync: an NTP-style exchange learns the MCU clock's offset and drift, so MCU time
 *   stamps (CAN receive times, PPS edges) map to host time.
 * - Counters for everything received that did not make a frame, timeouts and drops.
 *
 * All timing goes through the injected Clock; nothing here reads the system time.
 */
import { EventEmitter } from 'node:events';
import type { Clock, Timer } from '../../hal/clock.js';
import { pb, type types } from '../generated/bridge_v1.js';
import { CONTRACT_MAJOR, CONTRACT_MINOR, MAX_FRAME_PAYLOAD } from './contract.js';
import { BridgeError, BridgeRemoteError, BridgeTimeoutError } from './errors.js';
import { encodeFrame, FrameDecoder, type Discard } from './framing.js';
import { TimeSync, type TimeSyncOptions } from './time-sync.js';
import type { ByteTransport, TransportFactory } from './transport.js';

type V1 = typeof types.bridge.v1;
export type Frame = InstanceType<V1['Frame']>;
export type CanFrameMsg = types.bridge.v1.CanFrame.$Properties;
export type CanFrameBatchMsg = types.bridge.v1.CanFrameBatch.$Properties;
export type HelloAckMsg = InstanceType<V1['HelloAck']>;
export type HeartbeatAckMsg = InstanceType<V1['HeartbeatAck']>;
export type TimeSyncResponseMsg = InstanceType<V1['TimeSyncResponse']>;
export type CanTransmitReportMsg = InstanceType<V1['CanTransmitReport']>;
export type V2xTransmitMsg = types.bridge.v1.V2xTransmit.$Properties;
export type V2xTransmitReportMsg = InstanceType<V1['V2xTransmitReport']>;
export type StatusReportMsg = InstanceType<V1['StatusReport']>;
export type ErrorReportMsg = InstanceType<V1['ErrorReport']>;
export type BootNoticeMsg = InstanceType<V1['BootNotice']>;
export type CanBusStatusMsg = InstanceType<V1['CanBusStatus']>;
export type CanErrorFrameMsg = InstanceType<V1['CanErrorFrame']>;
export type GnssSentenceMsg = InstanceType<V1['GnssSentence']>;
export type PpsMarkMsg = InstanceType<V1['PpsMark']>;

/** Request body -> [request properties, reply message, reply body name, reply type name]. */
interface RequestMap {
  hello: [types.bridge.v1.Hello.$Properties, HelloAckMsg];
  heartbeat: [types.bridge.v1.Heartbeat.$Properties, HeartbeatAckMsg];
  timeSyncRequest: [types.bridge.v1.TimeSyncRequest.$Properties, TimeSyncResponseMsg];
  canTransmit: [CanFrameMsg, CanTransmitReportMsg];
  v2xTransmit: [V2xTransmitMsg, V2xTransmitReportMsg];
  statusRequest: [types.bridge.v1.StatusRequest.$Properties, StatusReportMsg];
}
export type RequestKind = keyof RequestMap;

const REPLY: { [K in RequestKind]: { body: NonNullable<Frame['body']>; type: string } } = {
  hello: { body: 'helloAck', type: 'HelloAck' },
  heartbeat: { body: 'heartbeatAck', type: 'HeartbeatAck' },
  timeSyncRequest: { body: 'timeSyncResponse', type: 'TimeSyncResponse' },
  canTransmit: { body: 'canTransmitReport', type: 'CanTransmitReport' },
  v2xTransmit: { body: 'v2xTransmitReport', type: 'V2xTransmitReport' },
  statusRequest: { body: 'statusReport', type: 'StatusReport' },
};

export type LinkState = 'closed' | 'connecting' | 'handshaking' | 'up' | 'down';

export interface LinkStats {
  txFrames: number;
  txBytes: number;
  rxFrames: number;
  rxBytes: number;
  /** Frames whose CRC did not match. */
  rxCrcErrors: number;
  /** Byte runs that were not valid COBS, or too short to be a frame. */
  rxFramingErrors: number;
  /** Byte runs longer than the largest frame. */
  rxOversize: number;
  /** Frames with a good CRC that were not a valid protobuf Frame. */
  rxDecodeErrors: number;
  /** Frames the MCU sent that never arrived (gaps in its sequence numbers). */
  rxDropped: number;
  /** Frames with a body this contract version does not know (a newer MCU), skipped. */
  rxUnknownBodies: number;
  /** Replies for requests that had already timed out, or were never sent. */
  rxLateReplies: number;
  /** Unsolicited ErrorReports from the MCU. */
  rxErrorReports: number;
  /** Requests that timed out. */
  timeouts: number;
  /** Requests refused because the link was not up. */
  txRefused: number;
  /** Frames the transport dropped: the device did not take its bytes (its write queue full). */
  txDropped: number;
  /** Heartbeats without an ack in time. */
  heartbeatsMissed: number;
  /** Handshakes attempted / completed. */
  handshakes: number;
  linkUps: number;
  /** Times the port was reopened after it closed or the MCU fell silent. */
  reconnects: number;
  /** MCU reboots seen (BootNotice, or a new boot count in HelloAck). */
  mcuResets: number;
  /** CAN frames the MCU discarded because its receive queue was full (reported in batches). */
  mcuCanOverruns: number;
  /** Time sync exchanges completed. */
  timeSyncSamples: number;
}

export interface LinkOptions {
  transport: TransportFactory;
  clock: Clock;
  /** Name in errors and logs, e.g. the device path. */
  name?: string;
  hostSoftware?: string;
  /** Default reply timeout for requests. */
  requestTimeoutMs?: number;
  handshakeTimeoutMs?: number;
  /** Heartbeat period; 0 turns heartbeats off (tests). */
  heartbeatIntervalMs?: number;
  heartbeatTimeoutMs?: number;
  /** Consecutive missed heartbeats that take the link down. */
  heartbeatMisses?: number;
  /** Reconnect backoff: first delay, growth factor, cap. */
  reconnectInitialMs?: number;
  reconnectFactor?: number;
  reconnectMaxMs?: number;
  /** Time sync: exchanges right after the link comes up, their spacing, then the steady interval (0: no time sync). */
  timeSyncBurst?: number;
  timeSyncBurstSpacingMs?: number;
  timeSyncIntervalMs?: number;
  timeSync?: TimeSyncOptions;
}

export interface McuInfo {
  contractMajor: number;
  contractMinor: number;
  firmwareVersion: string;
  board: string;
  deviceId: Uint8Array;
  capabilities: string[];
  canPorts: number;
  maxFrameSize: number;
  bootCount: number;
}

export interface LinkEvents {
  state: [state: LinkState, detail: string];
  /** Received CAN frames; `hostUs` is the host monotonic time the batch arrived. */
  canRx: [batch: CanFrameBatchMsg, hostUs: number];
  canBusStatus: [status: CanBusStatusMsg];
  canErrorFrame: [err: CanErrorFrameMsg, hostUs: number];
  gnssSentence: [s: GnssSentenceMsg, hostUs: number];
  ppsMark: [p: PpsMarkMsg, hostUs: number];
  statusReport: [s: StatusReportMsg];
  errorReport: [e: ErrorReportMsg];
  bootNotice: [b: BootNoticeMsg];
  discard: [d: Discard | { reason: 'decode' | 'unknown-body'; length: number; detail: string }];
}

interface Pending {
  seq: number;
  kind: RequestKind;
  ms: number;
  timer: Timer;
  resolve: (reply: unknown) => void;
  reject: (err: Error) => void;
  t1Us: number;
}

const SEQ_GAP_LIMIT = 1_000_000;

function nextSeq(s: number): number {
  return s >= 0xffffffff ? 1 : s + 1;
}

export class BridgeLink extends EventEmitter<LinkEvents> {
  readonly stats: LinkStats = {
    txFrames: 0, txBytes: 0, rxFrames: 0, rxBytes: 0, rxCrcErrors: 0, rxFramingErrors: 0, rxOversize: 0,
    rxDecodeErrors: 0, rxDropped: 0, rxUnknownBodies: 0, rxLateReplies: 0, rxErrorReports: 0, timeouts: 0,
    txRefused: 0, txDropped: 0, heartbeatsMissed: 0, handshakes: 0, linkUps: 0, reconnects: 0, mcuResets: 0,
    mcuCanOverruns: 0, timeSyncSamples: 0,
  };
  readonly timeSync: TimeSync;
  readonly name: string;

  private readonly clock: Clock;
  private readonly o: Required<Omit<LinkOptions, 'timeSync' | 'transport' | 'clock' | 'name'>>;
  private readonly decoder = new FrameDecoder(MAX_FRAME_PAYLOAD);
  private transport: ByteTransport | undefined;
  private _state: LinkState = 'closed';
  private _mcu: McuInfo | undefined;
  private txSeq = 0;
  private lastRxSeq = 0;
  private pending = new Map<number, Pending>();
  private timers = new Set<Timer>();
  private attempt = 0;
  private missed = 0;
  private stopped = true;
  /** Bumped whenever the transport changes, so callbacks of an old one are ignored. */
  private generation = 0;
  private upWaiters: Array<{ failOnOpenError: boolean; resolve: () => void; reject: (e: Error) => void }> = [];
  private rxHostUs = 0;
  private _lastOpenError: Error | undefined;

  constructor(private readonly options: LinkOptions) {
    super();
    this.clock = options.clock;
    this.name = options.name ?? 'bridge';
    this.timeSync = new TimeSync(options.timeSync);
    this.o = {
      hostSoftware: options.hostSoftware ?? 'v2x-edge',
      requestTimeoutMs: options.requestTimeoutMs ?? 200,
      handshakeTimeoutMs: options.handshakeTimeoutMs ?? 500,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 500,
      heartbeatTimeoutMs: options.heartbeatTimeoutMs ?? 200,
      heartbeatMisses: options.heartbeatMisses ?? 3,
      reconnectInitialMs: options.reconnectInitialMs ?? 100,
      reconnectFactor: options.reconnectFactor ?? 2,
      reconnectMaxMs: options.reconnectMaxMs ?? 5000,
      timeSyncBurst: options.timeSyncBurst ?? 8,
      timeSyncBurstSpacingMs: options.timeSyncBurstSpacingMs ?? 25,
      timeSyncIntervalMs: options.timeSyncIntervalMs ?? 1000,
    };
  }

  get state(): LinkState {
    return this._state;
  }

  /** Why the port could not be opened the last time it was tried (cleared on success). */
  get lastOpenError(): Error | undefined {
    return this._lastOpenError;
  }

  /** Host monotonic time of the last received bytes, microseconds. */
  get lastRxHostUs(): number {
    return this.rxHostUs;
  }

  /** What the MCU said in its last HelloAck. */
  get mcu(): McuInfo | undefined {
    return this._mcu;
  }

  /** Opens the port and keeps the link up until stop(). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    void this.connect();
  }

  /**
   * Resolves when the link is up; rejects after `timeoutMs`, when the link is stopped, or
   * (with `failOnOpenError`) as soon as the port cannot be opened.
   */
  waitUp(timeoutMs: number, opts: { failOnOpenError?: boolean } = {}): Promise<void> {
    if (this._state === 'up') return Promise.resolve();
    if (this.stopped) return Promise.reject(new BridgeError('Bridge_Closed', `${this.name} is not started`));
    return new Promise((resolve, reject) => {
      const w = {
        failOnOpenError: opts.failOnOpenError === true,
        resolve: () => { timer.cancel(); resolve(); },
        reject: (e: Error) => { timer.cancel(); reject(e); },
      };
      const timer = this.clock.setTimeout(() => {
        this.upWaiters = this.upWaiters.filter((x) => x !== w);
        reject(new BridgeError('Bridge_LinkDown', `${this.name} not up after ${timeoutMs} ms (state ${this._state})`));
      }, timeoutMs);
      this.upWaiters.push(w);
    });
  }

  /** Closes the port for good: pending requests fail with Bridge_Closed. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.generation++;
    this.cancelTimers();
    this.failPending(() => new BridgeError('Bridge_Closed', `${this.name} stopped`));
    for (const w of this.upWaiters.splice(0)) w.reject(new BridgeError('Bridge_Closed', `${this.name} stopped`));
    const t = this.transport;
    this.transport = undefined;
    this.setState('closed', 'stopped');
    if (t) await t.close();
  }

  /**
   * Sends a request and resolves with its reply. Rejects with Bridge_Timeout when no reply
   * comes within `timeoutMs`, Bridge_Remote when the MCU answers with an ErrorReport,
   * Bridge_LinkDown at once when the link is not up.
   */
  request<K extends RequestKind>(kind: K, body: RequestMap[K][0], timeoutMs = this.o.requestTimeoutMs): Promise<RequestMap[K][1]> {
    if (this._state !== 'up') {
      this.stats.txRefused++;
      return Promise.reject(new BridgeError('Bridge_LinkDown', `${this.name} is ${this._state}: ${REPLY[kind].type.replace(/Ack$|Response$|Report$/, '')} request not sent`));
    }
    return this.send(kind, body, timeoutMs);
  }

  private send<K extends RequestKind>(kind: K, body: RequestMap[K][0], timeoutMs: number): Promise<RequestMap[K][1]> {
    const t = this.transport;
    if (t === undefined) return Promise.reject(new BridgeError('Bridge_LinkDown', `${this.name} has no open port`));
    this.txSeq = nextSeq(this.txSeq);
    const seq = this.txSeq;
    let payload: Uint8Array;
    try {
      payload = pb.Frame.encode({ seq, [kind]: body } as types.bridge.v1.Frame.$Properties).finish();
      const bytes = encodeFrame(payload, MAX_FRAME_PAYLOAD);
      return new Promise<RequestMap[K][1]>((resolve, reject) => {
        const p: Pending = {
          seq, kind, ms: timeoutMs, resolve: resolve as (r: unknown) => void, reject, t1Us: 0,
          timer: this.clock.setTimeout(() => {
            if (this.pending.get(seq) !== p) return;
            this.pending.delete(seq);
            this.stats.timeouts++;
            reject(new BridgeTimeoutError(REPLY[kind].type, seq, timeoutMs));
          }, timeoutMs),
        };
        this.pending.set(seq, p);
        p.t1Us = this.clock.monotonic() * 1000;
        this.stats.txFrames++;
        this.stats.txBytes += bytes.length;
        if (t.write(bytes) === false) this.stats.txDropped++;
      });
    } catch (e) {
      return Promise.reject(new BridgeError('Bridge_InvalidRequest', `${kind}: ${(e as Error).message}`));
    }
  }

  // ---------------------------------------------------------------- connection life cycle

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const gen = ++this.generation;
    this.setState('connecting', `opening ${this.name}`);
    const t = this.options.transport();
    t.onData((b) => { if (gen === this.generation) this.onBytes(b); });
    t.onClose((err) => { if (gen === this.generation) this.onTransportClosed(err); });
    try {
      await t.open();
    } catch (e) {
      if (gen !== this.generation) return;
      this._lastOpenError = e as Error;
      const detail = `cannot open ${this.name}: ${(e as Error).message}`;
      for (const w of this.upWaiters.filter((x) => x.failOnOpenError)) {
        this.upWaiters = this.upWaiters.filter((x) => x !== w);
        w.reject(new BridgeError('Bridge_LinkDown', detail));
      }
      this.scheduleReconnect(detail);
      return;
    }
    this._lastOpenError = undefined;
    if (gen !== this.generation || this.stopped) {
      await t.close();
      return;
    }
    this.transport = t;
    this.decoder.reset();
    this.txSeq = 0;
    this.lastRxSeq = 0;
    void this.handshake();
  }

  private async handshake(): Promise<void> {
    const gen = this.generation;
    this.cancelTimers();
    this.failPending(() => new BridgeError('Bridge_LinkDown', `${this.name}: handshake restarted`));
    this.setState('handshaking', 'Hello sent');
    this.stats.handshakes++;
    let ack: HelloAckMsg;
    try {
      ack = await this.send('hello', {
        contractMajor: CONTRACT_MAJOR, contractMinor: CONTRACT_MINOR,
        hostSoftware: this.o.hostSoftware, maxFrameSize: MAX_FRAME_PAYLOAD,
      }, this.o.handshakeTimeoutMs);
    } catch (e) {
      if (gen !== this.generation || this.stopped || this._state !== 'handshaking') return;
      if (e instanceof BridgeError && e.code === 'Bridge_LinkDown') return; // superseded by a newer handshake
      this.linkLost(`handshake failed: ${(e as Error).message}`);
      return;
    }
    if (gen !== this.generation || this.stopped) return;
    const info: McuInfo = {
      contractMajor: ack.contractMajor, contractMinor: ack.contractMinor,
      firmwareVersion: ack.firmwareVersion, board: ack.board, deviceId: ack.deviceId,
      capabilities: ack.capabilities.map((c) => pb.Capability[c] ?? `CAPABILITY_${c}`),
      canPorts: ack.canPorts, maxFrameSize: ack.maxFrameSize, bootCount: ack.bootCount,
    };
    if (this._mcu !== undefined && info.bootCount !== this._mcu.bootCount && this.stats.linkUps > 0) {
      // A reboot whose BootNotice we did not see (lost, or the port was closed meanwhile).
      this.noteReset();
    }
    this._mcu = info;
    if (ack.contractMajor !== CONTRACT_MAJOR) {
      const err = new BridgeError('Bridge_VersionMismatch', `${this.name}: MCU speaks contract ${ack.contractMajor}.${ack.contractMinor}, host ${CONTRACT_MAJOR}.${CONTRACT_MINOR}`);
      this.linkLost(err.message, this.o.reconnectMaxMs);
      return;
    }
    this.attempt = 0;
    this.missed = 0;
    this.stats.linkUps++;
    this.setState('up', `MCU ${info.firmwareVersion} (${info.board}), contract ${info.contractMajor}.${info.contractMinor}, boot ${info.bootCount}`);
    for (const w of this.upWaiters.splice(0)) w.resolve();
    if (this.o.heartbeatIntervalMs > 0) this.schedule(this.o.heartbeatIntervalMs, () => this.heartbeat());
    if (this.o.timeSyncIntervalMs > 0) this.timeSyncRound(0);
  }

  private heartbeat(): void {
    if (this._state !== 'up') return;
    const gen = this.generation;
    this.schedule(this.o.heartbeatIntervalMs, () => this.heartbeat());
    this.send('heartbeat', { hostTimeUs: Math.round(this.clock.monotonic() * 1000) }, this.o.heartbeatTimeoutMs).then(
      () => { this.missed = 0; },
      (e: unknown) => {
        if (gen !== this.generation || this._state !== 'up') return;
        if (e instanceof BridgeError && e.code === 'Bridge_Timeout') {
          this.stats.heartbeatsMissed++;
          if (++this.missed >= this.o.heartbeatMisses) this.linkLost(`${this.missed} heartbeats missed (last: ${e.message})`);
        }
      },
    );
  }

  private timeSyncRound(n: number): void {
    if (this._state !== 'up') return;
    const delay = n < this.o.timeSyncBurst ? this.o.timeSyncBurstSpacingMs : this.o.timeSyncIntervalMs;
    this.schedule(n === 0 ? 0 : delay, () => {
      if (this._state !== 'up') return;
      const t1 = this.clock.monotonic() * 1000;
      this.send('timeSyncRequest', { hostTimeUs: Math.round(t1) }, this.o.requestTimeoutMs).then(
        (r) => {
          this.stats.timeSyncSamples++;
          this.timeSync.add({ t1: r.hostTimeUs, t2: r.mcuReceiveUs, t3: r.mcuTransmitUs, t4: this.rxHostUs });
        },
        () => undefined, // counted as a timeout; the next round tries again
      );
      this.timeSyncRound(n + 1);
    });
  }

  /** The MCU stopped answering, or the handshake failed: close the port and reopen it. */
  private linkLost(detail: string, delayMs?: number): void {
    if (this.stopped) return;
    this.generation++;
    this.cancelTimers();
    this.failPending(() => new BridgeError('Bridge_LinkDown', `${this.name}: ${detail}`));
    const t = this.transport;
    this.transport = undefined;
    if (t) void t.close();
    this.scheduleReconnect(detail, delayMs);
  }

  private onTransportClosed(err?: Error): void {
    if (this.stopped) return;
    this.generation++;
    this.transport = undefined;
    this.cancelTimers();
    const detail = `${this.name} closed${err ? `: ${err.message}` : ''}`;
    this.failPending(() => new BridgeError('Bridge_LinkDown', detail));
    this.scheduleReconnect(detail);
  }

  private scheduleReconnect(detail: string, delayMs?: number): void {
    if (this.stopped) return;
    const delay = delayMs ?? Math.min(this.o.reconnectMaxMs, this.o.reconnectInitialMs * this.o.reconnectFactor ** this.attempt);
    this.attempt++;
    this.setState('down', `${detail}; reopening in ${Math.round(delay)} ms`);
    this.schedule(delay, () => {
      this.stats.reconnects++;
      void this.connect();
    });
  }

  private noteReset(): void {
    this.stats.mcuResets++;
    this.timeSync.reset();
  }

  // ---------------------------------------------------------------- receive path

  private onBytes(bytes: Uint8Array): void {
    this.rxHostUs = this.clock.monotonic() * 1000;
    this.stats.rxBytes += bytes.length;
    this.decoder.push(bytes, this.sink);
    const s = this.decoder.stats;
    this.stats.rxCrcErrors = s.crcErrors;
    this.stats.rxFramingErrors = s.framingErrors;
    this.stats.rxOversize = s.oversize;
  }

  private readonly sink = {
    frame: (payload: Uint8Array) => this.onPayload(payload),
    discard: (d: Discard) => { this.emit('discard', d); },
  };

  private onPayload(payload: Uint8Array): void {
    let f: Frame;
    try {
      f = pb.Frame.decode(payload);
    } catch (e) {
      this.stats.rxDecodeErrors++;
      this.emit('discard', { reason: 'decode', length: payload.length, detail: `not a Frame: ${(e as Error).message}` });
      return;
    }
    this.stats.rxFrames++;
    this.trackSeq(f);
    const body = f.body;
    if (f.ackSeq !== 0) {
      this.onReply(f, body);
      return;
    }
    switch (body) {
      case 'canRx': {
        const batch = f.canRx!;
        if (batch.overruns) this.stats.mcuCanOverruns += batch.overruns;
        this.emit('canRx', batch, this.rxHostUs);
        return;
      }
      case 'gnssSentence': this.emit('gnssSentence', f.gnssSentence as GnssSentenceMsg, this.rxHostUs); return;
      case 'ppsMark': this.emit('ppsMark', f.ppsMark as PpsMarkMsg, this.rxHostUs); return;
      case 'canBusStatus': this.emit('canBusStatus', f.canBusStatus as CanBusStatusMsg); return;
      case 'canErrorFrame': this.emit('canErrorFrame', f.canErrorFrame as CanErrorFrameMsg, this.rxHostUs); return;
      case 'statusReport': this.emit('statusReport', f.statusReport as StatusReportMsg); return;
      case 'errorReport': this.onUnsolicitedError(f.errorReport as ErrorReportMsg); return;
      case 'bootNotice': this.onBoot(f.bootNotice as BootNoticeMsg); return;
      case undefined:
        this.stats.rxUnknownBodies++;
        this.emit('discard', { reason: 'unknown-body', length: payload.length, detail: `seq=${f.seq}: a body this contract version (${CONTRACT_MAJOR}.${CONTRACT_MINOR}) does not know` });
        return;
      default:
        this.stats.rxUnknownBodies++;
        this.emit('discard', { reason: 'unknown-body', length: payload.length, detail: `seq=${f.seq}: ${body} is not sent by an MCU` });
    }
  }

  private trackSeq(f: Frame): void {
    const seq = f.seq;
    if (f.body === 'bootNotice' || this.lastRxSeq === 0) {
      this.lastRxSeq = seq;
      return;
    }
    const expected = nextSeq(this.lastRxSeq);
    if (seq !== expected) {
      const gap = (seq - expected + 0x100000000) % 0x100000000;
      if (gap < SEQ_GAP_LIMIT) this.stats.rxDropped += gap;
    }
    this.lastRxSeq = seq;
  }

  private onReply(f: Frame, body: Frame['body']): void {
    const p = this.pending.get(f.ackSeq);
    if (p === undefined) {
      this.stats.rxLateReplies++;
      return;
    }
    this.pending.delete(f.ackSeq);
    p.timer.cancel();
    if (body === 'errorReport') {
      const e = f.errorReport as ErrorReportMsg;
      const code = pb.ErrorCode[e.code] ?? `ERROR_CODE_${e.code}`;
      p.reject(new BridgeRemoteError(code, p.seq, e.detail));
      if (e.code === pb.ErrorCode.ERROR_CODE_NOT_READY && this._state === 'up') {
        // The MCU has no session: it rebooted and its BootNotice was lost.
        this.noteReset();
        void this.handshake();
      }
      return;
    }
    const want = REPLY[p.kind];
    if (body !== want.body) {
      p.reject(new BridgeError('Bridge_Protocol', `expected ${want.type} for seq=${p.seq}, got ${body ?? 'an unknown body'}`));
      return;
    }
    p.resolve(f[want.body]);
  }

  private onUnsolicitedError(e: ErrorReportMsg): void {
    this.stats.rxErrorReports++;
    this.emit('errorReport', e);
  }

  private onBoot(b: BootNoticeMsg): void {
    this.emit('bootNotice', b);
    const known = this._mcu?.bootCount;
    if (this._state === 'up' || (known !== undefined && b.bootCount !== known)) {
      this.noteReset();
      if (this._mcu) this._mcu = { ...this._mcu, bootCount: b.bootCount };
      this.failPending(() => new BridgeError('Bridge_McuReset', `${this.name}: MCU rebooted (boot ${b.bootCount}, ${pb.ResetReason[b.reason] ?? b.reason})`));
      void this.handshake();
    }
    // While handshaking the notice is usually one the MCU sent before the port was opened,
    // and our Hello will be answered; if the MCU rebooted after the Hello instead, the Hello
    // times out and the handshake is tried again.
  }

  // ---------------------------------------------------------------- helpers

  private setState(s: LinkState, detail: string): void {
    if (this._state === s && s !== 'down') return;
    this._state = s;
    this.emit('state', s, detail);
  }

  private schedule(ms: number, fn: () => void): void {
    const timer = this.clock.setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }

  private cancelTimers(): void {
    for (const t of this.timers) t.cancel();
    this.timers.clear();
  }

  private failPending(make: () => Error): void {
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) {
      p.timer.cancel();
      p.reject(make());
    }
  }
}
