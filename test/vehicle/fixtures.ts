/** Paths of the vehicle fixtures and of the shipped RAV4 profile. */
import { fileURLToPath } from 'node:url';

export const FEATURES_DBC = fileURLToPath(new URL('../fixtures/can/features.dbc', import.meta.url));
export const RAV4_DBC = fileURLToPath(new URL('../../src/vehicle/profiles/toyota-rav4-2017/toyota_new_mc_pt_generated.dbc', import.meta.url));
