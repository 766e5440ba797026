// Generated from SAE J2735 2024 (J2735_202409) with the J2945/J3186/J3217/J3224 modules it imports by asn1/compiler; do not edit.
// Entry point of the edition.

import { createCodec } from '../../runtime/api.js';
import { decoders, encoders } from './codec.js';
import { schema } from './schema.js';
import type { Types } from './types.js';

export * from './types.js';
export { schema } from './schema.js';

/** UPER encode/decode and JER conversion for every type of SAE J2735 2024 (J2735_202409) with the J2945/J3186/J3217/J3224 modules it imports. */
export const codec = createCodec<Types>(schema, encoders, decoders);
