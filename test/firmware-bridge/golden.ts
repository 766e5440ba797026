/**
 * Golden frames: one per body kind, every field set, the same values as
 * firmware-bridge/mcu/tools/vectors.c emits. `NEXT_EXTRAS` are the fields the contract 1.1
 * fixture adds (set by the C vector tool built against it).
 */
import type { types } from '../../firmware-bridge/generated/bridge_v1.js';

type FrameProps = types.bridge.v1.Frame.$Properties;

const deviceId = new Uint8Array([0x00, 0xff, 0x10, 0x00, 0x7f, 0x80, 0x01, 0x02, 0x03, 0x00, 0x00, 0xaa]);
const fd64 = Uint8Array.from({ length: 64 }, (_, i) => i);
const payload300 = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) & 0xff);

export const GOLDEN: Record<string, FrameProps> = {
  hello: { seq: 1, hello: { contractMajor: 1, contractMinor: 7, hostSoftware: 'v2x-edge/0.1.0 (ünicöde)', maxFrameSize: 1536 } },
  helloAck: {
    seq: 1, ackSeq: 1,
    helloAck: {
      contractMajor: 1, contractMinor: 3, firmwareVersion: 'fw 2.4.1-rc1', board: 'STM32G474 rev C', deviceId,
      capabilities: [1, 2, 4, 6], canPorts: 2, maxFrameSize: 1536, bootCount: 4294967295, mcuTimeUs: 2 ** 53 - 1,
    },
  },
  heartbeat: { seq: 4294967295, heartbeat: { hostTimeUs: 1234567890123 } },
  heartbeatAck: { seq: 2, ackSeq: 4294967295, heartbeatAck: { mcuTimeUs: 42, txQueueDepth: 3 } },
  timeSyncRequest: { seq: 3, timeSyncRequest: { hostTimeUs: 1700000000000000 } },
  timeSyncResponse: { seq: 3, ackSeq: 3, timeSyncResponse: { hostTimeUs: 1700000000000000, mcuReceiveUs: 5000000123, mcuTransmitUs: 5000000456 } },
  canRx: {
    seq: 5,
    canRx: {
      frames: [
        { port: 0, id: 0x25, data: new Uint8Array([0x00, 0x00, 0x10, 0x00, 0xc0, 0x00, 0x00, 0xfd]), mcuTimeUs: 1000 },
        { port: 1, id: 0x1fffffff, extended: true, fd: true, brs: true, esi: true, data: fd64, mcuTimeUs: 2 ** 40 },
        { id: 0x7ff, rtr: true, data: new Uint8Array(4), mcuTimeUs: 1001 },
      ],
      overruns: 7,
    },
  },
  canTransmit: { seq: 6, canTransmit: { port: 1, id: 0x123, data: new Uint8Array([0xde, 0xad, 0xbe, 0xef]) } },
  canTransmitReport: { seq: 7, ackSeq: 6, canTransmitReport: { status: 1, mcuTimeUs: 99 } },
  canBusStatus: { seq: 8, canBusStatus: { port: 1, state: 4, txErrorCount: 256, rxErrorCount: 12 } },
  canErrorFrame: { seq: 9, canErrorFrame: { port: 0, errorClass: 0x44, data: new Uint8Array([0, 4, 0, 0, 0, 0, 0x80, 0x10]), mcuTimeUs: 77 } },
  gnssSentence: { seq: 10, gnssSentence: { text: '$GPGGA,161448.30,3743.2598620,N,12228.3383180,W,1,12,,65.7,M,-32.3,M,,*4D', mcuTimeUs: 123456 } },
  ppsMark: { seq: 11, ppsMark: { mcuTimeUs: 1000000, count: 1 } },
  v2xTransmit: { seq: 12, v2xTransmit: { channel: 172, psid: 0x20, powerHalfDbm: -7, dataRate_500kbps: 12, priority: 7, payload: payload300 } },
  v2xTransmitReport: { seq: 13, ackSeq: 12, v2xTransmitReport: { status: 1, mcuTimeUs: 3000000000, airtimeUs: 412, channel: 172 } },
  statusRequest: { seq: 14, statusRequest: {} },
  statusReport: {
    seq: 15, ackSeq: 14,
    statusReport: {
      uptimeMs: 86400000,
      link: { rxFrames: 1, rxCrcErrors: 2, rxFramingErrors: 3, rxOversize: 4, rxDecodeErrors: 5, rxSeqGaps: 6, txFrames: 7, txDropped: 8 },
      can: [{ port: 0, state: 1 }, { port: 1, state: 3, txErrorCount: 130, rxErrorCount: 5 }],
      txQueueDepth: 2, canRxOverruns: 9,
    },
  },
  errorReport: { seq: 16, ackSeq: 99, errorReport: { code: 2, refSeq: 99, detail: 'unknown body (newer contract?)' } },
  bootNotice: { seq: 1, bootNotice: { bootCount: 12, reason: 2 } },
};

/** Contract 1.1: extra fields of existing bodies (by golden name and body) and the new bodies. */
export const NEXT_EXTRAS: Record<string, Record<string, unknown>> = {
  helloAck: { serialNumber: 'SN-0042' },
  heartbeatAck: { temperatureDecic: -125 },
};
export const NEXT_CAN_FILTER_INDEX = 3; // canRx.frames[0].filterIndex
export const NEXT_BODIES: Record<string, Record<string, unknown>> = {
  mcuLog: { seq: 17, mcuLog: { level: 2, text: 'session opened' } },
  canFilter: { seq: 18, canFilter: { port: 0, ids: [0x25, 0xb4] } },
  canFilterReply: { seq: 19, ackSeq: 18, canFilterReply: { status: 1, filtersUsed: 2 } },
};
