// Generated from firmware-bridge/proto/v1/bridge.proto by firmware-bridge/scripts/gen.ts (protobufjs-cli 2.7.1); do not edit.
// The static protobuf code of contract v1 with its declared types.
import $protobuf from 'protobufjs/minimal.js';
import { v2xedge as code } from './bridge_v1_code.js';
import type { v2xedge as types } from './bridge_v1_types.js';

// 64-bit fields decode to numbers, as declared (--force-number): every 64-bit field of the
// contract is a microsecond time far below 2^53. protobufjs otherwise returns Long objects
// whenever the long package is installed.
$protobuf.util.Long = null as unknown as typeof $protobuf.util.Long;
$protobuf.configure();

export type { types };
/** The generated message classes of package v2xedge.bridge.v1. */
export const pb: typeof types.bridge.v1 = (code as { bridge: { v1: typeof types.bridge.v1 } }).bridge.v1;
