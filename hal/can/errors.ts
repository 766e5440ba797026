/**
 * Errors of the CAN layer. Tests and callers branch on `code` (stable), never on the wording.
 * `path` names the offending field of our own data (`frame.data`, `frame.id`).
 */
export type CanErrorCode =
  /** The frame breaks a rule of the contract (id range, length, flags); nothing was sent. */
  | 'INVALID_FRAME'
  /** `send()` before `open()` resolved. */
  | 'NOT_OPEN'
  /** The bus was closed. */
  | 'CLOSED'
  /** The interface is down or gone; the bus is waiting for it to come back. */
  | 'DOWN'
  /** No interface of that name. */
  | 'NO_DEVICE'
  /** The kernel has no CAN support (no AF_CAN), or the native addon cannot be loaded. */
  | 'NO_CAN'
  /** The channel refused the frame (transmit queue full, controller error). */
  | 'SEND_FAILED'
  /** A second concurrent iteration of one bus. */
  | 'BUSY'
  /** A candump log line (or file) that cannot be read. */
  | 'BAD_LOG';

export class CanError extends Error {
  override readonly name = 'CanError';
  constructor(
    readonly code: CanErrorCode,
    message: string,
    readonly path?: string,
  ) {
    super(path === undefined ? `${code}: ${message}` : `${code}: ${path}: ${message}`);
  }
}
