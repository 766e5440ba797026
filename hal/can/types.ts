/**
 * The CAN bus contract. Every implementation (SocketCAN, the in-process virtual bus, the
 * firmware bridge) obeys the same rules; one conformance suite (test/can/conformance.ts)
 * checks them all.
 *
 * Lifecycle
 * - A bus is created closed to traffic; `open()` attaches it to its channel. `open()` rejects
 *   with a CanError (`NO_DEVICE`, `NO_CAN`, ...) when the channel cannot be opened at all, so
 *   a mistyped interface name fails at once instead of waiting forever.
 * - Frames sent on the channel before `open()` resolves are not seen.
 * - `close()` is final: it detaches the bus, ends the iteration (after the frames already
 *   received have been yielded) and makes `send()` reject with `CLOSED`. A closed bus cannot
 *   be opened again; create a new one. `close()` twice is harmless.
 *
 * Frames
 * - Identifiers are 11-bit (0..0x7FF) unless `extended` (29-bit, 0..0x1FFFFFFF).
 * - Classic frames carry 0..8 data bytes. FD frames carry 0..8, 12, 16, 20, 24, 32, 48 or 64
 *   bytes. A real controller pads any other FD length up to the next valid one, so the
 *   receiver would see a different frame: `send()` rejects such lengths instead.
 * - A remote frame (`rtr`) is classic only; its `data.length` is the requested length (DLC,
 *   0..8) and its bytes are zero and carry no meaning.
 * - `brs` needs `fd`. `esi` is set by the transmitting controller: it is reported on receive
 *   where the implementation can (see `capabilities`) and ignored on send.
 * - A channel that is not FD-capable (a classic controller, or MTU 16) rejects FD frames.
 * - `send()` rejects invalid frames with CanError `INVALID_FRAME` whose `path` names the
 *   field (`frame.data`, `frame.id`, ...), like the kernel's EINVAL, and nothing is sent.
 *
 * Receiving
 * - Iterating the bus (`for await (const f of bus)`) yields received frames in arrival order,
 *   each with its receive `timestamp` (kernel time where there is a kernel, else the bus's
 *   clock). `extended`, `rtr` and `fd` are always present (true or false) on received frames.
 * - One iteration at a time: a second concurrent iteration throws CanError `BUSY`. Leaving a
 *   `for await` early (break/return) keeps the bus open; a later iteration resumes with the
 *   next frame.
 * - A bus does not receive its own sent frames (SocketCAN's default without
 *   CAN_RAW_RECV_OWN_MSGS); every other bus on the same channel does.
 * - Frames that arrive while nobody iterates are queued up to a limit; beyond it arriving
 *   frames are dropped and counted in `stats.rxDropped`, as a full kernel socket buffer drops
 *   them, so what is yielded is always an in-order run of what was received.
 *
 * Errors and state
 * - Error frames and bus-state changes are events, not frames.
 * - State: `active` once open; `warning` / `passive` / `bus-off` from the controller's error
 *   frames; `down` when the interface goes down or disappears (ip link set down, USB adapter
 *   unplugged); `active` again when it is back; `closed` after `close()`.
 * - While `down`, `send()` rejects with CanError `DOWN`; the iteration does not end. An
 *   interface that disappears is reopened with exponential backoff; frames resume when it
 *   returns. Nothing of this throws out of the receive loop.
 */
export interface CanFrame {
  /** Arbitration id: 11-bit, or 29-bit when `extended`. */
  id: number;
  /** 29-bit identifier. */
  extended?: boolean;
  /** Remote transmission request (classic frames only); `data.length` is the DLC, bytes zero. */
  rtr?: boolean;
  /** CAN FD frame. */
  fd?: boolean;
  /** FD bit-rate switch (FD frames only). */
  brs?: boolean;
  /** FD error state indicator (receive only; ignored on send). */
  esi?: boolean;
  /** Payload bytes. */
  data: Uint8Array;
  /** Receive (or log) time: seconds since the Unix epoch, microsecond resolution. Ignored on send. */
  timestamp?: number;
}

/** Error classes of an error frame (the class bits of linux/can/error.h, by name). */
export type CanErrorClass =
  | 'tx-timeout' | 'lost-arbitration' | 'controller' | 'protocol' | 'transceiver'
  | 'no-ack' | 'bus-off' | 'bus-error' | 'restarted' | 'counters';

/** An error frame, in SocketCAN's layout (linux/can/error.h). */
export interface CanErrorFrame {
  /** Receive time, seconds since the Unix epoch. */
  timestamp: number;
  /** The class bits (the error frame's id without the error flag). */
  bits: number;
  /** The class bits by name, in bit order. */
  classes: CanErrorClass[];
  /** The 8 data bytes (controller status in data[1], protocol error in data[2..3], counters in data[6..7]). */
  data: Uint8Array;
}

export type CanBusState = 'active' | 'warning' | 'passive' | 'bus-off' | 'down' | 'closed';

export interface CanBusEvents {
  /** An error frame from the controller or kernel. */
  errorFrame: (err: CanErrorFrame) => void;
  /** The bus changed state (down / up again / bus-off ...); `detail` says why in words. */
  state: (state: CanBusState, detail?: string) => void;
}

/** Counters since the bus was created. */
export interface CanBusStats {
  /** Frames delivered into the receive queue. */
  rxFrames: number;
  /** Frames accepted by `send()`. */
  txFrames: number;
  /** Received frames dropped because the receive queue was full. */
  rxDropped: number;
  /** Error frames received. */
  errorFrames: number;
  /** Times the channel was reopened after it disappeared. */
  reopens: number;
  /** Exceptions thrown by event listeners (caught so that they cannot stop the bus). */
  listenerErrors: number;
}

export interface CanBusCapabilities {
  /**
   * Whether received frames report `fd` for FD frames of 0..8 bytes, and `brs`/`esi`.
   * When false, `fd` is reported only for frames longer than 8 bytes and `brs`/`esi` are
   * always false (the `socketcan` addon does not pass the kernel's FD flags up).
   */
  fdFlagsOnReceive: boolean;
}

export interface CanBus extends AsyncIterable<CanFrame> {
  /** Channel (interface) name, e.g. `can0`, `vcan0`. */
  readonly channel: string;
  /** Current state; `closed` before `open()` and after `close()`. */
  readonly state: CanBusState;
  readonly stats: Readonly<CanBusStats>;
  readonly capabilities: Readonly<CanBusCapabilities>;
  open(): Promise<void>;
  /** Resolves once the frame has been handed to the channel (kernel, peer buses or bridge). */
  send(frame: CanFrame): Promise<void>;
  close(): Promise<void>;
  on<E extends keyof CanBusEvents>(event: E, listener: CanBusEvents[E]): this;
  off<E extends keyof CanBusEvents>(event: E, listener: CanBusEvents[E]): this;
}
