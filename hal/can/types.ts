/**
 * The CAN bus contract. Every implementation (SocketCAN, the in-process virtual bus, the
 * firmware bridge) obeys the same rules; one conformance suite checks them all.
 *
 * Rules:
 * - `open()` must resolve before `send()`; frames received before `open()` are not seen.
 * - Identifiers are 11-bit (0..0x7FF) unless `extended` (29-bit, 0..0x1FFFFFFF).
 * - Classic frames carry 0..8 data bytes; FD frames 0..8, 12, 16, 20, 24, 32, 48 or 64.
 *   `send()` rejects anything else with a CanError, as the kernel does.
 * - Iterating the bus (`for await (const f of bus)`) yields received frames in order, each
 *   with a receive `timestamp`; the iteration ends when the bus is closed.
 * - A bus does not receive its own sent frames (SocketCAN's default without
 *   CAN_RAW_RECV_OWN_MSGS); other buses on the same channel do.
 * - Error frames and bus-state changes are events, not frames.
 */
export interface CanFrame {
  /** Arbitration id: 11-bit, or 29-bit when `extended`. */
  id: number;
  /** 29-bit identifier. */
  extended?: boolean;
  /** Remote transmission request (classic frames only; `data` holds no bytes then). */
  rtr?: boolean;
  /** CAN FD frame. */
  fd?: boolean;
  /** FD bit-rate switch. */
  brs?: boolean;
  /** FD error state indicator. */
  esi?: boolean;
  /** Payload bytes. */
  data: Uint8Array;
  /** Receive (or log) time: seconds since the Unix epoch, microsecond resolution. */
  timestamp?: number;
}

export type CanBusState = 'active' | 'warning' | 'passive' | 'bus-off' | 'down' | 'closed';

export interface CanBusEvents {
  /** An error frame from the controller or kernel (decoded class bits where known). */
  errorFrame: (err: { timestamp: number; classes: string[]; data: Uint8Array }) => void;
  /** The interface changed state (down / up again / bus-off ...). */
  state: (state: CanBusState, detail?: string) => void;
}

export interface CanBus extends AsyncIterable<CanFrame> {
  /** Channel (interface) name, e.g. `can0`, `vcan0`. */
  readonly channel: string;
  open(): Promise<void>;
  send(frame: CanFrame): Promise<void>;
  close(): Promise<void>;
  on<E extends keyof CanBusEvents>(event: E, listener: CanBusEvents[E]): this;
  off<E extends keyof CanBusEvents>(event: E, listener: CanBusEvents[E]): this;
}
