/** GNSS: the contract, the sources, and the pure decoding pieces they are built from. */
export * from './types.js';
export { BaseGnssSource, GnssConfigError, type SourceOptions, type ReconnectOptions, type SourceDecoder } from './source.js';
export { SerialGnssSource, serialByIdFor, type SerialGnssOptions } from './serial.js';
export { GpsdGnssSource, parseHostPort, GPSD_DEFAULT_PORT, type GpsdGnssOptions } from './gpsd.js';
export { ReplayGnssSource, planReplay, runReplay, readCapture, stripLogComments, type ReplayChunk, type ReplayGnssOptions, type ReplayRunOptions } from './replay.js';
export { GnssStreamDecoder, decodeCapture, type DecoderOptions } from './decoder.js';
export { GpsdJsonDecoder, parseGpsdReport, parseGpsdTime, gpsdWatchCommand } from './gpsd-json.js';
export { Framer, asciiSlice, type FrameHandler, type FramerOptions, type FrameDiscardReason } from './framer.js';
export { parseNmea, parseNmeaSentence, KNOTS_TO_MPS, type NmeaResult } from './nmea.js';
export { parseUbxFrame, encodeUbxFrame, type UbxResult } from './ubx.js';
export { EpochAssembler, ellipseFromCovariance, type EpochAssemblerOptions, type FlushReason } from './epoch.js';
export * from './leap-seconds.js';
