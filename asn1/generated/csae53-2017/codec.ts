// Generated from T/CSAE 53-2017 by asn1/compiler; do not edit.
// Specialised UPER (X.691 unaligned) encoders and decoders.
/* eslint-disable */

import { BitReader, BitWriter } from '../../runtime/bits.js';
import { atDecode, atEncode, DecodeError, EncodeError } from '../../runtime/errors.js';
import { decBits, decChars, decOctets, decOid, decUtf8, describe, encBits, encChars, encOctets, encOid, encUtf8, readBitmap } from '../../runtime/per.js';

type R = BitReader;
type W = BitWriter;
type V = any;

function rng(x: unknown, lb: number | string, ub: number | string): EncodeError {
  if (typeof x !== 'number' && typeof x !== 'bigint') return new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', x === undefined ? 'missing' : `expected an integer, got ${describe(x)}`);
  return new EncodeError('OUT_OF_RANGE', `${x} outside ${lb}..${ub}`);
}
function missing(): EncodeError {
  return new EncodeError('MISSING', 'mandatory component missing');
}
function badEnum(x: unknown): EncodeError {
  return new EncodeError('BAD_ENUM', `unknown enumeration value ${describe(x)}`);
}
function badChoice(v: unknown): EncodeError {
  return new EncodeError('BAD_CHOICE', v === undefined ? 'missing' : `no known alternative in ${describe(v)}`);
}
function badSize(n: number, lb: number, ub: number | string): EncodeError {
  return new EncodeError('BAD_SIZE', `${n} item(s) outside SIZE(${lb}..${ub})`);
}
function checkBool(x: unknown): void {
  if (typeof x !== 'boolean') throw new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', `expected a boolean, got ${describe(x)}`);
}
function checkArray(x: unknown): void {
  if (!Array.isArray(x)) throw new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', `expected an array, got ${describe(x)}`);
}
function checkObject(x: unknown): void {
  if (typeof x !== 'object' || x === null) throw new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', `expected an object, got ${describe(x)}`);
}
function enumIndex(r: R, names: readonly string[], k: number): string {
  const at = r.pos;
  const i = r.bits(k);
  const n = names[i];
  if (n === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', `enumeration index ${i} unknown`, at);
  return n;
}
function fixedOctets(x: unknown, n: number): Uint8Array {
  if (!(x instanceof Uint8Array)) throw new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', `expected a Uint8Array, got ${describe(x)}`);
  if (x.length !== n) throw new EncodeError('BAD_SIZE', `${x.length} octet(s), SIZE(${n}) required`);
  return x;
}
function fixedBits(x: any, n: number): Uint8Array {
  if (typeof x !== 'object' || x === null || !(x.bytes instanceof Uint8Array)) throw new EncodeError(x === undefined ? 'MISSING' : 'BAD_TYPE', `expected a BitString, got ${describe(x)}`);
  if (x.length !== n || x.bytes.length * 8 < n) throw new EncodeError('BAD_SIZE', `${x.length} bit(s), SIZE(${n}) required`);
  return x.bytes;
}

const N0 = ["msgCnt","id","secMark","timeConfidence","pos","posAccuracy","posConfidence","transmission","speed","heading","angle","motionCfd","accelSet","brakes","size","vehicleClass","safetyExt","emergencyExt"] as const;
function EI1(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN2 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
const EN3 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
function EI4(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN5 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI6(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN7 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI8(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN9 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
const EI10$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI10(x: unknown): number | undefined { return EI10$m.get(x); }
function EI12(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN13 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
const N14 = ["long","lat","vert","yaw"] as const;
const N15 = ["speedCfd","headingCfd","steerCfd"] as const;
const EN16 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
const EN17 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
const EN18 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI19(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
function EI20(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
function EI21(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN22 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI23(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN24 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI25(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN26 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI27(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const N28 = ["pos","elevation"] as const;
function EI29(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN30 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI31(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN32 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI33(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN34 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI35(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN36 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
const EN37 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI38(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN39 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI40(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN41 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI42(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN43 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI44(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN45 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI46(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const N47 = ["lat","long","elevation"] as const;
const N48 = ["semiMajor","semiMinor","orientation"] as const;
const N49 = ["offsetLL","offsetV"] as const;
const N50 = ["lon","lat"] as const;
const N51 = ["lon","lat"] as const;
const N52 = ["lon","lat"] as const;
const N53 = ["lon","lat"] as const;
const N54 = ["lon","lat"] as const;
const N55 = ["lon","lat"] as const;
const N56 = ["lon","lat"] as const;
const N57 = ["position-LL1","position-LL2","position-LL3","position-LL4","position-LL5","position-LL6","position-LatLon"] as const;
const N58 = ["offset1","offset2","offset3","offset4","offset5","offset6","elevation"] as const;
const N59 = ["year","month","day","hour","minute","second","offset"] as const;
const EN60 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
const EI61$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI61(x: unknown): number | undefined { return EI61$m.get(x); }
const N63 = ["msgCnt","timeStamp","nodes"] as const;
const N64 = ["laneID","laneWidth","laneAttributes","maneuvers","connectsTo","speedLimits","points"] as const;
const N65 = ["remoteIntersection","connectingLane","phaseId"] as const;
const N66 = ["lane","maneuver"] as const;
const N67 = ["shareWith","laneType"] as const;
const N68 = ["vehicle","crosswalk","bikeLane","sidewalk","median","striping","trackedVehicle","parking"] as const;
const N69 = ["name","upstreamNodeId","speedLimits","linkWidth","points","movements","lanes"] as const;
const N70 = ["remoteIntersection","phaseId"] as const;
const N71 = ["name","id","refPos","inLinks"] as const;
const N72 = ["region","id"] as const;
const N73 = ["posOffset"] as const;
const N74 = ["type","speed"] as const;
const EN75 = ["unknown","maxSpeedInSchoolZone","maxSpeedInSchoolZoneWhenChildrenArePresent","maxSpeedInConstructionZone","vehicleMinSpeed","vehicleMaxSpeed","vehicleNightMaxSpeed","truckMinSpeed","truckMaxSpeed","truckNightMaxSpeed","vehiclesWithTrailersMinSpeed","vehiclesWithTrailersMaxSpeed","vehiclesWithTrailersNightMaxSpeed"] as const;
const EA76 = [] as const;
function EI77(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "maxSpeedInSchoolZone": return 1; case "maxSpeedInSchoolZoneWhenChildrenArePresent": return 2; case "maxSpeedInConstructionZone": return 3; case "vehicleMinSpeed": return 4; case "vehicleMaxSpeed": return 5; case "vehicleNightMaxSpeed": return 6; case "truckMinSpeed": return 7; case "truckMaxSpeed": return 8; case "truckNightMaxSpeed": return 9; case "vehiclesWithTrailersMinSpeed": return 10; case "vehiclesWithTrailersMaxSpeed": return 11; case "vehiclesWithTrailersNightMaxSpeed": return 12; default: return undefined; } }
function EJ78(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN79 = ["unknown","maxSpeedInSchoolZone","maxSpeedInSchoolZoneWhenChildrenArePresent","maxSpeedInConstructionZone","vehicleMinSpeed","vehicleMaxSpeed","vehicleNightMaxSpeed","truckMinSpeed","truckMaxSpeed","truckNightMaxSpeed","vehiclesWithTrailersMinSpeed","vehiclesWithTrailersMaxSpeed","vehiclesWithTrailersNightMaxSpeed"] as const;
const EA80 = [] as const;
function EI81(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "maxSpeedInSchoolZone": return 1; case "maxSpeedInSchoolZoneWhenChildrenArePresent": return 2; case "maxSpeedInConstructionZone": return 3; case "vehicleMinSpeed": return 4; case "vehicleMaxSpeed": return 5; case "vehicleNightMaxSpeed": return 6; case "truckMinSpeed": return 7; case "truckMaxSpeed": return 8; case "truckNightMaxSpeed": return 9; case "vehiclesWithTrailersMinSpeed": return 10; case "vehiclesWithTrailersMaxSpeed": return 11; case "vehiclesWithTrailersNightMaxSpeed": return 12; default: return undefined; } }
function EJ82(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N83 = ["bsmFrame","mapFrame","rsmFrame","spatFrame","rsiFrame"] as const;
const N84 = ["msgCnt","moy","id","refPos","rtes","rtss"] as const;
const N85 = ["rteId","eventType","eventSource","eventPos","eventRadius","description","timeDetails","priority","referencePaths","referenceLinks","eventConfidence"] as const;
const EN86 = ["unknown","police","government","meteorological","internet","detection"] as const;
const EA87 = [] as const;
function EI88(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "police": return 1; case "government": return 2; case "meteorological": return 3; case "internet": return 4; case "detection": return 5; default: return undefined; } }
function EJ89(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN90 = ["unknown","police","government","meteorological","internet","detection"] as const;
const EA91 = [] as const;
function EI92(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "police": return 1; case "government": return 2; case "meteorological": return 3; case "internet": return 4; case "detection": return 5; default: return undefined; } }
function EJ93(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N94 = ["startTime","endTime","endTimeConfidence"] as const;
const EN95 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
const EI96$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI96(x: unknown): number | undefined { return EI96$m.get(x); }
const N98 = ["activePath","pathRadius"] as const;
const N99 = ["rtsId","signType","signPos","description","timeDetails","priority","referencePaths","referenceLinks"] as const;
const N100 = ["textString","textGB2312"] as const;
const N101 = ["upstreamNodeId","downstreamNodeId","referenceLanes"] as const;
const N102 = ["msgCnt","id","refPos","participants"] as const;
const N103 = ["ptcType","ptcId","source","id","secMark","pos","posConfidence","transmission","speed","heading","angle","motionCfd","accelSet","size","vehicleClass"] as const;
const EN104 = ["unknown","motor","non-motor","pedestrian","rsu"] as const;
const EA105 = [] as const;
const EN106 = ["unknown","selfinfo","v2x","video","microwaveRadar","loop","lidar","integrated"] as const;
const EA107 = [] as const;
const EN108 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI109(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "motor": return 1; case "non-motor": return 2; case "pedestrian": return 3; case "rsu": return 4; default: return undefined; } }
function EJ110(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI111(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "selfinfo": return 1; case "v2x": return 2; case "video": return 3; case "microwaveRadar": return 4; case "loop": return 5; case "lidar": return 6; case "integrated": return 7; default: return undefined; } }
function EJ112(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI113(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN114 = ["unknown","motor","non-motor","pedestrian","rsu"] as const;
const EA115 = [] as const;
function EI116(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "motor": return 1; case "non-motor": return 2; case "pedestrian": return 3; case "rsu": return 4; default: return undefined; } }
function EJ117(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN118 = ["unknown","selfinfo","v2x","video","microwaveRadar","loop","lidar","integrated"] as const;
const EA119 = [] as const;
function EI120(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "selfinfo": return 1; case "v2x": return 2; case "video": return 3; case "microwaveRadar": return 4; case "loop": return 5; case "lidar": return 6; case "integrated": return 7; default: return undefined; } }
function EJ121(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N122 = ["intersectionId","status","moy","timeStamp","timeConfidence","phases"] as const;
const EN123 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
const EI124$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI124(x: unknown): number | undefined { return EI124$m.get(x); }
const N126 = ["id","phaseStates"] as const;
const N127 = ["light","timing"] as const;
const EN128 = ["unavailable","dark","flashing-red","red","flashing-green","permissive-green","protected-green","yellow","flashing-yellow"] as const;
const EA129 = [] as const;
function EI130(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "flashing-red": return 2; case "red": return 3; case "flashing-green": return 4; case "permissive-green": return 5; case "protected-green": return 6; case "yellow": return 7; case "flashing-yellow": return 8; default: return undefined; } }
function EJ131(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN132 = ["unavailable","dark","flashing-red","red","flashing-green","permissive-green","protected-green","yellow","flashing-yellow"] as const;
const EA133 = [] as const;
function EI134(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "flashing-red": return 2; case "red": return 3; case "flashing-green": return 4; case "permissive-green": return 5; case "protected-green": return 6; case "yellow": return 7; case "flashing-yellow": return 8; default: return undefined; } }
function EJ135(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N136 = ["counting","utcTiming"] as const;
const N137 = ["startUTCTime","minEndUTCTime","maxEndUTCTime","likelyEndUTCTime","timeConfidence","nextStartUTCTime","nextEndUTCTime"] as const;
const N138 = ["startTime","minEndTime","maxEndTime","likelyEndTime","timeConfidence","nextStartTime","nextDuration"] as const;
const N139 = ["msgCnt","moy","timeStamp","name","intersections"] as const;
const N140 = ["brakePadel","wheelBrakes","traction","abs","scs","brakeBoost","auxBrakes"] as const;
const EN141 = ["unavailable","off","on"] as const;
const EN142 = ["unavailable","off","on","engaged"] as const;
const EN143 = ["unavailable","off","on","engaged"] as const;
const EN144 = ["unavailable","off","on","engaged"] as const;
const EN145 = ["unavailable","off","on"] as const;
const EN146 = ["unavailable","off","on","reserved"] as const;
function EI147(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
function EI148(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
function EI149(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
function EI150(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
function EI151(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
function EI152(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "reserved": return 3; default: return undefined; } }
const EN153 = ["unavailable","off","on"] as const;
function EI154(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
const EN155 = ["unavailable","off","on"] as const;
function EI156(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
const EN157 = ["unavailable","off","on","engaged"] as const;
function EI158(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN159 = ["unavailable","off","on","engaged"] as const;
function EI160(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN161 = ["unavailable","off","on","engaged"] as const;
function EI162(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN163 = ["unavailable","off","on","reserved"] as const;
function EI164(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "reserved": return 3; default: return undefined; } }
const N165 = ["classification","fuelType"] as const;
const N166 = ["responseType","sirenUse","lightsUse"] as const;
const EN167 = ["notInUseOrNotEquipped","emergency","nonEmergency","pursuit","stationary","slowMoving","stopAndGoMovement"] as const;
const EA168 = [] as const;
const EN169 = ["unavailable","notInUse","inUse","reserved"] as const;
const EN170 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI171(x: unknown): number | undefined { switch (x) { case "notInUseOrNotEquipped": return 0; case "emergency": return 1; case "nonEmergency": return 2; case "pursuit": return 3; case "stationary": return 4; case "slowMoving": return 5; case "stopAndGoMovement": return 6; default: return undefined; } }
function EJ172(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI173(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
function EI174(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN175 = ["notInUseOrNotEquipped","emergency","nonEmergency","pursuit","stationary","slowMoving","stopAndGoMovement"] as const;
const EA176 = [] as const;
function EI177(x: unknown): number | undefined { switch (x) { case "notInUseOrNotEquipped": return 0; case "emergency": return 1; case "nonEmergency": return 2; case "pursuit": return 3; case "stationary": return 4; case "slowMoving": return 5; case "stopAndGoMovement": return 6; default: return undefined; } }
function EJ178(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN179 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI180(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN181 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI182(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const N183 = ["events","pathHistory","pathPrediction","lights"] as const;
const N184 = ["initialPosition","currGNSSstatus","crumbData"] as const;
const N185 = ["utcTime","pos","heading","transmission","speed","posAccuracy","posConficence","timeConfidence","motionCfd"] as const;
const EN186 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
const EN187 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
function EI188(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EI189$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI189(x: unknown): number | undefined { return EI189$m.get(x); }
const N191 = ["llvOffset","timeOffset","speed","posAccuracy","heading"] as const;
const N192 = ["radiusOfCurve","confidence"] as const;
const N193 = ["width","length","height"] as const;
const EN194 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI195(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }

function d_BasicSafetyMessage(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(15);
    const ext = ((x_ >>> 14) & 1) === 1;
    const m = (x_ >>> 7) & 127;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = r.octets(8);
    f = 2; const v2 = r.bits(16);
    f = 3; const v3 = (m & 64) !== 0 ? enumIndex(r, EN3, 6) : undefined;
    f = 4; const v4 = d_Position3D(r);
    f = 5; const v5 = (m & 32) !== 0 ? d_PositionalAccuracy(r) : undefined;
    f = 6; const v6 = (m & 16) !== 0 ? d_PositionConfidenceSet(r) : undefined;
    f = 7; const x7 = r.bits(31);
    f = 7; const v7 = EN7[((x7 >>> 28) & 7)];
    f = 8; const v8 = ((x7 >>> 15) & 8191);
    f = 9; const v9 = ((x7 >>> 0) & 32767); if (v9 > 28800) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v9} above 28800`, r.pos);
    f = 10; const v10 = (m & 8) !== 0 ? r.constrained(-126, 127, 8) : undefined;
    f = 11; const v11 = (m & 4) !== 0 ? d_MotionConfidenceSet(r) : undefined;
    f = 12; const v12 = d_AccelerationSet4Way(r);
    f = 13; const v13 = d_BrakeSystemStatus(r);
    f = 14; const v14 = d_VehicleSize(r);
    f = 15; const v15 = d_VehicleClassification(r);
    f = 16; const v16 = (m & 2) !== 0 ? d_VehicleSafetyExtensions(r) : undefined;
    f = 17; const v17 = (m & 1) !== 0 ? d_VehicleEmergencyExtensions(r) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { msgCnt: v0, id: v1, secMark: v2, timeConfidence: v3, pos: v4, posAccuracy: v5, posConfidence: v6, transmission: v7, speed: v8, heading: v9, angle: v10, motionCfd: v11, accelSet: v12, brakes: v13, size: v14, vehicleClass: v15, safetyExt: v16, emergencyExt: v17, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N0[f]!, r.pos); }
}
function e_BasicSafetyMessage(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.msgCnt;
    const v1 = v.id;
    const v2 = v.secMark;
    const v3 = v.timeConfidence;
    const v4 = v.pos;
    const v5 = v.posAccuracy;
    const v6 = v.posConfidence;
    const v7 = v.transmission;
    const v8 = v.speed;
    const v9 = v.heading;
    const v10 = v.angle;
    const v11 = v.motionCfd;
    const v12 = v.accelSet;
    const v13 = v.brakes;
    const v14 = v.size;
    const v15 = v.vehicleClass;
    const v16 = v.safetyExt;
    const v17 = v.emergencyExt;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = -1;
    w.bits((((hasExt ? 128 : 0) | (v3 !== undefined ? 64 : 0) | (v5 !== undefined ? 32 : 0) | (v6 !== undefined ? 16 : 0) | (v10 !== undefined ? 8 : 0) | (v11 !== undefined ? 4 : 0) | (v16 !== undefined ? 2 : 0) | (v17 !== undefined ? 1 : 0))) * 128 + v0, 15);
    f = 1;
      w.octets(fixedOctets(v1, 8));
    f = 2;
      if (!(v2 >= 0 && v2 <= 65535 && Number.isInteger(v2))) throw rng(v2, 0, 65535);
      w.bits(v2, 16);
    f = 3;
    if (v3 !== undefined) {
      { const i = EI10(v3); if (i === undefined) throw badEnum(v3); w.bits(i, 6); }
    }
    f = 4; if (v4 === undefined) throw missing();
      e_Position3D(w, v4);
    f = 5;
    if (v5 !== undefined) {
      e_PositionalAccuracy(w, v5);
    }
    f = 6;
    if (v6 !== undefined) {
      e_PositionConfidenceSet(w, v6);
    }
    f = 7;
    const i_v7 = EI12(v7); if (i_v7 === undefined) throw badEnum(v7);
    f = 8;
    if (!(v8 >= 0 && v8 <= 8191 && Number.isInteger(v8))) throw rng(v8, 0, 8191);
    f = 9;
    if (!(v9 >= 0 && v9 <= 28800 && Number.isInteger(v9))) throw rng(v9, 0, 28800);
    w.bits(((i_v7) * 8192 + v8) * 32768 + v9, 31);
    f = 10;
    if (v10 !== undefined) {
      if (!(v10 >= -126 && v10 <= 127 && Number.isInteger(v10))) throw rng(v10, -126, 127);
      w.bits(v10 - -126, 8);
    }
    f = 11;
    if (v11 !== undefined) {
      e_MotionConfidenceSet(w, v11);
    }
    f = 12; if (v12 === undefined) throw missing();
      e_AccelerationSet4Way(w, v12);
    f = 13; if (v13 === undefined) throw missing();
      e_BrakeSystemStatus(w, v13);
    f = 14; if (v14 === undefined) throw missing();
      e_VehicleSize(w, v14);
    f = 15; if (v15 === undefined) throw missing();
      e_VehicleClassification(w, v15);
    f = 16;
    if (v16 !== undefined) {
      e_VehicleSafetyExtensions(w, v16);
    }
    f = 17;
    if (v17 !== undefined) {
      e_VehicleEmergencyExtensions(w, v17);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N0[f]!); }
}

function d_AccelerationSet4Way(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(24);
    f = 0; const v0 = (-2000 + ((x0 >>> 12) & 4095)); if (v0 > 2001) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 2001`, r.pos);
    f = 1; const v1 = (-2000 + ((x0 >>> 0) & 4095)); if (v1 > 2001) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 2001`, r.pos);
    f = 2; const x2 = r.bits(24);
    f = 2; const v2 = (-127 + ((x2 >>> 16) & 255)); if (v2 > 127) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v2} above 127`, r.pos);
    f = 3; const v3 = (-32767 + ((x2 >>> 0) & 65535)); if (v3 > 32767) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v3} above 32767`, r.pos);
    return { long: v0, lat: v1, vert: v2, yaw: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N14[f]!, r.pos); }
}
function e_AccelerationSet4Way(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.long;
    const v1 = v.lat;
    const v2 = v.vert;
    const v3 = v.yaw;
    f = 0;
    if (!(v0 >= -2000 && v0 <= 2001 && Number.isInteger(v0))) throw rng(v0, -2000, 2001);
    f = 1;
    if (!(v1 >= -2000 && v1 <= 2001 && Number.isInteger(v1))) throw rng(v1, -2000, 2001);
    w.bits(((v0 - -2000)) * 4096 + (v1 - -2000), 24);
    f = 2;
    if (!(v2 >= -127 && v2 <= 127 && Number.isInteger(v2))) throw rng(v2, -127, 127);
    f = 3;
    if (!(v3 >= -32767 && v3 <= 32767 && Number.isInteger(v3))) throw rng(v3, -32767, 32767);
    w.bits(((v2 - -127)) * 65536 + (v3 - -32767), 24);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N14[f]!); }
}

function d_Acceleration(r: R): V {
  return r.constrained(-2000, 2001, 12);
}
function e_Acceleration(w: W, v: V): void {
  if (!(v >= -2000 && v <= 2001 && Number.isInteger(v))) throw rng(v, -2000, 2001);
  w.bits(v - -2000, 12);
}

function d_VerticalAcceleration(r: R): V {
  return r.constrained(-127, 127, 8);
}
function e_VerticalAcceleration(w: W, v: V): void {
  if (!(v >= -127 && v <= 127 && Number.isInteger(v))) throw rng(v, -127, 127);
  w.bits(v - -127, 8);
}

function d_YawRate(r: R): V {
  return r.constrained(-32767, 32767, 16);
}
function e_YawRate(w: W, v: V): void {
  if (!(v >= -32767 && v <= 32767 && Number.isInteger(v))) throw rng(v, -32767, 32767);
  w.bits(v - -32767, 16);
}

function d_Speed(r: R): V {
  return r.bits(13);
}
function e_Speed(w: W, v: V): void {
  if (!(v >= 0 && v <= 8191 && Number.isInteger(v))) throw rng(v, 0, 8191);
  w.bits(v, 13);
}

function d_Heading(r: R): V {
  return r.constrained(0, 28800, 15);
}
function e_Heading(w: W, v: V): void {
  if (!(v >= 0 && v <= 28800 && Number.isInteger(v))) throw rng(v, 0, 28800);
  w.bits(v, 15);
}

function d_CoarseHeading(r: R): V {
  return r.constrained(0, 240, 8);
}
function e_CoarseHeading(w: W, v: V): void {
  if (!(v >= 0 && v <= 240 && Number.isInteger(v))) throw rng(v, 0, 240);
  w.bits(v, 8);
}

function d_SteeringWheelAngle(r: R): V {
  return r.constrained(-126, 127, 8);
}
function e_SteeringWheelAngle(w: W, v: V): void {
  if (!(v >= -126 && v <= 127 && Number.isInteger(v))) throw rng(v, -126, 127);
  w.bits(v - -126, 8);
}

function d_MotionConfidenceSet(r: R): V {
  let f = -1;
  try {
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? EN16[r.bits(3)]! : undefined;
    f = 1; const v1 = (m & 2) !== 0 ? EN17[r.bits(3)]! : undefined;
    f = 2; const v2 = (m & 1) !== 0 ? EN18[r.bits(2)]! : undefined;
    return { speedCfd: v0, headingCfd: v1, steerCfd: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N15[f]!, r.pos); }
}
function e_MotionConfidenceSet(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.speedCfd;
    const v1 = v.headingCfd;
    const v2 = v.steerCfd;
    w.bits((v0 !== undefined ? 4 : 0) | (v1 !== undefined ? 2 : 0) | (v2 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      { const i = EI19(v0); if (i === undefined) throw badEnum(v0); w.bits(i, 3); }
    }
    f = 1;
    if (v1 !== undefined) {
      { const i = EI20(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 3); }
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI21(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 2); }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N15[f]!); }
}

function d_HeadingConfidence(r: R): V {
  return EN22[r.bits(3)]!;
}
function e_HeadingConfidence(w: W, v: V): void {
  { const i = EI23(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_SpeedConfidence(r: R): V {
  return EN24[r.bits(3)]!;
}
function e_SpeedConfidence(w: W, v: V): void {
  { const i = EI25(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_SteeringWheelAngleConfidence(r: R): V {
  return EN26[r.bits(2)]!;
}
function e_SteeringWheelAngleConfidence(w: W, v: V): void {
  { const i = EI27(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_Latitude(r: R): V {
  return r.constrained(-900000000, 900000001, 31);
}
function e_Latitude(w: W, v: V): void {
  if (!(v >= -900000000 && v <= 900000001 && Number.isInteger(v))) throw rng(v, -900000000, 900000001);
  w.bits(v - -900000000, 31);
}

function d_Longitude(r: R): V {
  return r.constrained(-1799999999, 1800000001, 32);
}
function e_Longitude(w: W, v: V): void {
  if (!(v >= -1799999999 && v <= 1800000001 && Number.isInteger(v))) throw rng(v, -1799999999, 1800000001);
  w.bits(v - -1799999999, 32);
}

function d_Elevation(r: R): V {
  return (-4096 + r.bits(16));
}
function e_Elevation(w: W, v: V): void {
  if (!(v >= -4096 && v <= 61439 && Number.isInteger(v))) throw rng(v, -4096, 61439);
  w.bits(v - -4096, 16);
}

function d_PositionConfidenceSet(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(5);
    const m = (x_ >>> 4) & 1;
    f = 0; const v0 = EN36[((x_ >>> 0) & 15)];
    f = 1; const v1 = (m & 1) !== 0 ? EN37[r.bits(4)]! : undefined;
    return { pos: v0, elevation: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N28[f]!, r.pos); }
}
function e_PositionConfidenceSet(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.pos;
    const v1 = v.elevation;
    f = 0;
    const i_v0 = EI40(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = -1;
    w.bits((((v1 !== undefined ? 1 : 0))) * 16 + i_v0, 5);
    f = 1;
    if (v1 !== undefined) {
      { const i = EI42(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 4); }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N28[f]!); }
}

function d_PositionConfidence(r: R): V {
  return EN43[r.bits(4)]!;
}
function e_PositionConfidence(w: W, v: V): void {
  { const i = EI44(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_ElevationConfidence(r: R): V {
  return EN45[r.bits(4)]!;
}
function e_ElevationConfidence(w: W, v: V): void {
  { const i = EI46(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_Position3D(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = r.constrained(-900000000, 900000001, 31);
    f = 1; const v1 = r.constrained(-1799999999, 1800000001, 32);
    f = 2; const v2 = (m & 1) !== 0 ? (-4096 + r.bits(16)) : undefined;
    return { lat: v0, long: v1, elevation: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N47[f]!, r.pos); }
}
function e_Position3D(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lat;
    const v1 = v.long;
    const v2 = v.elevation;
    w.bits((v2 !== undefined ? 1 : 0), 1);
    f = 0;
      if (!(v0 >= -900000000 && v0 <= 900000001 && Number.isInteger(v0))) throw rng(v0, -900000000, 900000001);
      w.bits(v0 - -900000000, 31);
    f = 1;
      if (!(v1 >= -1799999999 && v1 <= 1800000001 && Number.isInteger(v1))) throw rng(v1, -1799999999, 1800000001);
      w.bits(v1 - -1799999999, 32);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= -4096 && v2 <= 61439 && Number.isInteger(v2))) throw rng(v2, -4096, 61439);
      w.bits(v2 - -4096, 16);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N47[f]!); }
}

function d_SemiMajorAxisAccuracy(r: R): V {
  return r.bits(8);
}
function e_SemiMajorAxisAccuracy(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_SemiMinorAxisAccuracy(r: R): V {
  return r.bits(8);
}
function e_SemiMinorAxisAccuracy(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_SemiMajorAxisOrientation(r: R): V {
  return r.bits(16);
}
function e_SemiMajorAxisOrientation(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_PositionalAccuracy(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(16);
    f = 0; const v0 = ((x0 >>> 8) & 255);
    f = 1; const v1 = ((x0 >>> 0) & 255);
    f = 2; const v2 = r.bits(16);
    return { semiMajor: v0, semiMinor: v1, orientation: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N48[f]!, r.pos); }
}
function e_PositionalAccuracy(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.semiMajor;
    const v1 = v.semiMinor;
    const v2 = v.orientation;
    f = 0;
    if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
    f = 1;
    if (!(v1 >= 0 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, 0, 255);
    w.bits((v0) * 256 + v1, 16);
    f = 2;
      if (!(v2 >= 0 && v2 <= 65535 && Number.isInteger(v2))) throw rng(v2, 0, 65535);
      w.bits(v2, 16);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N48[f]!); }
}

function d_PositionOffsetLLV(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = d_PositionOffsetLL(r);
    f = 1; const v1 = (m & 1) !== 0 ? d_VerticalOffset(r) : undefined;
    return { offsetLL: v0, offsetV: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N49[f]!, r.pos); }
}
function e_PositionOffsetLLV(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.offsetLL;
    const v1 = v.offsetV;
    w.bits((v1 !== undefined ? 1 : 0), 1);
    f = 0; if (v0 === undefined) throw missing();
      e_PositionOffsetLL(w, v0);
    f = 1;
    if (v1 !== undefined) {
      e_VerticalOffset(w, v1);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N49[f]!); }
}

function d_OffsetLL_B12(r: R): V {
  return (-2048 + r.bits(12));
}
function e_OffsetLL_B12(w: W, v: V): void {
  if (!(v >= -2048 && v <= 2047 && Number.isInteger(v))) throw rng(v, -2048, 2047);
  w.bits(v - -2048, 12);
}

function d_OffsetLL_B14(r: R): V {
  return (-8192 + r.bits(14));
}
function e_OffsetLL_B14(w: W, v: V): void {
  if (!(v >= -8192 && v <= 8191 && Number.isInteger(v))) throw rng(v, -8192, 8191);
  w.bits(v - -8192, 14);
}

function d_OffsetLL_B16(r: R): V {
  return (-32768 + r.bits(16));
}
function e_OffsetLL_B16(w: W, v: V): void {
  if (!(v >= -32768 && v <= 32767 && Number.isInteger(v))) throw rng(v, -32768, 32767);
  w.bits(v - -32768, 16);
}

function d_OffsetLL_B18(r: R): V {
  return (-131072 + r.bits(18));
}
function e_OffsetLL_B18(w: W, v: V): void {
  if (!(v >= -131072 && v <= 131071 && Number.isInteger(v))) throw rng(v, -131072, 131071);
  w.bits(v - -131072, 18);
}

function d_OffsetLL_B22(r: R): V {
  return (-2097152 + r.bits(22));
}
function e_OffsetLL_B22(w: W, v: V): void {
  if (!(v >= -2097152 && v <= 2097151 && Number.isInteger(v))) throw rng(v, -2097152, 2097151);
  w.bits(v - -2097152, 22);
}

function d_OffsetLL_B24(r: R): V {
  return (-8388608 + r.bits(24));
}
function e_OffsetLL_B24(w: W, v: V): void {
  if (!(v >= -8388608 && v <= 8388607 && Number.isInteger(v))) throw rng(v, -8388608, 8388607);
  w.bits(v - -8388608, 24);
}

function d_Position_LL_24B(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(24);
    f = 0; const v0 = (-2048 + ((x0 >>> 12) & 4095));
    f = 1; const v1 = (-2048 + ((x0 >>> 0) & 4095));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N50[f]!, r.pos); }
}
function e_Position_LL_24B(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lon;
    const v1 = v.lat;
    f = 0;
    if (!(v0 >= -2048 && v0 <= 2047 && Number.isInteger(v0))) throw rng(v0, -2048, 2047);
    f = 1;
    if (!(v1 >= -2048 && v1 <= 2047 && Number.isInteger(v1))) throw rng(v1, -2048, 2047);
    w.bits(((v0 - -2048)) * 4096 + (v1 - -2048), 24);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N50[f]!); }
}

function d_Position_LL_28B(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(28);
    f = 0; const v0 = (-8192 + ((x0 >>> 14) & 16383));
    f = 1; const v1 = (-8192 + ((x0 >>> 0) & 16383));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N51[f]!, r.pos); }
}
function e_Position_LL_28B(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lon;
    const v1 = v.lat;
    f = 0;
    if (!(v0 >= -8192 && v0 <= 8191 && Number.isInteger(v0))) throw rng(v0, -8192, 8191);
    f = 1;
    if (!(v1 >= -8192 && v1 <= 8191 && Number.isInteger(v1))) throw rng(v1, -8192, 8191);
    w.bits(((v0 - -8192)) * 16384 + (v1 - -8192), 28);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N51[f]!); }
}

function d_Position_LL_32B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-32768 + r.bits(16));
    f = 1; const v1 = (-32768 + r.bits(16));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N52[f]!, r.pos); }
}
function e_Position_LL_32B(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lon;
    const v1 = v.lat;
    f = 0;
      if (!(v0 >= -32768 && v0 <= 32767 && Number.isInteger(v0))) throw rng(v0, -32768, 32767);
      w.bits(v0 - -32768, 16);
    f = 1;
      if (!(v1 >= -32768 && v1 <= 32767 && Number.isInteger(v1))) throw rng(v1, -32768, 32767);
      w.bits(v1 - -32768, 16);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N52[f]!); }
}

function d_Position_LL_36B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-131072 + r.bits(18));
    f = 1; const v1 = (-131072 + r.bits(18));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N53[f]!, r.pos); }
}
function e_Position_LL_36B(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lon;
    const v1 = v.lat;
    f = 0;
      if (!(v0 >= -131072 && v0 <= 131071 && Number.isInteger(v0))) throw rng(v0, -131072, 131071);
      w.bits(v0 - -131072, 18);
    f = 1;
      if (!(v1 >= -131072 && v1 <= 131071 && Number.isInteger(v1))) throw rng(v1, -131072, 131071);
      w.bits(v1 - -131072, 18);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N53[f]!); }
}

function d_Position_LL_44B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-2097152 + r.bits(22));
    f = 1; const v1 = (-2097152 + r.bits(22));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N54[f]!, r.pos); }
}
function e_Position_LL_44B(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lon;
    const v1 = v.lat;
    f = 0;
      if (!(v0 >= -2097152 && v0 <= 2097151 && Number.isInteger(v0))) throw rng(v0, -2097152, 2097151);
      w.bits(v0 - -2097152, 22);
    f = 1;
      if (!(v1 >= -2097152 && v1 <= 2097151 && Number.isInteger(v1))) throw rng(v1, -2097152, 2097151);
      w.bits(v1 - -2097152, 22);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N54[f]!); }
}

function d_Position_LL_48B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-8388608 + r.bits(24));
    f = 1; const v1 = (-8388608 + r.bits(24));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N55[f]!, r.pos); }
}
function e_Position_LL_48B(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lon;
    const v1 = v.lat;
    f = 0;
      if (!(v0 >= -8388608 && v0 <= 8388607 && Number.isInteger(v0))) throw rng(v0, -8388608, 8388607);
      w.bits(v0 - -8388608, 24);
    f = 1;
      if (!(v1 >= -8388608 && v1 <= 8388607 && Number.isInteger(v1))) throw rng(v1, -8388608, 8388607);
      w.bits(v1 - -8388608, 24);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N55[f]!); }
}

function d_Position_LLmD_64b(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.constrained(-1799999999, 1800000001, 32);
    f = 1; const v1 = r.constrained(-900000000, 900000001, 31);
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N56[f]!, r.pos); }
}
function e_Position_LLmD_64b(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lon;
    const v1 = v.lat;
    f = 0;
      if (!(v0 >= -1799999999 && v0 <= 1800000001 && Number.isInteger(v0))) throw rng(v0, -1799999999, 1800000001);
      w.bits(v0 - -1799999999, 32);
    f = 1;
      if (!(v1 >= -900000000 && v1 <= 900000001 && Number.isInteger(v1))) throw rng(v1, -900000000, 900000001);
      w.bits(v1 - -900000000, 31);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N56[f]!); }
}

function d_PositionOffsetLL(r: R): V {
  let f = -1;
  try {
    const i = r.constrained(0, 6, 3);
    f = i;
    switch (i) {
      case 0: return { "position-LL1": d_Position_LL_24B(r) };
      case 1: return { "position-LL2": d_Position_LL_28B(r) };
      case 2: return { "position-LL3": d_Position_LL_32B(r) };
      case 3: return { "position-LL4": d_Position_LL_36B(r) };
      case 4: return { "position-LL5": d_Position_LL_44B(r) };
      case 5: return { "position-LL6": d_Position_LL_48B(r) };
      case 6: return { "position-LatLon": d_Position_LLmD_64b(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N57[f]!, r.pos); }
}
function e_PositionOffsetLL(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v["position-LL1"]) !== undefined) {
      f = 0;
      w.bits(0, 3);
      e_Position_LL_24B(w, x);
      return;
    }
    if ((x = v["position-LL2"]) !== undefined) {
      f = 1;
      w.bits(1, 3);
      e_Position_LL_28B(w, x);
      return;
    }
    if ((x = v["position-LL3"]) !== undefined) {
      f = 2;
      w.bits(2, 3);
      e_Position_LL_32B(w, x);
      return;
    }
    if ((x = v["position-LL4"]) !== undefined) {
      f = 3;
      w.bits(3, 3);
      e_Position_LL_36B(w, x);
      return;
    }
    if ((x = v["position-LL5"]) !== undefined) {
      f = 4;
      w.bits(4, 3);
      e_Position_LL_44B(w, x);
      return;
    }
    if ((x = v["position-LL6"]) !== undefined) {
      f = 5;
      w.bits(5, 3);
      e_Position_LL_48B(w, x);
      return;
    }
    if ((x = v["position-LatLon"]) !== undefined) {
      f = 6;
      w.bits(6, 3);
      e_Position_LLmD_64b(w, x);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N57[f]!); }
}

function d_VerticalOffset(r: R): V {
  let f = -1;
  try {
    const i = r.constrained(0, 6, 3);
    f = i;
    switch (i) {
      case 0: return { offset1: (-64 + r.bits(7)) };
      case 1: return { offset2: (-128 + r.bits(8)) };
      case 2: return { offset3: (-256 + r.bits(9)) };
      case 3: return { offset4: (-512 + r.bits(10)) };
      case 4: return { offset5: (-1024 + r.bits(11)) };
      case 5: return { offset6: (-2048 + r.bits(12)) };
      case 6: return { elevation: (-4096 + r.bits(16)) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N58[f]!, r.pos); }
}
function e_VerticalOffset(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.offset1) !== undefined) {
      f = 0;
      w.bits(0, 3);
      if (!(x >= -64 && x <= 63 && Number.isInteger(x))) throw rng(x, -64, 63);
      w.bits(x - -64, 7);
      return;
    }
    if ((x = v.offset2) !== undefined) {
      f = 1;
      w.bits(1, 3);
      if (!(x >= -128 && x <= 127 && Number.isInteger(x))) throw rng(x, -128, 127);
      w.bits(x - -128, 8);
      return;
    }
    if ((x = v.offset3) !== undefined) {
      f = 2;
      w.bits(2, 3);
      if (!(x >= -256 && x <= 255 && Number.isInteger(x))) throw rng(x, -256, 255);
      w.bits(x - -256, 9);
      return;
    }
    if ((x = v.offset4) !== undefined) {
      f = 3;
      w.bits(3, 3);
      if (!(x >= -512 && x <= 511 && Number.isInteger(x))) throw rng(x, -512, 511);
      w.bits(x - -512, 10);
      return;
    }
    if ((x = v.offset5) !== undefined) {
      f = 4;
      w.bits(4, 3);
      if (!(x >= -1024 && x <= 1023 && Number.isInteger(x))) throw rng(x, -1024, 1023);
      w.bits(x - -1024, 11);
      return;
    }
    if ((x = v.offset6) !== undefined) {
      f = 5;
      w.bits(5, 3);
      if (!(x >= -2048 && x <= 2047 && Number.isInteger(x))) throw rng(x, -2048, 2047);
      w.bits(x - -2048, 12);
      return;
    }
    if ((x = v.elevation) !== undefined) {
      f = 6;
      w.bits(6, 3);
      if (!(x >= -4096 && x <= 61439 && Number.isInteger(x))) throw rng(x, -4096, 61439);
      w.bits(x - -4096, 16);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N58[f]!); }
}

function d_VertOffset_B07(r: R): V {
  return (-64 + r.bits(7));
}
function e_VertOffset_B07(w: W, v: V): void {
  if (!(v >= -64 && v <= 63 && Number.isInteger(v))) throw rng(v, -64, 63);
  w.bits(v - -64, 7);
}

function d_VertOffset_B08(r: R): V {
  return (-128 + r.bits(8));
}
function e_VertOffset_B08(w: W, v: V): void {
  if (!(v >= -128 && v <= 127 && Number.isInteger(v))) throw rng(v, -128, 127);
  w.bits(v - -128, 8);
}

function d_VertOffset_B09(r: R): V {
  return (-256 + r.bits(9));
}
function e_VertOffset_B09(w: W, v: V): void {
  if (!(v >= -256 && v <= 255 && Number.isInteger(v))) throw rng(v, -256, 255);
  w.bits(v - -256, 9);
}

function d_VertOffset_B10(r: R): V {
  return (-512 + r.bits(10));
}
function e_VertOffset_B10(w: W, v: V): void {
  if (!(v >= -512 && v <= 511 && Number.isInteger(v))) throw rng(v, -512, 511);
  w.bits(v - -512, 10);
}

function d_VertOffset_B11(r: R): V {
  return (-1024 + r.bits(11));
}
function e_VertOffset_B11(w: W, v: V): void {
  if (!(v >= -1024 && v <= 1023 && Number.isInteger(v))) throw rng(v, -1024, 1023);
  w.bits(v - -1024, 11);
}

function d_VertOffset_B12(r: R): V {
  return (-2048 + r.bits(12));
}
function e_VertOffset_B12(w: W, v: V): void {
  if (!(v >= -2048 && v <= 2047 && Number.isInteger(v))) throw rng(v, -2048, 2047);
  w.bits(v - -2048, 12);
}

function d_DSecond(r: R): V {
  return r.bits(16);
}
function e_DSecond(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_DYear(r: R): V {
  return r.bits(12);
}
function e_DYear(w: W, v: V): void {
  if (!(v >= 0 && v <= 4095 && Number.isInteger(v))) throw rng(v, 0, 4095);
  w.bits(v, 12);
}

function d_DMonth(r: R): V {
  return r.constrained(0, 12, 4);
}
function e_DMonth(w: W, v: V): void {
  if (!(v >= 0 && v <= 12 && Number.isInteger(v))) throw rng(v, 0, 12);
  w.bits(v, 4);
}

function d_DDay(r: R): V {
  return r.bits(5);
}
function e_DDay(w: W, v: V): void {
  if (!(v >= 0 && v <= 31 && Number.isInteger(v))) throw rng(v, 0, 31);
  w.bits(v, 5);
}

function d_DHour(r: R): V {
  return r.constrained(0, 24, 5);
}
function e_DHour(w: W, v: V): void {
  if (!(v >= 0 && v <= 24 && Number.isInteger(v))) throw rng(v, 0, 24);
  w.bits(v, 5);
}

function d_DMinute(r: R): V {
  return r.constrained(0, 60, 6);
}
function e_DMinute(w: W, v: V): void {
  if (!(v >= 0 && v <= 60 && Number.isInteger(v))) throw rng(v, 0, 60);
  w.bits(v, 6);
}

function d_DTimeOffset(r: R): V {
  return r.constrained(-720, 721, 11);
}
function e_DTimeOffset(w: W, v: V): void {
  if (!(v >= -720 && v <= 721 && Number.isInteger(v))) throw rng(v, -720, 721);
  w.bits(v - -720, 11);
}

function d_DDateTime(r: R): V {
  let f = -1;
  try {
    const m = r.bits(7);
    f = 0; const v0 = (m & 64) !== 0 ? r.bits(12) : undefined;
    f = 1; const v1 = (m & 32) !== 0 ? r.constrained(0, 12, 4) : undefined;
    f = 2; const v2 = (m & 16) !== 0 ? r.bits(5) : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? r.constrained(0, 24, 5) : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? r.constrained(0, 60, 6) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? r.bits(16) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? r.constrained(-720, 721, 11) : undefined;
    return { year: v0, month: v1, day: v2, hour: v3, minute: v4, second: v5, offset: v6 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N59[f]!, r.pos); }
}
function e_DDateTime(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.year;
    const v1 = v.month;
    const v2 = v.day;
    const v3 = v.hour;
    const v4 = v.minute;
    const v5 = v.second;
    const v6 = v.offset;
    w.bits((v0 !== undefined ? 64 : 0) | (v1 !== undefined ? 32 : 0) | (v2 !== undefined ? 16 : 0) | (v3 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0), 7);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 4095 && Number.isInteger(v0))) throw rng(v0, 0, 4095);
      w.bits(v0, 12);
    }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 12 && Number.isInteger(v1))) throw rng(v1, 0, 12);
      w.bits(v1, 4);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 31 && Number.isInteger(v2))) throw rng(v2, 0, 31);
      w.bits(v2, 5);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 24 && Number.isInteger(v3))) throw rng(v3, 0, 24);
      w.bits(v3, 5);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 60 && Number.isInteger(v4))) throw rng(v4, 0, 60);
      w.bits(v4, 6);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 65535 && Number.isInteger(v5))) throw rng(v5, 0, 65535);
      w.bits(v5, 16);
    }
    f = 6;
    if (v6 !== undefined) {
      if (!(v6 >= -720 && v6 <= 721 && Number.isInteger(v6))) throw rng(v6, -720, 721);
      w.bits(v6 - -720, 11);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N59[f]!); }
}

function d_MinuteOfTheYear(r: R): V {
  return r.constrained(0, 527040, 20);
}
function e_MinuteOfTheYear(w: W, v: V): void {
  if (!(v >= 0 && v <= 527040 && Number.isInteger(v))) throw rng(v, 0, 527040);
  w.bits(v, 20);
}

function d_TimeMark(r: R): V {
  return r.constrained(0, 36001, 16);
}
function e_TimeMark(w: W, v: V): void {
  if (!(v >= 0 && v <= 36001 && Number.isInteger(v))) throw rng(v, 0, 36001);
  w.bits(v, 16);
}

function d_TimeOffset(r: R): V {
  return r.constrained(1, 65535, 16);
}
function e_TimeOffset(w: W, v: V): void {
  if (!(v >= 1 && v <= 65535 && Number.isInteger(v))) throw rng(v, 1, 65535);
  w.bits(v - 1, 16);
}

function d_TimeConfidence(r: R): V {
  return enumIndex(r, EN60, 6);
}
function e_TimeConfidence(w: W, v: V): void {
  { const i = EI61(v); if (i === undefined) throw badEnum(v); w.bits(i, 6); }
}

function d_MapData(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(9);
    const ext = ((x_ >>> 8) & 1) === 1;
    const m = (x_ >>> 7) & 1;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = (m & 1) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 2; const v2 = d_NodeList(r);
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { msgCnt: v0, timeStamp: v1, nodes: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N63[f]!, r.pos); }
}
function e_MapData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.msgCnt;
    const v1 = v.timeStamp;
    const v2 = v.nodes;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = -1;
    w.bits((((hasExt ? 2 : 0) | (v1 !== undefined ? 1 : 0))) * 128 + v0, 9);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 527040 && Number.isInteger(v1))) throw rng(v1, 0, 527040);
      w.bits(v1, 20);
    }
    f = 2; if (v2 === undefined) throw missing();
      e_NodeList(w, v2);
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N63[f]!); }
}

function d_LaneList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 15);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_Lane(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_LaneList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_Lane(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_Lane(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(15);
    const ext = ((x_ >>> 14) & 1) === 1;
    const m = (x_ >>> 8) & 63;
    f = 0; const v0 = ((x_ >>> 0) & 255);
    f = 1; const v1 = (m & 32) !== 0 ? r.bits(15) : undefined;
    f = 2; const v2 = (m & 16) !== 0 ? d_LaneAttributes(r) : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? { length: 12, bytes: r.bitBytes(12) } : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? d_ConnectsToList(r) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? d_SpeedLimitList(r) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? d_PointList(r) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { laneID: v0, laneWidth: v1, laneAttributes: v2, maneuvers: v3, connectsTo: v4, speedLimits: v5, points: v6, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N64[f]!, r.pos); }
}
function e_Lane(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.laneID;
    const v1 = v.laneWidth;
    const v2 = v.laneAttributes;
    const v3 = v.maneuvers;
    const v4 = v.connectsTo;
    const v5 = v.speedLimits;
    const v6 = v.points;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
    f = -1;
    w.bits((((hasExt ? 64 : 0) | (v1 !== undefined ? 32 : 0) | (v2 !== undefined ? 16 : 0) | (v3 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0))) * 256 + v0, 15);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 32767 && Number.isInteger(v1))) throw rng(v1, 0, 32767);
      w.bits(v1, 15);
    }
    f = 2;
    if (v2 !== undefined) {
      e_LaneAttributes(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      w.bitBytes(fixedBits(v3, 12), 12);
    }
    f = 4;
    if (v4 !== undefined) {
      e_ConnectsToList(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      e_SpeedLimitList(w, v5);
    }
    f = 6;
    if (v6 !== undefined) {
      e_PointList(w, v6);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N64[f]!); }
}

function d_LaneID(r: R): V {
  return r.bits(8);
}
function e_LaneID(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_LaneWidth(r: R): V {
  return r.bits(15);
}
function e_LaneWidth(w: W, v: V): void {
  if (!(v >= 0 && v <= 32767 && Number.isInteger(v))) throw rng(v, 0, 32767);
  w.bits(v, 15);
}

function d_ConnectsToList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 19);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_Connection(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ConnectsToList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_Connection(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_Connection(r: R): V {
  let f = -1;
  try {
    const m = r.bits(2);
    f = 0; const v0 = d_NodeReferenceID(r);
    f = 1; const v1 = (m & 2) !== 0 ? d_ConnectingLane(r) : undefined;
    f = 2; const v2 = (m & 1) !== 0 ? r.bits(8) : undefined;
    return { remoteIntersection: v0, connectingLane: v1, phaseId: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N65[f]!, r.pos); }
}
function e_Connection(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.remoteIntersection;
    const v1 = v.connectingLane;
    const v2 = v.phaseId;
    w.bits((v1 !== undefined ? 2 : 0) | (v2 !== undefined ? 1 : 0), 2);
    f = 0; if (v0 === undefined) throw missing();
      e_NodeReferenceID(w, v0);
    f = 1;
    if (v1 !== undefined) {
      e_ConnectingLane(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 255 && Number.isInteger(v2))) throw rng(v2, 0, 255);
      w.bits(v2, 8);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N65[f]!); }
}

function d_ConnectingLane(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(9);
    const m = (x_ >>> 8) & 1;
    f = 0; const v0 = ((x_ >>> 0) & 255);
    f = 1; const v1 = (m & 1) !== 0 ? { length: 12, bytes: r.bitBytes(12) } : undefined;
    return { lane: v0, maneuver: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N66[f]!, r.pos); }
}
function e_ConnectingLane(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lane;
    const v1 = v.maneuver;
    f = 0;
    if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
    f = -1;
    w.bits((((v1 !== undefined ? 1 : 0))) * 256 + v0, 9);
    f = 1;
    if (v1 !== undefined) {
      w.bitBytes(fixedBits(v1, 12), 12);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N66[f]!); }
}

function d_AllowedManeuvers(r: R): V {
  return { length: 12, bytes: r.bitBytes(12) };
}
function e_AllowedManeuvers(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 12), 12);
}

function d_LaneAttributes(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? { length: 10, bytes: r.bitBytes(10) } : undefined;
    f = 1; const v1 = d_LaneTypeAttributes(r);
    return { shareWith: v0, laneType: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N67[f]!, r.pos); }
}
function e_LaneAttributes(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.shareWith;
    const v1 = v.laneType;
    w.bits((v0 !== undefined ? 1 : 0), 1);
    f = 0;
    if (v0 !== undefined) {
      w.bitBytes(fixedBits(v0, 10), 10);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_LaneTypeAttributes(w, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N67[f]!); }
}

function d_LaneSharing(r: R): V {
  return { length: 10, bytes: r.bitBytes(10) };
}
function e_LaneSharing(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 10), 10);
}

function d_LaneTypeAttributes(r: R): V {
  let f = -1;
  try {
    if (r.bool()) {
      const i = r.normallySmall();
      switch (i) {
        default: return { $ext: { index: i, bytes: r.openOpaque() } };
      }
    }
    const i = r.bits(3);
    f = i;
    switch (i) {
      case 0: return { vehicle: decBits(r, 8, 8, true) };
      case 1: return { crosswalk: { length: 16, bytes: r.bitBytes(16) } };
      case 2: return { bikeLane: { length: 16, bytes: r.bitBytes(16) } };
      case 3: return { sidewalk: { length: 16, bytes: r.bitBytes(16) } };
      case 4: return { median: { length: 16, bytes: r.bitBytes(16) } };
      case 5: return { striping: { length: 16, bytes: r.bitBytes(16) } };
      case 6: return { trackedVehicle: { length: 16, bytes: r.bitBytes(16) } };
      case 7: return { parking: { length: 16, bytes: r.bitBytes(16) } };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N68[f]!, r.pos); }
}
function e_LaneTypeAttributes(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.vehicle) !== undefined) {
      f = 0;
      w.bits(0, 4);
      encBits(w, x, 8, 8, true);
      return;
    }
    if ((x = v.crosswalk) !== undefined) {
      f = 1;
      w.bits(1, 4);
      w.bitBytes(fixedBits(x, 16), 16);
      return;
    }
    if ((x = v.bikeLane) !== undefined) {
      f = 2;
      w.bits(2, 4);
      w.bitBytes(fixedBits(x, 16), 16);
      return;
    }
    if ((x = v.sidewalk) !== undefined) {
      f = 3;
      w.bits(3, 4);
      w.bitBytes(fixedBits(x, 16), 16);
      return;
    }
    if ((x = v.median) !== undefined) {
      f = 4;
      w.bits(4, 4);
      w.bitBytes(fixedBits(x, 16), 16);
      return;
    }
    if ((x = v.striping) !== undefined) {
      f = 5;
      w.bits(5, 4);
      w.bitBytes(fixedBits(x, 16), 16);
      return;
    }
    if ((x = v.trackedVehicle) !== undefined) {
      f = 6;
      w.bits(6, 4);
      w.bitBytes(fixedBits(x, 16), 16);
      return;
    }
    if ((x = v.parking) !== undefined) {
      f = 7;
      w.bits(7, 4);
      w.bitBytes(fixedBits(x, 16), 16);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N68[f]!); }
}

function d_LaneAttributes_Vehicle(r: R): V {
  return decBits(r, 8, 8, true);
}
function e_LaneAttributes_Vehicle(w: W, v: V): void {
  encBits(w, v, 8, 8, true);
}

function d_LaneAttributes_Crosswalk(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Crosswalk(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LaneAttributes_Bike(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Bike(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LaneAttributes_Sidewalk(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Sidewalk(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LaneAttributes_Barrier(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Barrier(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LaneAttributes_Striping(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Striping(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LaneAttributes_TrackedVehicle(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_TrackedVehicle(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LaneAttributes_Parking(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Parking(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LinkList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 23);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_Link(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_LinkList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_Link(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_Link(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(5);
    f = 0; const v0 = (m & 16) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 1; const v1 = d_NodeReferenceID(r);
    f = 2; const v2 = (m & 8) !== 0 ? d_SpeedLimitList(r) : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? r.bits(15) : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? d_PointList(r) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? d_MovementList(r) : undefined;
    f = 6; const v6 = d_LaneList(r);
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { name: v0, upstreamNodeId: v1, speedLimits: v2, linkWidth: v3, points: v4, movements: v5, lanes: v6, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N69[f]!, r.pos); }
}
function e_Link(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.name;
    const v1 = v.upstreamNodeId;
    const v2 = v.speedLimits;
    const v3 = v.linkWidth;
    const v4 = v.points;
    const v5 = v.movements;
    const v6 = v.lanes;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 32 : 0) | (v0 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0), 6);
    f = 0;
    if (v0 !== undefined) {
      encChars(w, v0, 1, 63, false, 7, null, null);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_NodeReferenceID(w, v1);
    f = 2;
    if (v2 !== undefined) {
      e_SpeedLimitList(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 32767 && Number.isInteger(v3))) throw rng(v3, 0, 32767);
      w.bits(v3, 15);
    }
    f = 4;
    if (v4 !== undefined) {
      e_PointList(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      e_MovementList(w, v5);
    }
    f = 6; if (v6 === undefined) throw missing();
      e_LaneList(w, v6);
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N69[f]!); }
}

function d_MovementList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 18);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_Movement(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_MovementList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_Movement(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_Movement(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = d_NodeReferenceID(r);
    f = 1; const v1 = (m & 1) !== 0 ? r.bits(8) : undefined;
    return { remoteIntersection: v0, phaseId: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N70[f]!, r.pos); }
}
function e_Movement(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.remoteIntersection;
    const v1 = v.phaseId;
    w.bits((v1 !== undefined ? 1 : 0), 1);
    f = 0; if (v0 === undefined) throw missing();
      e_NodeReferenceID(w, v0);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, 0, 255);
      w.bits(v1, 8);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N70[f]!); }
}

function d_NodeList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 63, 6);
    r.need(n, 84);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_Node(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_NodeList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 63)) throw badSize(n, 1, 63);
    w.bits(n - 1, 6);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_Node(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_Node(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 1; const v1 = d_NodeReferenceID(r);
    f = 2; const v2 = d_Position3D(r);
    f = 3; const v3 = (m & 1) !== 0 ? d_LinkList(r) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { name: v0, id: v1, refPos: v2, inLinks: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N71[f]!, r.pos); }
}
function e_Node(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.name;
    const v1 = v.id;
    const v2 = v.refPos;
    const v3 = v.inLinks;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      encChars(w, v0, 1, 63, false, 7, null, null);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_NodeReferenceID(w, v1);
    f = 2; if (v2 === undefined) throw missing();
      e_Position3D(w, v2);
    f = 3;
    if (v3 !== undefined) {
      e_LinkList(w, v3);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N71[f]!); }
}

function d_DescriptiveName(r: R): V {
  return decChars(r, 1, 63, false, 7, null, null);
}
function e_DescriptiveName(w: W, v: V): void {
  encChars(w, v, 1, 63, false, 7, null, null);
}

function d_NodeReferenceID(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? r.bits(16) : undefined;
    f = 1; const v1 = r.bits(16);
    return { region: v0, id: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N72[f]!, r.pos); }
}
function e_NodeReferenceID(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.region;
    const v1 = v.id;
    w.bits((v0 !== undefined ? 1 : 0), 1);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 65535 && Number.isInteger(v0))) throw rng(v0, 0, 65535);
      w.bits(v0, 16);
    }
    f = 1;
      if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
      w.bits(v1, 16);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N72[f]!); }
}

function d_RoadRegulatorID(r: R): V {
  return r.bits(16);
}
function e_RoadRegulatorID(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_NodeID(r: R): V {
  return r.bits(16);
}
function e_NodeID(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_PointList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(2, 31, 5);
    r.need(n, 5);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RoadPoint(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_PointList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 2 && n <= 31)) throw badSize(n, 2, 31);
    w.bits(n - 2, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RoadPoint(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RoadPoint(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    f = 0; const v0 = d_PositionOffsetLLV(r);
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { posOffset: v0, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N73[f]!, r.pos); }
}
function e_RoadPoint(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.posOffset;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1 : 0), 1);
    f = 0; if (v0 === undefined) throw missing();
      e_PositionOffsetLLV(w, v0);
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N73[f]!); }
}

function d_SpeedLimitList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 9, 4);
    r.need(n, 18);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegulatorySpeedLimit(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_SpeedLimitList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 9)) throw badSize(n, 1, 9);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RegulatorySpeedLimit(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RegulatorySpeedLimit(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (r.bool() ? ((i: number) => EA76[i] ?? i)(r.normallySmall()) : enumIndex(r, EN75, 4));
    f = 1; const v1 = r.bits(13);
    return { type: v0, speed: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N74[f]!, r.pos); }
}
function e_RegulatorySpeedLimit(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.type;
    const v1 = v.speed;
    f = 0;
      { const i = EI77(v0);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ78(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
      if (!(v1 >= 0 && v1 <= 8191 && Number.isInteger(v1))) throw rng(v1, 0, 8191);
      w.bits(v1, 13);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N74[f]!); }
}

function d_SpeedLimitType(r: R): V {
  return (r.bool() ? ((i: number) => EA80[i] ?? i)(r.normallySmall()) : enumIndex(r, EN79, 4));
}
function e_SpeedLimitType(w: W, v: V): void {
  { const i = EI81(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ82(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_MessageFrame(r: R): V {
  let f = -1;
  try {
    if (r.bool()) {
      const i = r.normallySmall();
      switch (i) {
        default: return { $ext: { index: i, bytes: r.openOpaque() } };
      }
    }
    const i = r.constrained(0, 4, 3);
    f = i;
    switch (i) {
      case 0: return { bsmFrame: d_BasicSafetyMessage(r) };
      case 1: return { mapFrame: d_MapData(r) };
      case 2: return { rsmFrame: d_RoadsideSafetyMessage(r) };
      case 3: return { spatFrame: d_SPAT(r) };
      case 4: return { rsiFrame: d_RoadSideInformation(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N83[f]!, r.pos); }
}
function e_MessageFrame(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.bsmFrame) !== undefined) {
      f = 0;
      w.bits(0, 4);
      e_BasicSafetyMessage(w, x);
      return;
    }
    if ((x = v.mapFrame) !== undefined) {
      f = 1;
      w.bits(1, 4);
      e_MapData(w, x);
      return;
    }
    if ((x = v.rsmFrame) !== undefined) {
      f = 2;
      w.bits(2, 4);
      e_RoadsideSafetyMessage(w, x);
      return;
    }
    if ((x = v.spatFrame) !== undefined) {
      f = 3;
      w.bits(3, 4);
      e_SPAT(w, x);
      return;
    }
    if ((x = v.rsiFrame) !== undefined) {
      f = 4;
      w.bits(4, 4);
      e_RoadSideInformation(w, x);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N83[f]!); }
}

function d_MsgCount(r: R): V {
  return r.bits(7);
}
function e_MsgCount(w: W, v: V): void {
  if (!(v >= 0 && v <= 127 && Number.isInteger(v))) throw rng(v, 0, 127);
  w.bits(v, 7);
}

function d_RoadSideInformation(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(11);
    const ext = ((x_ >>> 10) & 1) === 1;
    const m = (x_ >>> 7) & 7;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = (m & 4) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 2; const v2 = r.octets(8);
    f = 3; const v3 = d_Position3D(r);
    f = 4; const v4 = (m & 2) !== 0 ? d_RTEList(r) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? d_RTSList(r) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { msgCnt: v0, moy: v1, id: v2, refPos: v3, rtes: v4, rtss: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N84[f]!, r.pos); }
}
function e_RoadSideInformation(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.msgCnt;
    const v1 = v.moy;
    const v2 = v.id;
    const v3 = v.refPos;
    const v4 = v.rtes;
    const v5 = v.rtss;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = -1;
    w.bits((((hasExt ? 8 : 0) | (v1 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0))) * 128 + v0, 11);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 527040 && Number.isInteger(v1))) throw rng(v1, 0, 527040);
      w.bits(v1, 20);
    }
    f = 2;
      w.octets(fixedOctets(v2, 8));
    f = 3; if (v3 === undefined) throw missing();
      e_Position3D(w, v3);
    f = 4;
    if (v4 !== undefined) {
      e_RTEList(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      e_RTSList(w, v5);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N84[f]!); }
}

function d_RTEList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 37);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RTEData(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RTEList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RTEData(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RTEData(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(17);
    const ext = ((x_ >>> 16) & 1) === 1;
    const m = (x_ >>> 8) & 255;
    f = 0; const v0 = ((x_ >>> 0) & 255);
    f = 1; const v1 = r.bits(16);
    f = 2; const v2 = (r.bool() ? ((i: number) => EA87[i] ?? i)(r.normallySmall()) : enumIndex(r, EN86, 3));
    f = 3; const v3 = (m & 128) !== 0 ? d_PositionOffsetLLV(r) : undefined;
    f = 4; const v4 = (m & 64) !== 0 ? r.bits(16) : undefined;
    f = 5; const v5 = (m & 32) !== 0 ? d_Description(r) : undefined;
    f = 6; const v6 = (m & 16) !== 0 ? d_RSITimeDetails(r) : undefined;
    f = 7; const v7 = (m & 8) !== 0 ? r.octets(1) : undefined;
    f = 8; const v8 = (m & 4) !== 0 ? d_ReferencePathList(r) : undefined;
    f = 9; const v9 = (m & 2) !== 0 ? d_ReferenceLinkList(r) : undefined;
    f = 10; const v10 = (m & 1) !== 0 ? r.constrained(0, 200, 8) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { rteId: v0, eventType: v1, eventSource: v2, eventPos: v3, eventRadius: v4, description: v5, timeDetails: v6, priority: v7, referencePaths: v8, referenceLinks: v9, eventConfidence: v10, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N85[f]!, r.pos); }
}
function e_RTEData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.rteId;
    const v1 = v.eventType;
    const v2 = v.eventSource;
    const v3 = v.eventPos;
    const v4 = v.eventRadius;
    const v5 = v.description;
    const v6 = v.timeDetails;
    const v7 = v.priority;
    const v8 = v.referencePaths;
    const v9 = v.referenceLinks;
    const v10 = v.eventConfidence;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
    f = -1;
    w.bits((((hasExt ? 256 : 0) | (v3 !== undefined ? 128 : 0) | (v4 !== undefined ? 64 : 0) | (v5 !== undefined ? 32 : 0) | (v6 !== undefined ? 16 : 0) | (v7 !== undefined ? 8 : 0) | (v8 !== undefined ? 4 : 0) | (v9 !== undefined ? 2 : 0) | (v10 !== undefined ? 1 : 0))) * 256 + v0, 17);
    f = 1;
      if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
      w.bits(v1, 16);
    f = 2;
      { const i = EI88(v2);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v2 === 'number' && Number.isInteger(v2) && v2 >= 0 ? v2 : EJ89(v2); if (j === undefined) throw badEnum(v2); w.bits(1, 1); w.normallySmall(j); } }
    f = 3;
    if (v3 !== undefined) {
      e_PositionOffsetLLV(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 65535 && Number.isInteger(v4))) throw rng(v4, 0, 65535);
      w.bits(v4, 16);
    }
    f = 5;
    if (v5 !== undefined) {
      e_Description(w, v5);
    }
    f = 6;
    if (v6 !== undefined) {
      e_RSITimeDetails(w, v6);
    }
    f = 7;
    if (v7 !== undefined) {
      w.octets(fixedOctets(v7, 1));
    }
    f = 8;
    if (v8 !== undefined) {
      e_ReferencePathList(w, v8);
    }
    f = 9;
    if (v9 !== undefined) {
      e_ReferenceLinkList(w, v9);
    }
    f = 10;
    if (v10 !== undefined) {
      if (!(v10 >= 0 && v10 <= 200 && Number.isInteger(v10))) throw rng(v10, 0, 200);
      w.bits(v10, 8);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N85[f]!); }
}

function d_EventSource(r: R): V {
  return (r.bool() ? ((i: number) => EA91[i] ?? i)(r.normallySmall()) : enumIndex(r, EN90, 3));
}
function e_EventSource(w: W, v: V): void {
  { const i = EI92(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ93(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_EventType(r: R): V {
  return r.bits(16);
}
function e_EventType(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_RSITimeDetails(r: R): V {
  let f = -1;
  try {
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = (m & 2) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 2; const v2 = (m & 1) !== 0 ? enumIndex(r, EN95, 6) : undefined;
    return { startTime: v0, endTime: v1, endTimeConfidence: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N94[f]!, r.pos); }
}
function e_RSITimeDetails(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.startTime;
    const v1 = v.endTime;
    const v2 = v.endTimeConfidence;
    w.bits((v0 !== undefined ? 4 : 0) | (v1 !== undefined ? 2 : 0) | (v2 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 527040 && Number.isInteger(v0))) throw rng(v0, 0, 527040);
      w.bits(v0, 20);
    }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 527040 && Number.isInteger(v1))) throw rng(v1, 0, 527040);
      w.bits(v1, 20);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI96(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 6); }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N94[f]!); }
}

function d_ReferencePathList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 16);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ReferencePath(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ReferencePathList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_ReferencePath(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_ReferencePath(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = d_PathPointList(r);
    f = 1; const v1 = r.bits(16);
    return { activePath: v0, pathRadius: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N98[f]!, r.pos); }
}
function e_ReferencePath(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.activePath;
    const v1 = v.pathRadius;
    f = 0; if (v0 === undefined) throw missing();
      e_PathPointList(w, v0);
    f = 1;
      if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
      w.bits(v1, 16);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N98[f]!); }
}

function d_RTSList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 31);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RTSData(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RTSList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RTSData(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RTSData(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(31);
    const ext = ((x_ >>> 30) & 1) === 1;
    const m = (x_ >>> 24) & 63;
    f = 0; const v0 = ((x_ >>> 16) & 255);
    f = 1; const v1 = ((x_ >>> 0) & 65535);
    f = 2; const v2 = (m & 32) !== 0 ? d_PositionOffsetLLV(r) : undefined;
    f = 3; const v3 = (m & 16) !== 0 ? d_Description(r) : undefined;
    f = 4; const v4 = (m & 8) !== 0 ? d_RSITimeDetails(r) : undefined;
    f = 5; const v5 = (m & 4) !== 0 ? r.octets(1) : undefined;
    f = 6; const v6 = (m & 2) !== 0 ? d_ReferencePathList(r) : undefined;
    f = 7; const v7 = (m & 1) !== 0 ? d_ReferenceLinkList(r) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { rtsId: v0, signType: v1, signPos: v2, description: v3, timeDetails: v4, priority: v5, referencePaths: v6, referenceLinks: v7, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N99[f]!, r.pos); }
}
function e_RTSData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.rtsId;
    const v1 = v.signType;
    const v2 = v.signPos;
    const v3 = v.description;
    const v4 = v.timeDetails;
    const v5 = v.priority;
    const v6 = v.referencePaths;
    const v7 = v.referenceLinks;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
    f = 1;
    if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
    f = -1;
    w.bits(((((hasExt ? 64 : 0) | (v2 !== undefined ? 32 : 0) | (v3 !== undefined ? 16 : 0) | (v4 !== undefined ? 8 : 0) | (v5 !== undefined ? 4 : 0) | (v6 !== undefined ? 2 : 0) | (v7 !== undefined ? 1 : 0))) * 256 + v0) * 65536 + v1, 31);
    f = 2;
    if (v2 !== undefined) {
      e_PositionOffsetLLV(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      e_Description(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      e_RSITimeDetails(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      w.octets(fixedOctets(v5, 1));
    }
    f = 6;
    if (v6 !== undefined) {
      e_ReferencePathList(w, v6);
    }
    f = 7;
    if (v7 !== undefined) {
      e_ReferenceLinkList(w, v7);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N99[f]!); }
}

function d_Description(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { textString: decChars(r, 1, 512, false, 7, null, null) };
      case 1: return { textGB2312: decOctets(r, 2, 512, false) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N100[f]!, r.pos); }
}
function e_Description(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.textString) !== undefined) {
      f = 0;
      w.bits(0, 1);
      encChars(w, x, 1, 512, false, 7, null, null);
      return;
    }
    if ((x = v.textGB2312) !== undefined) {
      f = 1;
      w.bits(1, 1);
      encOctets(w, x, 2, 512, false);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N100[f]!); }
}

function d_ReferenceLinkList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 35);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ReferenceLink(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ReferenceLinkList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_ReferenceLink(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_ReferenceLink(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = d_NodeReferenceID(r);
    f = 1; const v1 = d_NodeReferenceID(r);
    f = 2; const v2 = (m & 1) !== 0 ? { length: 16, bytes: r.bitBytes(16) } : undefined;
    return { upstreamNodeId: v0, downstreamNodeId: v1, referenceLanes: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N101[f]!, r.pos); }
}
function e_ReferenceLink(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.upstreamNodeId;
    const v1 = v.downstreamNodeId;
    const v2 = v.referenceLanes;
    w.bits((v2 !== undefined ? 1 : 0), 1);
    f = 0; if (v0 === undefined) throw missing();
      e_NodeReferenceID(w, v0);
    f = 1; if (v1 === undefined) throw missing();
      e_NodeReferenceID(w, v1);
    f = 2;
    if (v2 !== undefined) {
      w.bitBytes(fixedBits(v2, 16), 16);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N101[f]!); }
}

function d_ReferenceLanes(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_ReferenceLanes(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_SignType(r: R): V {
  return r.bits(16);
}
function e_SignType(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_PathPointList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 4);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_PositionOffsetLLV(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_PathPointList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_PositionOffsetLLV(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_Radius(r: R): V {
  return r.bits(16);
}
function e_Radius(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_RSIPriority(r: R): V {
  return r.octets(1);
}
function e_RSIPriority(w: W, v: V): void {
  w.octets(fixedOctets(v, 1));
}

function d_RoadsideSafetyMessage(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(8);
    const ext = ((x_ >>> 7) & 1) === 1;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = r.octets(8);
    f = 2; const v2 = d_Position3D(r);
    f = 3; const v3 = d_ParticipantList(r);
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { msgCnt: v0, id: v1, refPos: v2, participants: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N102[f]!, r.pos); }
}
function e_RoadsideSafetyMessage(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.msgCnt;
    const v1 = v.id;
    const v2 = v.refPos;
    const v3 = v.participants;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = -1;
    w.bits((((hasExt ? 1 : 0))) * 128 + v0, 8);
    f = 1;
      w.octets(fixedOctets(v1, 8));
    f = 2; if (v2 === undefined) throw missing();
      e_Position3D(w, v2);
    f = 3; if (v3 === undefined) throw missing();
      e_ParticipantList(w, v3);
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N102[f]!); }
}

function d_ParticipantList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 107);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ParticipantData(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ParticipantList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_ParticipantData(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_ParticipantData(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(6);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA105[i] ?? i)(r.normallySmall()) : enumIndex(r, EN104, 3));
    f = 1; const v1 = r.bits(16);
    f = 2; const v2 = (r.bool() ? ((i: number) => EA107[i] ?? i)(r.normallySmall()) : EN106[r.bits(3)]!);
    f = 3; const v3 = (m & 32) !== 0 ? r.octets(8) : undefined;
    f = 4; const v4 = r.bits(16);
    f = 5; const v5 = d_PositionOffsetLLV(r);
    f = 6; const v6 = d_PositionConfidenceSet(r);
    f = 7; const v7 = (m & 16) !== 0 ? EN108[r.bits(3)]! : undefined;
    f = 8; const x8 = r.bits(28);
    f = 8; const v8 = ((x8 >>> 15) & 8191);
    f = 9; const v9 = ((x8 >>> 0) & 32767); if (v9 > 28800) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v9} above 28800`, r.pos);
    f = 10; const v10 = (m & 8) !== 0 ? r.constrained(-126, 127, 8) : undefined;
    f = 11; const v11 = (m & 4) !== 0 ? d_MotionConfidenceSet(r) : undefined;
    f = 12; const v12 = (m & 2) !== 0 ? d_AccelerationSet4Way(r) : undefined;
    f = 13; const v13 = d_VehicleSize(r);
    f = 14; const v14 = (m & 1) !== 0 ? d_VehicleClassification(r) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { ptcType: v0, ptcId: v1, source: v2, id: v3, secMark: v4, pos: v5, posConfidence: v6, transmission: v7, speed: v8, heading: v9, angle: v10, motionCfd: v11, accelSet: v12, size: v13, vehicleClass: v14, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N103[f]!, r.pos); }
}
function e_ParticipantData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.ptcType;
    const v1 = v.ptcId;
    const v2 = v.source;
    const v3 = v.id;
    const v4 = v.secMark;
    const v5 = v.pos;
    const v6 = v.posConfidence;
    const v7 = v.transmission;
    const v8 = v.speed;
    const v9 = v.heading;
    const v10 = v.angle;
    const v11 = v.motionCfd;
    const v12 = v.accelSet;
    const v13 = v.size;
    const v14 = v.vehicleClass;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 64 : 0) | (v3 !== undefined ? 32 : 0) | (v7 !== undefined ? 16 : 0) | (v10 !== undefined ? 8 : 0) | (v11 !== undefined ? 4 : 0) | (v12 !== undefined ? 2 : 0) | (v14 !== undefined ? 1 : 0), 7);
    f = 0;
      { const i = EI109(v0);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ110(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
      if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
      w.bits(v1, 16);
    f = 2;
      { const i = EI111(v2);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v2 === 'number' && Number.isInteger(v2) && v2 >= 0 ? v2 : EJ112(v2); if (j === undefined) throw badEnum(v2); w.bits(1, 1); w.normallySmall(j); } }
    f = 3;
    if (v3 !== undefined) {
      w.octets(fixedOctets(v3, 8));
    }
    f = 4;
      if (!(v4 >= 0 && v4 <= 65535 && Number.isInteger(v4))) throw rng(v4, 0, 65535);
      w.bits(v4, 16);
    f = 5; if (v5 === undefined) throw missing();
      e_PositionOffsetLLV(w, v5);
    f = 6; if (v6 === undefined) throw missing();
      e_PositionConfidenceSet(w, v6);
    f = 7;
    if (v7 !== undefined) {
      { const i = EI113(v7); if (i === undefined) throw badEnum(v7); w.bits(i, 3); }
    }
    f = 8;
    if (!(v8 >= 0 && v8 <= 8191 && Number.isInteger(v8))) throw rng(v8, 0, 8191);
    f = 9;
    if (!(v9 >= 0 && v9 <= 28800 && Number.isInteger(v9))) throw rng(v9, 0, 28800);
    w.bits((v8) * 32768 + v9, 28);
    f = 10;
    if (v10 !== undefined) {
      if (!(v10 >= -126 && v10 <= 127 && Number.isInteger(v10))) throw rng(v10, -126, 127);
      w.bits(v10 - -126, 8);
    }
    f = 11;
    if (v11 !== undefined) {
      e_MotionConfidenceSet(w, v11);
    }
    f = 12;
    if (v12 !== undefined) {
      e_AccelerationSet4Way(w, v12);
    }
    f = 13; if (v13 === undefined) throw missing();
      e_VehicleSize(w, v13);
    f = 14;
    if (v14 !== undefined) {
      e_VehicleClassification(w, v14);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N103[f]!); }
}

function d_ParticipantType(r: R): V {
  return (r.bool() ? ((i: number) => EA115[i] ?? i)(r.normallySmall()) : enumIndex(r, EN114, 3));
}
function e_ParticipantType(w: W, v: V): void {
  { const i = EI116(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ117(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_SourceType(r: R): V {
  return (r.bool() ? ((i: number) => EA119[i] ?? i)(r.normallySmall()) : EN118[r.bits(3)]!);
}
function e_SourceType(w: W, v: V): void {
  { const i = EI120(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ121(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_IntersectionStateList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 21);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_IntersectionState(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_IntersectionStateList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_IntersectionState(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_IntersectionState(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = d_NodeReferenceID(r);
    f = 1; const v1 = { length: 16, bytes: r.bitBytes(16) };
    f = 2; const v2 = (m & 4) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? r.bits(16) : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? enumIndex(r, EN123, 6) : undefined;
    f = 5; const v5 = d_PhaseList(r);
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { intersectionId: v0, status: v1, moy: v2, timeStamp: v3, timeConfidence: v4, phases: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N122[f]!, r.pos); }
}
function e_IntersectionState(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.intersectionId;
    const v1 = v.status;
    const v2 = v.moy;
    const v3 = v.timeStamp;
    const v4 = v.timeConfidence;
    const v5 = v.phases;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 4);
    f = 0; if (v0 === undefined) throw missing();
      e_NodeReferenceID(w, v0);
    f = 1;
      w.bitBytes(fixedBits(v1, 16), 16);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 527040 && Number.isInteger(v2))) throw rng(v2, 0, 527040);
      w.bits(v2, 20);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 65535 && Number.isInteger(v3))) throw rng(v3, 0, 65535);
      w.bits(v3, 16);
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI124(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 6); }
    }
    f = 5; if (v5 === undefined) throw missing();
      e_PhaseList(w, v5);
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N122[f]!); }
}

function d_IntersectionStatusObject(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_IntersectionStatusObject(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_PhaseList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 8);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_Phase(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_PhaseList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_Phase(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_Phase(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = d_PhaseStateList(r);
    return { id: v0, phaseStates: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N126[f]!, r.pos); }
}
function e_Phase(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.id;
    const v1 = v.phaseStates;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      e_PhaseStateList(w, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N126[f]!); }
}

function d_PhaseStateList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 7);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_PhaseState(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_PhaseStateList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_PhaseState(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_PhaseState(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(1);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA129[i] ?? i)(r.normallySmall()) : enumIndex(r, EN128, 4));
    f = 1; const v1 = (m & 1) !== 0 ? d_TimeChangeDetails(r) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { light: v0, timing: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N127[f]!, r.pos); }
}
function e_PhaseState(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.light;
    const v1 = v.timing;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 2 : 0) | (v1 !== undefined ? 1 : 0), 2);
    f = 0;
      { const i = EI130(v0);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ131(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
    if (v1 !== undefined) {
      e_TimeChangeDetails(w, v1);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N127[f]!); }
}

function d_LightState(r: R): V {
  return (r.bool() ? ((i: number) => EA133[i] ?? i)(r.normallySmall()) : enumIndex(r, EN132, 4));
}
function e_LightState(w: W, v: V): void {
  { const i = EI134(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ135(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_TimeChangeDetails(r: R): V {
  let f = -1;
  try {
    if (r.bool()) {
      const i = r.normallySmall();
      switch (i) {
        default: return { $ext: { index: i, bytes: r.openOpaque() } };
      }
    }
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { counting: d_TimeCountingDown(r) };
      case 1: return { utcTiming: d_UTCTiming(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N136[f]!, r.pos); }
}
function e_TimeChangeDetails(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.counting) !== undefined) {
      f = 0;
      w.bits(0, 2);
      e_TimeCountingDown(w, x);
      return;
    }
    if ((x = v.utcTiming) !== undefined) {
      f = 1;
      w.bits(1, 2);
      e_UTCTiming(w, x);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N136[f]!); }
}

function d_UTCTiming(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(21);
    const m = (x_ >>> 16) & 31;
    f = 0; const v0 = ((x_ >>> 0) & 65535); if (v0 > 36001) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 36001`, r.pos);
    f = 1; const v1 = (m & 16) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    f = 3; const v3 = r.constrained(0, 36001, 16);
    f = 4; const v4 = (m & 4) !== 0 ? r.constrained(0, 200, 8) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    return { startUTCTime: v0, minEndUTCTime: v1, maxEndUTCTime: v2, likelyEndUTCTime: v3, timeConfidence: v4, nextStartUTCTime: v5, nextEndUTCTime: v6 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N137[f]!, r.pos); }
}
function e_UTCTiming(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.startUTCTime;
    const v1 = v.minEndUTCTime;
    const v2 = v.maxEndUTCTime;
    const v3 = v.likelyEndUTCTime;
    const v4 = v.timeConfidence;
    const v5 = v.nextStartUTCTime;
    const v6 = v.nextEndUTCTime;
    f = 0;
    if (!(v0 >= 0 && v0 <= 36001 && Number.isInteger(v0))) throw rng(v0, 0, 36001);
    f = -1;
    w.bits((((v1 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0))) * 65536 + v0, 21);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 36001 && Number.isInteger(v1))) throw rng(v1, 0, 36001);
      w.bits(v1, 16);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 36001 && Number.isInteger(v2))) throw rng(v2, 0, 36001);
      w.bits(v2, 16);
    }
    f = 3;
      if (!(v3 >= 0 && v3 <= 36001 && Number.isInteger(v3))) throw rng(v3, 0, 36001);
      w.bits(v3, 16);
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 200 && Number.isInteger(v4))) throw rng(v4, 0, 200);
      w.bits(v4, 8);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 36001 && Number.isInteger(v5))) throw rng(v5, 0, 36001);
      w.bits(v5, 16);
    }
    f = 6;
    if (v6 !== undefined) {
      if (!(v6 >= 0 && v6 <= 36001 && Number.isInteger(v6))) throw rng(v6, 0, 36001);
      w.bits(v6, 16);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N137[f]!); }
}

function d_TimeCountingDown(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(21);
    const m = (x_ >>> 16) & 31;
    f = 0; const v0 = ((x_ >>> 0) & 65535); if (v0 > 36001) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 36001`, r.pos);
    f = 1; const v1 = (m & 16) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    f = 3; const v3 = r.constrained(0, 36001, 16);
    f = 4; const v4 = (m & 4) !== 0 ? r.constrained(0, 200, 8) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    return { startTime: v0, minEndTime: v1, maxEndTime: v2, likelyEndTime: v3, timeConfidence: v4, nextStartTime: v5, nextDuration: v6 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N138[f]!, r.pos); }
}
function e_TimeCountingDown(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.startTime;
    const v1 = v.minEndTime;
    const v2 = v.maxEndTime;
    const v3 = v.likelyEndTime;
    const v4 = v.timeConfidence;
    const v5 = v.nextStartTime;
    const v6 = v.nextDuration;
    f = 0;
    if (!(v0 >= 0 && v0 <= 36001 && Number.isInteger(v0))) throw rng(v0, 0, 36001);
    f = -1;
    w.bits((((v1 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0))) * 65536 + v0, 21);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 36001 && Number.isInteger(v1))) throw rng(v1, 0, 36001);
      w.bits(v1, 16);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 36001 && Number.isInteger(v2))) throw rng(v2, 0, 36001);
      w.bits(v2, 16);
    }
    f = 3;
      if (!(v3 >= 0 && v3 <= 36001 && Number.isInteger(v3))) throw rng(v3, 0, 36001);
      w.bits(v3, 16);
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 200 && Number.isInteger(v4))) throw rng(v4, 0, 200);
      w.bits(v4, 8);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 36001 && Number.isInteger(v5))) throw rng(v5, 0, 36001);
      w.bits(v5, 16);
    }
    f = 6;
    if (v6 !== undefined) {
      if (!(v6 >= 0 && v6 <= 36001 && Number.isInteger(v6))) throw rng(v6, 0, 36001);
      w.bits(v6, 16);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N138[f]!); }
}

function d_PhaseID(r: R): V {
  return r.bits(8);
}
function e_PhaseID(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_SPAT(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(11);
    const ext = ((x_ >>> 10) & 1) === 1;
    const m = (x_ >>> 7) & 7;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = (m & 4) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? r.bits(16) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 4; const v4 = d_IntersectionStateList(r);
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { msgCnt: v0, moy: v1, timeStamp: v2, name: v3, intersections: v4, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N139[f]!, r.pos); }
}
function e_SPAT(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.msgCnt;
    const v1 = v.moy;
    const v2 = v.timeStamp;
    const v3 = v.name;
    const v4 = v.intersections;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = -1;
    w.bits((((hasExt ? 8 : 0) | (v1 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0))) * 128 + v0, 11);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 527040 && Number.isInteger(v1))) throw rng(v1, 0, 527040);
      w.bits(v1, 20);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 65535 && Number.isInteger(v2))) throw rng(v2, 0, 65535);
      w.bits(v2, 16);
    }
    f = 3;
    if (v3 !== undefined) {
      encChars(w, v3, 1, 63, false, 7, null, null);
    }
    f = 4; if (v4 === undefined) throw missing();
      e_IntersectionStateList(w, v4);
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N139[f]!); }
}

function d_BrakeSystemStatus(r: R): V {
  let f = -1;
  try {
    const m = r.bits(7);
    f = 0; const v0 = (m & 64) !== 0 ? enumIndex(r, EN141, 2) : undefined;
    f = 1; const v1 = (m & 32) !== 0 ? { length: 5, bytes: r.bitBytes(5) } : undefined;
    f = 2; const v2 = (m & 16) !== 0 ? EN142[r.bits(2)]! : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? EN143[r.bits(2)]! : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? EN144[r.bits(2)]! : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? enumIndex(r, EN145, 2) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? EN146[r.bits(2)]! : undefined;
    return { brakePadel: v0, wheelBrakes: v1, traction: v2, abs: v3, scs: v4, brakeBoost: v5, auxBrakes: v6 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N140[f]!, r.pos); }
}
function e_BrakeSystemStatus(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.brakePadel;
    const v1 = v.wheelBrakes;
    const v2 = v.traction;
    const v3 = v.abs;
    const v4 = v.scs;
    const v5 = v.brakeBoost;
    const v6 = v.auxBrakes;
    w.bits((v0 !== undefined ? 64 : 0) | (v1 !== undefined ? 32 : 0) | (v2 !== undefined ? 16 : 0) | (v3 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0), 7);
    f = 0;
    if (v0 !== undefined) {
      { const i = EI147(v0); if (i === undefined) throw badEnum(v0); w.bits(i, 2); }
    }
    f = 1;
    if (v1 !== undefined) {
      w.bitBytes(fixedBits(v1, 5), 5);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI148(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 2); }
    }
    f = 3;
    if (v3 !== undefined) {
      { const i = EI149(v3); if (i === undefined) throw badEnum(v3); w.bits(i, 2); }
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI150(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 2); }
    }
    f = 5;
    if (v5 !== undefined) {
      { const i = EI151(v5); if (i === undefined) throw badEnum(v5); w.bits(i, 2); }
    }
    f = 6;
    if (v6 !== undefined) {
      { const i = EI152(v6); if (i === undefined) throw badEnum(v6); w.bits(i, 2); }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N140[f]!); }
}

function d_BrakePedalStatus(r: R): V {
  return enumIndex(r, EN153, 2);
}
function e_BrakePedalStatus(w: W, v: V): void {
  { const i = EI154(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_BrakeAppliedStatus(r: R): V {
  return { length: 5, bytes: r.bitBytes(5) };
}
function e_BrakeAppliedStatus(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 5), 5);
}

function d_BrakeBoostApplied(r: R): V {
  return enumIndex(r, EN155, 2);
}
function e_BrakeBoostApplied(w: W, v: V): void {
  { const i = EI156(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_TractionControlStatus(r: R): V {
  return EN157[r.bits(2)]!;
}
function e_TractionControlStatus(w: W, v: V): void {
  { const i = EI158(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_AntiLockBrakeStatus(r: R): V {
  return EN159[r.bits(2)]!;
}
function e_AntiLockBrakeStatus(w: W, v: V): void {
  { const i = EI160(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_StabilityControlStatus(r: R): V {
  return EN161[r.bits(2)]!;
}
function e_StabilityControlStatus(w: W, v: V): void {
  { const i = EI162(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_AuxiliaryBrakeStatus(r: R): V {
  return EN163[r.bits(2)]!;
}
function e_AuxiliaryBrakeStatus(w: W, v: V): void {
  { const i = EI164(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_VehicleClassification(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(10);
    const ext = ((x_ >>> 9) & 1) === 1;
    const m = (x_ >>> 8) & 1;
    f = 0; const v0 = ((x_ >>> 0) & 255);
    f = 1; const v1 = (m & 1) !== 0 ? r.bits(4) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { classification: v0, fuelType: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N165[f]!, r.pos); }
}
function e_VehicleClassification(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.classification;
    const v1 = v.fuelType;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
    f = -1;
    w.bits((((hasExt ? 2 : 0) | (v1 !== undefined ? 1 : 0))) * 256 + v0, 10);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 15 && Number.isInteger(v1))) throw rng(v1, 0, 15);
      w.bits(v1, 4);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N165[f]!); }
}

function d_BasicVehicleClass(r: R): V {
  return r.bits(8);
}
function e_BasicVehicleClass(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_FuelType(r: R): V {
  return r.bits(4);
}
function e_FuelType(w: W, v: V): void {
  if (!(v >= 0 && v <= 15 && Number.isInteger(v))) throw rng(v, 0, 15);
  w.bits(v, 4);
}

function d_VehicleEmergencyExtensions(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? (r.bool() ? ((i: number) => EA168[i] ?? i)(r.normallySmall()) : enumIndex(r, EN167, 3)) : undefined;
    f = 1; const v1 = (m & 2) !== 0 ? EN169[r.bits(2)]! : undefined;
    f = 2; const v2 = (m & 1) !== 0 ? EN170[r.bits(3)]! : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { responseType: v0, sirenUse: v1, lightsUse: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N166[f]!, r.pos); }
}
function e_VehicleEmergencyExtensions(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.responseType;
    const v1 = v.sirenUse;
    const v2 = v.lightsUse;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v0 !== undefined ? 4 : 0) | (v1 !== undefined ? 2 : 0) | (v2 !== undefined ? 1 : 0), 4);
    f = 0;
    if (v0 !== undefined) {
      { const i = EI171(v0);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ172(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 1;
    if (v1 !== undefined) {
      { const i = EI173(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 2); }
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI174(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 3); }
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N166[f]!); }
}

function d_ResponseType(r: R): V {
  return (r.bool() ? ((i: number) => EA176[i] ?? i)(r.normallySmall()) : enumIndex(r, EN175, 3));
}
function e_ResponseType(w: W, v: V): void {
  { const i = EI177(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ178(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_SirenInUse(r: R): V {
  return EN179[r.bits(2)]!;
}
function e_SirenInUse(w: W, v: V): void {
  { const i = EI180(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_LightbarInUse(r: R): V {
  return EN181[r.bits(3)]!;
}
function e_LightbarInUse(w: W, v: V): void {
  { const i = EI182(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_VehicleSafetyExtensions(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = (m & 8) !== 0 ? decBits(r, 13, 13, true) : undefined;
    f = 1; const v1 = (m & 4) !== 0 ? d_PathHistory(r) : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? d_PathPrediction(r) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? decBits(r, 9, 9, true) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { events: v0, pathHistory: v1, pathPrediction: v2, lights: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N183[f]!, r.pos); }
}
function e_VehicleSafetyExtensions(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.events;
    const v1 = v.pathHistory;
    const v2 = v.pathPrediction;
    const v3 = v.lights;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 16 : 0) | (v0 !== undefined ? 8 : 0) | (v1 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0), 5);
    f = 0;
    if (v0 !== undefined) {
      encBits(w, v0, 13, 13, true);
    }
    f = 1;
    if (v1 !== undefined) {
      e_PathHistory(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      e_PathPrediction(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      encBits(w, v3, 9, 9, true);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N183[f]!); }
}

function d_PathHistory(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_FullPositionVector(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? { length: 8, bytes: r.bitBytes(8) } : undefined;
    f = 2; const v2 = d_PathHistoryPointList(r);
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { initialPosition: v0, currGNSSstatus: v1, crumbData: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N184[f]!, r.pos); }
}
function e_PathHistory(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.initialPosition;
    const v1 = v.currGNSSstatus;
    const v2 = v.crumbData;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_FullPositionVector(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      w.bitBytes(fixedBits(v1, 8), 8);
    }
    f = 2; if (v2 === undefined) throw missing();
      e_PathHistoryPointList(w, v2);
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N184[f]!); }
}

function d_FullPositionVector(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(8);
    f = 0; const v0 = (m & 128) !== 0 ? d_DDateTime(r) : undefined;
    f = 1; const v1 = d_Position3D(r);
    f = 2; const v2 = (m & 64) !== 0 ? r.constrained(0, 28800, 15) : undefined;
    f = 3; const v3 = (m & 32) !== 0 ? EN186[r.bits(3)]! : undefined;
    f = 4; const v4 = (m & 16) !== 0 ? r.bits(13) : undefined;
    f = 5; const v5 = (m & 8) !== 0 ? d_PositionalAccuracy(r) : undefined;
    f = 6; const v6 = (m & 4) !== 0 ? d_PositionConfidenceSet(r) : undefined;
    f = 7; const v7 = (m & 2) !== 0 ? enumIndex(r, EN187, 6) : undefined;
    f = 8; const v8 = (m & 1) !== 0 ? d_MotionConfidenceSet(r) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { utcTime: v0, pos: v1, heading: v2, transmission: v3, speed: v4, posAccuracy: v5, posConficence: v6, timeConfidence: v7, motionCfd: v8, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N185[f]!, r.pos); }
}
function e_FullPositionVector(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.utcTime;
    const v1 = v.pos;
    const v2 = v.heading;
    const v3 = v.transmission;
    const v4 = v.speed;
    const v5 = v.posAccuracy;
    const v6 = v.posConficence;
    const v7 = v.timeConfidence;
    const v8 = v.motionCfd;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 256 : 0) | (v0 !== undefined ? 128 : 0) | (v2 !== undefined ? 64 : 0) | (v3 !== undefined ? 32 : 0) | (v4 !== undefined ? 16 : 0) | (v5 !== undefined ? 8 : 0) | (v6 !== undefined ? 4 : 0) | (v7 !== undefined ? 2 : 0) | (v8 !== undefined ? 1 : 0), 9);
    f = 0;
    if (v0 !== undefined) {
      e_DDateTime(w, v0);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_Position3D(w, v1);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 28800 && Number.isInteger(v2))) throw rng(v2, 0, 28800);
      w.bits(v2, 15);
    }
    f = 3;
    if (v3 !== undefined) {
      { const i = EI188(v3); if (i === undefined) throw badEnum(v3); w.bits(i, 3); }
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 8191 && Number.isInteger(v4))) throw rng(v4, 0, 8191);
      w.bits(v4, 13);
    }
    f = 5;
    if (v5 !== undefined) {
      e_PositionalAccuracy(w, v5);
    }
    f = 6;
    if (v6 !== undefined) {
      e_PositionConfidenceSet(w, v6);
    }
    f = 7;
    if (v7 !== undefined) {
      { const i = EI189(v7); if (i === undefined) throw badEnum(v7); w.bits(i, 6); }
    }
    f = 8;
    if (v8 !== undefined) {
      e_MotionConfidenceSet(w, v8);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N185[f]!); }
}

function d_GNSSstatus(r: R): V {
  return { length: 8, bytes: r.bitBytes(8) };
}
function e_GNSSstatus(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 8), 8);
}

function d_PathHistoryPointList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 23, 5);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_PathHistoryPoint(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_PathHistoryPointList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 23)) throw badSize(n, 1, 23);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_PathHistoryPoint(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_PathHistoryPoint(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = d_PositionOffsetLLV(r);
    f = 1; const v1 = r.constrained(1, 65535, 16);
    f = 2; const v2 = (m & 4) !== 0 ? r.bits(13) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? d_PositionConfidenceSet(r) : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? r.constrained(0, 240, 8) : undefined;
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { llvOffset: v0, timeOffset: v1, speed: v2, posAccuracy: v3, heading: v4, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N191[f]!, r.pos); }
}
function e_PathHistoryPoint(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.llvOffset;
    const v1 = v.timeOffset;
    const v2 = v.speed;
    const v3 = v.posAccuracy;
    const v4 = v.heading;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 4);
    f = 0; if (v0 === undefined) throw missing();
      e_PositionOffsetLLV(w, v0);
    f = 1;
      if (!(v1 >= 1 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 1, 65535);
      w.bits(v1 - 1, 16);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 8191 && Number.isInteger(v2))) throw rng(v2, 0, 8191);
      w.bits(v2, 13);
    }
    f = 3;
    if (v3 !== undefined) {
      e_PositionConfidenceSet(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 240 && Number.isInteger(v4))) throw rng(v4, 0, 240);
      w.bits(v4, 8);
    }
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N191[f]!); }
}

function d_PathPrediction(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(25);
    const ext = ((x_ >>> 24) & 1) === 1;
    f = 0; const v0 = (-32767 + ((x_ >>> 8) & 65535)); if (v0 > 32767) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 32767`, r.pos);
    f = 1; const v1 = ((x_ >>> 0) & 255); if (v1 > 200) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 200`, r.pos);
    let $ext: V;
    if (ext) {
      const n = r.normallySmallLength();
      const bm = readBitmap(r, n);
      const unknown: V[] = [];
      let known = 0;
      for (let i = 0; i < n; i++) {
        if (!bm[i]) continue;
        switch (i) {
          default: unknown.push({ index: i, bytes: r.openOpaque() });
        }
      }
      if (n !== 0 || unknown.length > 0 || known === 0) $ext = { bitmapLength: n, additions: unknown };
    }
    return { radiusOfCurve: v0, confidence: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N192[f]!, r.pos); }
}
function e_PathPrediction(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.radiusOfCurve;
    const v1 = v.confidence;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= -32767 && v0 <= 32767 && Number.isInteger(v0))) throw rng(v0, -32767, 32767);
    f = 1;
    if (!(v1 >= 0 && v1 <= 200 && Number.isInteger(v1))) throw rng(v1, 0, 200);
    f = -1;
    w.bits(((((hasExt ? 1 : 0))) * 65536 + (v0 - -32767)) * 256 + v1, 25);
    if (hasExt) {
      const n = Math.max(0, $ext?.bitmapLength ?? 0);
      w.normallySmallLength(n);
      const unk = $ext?.additions ?? [];
      const known: boolean[] = [];
      for (let i = 0; i < n; i++) w.bool(i < known.length ? known[i]! : unk.some((u: V) => u.index === i));
      f = -1;
      for (const u of [...unk].sort((p: V, q: V) => p.index - q.index)) {
        if (!Number.isInteger(u.index) || u.index < 0 || u.index >= n || !(u.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext addition');
        w.openOpaque(u.bytes);
      }
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N192[f]!); }
}

