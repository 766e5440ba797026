/**
 * Profiles: what a deployment speaks. A profile picks the message-set edition (and, as the
 * stack grows, the BSM builder and transports that go with it).
 */
import type { EditionName } from '../../asn1/editions.js';

export interface Profile {
  name: string;
  /** Generated codec edition. */
  edition: EditionName;
  region: 'us' | 'cn';
  /** Human description for help texts. */
  description: string;
}

export const PROFILES: Record<string, Profile> = {
  'us-j2735-2020': { name: 'us-j2735-2020', edition: 'j2735-2020', region: 'us', description: 'SAE J2735 2020 (default)' },
  'us-j2735-2024': { name: 'us-j2735-2024', edition: 'j2735-2024', region: 'us', description: 'SAE J2735 2024: adds RSM (33) and SDSM (41)' },
  'us-j2735-2016': { name: 'us-j2735-2016', edition: 'j2735-2016', region: 'us', description: 'SAE J2735 2016, for legacy fleets' },
  'cn-csae53-2017': { name: 'cn-csae53-2017', edition: 'csae53-2017', region: 'cn', description: 'T/CSAE 53-2017: MsgFrame with BSM, MAP, RSI, RSM, SPAT' },
};

export const DEFAULT_PROFILE = 'us-j2735-2020';

export function profileNamed(name: string): Profile {
  const p = PROFILES[name];
  if (!p) throw new Error(`unknown profile '${name}' (one of ${Object.keys(PROFILES).join(', ')})`);
  return p;
}
