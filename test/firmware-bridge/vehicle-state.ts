/**
 * The vehicle decoder (src/vehicle) on a CAN log and on the frames the bridge delivered for
 * it: the RAV4 profile's state must be the same after every `every` frames and at the end.
 */
import { expect } from 'vitest';
import type { CanFrame } from '../../hal/can/types.js';
import { loadProfile } from '../../src/vehicle/profile.js';
import { stateValues, type VehicleState } from '../../src/vehicle/state.js';
import { VehicleStateTracker } from '../../src/vehicle/tracker.js';

/** Expects the same vehicle state from `got` as from `log` (frame for frame); returns it. */
export function expectSameVehicleState(log: readonly CanFrame[], got: readonly CanFrame[], every: number): VehicleState {
  expect(got.length).toBe(log.length);
  const profile = loadProfile('toyota-rav4-2017');
  const offline = new VehicleStateTracker(profile);
  const live = new VehicleStateTracker(profile);
  for (let i = 0; i < log.length; i++) {
    offline.ingest(log[i]!);
    live.ingest(got[i]!);
    if (i % every === every - 1) expect(stateValues(live.state), `after frame ${i + 1}`).toEqual(stateValues(offline.state));
  }
  expect(stateValues(live.state)).toEqual(stateValues(offline.state));
  expect(live.stats).toEqual(offline.stats);
  return live.state;
}
