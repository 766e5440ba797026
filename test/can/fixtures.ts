/** Paths of the CAN fixtures (see test/fixtures/can/SOURCES.md). */
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../fixtures/can/', import.meta.url));
export const fixture = (name: string): string => dir + name;
export const RAV4_LOG = fixture('toyota_rav4_2017_comma2k19_seg40_bus0.log');
export const RAV4_REFERENCE = fixture('toyota_rav4_2017_comma2k19_seg40_reference.csv');
export const RAV4_GNSS = fixture('toyota_rav4_2017_comma2k19_seg40_ublox_fixes.csv');
export const CANDUMP_KINDS = fixture('candump_kinds.log');
