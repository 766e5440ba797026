/**
 * Vehicle profiles: a DBC file plus a small mapping file (`profile.json`) that says which
 * signal feeds which VehicleState field, in what unit, with what sign, and how raw values of
 * enumerations map to state values. Profiles live in src/vehicle/profiles/<name>/.
 *
 * Mapping file (all paths below are checked when the profile loads; a mistake throws a
 * ProfileError naming the file and the field path, e.g. `fields.yawRate.signal`):
 *
 *     {
 *       "name": "toyota-rav4-2017",
 *       "description": "...",
 *       "dbc": "toyota_new_mc_pt_generated.dbc",
 *       "fields": {
 *         "speed":   { "message": "WHEEL_SPEEDS", "signals": ["WHEEL_SPEED_FL", ...], "combine": "mean", "unit": "km/h" },
 *         "yawRate": { "message": "KINEMATICS", "signal": "YAW_RATE", "unit": "deg/s", "sign": -1, "range": [-125, 125] },
 *         "gear":    { "message": "GEAR_PACKET", "signal": "GEAR", "values": { "0": "drive", "8": "neutral" } }
 *       }
 *     }
 *
 * Numeric fields: value = combine(signals) * unit factor * sign / fullScale, where `combine`
 * is `mean` or `sum` of signals of one message, `unit` is the signals' unit (converted to
 * the field's SI unit), `sign` is 1 or -1 (J2735 conventions, see state.ts), `fullScale`
 * (ratio fields only) divides. Values outside `range` (state units), or when no `range` is
 * given outside a signal's DBC [min|max] (when the DBC gives one), are counted and skipped.
 * Boolean and enumeration fields: `values` maps the signal's raw value to the state value;
 * a raw value not listed is counted and makes the field unknown.
 * Every entry may carry a `note` (why this source, what was checked).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDbc } from './dbc/parse.js';
import type { Dbc, DbcMessage, DbcSignal } from './dbc/types.js';
import { FIELD_NAMES, VEHICLE_FIELDS, type VehicleField } from './state.js';
import { KNOWN_UNITS, conversionFactor, sameUnit } from './units.js';

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  constructor(readonly source: string, readonly path: string, readonly detail: string) {
    super(`${source}: ${path}: ${detail}`);
  }
}

/** A field's source after validation. */
export type FieldMapping =
  | {
      field: VehicleField;
      kind: 'number';
      message: DbcMessage;
      signals: DbcSignal[];
      combine: 'mean' | 'sum';
      /** unit factor * sign / fullScale */
      factor: number;
      /** Valid range in state units, or per-signal DBC ranges (physical) when undefined. */
      range: [number, number] | undefined;
      note?: string;
    }
  | {
      field: VehicleField;
      kind: 'lookup';
      message: DbcMessage;
      signals: [DbcSignal];
      values: Map<number, string | boolean>;
      note?: string;
    };

