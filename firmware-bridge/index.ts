/**
 * The firmware bridge: a microcontroller on a UART, speaking protobuf contract v1
 * (firmware-bridge/proto/v1/bridge.proto) in COBS frames with a CRC-32C.
 *
 * Start with `FirmwareBridge`; its `canBus(port)` and `gnssSource()` are the HAL devices the
 * rest of the stack uses, `transmitV2x()` hands messages to the MCU's radio.
 */
export { FirmwareBridge, type FirmwareBridgeOptions, type V2xTransmitOptions, type V2xTransmitResult } from './host/bridge.js';
export { BridgeCanBus, type BridgeCanBusOptions } from './host/can-bus.js';
export { BridgeGnssSource, type BridgeGnssOptions, type PpsState } from './host/gnss-source.js';
export { BridgeLink, type LinkOptions, type LinkState, type LinkStats, type McuInfo, type RequestKind } from './host/link.js';
export { BridgeError, BridgeRemoteError, BridgeTimeoutError, type BridgeErrorCode } from './host/errors.js';
export { CONTRACT_MAJOR, CONTRACT_MINOR, LIMITS, MAX_FRAME_PAYLOAD } from './host/contract.js';
export { encodeFrame, FrameDecoder, FramingError, type Discard, type DiscardReason, type FrameStats } from './host/framing.js';
export { TimeSync, type TimeSyncEstimate, type TimeSyncOptions, type TimeSyncSample } from './host/time-sync.js';
export { SerialTransport, type ByteTransport, type TransportFactory } from './host/transport.js';
export { pb, type types } from './generated/bridge_v1.js';
