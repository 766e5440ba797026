/**
 * Errors of the bridge, each with a stable `code` that starts its message:
 * `Bridge_Timeout: no HeartbeatAck for seq=17 after 200 ms`. Tests and callers branch on the
 * code, never on the wording after it.
 */
export type BridgeErrorCode =
  /** A request got no reply in time. */
  | 'Bridge_Timeout'
  /** The link is not up (port closed, MCU silent, handshake pending); nothing was sent. */
  | 'Bridge_LinkDown'
  /** The MCU rebooted while the request was pending; its reply will never come. */
  | 'Bridge_McuReset'
  /** The MCU answered the request with an ErrorReport. */
  | 'Bridge_Remote'
  /** The MCU answered with the wrong body. */
  | 'Bridge_Protocol'
  /** The MCU speaks another major version of the contract. */
  | 'Bridge_VersionMismatch'
  /** The bridge was stopped. */
  | 'Bridge_Closed'
  /** A request built on this side does not fit the contract (a bug of the caller). */
  | 'Bridge_InvalidRequest';

export class BridgeError extends Error {
  constructor(readonly code: BridgeErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = 'BridgeError';
  }
}

/** `Bridge_Timeout: no HeartbeatAck for seq=17 after 200 ms` */
export class BridgeTimeoutError extends BridgeError {
  constructor(readonly reply: string, readonly seq: number, readonly ms: number) {
    super('Bridge_Timeout', `no ${reply} for seq=${seq} after ${ms} ms`);
    this.name = 'BridgeTimeoutError';
  }
}

/** The MCU's ErrorReport for a request: `Bridge_Remote: ERROR_CODE_NOT_READY for seq=4 (no session: send Hello first)`. */
export class BridgeRemoteError extends BridgeError {
  constructor(readonly remoteCode: string, readonly seq: number, readonly detail: string) {
    super('Bridge_Remote', `${remoteCode} for seq=${seq}${detail ? ` (${detail})` : ''}`);
    this.name = 'BridgeRemoteError';
  }
}