function d_Confidence(r: R): V {
  return r.constrained(0, 200, 8);
}
function e_Confidence(w: W, v: V): void {
  if (!(v >= 0 && v <= 200 && Number.isInteger(v))) throw rng(v, 0, 200);
  w.bits(v, 8);
}

function d_RadiusOfCurvature(r: R): V {
  return r.constrained(-32767, 32767, 16);
}
function e_RadiusOfCurvature(w: W, v: V): void {
  if (!(v >= -32767 && v <= 32767 && Number.isInteger(v))) throw rng(v, -32767, 32767);
  w.bits(v - -32767, 16);
}

function d_VehicleSize(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(23);
    const m = (x_ >>> 22) & 1;
    f = 0; const v0 = ((x_ >>> 12) & 1023);
    f = 1; const v1 = ((x_ >>> 0) & 4095);
    f = 2; const v2 = (m & 1) !== 0 ? r.bits(7) : undefined;
    return { width: v0, length: v1, height: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N193[f]!, r.pos); }
}
function e_VehicleSize(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.width;
    const v1 = v.length;
    const v2 = v.height;
    f = 0;
    if (!(v0 >= 0 && v0 <= 1023 && Number.isInteger(v0))) throw rng(v0, 0, 1023);
    f = 1;
    if (!(v1 >= 0 && v1 <= 4095 && Number.isInteger(v1))) throw rng(v1, 0, 4095);
    f = -1;
    w.bits(((((v2 !== undefined ? 1 : 0))) * 1024 + v0) * 4096 + v1, 23);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 127 && Number.isInteger(v2))) throw rng(v2, 0, 127);
      w.bits(v2, 7);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N193[f]!); }
}