export interface VehicleProfile {
  name: string;
  description: string;
  /** The profile's folder. */
  dir: string;
  dbc: Dbc;
  fields: FieldMapping[];
  /** Doubts worth reading (a mapping unit that differs from the DBC's), not errors. */
  warnings: string[];
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function isObject(v: Json | undefined): v is { [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Builds a profile from a parsed mapping object and its DBC. */
export function buildProfile(mapping: unknown, dbc: Dbc, source: string, dir = ''): VehicleProfile {
  const fail = (path: string, msg: string): never => { throw new ProfileError(source, path, msg); };
  const m = mapping as Json;
  if (!isObject(m)) fail('(top)', 'the mapping file must hold a JSON object');
  const top = m as { [k: string]: Json };
  const name = top.name;
  if (typeof name !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(name)) fail('name', 'a lower-case name (letters, digits, -) is required');
  const description = typeof top.description === 'string' ? top.description : '';
  const fieldsJson = top.fields;
  if (!isObject(fieldsJson)) fail('fields', 'an object of VehicleState field -> source is required');
  const byName = new Map(dbc.messages.map((x) => [x.name, x]));
  const fields: FieldMapping[] = [];
  const warnings: string[] = [];
  for (const [field, spec] of Object.entries(fieldsJson as { [k: string]: Json })) {
    const p = `fields.${field}`;
    if (!(FIELD_NAMES as string[]).includes(field)) fail(p, `not a VehicleState field (known: ${FIELD_NAMES.join(', ')})`);
    if (!isObject(spec)) fail(p, 'must be an object');
    const e = spec as { [k: string]: Json };
    const allowed = ['message', 'signal', 'signals', 'combine', 'unit', 'sign', 'range', 'fullScale', 'values', 'note'];
    for (const k of Object.keys(e)) if (!allowed.includes(k)) fail(`${p}.${k}`, `unknown key (allowed: ${allowed.join(', ')})`);
    const msgName = e.message;
    if (typeof msgName !== 'string') fail(`${p}.message`, 'the DBC message name is required');
    const message = byName.get(msgName as string) ?? fail(`${p}.message`, `no message ${String(msgName)} in ${dbc.source}`);
    let sigNames: string[];
    if (e.signal !== undefined && e.signals !== undefined) fail(p, "give 'signal' or 'signals', not both");
    if (typeof e.signal === 'string') sigNames = [e.signal];
    else if (Array.isArray(e.signals) && e.signals.length > 0 && e.signals.every((x) => typeof x === 'string')) sigNames = e.signals as string[];
    else sigNames = fail(`${p}.signal`, "a signal name ('signal') or a non-empty list ('signals') is required");
    const signals = sigNames.map((sn, i) => message.signals.find((s) => s.name === sn)
      ?? fail(e.signal !== undefined ? `${p}.signal` : `${p}.signals[${i}]`, `${message.name} has no signal ${sn}`));
    const note = typeof e.note === 'string' ? e.note : undefined;
    const fspec = VEHICLE_FIELDS[field as VehicleField];
    if (fspec.kind === 'number') {
      if (e.values !== undefined) fail(`${p}.values`, `${field} is a number: no value table`);
      const unit = e.unit;
      if (typeof unit !== 'string') fail(`${p}.unit`, `the signals' unit is required (${fspec.unit} or one convertible to it)`);
      const uf = conversionFactor(unit as string, fspec.unit)
        ?? fail(`${p}.unit`, `'${String(unit)}' is not a unit of ${fspec.unit} (known units: ${KNOWN_UNITS.join(', ')})`);
      for (const s of signals) {
        if (s.unit !== '' && conversionFactor(s.unit, fspec.unit) !== undefined && !sameUnit(s.unit, unit as string)) {
          warnings.push(`${p}.unit: '${String(unit)}' while the DBC gives '${s.unit}' for ${message.name}.${s.name}`);
        }
      }
      const sign = e.sign ?? 1;
      if (sign !== 1 && sign !== -1) fail(`${p}.sign`, 'must be 1 or -1');
      let scale = 1;
      if (e.fullScale !== undefined) {
        if (fspec.unit !== 'ratio') fail(`${p}.fullScale`, 'only for ratio fields');
        if (typeof e.fullScale !== 'number' || !(e.fullScale > 0)) fail(`${p}.fullScale`, 'must be a number > 0');
        scale = 1 / (e.fullScale as number);
      }
      const combine = e.combine ?? (signals.length === 1 ? 'sum' : undefined);
      if (combine !== 'mean' && combine !== 'sum') fail(`${p}.combine`, "'mean' or 'sum' is required to combine several signals");
      let range: [number, number] | undefined;
      if (e.range !== undefined) {
        const r = e.range;
        if (!Array.isArray(r) || r.length !== 2 || typeof r[0] !== 'number' || typeof r[1] !== 'number' || !(r[0] < r[1])) fail(`${p}.range`, 'must be [min, max] with min < max');
        range = [(r as number[])[0]!, (r as number[])[1]!];
      }
      fields.push({ field: field as VehicleField, kind: 'number', message, signals, combine: combine as 'mean' | 'sum', factor: uf * (sign as number) * scale, range, ...(note === undefined ? {} : { note }) });
    } else {
      if (signals.length !== 1) fail(`${p}.signals`, `${field} takes one signal`);
      for (const k of ['unit', 'sign', 'range', 'fullScale', 'combine']) if (e[k] !== undefined) fail(`${p}.${k}`, `not used for ${fspec.kind} fields`);
      const vj = e.values;
      if (!isObject(vj) || Object.keys(vj).length === 0) fail(`${p}.values`, 'a table raw value -> state value is required');
      const values = new Map<number, string | boolean>();
      for (const [raw, v] of Object.entries(vj as { [k: string]: Json })) {
        const n = Number(raw);
        if (!Number.isInteger(n)) fail(`${p}.values.${raw}`, 'keys are raw integer values');
        if (fspec.kind === 'boolean' && typeof v !== 'boolean') fail(`${p}.values.${raw}`, 'must be true or false');
        if (fspec.kind === 'enum' && (typeof v !== 'string' || !fspec.values.includes(v))) fail(`${p}.values.${raw}`, `must be one of ${fspec.values.join(', ')}`);
        values.set(n, v as string | boolean);
      }
      fields.push({ field: field as VehicleField, kind: 'lookup', message, signals: [signals[0]!], values, ...(note === undefined ? {} : { note }) });
    }
  }
  return { name: name as string, description, dir, dbc, fields, warnings };
}

/** Folders that hold profiles: beside this module, and the source tree when running from dist/. */
export function profileRoots(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const roots = [join(here, 'profiles'), resolve(here, '../../../src/vehicle/profiles')];
  return [...new Set(roots)].filter((r) => existsSync(r));
}

/** Names of the profiles found. */
export function listProfiles(): string[] {
  const names = new Set<string>();
  for (const r of profileRoots()) for (const d of readdirSync(r)) if (existsSync(join(r, d, 'profile.json'))) names.add(d);
  return [...names].sort();
}

/** Loads a profile by name (`toyota-rav4-2017`) or from a folder path holding a profile.json. */
export function loadProfile(nameOrDir: string): VehicleProfile {
  let dir: string | undefined;
  if (existsSync(join(nameOrDir, 'profile.json'))) dir = resolve(nameOrDir);
  else for (const r of profileRoots()) if (existsSync(join(r, nameOrDir, 'profile.json'))) { dir = join(r, nameOrDir); break; }
  if (dir === undefined) throw new ProfileError(nameOrDir, '(profile)', `no such profile (known: ${listProfiles().join(', ') || 'none'})`);
  const file = join(dir, 'profile.json');
  let mapping: unknown;
  try {
    mapping = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ProfileError(file, '(file)', `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const dbcName = (mapping as { dbc?: unknown }).dbc;
  if (typeof dbcName !== 'string') throw new ProfileError(file, 'dbc', 'the DBC file name is required');
  const dbcPath = join(dir, dbcName);
  if (!existsSync(dbcPath)) throw new ProfileError(file, 'dbc', `no file ${dbcName} beside the mapping`);
  const dbc = parseDbc(readFileSync(dbcPath, 'latin1'), dbcName);
  return buildProfile(mapping, dbc, file, dir);
}
