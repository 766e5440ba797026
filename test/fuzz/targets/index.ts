/** Every fuzz target, by name. */
import type { FuzzTarget } from '../engine.js';
import { deviceTargets } from './devices.js';
import { envelopeTargets } from './envelopes.js';
import { securityTargets } from './security.js';
import { selfTestTargets } from './selftest.js';
import { uperTargets } from './uper.js';

export const TARGETS: FuzzTarget[] = [...uperTargets, ...envelopeTargets, ...securityTargets, ...deviceTargets, ...selfTestTargets];

export function targetNamed(name: string): FuzzTarget | undefined {
  return TARGETS.find((t) => t.name === name);
}

/** The targets `--target all` runs (every decoder of received data). */
export function publicTargets(): FuzzTarget[] {
  return TARGETS.filter((t) => !t.hidden);
}
