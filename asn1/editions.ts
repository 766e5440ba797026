/**
 * The generated editions, loaded on demand by name. Applications pick one through a profile
 * (see src/config) or the CLI's --edition.
 */
import type { Codec } from './runtime/api.js';

export const EDITIONS = ['j2735-2020'] as const;
export type EditionName = (typeof EDITIONS)[number];
export const DEFAULT_EDITION: EditionName = 'j2735-2020';

export type AnyCodec = Codec<Record<string, unknown>>;

export function isEdition(name: string): name is EditionName {
  return (EDITIONS as readonly string[]).includes(name);
}

/** The codec of one edition. */
export async function loadEdition(name: EditionName): Promise<AnyCodec> {
  switch (name) {
    case 'j2735-2020':
      return (await import('./generated/j2735-2020/index.js')).codec as unknown as AnyCodec;
  }
}
