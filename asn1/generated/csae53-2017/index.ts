// Generated from T/CSAE 53-2017 by asn1/compiler; do not edit.
// Entry point of the edition.

import { createCodec } from '../../runtime/api.js';
import { decoders, encoders } from './codec.js';
import { schema } from './schema.js';
import type { Types } from './types.js';

export * from './types.js';
export { schema } from './schema.js';

/** UPER encode/decode and JER conversion for every type of T/CSAE 53-2017. */
export const codec = createCodec<Types>(schema, encoders, decoders);