function d_VehicleWidth(r: R): V {
  return r.bits(10);
}
function e_VehicleWidth(w: W, v: V): void {
  if (!(v >= 0 && v <= 1023 && Number.isInteger(v))) throw rng(v, 0, 1023);
  w.bits(v, 10);
}

function d_VehicleLength(r: R): V {
  return r.bits(12);
}
function e_VehicleLength(w: W, v: V): void {
  if (!(v >= 0 && v <= 4095 && Number.isInteger(v))) throw rng(v, 0, 4095);
  w.bits(v, 12);
}

function d_VehicleHeight(r: R): V {
  return r.bits(7);
}
function e_VehicleHeight(w: W, v: V): void {
  if (!(v >= 0 && v <= 127 && Number.isInteger(v))) throw rng(v, 0, 127);
  w.bits(v, 7);
}

function d_TransmissionState(r: R): V {
  return EN194[r.bits(3)]!;
}
function e_TransmissionState(w: W, v: V): void {
  { const i = EI195(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_VehicleEventFlags(r: R): V {
  return decBits(r, 13, 13, true);
}
function e_VehicleEventFlags(w: W, v: V): void {
  encBits(w, v, 13, 13, true);
}

function d_ExteriorLights(r: R): V {
  return decBits(r, 9, 9, true);
}
function e_ExteriorLights(w: W, v: V): void {
  encBits(w, v, 9, 9, true);
}

/** Encoder of every named type, by name. */
export const encoders: Record<string, (w: W, v: V) => void> = {
  "BasicSafetyMessage": e_BasicSafetyMessage,
  "AccelerationSet4Way": e_AccelerationSet4Way,
  "Acceleration": e_Acceleration,
  "VerticalAcceleration": e_VerticalAcceleration,
  "YawRate": e_YawRate,
  "Speed": e_Speed,
  "Heading": e_Heading,
  "CoarseHeading": e_CoarseHeading,
  "SteeringWheelAngle": e_SteeringWheelAngle,
  "MotionConfidenceSet": e_MotionConfidenceSet,
  "HeadingConfidence": e_HeadingConfidence,
  "SpeedConfidence": e_SpeedConfidence,
  "SteeringWheelAngleConfidence": e_SteeringWheelAngleConfidence,
  "Latitude": e_Latitude,
  "Longitude": e_Longitude,
  "Elevation": e_Elevation,
  "PositionConfidenceSet": e_PositionConfidenceSet,
  "PositionConfidence": e_PositionConfidence,
  "ElevationConfidence": e_ElevationConfidence,
  "Position3D": e_Position3D,
  "SemiMajorAxisAccuracy": e_SemiMajorAxisAccuracy,
  "SemiMinorAxisAccuracy": e_SemiMinorAxisAccuracy,
  "SemiMajorAxisOrientation": e_SemiMajorAxisOrientation,
  "PositionalAccuracy": e_PositionalAccuracy,
  "PositionOffsetLLV": e_PositionOffsetLLV,
  "OffsetLL_B12": e_OffsetLL_B12,
  "OffsetLL_B14": e_OffsetLL_B14,
  "OffsetLL_B16": e_OffsetLL_B16,
  "OffsetLL_B18": e_OffsetLL_B18,
  "OffsetLL_B22": e_OffsetLL_B22,
  "OffsetLL_B24": e_OffsetLL_B24,
  "Position_LL_24B": e_Position_LL_24B,
  "Position_LL_28B": e_Position_LL_28B,
  "Position_LL_32B": e_Position_LL_32B,
  "Position_LL_36B": e_Position_LL_36B,
  "Position_LL_44B": e_Position_LL_44B,
  "Position_LL_48B": e_Position_LL_48B,
  "Position_LLmD_64b": e_Position_LLmD_64b,
  "PositionOffsetLL": e_PositionOffsetLL,
  "VerticalOffset": e_VerticalOffset,
  "VertOffset_B07": e_VertOffset_B07,
  "VertOffset_B08": e_VertOffset_B08,
  "VertOffset_B09": e_VertOffset_B09,
  "VertOffset_B10": e_VertOffset_B10,
  "VertOffset_B11": e_VertOffset_B11,
  "VertOffset_B12": e_VertOffset_B12,
  "DSecond": e_DSecond,
  "DYear": e_DYear,
  "DMonth": e_DMonth,
  "DDay": e_DDay,
  "DHour": e_DHour,
  "DMinute": e_DMinute,
  "DTimeOffset": e_DTimeOffset,
  "DDateTime": e_DDateTime,
  "MinuteOfTheYear": e_MinuteOfTheYear,
  "TimeMark": e_TimeMark,
  "TimeOffset": e_TimeOffset,
  "TimeConfidence": e_TimeConfidence,
  "MapData": e_MapData,
  "LaneList": e_LaneList,
  "Lane": e_Lane,
  "LaneID": e_LaneID,
  "LaneWidth": e_LaneWidth,
  "ConnectsToList": e_ConnectsToList,
  "Connection": e_Connection,
  "ConnectingLane": e_ConnectingLane,
  "AllowedManeuvers": e_AllowedManeuvers,
  "LaneAttributes": e_LaneAttributes,
  "LaneSharing": e_LaneSharing,
  "LaneTypeAttributes": e_LaneTypeAttributes,
  "LaneAttributes_Vehicle": e_LaneAttributes_Vehicle,
  "LaneAttributes_Crosswalk": e_LaneAttributes_Crosswalk,
  "LaneAttributes_Bike": e_LaneAttributes_Bike,
  "LaneAttributes_Sidewalk": e_LaneAttributes_Sidewalk,
  "LaneAttributes_Barrier": e_LaneAttributes_Barrier,
  "LaneAttributes_Striping": e_LaneAttributes_Striping,
  "LaneAttributes_TrackedVehicle": e_LaneAttributes_TrackedVehicle,
  "LaneAttributes_Parking": e_LaneAttributes_Parking,
  "LinkList": e_LinkList,
  "Link": e_Link,
  "MovementList": e_MovementList,
  "Movement": e_Movement,
  "NodeList": e_NodeList,
  "Node": e_Node,
  "DescriptiveName": e_DescriptiveName,
  "NodeReferenceID": e_NodeReferenceID,
  "RoadRegulatorID": e_RoadRegulatorID,
  "NodeID": e_NodeID,
  "PointList": e_PointList,
  "RoadPoint": e_RoadPoint,
  "SpeedLimitList": e_SpeedLimitList,
  "RegulatorySpeedLimit": e_RegulatorySpeedLimit,
  "SpeedLimitType": e_SpeedLimitType,
  "MessageFrame": e_MessageFrame,
  "MsgCount": e_MsgCount,
  "RoadSideInformation": e_RoadSideInformation,
  "RTEList": e_RTEList,
  "RTEData": e_RTEData,
  "EventSource": e_EventSource,
  "EventType": e_EventType,
  "RSITimeDetails": e_RSITimeDetails,
  "ReferencePathList": e_ReferencePathList,
  "ReferencePath": e_ReferencePath,
  "RTSList": e_RTSList,
  "RTSData": e_RTSData,
  "Description": e_Description,
  "ReferenceLinkList": e_ReferenceLinkList,
  "ReferenceLink": e_ReferenceLink,
  "ReferenceLanes": e_ReferenceLanes,
  "SignType": e_SignType,
  "PathPointList": e_PathPointList,
  "Radius": e_Radius,
  "RSIPriority": e_RSIPriority,
  "RoadsideSafetyMessage": e_RoadsideSafetyMessage,
  "ParticipantList": e_ParticipantList,
  "ParticipantData": e_ParticipantData,
  "ParticipantType": e_ParticipantType,
  "SourceType": e_SourceType,
  "IntersectionStateList": e_IntersectionStateList,
  "IntersectionState": e_IntersectionState,
  "IntersectionStatusObject": e_IntersectionStatusObject,
  "PhaseList": e_PhaseList,
  "Phase": e_Phase,
  "PhaseStateList": e_PhaseStateList,
  "PhaseState": e_PhaseState,
  "LightState": e_LightState,
  "TimeChangeDetails": e_TimeChangeDetails,
  "UTCTiming": e_UTCTiming,
  "TimeCountingDown": e_TimeCountingDown,
  "PhaseID": e_PhaseID,
  "SPAT": e_SPAT,
  "BrakeSystemStatus": e_BrakeSystemStatus,
  "BrakePedalStatus": e_BrakePedalStatus,
  "BrakeAppliedStatus": e_BrakeAppliedStatus,
  "BrakeBoostApplied": e_BrakeBoostApplied,
  "TractionControlStatus": e_TractionControlStatus,
  "AntiLockBrakeStatus": e_AntiLockBrakeStatus,
  "StabilityControlStatus": e_StabilityControlStatus,
  "AuxiliaryBrakeStatus": e_AuxiliaryBrakeStatus,
  "VehicleClassification": e_VehicleClassification,
  "BasicVehicleClass": e_BasicVehicleClass,
  "FuelType": e_FuelType,
  "VehicleEmergencyExtensions": e_VehicleEmergencyExtensions,
  "ResponseType": e_ResponseType,
  "SirenInUse": e_SirenInUse,
  "LightbarInUse": e_LightbarInUse,
  "VehicleSafetyExtensions": e_VehicleSafetyExtensions,
  "PathHistory": e_PathHistory,
  "FullPositionVector": e_FullPositionVector,
  "GNSSstatus": e_GNSSstatus,
  "PathHistoryPointList": e_PathHistoryPointList,
  "PathHistoryPoint": e_PathHistoryPoint,
  "PathPrediction": e_PathPrediction,
  "Confidence": e_Confidence,
  "RadiusOfCurvature": e_RadiusOfCurvature,
  "VehicleSize": e_VehicleSize,
  "VehicleWidth": e_VehicleWidth,
  "VehicleLength": e_VehicleLength,
  "VehicleHeight": e_VehicleHeight,
  "TransmissionState": e_TransmissionState,
  "VehicleEventFlags": e_VehicleEventFlags,
  "ExteriorLights": e_ExteriorLights,
};

/** Decoder of every named type, by name. */
export const decoders: Record<string, (r: R) => V> = {
  "BasicSafetyMessage": d_BasicSafetyMessage,
  "AccelerationSet4Way": d_AccelerationSet4Way,
  "Acceleration": d_Acceleration,
  "VerticalAcceleration": d_VerticalAcceleration,
  "YawRate": d_YawRate,
  "Speed": d_Speed,
  "Heading": d_Heading,
  "CoarseHeading": d_CoarseHeading,
  "SteeringWheelAngle": d_SteeringWheelAngle,
  "MotionConfidenceSet": d_MotionConfidenceSet,
  "HeadingConfidence": d_HeadingConfidence,
  "SpeedConfidence": d_SpeedConfidence,
  "SteeringWheelAngleConfidence": d_SteeringWheelAngleConfidence,
  "Latitude": d_Latitude,
  "Longitude": d_Longitude,
  "Elevation": d_Elevation,
  "PositionConfidenceSet": d_PositionConfidenceSet,
  "PositionConfidence": d_PositionConfidence,
  "ElevationConfidence": d_ElevationConfidence,
  "Position3D": d_Position3D,
  "SemiMajorAxisAccuracy": d_SemiMajorAxisAccuracy,
  "SemiMinorAxisAccuracy": d_SemiMinorAxisAccuracy,
  "SemiMajorAxisOrientation": d_SemiMajorAxisOrientation,
  "PositionalAccuracy": d_PositionalAccuracy,
  "PositionOffsetLLV": d_PositionOffsetLLV,
  "OffsetLL_B12": d_OffsetLL_B12,
  "OffsetLL_B14": d_OffsetLL_B14,
  "OffsetLL_B16": d_OffsetLL_B16,
  "OffsetLL_B18": d_OffsetLL_B18,
  "OffsetLL_B22": d_OffsetLL_B22,
  "OffsetLL_B24": d_OffsetLL_B24,
  "Position_LL_24B": d_Position_LL_24B,
  "Position_LL_28B": d_Position_LL_28B,
  "Position_LL_32B": d_Position_LL_32B,
  "Position_LL_36B": d_Position_LL_36B,
  "Position_LL_44B": d_Position_LL_44B,
  "Position_LL_48B": d_Position_LL_48B,
  "Position_LLmD_64b": d_Position_LLmD_64b,
  "PositionOffsetLL": d_PositionOffsetLL,
  "VerticalOffset": d_VerticalOffset,
  "VertOffset_B07": d_VertOffset_B07,
  "VertOffset_B08": d_VertOffset_B08,
  "VertOffset_B09": d_VertOffset_B09,
  "VertOffset_B10": d_VertOffset_B10,
  "VertOffset_B11": d_VertOffset_B11,
  "VertOffset_B12": d_VertOffset_B12,
  "DSecond": d_DSecond,
  "DYear": d_DYear,
  "DMonth": d_DMonth,
  "DDay": d_DDay,
  "DHour": d_DHour,
  "DMinute": d_DMinute,
  "DTimeOffset": d_DTimeOffset,
  "DDateTime": d_DDateTime,
  "MinuteOfTheYear": d_MinuteOfTheYear,
  "TimeMark": d_TimeMark,
  "TimeOffset": d_TimeOffset,
  "TimeConfidence": d_TimeConfidence,
  "MapData": d_MapData,
  "LaneList": d_LaneList,
  "Lane": d_Lane,
  "LaneID": d_LaneID,
  "LaneWidth": d_LaneWidth,
  "ConnectsToList": d_ConnectsToList,
  "Connection": d_Connection,
  "ConnectingLane": d_ConnectingLane,
  "AllowedManeuvers": d_AllowedManeuvers,
  "LaneAttributes": d_LaneAttributes,
  "LaneSharing": d_LaneSharing,
  "LaneTypeAttributes": d_LaneTypeAttributes,
  "LaneAttributes_Vehicle": d_LaneAttributes_Vehicle,
  "LaneAttributes_Crosswalk": d_LaneAttributes_Crosswalk,
  "LaneAttributes_Bike": d_LaneAttributes_Bike,
  "LaneAttributes_Sidewalk": d_LaneAttributes_Sidewalk,
  "LaneAttributes_Barrier": d_LaneAttributes_Barrier,
  "LaneAttributes_Striping": d_LaneAttributes_Striping,
  "LaneAttributes_TrackedVehicle": d_LaneAttributes_TrackedVehicle,
  "LaneAttributes_Parking": d_LaneAttributes_Parking,
  "LinkList": d_LinkList,
  "Link": d_Link,
  "MovementList": d_MovementList,
  "Movement": d_Movement,
  "NodeList": d_NodeList,
  "Node": d_Node,
  "DescriptiveName": d_DescriptiveName,
  "NodeReferenceID": d_NodeReferenceID,
  "RoadRegulatorID": d_RoadRegulatorID,
  "NodeID": d_NodeID,
  "PointList": d_PointList,
  "RoadPoint": d_RoadPoint,
  "SpeedLimitList": d_SpeedLimitList,
  "RegulatorySpeedLimit": d_RegulatorySpeedLimit,
  "SpeedLimitType": d_SpeedLimitType,
  "MessageFrame": d_MessageFrame,
  "MsgCount": d_MsgCount,
  "RoadSideInformation": d_RoadSideInformation,
  "RTEList": d_RTEList,
  "RTEData": d_RTEData,
  "EventSource": d_EventSource,
  "EventType": d_EventType,
  "RSITimeDetails": d_RSITimeDetails,
  "ReferencePathList": d_ReferencePathList,
  "ReferencePath": d_ReferencePath,
  "RTSList": d_RTSList,
  "RTSData": d_RTSData,
  "Description": d_Description,
  "ReferenceLinkList": d_ReferenceLinkList,
  "ReferenceLink": d_ReferenceLink,
  "ReferenceLanes": d_ReferenceLanes,
  "SignType": d_SignType,
  "PathPointList": d_PathPointList,
  "Radius": d_Radius,
  "RSIPriority": d_RSIPriority,
  "RoadsideSafetyMessage": d_RoadsideSafetyMessage,
  "ParticipantList": d_ParticipantList,
  "ParticipantData": d_ParticipantData,
  "ParticipantType": d_ParticipantType,
  "SourceType": d_SourceType,
  "IntersectionStateList": d_IntersectionStateList,
  "IntersectionState": d_IntersectionState,
  "IntersectionStatusObject": d_IntersectionStatusObject,
  "PhaseList": d_PhaseList,
  "Phase": d_Phase,
  "PhaseStateList": d_PhaseStateList,
  "PhaseState": d_PhaseState,
  "LightState": d_LightState,
  "TimeChangeDetails": d_TimeChangeDetails,
  "UTCTiming": d_UTCTiming,
  "TimeCountingDown": d_TimeCountingDown,
  "PhaseID": d_PhaseID,
  "SPAT": d_SPAT,
  "BrakeSystemStatus": d_BrakeSystemStatus,
  "BrakePedalStatus": d_BrakePedalStatus,
  "BrakeAppliedStatus": d_BrakeAppliedStatus,
  "BrakeBoostApplied": d_BrakeBoostApplied,
  "TractionControlStatus": d_TractionControlStatus,
  "AntiLockBrakeStatus": d_AntiLockBrakeStatus,
  "StabilityControlStatus": d_StabilityControlStatus,
  "AuxiliaryBrakeStatus": d_AuxiliaryBrakeStatus,
  "VehicleClassification": d_VehicleClassification,
  "BasicVehicleClass": d_BasicVehicleClass,
  "FuelType": d_FuelType,
  "VehicleEmergencyExtensions": d_VehicleEmergencyExtensions,
  "ResponseType": d_ResponseType,
  "SirenInUse": d_SirenInUse,
  "LightbarInUse": d_LightbarInUse,
  "VehicleSafetyExtensions": d_VehicleSafetyExtensions,
  "PathHistory": d_PathHistory,
  "FullPositionVector": d_FullPositionVector,
  "GNSSstatus": d_GNSSstatus,
  "PathHistoryPointList": d_PathHistoryPointList,
  "PathHistoryPoint": d_PathHistoryPoint,
  "PathPrediction": d_PathPrediction,
  "Confidence": d_Confidence,
  "RadiusOfCurvature": d_RadiusOfCurvature,
  "VehicleSize": d_VehicleSize,
  "VehicleWidth": d_VehicleWidth,
  "VehicleLength": d_VehicleLength,
  "VehicleHeight": d_VehicleHeight,
  "TransmissionState": d_TransmissionState,
  "VehicleEventFlags": d_VehicleEventFlags,
  "ExteriorLights": d_ExteriorLights,
};
