/**
 * What the message loop hands to a transport, and what every transport (raw UDP, RSU 4.1
 * Immediate Forward, WSMP with IEEE 1609.2, pcap capture) offers the loop.
 *
 * Rules: `send` never blocks the loop and never throws for I/O problems: a failed send is
 * counted in `stats.errors` and reported through `onError`; the loop goes on.
 */
export interface OutgoingMessage {
  /** The UPER-encoded MessageFrame. */
  frame: Uint8Array;
  /** J2735 messageId of the frame (20 for a BSM), or the CSAE MsgFrame alternative index. */
  messageId: number;
  /** Message name for logs and RSU formats: 'BSM', 'SPAT', 'MAP', 'TIM', 'PSM', ... */
  type: string;
  /** Clock time (ms, monotonic) when the loop handed the message over, for latency figures. */
  t: number;
}

export interface SinkStats {
  sent: number;
  errors: number;
  bytes: number;
}

export interface MessageSink {
  readonly name: string;
  send(msg: OutgoingMessage): void;
  close(): Promise<void>;
  readonly stats: SinkStats;
  onError?: (err: Error) => void;
}
