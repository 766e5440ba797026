/**
 * Unit conversion for mapping files: the one place where a signal's unit becomes the SI unit
 * (or degrees) of a VehicleState field.
 */
import type { FieldSpec } from './state.js';

type NumberUnit = Extract<FieldSpec, { kind: 'number' }>['unit'];

/** Unit spelling -> the state unit it converts to, and the factor to multiply by. */
const UNITS: Record<string, { to: NumberUnit; factor: number }> = {
  'm/s': { to: 'm/s', factor: 1 },
  'km/h': { to: 'm/s', factor: 1 / 3.6 },
  kph: { to: 'm/s', factor: 1 / 3.6 },
  kmh: { to: 'm/s', factor: 1 / 3.6 },
  mph: { to: 'm/s', factor: 0.44704 },
  deg: { to: 'deg', factor: 1 },
  rad: { to: 'deg', factor: 180 / Math.PI },
  'deg/s': { to: 'deg/s', factor: 1 },
  'rad/s': { to: 'deg/s', factor: 180 / Math.PI },
  'm/s^2': { to: 'm/s^2', factor: 1 },
  'm/s2': { to: 'm/s^2', factor: 1 },
  g: { to: 'm/s^2', factor: 9.80665 },
  Pa: { to: 'Pa', factor: 1 },
  hPa: { to: 'Pa', factor: 100 },
  kPa: { to: 'Pa', factor: 1000 },
  MPa: { to: 'Pa', factor: 1e6 },
  bar: { to: 'Pa', factor: 1e5 },
  psi: { to: 'Pa', factor: 6894.757293168361 },
  ratio: { to: 'ratio', factor: 1 },
  '%': { to: 'ratio', factor: 0.01 },
};

export const KNOWN_UNITS = Object.keys(UNITS);

/** The factor from `unit` to `target`, or undefined when `unit` is unknown or of another quantity. */
export function conversionFactor(unit: string, target: NumberUnit): number | undefined {
  const u = UNITS[unit];
  return u !== undefined && u.to === target ? u.factor : undefined;
}

/** Whether two unit spellings mean the same unit (e.g. DBC "km/h" and mapping "kph"). */
export function sameUnit(a: string, b: string): boolean {
  const ua = UNITS[a];
  const ub = UNITS[b];
  return ua !== undefined && ub !== undefined && ua.to === ub.to && ua.factor === ub.factor;
}
