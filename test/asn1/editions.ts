/** The generated editions, for tests that run over each of them. */
import { codec as c2016 } from '../../asn1/generated/j2735-2016/index.js';
import { codec as c2020 } from '../../asn1/generated/j2735-2020/index.js';
import { codec as c2024 } from '../../asn1/generated/j2735-2024/index.js';
import { codec as csae } from '../../asn1/generated/csae53-2017/index.js';
import type { Codec } from '../../asn1/runtime/api.js';

export type AnyCodec = Codec<Record<string, unknown>>;

export const editions: [string, AnyCodec][] = [
  ['j2735-2016', c2016 as unknown as AnyCodec],
  ['j2735-2020', c2020 as unknown as AnyCodec],
  ['j2735-2024', c2024 as unknown as AnyCodec],
  ['csae53-2017', csae as unknown as AnyCodec],
];
