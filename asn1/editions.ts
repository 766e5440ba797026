/**
 * The generated editions, loaded on demand by name. Applications pick one through a profile
 * (see src/config/profiles.ts) or the CLI's --edition.
 */
import type { Codec } from './runtime/api.js';

export const EDITIONS = ['j2735-2016', 'j2735-2020', 'j2735-2024', 'csae53-2017'] as const;
export type EditionName = (typeof EDITIONS)[number];
export const DEFAULT_EDITION: EditionName = 'j2735-2020';

export type AnyCodec = Codec<Record<string, unknown>>;

export function isEdition(name: string): name is EditionName {
  return (EDITIONS as readonly string[]).includes(name);
}

/** The codec of one edition (each is loaded once, when first asked for). */
export async function loadEdition(name: EditionName): Promise<AnyCodec> {
  switch (name) {
    case 'j2735-2016':
      return (await import('./generated/j2735-2016/index.js')).codec as unknown as AnyCodec;
    case 'j2735-2020':
      return (await import('./generated/j2735-2020/index.js')).codec as unknown as AnyCodec;
    case 'j2735-2024':
      return (await import('./generated/j2735-2024/index.js')).codec as unknown as AnyCodec;
    case 'csae53-2017':
      return (await import('./generated/csae53-2017/index.js')).codec as unknown as AnyCodec;
  }
}

/** The top-level PDU of an edition: J2735 MessageFrame (a SEQUENCE), CSAE MessageFrame (a CHOICE). */
export const FRAME_TYPE: Record<EditionName, string> = {
  'j2735-2016': 'MessageFrame',
  'j2735-2020': 'MessageFrame',
  'j2735-2024': 'MessageFrame',
  'csae53-2017': 'MessageFrame',
};
