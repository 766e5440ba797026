/**
 * The frame rules of the contract (hal/can/types.ts), in one place so that every
 * implementation enforces exactly the same limits, and the error-frame layout of
 * linux/can/error.h.
 */
import { CanError } from './errors.js';
import type { CanBusState, CanErrorClass, CanErrorFrame, CanFrame } from './types.js';

export const MAX_STD_ID = 0x7ff;
export const MAX_EXT_ID = 0x1fffffff;
export const CAN_MAX_DLEN = 8;
export const CANFD_MAX_DLEN = 64;
/** The data lengths an FD frame can have (ISO 11898-1 DLC 0..15). */
export const FD_LENGTHS: readonly number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 12, 16, 20, 24, 32, 48, 64];
const fdLengthOk = new Uint8Array(CANFD_MAX_DLEN + 1);
for (const n of FD_LENGTHS) fdLengthOk[n] = 1;

/**
 * Throws CanError `INVALID_FRAME` (with the field's path) when `frame` breaks a rule of the
 * contract; `fdCapable` says whether the channel accepts FD frames.
 */
export function validateFrame(frame: CanFrame, fdCapable: boolean): void {
  const bad = (path: string, msg: string): never => { throw new CanError('INVALID_FRAME', msg, path); };
  if (frame === null || typeof frame !== 'object') bad('frame', 'not an object');
  const { id, data } = frame;
  if (!Number.isInteger(id) || id < 0) bad('frame.id', `${String(id)} is not a non-negative integer`);
  if (frame.extended === true) {
    if (id > MAX_EXT_ID) bad('frame.id', `0x${id.toString(16)} > 0x1FFFFFFF (29-bit)`);
  } else if (id > MAX_STD_ID) {
    bad('frame.id', `0x${id.toString(16)} > 0x7FF (11-bit; set extended for 29-bit ids)`);
  }
  if (!(data instanceof Uint8Array)) bad('frame.data', 'not a Uint8Array');
  const n = data.length;
  if (frame.fd === true) {
    if (!fdCapable) bad('frame.fd', 'the channel is not FD-capable');
    if (frame.rtr === true) bad('frame.rtr', 'FD frames have no remote frames');
    if (n > CANFD_MAX_DLEN || fdLengthOk[n] !== 1) bad('frame.data', `${n} bytes is not an FD length (0..8, 12, 16, 20, 24, 32, 48, 64)`);
  } else {
    if (frame.brs === true) bad('frame.brs', 'bit-rate switch needs an FD frame');
    if (n > CAN_MAX_DLEN) bad('frame.data', `${n} bytes > 8 for a classic frame`);
  }
}

/** A received frame in the shape the contract promises (all flags present). */
export function receivedFrame(
  id: number, extended: boolean, rtr: boolean, fd: boolean, brs: boolean, esi: boolean,
  data: Uint8Array, timestamp: number,
): CanFrame {
  return { id, extended, rtr, fd, brs, esi, data, timestamp };
}

/** A copy of `frame` as a receiver sees it: flags normalised, RTR bytes zeroed, own buffer. */
export function copyForReceive(frame: CanFrame, timestamp: number, fdFlags: boolean): CanFrame {
  const fd = frame.fd === true;
  const data = frame.rtr === true ? new Uint8Array(frame.data.length) : frame.data.slice();
  return receivedFrame(
    frame.id, frame.extended === true, frame.rtr === true,
    fdFlags ? fd : data.length > CAN_MAX_DLEN,
    fdFlags && fd && frame.brs === true, fdFlags && fd && frame.esi === true,
    data, timestamp,
  );
}

/** The error flag of a SocketCAN id (CAN_ERR_FLAG). */
export const CAN_ERR_FLAG = 0x20000000;
/** The class bits of an error frame's id (CAN_ERR_MASK). */
export const CAN_ERR_MASK = 0x1fffffff;

const ERROR_CLASSES: readonly [number, CanErrorClass][] = [
  [0x001, 'tx-timeout'], [0x002, 'lost-arbitration'], [0x004, 'controller'], [0x008, 'protocol'],
  [0x010, 'transceiver'], [0x020, 'no-ack'], [0x040, 'bus-off'], [0x080, 'bus-error'],
  [0x100, 'restarted'], [0x200, 'counters'],
];

/** Builds the error-frame event from its class bits and 8 data bytes. */
export function errorFrame(bits: number, data: Uint8Array, timestamp: number): CanErrorFrame {
  const b = bits & CAN_ERR_MASK;
  const classes: CanErrorClass[] = [];
  for (const [bit, name] of ERROR_CLASSES) if ((b & bit) !== 0) classes.push(name);
  const d = new Uint8Array(8);
  d.set(data.subarray(0, 8));
  return { timestamp, bits: b, classes, data: d };
}

// linux/can/error.h, data[1] of a controller-class error frame.
const CRTL_RX_WARNING = 0x04;
const CRTL_TX_WARNING = 0x08;
const CRTL_RX_PASSIVE = 0x10;
const CRTL_TX_PASSIVE = 0x20;
const CRTL_ACTIVE = 0x40;

/** The bus state an error frame implies, or undefined when it says nothing about the state. */
export function stateFromErrorFrame(err: CanErrorFrame): CanBusState | undefined {
  if ((err.bits & 0x040) !== 0) return 'bus-off';
  if ((err.bits & 0x004) !== 0) {
    const c = err.data[1] ?? 0;
    if ((c & (CRTL_RX_PASSIVE | CRTL_TX_PASSIVE)) !== 0) return 'passive';
    if ((c & (CRTL_RX_WARNING | CRTL_TX_WARNING)) !== 0) return 'warning';
    if ((c & CRTL_ACTIVE) !== 0) return 'active';
  }
  if ((err.bits & 0x100) !== 0) return 'active';
  return undefined;
}
