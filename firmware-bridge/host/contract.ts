/**
 * Constants of the bridge contract (firmware-bridge/proto/v1/bridge.proto) that protobuf
 * cannot carry: the version, and the size limits of the MCU side (proto/v1/bridge.options).
 * The C reference defines the same values in mcu/src/bridge.h; the tests check both agree.
 */

/** Contract major version: the protobuf package `v2xedge.bridge.v1`. */
export const CONTRACT_MAJOR = 1;
/** Contract minor version: bumped for every additive change of bridge.proto. */
export const CONTRACT_MINOR = 0;

/** Largest frame payload (protobuf bytes, before the CRC and COBS) either side sends or accepts. */
export const MAX_FRAME_PAYLOAD = 1536;

/** Field limits of the MCU side (nanopb static sizes). */
export const LIMITS = {
  hostSoftware: 48,
  firmwareVersion: 32,
  board: 32,
  deviceId: 16,
  capabilities: 8,
  canData: 64,
  canBatch: 48,
  canErrorData: 8,
  gnssText: 128,
  v2xPayload: 1400,
  statusCan: 4,
  errorDetail: 64,
} as const;
