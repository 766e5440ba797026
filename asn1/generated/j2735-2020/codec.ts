// Generated from SAE J2735 2020 (J2735_202007) by asn1/compiler; do not edit.
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

const EN0 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
function EI1(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN2 = ["weekday","holiday"] as const;
function EI3(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN4 = ["notInSummerTime","inSummerTime"] as const;
function EI5(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const N6 = ["d","m","s"] as const;
const N7 = ["d","m","s"] as const;
const N8 = ["lon","lat"] as const;
const N9 = ["lon","lat"] as const;
const N10 = [] as const;
const N11 = ["startTime","minEndTime","maxEndTime","likelyTime","confidence","nextTime"] as const;
const N12 = ["posA","posB"] as const;
const N13 = ["latitude","longitude","elevation"] as const;
const N14 = ["year","month","day","summerTime","holiday","dayofWeek","hour","minute","second","tenthSecond"] as const;
function EI15(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const EN16 = ["notInSummerTime","inSummerTime"] as const;
function EI17(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN18 = ["weekday","holiday"] as const;
function EI19(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN20 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
function EI21(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const EN22 = ["notInSummerTime","inSummerTime"] as const;
function EI23(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN24 = ["weekday","holiday"] as const;
function EI25(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN26 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
function EI27(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const EN28 = ["notInSummerTime","inSummerTime"] as const;
function EI29(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN30 = ["weekday","holiday"] as const;
function EI31(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN32 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
function EI33(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const EN34 = ["notInSummerTime","inSummerTime"] as const;
function EI35(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN36 = ["weekday","holiday"] as const;
function EI37(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN38 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
function EI39(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const EN40 = ["notInSummerTime","inSummerTime"] as const;
function EI41(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN42 = ["weekday","holiday"] as const;
function EI43(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN44 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
const EN45 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
function EI46(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN47 = ["typeA","typeB","typeC","typeD","typeE"] as const;
const EA48 = [] as const;
function EI49(x: unknown): number | undefined { switch (x) { case "typeA": return 0; case "typeB": return 1; case "typeC": return 2; case "typeD": return 3; case "typeE": return 4; default: return undefined; } }
function EJ50(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N51 = ["value","confidence"] as const;
function EI52(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN53 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
function EI54(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN55 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
function EI56(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN57 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
function EI58(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN59 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
function EI60(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN61 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
const N62 = ["stationID","priorState","signalGroup"] as const;
const EN63 = ["unknown","requested","processing","watchOtherTraffic","granted","rejected","maxPresence","reserviceLocked"] as const;
const EA64 = [] as const;
function EI65(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "requested": return 1; case "processing": return 2; case "watchOtherTraffic": return 3; case "granted": return 4; case "rejected": return 5; case "maxPresence": return 6; case "reserviceLocked": return 7; default: return undefined; } }
function EJ66(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N67 = ["vehicleToLanePositions","rsuDistanceFromAnchor"] as const;
const N68 = ["activePrioritizations"] as const;
const N69 = ["signalHeadLocations"] as const;
const N70 = ["altitude"] as const;
const N71 = ["emission"] as const;
const EN72 = ["typeA","typeB","typeC","typeD","typeE"] as const;
const EA73 = [] as const;
function EI74(x: unknown): number | undefined { switch (x) { case "typeA": return 0; case "typeB": return 1; case "typeC": return 2; case "typeD": return 3; case "typeE": return 4; default: return undefined; } }
function EJ75(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N76 = ["node","signalGroupID"] as const;
const N77 = ["stationID","laneID"] as const;
const N78 = ["coreData","partII","regional"] as const;
const N79 = ["statusDetails","locationDetails"] as const;
const EN80 = ["on-bridges","in-tunnels","entering-or-leaving-tunnels","on-ramps","in-road-construction-area","around-a-curve","on-minor-roads","in-the-opposing-lanes","adjacent-to-roadway","on-bend","entire-intersection","in-the-median","moved-to-side-of-road","moved-to-shoulder","on-the-roadway","in-shaded-areas","in-low-lying-areas","in-the-downtown-area","in-the-inner-city-area","in-parts","in-some-places","in-the-ditch","in-the-valley","on-hill-top","near-the-foothills","at-high-altitudes","near-the-lake","near-the-shore","over-the-crest-of-a-hill","other-than-on-the-roadway","near-the-beach","near-beach-access-point","lower-level","upper-level","airport","concourse","gate","baggage-claim","customs-point","station","platform","dock","depot","ev-charging-point","information-welcome-point","at-rest-area","at-service-area","at-weigh-station","picnic-areas","rest-area","service-stations","toilets","on-the-right","on-the-left","in-the-center","in-the-opposite-direction","cross-traffic","northbound-traffic","eastbound-traffic","southbound-traffic","westbound-traffic","north","south","east","west","northeast","northwest","southeast","southwest","mountain-pass","reservation-center","nearby-basin","on-tracks","dip","traffic-circle","park-and-ride-lot","to","by","through","area-of","under","over","from","approaching","entering-at","exiting-at","across-tracks","in-street","on-curve","shoulder","crossover","cross-road","side-road","bus-stop","intersection","roadside-park"] as const;
const EA81 = [] as const;
const EI82$m = new Map<unknown, number>([["on-bridges",0],["in-tunnels",1],["entering-or-leaving-tunnels",2],["on-ramps",3],["in-road-construction-area",4],["around-a-curve",5],["on-minor-roads",6],["in-the-opposing-lanes",7],["adjacent-to-roadway",8],["on-bend",9],["entire-intersection",10],["in-the-median",11],["moved-to-side-of-road",12],["moved-to-shoulder",13],["on-the-roadway",14],["in-shaded-areas",15],["in-low-lying-areas",16],["in-the-downtown-area",17],["in-the-inner-city-area",18],["in-parts",19],["in-some-places",20],["in-the-ditch",21],["in-the-valley",22],["on-hill-top",23],["near-the-foothills",24],["at-high-altitudes",25],["near-the-lake",26],["near-the-shore",27],["over-the-crest-of-a-hill",28],["other-than-on-the-roadway",29],["near-the-beach",30],["near-beach-access-point",31],["lower-level",32],["upper-level",33],["airport",34],["concourse",35],["gate",36],["baggage-claim",37],["customs-point",38],["station",39],["platform",40],["dock",41],["depot",42],["ev-charging-point",43],["information-welcome-point",44],["at-rest-area",45],["at-service-area",46],["at-weigh-station",47],["picnic-areas",48],["rest-area",49],["service-stations",50],["toilets",51],["on-the-right",52],["on-the-left",53],["in-the-center",54],["in-the-opposite-direction",55],["cross-traffic",56],["northbound-traffic",57],["eastbound-traffic",58],["southbound-traffic",59],["westbound-traffic",60],["north",61],["south",62],["east",63],["west",64],["northeast",65],["northwest",66],["southeast",67],["southwest",68],["mountain-pass",69],["reservation-center",70],["nearby-basin",71],["on-tracks",72],["dip",73],["traffic-circle",74],["park-and-ride-lot",75],["to",76],["by",77],["through",78],["area-of",79],["under",80],["over",81],["from",82],["approaching",83],["entering-at",84],["exiting-at",85],["across-tracks",86],["in-street",87],["on-curve",88],["shoulder",89],["crossover",90],["cross-road",91],["side-road",92],["bus-stop",93],["intersection",94],["roadside-park",95]]);
function EI82(x: unknown): number | undefined { return EI82$m.get(x); }
function EJ84(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N85 = ["typeEvent","description","priority","heading","extent","regional"] as const;
const EN86 = ["useInstantlyOnly","useFor3meters","useFor10meters","useFor50meters","useFor100meters","useFor500meters","useFor1000meters","useFor5000meters","useFor10000meters","useFor50000meters","useFor100000meters","useFor500000meters","useFor1000000meters","useFor5000000meters","useFor10000000meters","forever"] as const;
function EI87(x: unknown): number | undefined { switch (x) { case "useInstantlyOnly": return 0; case "useFor3meters": return 1; case "useFor10meters": return 2; case "useFor50meters": return 3; case "useFor100meters": return 4; case "useFor500meters": return 5; case "useFor1000meters": return 6; case "useFor5000meters": return 7; case "useFor10000meters": return 8; case "useFor50000meters": return 9; case "useFor100000meters": return 10; case "useFor500000meters": return 11; case "useFor1000000meters": return 12; case "useFor5000000meters": return 13; case "useFor10000000meters": return 14; case "forever": return 15; default: return undefined; } }
const N88 = ["obDist","obDirect","description","locationDetails","dateTime","vertEvent"] as const;
const EN89 = ["on-bridges","in-tunnels","entering-or-leaving-tunnels","on-ramps","in-road-construction-area","around-a-curve","on-minor-roads","in-the-opposing-lanes","adjacent-to-roadway","on-bend","entire-intersection","in-the-median","moved-to-side-of-road","moved-to-shoulder","on-the-roadway","in-shaded-areas","in-low-lying-areas","in-the-downtown-area","in-the-inner-city-area","in-parts","in-some-places","in-the-ditch","in-the-valley","on-hill-top","near-the-foothills","at-high-altitudes","near-the-lake","near-the-shore","over-the-crest-of-a-hill","other-than-on-the-roadway","near-the-beach","near-beach-access-point","lower-level","upper-level","airport","concourse","gate","baggage-claim","customs-point","station","platform","dock","depot","ev-charging-point","information-welcome-point","at-rest-area","at-service-area","at-weigh-station","picnic-areas","rest-area","service-stations","toilets","on-the-right","on-the-left","in-the-center","in-the-opposite-direction","cross-traffic","northbound-traffic","eastbound-traffic","southbound-traffic","westbound-traffic","north","south","east","west","northeast","northwest","southeast","southwest","mountain-pass","reservation-center","nearby-basin","on-tracks","dip","traffic-circle","park-and-ride-lot","to","by","through","area-of","under","over","from","approaching","entering-at","exiting-at","across-tracks","in-street","on-curve","shoulder","crossover","cross-road","side-road","bus-stop","intersection","roadside-park"] as const;
const EA90 = [] as const;
const EI91$m = new Map<unknown, number>([["on-bridges",0],["in-tunnels",1],["entering-or-leaving-tunnels",2],["on-ramps",3],["in-road-construction-area",4],["around-a-curve",5],["on-minor-roads",6],["in-the-opposing-lanes",7],["adjacent-to-roadway",8],["on-bend",9],["entire-intersection",10],["in-the-median",11],["moved-to-side-of-road",12],["moved-to-shoulder",13],["on-the-roadway",14],["in-shaded-areas",15],["in-low-lying-areas",16],["in-the-downtown-area",17],["in-the-inner-city-area",18],["in-parts",19],["in-some-places",20],["in-the-ditch",21],["in-the-valley",22],["on-hill-top",23],["near-the-foothills",24],["at-high-altitudes",25],["near-the-lake",26],["near-the-shore",27],["over-the-crest-of-a-hill",28],["other-than-on-the-roadway",29],["near-the-beach",30],["near-beach-access-point",31],["lower-level",32],["upper-level",33],["airport",34],["concourse",35],["gate",36],["baggage-claim",37],["customs-point",38],["station",39],["platform",40],["dock",41],["depot",42],["ev-charging-point",43],["information-welcome-point",44],["at-rest-area",45],["at-service-area",46],["at-weigh-station",47],["picnic-areas",48],["rest-area",49],["service-stations",50],["toilets",51],["on-the-right",52],["on-the-left",53],["in-the-center",54],["in-the-opposite-direction",55],["cross-traffic",56],["northbound-traffic",57],["eastbound-traffic",58],["southbound-traffic",59],["westbound-traffic",60],["north",61],["south",62],["east",63],["west",64],["northeast",65],["northwest",66],["southeast",67],["southwest",68],["mountain-pass",69],["reservation-center",70],["nearby-basin",71],["on-tracks",72],["dip",73],["traffic-circle",74],["park-and-ride-lot",75],["to",76],["by",77],["through",78],["area-of",79],["under",80],["over",81],["from",82],["approaching",83],["entering-at",84],["exiting-at",85],["across-tracks",86],["in-street",87],["on-curve",88],["shoulder",89],["crossover",90],["cross-road",91],["side-road",92],["bus-stop",93],["intersection",94],["roadside-park",95]]);
function EI91(x: unknown): number | undefined { return EI91$m.get(x); }
function EJ93(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N94 = ["pivotOffset","pivotAngle","pivots"] as const;
const N95 = ["rtcmHeader","msgs"] as const;
const N96 = ["vehicleAlerts","description","trailers"] as const;
const N97 = ["speedReports"] as const;
const N98 = ["classification","classDetails","vehicleData","weatherReport","weatherProbe","obstacle","status","speedProfile","theRTCM","regional"] as const;
const N99 = ["notUsed","connection","units"] as const;
const N100 = ["pivotAngle","timeOffset","positionOffset","elevationOffset","heading"] as const;
const N101 = ["isDolly","width","length","height","mass","bumperHeights","centerOfGravity","frontPivot","rearPivot","rearWheelOffset","positionOffset","elevationOffset","crumbData"] as const;
const N102 = ["height","bumpers","mass","trailerWeight"] as const;
const N103 = ["airTemp","airPressure","rainRates"] as const;
const N104 = ["isRaining","rainRate","precipSituation","solarRadiation","friction","roadFriction"] as const;
function EI105(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN106 = ["precip","noPrecip","error"] as const;
function EI107(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN108 = ["precip","noPrecip","error"] as const;
function EI109(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN110 = ["precip","noPrecip","error"] as const;
function EI111(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN112 = ["precip","noPrecip","error"] as const;
const EN113 = ["other","unknown","noPrecipitation","unidentifiedSlight","unidentifiedModerate","unidentifiedHeavy","snowSlight","snowModerate","snowHeavy","rainSlight","rainModerate","rainHeavy","frozenPrecipitationSlight","frozenPrecipitationModerate","frozenPrecipitationHeavy"] as const;
function EI114(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN115 = ["precip","noPrecip","error"] as const;
function EI116(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN117 = ["precip","noPrecip","error"] as const;
function EI118(x: unknown): number | undefined { switch (x) { case "other": return 0; case "unknown": return 1; case "noPrecipitation": return 2; case "unidentifiedSlight": return 3; case "unidentifiedModerate": return 4; case "unidentifiedHeavy": return 5; case "snowSlight": return 6; case "snowModerate": return 7; case "snowHeavy": return 8; case "rainSlight": return 9; case "rainModerate": return 10; case "rainHeavy": return 11; case "frozenPrecipitationSlight": return 12; case "frozenPrecipitationModerate": return 13; case "frozenPrecipitationHeavy": return 14; default: return undefined; } }
const N119 = ["long","lat","vert","yaw"] as const;
const N120 = ["antOffsetX","antOffsetY","antOffsetZ"] as const;
const N121 = ["wheelBrakes","traction","abs","scs","brakeBoost","auxBrakes"] as const;
function EI122(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN123 = ["unavailable","off","on","engaged"] as const;
function EI124(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN125 = ["unavailable","off","on","engaged"] as const;
function EI126(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN127 = ["unavailable","off","on","engaged"] as const;
function EI128(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
const EN129 = ["unavailable","off","on"] as const;
function EI130(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "reserved": return 3; default: return undefined; } }
const EN131 = ["unavailable","off","on","reserved"] as const;
function EI132(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN133 = ["unavailable","off","on","engaged"] as const;
function EI134(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN135 = ["unavailable","off","on","engaged"] as const;
function EI136(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN137 = ["unavailable","off","on","engaged"] as const;
function EI138(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
const EN139 = ["unavailable","off","on"] as const;
function EI140(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "reserved": return 3; default: return undefined; } }
const EN141 = ["unavailable","off","on","reserved"] as const;
function EI142(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN143 = ["unavailable","off","on","engaged"] as const;
function EI144(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN145 = ["unavailable","off","on","engaged"] as const;
function EI146(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN147 = ["unavailable","off","on","engaged"] as const;
function EI148(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
const EN149 = ["unavailable","off","on"] as const;
function EI150(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "reserved": return 3; default: return undefined; } }
const EN151 = ["unavailable","off","on","reserved"] as const;
function EI152(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN153 = ["unavailable","off","on","engaged"] as const;
function EI154(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN155 = ["unavailable","off","on","engaged"] as const;
function EI156(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN157 = ["unavailable","off","on","engaged"] as const;
function EI158(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
const EN159 = ["unavailable","off","on"] as const;
function EI160(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "reserved": return 3; default: return undefined; } }
const EN161 = ["unavailable","off","on","reserved"] as const;
function EI162(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN163 = ["unavailable","off","on","engaged"] as const;
function EI164(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN165 = ["unavailable","off","on","engaged"] as const;
function EI166(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN167 = ["unavailable","off","on","engaged"] as const;
function EI168(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
const EN169 = ["unavailable","off","on"] as const;
function EI170(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "reserved": return 3; default: return undefined; } }
const EN171 = ["unavailable","off","on","reserved"] as const;
const N172 = ["msgCnt","id","secMark","lat","long","elev","accuracy","transmission","speed","heading","angle","accelSet","brakes","size"] as const;
function EI173(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN174 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI175(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN176 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI177(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN178 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI179(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN180 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI181(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN182 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
const N183 = ["front","rear"] as const;
const N184 = ["referenceLaneId","offsetXaxis","offsetYaxis","rotateXY","scaleXaxis","scaleYaxis","regional"] as const;
const N185 = ["small","large"] as const;
const N186 = ["year","month","day"] as const;
const N187 = ["year","month","day","hour","minute","second","offset"] as const;
const N188 = ["year","month","day","hour","minute"] as const;
const N189 = ["month","day"] as const;
const N190 = ["hour","minute","second","offset"] as const;
const N191 = ["year","month"] as const;
const N192 = ["notUsed","sirenUse","lightsUse","multi","events","responseType"] as const;
function EI193(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN194 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI195(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN196 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI197(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN198 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI199(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN200 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI201(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN202 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI203(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN204 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI205(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN206 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI207(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN208 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI209(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN210 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI211(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN212 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI213(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN214 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI215(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN216 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
const EN217 = ["notInUseOrNotEquipped","emergency","nonEmergency","pursuit","stationary","slowMoving","stopAndGoMovement"] as const;
const EA218 = [] as const;
function EI219(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN220 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI221(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN222 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI223(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN224 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI225(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN226 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI227(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN228 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI229(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN230 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI231(x: unknown): number | undefined { switch (x) { case "notInUseOrNotEquipped": return 0; case "emergency": return 1; case "nonEmergency": return 2; case "pursuit": return 3; case "stationary": return 4; case "slowMoving": return 5; case "stopAndGoMovement": return 6; default: return undefined; } }
function EJ232(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N233 = ["utcTime","long","lat","elevation","heading","speed","posAccuracy","timeConfidence","posConfidence","speedConfidence"] as const;
const EN234 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
const EI235$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI235(x: unknown): number | undefined { return EI235$m.get(x); }
const N237 = ["year","timeStamp","secMark","msgIssueRevision"] as const;
const N238 = ["lane","approach","connection"] as const;
const N239 = ["region","id"] as const;
const N240 = ["pathEndPointAngle","laneCrownPointCenter","laneCrownPointLeft","laneCrownPointRight","laneAngle","speedLimits","regional"] as const;
const N241 = ["lon","lat"] as const;
const N242 = ["x","y"] as const;
const N243 = ["x","y"] as const;
const N244 = ["x","y"] as const;
const N245 = ["x","y"] as const;
const N246 = ["x","y"] as const;
const N247 = ["x","y"] as const;
const N248 = ["localNode","disabled","enabled","data","dWidth","dElevation","regional"] as const;
const EN249 = ["reserved","stopLine","roundedCapStyleA","roundedCapStyleB","mergePoint","divergePoint","downstreamStopLine","downstreamStartNode","closedToTraffic","safeIsland","curbPresentAtStepOff","hydrantPresent"] as const;
const EA250 = [] as const;
function EI251(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "stopLine": return 1; case "roundedCapStyleA": return 2; case "roundedCapStyleB": return 3; case "mergePoint": return 4; case "divergePoint": return 5; case "downstreamStopLine": return 6; case "downstreamStartNode": return 7; case "closedToTraffic": return 8; case "safeIsland": return 9; case "curbPresentAtStepOff": return 10; case "hydrantPresent": return 11; default: return undefined; } }
function EJ252(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N253 = ["nodes","computed"] as const;
const N254 = ["node-XY1","node-XY2","node-XY3","node-XY4","node-XY5","node-XY6","node-LatLon","regional"] as const;
const N255 = ["delta","attributes"] as const;
const N256 = ["initialPosition","currGNSSstatus","crumbData"] as const;
const N257 = ["latOffset","lonOffset","elevationOffset","timeOffset","speed","posAccuracy","heading"] as const;
const N258 = ["radiusOfCurve","confidence"] as const;
const N259 = ["lat","long","elevation","regional"] as const;
const N260 = ["semiMajor","semiMinor","orientation"] as const;
const N261 = ["pos","elevation"] as const;
function EI262(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN263 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI264(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN265 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI266(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN267 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI268(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN269 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI270(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN271 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI272(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN273 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI274(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN275 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI276(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN277 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI278(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN279 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI280(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN281 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
const N282 = ["notUsed","event"] as const;
const N283 = ["type","speed"] as const;
const EN284 = ["unknown","maxSpeedInSchoolZone","maxSpeedInSchoolZoneWhenChildrenArePresent","maxSpeedInConstructionZone","vehicleMinSpeed","vehicleMaxSpeed","vehicleNightMaxSpeed","truckMinSpeed","truckMaxSpeed","truckNightMaxSpeed","vehiclesWithTrailersMinSpeed","vehiclesWithTrailersMaxSpeed","vehiclesWithTrailersNightMaxSpeed"] as const;
const EA285 = [] as const;
function EI286(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "maxSpeedInSchoolZone": return 1; case "maxSpeedInSchoolZoneWhenChildrenArePresent": return 2; case "maxSpeedInConstructionZone": return 3; case "vehicleMinSpeed": return 4; case "vehicleMaxSpeed": return 5; case "vehicleNightMaxSpeed": return 6; case "truckMinSpeed": return 7; case "truckMaxSpeed": return 8; case "truckNightMaxSpeed": return 9; case "vehiclesWithTrailersMinSpeed": return 10; case "vehiclesWithTrailersMaxSpeed": return 11; case "vehiclesWithTrailersNightMaxSpeed": return 12; default: return undefined; } }
function EJ287(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N288 = ["role","subrole","request","iso3883","hpmsType","regional"] as const;
const EN289 = ["basicVehicle","publicTransport","specialTransport","dangerousGoods","roadWork","roadRescue","emergency","safetyCar","none-unknown","truck","motorcycle","roadSideSource","police","fire","ambulance","dot","transit","slowMoving","stopNgo","cyclist","pedestrian","nonMotorized","military"] as const;
const EA290 = [] as const;
const EN291 = ["requestSubRoleUnKnown","requestSubRole1","requestSubRole2","requestSubRole3","requestSubRole4","requestSubRole5","requestSubRole6","requestSubRole7","requestSubRole8","requestSubRole9","requestSubRole10","requestSubRole11","requestSubRole12","requestSubRole13","requestSubRole14","requestSubRoleReserved"] as const;
const EN292 = ["requestImportanceLevelUnKnown","requestImportanceLevel1","requestImportanceLevel2","requestImportanceLevel3","requestImportanceLevel4","requestImportanceLevel5","requestImportanceLevel6","requestImportanceLevel7","requestImportanceLevel8","requestImportanceLevel9","requestImportanceLevel10","requestImportanceLevel11","requestImportanceLevel12","requestImportanceLevel13","requestImportanceLevel14","requestImportanceReserved"] as const;
const EN293 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA294 = [] as const;
function EI295(x: unknown): number | undefined { switch (x) { case "basicVehicle": return 0; case "publicTransport": return 1; case "specialTransport": return 2; case "dangerousGoods": return 3; case "roadWork": return 4; case "roadRescue": return 5; case "emergency": return 6; case "safetyCar": return 7; case "none-unknown": return 8; case "truck": return 9; case "motorcycle": return 10; case "roadSideSource": return 11; case "police": return 12; case "fire": return 13; case "ambulance": return 14; case "dot": return 15; case "transit": return 16; case "slowMoving": return 17; case "stopNgo": return 18; case "cyclist": return 19; case "pedestrian": return 20; case "nonMotorized": return 21; case "military": return 22; default: return undefined; } }
function EJ296(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI297(x: unknown): number | undefined { switch (x) { case "requestSubRoleUnKnown": return 0; case "requestSubRole1": return 1; case "requestSubRole2": return 2; case "requestSubRole3": return 3; case "requestSubRole4": return 4; case "requestSubRole5": return 5; case "requestSubRole6": return 6; case "requestSubRole7": return 7; case "requestSubRole8": return 8; case "requestSubRole9": return 9; case "requestSubRole10": return 10; case "requestSubRole11": return 11; case "requestSubRole12": return 12; case "requestSubRole13": return 13; case "requestSubRole14": return 14; case "requestSubRoleReserved": return 15; default: return undefined; } }
function EI298(x: unknown): number | undefined { switch (x) { case "requestImportanceLevelUnKnown": return 0; case "requestImportanceLevel1": return 1; case "requestImportanceLevel2": return 2; case "requestImportanceLevel3": return 3; case "requestImportanceLevel4": return 4; case "requestImportanceLevel5": return 5; case "requestImportanceLevel6": return 6; case "requestImportanceLevel7": return 7; case "requestImportanceLevel8": return 8; case "requestImportanceLevel9": return 9; case "requestImportanceLevel10": return 10; case "requestImportanceLevel11": return 11; case "requestImportanceLevel12": return 12; case "requestImportanceLevel13": return 13; case "requestImportanceLevel14": return 14; case "requestImportanceReserved": return 15; default: return undefined; } }
function EI299(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ300(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N301 = ["region","id"] as const;
const N302 = ["status","offsetSet"] as const;
const EN303 = ["reserved","doNotBlock","whiteLine","mergingLaneLeft","mergingLaneRight","curbOnLeft","curbOnRight","loadingzoneOnLeft","loadingzoneOnRight","turnOutPointOnLeft","turnOutPointOnRight","adjacentParkingOnLeft","adjacentParkingOnRight","adjacentBikeLaneOnLeft","adjacentBikeLaneOnRight","sharedBikeLane","bikeBoxInFront","transitStopOnLeft","transitStopOnRight","transitStopInLane","sharedWithTrackedVehicle","safeIsland","lowCurbsPresent","rumbleStripPresent","audibleSignalingPresent","adaptiveTimingPresent","rfSignalRequestPresent","partialCurbIntrusion","taperToLeft","taperToRight","taperToCenterLine","parallelParking","headInParking","freeParking","timeRestrictionsOnParking","costToPark","midBlockCurbPresent","unEvenPavementPresent"] as const;
const EA304 = [] as const;
const EI305$m = new Map<unknown, number>([["reserved",0],["doNotBlock",1],["whiteLine",2],["mergingLaneLeft",3],["mergingLaneRight",4],["curbOnLeft",5],["curbOnRight",6],["loadingzoneOnLeft",7],["loadingzoneOnRight",8],["turnOutPointOnLeft",9],["turnOutPointOnRight",10],["adjacentParkingOnLeft",11],["adjacentParkingOnRight",12],["adjacentBikeLaneOnLeft",13],["adjacentBikeLaneOnRight",14],["sharedBikeLane",15],["bikeBoxInFront",16],["transitStopOnLeft",17],["transitStopOnRight",18],["transitStopInLane",19],["sharedWithTrackedVehicle",20],["safeIsland",21],["lowCurbsPresent",22],["rumbleStripPresent",23],["audibleSignalingPresent",24],["adaptiveTimingPresent",25],["rfSignalRequestPresent",26],["partialCurbIntrusion",27],["taperToLeft",28],["taperToRight",29],["taperToCenterLine",30],["parallelParking",31],["headInParking",32],["freeParking",33],["timeRestrictionsOnParking",34],["costToPark",35],["midBlockCurbPresent",36],["unEvenPavementPresent",37]]);
function EI305(x: unknown): number | undefined { return EI305$m.get(x); }
function EJ307(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N308 = ["heading","speed","throttle"] as const;
function EI309(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN310 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI311(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN312 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI313(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN314 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
function EI315(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN316 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI317(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN318 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI319(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN320 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
function EI321(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN322 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI323(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN324 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI325(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN326 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
function EI327(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN328 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI329(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN330 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI331(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN332 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
function EI333(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN334 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI335(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN336 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI337(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN338 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
const N339 = ["transmisson","speed"] as const;
function EI340(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN341 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI342(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN343 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI344(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN345 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI346(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN347 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI348(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN349 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
const N350 = ["keyType","role","iso3883","hpmsType","vehicleType","responseEquip","responderType","fuelType","regional"] as const;
const EN351 = ["basicVehicle","publicTransport","specialTransport","dangerousGoods","roadWork","roadRescue","emergency","safetyCar","none-unknown","truck","motorcycle","roadSideSource","police","fire","ambulance","dot","transit","slowMoving","stopNgo","cyclist","pedestrian","nonMotorized","military"] as const;
const EA352 = [] as const;
const EN353 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA354 = [] as const;
const EN355 = ["all-vehicles","bicycles","motorcycles","cars","light-vehicles","cars-and-light-vehicles","cars-with-trailers","cars-with-recreational-trailers","vehicles-with-trailers","heavy-vehicles","trucks","buses","articulated-buses","school-buses","vehicles-with-semi-trailers","vehicles-with-double-trailers","high-profile-vehicles","wide-vehicles","long-vehicles","hazardous-loads","exceptional-loads","abnormal-loads","convoys","maintenance-vehicles","delivery-vehicles","vehicles-with-even-numbered-license-plates","vehicles-with-odd-numbered-license-plates","vehicles-with-parking-permits","vehicles-with-catalytic-converters","vehicles-without-catalytic-converters","gas-powered-vehicles","diesel-powered-vehicles","lPG-vehicles","military-convoys","military-vehicles"] as const;
const EA356 = [] as const;
const EN357 = ["ground-fire-suppression","heavy-ground-equipment","aircraft","marine-equipment","support-equipment","medical-rescue-unit","other","ground-fire-suppression-other","engine","truck-or-aerial","quint","tanker-pumper-combination","brush-truck","aircraft-rescue-firefighting","heavy-ground-equipment-other","dozer-or-plow","tractor","tanker-or-tender","aircraft-other","aircraft-fixed-wing-tanker","helitanker","helicopter","marine-equipment-other","fire-boat-with-pump","boat-no-pump","support-apparatus-other","breathing-apparatus-support","light-and-air-unit","medical-rescue-unit-other","rescue-unit","urban-search-rescue-unit","high-angle-rescue","crash-fire-rescue","bLS-unit","aLS-unit","mobile-command-post","chief-officer-car","hAZMAT-unit","type-i-hand-crew","type-ii-hand-crew","privately-owned-vehicle","other-apparatus-resource","ambulance","bomb-squad-van","combine-harvester","construction-vehicle","farm-tractor","grass-cutting-machines","hAZMAT-containment-tow","heavy-tow","hedge-cutting-machines","light-tow","mobile-crane","refuse-collection-vehicle","resurfacing-vehicle","road-sweeper","roadside-litter-collection-crews","salvage-vehicle","sand-truck","snowplow","steam-roller","swat-team-van","track-laying-vehicle","unknown-vehicle","white-lining-vehicle","dump-truck","supervisor-vehicle","snow-blower","rotary-snow-blower","road-grader","steam-truck","flatbed-tow"] as const;
const EA358 = [] as const;
const EN359 = ["emergency-vehicle-units","federal-law-enforcement-units","state-police-units","county-police-units","local-police-units","ambulance-units","rescue-units","fire-units","hAZMAT-units","light-tow-unit","heavy-tow-unit","freeway-service-patrols","transportation-response-units","private-contractor-response-units"] as const;
const EA360 = [] as const;
function EI361(x: unknown): number | undefined { switch (x) { case "basicVehicle": return 0; case "publicTransport": return 1; case "specialTransport": return 2; case "dangerousGoods": return 3; case "roadWork": return 4; case "roadRescue": return 5; case "emergency": return 6; case "safetyCar": return 7; case "none-unknown": return 8; case "truck": return 9; case "motorcycle": return 10; case "roadSideSource": return 11; case "police": return 12; case "fire": return 13; case "ambulance": return 14; case "dot": return 15; case "transit": return 16; case "slowMoving": return 17; case "stopNgo": return 18; case "cyclist": return 19; case "pedestrian": return 20; case "nonMotorized": return 21; case "military": return 22; default: return undefined; } }
function EJ362(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI363(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ364(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EI365$m = new Map<unknown, number>([["all-vehicles",0],["bicycles",1],["motorcycles",2],["cars",3],["light-vehicles",4],["cars-and-light-vehicles",5],["cars-with-trailers",6],["cars-with-recreational-trailers",7],["vehicles-with-trailers",8],["heavy-vehicles",9],["trucks",10],["buses",11],["articulated-buses",12],["school-buses",13],["vehicles-with-semi-trailers",14],["vehicles-with-double-trailers",15],["high-profile-vehicles",16],["wide-vehicles",17],["long-vehicles",18],["hazardous-loads",19],["exceptional-loads",20],["abnormal-loads",21],["convoys",22],["maintenance-vehicles",23],["delivery-vehicles",24],["vehicles-with-even-numbered-license-plates",25],["vehicles-with-odd-numbered-license-plates",26],["vehicles-with-parking-permits",27],["vehicles-with-catalytic-converters",28],["vehicles-without-catalytic-converters",29],["gas-powered-vehicles",30],["diesel-powered-vehicles",31],["lPG-vehicles",32],["military-convoys",33],["military-vehicles",34]]);
function EI365(x: unknown): number | undefined { return EI365$m.get(x); }
function EJ367(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EI368$m = new Map<unknown, number>([["ground-fire-suppression",0],["heavy-ground-equipment",1],["aircraft",2],["marine-equipment",3],["support-equipment",4],["medical-rescue-unit",5],["other",6],["ground-fire-suppression-other",7],["engine",8],["truck-or-aerial",9],["quint",10],["tanker-pumper-combination",11],["brush-truck",12],["aircraft-rescue-firefighting",13],["heavy-ground-equipment-other",14],["dozer-or-plow",15],["tractor",16],["tanker-or-tender",17],["aircraft-other",18],["aircraft-fixed-wing-tanker",19],["helitanker",20],["helicopter",21],["marine-equipment-other",22],["fire-boat-with-pump",23],["boat-no-pump",24],["support-apparatus-other",25],["breathing-apparatus-support",26],["light-and-air-unit",27],["medical-rescue-unit-other",28],["rescue-unit",29],["urban-search-rescue-unit",30],["high-angle-rescue",31],["crash-fire-rescue",32],["bLS-unit",33],["aLS-unit",34],["mobile-command-post",35],["chief-officer-car",36],["hAZMAT-unit",37],["type-i-hand-crew",38],["type-ii-hand-crew",39],["privately-owned-vehicle",40],["other-apparatus-resource",41],["ambulance",42],["bomb-squad-van",43],["combine-harvester",44],["construction-vehicle",45],["farm-tractor",46],["grass-cutting-machines",47],["hAZMAT-containment-tow",48],["heavy-tow",49],["hedge-cutting-machines",50],["light-tow",51],["mobile-crane",52],["refuse-collection-vehicle",53],["resurfacing-vehicle",54],["road-sweeper",55],["roadside-litter-collection-crews",56],["salvage-vehicle",57],["sand-truck",58],["snowplow",59],["steam-roller",60],["swat-team-van",61],["track-laying-vehicle",62],["unknown-vehicle",63],["white-lining-vehicle",64],["dump-truck",65],["supervisor-vehicle",66],["snow-blower",67],["rotary-snow-blower",68],["road-grader",69],["steam-truck",70],["flatbed-tow",71]]);
function EI368(x: unknown): number | undefined { return EI368$m.get(x); }
function EJ370(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI371(x: unknown): number | undefined { switch (x) { case "emergency-vehicle-units": return 0; case "federal-law-enforcement-units": return 1; case "state-police-units": return 2; case "county-police-units": return 3; case "local-police-units": return 4; case "ambulance-units": return 5; case "rescue-units": return 6; case "fire-units": return 7; case "hAZMAT-units": return 8; case "light-tow-unit": return 9; case "heavy-tow-unit": return 10; case "freeway-service-patrols": return 11; case "transportation-response-units": return 12; case "private-contractor-response-units": return 13; default: return undefined; } }
function EJ372(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N373 = ["entityID","stationID"] as const;
const N374 = ["events","pathHistory","pathPrediction","lights"] as const;
const N375 = ["width","length"] as const;
const N376 = ["offset1","offset2","offset3","offset4","offset5","offset6","elevation","regional"] as const;
const N377 = ["statusFront","rateFront","statusRear","rateRear"] as const;
const EN378 = ["unavailable","off","intermittent","low","high","washerInUse","automaticPresent"] as const;
const EA379 = [] as const;
const EN380 = ["unavailable","off","intermittent","low","high","washerInUse","automaticPresent"] as const;
const EA381 = [] as const;
function EI382(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "intermittent": return 2; case "low": return 3; case "high": return 4; case "washerInUse": return 5; case "automaticPresent": return 6; default: return undefined; } }
function EJ383(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI384(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "intermittent": return 2; case "low": return 3; case "high": return 4; case "washerInUse": return 5; case "automaticPresent": return 6; default: return undefined; } }
function EJ385(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN386 = ["unavailable","off","on","engaged"] as const;
function EI387(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN388 = ["unavailable","off","on","reserved"] as const;
function EI389(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "reserved": return 3; default: return undefined; } }
const EN390 = ["basicVehicle","publicTransport","specialTransport","dangerousGoods","roadWork","roadRescue","emergency","safetyCar","none-unknown","truck","motorcycle","roadSideSource","police","fire","ambulance","dot","transit","slowMoving","stopNgo","cyclist","pedestrian","nonMotorized","military"] as const;
const EA391 = [] as const;
function EI392(x: unknown): number | undefined { switch (x) { case "basicVehicle": return 0; case "publicTransport": return 1; case "specialTransport": return 2; case "dangerousGoods": return 3; case "roadWork": return 4; case "roadRescue": return 5; case "emergency": return 6; case "safetyCar": return 7; case "none-unknown": return 8; case "truck": return 9; case "motorcycle": return 10; case "roadSideSource": return 11; case "police": return 12; case "fire": return 13; case "ambulance": return 14; case "dot": return 15; case "transit": return 16; case "slowMoving": return 17; case "stopNgo": return 18; case "cyclist": return 19; case "pedestrian": return 20; case "nonMotorized": return 21; case "military": return 22; default: return undefined; } }
function EJ393(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN394 = ["unavailable","off","on"] as const;
function EI395(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
const EN396 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI397(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN398 = ["useInstantlyOnly","useFor3meters","useFor10meters","useFor50meters","useFor100meters","useFor500meters","useFor1000meters","useFor5000meters","useFor10000meters","useFor50000meters","useFor100000meters","useFor500000meters","useFor1000000meters","useFor5000000meters","useFor10000000meters","forever"] as const;
function EI399(x: unknown): number | undefined { switch (x) { case "useInstantlyOnly": return 0; case "useFor3meters": return 1; case "useFor10meters": return 2; case "useFor50meters": return 3; case "useFor100meters": return 4; case "useFor500meters": return 5; case "useFor1000meters": return 6; case "useFor5000meters": return 7; case "useFor10000meters": return 8; case "useFor50000meters": return 9; case "useFor100000meters": return 10; case "useFor500000meters": return 11; case "useFor1000000meters": return 12; case "useFor5000000meters": return 13; case "useFor10000000meters": return 14; case "forever": return 15; default: return undefined; } }
const EN400 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI401(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN402 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI403(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN404 = ["loc-qual-bt1m","loc-qual-bt5m","loc-qual-bt12m","loc-qual-bt50m","loc-qual-bt125m","loc-qual-bt500m","loc-qual-bt1250m","loc-qual-unknown"] as const;
function EI405(x: unknown): number | undefined { switch (x) { case "loc-qual-bt1m": return 0; case "loc-qual-bt5m": return 1; case "loc-qual-bt12m": return 2; case "loc-qual-bt50m": return 3; case "loc-qual-bt125m": return 4; case "loc-qual-bt500m": return 5; case "loc-qual-bt1250m": return 6; case "loc-qual-unknown": return 7; default: return undefined; } }
const EN406 = ["loc-tech-unknown","loc-tech-GNSS","loc-tech-DGPS","loc-tech-RTK","loc-tech-PPP","loc-tech-drGPS","loc-tech-drDGPS","loc-tech-dr","loc-tech-nav","loc-tech-fault"] as const;
const EA407 = [] as const;
function EI408(x: unknown): number | undefined { switch (x) { case "loc-tech-unknown": return 0; case "loc-tech-GNSS": return 1; case "loc-tech-DGPS": return 2; case "loc-tech-RTK": return 3; case "loc-tech-PPP": return 4; case "loc-tech-drGPS": return 5; case "loc-tech-drDGPS": return 6; case "loc-tech-dr": return 7; case "loc-tech-nav": return 8; case "loc-tech-fault": return 9; default: return undefined; } }
function EJ409(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN410 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI411(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN412 = ["reserved","stopLine","roundedCapStyleA","roundedCapStyleB","mergePoint","divergePoint","downstreamStopLine","downstreamStartNode","closedToTraffic","safeIsland","curbPresentAtStepOff","hydrantPresent"] as const;
const EA413 = [] as const;
function EI414(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "stopLine": return 1; case "roundedCapStyleA": return 2; case "roundedCapStyleB": return 3; case "mergePoint": return 4; case "divergePoint": return 5; case "downstreamStopLine": return 6; case "downstreamStartNode": return 7; case "closedToTraffic": return 8; case "safeIsland": return 9; case "curbPresentAtStepOff": return 10; case "hydrantPresent": return 11; default: return undefined; } }
function EJ415(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN416 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI417(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN418 = ["unknown","requested","processing","watchOtherTraffic","granted","rejected","maxPresence","reserviceLocked"] as const;
const EA419 = [] as const;
function EI420(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "requested": return 1; case "processing": return 2; case "watchOtherTraffic": return 3; case "granted": return 4; case "rejected": return 5; case "maxPresence": return 6; case "reserviceLocked": return 7; default: return undefined; } }
function EJ421(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN422 = ["requestImportanceLevelUnKnown","requestImportanceLevel1","requestImportanceLevel2","requestImportanceLevel3","requestImportanceLevel4","requestImportanceLevel5","requestImportanceLevel6","requestImportanceLevel7","requestImportanceLevel8","requestImportanceLevel9","requestImportanceLevel10","requestImportanceLevel11","requestImportanceLevel12","requestImportanceLevel13","requestImportanceLevel14","requestImportanceReserved"] as const;
function EI423(x: unknown): number | undefined { switch (x) { case "requestImportanceLevelUnKnown": return 0; case "requestImportanceLevel1": return 1; case "requestImportanceLevel2": return 2; case "requestImportanceLevel3": return 3; case "requestImportanceLevel4": return 4; case "requestImportanceLevel5": return 5; case "requestImportanceLevel6": return 6; case "requestImportanceLevel7": return 7; case "requestImportanceLevel8": return 8; case "requestImportanceLevel9": return 9; case "requestImportanceLevel10": return 10; case "requestImportanceLevel11": return 11; case "requestImportanceLevel12": return 12; case "requestImportanceLevel13": return 13; case "requestImportanceLevel14": return 14; case "requestImportanceReserved": return 15; default: return undefined; } }
const EN424 = ["requestSubRoleUnKnown","requestSubRole1","requestSubRole2","requestSubRole3","requestSubRole4","requestSubRole5","requestSubRole6","requestSubRole7","requestSubRole8","requestSubRole9","requestSubRole10","requestSubRole11","requestSubRole12","requestSubRole13","requestSubRole14","requestSubRoleReserved"] as const;
function EI425(x: unknown): number | undefined { switch (x) { case "requestSubRoleUnKnown": return 0; case "requestSubRole1": return 1; case "requestSubRole2": return 2; case "requestSubRole3": return 3; case "requestSubRole4": return 4; case "requestSubRole5": return 5; case "requestSubRole6": return 6; case "requestSubRole7": return 7; case "requestSubRole8": return 8; case "requestSubRole9": return 9; case "requestSubRole10": return 10; case "requestSubRole11": return 11; case "requestSubRole12": return 12; case "requestSubRole13": return 13; case "requestSubRole14": return 14; case "requestSubRoleReserved": return 15; default: return undefined; } }
const EN426 = ["notInUseOrNotEquipped","emergency","nonEmergency","pursuit","stationary","slowMoving","stopAndGoMovement"] as const;
const EA427 = [] as const;
function EI428(x: unknown): number | undefined { switch (x) { case "notInUseOrNotEquipped": return 0; case "emergency": return 1; case "nonEmergency": return 2; case "pursuit": return 3; case "stationary": return 4; case "slowMoving": return 5; case "stopAndGoMovement": return 6; default: return undefined; } }
function EJ429(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN430 = ["reserved","doNotBlock","whiteLine","mergingLaneLeft","mergingLaneRight","curbOnLeft","curbOnRight","loadingzoneOnLeft","loadingzoneOnRight","turnOutPointOnLeft","turnOutPointOnRight","adjacentParkingOnLeft","adjacentParkingOnRight","adjacentBikeLaneOnLeft","adjacentBikeLaneOnRight","sharedBikeLane","bikeBoxInFront","transitStopOnLeft","transitStopOnRight","transitStopInLane","sharedWithTrackedVehicle","safeIsland","lowCurbsPresent","rumbleStripPresent","audibleSignalingPresent","adaptiveTimingPresent","rfSignalRequestPresent","partialCurbIntrusion","taperToLeft","taperToRight","taperToCenterLine","parallelParking","headInParking","freeParking","timeRestrictionsOnParking","costToPark","midBlockCurbPresent","unEvenPavementPresent"] as const;
const EA431 = [] as const;
const EI432$m = new Map<unknown, number>([["reserved",0],["doNotBlock",1],["whiteLine",2],["mergingLaneLeft",3],["mergingLaneRight",4],["curbOnLeft",5],["curbOnRight",6],["loadingzoneOnLeft",7],["loadingzoneOnRight",8],["turnOutPointOnLeft",9],["turnOutPointOnRight",10],["adjacentParkingOnLeft",11],["adjacentParkingOnRight",12],["adjacentBikeLaneOnLeft",13],["adjacentBikeLaneOnRight",14],["sharedBikeLane",15],["bikeBoxInFront",16],["transitStopOnLeft",17],["transitStopOnRight",18],["transitStopInLane",19],["sharedWithTrackedVehicle",20],["safeIsland",21],["lowCurbsPresent",22],["rumbleStripPresent",23],["audibleSignalingPresent",24],["adaptiveTimingPresent",25],["rfSignalRequestPresent",26],["partialCurbIntrusion",27],["taperToLeft",28],["taperToRight",29],["taperToCenterLine",30],["parallelParking",31],["headInParking",32],["freeParking",33],["timeRestrictionsOnParking",34],["costToPark",35],["midBlockCurbPresent",36],["unEvenPavementPresent",37]]);
function EI432(x: unknown): number | undefined { return EI432$m.get(x); }
function EJ434(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN435 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI436(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN437 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI438(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN439 = ["unknown","maxSpeedInSchoolZone","maxSpeedInSchoolZoneWhenChildrenArePresent","maxSpeedInConstructionZone","vehicleMinSpeed","vehicleMaxSpeed","vehicleNightMaxSpeed","truckMinSpeed","truckMaxSpeed","truckNightMaxSpeed","vehiclesWithTrailersMinSpeed","vehiclesWithTrailersMaxSpeed","vehiclesWithTrailersNightMaxSpeed"] as const;
const EA440 = [] as const;
function EI441(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "maxSpeedInSchoolZone": return 1; case "maxSpeedInSchoolZoneWhenChildrenArePresent": return 2; case "maxSpeedInConstructionZone": return 3; case "vehicleMinSpeed": return 4; case "vehicleMaxSpeed": return 5; case "vehicleNightMaxSpeed": return 6; case "truckMinSpeed": return 7; case "truckMaxSpeed": return 8; case "truckNightMaxSpeed": return 9; case "vehiclesWithTrailersMinSpeed": return 10; case "vehiclesWithTrailersMaxSpeed": return 11; case "vehiclesWithTrailersNightMaxSpeed": return 12; default: return undefined; } }
function EJ442(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN443 = ["unavailable","off","on","engaged"] as const;
function EI444(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN445 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
function EI446(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN447 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
const EI448$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI448(x: unknown): number | undefined { return EI448$m.get(x); }
const EN450 = ["unavailable","off","on","engaged"] as const;
function EI451(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN452 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI453(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN454 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA455 = [] as const;
function EI456(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ457(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN458 = ["unavailable","off","intermittent","low","high","washerInUse","automaticPresent"] as const;
const EA459 = [] as const;
function EI460(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "intermittent": return 2; case "low": return 3; case "high": return 4; case "washerInUse": return 5; case "automaticPresent": return 6; default: return undefined; } }
function EJ461(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N462 = ["timeStamp","msgCnt","id","requests","regional"] as const;
const EN463 = ["reserved","itemA","itemB","itemC","itemD","itemE","itemF","itemG","itemI","itemJ","itemK","itemL","itemM","itemN","itemO","itemP","itemQ"] as const;
const EA464 = [] as const;
function EI465(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "itemA": return 1; case "itemB": return 2; case "itemC": return 3; case "itemD": return 4; case "itemE": return 5; case "itemF": return 6; case "itemG": return 7; case "itemI": return 8; case "itemJ": return 9; case "itemK": return 10; case "itemL": return 11; case "itemM": return 12; case "itemN": return 13; case "itemO": return 14; case "itemP": return 15; case "itemQ": return 16; default: return undefined; } }
function EJ466(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN467 = ["reserved","itemA","itemB","itemC","itemD","itemE","itemF","itemG","itemI","itemJ","itemK","itemL","itemM","itemN","itemO","itemP","itemQ"] as const;
const EA468 = [] as const;
function EI469(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "itemA": return 1; case "itemB": return 2; case "itemC": return 3; case "itemD": return 4; case "itemE": return 5; case "itemF": return 6; case "itemG": return 7; case "itemI": return 8; case "itemJ": return 9; case "itemK": return 10; case "itemL": return 11; case "itemM": return 12; case "itemN": return 13; case "itemO": return 14; case "itemP": return 15; case "itemQ": return 16; default: return undefined; } }
function EJ470(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N471 = ["timeStamp","id","rsaMsg","responseType","details","mass","basicType","vehicleType","responseEquip","responderType","regional"] as const;
const EN472 = ["notInUseOrNotEquipped","emergency","nonEmergency","pursuit","stationary","slowMoving","stopAndGoMovement"] as const;
const EA473 = [] as const;
const EN474 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA475 = [] as const;
const EN476 = ["all-vehicles","bicycles","motorcycles","cars","light-vehicles","cars-and-light-vehicles","cars-with-trailers","cars-with-recreational-trailers","vehicles-with-trailers","heavy-vehicles","trucks","buses","articulated-buses","school-buses","vehicles-with-semi-trailers","vehicles-with-double-trailers","high-profile-vehicles","wide-vehicles","long-vehicles","hazardous-loads","exceptional-loads","abnormal-loads","convoys","maintenance-vehicles","delivery-vehicles","vehicles-with-even-numbered-license-plates","vehicles-with-odd-numbered-license-plates","vehicles-with-parking-permits","vehicles-with-catalytic-converters","vehicles-without-catalytic-converters","gas-powered-vehicles","diesel-powered-vehicles","lPG-vehicles","military-convoys","military-vehicles"] as const;
const EA477 = [] as const;
const EN478 = ["ground-fire-suppression","heavy-ground-equipment","aircraft","marine-equipment","support-equipment","medical-rescue-unit","other","ground-fire-suppression-other","engine","truck-or-aerial","quint","tanker-pumper-combination","brush-truck","aircraft-rescue-firefighting","heavy-ground-equipment-other","dozer-or-plow","tractor","tanker-or-tender","aircraft-other","aircraft-fixed-wing-tanker","helitanker","helicopter","marine-equipment-other","fire-boat-with-pump","boat-no-pump","support-apparatus-other","breathing-apparatus-support","light-and-air-unit","medical-rescue-unit-other","rescue-unit","urban-search-rescue-unit","high-angle-rescue","crash-fire-rescue","bLS-unit","aLS-unit","mobile-command-post","chief-officer-car","hAZMAT-unit","type-i-hand-crew","type-ii-hand-crew","privately-owned-vehicle","other-apparatus-resource","ambulance","bomb-squad-van","combine-harvester","construction-vehicle","farm-tractor","grass-cutting-machines","hAZMAT-containment-tow","heavy-tow","hedge-cutting-machines","light-tow","mobile-crane","refuse-collection-vehicle","resurfacing-vehicle","road-sweeper","roadside-litter-collection-crews","salvage-vehicle","sand-truck","snowplow","steam-roller","swat-team-van","track-laying-vehicle","unknown-vehicle","white-lining-vehicle","dump-truck","supervisor-vehicle","snow-blower","rotary-snow-blower","road-grader","steam-truck","flatbed-tow"] as const;
const EA479 = [] as const;
const EN480 = ["emergency-vehicle-units","federal-law-enforcement-units","state-police-units","county-police-units","local-police-units","ambulance-units","rescue-units","fire-units","hAZMAT-units","light-tow-unit","heavy-tow-unit","freeway-service-patrols","transportation-response-units","private-contractor-response-units"] as const;
const EA481 = [] as const;
function EI482(x: unknown): number | undefined { switch (x) { case "notInUseOrNotEquipped": return 0; case "emergency": return 1; case "nonEmergency": return 2; case "pursuit": return 3; case "stationary": return 4; case "slowMoving": return 5; case "stopAndGoMovement": return 6; default: return undefined; } }
function EJ483(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI484(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ485(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EI486$m = new Map<unknown, number>([["all-vehicles",0],["bicycles",1],["motorcycles",2],["cars",3],["light-vehicles",4],["cars-and-light-vehicles",5],["cars-with-trailers",6],["cars-with-recreational-trailers",7],["vehicles-with-trailers",8],["heavy-vehicles",9],["trucks",10],["buses",11],["articulated-buses",12],["school-buses",13],["vehicles-with-semi-trailers",14],["vehicles-with-double-trailers",15],["high-profile-vehicles",16],["wide-vehicles",17],["long-vehicles",18],["hazardous-loads",19],["exceptional-loads",20],["abnormal-loads",21],["convoys",22],["maintenance-vehicles",23],["delivery-vehicles",24],["vehicles-with-even-numbered-license-plates",25],["vehicles-with-odd-numbered-license-plates",26],["vehicles-with-parking-permits",27],["vehicles-with-catalytic-converters",28],["vehicles-without-catalytic-converters",29],["gas-powered-vehicles",30],["diesel-powered-vehicles",31],["lPG-vehicles",32],["military-convoys",33],["military-vehicles",34]]);
function EI486(x: unknown): number | undefined { return EI486$m.get(x); }
function EJ488(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EI489$m = new Map<unknown, number>([["ground-fire-suppression",0],["heavy-ground-equipment",1],["aircraft",2],["marine-equipment",3],["support-equipment",4],["medical-rescue-unit",5],["other",6],["ground-fire-suppression-other",7],["engine",8],["truck-or-aerial",9],["quint",10],["tanker-pumper-combination",11],["brush-truck",12],["aircraft-rescue-firefighting",13],["heavy-ground-equipment-other",14],["dozer-or-plow",15],["tractor",16],["tanker-or-tender",17],["aircraft-other",18],["aircraft-fixed-wing-tanker",19],["helitanker",20],["helicopter",21],["marine-equipment-other",22],["fire-boat-with-pump",23],["boat-no-pump",24],["support-apparatus-other",25],["breathing-apparatus-support",26],["light-and-air-unit",27],["medical-rescue-unit-other",28],["rescue-unit",29],["urban-search-rescue-unit",30],["high-angle-rescue",31],["crash-fire-rescue",32],["bLS-unit",33],["aLS-unit",34],["mobile-command-post",35],["chief-officer-car",36],["hAZMAT-unit",37],["type-i-hand-crew",38],["type-ii-hand-crew",39],["privately-owned-vehicle",40],["other-apparatus-resource",41],["ambulance",42],["bomb-squad-van",43],["combine-harvester",44],["construction-vehicle",45],["farm-tractor",46],["grass-cutting-machines",47],["hAZMAT-containment-tow",48],["heavy-tow",49],["hedge-cutting-machines",50],["light-tow",51],["mobile-crane",52],["refuse-collection-vehicle",53],["resurfacing-vehicle",54],["road-sweeper",55],["roadside-litter-collection-crews",56],["salvage-vehicle",57],["sand-truck",58],["snowplow",59],["steam-roller",60],["swat-team-van",61],["track-laying-vehicle",62],["unknown-vehicle",63],["white-lining-vehicle",64],["dump-truck",65],["supervisor-vehicle",66],["snow-blower",67],["rotary-snow-blower",68],["road-grader",69],["steam-truck",70],["flatbed-tow",71]]);
function EI489(x: unknown): number | undefined { return EI489$m.get(x); }
function EJ491(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI492(x: unknown): number | undefined { switch (x) { case "emergency-vehicle-units": return 0; case "federal-law-enforcement-units": return 1; case "state-police-units": return 2; case "county-police-units": return 3; case "local-police-units": return 4; case "ambulance-units": return 5; case "rescue-units": return 6; case "fire-units": return 7; case "hAZMAT-units": return 8; case "light-tow-unit": return 9; case "heavy-tow-unit": return 10; case "freeway-service-patrols": return 11; case "transportation-response-units": return 12; case "private-contractor-response-units": return 13; default: return undefined; } }
function EJ493(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN494 = ["on-bridges","in-tunnels","entering-or-leaving-tunnels","on-ramps","in-road-construction-area","around-a-curve","on-minor-roads","in-the-opposing-lanes","adjacent-to-roadway","on-bend","entire-intersection","in-the-median","moved-to-side-of-road","moved-to-shoulder","on-the-roadway","in-shaded-areas","in-low-lying-areas","in-the-downtown-area","in-the-inner-city-area","in-parts","in-some-places","in-the-ditch","in-the-valley","on-hill-top","near-the-foothills","at-high-altitudes","near-the-lake","near-the-shore","over-the-crest-of-a-hill","other-than-on-the-roadway","near-the-beach","near-beach-access-point","lower-level","upper-level","airport","concourse","gate","baggage-claim","customs-point","station","platform","dock","depot","ev-charging-point","information-welcome-point","at-rest-area","at-service-area","at-weigh-station","picnic-areas","rest-area","service-stations","toilets","on-the-right","on-the-left","in-the-center","in-the-opposite-direction","cross-traffic","northbound-traffic","eastbound-traffic","southbound-traffic","westbound-traffic","north","south","east","west","northeast","northwest","southeast","southwest","mountain-pass","reservation-center","nearby-basin","on-tracks","dip","traffic-circle","park-and-ride-lot","to","by","through","area-of","under","over","from","approaching","entering-at","exiting-at","across-tracks","in-street","on-curve","shoulder","crossover","cross-road","side-road","bus-stop","intersection","roadside-park"] as const;
const EA495 = [] as const;
const EI496$m = new Map<unknown, number>([["on-bridges",0],["in-tunnels",1],["entering-or-leaving-tunnels",2],["on-ramps",3],["in-road-construction-area",4],["around-a-curve",5],["on-minor-roads",6],["in-the-opposing-lanes",7],["adjacent-to-roadway",8],["on-bend",9],["entire-intersection",10],["in-the-median",11],["moved-to-side-of-road",12],["moved-to-shoulder",13],["on-the-roadway",14],["in-shaded-areas",15],["in-low-lying-areas",16],["in-the-downtown-area",17],["in-the-inner-city-area",18],["in-parts",19],["in-some-places",20],["in-the-ditch",21],["in-the-valley",22],["on-hill-top",23],["near-the-foothills",24],["at-high-altitudes",25],["near-the-lake",26],["near-the-shore",27],["over-the-crest-of-a-hill",28],["other-than-on-the-roadway",29],["near-the-beach",30],["near-beach-access-point",31],["lower-level",32],["upper-level",33],["airport",34],["concourse",35],["gate",36],["baggage-claim",37],["customs-point",38],["station",39],["platform",40],["dock",41],["depot",42],["ev-charging-point",43],["information-welcome-point",44],["at-rest-area",45],["at-service-area",46],["at-weigh-station",47],["picnic-areas",48],["rest-area",49],["service-stations",50],["toilets",51],["on-the-right",52],["on-the-left",53],["in-the-center",54],["in-the-opposite-direction",55],["cross-traffic",56],["northbound-traffic",57],["eastbound-traffic",58],["southbound-traffic",59],["westbound-traffic",60],["north",61],["south",62],["east",63],["west",64],["northeast",65],["northwest",66],["southeast",67],["southwest",68],["mountain-pass",69],["reservation-center",70],["nearby-basin",71],["on-tracks",72],["dip",73],["traffic-circle",74],["park-and-ride-lot",75],["to",76],["by",77],["through",78],["area-of",79],["under",80],["over",81],["from",82],["approaching",83],["entering-at",84],["exiting-at",85],["across-tracks",86],["in-street",87],["on-curve",88],["shoulder",89],["crossover",90],["cross-road",91],["side-road",92],["bus-stop",93],["intersection",94],["roadside-park",95]]);
function EI496(x: unknown): number | undefined { return EI496$m.get(x); }
function EJ498(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN499 = ["ground-fire-suppression","heavy-ground-equipment","aircraft","marine-equipment","support-equipment","medical-rescue-unit","other","ground-fire-suppression-other","engine","truck-or-aerial","quint","tanker-pumper-combination","brush-truck","aircraft-rescue-firefighting","heavy-ground-equipment-other","dozer-or-plow","tractor","tanker-or-tender","aircraft-other","aircraft-fixed-wing-tanker","helitanker","helicopter","marine-equipment-other","fire-boat-with-pump","boat-no-pump","support-apparatus-other","breathing-apparatus-support","light-and-air-unit","medical-rescue-unit-other","rescue-unit","urban-search-rescue-unit","high-angle-rescue","crash-fire-rescue","bLS-unit","aLS-unit","mobile-command-post","chief-officer-car","hAZMAT-unit","type-i-hand-crew","type-ii-hand-crew","privately-owned-vehicle","other-apparatus-resource","ambulance","bomb-squad-van","combine-harvester","construction-vehicle","farm-tractor","grass-cutting-machines","hAZMAT-containment-tow","heavy-tow","hedge-cutting-machines","light-tow","mobile-crane","refuse-collection-vehicle","resurfacing-vehicle","road-sweeper","roadside-litter-collection-crews","salvage-vehicle","sand-truck","snowplow","steam-roller","swat-team-van","track-laying-vehicle","unknown-vehicle","white-lining-vehicle","dump-truck","supervisor-vehicle","snow-blower","rotary-snow-blower","road-grader","steam-truck","flatbed-tow"] as const;
const EA500 = [] as const;
const EI501$m = new Map<unknown, number>([["ground-fire-suppression",0],["heavy-ground-equipment",1],["aircraft",2],["marine-equipment",3],["support-equipment",4],["medical-rescue-unit",5],["other",6],["ground-fire-suppression-other",7],["engine",8],["truck-or-aerial",9],["quint",10],["tanker-pumper-combination",11],["brush-truck",12],["aircraft-rescue-firefighting",13],["heavy-ground-equipment-other",14],["dozer-or-plow",15],["tractor",16],["tanker-or-tender",17],["aircraft-other",18],["aircraft-fixed-wing-tanker",19],["helitanker",20],["helicopter",21],["marine-equipment-other",22],["fire-boat-with-pump",23],["boat-no-pump",24],["support-apparatus-other",25],["breathing-apparatus-support",26],["light-and-air-unit",27],["medical-rescue-unit-other",28],["rescue-unit",29],["urban-search-rescue-unit",30],["high-angle-rescue",31],["crash-fire-rescue",32],["bLS-unit",33],["aLS-unit",34],["mobile-command-post",35],["chief-officer-car",36],["hAZMAT-unit",37],["type-i-hand-crew",38],["type-ii-hand-crew",39],["privately-owned-vehicle",40],["other-apparatus-resource",41],["ambulance",42],["bomb-squad-van",43],["combine-harvester",44],["construction-vehicle",45],["farm-tractor",46],["grass-cutting-machines",47],["hAZMAT-containment-tow",48],["heavy-tow",49],["hedge-cutting-machines",50],["light-tow",51],["mobile-crane",52],["refuse-collection-vehicle",53],["resurfacing-vehicle",54],["road-sweeper",55],["roadside-litter-collection-crews",56],["salvage-vehicle",57],["sand-truck",58],["snowplow",59],["steam-roller",60],["swat-team-van",61],["track-laying-vehicle",62],["unknown-vehicle",63],["white-lining-vehicle",64],["dump-truck",65],["supervisor-vehicle",66],["snow-blower",67],["rotary-snow-blower",68],["road-grader",69],["steam-truck",70],["flatbed-tow",71]]);
function EI501(x: unknown): number | undefined { return EI501$m.get(x); }
function EJ503(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN504 = ["emergency-vehicle-units","federal-law-enforcement-units","state-police-units","county-police-units","local-police-units","ambulance-units","rescue-units","fire-units","hAZMAT-units","light-tow-unit","heavy-tow-unit","freeway-service-patrols","transportation-response-units","private-contractor-response-units"] as const;
const EA505 = [] as const;
function EI506(x: unknown): number | undefined { switch (x) { case "emergency-vehicle-units": return 0; case "federal-law-enforcement-units": return 1; case "state-police-units": return 2; case "county-police-units": return 3; case "local-police-units": return 4; case "ambulance-units": return 5; case "rescue-units": return 6; case "fire-units": return 7; case "hAZMAT-units": return 8; case "light-tow-unit": return 9; case "heavy-tow-unit": return 10; case "freeway-service-patrols": return 11; case "transportation-response-units": return 12; case "private-contractor-response-units": return 13; default: return undefined; } }
function EJ507(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN508 = ["all-vehicles","bicycles","motorcycles","cars","light-vehicles","cars-and-light-vehicles","cars-with-trailers","cars-with-recreational-trailers","vehicles-with-trailers","heavy-vehicles","trucks","buses","articulated-buses","school-buses","vehicles-with-semi-trailers","vehicles-with-double-trailers","high-profile-vehicles","wide-vehicles","long-vehicles","hazardous-loads","exceptional-loads","abnormal-loads","convoys","maintenance-vehicles","delivery-vehicles","vehicles-with-even-numbered-license-plates","vehicles-with-odd-numbered-license-plates","vehicles-with-parking-permits","vehicles-with-catalytic-converters","vehicles-without-catalytic-converters","gas-powered-vehicles","diesel-powered-vehicles","lPG-vehicles","military-convoys","military-vehicles"] as const;
const EA509 = [] as const;
const EI510$m = new Map<unknown, number>([["all-vehicles",0],["bicycles",1],["motorcycles",2],["cars",3],["light-vehicles",4],["cars-and-light-vehicles",5],["cars-with-trailers",6],["cars-with-recreational-trailers",7],["vehicles-with-trailers",8],["heavy-vehicles",9],["trucks",10],["buses",11],["articulated-buses",12],["school-buses",13],["vehicles-with-semi-trailers",14],["vehicles-with-double-trailers",15],["high-profile-vehicles",16],["wide-vehicles",17],["long-vehicles",18],["hazardous-loads",19],["exceptional-loads",20],["abnormal-loads",21],["convoys",22],["maintenance-vehicles",23],["delivery-vehicles",24],["vehicles-with-even-numbered-license-plates",25],["vehicles-with-odd-numbered-license-plates",26],["vehicles-with-parking-permits",27],["vehicles-with-catalytic-converters",28],["vehicles-without-catalytic-converters",29],["gas-powered-vehicles",30],["diesel-powered-vehicles",31],["lPG-vehicles",32],["military-convoys",33],["military-vehicles",34]]);
function EI510(x: unknown): number | undefined { return EI510$m.get(x); }
function EJ512(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N513 = ["item"] as const;
const N514 = ["itis","text"] as const;
const N515 = ["msgCnt","id","timeStamp","partOne","path","pathPrediction","intersectionID","laneNumber","eventFlag","regional"] as const;
const N516 = ["approach","lane"] as const;
const N517 = ["timeStamp","msgIssueRevision","layerType","layerID","intersections","roadSegments","dataParameters","restrictionList","regional"] as const;
const EN518 = ["none","mixedContent","generalMapData","intersectionData","curveData","roadwaySectionData","parkingAreaData","sharedLaneData"] as const;
const EA519 = [] as const;
function EI520(x: unknown): number | undefined { switch (x) { case "none": return 0; case "mixedContent": return 1; case "generalMapData": return 2; case "intersectionData": return 3; case "curveData": return 4; case "roadwaySectionData": return 5; case "parkingAreaData": return 6; case "sharedLaneData": return 7; default: return undefined; } }
function EJ521(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N522 = ["lane","maneuver"] as const;
const N523 = ["connectingLane","remoteIntersection","signalGroup","userClass","connectionID"] as const;
const N524 = ["processMethod","processAgency","lastCheckedDate","geoidUsed"] as const;
const N525 = ["laneID","name","ingressApproach","egressApproach","laneAttributes","maneuvers","nodeList","connectsTo","overlays","regional"] as const;
const N526 = ["name","id","revision","refPoint","laneWidth","speedLimits","laneSet","preemptPriorityData","regional"] as const;
const N527 = ["directionalUse","sharedWith","laneType","regional"] as const;
const N528 = ["vehicle","crosswalk","bikeLane","sidewalk","median","striping","trackedVehicle","parking"] as const;
const N529 = ["zone"] as const;
const N530 = ["id","users"] as const;
const N531 = ["basicType","regional"] as const;
const EN532 = ["none","equippedTransit","equippedTaxis","equippedOther","emissionCompliant","equippedBicycle","weightCompliant","heightCompliant","pedestrians","slowMovingPersons","wheelchairUsers","visualDisabilities","audioDisabilities","otherUnknownDisabilities"] as const;
const EA533 = [] as const;
function EI534(x: unknown): number | undefined { switch (x) { case "none": return 0; case "equippedTransit": return 1; case "equippedTaxis": return 2; case "equippedOther": return 3; case "emissionCompliant": return 4; case "equippedBicycle": return 5; case "weightCompliant": return 6; case "heightCompliant": return 7; case "pedestrians": return 8; case "slowMovingPersons": return 9; case "wheelchairUsers": return 10; case "visualDisabilities": return 11; case "audioDisabilities": return 12; case "otherUnknownDisabilities": return 13; default: return undefined; } }
function EJ535(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N536 = ["name","id","revision","refPoint","laneWidth","speedLimits","roadLaneSet","regional"] as const;
const EN537 = ["none","mixedContent","generalMapData","intersectionData","curveData","roadwaySectionData","parkingAreaData","sharedLaneData"] as const;
const EA538 = [] as const;
function EI539(x: unknown): number | undefined { switch (x) { case "none": return 0; case "mixedContent": return 1; case "generalMapData": return 2; case "intersectionData": return 3; case "curveData": return 4; case "roadwaySectionData": return 5; case "parkingAreaData": return 6; case "sharedLaneData": return 7; default: return undefined; } }
function EJ540(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN541 = ["none","equippedTransit","equippedTaxis","equippedOther","emissionCompliant","equippedBicycle","weightCompliant","heightCompliant","pedestrians","slowMovingPersons","wheelchairUsers","visualDisabilities","audioDisabilities","otherUnknownDisabilities"] as const;
const EA542 = [] as const;
function EI543(x: unknown): number | undefined { switch (x) { case "none": return 0; case "equippedTransit": return 1; case "equippedTaxis": return 2; case "equippedOther": return 3; case "emissionCompliant": return 4; case "equippedBicycle": return 5; case "weightCompliant": return 6; case "heightCompliant": return 7; case "pedestrians": return 8; case "slowMovingPersons": return 9; case "wheelchairUsers": return 10; case "visualDisabilities": return 11; case "audioDisabilities": return 12; case "otherUnknownDisabilities": return 13; default: return undefined; } }
function EJ544(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N545 = ["messageId","value"] as const;
const N546 = ["timeStamp","rev","msg","wdCount","payload","regional"] as const;
const EN547 = ["unknown","reserved","rev1","rev2","rev3","rev4","rev5"] as const;
const EA548 = [] as const;
function EI549(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "reserved": return 1; case "rev1": return 2; case "rev2": return 3; case "rev3": return 4; case "rev4": return 5; case "rev5": return 6; default: return undefined; } }
function EJ550(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN551 = ["unknown","reserved","rev1","rev2","rev3","rev4","rev5"] as const;
const EA552 = [] as const;
function EI553(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "reserved": return 1; case "rev1": return 2; case "rev2": return 3; case "rev3": return 4; case "rev4": return 5; case "rev5": return 6; default: return undefined; } }
function EJ554(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN555 = ["other","unknown","noPrecipitation","unidentifiedSlight","unidentifiedModerate","unidentifiedHeavy","snowSlight","snowModerate","snowHeavy","rainSlight","rainModerate","rainHeavy","frozenPrecipitationSlight","frozenPrecipitationModerate","frozenPrecipitationHeavy"] as const;
function EI556(x: unknown): number | undefined { switch (x) { case "other": return 0; case "unknown": return 1; case "noPrecipitation": return 2; case "unidentifiedSlight": return 3; case "unidentifiedModerate": return 4; case "unidentifiedHeavy": return 5; case "snowSlight": return 6; case "snowModerate": return 7; case "snowHeavy": return 8; case "rainSlight": return 9; case "rainModerate": return 10; case "rainHeavy": return 11; case "frozenPrecipitationSlight": return 12; case "frozenPrecipitationModerate": return 13; case "frozenPrecipitationHeavy": return 14; default: return undefined; } }
const EN557 = ["precip","noPrecip","error"] as const;
function EI558(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const N559 = ["basicType","secMark","msgCnt","id","position","accuracy","speed","heading","accelSet","pathHistory","pathPrediction","propulsion","useState","crossRequest","crossState","clusterSize","clusterRadius","eventResponderType","activityType","activitySubType","assistType","sizing","attachment","attachmentRadius","animalType","regional"] as const;
const EN560 = ["unavailable","aPEDESTRIAN","aPEDALCYCLIST","aPUBLICSAFETYWORKER","anANIMAL"] as const;
const EA561 = [] as const;
const EN562 = ["unavailable","small","medium","large"] as const;
const EA563 = [] as const;
const EN564 = ["unavailable","towOperater","fireAndEMSWorker","aDOTWorker","lawEnforcement","hazmatResponder","animalControlWorker","otherPersonnel"] as const;
const EA565 = [] as const;
const EN566 = ["unavailable","stroller","bicycleTrailer","cart","wheelchair","otherWalkAssistAttachments","pet"] as const;
const EA567 = [] as const;
const EN568 = ["unavailable","serviceUse","pet","farm"] as const;
const EA569 = [] as const;
function EI570(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "aPEDESTRIAN": return 1; case "aPEDALCYCLIST": return 2; case "aPUBLICSAFETYWORKER": return 3; case "anANIMAL": return 4; default: return undefined; } }
function EJ571(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI572(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "small": return 1; case "medium": return 2; case "large": return 3; default: return undefined; } }
function EJ573(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI574(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "towOperater": return 1; case "fireAndEMSWorker": return 2; case "aDOTWorker": return 3; case "lawEnforcement": return 4; case "hazmatResponder": return 5; case "animalControlWorker": return 6; case "otherPersonnel": return 7; default: return undefined; } }
function EJ575(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI576(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "stroller": return 1; case "bicycleTrailer": return 2; case "cart": return 3; case "wheelchair": return 4; case "otherWalkAssistAttachments": return 5; case "pet": return 6; default: return undefined; } }
function EJ577(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI578(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "serviceUse": return 1; case "pet": return 2; case "farm": return 3; default: return undefined; } }
function EJ579(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N580 = ["human","animal","motor"] as const;
const EN581 = ["unavailable","otherTypes","onFoot","skateboard","pushOrKickScooter","wheelchair"] as const;
const EA582 = [] as const;
const EN583 = ["unavailable","otherTypes","animalMounted","animalDrawnCarriage"] as const;
const EA584 = [] as const;
const EN585 = ["unavailable","otherTypes","wheelChair","bicycle","scooter","selfBalancingDevice"] as const;
const EA586 = [] as const;
function EI587(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "onFoot": return 2; case "skateboard": return 3; case "pushOrKickScooter": return 4; case "wheelchair": return 5; default: return undefined; } }
function EJ588(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI589(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "animalMounted": return 2; case "animalDrawnCarriage": return 3; default: return undefined; } }
function EJ590(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI591(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "wheelChair": return 2; case "bicycle": return 3; case "scooter": return 4; case "selfBalancingDevice": return 5; default: return undefined; } }
function EJ592(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN593 = ["unavailable","otherTypes","animalMounted","animalDrawnCarriage"] as const;
const EA594 = [] as const;
function EI595(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "animalMounted": return 2; case "animalDrawnCarriage": return 3; default: return undefined; } }
function EJ596(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN597 = ["unavailable","serviceUse","pet","farm"] as const;
const EA598 = [] as const;
function EI599(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "serviceUse": return 1; case "pet": return 2; case "farm": return 3; default: return undefined; } }
function EJ600(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN601 = ["unavailable","stroller","bicycleTrailer","cart","wheelchair","otherWalkAssistAttachments","pet"] as const;
const EA602 = [] as const;
function EI603(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "stroller": return 1; case "bicycleTrailer": return 2; case "cart": return 3; case "wheelchair": return 4; case "otherWalkAssistAttachments": return 5; case "pet": return 6; default: return undefined; } }
function EJ604(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN605 = ["unavailable","otherTypes","wheelChair","bicycle","scooter","selfBalancingDevice"] as const;
const EA606 = [] as const;
function EI607(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "wheelChair": return 2; case "bicycle": return 3; case "scooter": return 4; case "selfBalancingDevice": return 5; default: return undefined; } }
function EJ608(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN609 = ["unavailable","small","medium","large"] as const;
const EA610 = [] as const;
function EI611(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "small": return 1; case "medium": return 2; case "large": return 3; default: return undefined; } }
function EJ612(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN613 = ["unavailable","otherTypes","onFoot","skateboard","pushOrKickScooter","wheelchair"] as const;
const EA614 = [] as const;
function EI615(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "onFoot": return 2; case "skateboard": return 3; case "pushOrKickScooter": return 4; case "wheelchair": return 5; default: return undefined; } }
function EJ616(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN617 = ["unavailable","aPEDESTRIAN","aPEDALCYCLIST","aPUBLICSAFETYWORKER","anANIMAL"] as const;
const EA618 = [] as const;
function EI619(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "aPEDESTRIAN": return 1; case "aPEDALCYCLIST": return 2; case "aPUBLICSAFETYWORKER": return 3; case "anANIMAL": return 4; default: return undefined; } }
function EJ620(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN621 = ["unavailable","towOperater","fireAndEMSWorker","aDOTWorker","lawEnforcement","hazmatResponder","animalControlWorker","otherPersonnel"] as const;
const EA622 = [] as const;
function EI623(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "towOperater": return 1; case "fireAndEMSWorker": return 2; case "aDOTWorker": return 3; case "lawEnforcement": return 4; case "hazmatResponder": return 5; case "animalControlWorker": return 6; case "otherPersonnel": return 7; default: return undefined; } }
function EJ624(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N625 = ["timeStamp","sample","directions","term","snapshot","txInterval","dataElements","regional"] as const;
const N626 = ["termtime","termDistance"] as const;
const N627 = ["snapshotTime","snapshotDistance"] as const;
const N628 = ["sampleStart","sampleEnd"] as const;
const N629 = ["distance1","speed1","distance2","speed2"] as const;
const N630 = ["speed1","time1","speed2","time2"] as const;
const N631 = ["dataType","subType","sendOnLessThenValue","sendOnMoreThenValue","sendAll"] as const;
const EN632 = ["unknown","lights","wipers","brakes","stab","trac","abs","sunS","rainS","airTemp","steering","vertAccelThres","vertAccel","hozAccelLong","hozAccelLat","hozAccelCon","accel4way","confidenceSet","obDist","obDirect","yaw","yawRateCon","dateTime","fullPos","position2D","position3D","vehicle","speedHeadC","speedC"] as const;
const EA633 = [] as const;
function EI634(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "lights": return 1; case "wipers": return 2; case "brakes": return 3; case "stab": return 4; case "trac": return 5; case "abs": return 6; case "sunS": return 7; case "rainS": return 8; case "airTemp": return 9; case "steering": return 10; case "vertAccelThres": return 11; case "vertAccel": return 12; case "hozAccelLong": return 13; case "hozAccelLat": return 14; case "hozAccelCon": return 15; case "accel4way": return 16; case "confidenceSet": return 17; case "obDist": return 18; case "obDirect": return 19; case "yaw": return 20; case "yawRateCon": return 21; case "dateTime": return 22; case "fullPos": return 23; case "position2D": return 24; case "position3D": return 25; case "vehicle": return 26; case "speedHeadC": return 27; case "speedC": return 28; default: return undefined; } }
function EJ635(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN636 = ["unknown","lights","wipers","brakes","stab","trac","abs","sunS","rainS","airTemp","steering","vertAccelThres","vertAccel","hozAccelLong","hozAccelLat","hozAccelCon","accel4way","confidenceSet","obDist","obDirect","yaw","yawRateCon","dateTime","fullPos","position2D","position3D","vehicle","speedHeadC","speedC"] as const;
const EA637 = [] as const;
function EI638(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "lights": return 1; case "wipers": return 2; case "brakes": return 3; case "stab": return 4; case "trac": return 5; case "abs": return 6; case "sunS": return 7; case "rainS": return 8; case "airTemp": return 9; case "steering": return 10; case "vertAccelThres": return 11; case "vertAccel": return 12; case "hozAccelLong": return 13; case "hozAccelLat": return 14; case "hozAccelCon": return 15; case "accel4way": return 16; case "confidenceSet": return 17; case "obDist": return 18; case "obDirect": return 19; case "yaw": return 20; case "yawRateCon": return 21; case "dateTime": return 22; case "fullPos": return 23; case "position2D": return 24; case "position3D": return 25; case "vehicle": return 26; case "speedHeadC": return 27; case "speedC": return 28; default: return undefined; } }
function EJ639(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N640 = ["timeStamp","segNum","probeID","startVector","vehicleType","snapshots","regional"] as const;
const N641 = ["yawRate","acceleration","steeringWheelAngle"] as const;
function EI642(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN643 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI644(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN645 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI646(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN647 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI648(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN649 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI650(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN651 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI652(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN653 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI654(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN655 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI656(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN657 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI658(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN659 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI660(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN661 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI662(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN663 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI664(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN665 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI666(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN667 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI668(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN669 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI670(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN671 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
const N672 = ["accelConfidence","speedConfidence","timeConfidence","posConfidence","steerConfidence","headingConfidence","throttleConfidence"] as const;
const EN673 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
const EN674 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
const EN675 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
const EN676 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
const EI677$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI677(x: unknown): number | undefined { return EI677$m.get(x); }
function EI679(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
function EI680(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
function EI681(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const N682 = ["tires","axles","trailerWeight","cargoWeight","steeringAxleTemperature","driveAxleLocation","driveAxleLiftAirPressure","driveAxleTemperature","driveAxleLubePressure","steeringAxleLubePressure"] as const;
const N683 = ["location","pressure","temp","wheelSensorStatus","wheelEndElectFault","leakageRate","detection"] as const;
const EN684 = ["off","on","notDefined","notSupported"] as const;
const EN685 = ["isOk","isNotDefined","isError","isNotSupported"] as const;
const EN686 = ["noData","overPressure","noWarningPressure","underPressure","extremeUnderPressure","undefined","errorIndicator","notAvailable"] as const;
function EI687(x: unknown): number | undefined { switch (x) { case "off": return 0; case "on": return 1; case "notDefined": return 2; case "notSupported": return 3; default: return undefined; } }
function EI688(x: unknown): number | undefined { switch (x) { case "isOk": return 0; case "isNotDefined": return 1; case "isError": return 2; case "isNotSupported": return 3; default: return undefined; } }
function EI689(x: unknown): number | undefined { switch (x) { case "noData": return 0; case "overPressure": return 1; case "noWarningPressure": return 2; case "underPressure": return 3; case "extremeUnderPressure": return 4; case "undefined": return 5; case "errorIndicator": return 6; case "notAvailable": return 7; default: return undefined; } }
const N690 = ["location","weight"] as const;
const N691 = ["thePosition","safetyExt","dataSet"] as const;
const N692 = ["name","vin","ownerCode","id","vehicleType","vehicleClass"] as const;
const EN693 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA694 = [] as const;
const N695 = ["vGroup","rGroup","rEquip"] as const;
const EN696 = ["all-vehicles","bicycles","motorcycles","cars","light-vehicles","cars-and-light-vehicles","cars-with-trailers","cars-with-recreational-trailers","vehicles-with-trailers","heavy-vehicles","trucks","buses","articulated-buses","school-buses","vehicles-with-semi-trailers","vehicles-with-double-trailers","high-profile-vehicles","wide-vehicles","long-vehicles","hazardous-loads","exceptional-loads","abnormal-loads","convoys","maintenance-vehicles","delivery-vehicles","vehicles-with-even-numbered-license-plates","vehicles-with-odd-numbered-license-plates","vehicles-with-parking-permits","vehicles-with-catalytic-converters","vehicles-without-catalytic-converters","gas-powered-vehicles","diesel-powered-vehicles","lPG-vehicles","military-convoys","military-vehicles"] as const;
const EA697 = [] as const;
const EN698 = ["emergency-vehicle-units","federal-law-enforcement-units","state-police-units","county-police-units","local-police-units","ambulance-units","rescue-units","fire-units","hAZMAT-units","light-tow-unit","heavy-tow-unit","freeway-service-patrols","transportation-response-units","private-contractor-response-units"] as const;
const EA699 = [] as const;
const EN700 = ["ground-fire-suppression","heavy-ground-equipment","aircraft","marine-equipment","support-equipment","medical-rescue-unit","other","ground-fire-suppression-other","engine","truck-or-aerial","quint","tanker-pumper-combination","brush-truck","aircraft-rescue-firefighting","heavy-ground-equipment-other","dozer-or-plow","tractor","tanker-or-tender","aircraft-other","aircraft-fixed-wing-tanker","helitanker","helicopter","marine-equipment-other","fire-boat-with-pump","boat-no-pump","support-apparatus-other","breathing-apparatus-support","light-and-air-unit","medical-rescue-unit-other","rescue-unit","urban-search-rescue-unit","high-angle-rescue","crash-fire-rescue","bLS-unit","aLS-unit","mobile-command-post","chief-officer-car","hAZMAT-unit","type-i-hand-crew","type-ii-hand-crew","privately-owned-vehicle","other-apparatus-resource","ambulance","bomb-squad-van","combine-harvester","construction-vehicle","farm-tractor","grass-cutting-machines","hAZMAT-containment-tow","heavy-tow","hedge-cutting-machines","light-tow","mobile-crane","refuse-collection-vehicle","resurfacing-vehicle","road-sweeper","roadside-litter-collection-crews","salvage-vehicle","sand-truck","snowplow","steam-roller","swat-team-van","track-laying-vehicle","unknown-vehicle","white-lining-vehicle","dump-truck","supervisor-vehicle","snow-blower","rotary-snow-blower","road-grader","steam-truck","flatbed-tow"] as const;
const EA701 = [] as const;
const EI702$m = new Map<unknown, number>([["all-vehicles",0],["bicycles",1],["motorcycles",2],["cars",3],["light-vehicles",4],["cars-and-light-vehicles",5],["cars-with-trailers",6],["cars-with-recreational-trailers",7],["vehicles-with-trailers",8],["heavy-vehicles",9],["trucks",10],["buses",11],["articulated-buses",12],["school-buses",13],["vehicles-with-semi-trailers",14],["vehicles-with-double-trailers",15],["high-profile-vehicles",16],["wide-vehicles",17],["long-vehicles",18],["hazardous-loads",19],["exceptional-loads",20],["abnormal-loads",21],["convoys",22],["maintenance-vehicles",23],["delivery-vehicles",24],["vehicles-with-even-numbered-license-plates",25],["vehicles-with-odd-numbered-license-plates",26],["vehicles-with-parking-permits",27],["vehicles-with-catalytic-converters",28],["vehicles-without-catalytic-converters",29],["gas-powered-vehicles",30],["diesel-powered-vehicles",31],["lPG-vehicles",32],["military-convoys",33],["military-vehicles",34]]);
function EI702(x: unknown): number | undefined { return EI702$m.get(x); }
function EJ704(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI705(x: unknown): number | undefined { switch (x) { case "emergency-vehicle-units": return 0; case "federal-law-enforcement-units": return 1; case "state-police-units": return 2; case "county-police-units": return 3; case "local-police-units": return 4; case "ambulance-units": return 5; case "rescue-units": return 6; case "fire-units": return 7; case "hAZMAT-units": return 8; case "light-tow-unit": return 9; case "heavy-tow-unit": return 10; case "freeway-service-patrols": return 11; case "transportation-response-units": return 12; case "private-contractor-response-units": return 13; default: return undefined; } }
function EJ706(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EI707$m = new Map<unknown, number>([["ground-fire-suppression",0],["heavy-ground-equipment",1],["aircraft",2],["marine-equipment",3],["support-equipment",4],["medical-rescue-unit",5],["other",6],["ground-fire-suppression-other",7],["engine",8],["truck-or-aerial",9],["quint",10],["tanker-pumper-combination",11],["brush-truck",12],["aircraft-rescue-firefighting",13],["heavy-ground-equipment-other",14],["dozer-or-plow",15],["tractor",16],["tanker-or-tender",17],["aircraft-other",18],["aircraft-fixed-wing-tanker",19],["helitanker",20],["helicopter",21],["marine-equipment-other",22],["fire-boat-with-pump",23],["boat-no-pump",24],["support-apparatus-other",25],["breathing-apparatus-support",26],["light-and-air-unit",27],["medical-rescue-unit-other",28],["rescue-unit",29],["urban-search-rescue-unit",30],["high-angle-rescue",31],["crash-fire-rescue",32],["bLS-unit",33],["aLS-unit",34],["mobile-command-post",35],["chief-officer-car",36],["hAZMAT-unit",37],["type-i-hand-crew",38],["type-ii-hand-crew",39],["privately-owned-vehicle",40],["other-apparatus-resource",41],["ambulance",42],["bomb-squad-van",43],["combine-harvester",44],["construction-vehicle",45],["farm-tractor",46],["grass-cutting-machines",47],["hAZMAT-containment-tow",48],["heavy-tow",49],["hedge-cutting-machines",50],["light-tow",51],["mobile-crane",52],["refuse-collection-vehicle",53],["resurfacing-vehicle",54],["road-sweeper",55],["roadside-litter-collection-crews",56],["salvage-vehicle",57],["sand-truck",58],["snowplow",59],["steam-roller",60],["swat-team-van",61],["track-laying-vehicle",62],["unknown-vehicle",63],["white-lining-vehicle",64],["dump-truck",65],["supervisor-vehicle",66],["snow-blower",67],["rotary-snow-blower",68],["road-grader",69],["steam-truck",70],["flatbed-tow",71]]);
function EI707(x: unknown): number | undefined { return EI707$m.get(x); }
function EJ709(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI710(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ711(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N712 = ["lights","lightBar","wipers","brakeStatus","brakePressure","roadFriction","sunData","rainData","airTemp","airPres","steering","accelSets","object","fullPos","throttlePos","speedHeadC","speedC","vehicleData","vehicleIdent","j1939data","weatherReport","gnssStatus"] as const;
const EN713 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
const EN714 = ["unavailable","minPressure","bkLvl-2","bkLvl-3","bkLvl-4","bkLvl-5","bkLvl-6","bkLvl-7","bkLvl-8","bkLvl-9","bkLvl-10","bkLvl-11","bkLvl-12","bkLvl-13","bkLvl-14","maxPressure"] as const;
const EN715 = ["none","lightMist","heavyMist","lightRainOrDrizzle","rain","moderateRain","heavyRain","heavyDownpour"] as const;
const N716 = ["angle","confidence","rate","wheels"] as const;
const EN717 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI718(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const N719 = ["accel4way","vertAccelThres","yawRateCon","hozAccelCon","confidenceSet"] as const;
const EN720 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
const EN721 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI722(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
function EI723(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const N724 = ["obDist","obDirect","dateTime"] as const;
const EN725 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
const N726 = ["height","bumpers","mass","trailerWeight","type"] as const;
const EN727 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA728 = [] as const;
function EI729(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ730(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N731 = ["isRaining","rainRate","precipSituation","solarRadiation","friction"] as const;
function EI732(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN733 = ["precip","noPrecip","error"] as const;
function EI734(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN735 = ["precip","noPrecip","error"] as const;
function EI736(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN737 = ["precip","noPrecip","error"] as const;
function EI738(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN739 = ["precip","noPrecip","error"] as const;
const EN740 = ["other","unknown","noPrecipitation","unidentifiedSlight","unidentifiedModerate","unidentifiedHeavy","snowSlight","snowModerate","snowHeavy","rainSlight","rainModerate","rainHeavy","frozenPrecipitationSlight","frozenPrecipitationModerate","frozenPrecipitationHeavy"] as const;
function EI741(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN742 = ["precip","noPrecip","error"] as const;
function EI743(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN744 = ["precip","noPrecip","error"] as const;
function EI745(x: unknown): number | undefined { switch (x) { case "other": return 0; case "unknown": return 1; case "noPrecipitation": return 2; case "unidentifiedSlight": return 3; case "unidentifiedModerate": return 4; case "unidentifiedHeavy": return 5; case "snowSlight": return 6; case "snowModerate": return 7; case "snowHeavy": return 8; case "rainSlight": return 9; case "rainModerate": return 10; case "rainHeavy": return 11; case "frozenPrecipitationSlight": return 12; case "frozenPrecipitationModerate": return 13; case "frozenPrecipitationHeavy": return 14; default: return undefined; } }
function EI746(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
function EI747(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "minPressure": return 1; case "bkLvl-2": return 2; case "bkLvl-3": return 3; case "bkLvl-4": return 4; case "bkLvl-5": return 5; case "bkLvl-6": return 6; case "bkLvl-7": return 7; case "bkLvl-8": return 8; case "bkLvl-9": return 9; case "bkLvl-10": return 10; case "bkLvl-11": return 11; case "bkLvl-12": return 12; case "bkLvl-13": return 13; case "bkLvl-14": return 14; case "maxPressure": return 15; default: return undefined; } }
function EI748(x: unknown): number | undefined { switch (x) { case "none": return 0; case "lightMist": return 1; case "heavyMist": return 2; case "lightRainOrDrizzle": return 3; case "rain": return 4; case "moderateRain": return 5; case "heavyRain": return 6; case "heavyDownpour": return 7; default: return undefined; } }
function EI749(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN750 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI751(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN752 = ["unavailable","minPressure","bkLvl-2","bkLvl-3","bkLvl-4","bkLvl-5","bkLvl-6","bkLvl-7","bkLvl-8","bkLvl-9","bkLvl-10","bkLvl-11","bkLvl-12","bkLvl-13","bkLvl-14","maxPressure"] as const;
function EI753(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "minPressure": return 1; case "bkLvl-2": return 2; case "bkLvl-3": return 3; case "bkLvl-4": return 4; case "bkLvl-5": return 5; case "bkLvl-6": return 6; case "bkLvl-7": return 7; case "bkLvl-8": return 8; case "bkLvl-9": return 9; case "bkLvl-10": return 10; case "bkLvl-11": return 11; case "bkLvl-12": return 12; case "bkLvl-13": return 13; case "bkLvl-14": return 14; case "maxPressure": return 15; default: return undefined; } }
const EN754 = ["noData","overPressure","noWarningPressure","underPressure","extremeUnderPressure","undefined","errorIndicator","notAvailable"] as const;
function EI755(x: unknown): number | undefined { switch (x) { case "noData": return 0; case "overPressure": return 1; case "noWarningPressure": return 2; case "underPressure": return 3; case "extremeUnderPressure": return 4; case "undefined": return 5; case "errorIndicator": return 6; case "notAvailable": return 7; default: return undefined; } }
const EN756 = ["isOk","isNotDefined","isError","isNotSupported"] as const;
function EI757(x: unknown): number | undefined { switch (x) { case "isOk": return 0; case "isNotDefined": return 1; case "isError": return 2; case "isNotSupported": return 3; default: return undefined; } }
const EN758 = ["off","on","notDefined","notSupported"] as const;
function EI759(x: unknown): number | undefined { switch (x) { case "off": return 0; case "on": return 1; case "notDefined": return 2; case "notSupported": return 3; default: return undefined; } }
const EN760 = ["none","lightMist","heavyMist","lightRainOrDrizzle","rain","moderateRain","heavyRain","heavyDownpour"] as const;
function EI761(x: unknown): number | undefined { switch (x) { case "none": return 0; case "lightMist": return 1; case "heavyMist": return 2; case "lightRainOrDrizzle": return 3; case "rain": return 4; case "moderateRain": return 5; case "heavyRain": return 6; case "heavyDownpour": return 7; default: return undefined; } }
const EN762 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI763(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN764 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI765(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const N766 = ["msgCnt","rev","timeStamp","anchorPoint","rtcmHeader","msgs","regional"] as const;
const EN767 = ["unknown","rtcmRev2","rtcmRev3","reserved"] as const;
const EA768 = [] as const;
function EI769(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "rtcmRev2": return 1; case "rtcmRev3": return 2; case "reserved": return 3; default: return undefined; } }
function EJ770(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN771 = ["unknown","rtcmRev2","rtcmRev3","reserved"] as const;
const EA772 = [] as const;
function EI773(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "rtcmRev2": return 1; case "rtcmRev3": return 2; case "reserved": return 3; default: return undefined; } }
function EJ774(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N775 = ["msgCnt","timeStamp","typeEvent","description","priority","heading","extent","position","furtherInfoID","regional"] as const;
const EN776 = ["useInstantlyOnly","useFor3meters","useFor10meters","useFor50meters","useFor100meters","useFor500meters","useFor1000meters","useFor5000meters","useFor10000meters","useFor50000meters","useFor100000meters","useFor500000meters","useFor1000000meters","useFor5000000meters","useFor10000000meters","forever"] as const;
function EI777(x: unknown): number | undefined { switch (x) { case "useInstantlyOnly": return 0; case "useFor3meters": return 1; case "useFor10meters": return 2; case "useFor50meters": return 3; case "useFor100meters": return 4; case "useFor500meters": return 5; case "useFor1000meters": return 6; case "useFor5000meters": return 7; case "useFor10000meters": return 8; case "useFor50000meters": return 9; case "useFor100000meters": return 10; case "useFor500000meters": return 11; case "useFor1000000meters": return 12; case "useFor5000000meters": return 13; case "useFor10000000meters": return 14; case "forever": return 15; default: return undefined; } }
const N778 = ["timeStamp","name","intersections","regional"] as const;
const N779 = ["type","speed","confidence","distance","class","regional"] as const;
const EN780 = ["none","greenwave","ecoDrive","transit"] as const;
const EA781 = [] as const;
const EN782 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI783(x: unknown): number | undefined { switch (x) { case "none": return 0; case "greenwave": return 1; case "ecoDrive": return 2; case "transit": return 3; default: return undefined; } }
function EJ784(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI785(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const N786 = ["connectionID","queueLength","availableStorageLength","waitOnStop","pedBicycleDetect","regional"] as const;
const N787 = ["name","id","revision","status","moy","timeStamp","enabledLanes","states","maneuverAssistList","regional"] as const;
const N788 = ["eventState","timing","speeds","regional"] as const;
function EI789(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN790 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI791(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN792 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI793(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN794 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI795(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN796 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI797(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN798 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI799(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN800 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
const N801 = ["movementName","signalGroup","state-time-speed","maneuverAssistList","regional"] as const;
const N802 = ["startTime","minEndTime","maxEndTime","likelyTime","confidence","nextTime"] as const;
const EN803 = ["none","greenwave","ecoDrive","transit"] as const;
const EA804 = [] as const;
function EI805(x: unknown): number | undefined { switch (x) { case "none": return 0; case "greenwave": return 1; case "ecoDrive": return 2; case "transit": return 3; default: return undefined; } }
function EJ806(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN807 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI808(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const N809 = ["timeStamp","second","sequenceNumber","requests","requestor","regional"] as const;
const N810 = ["id","type","position","name","routeName","transitStatus","transitOccupancy","transitSchedule","regional"] as const;
const EN811 = ["occupancyUnknown","occupancyEmpty","occupancyVeryLow","occupancyLow","occupancyMed","occupancyHigh","occupancyNearlyFull","occupancyFull"] as const;
function EI812(x: unknown): number | undefined { switch (x) { case "occupancyUnknown": return 0; case "occupancyEmpty": return 1; case "occupancyVeryLow": return 2; case "occupancyLow": return 3; case "occupancyMed": return 4; case "occupancyHigh": return 5; case "occupancyNearlyFull": return 6; case "occupancyFull": return 7; default: return undefined; } }
const N813 = ["position","heading","speed"] as const;
const N814 = ["request","minute","second","duration","regional"] as const;
const N815 = ["id","requestID","requestType","inBoundLane","outBoundLane","regional"] as const;
const EN816 = ["priorityRequestTypeReserved","priorityRequest","priorityRequestUpdate","priorityCancellation"] as const;
const EA817 = [] as const;
function EI818(x: unknown): number | undefined { switch (x) { case "priorityRequestTypeReserved": return 0; case "priorityRequest": return 1; case "priorityRequestUpdate": return 2; case "priorityCancellation": return 3; default: return undefined; } }
function EJ819(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN820 = ["priorityRequestTypeReserved","priorityRequest","priorityRequestUpdate","priorityCancellation"] as const;
const EA821 = [] as const;
function EI822(x: unknown): number | undefined { switch (x) { case "priorityRequestTypeReserved": return 0; case "priorityRequest": return 1; case "priorityRequestUpdate": return 2; case "priorityCancellation": return 3; default: return undefined; } }
function EJ823(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN824 = ["occupancyUnknown","occupancyEmpty","occupancyVeryLow","occupancyLow","occupancyMed","occupancyHigh","occupancyNearlyFull","occupancyFull"] as const;
function EI825(x: unknown): number | undefined { switch (x) { case "occupancyUnknown": return 0; case "occupancyEmpty": return 1; case "occupancyVeryLow": return 2; case "occupancyLow": return 3; case "occupancyMed": return 4; case "occupancyHigh": return 5; case "occupancyNearlyFull": return 6; case "occupancyFull": return 7; default: return undefined; } }
const N826 = ["timeStamp","second","sequenceNumber","status","regional"] as const;
const N827 = ["id","request","sequenceNumber","role","typeData"] as const;
const EN828 = ["basicVehicle","publicTransport","specialTransport","dangerousGoods","roadWork","roadRescue","emergency","safetyCar","none-unknown","truck","motorcycle","roadSideSource","police","fire","ambulance","dot","transit","slowMoving","stopNgo","cyclist","pedestrian","nonMotorized","military"] as const;
const EA829 = [] as const;
function EI830(x: unknown): number | undefined { switch (x) { case "basicVehicle": return 0; case "publicTransport": return 1; case "specialTransport": return 2; case "dangerousGoods": return 3; case "roadWork": return 4; case "roadRescue": return 5; case "emergency": return 6; case "safetyCar": return 7; case "none-unknown": return 8; case "truck": return 9; case "motorcycle": return 10; case "roadSideSource": return 11; case "police": return 12; case "fire": return 13; case "ambulance": return 14; case "dot": return 15; case "transit": return 16; case "slowMoving": return 17; case "stopNgo": return 18; case "cyclist": return 19; case "pedestrian": return 20; case "nonMotorized": return 21; case "military": return 22; default: return undefined; } }
function EJ831(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N832 = ["requester","inboundOn","outboundOn","minute","second","duration","status","regional"] as const;
const EN833 = ["unknown","requested","processing","watchOtherTraffic","granted","rejected","maxPresence","reserviceLocked"] as const;
const EA834 = [] as const;
function EI835(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "requested": return 1; case "processing": return 2; case "watchOtherTraffic": return 3; case "granted": return 4; case "rejected": return 5; case "maxPresence": return 6; case "reserviceLocked": return 7; default: return undefined; } }
function EJ836(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N837 = ["sequenceNumber","id","sigStatus","regional"] as const;
const N838 = ["header","regional"] as const;
const N839 = ["header","regional"] as const;
const N840 = ["header","regional"] as const;
const N841 = ["header","regional"] as const;
const N842 = ["header","regional"] as const;
const N843 = ["header","regional"] as const;
const N844 = ["header","regional"] as const;
const N845 = ["header","regional"] as const;
const N846 = ["header","regional"] as const;
const N847 = ["header","regional"] as const;
const N848 = ["header","regional"] as const;
const N849 = ["header","regional"] as const;
const N850 = ["header","regional"] as const;
const N851 = ["header","regional"] as const;
const N852 = ["header","regional"] as const;
const N853 = ["header","regional"] as const;
const N854 = ["msgCnt","timeStamp","packetID","urlB","dataFrames","regional"] as const;
const N855 = ["center","radius","units"] as const;
function EI856(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN857 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
function EI858(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN859 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
function EI860(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN861 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
function EI862(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN863 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
function EI864(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN865 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
const N866 = ["name","id","anchor","laneWidth","directionality","closedPath","direction","description","regional"] as const;
const EN867 = ["unavailable","forward","reverse","both"] as const;
const N868 = ["path","geometry","oldRegion"] as const;
function EI869(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "forward": return 1; case "reverse": return 2; case "both": return 3; default: return undefined; } }
const N870 = ["direction","extent","laneWidth","circle","regional"] as const;
const EN871 = ["useInstantlyOnly","useFor3meters","useFor10meters","useFor50meters","useFor100meters","useFor500meters","useFor1000meters","useFor5000meters","useFor10000meters","useFor50000meters","useFor100000meters","useFor500000meters","useFor1000000meters","useFor5000000meters","useFor10000000meters","forever"] as const;
function EI872(x: unknown): number | undefined { switch (x) { case "useInstantlyOnly": return 0; case "useFor3meters": return 1; case "useFor10meters": return 2; case "useFor50meters": return 3; case "useFor100meters": return 4; case "useFor500meters": return 5; case "useFor1000meters": return 6; case "useFor5000meters": return 7; case "useFor10000meters": return 8; case "useFor50000meters": return 9; case "useFor100000meters": return 10; case "useFor500000meters": return 11; case "useFor1000000meters": return 12; case "useFor5000000meters": return 13; case "useFor10000000meters": return 14; case "forever": return 15; default: return undefined; } }
const N873 = ["item"] as const;
const N874 = ["itis","text"] as const;
const N875 = ["lon","lat"] as const;
const N876 = ["lon","lat"] as const;
const N877 = ["lon","lat"] as const;
const N878 = ["lon","lat"] as const;
const N879 = ["lon","lat"] as const;
const N880 = ["lon","lat"] as const;
const EN881 = ["reserved","stopLine","roundedCapStyleA","roundedCapStyleB","mergePoint","divergePoint","downstreamStopLine","downstreamStartNode","closedToTraffic","safeIsland","curbPresentAtStepOff","hydrantPresent"] as const;
const EA882 = [] as const;
function EI883(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "stopLine": return 1; case "roundedCapStyleA": return 2; case "roundedCapStyleB": return 3; case "mergePoint": return 4; case "divergePoint": return 5; case "downstreamStopLine": return 6; case "downstreamStartNode": return 7; case "closedToTraffic": return 8; case "safeIsland": return 9; case "curbPresentAtStepOff": return 10; case "hydrantPresent": return 11; default: return undefined; } }
function EJ884(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N885 = ["localNode","disabled","enabled","data","dWidth","dElevation","regional"] as const;
const N886 = ["nodes"] as const;
const N887 = ["delta","attributes"] as const;
const N888 = ["node-LL1","node-LL2","node-LL3","node-LL4","node-LL5","node-LL6","node-LatLon","regional"] as const;
const N889 = ["scale","offset"] as const;
const N890 = ["xy","ll"] as const;
const N891 = ["xOffset","yOffset","zOffset"] as const;
const N892 = ["anchor","scale","nodeList"] as const;
const N893 = ["position","viewAngle","mutcdCode","crc"] as const;
const EN894 = ["none","regulatory","warning","maintenance","motoristService","guide","rec"] as const;
const EA895 = [] as const;
function EI896(x: unknown): number | undefined { switch (x) { case "none": return 0; case "regulatory": return 1; case "warning": return 2; case "maintenance": return 3; case "motoristService": return 4; case "guide": return 5; case "rec": return 6; default: return undefined; } }
function EJ897(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN898 = ["reserved","doNotBlock","whiteLine","mergingLaneLeft","mergingLaneRight","curbOnLeft","curbOnRight","loadingzoneOnLeft","loadingzoneOnRight","turnOutPointOnLeft","turnOutPointOnRight","adjacentParkingOnLeft","adjacentParkingOnRight","adjacentBikeLaneOnLeft","adjacentBikeLaneOnRight","sharedBikeLane","bikeBoxInFront","transitStopOnLeft","transitStopOnRight","transitStopInLane","sharedWithTrackedVehicle","safeIsland","lowCurbsPresent","rumbleStripPresent","audibleSignalingPresent","adaptiveTimingPresent","rfSignalRequestPresent","partialCurbIntrusion","taperToLeft","taperToRight","taperToCenterLine","parallelParking","headInParking","freeParking","timeRestrictionsOnParking","costToPark","midBlockCurbPresent","unEvenPavementPresent"] as const;
const EA899 = [] as const;
const EI900$m = new Map<unknown, number>([["reserved",0],["doNotBlock",1],["whiteLine",2],["mergingLaneLeft",3],["mergingLaneRight",4],["curbOnLeft",5],["curbOnRight",6],["loadingzoneOnLeft",7],["loadingzoneOnRight",8],["turnOutPointOnLeft",9],["turnOutPointOnRight",10],["adjacentParkingOnLeft",11],["adjacentParkingOnRight",12],["adjacentBikeLaneOnLeft",13],["adjacentBikeLaneOnRight",14],["sharedBikeLane",15],["bikeBoxInFront",16],["transitStopOnLeft",17],["transitStopOnRight",18],["transitStopInLane",19],["sharedWithTrackedVehicle",20],["safeIsland",21],["lowCurbsPresent",22],["rumbleStripPresent",23],["audibleSignalingPresent",24],["adaptiveTimingPresent",25],["rfSignalRequestPresent",26],["partialCurbIntrusion",27],["taperToLeft",28],["taperToRight",29],["taperToCenterLine",30],["parallelParking",31],["headInParking",32],["freeParking",33],["timeRestrictionsOnParking",34],["costToPark",35],["midBlockCurbPresent",36],["unEvenPavementPresent",37]]);
function EI900(x: unknown): number | undefined { return EI900$m.get(x); }
function EJ902(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N903 = ["anchor","laneWidth","directionality","nodeList"] as const;
const EN904 = ["unavailable","forward","reverse","both"] as const;
function EI905(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "forward": return 1; case "reverse": return 2; case "both": return 3; default: return undefined; } }
const N906 = ["notUsed","frameType","msgId","startYear","startTime","durationTime","priority","notUsed1","regions","notUsed2","notUsed3","content","url"] as const;
const EN907 = ["unknown","advisory","roadSignage","commercialSignage"] as const;
const EA908 = [] as const;
const N909 = ["furtherInfoID","roadSignID"] as const;
const N910 = ["advisory","workZone","genericSign","speedLimit","exitService"] as const;
function EI911(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "advisory": return 1; case "roadSignage": return 2; case "commercialSignage": return 3; default: return undefined; } }
function EJ912(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N913 = ["direction","extent","area"] as const;
const EN914 = ["useInstantlyOnly","useFor3meters","useFor10meters","useFor50meters","useFor100meters","useFor500meters","useFor1000meters","useFor5000meters","useFor10000meters","useFor50000meters","useFor100000meters","useFor500000meters","useFor1000000meters","useFor5000000meters","useFor10000000meters","forever"] as const;
const N915 = ["shapePointSet","circle","regionPointSet"] as const;
function EI916(x: unknown): number | undefined { switch (x) { case "useInstantlyOnly": return 0; case "useFor3meters": return 1; case "useFor10meters": return 2; case "useFor50meters": return 3; case "useFor100meters": return 4; case "useFor500meters": return 5; case "useFor1000meters": return 6; case "useFor5000meters": return 7; case "useFor10000meters": return 8; case "useFor50000meters": return 9; case "useFor100000meters": return 10; case "useFor500000meters": return 11; case "useFor1000000meters": return 12; case "useFor5000000meters": return 13; case "useFor10000000meters": return 14; case "forever": return 15; default: return undefined; } }
const EN917 = ["unavailable","forward","reverse","both"] as const;
function EI918(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "forward": return 1; case "reverse": return 2; case "both": return 3; default: return undefined; } }
const EN919 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
function EI920(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN921 = ["none","regulatory","warning","maintenance","motoristService","guide","rec"] as const;
const EA922 = [] as const;
function EI923(x: unknown): number | undefined { switch (x) { case "none": return 0; case "regulatory": return 1; case "warning": return 2; case "maintenance": return 3; case "motoristService": return 4; case "guide": return 5; case "rec": return 6; default: return undefined; } }
function EJ924(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN925 = ["reserved","stopLine","roundedCapStyleA","roundedCapStyleB","mergePoint","divergePoint","downstreamStopLine","downstreamStartNode","closedToTraffic","safeIsland","curbPresentAtStepOff","hydrantPresent"] as const;
const EA926 = [] as const;
function EI927(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "stopLine": return 1; case "roundedCapStyleA": return 2; case "roundedCapStyleB": return 3; case "mergePoint": return 4; case "divergePoint": return 5; case "downstreamStopLine": return 6; case "downstreamStartNode": return 7; case "closedToTraffic": return 8; case "safeIsland": return 9; case "curbPresentAtStepOff": return 10; case "hydrantPresent": return 11; default: return undefined; } }
function EJ928(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN929 = ["reserved","doNotBlock","whiteLine","mergingLaneLeft","mergingLaneRight","curbOnLeft","curbOnRight","loadingzoneOnLeft","loadingzoneOnRight","turnOutPointOnLeft","turnOutPointOnRight","adjacentParkingOnLeft","adjacentParkingOnRight","adjacentBikeLaneOnLeft","adjacentBikeLaneOnRight","sharedBikeLane","bikeBoxInFront","transitStopOnLeft","transitStopOnRight","transitStopInLane","sharedWithTrackedVehicle","safeIsland","lowCurbsPresent","rumbleStripPresent","audibleSignalingPresent","adaptiveTimingPresent","rfSignalRequestPresent","partialCurbIntrusion","taperToLeft","taperToRight","taperToCenterLine","parallelParking","headInParking","freeParking","timeRestrictionsOnParking","costToPark","midBlockCurbPresent","unEvenPavementPresent"] as const;
const EA930 = [] as const;
const EI931$m = new Map<unknown, number>([["reserved",0],["doNotBlock",1],["whiteLine",2],["mergingLaneLeft",3],["mergingLaneRight",4],["curbOnLeft",5],["curbOnRight",6],["loadingzoneOnLeft",7],["loadingzoneOnRight",8],["turnOutPointOnLeft",9],["turnOutPointOnRight",10],["adjacentParkingOnLeft",11],["adjacentParkingOnRight",12],["adjacentBikeLaneOnLeft",13],["adjacentBikeLaneOnRight",14],["sharedBikeLane",15],["bikeBoxInFront",16],["transitStopOnLeft",17],["transitStopOnRight",18],["transitStopInLane",19],["sharedWithTrackedVehicle",20],["safeIsland",21],["lowCurbsPresent",22],["rumbleStripPresent",23],["audibleSignalingPresent",24],["adaptiveTimingPresent",25],["rfSignalRequestPresent",26],["partialCurbIntrusion",27],["taperToLeft",28],["taperToRight",29],["taperToCenterLine",30],["parallelParking",31],["headInParking",32],["freeParking",33],["timeRestrictionsOnParking",34],["costToPark",35],["midBlockCurbPresent",36],["unEvenPavementPresent",37]]);
function EI931(x: unknown): number | undefined { return EI931$m.get(x); }
function EJ933(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN934 = ["unknown","advisory","roadSignage","commercialSignage"] as const;
const EA935 = [] as const;
function EI936(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "advisory": return 1; case "roadSignage": return 2; case "commercialSignage": return 3; default: return undefined; } }
function EJ937(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N938 = ["partII-Id","partII-Value"] as const;
const N939 = ["regionId","regExtValue"] as const;
const N940 = ["regionId","regExtValue"] as const;
const N941 = ["regionId","regExtValue"] as const;
const N942 = ["regionId","regExtValue"] as const;
const N943 = ["regionId","regExtValue"] as const;
const N944 = ["regionId","regExtValue"] as const;
const N945 = ["regionId","regExtValue"] as const;
const N946 = ["regionId","regExtValue"] as const;
const N947 = ["regionId","regExtValue"] as const;

function d_AddGrpB_Angle(r: R): V {
  return r.constrained(0, 239, 8);
}
function e_AddGrpB_Angle(w: W, v: V): void {
  if (!(v >= 0 && v <= 239 && Number.isInteger(v))) throw rng(v, 0, 239);
  w.bits(v, 8);
}

function d_Day(r: R): V {
  return r.bits(8);
}
function e_Day(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_DayOfWeek(r: R): V {
  return EN0[r.bits(3)]!;
}
function e_DayOfWeek(w: W, v: V): void {
  { const i = EI1(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_DegreesLat(r: R): V {
  return r.constrained(-90, 90, 8);
}
function e_DegreesLat(w: W, v: V): void {
  if (!(v >= -90 && v <= 90 && Number.isInteger(v))) throw rng(v, -90, 90);
  w.bits(v - -90, 8);
}

function d_DegreesLong(r: R): V {
  return r.constrained(-180, 180, 9);
}
function e_DegreesLong(w: W, v: V): void {
  if (!(v >= -180 && v <= 180 && Number.isInteger(v))) throw rng(v, -180, 180);
  w.bits(v - -180, 9);
}

function d_AddGrpB_Elevation(r: R): V {
  return (-32768 + r.bits(16));
}
function e_AddGrpB_Elevation(w: W, v: V): void {
  if (!(v >= -32768 && v <= 32767 && Number.isInteger(v))) throw rng(v, -32768, 32767);
  w.bits(v - -32768, 16);
}

function d_Holiday(r: R): V {
  return EN2[r.bits(1)]!;
}
function e_Holiday(w: W, v: V): void {
  { const i = EI3(v); if (i === undefined) throw badEnum(v); w.bits(i, 1); }
}

function d_Hour(r: R): V {
  return r.bits(8);
}
function e_Hour(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_LatitudeDMS(r: R): V {
  return r.constrained(-32400000, 32400000, 26);
}
function e_LatitudeDMS(w: W, v: V): void {
  if (!(v >= -32400000 && v <= 32400000 && Number.isInteger(v))) throw rng(v, -32400000, 32400000);
  w.bits(v - -32400000, 26);
}

function d_LongitudeDMS(r: R): V {
  return r.constrained(-64800000, 64800000, 27);
}
function e_LongitudeDMS(w: W, v: V): void {
  if (!(v >= -64800000 && v <= 64800000 && Number.isInteger(v))) throw rng(v, -64800000, 64800000);
  w.bits(v - -64800000, 27);
}

function d_MaxTimetoChange(r: R): V {
  return r.constrained(0, 2402, 12);
}
function e_MaxTimetoChange(w: W, v: V): void {
  if (!(v >= 0 && v <= 2402 && Number.isInteger(v))) throw rng(v, 0, 2402);
  w.bits(v, 12);
}

function d_MinTimetoChange(r: R): V {
  return r.constrained(0, 2402, 12);
}
function e_MinTimetoChange(w: W, v: V): void {
  if (!(v >= 0 && v <= 2402 && Number.isInteger(v))) throw rng(v, 0, 2402);
  w.bits(v, 12);
}

function d_Minute(r: R): V {
  return r.bits(8);
}
function e_Minute(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_MinutesAngle(r: R): V {
  return r.constrained(0, 59, 6);
}
function e_MinutesAngle(w: W, v: V): void {
  if (!(v >= 0 && v <= 59 && Number.isInteger(v))) throw rng(v, 0, 59);
  w.bits(v, 6);
}

function d_Month(r: R): V {
  return r.constrained(1, 255, 8);
}
function e_Month(w: W, v: V): void {
  if (!(v >= 1 && v <= 255 && Number.isInteger(v))) throw rng(v, 1, 255);
  w.bits(v - 1, 8);
}

function d_AddGrpB_MsgCount(r: R): V {
  return r.bits(8);
}
function e_AddGrpB_MsgCount(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_Second(r: R): V {
  return r.constrained(0, 60, 6);
}
function e_Second(w: W, v: V): void {
  if (!(v >= 0 && v <= 60 && Number.isInteger(v))) throw rng(v, 0, 60);
  w.bits(v, 6);
}

function d_SecondsAngle(r: R): V {
  return r.constrained(0, 5999, 13);
}
function e_SecondsAngle(w: W, v: V): void {
  if (!(v >= 0 && v <= 5999 && Number.isInteger(v))) throw rng(v, 0, 5999);
  w.bits(v, 13);
}

function d_SummerTime(r: R): V {
  return EN4[r.bits(1)]!;
}
function e_SummerTime(w: W, v: V): void {
  { const i = EI5(v); if (i === undefined) throw badEnum(v); w.bits(i, 1); }
}

function d_TenthSecond(r: R): V {
  return r.constrained(0, 9, 4);
}
function e_TenthSecond(w: W, v: V): void {
  if (!(v >= 0 && v <= 9 && Number.isInteger(v))) throw rng(v, 0, 9);
  w.bits(v, 4);
}

function d_TimeRemaining(r: R): V {
  return r.constrained(0, 9001, 14);
}
function e_TimeRemaining(w: W, v: V): void {
  if (!(v >= 0 && v <= 9001 && Number.isInteger(v))) throw rng(v, 0, 9001);
  w.bits(v, 14);
}

function d_Year(r: R): V {
  return r.constrained(1, 65535, 16);
}
function e_Year(w: W, v: V): void {
  if (!(v >= 1 && v <= 65535 && Number.isInteger(v))) throw rng(v, 1, 65535);
  w.bits(v - 1, 16);
}

function d_LatitudeDMS2(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(27);
    f = 0; const v0 = (-90 + ((x0 >>> 19) & 255)); if (v0 > 90) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 90`, r.pos);
    f = 1; const v1 = ((x0 >>> 13) & 63); if (v1 > 59) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 59`, r.pos);
    f = 2; const v2 = ((x0 >>> 0) & 8191); if (v2 > 5999) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v2} above 5999`, r.pos);
    return { d: v0, m: v1, s: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N6[f]!, r.pos); }
}
function e_LatitudeDMS2(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.d;
    const v1 = v.m;
    const v2 = v.s;
    f = 0;
    if (!(v0 >= -90 && v0 <= 90 && Number.isInteger(v0))) throw rng(v0, -90, 90);
    f = 1;
    if (!(v1 >= 0 && v1 <= 59 && Number.isInteger(v1))) throw rng(v1, 0, 59);
    f = 2;
    if (!(v2 >= 0 && v2 <= 5999 && Number.isInteger(v2))) throw rng(v2, 0, 5999);
    w.bits((((v0 - -90)) * 64 + v1) * 8192 + v2, 27);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N6[f]!); }
}

function d_LongitudeDMS2(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(28);
    f = 0; const v0 = (-180 + ((x0 >>> 19) & 511)); if (v0 > 180) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 180`, r.pos);
    f = 1; const v1 = ((x0 >>> 13) & 63); if (v1 > 59) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 59`, r.pos);
    f = 2; const v2 = ((x0 >>> 0) & 8191); if (v2 > 5999) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v2} above 5999`, r.pos);
    return { d: v0, m: v1, s: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N7[f]!, r.pos); }
}
function e_LongitudeDMS2(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.d;
    const v1 = v.m;
    const v2 = v.s;
    f = 0;
    if (!(v0 >= -180 && v0 <= 180 && Number.isInteger(v0))) throw rng(v0, -180, 180);
    f = 1;
    if (!(v1 >= 0 && v1 <= 59 && Number.isInteger(v1))) throw rng(v1, 0, 59);
    f = 2;
    if (!(v2 >= 0 && v2 <= 5999 && Number.isInteger(v2))) throw rng(v2, 0, 5999);
    w.bits((((v0 - -180)) * 64 + v1) * 8192 + v2, 28);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N7[f]!); }
}

function d_Node_LLdms_48b(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.constrained(-64800000, 64800000, 27);
    f = 1; const v1 = r.constrained(-32400000, 32400000, 26);
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N8[f]!, r.pos); }
}
function e_Node_LLdms_48b(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lon;
    const v1 = v.lat;
    f = 0;
      if (!(v0 >= -64800000 && v0 <= 64800000 && Number.isInteger(v0))) throw rng(v0, -64800000, 64800000);
      w.bits(v0 - -64800000, 27);
    f = 1;
      if (!(v1 >= -32400000 && v1 <= 32400000 && Number.isInteger(v1))) throw rng(v1, -32400000, 32400000);
      w.bits(v1 - -32400000, 26);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N8[f]!); }
}

function d_Node_LLdms_80b(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = d_LongitudeDMS2(r);
    f = 1; const v1 = d_LatitudeDMS2(r);
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N9[f]!, r.pos); }
}
function e_Node_LLdms_80b(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lon;
    const v1 = v.lat;
    f = 0; if (v0 === undefined) throw missing();
      e_LongitudeDMS2(w, v0);
    f = 1; if (v1 === undefined) throw missing();
      e_LatitudeDMS2(w, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N9[f]!); }
}

function d_LaneDataAttribute_addGrpB(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
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
    return { $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N10[f]!, r.pos); }
}
function e_LaneDataAttribute_addGrpB(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1 : 0), 1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N10[f]!); }
}

function d_MovementEvent_addGrpB(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(5);
    f = 0; const v0 = (m & 16) !== 0 ? r.constrained(0, 9001, 14) : undefined;
    f = 1; const v1 = r.constrained(0, 2402, 12);
    f = 2; const v2 = (m & 8) !== 0 ? r.constrained(0, 2402, 12) : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? r.constrained(0, 9001, 14) : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? r.bits(4) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? r.constrained(0, 9001, 14) : undefined;
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
    return { startTime: v0, minEndTime: v1, maxEndTime: v2, likelyTime: v3, confidence: v4, nextTime: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N11[f]!, r.pos); }
}
function e_MovementEvent_addGrpB(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.startTime;
    const v1 = v.minEndTime;
    const v2 = v.maxEndTime;
    const v3 = v.likelyTime;
    const v4 = v.confidence;
    const v5 = v.nextTime;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 32 : 0) | (v0 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0), 6);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 9001 && Number.isInteger(v0))) throw rng(v0, 0, 9001);
      w.bits(v0, 14);
    }
    f = 1;
      if (!(v1 >= 0 && v1 <= 2402 && Number.isInteger(v1))) throw rng(v1, 0, 2402);
      w.bits(v1, 12);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 2402 && Number.isInteger(v2))) throw rng(v2, 0, 2402);
      w.bits(v2, 12);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 9001 && Number.isInteger(v3))) throw rng(v3, 0, 9001);
      w.bits(v3, 14);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 15 && Number.isInteger(v4))) throw rng(v4, 0, 15);
      w.bits(v4, 4);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 9001 && Number.isInteger(v5))) throw rng(v5, 0, 9001);
      w.bits(v5, 14);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N11[f]!); }
}

function d_NodeOffsetPointXY_addGrpB(r: R): V {
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
      case 0: return { posA: d_Node_LLdms_48b(r) };
      case 1: return { posB: d_Node_LLdms_80b(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N12[f]!, r.pos); }
}
function e_NodeOffsetPointXY_addGrpB(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.posA) !== undefined) {
      f = 0;
      w.bits(0, 2);
      e_Node_LLdms_48b(w, x);
      return;
    }
    if ((x = v.posB) !== undefined) {
      f = 1;
      w.bits(1, 2);
      e_Node_LLdms_80b(w, x);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N12[f]!); }
}

function d_Position3D_addGrpB(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    f = 0; const v0 = d_LatitudeDMS2(r);
    f = 1; const v1 = d_LongitudeDMS2(r);
    f = 2; const v2 = (-32768 + r.bits(16));
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
    return { latitude: v0, longitude: v1, elevation: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N13[f]!, r.pos); }
}
function e_Position3D_addGrpB(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.latitude;
    const v1 = v.longitude;
    const v2 = v.elevation;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1 : 0), 1);
    f = 0; if (v0 === undefined) throw missing();
      e_LatitudeDMS2(w, v0);
    f = 1; if (v1 === undefined) throw missing();
      e_LongitudeDMS2(w, v1);
    f = 2;
      if (!(v2 >= -32768 && v2 <= 32767 && Number.isInteger(v2))) throw rng(v2, -32768, 32767);
      w.bits(v2 - -32768, 16);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N13[f]!); }
}

function d_AddGrpB_TimeMark(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(24);
    f = 0; const v0 = (1 + ((x0 >>> 8) & 65535)); if (v0 > 65535) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 65535`, r.pos);
    f = 1; const v1 = (1 + ((x0 >>> 0) & 255)); if (v1 > 255) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 255`, r.pos);
    f = 2; const x2 = r.bits(29);
    f = 2; const v2 = ((x2 >>> 21) & 255);
    f = 3; const v3 = EN28[((x2 >>> 20) & 1)];
    f = 4; const v4 = EN30[((x2 >>> 19) & 1)];
    f = 5; const v5 = EN32[((x2 >>> 16) & 7)];
    f = 6; const v6 = ((x2 >>> 8) & 255);
    f = 7; const v7 = ((x2 >>> 0) & 255);
    f = 8; const x8 = r.bits(10);
    f = 8; const v8 = ((x8 >>> 4) & 63); if (v8 > 60) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v8} above 60`, r.pos);
    f = 9; const v9 = ((x8 >>> 0) & 15); if (v9 > 9) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v9} above 9`, r.pos);
    return { year: v0, month: v1, day: v2, summerTime: v3, holiday: v4, dayofWeek: v5, hour: v6, minute: v7, second: v8, tenthSecond: v9 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N14[f]!, r.pos); }
}
function e_AddGrpB_TimeMark(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.year;
    const v1 = v.month;
    const v2 = v.day;
    const v3 = v.summerTime;
    const v4 = v.holiday;
    const v5 = v.dayofWeek;
    const v6 = v.hour;
    const v7 = v.minute;
    const v8 = v.second;
    const v9 = v.tenthSecond;
    f = 0;
    if (!(v0 >= 1 && v0 <= 65535 && Number.isInteger(v0))) throw rng(v0, 1, 65535);
    f = 1;
    if (!(v1 >= 1 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, 1, 255);
    w.bits(((v0 - 1)) * 256 + (v1 - 1), 24);
    f = 2;
    if (!(v2 >= 0 && v2 <= 255 && Number.isInteger(v2))) throw rng(v2, 0, 255);
    f = 3;
    const i_v3 = EI39(v3); if (i_v3 === undefined) throw badEnum(v3);
    f = 4;
    const i_v4 = EI41(v4); if (i_v4 === undefined) throw badEnum(v4);
    f = 5;
    const i_v5 = EI43(v5); if (i_v5 === undefined) throw badEnum(v5);
    f = 6;
    if (!(v6 >= 0 && v6 <= 255 && Number.isInteger(v6))) throw rng(v6, 0, 255);
    f = 7;
    if (!(v7 >= 0 && v7 <= 255 && Number.isInteger(v7))) throw rng(v7, 0, 255);
    w.bits((((((v2) * 2 + i_v3) * 2 + i_v4) * 8 + i_v5) * 256 + v6) * 256 + v7, 29);
    f = 8;
    if (!(v8 >= 0 && v8 <= 60 && Number.isInteger(v8))) throw rng(v8, 0, 60);
    f = 9;
    if (!(v9 >= 0 && v9 <= 9 && Number.isInteger(v9))) throw rng(v9, 0, 9);
    w.bits((v8) * 16 + v9, 10);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N14[f]!); }
}

function d_AltitudeConfidence(r: R): V {
  return EN45[r.bits(4)]!;
}
function e_AltitudeConfidence(w: W, v: V): void {
  { const i = EI46(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_AltitudeValue(r: R): V {
  return r.constrained(-100000, 800001, 20);
}
function e_AltitudeValue(w: W, v: V): void {
  if (!(v >= -100000 && v <= 800001 && Number.isInteger(v))) throw rng(v, -100000, 800001);
  w.bits(v - -100000, 20);
}

function d_EmissionType(r: R): V {
  return (r.bool() ? ((i: number) => EA48[i] ?? i)(r.normallySmall()) : enumIndex(r, EN47, 3));
}
function e_EmissionType(w: W, v: V): void {
  { const i = EI49(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ50(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_Altitude(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(24);
    f = 0; const v0 = (-100000 + ((x0 >>> 4) & 1048575)); if (v0 > 800001) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 800001`, r.pos);
    f = 1; const v1 = EN57[((x0 >>> 0) & 15)];
    return { value: v0, confidence: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N51[f]!, r.pos); }
}
function e_Altitude(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.value;
    const v1 = v.confidence;
    f = 0;
    if (!(v0 >= -100000 && v0 <= 800001 && Number.isInteger(v0))) throw rng(v0, -100000, 800001);
    f = 1;
    const i_v1 = EI60(v1); if (i_v1 === undefined) throw badEnum(v1);
    w.bits(((v0 - -100000)) * 16 + i_v1, 24);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N51[f]!); }
}

function d_PrioritizationResponse(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    f = 0; const v0 = r.bits(32);
    f = 1; const v1 = (r.bool() ? ((i: number) => EA64[i] ?? i)(r.normallySmall()) : EN63[r.bits(3)]!);
    f = 2; const v2 = r.bits(8);
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
    return { stationID: v0, priorState: v1, signalGroup: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N62[f]!, r.pos); }
}
function e_PrioritizationResponse(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.stationID;
    const v1 = v.priorState;
    const v2 = v.signalGroup;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1 : 0), 1);
    f = 0;
      if (!(v0 >= 0 && v0 <= 4294967295 && Number.isInteger(v0))) throw rng(v0, 0, 4294967295);
      w.bits(v0, 32);
    f = 1;
      { const i = EI65(v1);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ66(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
    f = 2;
      if (!(v2 >= 0 && v2 <= 255 && Number.isInteger(v2))) throw rng(v2, 0, 255);
      w.bits(v2, 8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N62[f]!); }
}

function d_PrioritizationResponseList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 10, 4);
    r.need(n, 45);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_PrioritizationResponse(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_PrioritizationResponseList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 10)) throw badSize(n, 1, 10);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_PrioritizationResponse(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_ConnectionManeuverAssist_addGrpC(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = d_VehicleToLanePositionList(r);
    f = 1; const v1 = (m & 1) !== 0 ? d_NodeOffsetPointXY(r) : undefined;
    return { vehicleToLanePositions: v0, rsuDistanceFromAnchor: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N67[f]!, r.pos); }
}
function e_ConnectionManeuverAssist_addGrpC(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.vehicleToLanePositions;
    const v1 = v.rsuDistanceFromAnchor;
    w.bits((v1 !== undefined ? 1 : 0), 1);
    f = 0; if (v0 === undefined) throw missing();
      e_VehicleToLanePositionList(w, v0);
    f = 1;
    if (v1 !== undefined) {
      e_NodeOffsetPointXY(w, v1);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N67[f]!); }
}

function d_IntersectionState_addGrpC(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? d_PrioritizationResponseList(r) : undefined;
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
    return { activePrioritizations: v0, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N68[f]!, r.pos); }
}
function e_IntersectionState_addGrpC(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.activePrioritizations;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 2 : 0) | (v0 !== undefined ? 1 : 0), 2);
    f = 0;
    if (v0 !== undefined) {
      e_PrioritizationResponseList(w, v0);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N68[f]!); }
}

function d_MapData_addGrpC(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? d_SignalHeadLocationList(r) : undefined;
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
    return { signalHeadLocations: v0, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N69[f]!, r.pos); }
}
function e_MapData_addGrpC(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.signalHeadLocations;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 2 : 0) | (v0 !== undefined ? 1 : 0), 2);
    f = 0;
    if (v0 !== undefined) {
      e_SignalHeadLocationList(w, v0);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N69[f]!); }
}

function d_Position3D_addGrpC(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    f = 0; const v0 = d_Altitude(r);
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
    return { altitude: v0, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N70[f]!, r.pos); }
}
function e_Position3D_addGrpC(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.altitude;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1 : 0), 1);
    f = 0; if (v0 === undefined) throw missing();
      e_Altitude(w, v0);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N70[f]!); }
}

function d_RestrictionUserType_addGrpC(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? (r.bool() ? ((i: number) => EA73[i] ?? i)(r.normallySmall()) : enumIndex(r, EN72, 3)) : undefined;
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
    return { emission: v0, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N71[f]!, r.pos); }
}
function e_RestrictionUserType_addGrpC(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.emission;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 2 : 0) | (v0 !== undefined ? 1 : 0), 2);
    f = 0;
    if (v0 !== undefined) {
      { const i = EI74(v0);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ75(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
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

function d_SignalHeadLocation(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    f = 0; const v0 = d_NodeOffsetPointXY(r);
    f = 1; const v1 = r.bits(8);
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
    return { node: v0, signalGroupID: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N76[f]!, r.pos); }
}
function e_SignalHeadLocation(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.node;
    const v1 = v.signalGroupID;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1 : 0), 1);
    f = 0; if (v0 === undefined) throw missing();
      e_NodeOffsetPointXY(w, v0);
    f = 1;
      if (!(v1 >= 0 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, 0, 255);
      w.bits(v1, 8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N76[f]!); }
}

function d_SignalHeadLocationList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 20, 5);
    r.need(n, 12);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_SignalHeadLocation(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_SignalHeadLocationList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 20)) throw badSize(n, 1, 20);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_SignalHeadLocation(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_VehicleToLanePosition(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    f = 0; const v0 = r.bits(32);
    f = 1; const v1 = r.bits(8);
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
    return { stationID: v0, laneID: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N77[f]!, r.pos); }
}
function e_VehicleToLanePosition(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.stationID;
    const v1 = v.laneID;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1 : 0), 1);
    f = 0;
      if (!(v0 >= 0 && v0 <= 4294967295 && Number.isInteger(v0))) throw rng(v0, 0, 4294967295);
      w.bits(v0, 32);
    f = 1;
      if (!(v1 >= 0 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, 0, 255);
      w.bits(v1, 8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N77[f]!); }
}

function d_VehicleToLanePositionList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 5, 3);
    r.need(n, 41);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_VehicleToLanePosition(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_VehicleToLanePositionList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 5)) throw badSize(n, 1, 5);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_VehicleToLanePosition(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_BasicSafetyMessage$partII$0(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 22);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_PartIIcontent(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_BasicSafetyMessage$partII$0(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_PartIIcontent(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_BasicSafetyMessage$regional$1(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_BasicSafetyMessage$regional$1(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 4)) throw badSize(n, 1, 4);
    w.bits(n - 1, 2);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RegionalExtension(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_BasicSafetyMessage(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = d_BSMcoreData(r);
    f = 1; const v1 = (m & 2) !== 0 ? d_BasicSafetyMessage$partII$0(r) : undefined;
    f = 2; const v2 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { coreData: v0, partII: v1, regional: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N78[f]!, r.pos); }
}
function e_BasicSafetyMessage(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.coreData;
    const v1 = v.partII;
    const v2 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v1 !== undefined ? 2 : 0) | (v2 !== undefined ? 1 : 0), 3);
    f = 0; if (v0 === undefined) throw missing();
      e_BSMcoreData(w, v0);
    f = 1;
    if (v1 !== undefined) {
      e_BasicSafetyMessage$partII$0(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v2);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N78[f]!); }
}

function d_PartII_Id(r: R): V {
  return r.bits(6);
}
function e_PartII_Id(w: W, v: V): void {
  if (!(v >= 0 && v <= 63 && Number.isInteger(v))) throw rng(v, 0, 63);
  w.bits(v, 6);
}

function d_DisabledVehicle(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(7);
    const ext = ((x_ >>> 6) & 1) === 1;
    const m = (x_ >>> 5) & 1;
    f = 0; const v0 = (523 + ((x_ >>> 0) & 31)); if (v0 > 541) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 541`, r.pos);
    f = 1; const v1 = (m & 1) !== 0 ? (r.bool() ? ((i: number) => EA81[i] ?? i)(r.normallySmall()) : enumIndex(r, EN80, 7)) : undefined;
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
    return { statusDetails: v0, locationDetails: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N79[f]!, r.pos); }
}
function e_DisabledVehicle(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.statusDetails;
    const v1 = v.locationDetails;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 523 && v0 <= 541 && Number.isInteger(v0))) throw rng(v0, 523, 541);
    f = -1;
    w.bits((((hasExt ? 2 : 0) | (v1 !== undefined ? 1 : 0))) * 32 + (v0 - 523), 7);
    f = 1;
    if (v1 !== undefined) {
      { const i = EI82(v1);
        if (i !== undefined) w.bits(i, 8);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ84(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N79[f]!); }
}

function d_EventDescription$description$2(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 16);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(r.bits(16));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_EventDescription$description$2(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      if (!(x >= 0 && x <= 65535 && Number.isInteger(x))) throw rng(x, 0, 65535);
      w.bits(x, 16);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_EventDescription(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(22);
    const ext = ((x_ >>> 21) & 1) === 1;
    const m = (x_ >>> 16) & 31;
    f = 0; const v0 = ((x_ >>> 0) & 65535);
    f = 1; const v1 = (m & 16) !== 0 ? d_EventDescription$description$2(r) : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? r.octets(1) : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? { length: 16, bytes: r.bitBytes(16) } : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? EN86[r.bits(4)]! : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { typeEvent: v0, description: v1, priority: v2, heading: v3, extent: v4, regional: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N85[f]!, r.pos); }
}
function e_EventDescription(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.typeEvent;
    const v1 = v.description;
    const v2 = v.priority;
    const v3 = v.heading;
    const v4 = v.extent;
    const v5 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 65535 && Number.isInteger(v0))) throw rng(v0, 0, 65535);
    f = -1;
    w.bits((((hasExt ? 32 : 0) | (v1 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0))) * 65536 + v0, 22);
    f = 1;
    if (v1 !== undefined) {
      e_EventDescription$description$2(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      w.octets(fixedOctets(v2, 1));
    }
    f = 3;
    if (v3 !== undefined) {
      w.bitBytes(fixedBits(v3, 16), 16);
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI87(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 4); }
    }
    f = 5;
    if (v5 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v5);
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

function d_ObstacleDetection(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(19);
    const ext = ((x_ >>> 18) & 1) === 1;
    const m = (x_ >>> 15) & 7;
    f = 0; const v0 = ((x_ >>> 0) & 32767);
    f = 1; const v1 = r.constrained(0, 28800, 15);
    f = 2; const v2 = (m & 4) !== 0 ? r.constrained(523, 541, 5) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA90[i] ?? i)(r.normallySmall()) : enumIndex(r, EN89, 7)) : undefined;
    f = 4; const v4 = d_DDateTime(r);
    f = 5; const v5 = (m & 1) !== 0 ? { length: 5, bytes: r.bitBytes(5) } : undefined;
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
    return { obDist: v0, obDirect: v1, description: v2, locationDetails: v3, dateTime: v4, vertEvent: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N88[f]!, r.pos); }
}
function e_ObstacleDetection(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.obDist;
    const v1 = v.obDirect;
    const v2 = v.description;
    const v3 = v.locationDetails;
    const v4 = v.dateTime;
    const v5 = v.vertEvent;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 32767 && Number.isInteger(v0))) throw rng(v0, 0, 32767);
    f = -1;
    w.bits((((hasExt ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0))) * 32768 + v0, 19);
    f = 1;
      if (!(v1 >= 0 && v1 <= 28800 && Number.isInteger(v1))) throw rng(v1, 0, 28800);
      w.bits(v1, 15);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 523 && v2 <= 541 && Number.isInteger(v2))) throw rng(v2, 523, 541);
      w.bits(v2 - 523, 5);
    }
    f = 3;
    if (v3 !== undefined) {
      { const i = EI91(v3);
        if (i !== undefined) w.bits(i, 8);
        else { const j = typeof v3 === 'number' && Number.isInteger(v3) && v3 >= 0 ? v3 : EJ93(v3); if (j === undefined) throw badEnum(v3); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 4; if (v4 === undefined) throw missing();
      e_DDateTime(w, v4);
    f = 5;
    if (v5 !== undefined) {
      w.bitBytes(fixedBits(v5, 5), 5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N88[f]!); }
}

function d_PivotPointDescription(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(28);
    const ext = ((x_ >>> 27) & 1) === 1;
    f = 0; const v0 = (-1024 + ((x_ >>> 16) & 2047));
    f = 1; const v1 = ((x_ >>> 1) & 32767); if (v1 > 28800) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 28800`, r.pos);
    f = 2; const v2 = (((x_ >>> 0) & 1) === 1);
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
    return { pivotOffset: v0, pivotAngle: v1, pivots: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N94[f]!, r.pos); }
}
function e_PivotPointDescription(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.pivotOffset;
    const v1 = v.pivotAngle;
    const v2 = v.pivots;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= -1024 && v0 <= 1023 && Number.isInteger(v0))) throw rng(v0, -1024, 1023);
    f = 1;
    if (!(v1 >= 0 && v1 <= 28800 && Number.isInteger(v1))) throw rng(v1, 0, 28800);
    f = 2;
    checkBool(v2);
    f = -1;
    w.bits((((((hasExt ? 1 : 0))) * 2048 + (v0 - -1024)) * 32768 + v1) * 2 + (v2 ? 1 : 0), 28);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N94[f]!); }
}

function d_RTCMPackage(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? d_RTCMheader(r) : undefined;
    f = 1; const v1 = d_RTCMmessageList(r);
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
    return { rtcmHeader: v0, msgs: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N95[f]!, r.pos); }
}
function e_RTCMPackage(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.rtcmHeader;
    const v1 = v.msgs;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 2 : 0) | (v0 !== undefined ? 1 : 0), 2);
    f = 0;
    if (v0 !== undefined) {
      e_RTCMheader(w, v0);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_RTCMmessageList(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N95[f]!); }
}

function d_SpecialVehicleExtensions(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? d_EmergencyDetails(r) : undefined;
    f = 1; const v1 = (m & 2) !== 0 ? d_EventDescription(r) : undefined;
    f = 2; const v2 = (m & 1) !== 0 ? d_TrailerData(r) : undefined;
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
    return { vehicleAlerts: v0, description: v1, trailers: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N96[f]!, r.pos); }
}
function e_SpecialVehicleExtensions(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.vehicleAlerts;
    const v1 = v.description;
    const v2 = v.trailers;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v0 !== undefined ? 4 : 0) | (v1 !== undefined ? 2 : 0) | (v2 !== undefined ? 1 : 0), 4);
    f = 0;
    if (v0 !== undefined) {
      e_EmergencyDetails(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_EventDescription(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      e_TrailerData(w, v2);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N96[f]!); }
}

function d_SpeedProfileMeasurementList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 20, 5);
    r.need(n, 5);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(r.bits(5));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_SpeedProfileMeasurementList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 20)) throw badSize(n, 1, 20);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      if (!(x >= 0 && x <= 31 && Number.isInteger(x))) throw rng(x, 0, 31);
      w.bits(x, 5);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_SpeedProfile(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    f = 0; const v0 = d_SpeedProfileMeasurementList(r);
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
    return { speedReports: v0, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N97[f]!, r.pos); }
}
function e_SpeedProfile(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.speedReports;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1 : 0), 1);
    f = 0; if (v0 === undefined) throw missing();
      e_SpeedProfileMeasurementList(w, v0);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N97[f]!); }
}

function d_SupplementalVehicleExtensions(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(10);
    f = 0; const v0 = (m & 512) !== 0 ? r.bits(8) : undefined;
    f = 1; const v1 = (m & 256) !== 0 ? d_VehicleClassification(r) : undefined;
    f = 2; const v2 = (m & 128) !== 0 ? d_VehicleData(r) : undefined;
    f = 3; const v3 = (m & 64) !== 0 ? d_WeatherReport(r) : undefined;
    f = 4; const v4 = (m & 32) !== 0 ? d_WeatherProbe(r) : undefined;
    f = 5; const v5 = (m & 16) !== 0 ? d_ObstacleDetection(r) : undefined;
    f = 6; const v6 = (m & 8) !== 0 ? d_DisabledVehicle(r) : undefined;
    f = 7; const v7 = (m & 4) !== 0 ? d_SpeedProfile(r) : undefined;
    f = 8; const v8 = (m & 2) !== 0 ? d_RTCMPackage(r) : undefined;
    f = 9; const v9 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { classification: v0, classDetails: v1, vehicleData: v2, weatherReport: v3, weatherProbe: v4, obstacle: v5, status: v6, speedProfile: v7, theRTCM: v8, regional: v9, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N98[f]!, r.pos); }
}
function e_SupplementalVehicleExtensions(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.classification;
    const v1 = v.classDetails;
    const v2 = v.vehicleData;
    const v3 = v.weatherReport;
    const v4 = v.weatherProbe;
    const v5 = v.obstacle;
    const v6 = v.status;
    const v7 = v.speedProfile;
    const v8 = v.theRTCM;
    const v9 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1024 : 0) | (v0 !== undefined ? 512 : 0) | (v1 !== undefined ? 256 : 0) | (v2 !== undefined ? 128 : 0) | (v3 !== undefined ? 64 : 0) | (v4 !== undefined ? 32 : 0) | (v5 !== undefined ? 16 : 0) | (v6 !== undefined ? 8 : 0) | (v7 !== undefined ? 4 : 0) | (v8 !== undefined ? 2 : 0) | (v9 !== undefined ? 1 : 0), 11);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    }
    f = 1;
    if (v1 !== undefined) {
      e_VehicleClassification(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      e_VehicleData(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      e_WeatherReport(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      e_WeatherProbe(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      e_ObstacleDetection(w, v5);
    }
    f = 6;
    if (v6 !== undefined) {
      e_DisabledVehicle(w, v6);
    }
    f = 7;
    if (v7 !== undefined) {
      e_SpeedProfile(w, v7);
    }
    f = 8;
    if (v8 !== undefined) {
      e_RTCMPackage(w, v8);
    }
    f = 9;
    if (v9 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v9);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N98[f]!); }
}

function d_TrailerData(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(6);
    const ext = ((x_ >>> 5) & 1) === 1;
    f = 0; const v0 = ((x_ >>> 0) & 31);
    f = 1; const v1 = d_PivotPointDescription(r);
    f = 2; const v2 = d_TrailerUnitDescriptionList(r);
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
    return { notUsed: v0, connection: v1, units: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N99[f]!, r.pos); }
}
function e_TrailerData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.notUsed;
    const v1 = v.connection;
    const v2 = v.units;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 31 && Number.isInteger(v0))) throw rng(v0, 0, 31);
    f = -1;
    w.bits((((hasExt ? 1 : 0))) * 32 + v0, 6);
    f = 1; if (v1 === undefined) throw missing();
      e_PivotPointDescription(w, v1);
    f = 2; if (v2 === undefined) throw missing();
      e_TrailerUnitDescriptionList(w, v2);
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

function d_TrailerHistoryPointList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 23, 5);
    r.need(n, 58);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_TrailerHistoryPoint(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_TrailerHistoryPointList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 23)) throw badSize(n, 1, 23);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_TrailerHistoryPoint(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_TrailerHistoryPoint(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(18);
    const ext = ((x_ >>> 17) & 1) === 1;
    const m = (x_ >>> 15) & 3;
    f = 0; const v0 = ((x_ >>> 0) & 32767); if (v0 > 28800) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 28800`, r.pos);
    f = 1; const v1 = r.constrained(1, 65535, 16);
    f = 2; const v2 = d_Node_XY_24b(r);
    f = 3; const v3 = (m & 2) !== 0 ? (-64 + r.bits(7)) : undefined;
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
    return { pivotAngle: v0, timeOffset: v1, positionOffset: v2, elevationOffset: v3, heading: v4, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N100[f]!, r.pos); }
}
function e_TrailerHistoryPoint(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.pivotAngle;
    const v1 = v.timeOffset;
    const v2 = v.positionOffset;
    const v3 = v.elevationOffset;
    const v4 = v.heading;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 28800 && Number.isInteger(v0))) throw rng(v0, 0, 28800);
    f = -1;
    w.bits((((hasExt ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0))) * 32768 + v0, 18);
    f = 1;
      if (!(v1 >= 1 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 1, 65535);
      w.bits(v1 - 1, 16);
    f = 2; if (v2 === undefined) throw missing();
      e_Node_XY_24b(w, v2);
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= -64 && v3 <= 63 && Number.isInteger(v3))) throw rng(v3, -64, 63);
      w.bits(v3 - -64, 7);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N100[f]!); }
}

function d_TrailerUnitDescriptionList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 84);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_TrailerUnitDescription(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_TrailerUnitDescriptionList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_TrailerUnitDescription(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_TrailerUnitDescription(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(20);
    const ext = ((x_ >>> 19) & 1) === 1;
    const m = (x_ >>> 11) & 255;
    f = 0; const v0 = (((x_ >>> 10) & 1) === 1);
    f = 1; const v1 = ((x_ >>> 0) & 1023);
    f = 2; const v2 = r.bits(12);
    f = 3; const v3 = (m & 128) !== 0 ? r.bits(7) : undefined;
    f = 4; const v4 = (m & 64) !== 0 ? r.bits(8) : undefined;
    f = 5; const v5 = (m & 32) !== 0 ? d_BumperHeights(r) : undefined;
    f = 6; const v6 = (m & 16) !== 0 ? r.bits(7) : undefined;
    f = 7; const v7 = d_PivotPointDescription(r);
    f = 8; const v8 = (m & 8) !== 0 ? d_PivotPointDescription(r) : undefined;
    f = 9; const v9 = (m & 4) !== 0 ? (-2048 + r.bits(12)) : undefined;
    f = 10; const v10 = d_Node_XY_24b(r);
    f = 11; const v11 = (m & 2) !== 0 ? (-64 + r.bits(7)) : undefined;
    f = 12; const v12 = (m & 1) !== 0 ? d_TrailerHistoryPointList(r) : undefined;
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
    return { isDolly: v0, width: v1, length: v2, height: v3, mass: v4, bumperHeights: v5, centerOfGravity: v6, frontPivot: v7, rearPivot: v8, rearWheelOffset: v9, positionOffset: v10, elevationOffset: v11, crumbData: v12, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N101[f]!, r.pos); }
}
function e_TrailerUnitDescription(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.isDolly;
    const v1 = v.width;
    const v2 = v.length;
    const v3 = v.height;
    const v4 = v.mass;
    const v5 = v.bumperHeights;
    const v6 = v.centerOfGravity;
    const v7 = v.frontPivot;
    const v8 = v.rearPivot;
    const v9 = v.rearWheelOffset;
    const v10 = v.positionOffset;
    const v11 = v.elevationOffset;
    const v12 = v.crumbData;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    checkBool(v0);
    f = 1;
    if (!(v1 >= 0 && v1 <= 1023 && Number.isInteger(v1))) throw rng(v1, 0, 1023);
    f = -1;
    w.bits(((((hasExt ? 256 : 0) | (v3 !== undefined ? 128 : 0) | (v4 !== undefined ? 64 : 0) | (v5 !== undefined ? 32 : 0) | (v6 !== undefined ? 16 : 0) | (v8 !== undefined ? 8 : 0) | (v9 !== undefined ? 4 : 0) | (v11 !== undefined ? 2 : 0) | (v12 !== undefined ? 1 : 0))) * 2 + (v0 ? 1 : 0)) * 1024 + v1, 20);
    f = 2;
      if (!(v2 >= 0 && v2 <= 4095 && Number.isInteger(v2))) throw rng(v2, 0, 4095);
      w.bits(v2, 12);
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 127 && Number.isInteger(v3))) throw rng(v3, 0, 127);
      w.bits(v3, 7);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 255 && Number.isInteger(v4))) throw rng(v4, 0, 255);
      w.bits(v4, 8);
    }
    f = 5;
    if (v5 !== undefined) {
      e_BumperHeights(w, v5);
    }
    f = 6;
    if (v6 !== undefined) {
      if (!(v6 >= 0 && v6 <= 127 && Number.isInteger(v6))) throw rng(v6, 0, 127);
      w.bits(v6, 7);
    }
    f = 7; if (v7 === undefined) throw missing();
      e_PivotPointDescription(w, v7);
    f = 8;
    if (v8 !== undefined) {
      e_PivotPointDescription(w, v8);
    }
    f = 9;
    if (v9 !== undefined) {
      if (!(v9 >= -2048 && v9 <= 2047 && Number.isInteger(v9))) throw rng(v9, -2048, 2047);
      w.bits(v9 - -2048, 12);
    }
    f = 10; if (v10 === undefined) throw missing();
      e_Node_XY_24b(w, v10);
    f = 11;
    if (v11 !== undefined) {
      if (!(v11 >= -64 && v11 <= 63 && Number.isInteger(v11))) throw rng(v11, -64, 63);
      w.bits(v11 - -64, 7);
    }
    f = 12;
    if (v12 !== undefined) {
      e_TrailerHistoryPointList(w, v12);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N101[f]!); }
}

function d_VehicleData(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = (m & 8) !== 0 ? r.bits(7) : undefined;
    f = 1; const v1 = (m & 4) !== 0 ? d_BumperHeights(r) : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? r.bits(8) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? r.constrained(0, 64255, 16) : undefined;
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
    return { height: v0, bumpers: v1, mass: v2, trailerWeight: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N102[f]!, r.pos); }
}
function e_VehicleData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.height;
    const v1 = v.bumpers;
    const v2 = v.mass;
    const v3 = v.trailerWeight;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 16 : 0) | (v0 !== undefined ? 8 : 0) | (v1 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0), 5);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
      w.bits(v0, 7);
    }
    f = 1;
    if (v1 !== undefined) {
      e_BumperHeights(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 255 && Number.isInteger(v2))) throw rng(v2, 0, 255);
      w.bits(v2, 8);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 64255 && Number.isInteger(v3))) throw rng(v3, 0, 64255);
      w.bits(v3, 16);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N102[f]!); }
}

function d_WeatherProbe(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? r.constrained(0, 191, 8) : undefined;
    f = 1; const v1 = (m & 2) !== 0 ? r.bits(8) : undefined;
    f = 2; const v2 = (m & 1) !== 0 ? d_WiperSet(r) : undefined;
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
    return { airTemp: v0, airPressure: v1, rainRates: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N103[f]!, r.pos); }
}
function e_WeatherProbe(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.airTemp;
    const v1 = v.airPressure;
    const v2 = v.rainRates;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v0 !== undefined ? 4 : 0) | (v1 !== undefined ? 2 : 0) | (v2 !== undefined ? 1 : 0), 4);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 191 && Number.isInteger(v0))) throw rng(v0, 0, 191);
      w.bits(v0, 8);
    }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, 0, 255);
      w.bits(v1, 8);
    }
    f = 2;
    if (v2 !== undefined) {
      e_WiperSet(w, v2);
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

function d_WeatherReport(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(8);
    const ext = ((x_ >>> 7) & 1) === 1;
    const m = (x_ >>> 2) & 31;
    f = 0; const v0 = EN112[((x_ >>> 0) & 3)]; if (v0 === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', 'enumeration index unknown', r.pos);
    f = 1; const v1 = (m & 16) !== 0 ? r.bits(16) : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? enumIndex(r, EN113, 4) : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? r.bits(16) : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? r.constrained(0, 101, 7) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? r.constrained(0, 50, 6) : undefined;
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
    return { isRaining: v0, rainRate: v1, precipSituation: v2, solarRadiation: v3, friction: v4, roadFriction: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N104[f]!, r.pos); }
}
function e_WeatherReport(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.isRaining;
    const v1 = v.rainRate;
    const v2 = v.precipSituation;
    const v3 = v.solarRadiation;
    const v4 = v.friction;
    const v5 = v.roadFriction;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    const i_v0 = EI116(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = -1;
    w.bits((((hasExt ? 32 : 0) | (v1 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0))) * 4 + i_v0, 8);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
      w.bits(v1, 16);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI118(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 4); }
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 65535 && Number.isInteger(v3))) throw rng(v3, 0, 65535);
      w.bits(v3, 16);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 101 && Number.isInteger(v4))) throw rng(v4, 0, 101);
      w.bits(v4, 7);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 50 && Number.isInteger(v5))) throw rng(v5, 0, 50);
      w.bits(v5, 6);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N104[f]!); }
}

function d_IsDolly(r: R): V {
  return r.bool();
}
function e_IsDolly(w: W, v: V): void {
  checkBool(v);
  w.bits(v ? 1 : 0, 1);
}

function d_ObstacleDirection(r: R): V {
  return r.constrained(0, 28800, 15);
}
function e_ObstacleDirection(w: W, v: V): void {
  if (!(v >= 0 && v <= 28800 && Number.isInteger(v))) throw rng(v, 0, 28800);
  w.bits(v, 15);
}

function d_PivotingAllowed(r: R): V {
  return r.bool();
}
function e_PivotingAllowed(w: W, v: V): void {
  checkBool(v);
  w.bits(v ? 1 : 0, 1);
}

function d_SpeedProfileMeasurement(r: R): V {
  return r.bits(5);
}
function e_SpeedProfileMeasurement(w: W, v: V): void {
  if (!(v >= 0 && v <= 31 && Number.isInteger(v))) throw rng(v, 0, 31);
  w.bits(v, 5);
}

function d_TrailerMass(r: R): V {
  return r.bits(8);
}
function e_TrailerMass(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_VertOffset_B07(r: R): V {
  return (-64 + r.bits(7));
}
function e_VertOffset_B07(w: W, v: V): void {
  if (!(v >= -64 && v <= 63 && Number.isInteger(v))) throw rng(v, -64, 63);
  w.bits(v - -64, 7);
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N119[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N119[f]!); }
}

function d_AntennaOffsetSet(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(31);
    f = 0; const v0 = (-2048 + ((x0 >>> 19) & 4095));
    f = 1; const v1 = (-256 + ((x0 >>> 10) & 511));
    f = 2; const v2 = (-512 + ((x0 >>> 0) & 1023));
    return { antOffsetX: v0, antOffsetY: v1, antOffsetZ: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N120[f]!, r.pos); }
}
function e_AntennaOffsetSet(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.antOffsetX;
    const v1 = v.antOffsetY;
    const v2 = v.antOffsetZ;
    f = 0;
    if (!(v0 >= -2048 && v0 <= 2047 && Number.isInteger(v0))) throw rng(v0, -2048, 2047);
    f = 1;
    if (!(v1 >= -256 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, -256, 255);
    f = 2;
    if (!(v2 >= -512 && v2 <= 511 && Number.isInteger(v2))) throw rng(v2, -512, 511);
    w.bits((((v0 - -2048)) * 512 + (v1 - -256)) * 1024 + (v2 - -512), 31);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N120[f]!); }
}

function d_BrakeSystemStatus(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = { length: 5, bytes: r.bitBytes(5) };
    f = 1; const x1 = r.bits(10);
    f = 1; const v1 = EN143[((x1 >>> 8) & 3)];
    f = 2; const v2 = EN145[((x1 >>> 6) & 3)];
    f = 3; const v3 = EN147[((x1 >>> 4) & 3)];
    f = 4; const v4 = EN149[((x1 >>> 2) & 3)]; if (v4 === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', 'enumeration index unknown', r.pos);
    f = 5; const v5 = EN151[((x1 >>> 0) & 3)];
    return { wheelBrakes: v0, traction: v1, abs: v2, scs: v3, brakeBoost: v4, auxBrakes: v5 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N121[f]!, r.pos); }
}
function e_BrakeSystemStatus(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.wheelBrakes;
    const v1 = v.traction;
    const v2 = v.abs;
    const v3 = v.scs;
    const v4 = v.brakeBoost;
    const v5 = v.auxBrakes;
    f = 0;
      w.bitBytes(fixedBits(v0, 5), 5);
    f = 1;
    const i_v1 = EI162(v1); if (i_v1 === undefined) throw badEnum(v1);
    f = 2;
    const i_v2 = EI164(v2); if (i_v2 === undefined) throw badEnum(v2);
    f = 3;
    const i_v3 = EI166(v3); if (i_v3 === undefined) throw badEnum(v3);
    f = 4;
    const i_v4 = EI168(v4); if (i_v4 === undefined) throw badEnum(v4);
    f = 5;
    const i_v5 = EI170(v5); if (i_v5 === undefined) throw badEnum(v5);
    w.bits(((((i_v1) * 4 + i_v2) * 4 + i_v3) * 4 + i_v4) * 4 + i_v5, 10);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N121[f]!); }
}

function d_BSMcoreData(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(7);
    f = 1; const v1 = r.octets(4);
    f = 2; const v2 = r.bits(16);
    f = 3; const v3 = r.constrained(-900000000, 900000001, 31);
    f = 4; const v4 = r.constrained(-1799999999, 1800000001, 32);
    f = 5; const v5 = (-4096 + r.bits(16));
    f = 6; const v6 = d_PositionalAccuracy(r);
    f = 7; const x7 = r.bits(31);
    f = 7; const v7 = EN178[((x7 >>> 28) & 7)];
    f = 8; const v8 = ((x7 >>> 15) & 8191);
    f = 9; const v9 = ((x7 >>> 0) & 32767); if (v9 > 28800) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v9} above 28800`, r.pos);
    f = 10; const v10 = r.constrained(-126, 127, 8);
    f = 11; const v11 = d_AccelerationSet4Way(r);
    f = 12; const v12 = d_BrakeSystemStatus(r);
    f = 13; const v13 = d_VehicleSize(r);
    return { msgCnt: v0, id: v1, secMark: v2, lat: v3, long: v4, elev: v5, accuracy: v6, transmission: v7, speed: v8, heading: v9, angle: v10, accelSet: v11, brakes: v12, size: v13 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N172[f]!, r.pos); }
}
function e_BSMcoreData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.msgCnt;
    const v1 = v.id;
    const v2 = v.secMark;
    const v3 = v.lat;
    const v4 = v.long;
    const v5 = v.elev;
    const v6 = v.accuracy;
    const v7 = v.transmission;
    const v8 = v.speed;
    const v9 = v.heading;
    const v10 = v.angle;
    const v11 = v.accelSet;
    const v12 = v.brakes;
    const v13 = v.size;
    f = 0;
      if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
      w.bits(v0, 7);
    f = 1;
      w.octets(fixedOctets(v1, 4));
    f = 2;
      if (!(v2 >= 0 && v2 <= 65535 && Number.isInteger(v2))) throw rng(v2, 0, 65535);
      w.bits(v2, 16);
    f = 3;
      if (!(v3 >= -900000000 && v3 <= 900000001 && Number.isInteger(v3))) throw rng(v3, -900000000, 900000001);
      w.bits(v3 - -900000000, 31);
    f = 4;
      if (!(v4 >= -1799999999 && v4 <= 1800000001 && Number.isInteger(v4))) throw rng(v4, -1799999999, 1800000001);
      w.bits(v4 - -1799999999, 32);
    f = 5;
      if (!(v5 >= -4096 && v5 <= 61439 && Number.isInteger(v5))) throw rng(v5, -4096, 61439);
      w.bits(v5 - -4096, 16);
    f = 6; if (v6 === undefined) throw missing();
      e_PositionalAccuracy(w, v6);
    f = 7;
    const i_v7 = EI181(v7); if (i_v7 === undefined) throw badEnum(v7);
    f = 8;
    if (!(v8 >= 0 && v8 <= 8191 && Number.isInteger(v8))) throw rng(v8, 0, 8191);
    f = 9;
    if (!(v9 >= 0 && v9 <= 28800 && Number.isInteger(v9))) throw rng(v9, 0, 28800);
    w.bits(((i_v7) * 8192 + v8) * 32768 + v9, 31);
    f = 10;
      if (!(v10 >= -126 && v10 <= 127 && Number.isInteger(v10))) throw rng(v10, -126, 127);
      w.bits(v10 - -126, 8);
    f = 11; if (v11 === undefined) throw missing();
      e_AccelerationSet4Way(w, v11);
    f = 12; if (v12 === undefined) throw missing();
      e_BrakeSystemStatus(w, v12);
    f = 13; if (v13 === undefined) throw missing();
      e_VehicleSize(w, v13);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N172[f]!); }
}

function d_BumperHeights(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(14);
    f = 0; const v0 = ((x0 >>> 7) & 127);
    f = 1; const v1 = ((x0 >>> 0) & 127);
    return { front: v0, rear: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N183[f]!, r.pos); }
}
function e_BumperHeights(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.front;
    const v1 = v.rear;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = 1;
    if (!(v1 >= 0 && v1 <= 127 && Number.isInteger(v1))) throw rng(v1, 0, 127);
    w.bits((v0) * 128 + v1, 14);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N183[f]!); }
}

function d_ComputedLane$offsetXaxis$3(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { small: r.constrained(-2047, 2047, 12) };
      case 1: return { large: r.constrained(-32767, 32767, 16) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N185[f]!, r.pos); }
}
function e_ComputedLane$offsetXaxis$3(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.small) !== undefined) {
      f = 0;
      w.bits(0, 1);
      if (!(x >= -2047 && x <= 2047 && Number.isInteger(x))) throw rng(x, -2047, 2047);
      w.bits(x - -2047, 12);
      return;
    }
    if ((x = v.large) !== undefined) {
      f = 1;
      w.bits(1, 1);
      if (!(x >= -32767 && x <= 32767 && Number.isInteger(x))) throw rng(x, -32767, 32767);
      w.bits(x - -32767, 16);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N185[f]!); }
}

function d_ComputedLane(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(13);
    const ext = ((x_ >>> 12) & 1) === 1;
    const m = (x_ >>> 8) & 15;
    f = 0; const v0 = ((x_ >>> 0) & 255);
    f = 1; const v1 = d_ComputedLane$offsetXaxis$3(r);
    f = 2; const v2 = d_ComputedLane$offsetXaxis$3(r);
    f = 3; const v3 = (m & 8) !== 0 ? r.constrained(0, 28800, 15) : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? (-2048 + r.bits(12)) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? (-2048 + r.bits(12)) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { referenceLaneId: v0, offsetXaxis: v1, offsetYaxis: v2, rotateXY: v3, scaleXaxis: v4, scaleYaxis: v5, regional: v6, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N184[f]!, r.pos); }
}
function e_ComputedLane(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.referenceLaneId;
    const v1 = v.offsetXaxis;
    const v2 = v.offsetYaxis;
    const v3 = v.rotateXY;
    const v4 = v.scaleXaxis;
    const v5 = v.scaleYaxis;
    const v6 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
    f = -1;
    w.bits((((hasExt ? 16 : 0) | (v3 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0))) * 256 + v0, 13);
    f = 1; if (v1 === undefined) throw missing();
      e_ComputedLane$offsetXaxis$3(w, v1);
    f = 2; if (v2 === undefined) throw missing();
      e_ComputedLane$offsetXaxis$3(w, v2);
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 28800 && Number.isInteger(v3))) throw rng(v3, 0, 28800);
      w.bits(v3, 15);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= -2048 && v4 <= 2047 && Number.isInteger(v4))) throw rng(v4, -2048, 2047);
      w.bits(v4 - -2048, 12);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= -2048 && v5 <= 2047 && Number.isInteger(v5))) throw rng(v5, -2048, 2047);
      w.bits(v5 - -2048, 12);
    }
    f = 6;
    if (v6 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v6);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N184[f]!); }
}

function d_DDate(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(21);
    f = 0; const v0 = ((x0 >>> 9) & 4095);
    f = 1; const v1 = ((x0 >>> 5) & 15); if (v1 > 12) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 12`, r.pos);
    f = 2; const v2 = ((x0 >>> 0) & 31);
    return { year: v0, month: v1, day: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N186[f]!, r.pos); }
}
function e_DDate(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.year;
    const v1 = v.month;
    const v2 = v.day;
    f = 0;
    if (!(v0 >= 0 && v0 <= 4095 && Number.isInteger(v0))) throw rng(v0, 0, 4095);
    f = 1;
    if (!(v1 >= 0 && v1 <= 12 && Number.isInteger(v1))) throw rng(v1, 0, 12);
    f = 2;
    if (!(v2 >= 0 && v2 <= 31 && Number.isInteger(v2))) throw rng(v2, 0, 31);
    w.bits(((v0) * 16 + v1) * 32 + v2, 21);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N186[f]!); }
}

function d_DDateTime(r: R): V {
  let f = -1;
  try {
    const m = r.bits(7);
    f = 0; const v0 = (m & 64) !== 0 ? r.bits(12) : undefined;
    f = 1; const v1 = (m & 32) !== 0 ? r.constrained(0, 12, 4) : undefined;
    f = 2; const v2 = (m & 16) !== 0 ? r.bits(5) : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? r.bits(5) : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? r.constrained(0, 60, 6) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? r.bits(16) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? r.constrained(-840, 840, 11) : undefined;
    return { year: v0, month: v1, day: v2, hour: v3, minute: v4, second: v5, offset: v6 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N187[f]!, r.pos); }
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
      if (!(v3 >= 0 && v3 <= 31 && Number.isInteger(v3))) throw rng(v3, 0, 31);
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
      if (!(v6 >= -840 && v6 <= 840 && Number.isInteger(v6))) throw rng(v6, -840, 840);
      w.bits(v6 - -840, 11);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N187[f]!); }
}

function d_DFullTime(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(26);
    f = 0; const v0 = ((x0 >>> 14) & 4095);
    f = 1; const v1 = ((x0 >>> 10) & 15); if (v1 > 12) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 12`, r.pos);
    f = 2; const v2 = ((x0 >>> 5) & 31);
    f = 3; const v3 = ((x0 >>> 0) & 31);
    f = 4; const v4 = r.constrained(0, 60, 6);
    return { year: v0, month: v1, day: v2, hour: v3, minute: v4 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N188[f]!, r.pos); }
}
function e_DFullTime(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.year;
    const v1 = v.month;
    const v2 = v.day;
    const v3 = v.hour;
    const v4 = v.minute;
    f = 0;
    if (!(v0 >= 0 && v0 <= 4095 && Number.isInteger(v0))) throw rng(v0, 0, 4095);
    f = 1;
    if (!(v1 >= 0 && v1 <= 12 && Number.isInteger(v1))) throw rng(v1, 0, 12);
    f = 2;
    if (!(v2 >= 0 && v2 <= 31 && Number.isInteger(v2))) throw rng(v2, 0, 31);
    f = 3;
    if (!(v3 >= 0 && v3 <= 31 && Number.isInteger(v3))) throw rng(v3, 0, 31);
    w.bits((((v0) * 16 + v1) * 32 + v2) * 32 + v3, 26);
    f = 4;
      if (!(v4 >= 0 && v4 <= 60 && Number.isInteger(v4))) throw rng(v4, 0, 60);
      w.bits(v4, 6);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N188[f]!); }
}

function d_DMonthDay(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(9);
    f = 0; const v0 = ((x0 >>> 5) & 15); if (v0 > 12) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 12`, r.pos);
    f = 1; const v1 = ((x0 >>> 0) & 31);
    return { month: v0, day: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N189[f]!, r.pos); }
}
function e_DMonthDay(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.month;
    const v1 = v.day;
    f = 0;
    if (!(v0 >= 0 && v0 <= 12 && Number.isInteger(v0))) throw rng(v0, 0, 12);
    f = 1;
    if (!(v1 >= 0 && v1 <= 31 && Number.isInteger(v1))) throw rng(v1, 0, 31);
    w.bits((v0) * 32 + v1, 9);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N189[f]!); }
}

function d_DTime(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(28);
    const m = (x_ >>> 27) & 1;
    f = 0; const v0 = ((x_ >>> 22) & 31);
    f = 1; const v1 = ((x_ >>> 16) & 63); if (v1 > 60) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 60`, r.pos);
    f = 2; const v2 = ((x_ >>> 0) & 65535);
    f = 3; const v3 = (m & 1) !== 0 ? r.constrained(-840, 840, 11) : undefined;
    return { hour: v0, minute: v1, second: v2, offset: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N190[f]!, r.pos); }
}
function e_DTime(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.hour;
    const v1 = v.minute;
    const v2 = v.second;
    const v3 = v.offset;
    f = 0;
    if (!(v0 >= 0 && v0 <= 31 && Number.isInteger(v0))) throw rng(v0, 0, 31);
    f = 1;
    if (!(v1 >= 0 && v1 <= 60 && Number.isInteger(v1))) throw rng(v1, 0, 60);
    f = 2;
    if (!(v2 >= 0 && v2 <= 65535 && Number.isInteger(v2))) throw rng(v2, 0, 65535);
    f = -1;
    w.bits((((((v3 !== undefined ? 1 : 0))) * 32 + v0) * 64 + v1) * 65536 + v2, 28);
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= -840 && v3 <= 840 && Number.isInteger(v3))) throw rng(v3, -840, 840);
      w.bits(v3 - -840, 11);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N190[f]!); }
}

function d_DYearMonth(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(16);
    f = 0; const v0 = ((x0 >>> 4) & 4095);
    f = 1; const v1 = ((x0 >>> 0) & 15); if (v1 > 12) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 12`, r.pos);
    return { year: v0, month: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N191[f]!, r.pos); }
}
function e_DYearMonth(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.year;
    const v1 = v.month;
    f = 0;
    if (!(v0 >= 0 && v0 <= 4095 && Number.isInteger(v0))) throw rng(v0, 0, 4095);
    f = 1;
    if (!(v1 >= 0 && v1 <= 12 && Number.isInteger(v1))) throw rng(v1, 0, 12);
    w.bits((v0) * 16 + v1, 16);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N191[f]!); }
}

function d_EmergencyDetails(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(15);
    const ext = ((x_ >>> 14) & 1) === 1;
    const m = (x_ >>> 12) & 3;
    f = 0; const v0 = ((x_ >>> 7) & 31);
    f = 1; const v1 = EN212[((x_ >>> 5) & 3)];
    f = 2; const v2 = EN214[((x_ >>> 2) & 7)];
    f = 3; const v3 = EN216[((x_ >>> 0) & 3)];
    f = 4; const v4 = (m & 2) !== 0 ? d_PrivilegedEvents(r) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? (r.bool() ? ((i: number) => EA218[i] ?? i)(r.normallySmall()) : enumIndex(r, EN217, 3)) : undefined;
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
    return { notUsed: v0, sirenUse: v1, lightsUse: v2, multi: v3, events: v4, responseType: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N192[f]!, r.pos); }
}
function e_EmergencyDetails(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.notUsed;
    const v1 = v.sirenUse;
    const v2 = v.lightsUse;
    const v3 = v.multi;
    const v4 = v.events;
    const v5 = v.responseType;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 31 && Number.isInteger(v0))) throw rng(v0, 0, 31);
    f = 1;
    const i_v1 = EI225(v1); if (i_v1 === undefined) throw badEnum(v1);
    f = 2;
    const i_v2 = EI227(v2); if (i_v2 === undefined) throw badEnum(v2);
    f = 3;
    const i_v3 = EI229(v3); if (i_v3 === undefined) throw badEnum(v3);
    f = -1;
    w.bits(((((((hasExt ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0))) * 32 + v0) * 4 + i_v1) * 8 + i_v2) * 4 + i_v3, 15);
    f = 4;
    if (v4 !== undefined) {
      e_PrivilegedEvents(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      { const i = EI231(v5);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v5 === 'number' && Number.isInteger(v5) && v5 >= 0 ? v5 : EJ232(v5); if (j === undefined) throw badEnum(v5); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N192[f]!); }
}

function d_FullPositionVector(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(8);
    f = 0; const v0 = (m & 128) !== 0 ? d_DDateTime(r) : undefined;
    f = 1; const v1 = r.constrained(-1799999999, 1800000001, 32);
    f = 2; const v2 = r.constrained(-900000000, 900000001, 31);
    f = 3; const v3 = (m & 64) !== 0 ? (-4096 + r.bits(16)) : undefined;
    f = 4; const v4 = (m & 32) !== 0 ? r.constrained(0, 28800, 15) : undefined;
    f = 5; const v5 = (m & 16) !== 0 ? d_TransmissionAndSpeed(r) : undefined;
    f = 6; const v6 = (m & 8) !== 0 ? d_PositionalAccuracy(r) : undefined;
    f = 7; const v7 = (m & 4) !== 0 ? enumIndex(r, EN234, 6) : undefined;
    f = 8; const v8 = (m & 2) !== 0 ? d_PositionConfidenceSet(r) : undefined;
    f = 9; const v9 = (m & 1) !== 0 ? d_SpeedandHeadingandThrottleConfidence(r) : undefined;
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
    return { utcTime: v0, long: v1, lat: v2, elevation: v3, heading: v4, speed: v5, posAccuracy: v6, timeConfidence: v7, posConfidence: v8, speedConfidence: v9, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N233[f]!, r.pos); }
}
function e_FullPositionVector(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.utcTime;
    const v1 = v.long;
    const v2 = v.lat;
    const v3 = v.elevation;
    const v4 = v.heading;
    const v5 = v.speed;
    const v6 = v.posAccuracy;
    const v7 = v.timeConfidence;
    const v8 = v.posConfidence;
    const v9 = v.speedConfidence;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 256 : 0) | (v0 !== undefined ? 128 : 0) | (v3 !== undefined ? 64 : 0) | (v4 !== undefined ? 32 : 0) | (v5 !== undefined ? 16 : 0) | (v6 !== undefined ? 8 : 0) | (v7 !== undefined ? 4 : 0) | (v8 !== undefined ? 2 : 0) | (v9 !== undefined ? 1 : 0), 9);
    f = 0;
    if (v0 !== undefined) {
      e_DDateTime(w, v0);
    }
    f = 1;
      if (!(v1 >= -1799999999 && v1 <= 1800000001 && Number.isInteger(v1))) throw rng(v1, -1799999999, 1800000001);
      w.bits(v1 - -1799999999, 32);
    f = 2;
      if (!(v2 >= -900000000 && v2 <= 900000001 && Number.isInteger(v2))) throw rng(v2, -900000000, 900000001);
      w.bits(v2 - -900000000, 31);
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= -4096 && v3 <= 61439 && Number.isInteger(v3))) throw rng(v3, -4096, 61439);
      w.bits(v3 - -4096, 16);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 28800 && Number.isInteger(v4))) throw rng(v4, 0, 28800);
      w.bits(v4, 15);
    }
    f = 5;
    if (v5 !== undefined) {
      e_TransmissionAndSpeed(w, v5);
    }
    f = 6;
    if (v6 !== undefined) {
      e_PositionalAccuracy(w, v6);
    }
    f = 7;
    if (v7 !== undefined) {
      { const i = EI235(v7); if (i === undefined) throw badEnum(v7); w.bits(i, 6); }
    }
    f = 8;
    if (v8 !== undefined) {
      e_PositionConfidenceSet(w, v8);
    }
    f = 9;
    if (v9 !== undefined) {
      e_SpeedandHeadingandThrottleConfidence(w, v9);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N233[f]!); }
}

function d_Header(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = (m & 8) !== 0 ? r.bits(12) : undefined;
    f = 1; const v1 = (m & 4) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? r.bits(16) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? r.bits(7) : undefined;
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
    return { year: v0, timeStamp: v1, secMark: v2, msgIssueRevision: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N237[f]!, r.pos); }
}
function e_Header(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.year;
    const v1 = v.timeStamp;
    const v2 = v.secMark;
    const v3 = v.msgIssueRevision;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 16 : 0) | (v0 !== undefined ? 8 : 0) | (v1 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0), 5);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 4095 && Number.isInteger(v0))) throw rng(v0, 0, 4095);
      w.bits(v0, 12);
    }
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
      if (!(v3 >= 0 && v3 <= 127 && Number.isInteger(v3))) throw rng(v3, 0, 127);
      w.bits(v3, 7);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N237[f]!); }
}

function d_IntersectionAccessPoint(r: R): V {
  let f = -1;
  try {
    if (r.bool()) {
      const i = r.normallySmall();
      switch (i) {
        default: return { $ext: { index: i, bytes: r.openOpaque() } };
      }
    }
    const i = r.constrained(0, 2, 2);
    f = i;
    switch (i) {
      case 0: return { lane: r.bits(8) };
      case 1: return { approach: r.bits(4) };
      case 2: return { connection: r.bits(8) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N238[f]!, r.pos); }
}
function e_IntersectionAccessPoint(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.lane) !== undefined) {
      f = 0;
      w.bits(0, 3);
      if (!(x >= 0 && x <= 255 && Number.isInteger(x))) throw rng(x, 0, 255);
      w.bits(x, 8);
      return;
    }
    if ((x = v.approach) !== undefined) {
      f = 1;
      w.bits(1, 3);
      if (!(x >= 0 && x <= 15 && Number.isInteger(x))) throw rng(x, 0, 15);
      w.bits(x, 4);
      return;
    }
    if ((x = v.connection) !== undefined) {
      f = 2;
      w.bits(2, 3);
      if (!(x >= 0 && x <= 255 && Number.isInteger(x))) throw rng(x, 0, 255);
      w.bits(x, 8);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N238[f]!); }
}

function d_IntersectionReferenceID(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? r.bits(16) : undefined;
    f = 1; const v1 = r.bits(16);
    return { region: v0, id: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N239[f]!, r.pos); }
}
function e_IntersectionReferenceID(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N239[f]!); }
}

function d_LaneDataAttribute$regional$4(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_LaneDataAttribute(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_LaneDataAttribute$regional$4(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 4)) throw badSize(n, 1, 4);
    w.bits(n - 1, 2);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RegionalExtension_Reg_LaneDataAttribute(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_LaneDataAttribute(r: R): V {
  let f = -1;
  try {
    if (r.bool()) {
      const i = r.normallySmall();
      switch (i) {
        default: return { $ext: { index: i, bytes: r.openOpaque() } };
      }
    }
    const i = r.constrained(0, 6, 3);
    f = i;
    switch (i) {
      case 0: return { pathEndPointAngle: r.constrained(-150, 150, 9) };
      case 1: return { laneCrownPointCenter: (-128 + r.bits(8)) };
      case 2: return { laneCrownPointLeft: (-128 + r.bits(8)) };
      case 3: return { laneCrownPointRight: (-128 + r.bits(8)) };
      case 4: return { laneAngle: r.constrained(-180, 180, 9) };
      case 5: return { speedLimits: d_SpeedLimitList(r) };
      case 6: return { regional: d_LaneDataAttribute$regional$4(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N240[f]!, r.pos); }
}
function e_LaneDataAttribute(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.pathEndPointAngle) !== undefined) {
      f = 0;
      w.bits(0, 4);
      if (!(x >= -150 && x <= 150 && Number.isInteger(x))) throw rng(x, -150, 150);
      w.bits(x - -150, 9);
      return;
    }
    if ((x = v.laneCrownPointCenter) !== undefined) {
      f = 1;
      w.bits(1, 4);
      if (!(x >= -128 && x <= 127 && Number.isInteger(x))) throw rng(x, -128, 127);
      w.bits(x - -128, 8);
      return;
    }
    if ((x = v.laneCrownPointLeft) !== undefined) {
      f = 2;
      w.bits(2, 4);
      if (!(x >= -128 && x <= 127 && Number.isInteger(x))) throw rng(x, -128, 127);
      w.bits(x - -128, 8);
      return;
    }
    if ((x = v.laneCrownPointRight) !== undefined) {
      f = 3;
      w.bits(3, 4);
      if (!(x >= -128 && x <= 127 && Number.isInteger(x))) throw rng(x, -128, 127);
      w.bits(x - -128, 8);
      return;
    }
    if ((x = v.laneAngle) !== undefined) {
      f = 4;
      w.bits(4, 4);
      if (!(x >= -180 && x <= 180 && Number.isInteger(x))) throw rng(x, -180, 180);
      w.bits(x - -180, 9);
      return;
    }
    if ((x = v.speedLimits) !== undefined) {
      f = 5;
      w.bits(5, 4);
      e_SpeedLimitList(w, x);
      return;
    }
    if ((x = v.regional) !== undefined) {
      f = 6;
      w.bits(6, 4);
      e_LaneDataAttribute$regional$4(w, x);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N240[f]!); }
}

function d_LaneDataAttributeList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 4);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_LaneDataAttribute(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_LaneDataAttributeList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_LaneDataAttribute(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_Node_LLmD_64b(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.constrained(-1799999999, 1800000001, 32);
    f = 1; const v1 = r.constrained(-900000000, 900000001, 31);
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N241[f]!, r.pos); }
}
function e_Node_LLmD_64b(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N241[f]!); }
}

function d_Node_XY_20b(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(20);
    f = 0; const v0 = (-512 + ((x0 >>> 10) & 1023));
    f = 1; const v1 = (-512 + ((x0 >>> 0) & 1023));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N242[f]!, r.pos); }
}
function e_Node_XY_20b(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.x;
    const v1 = v.y;
    f = 0;
    if (!(v0 >= -512 && v0 <= 511 && Number.isInteger(v0))) throw rng(v0, -512, 511);
    f = 1;
    if (!(v1 >= -512 && v1 <= 511 && Number.isInteger(v1))) throw rng(v1, -512, 511);
    w.bits(((v0 - -512)) * 1024 + (v1 - -512), 20);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N242[f]!); }
}

function d_Node_XY_22b(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(22);
    f = 0; const v0 = (-1024 + ((x0 >>> 11) & 2047));
    f = 1; const v1 = (-1024 + ((x0 >>> 0) & 2047));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N243[f]!, r.pos); }
}
function e_Node_XY_22b(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.x;
    const v1 = v.y;
    f = 0;
    if (!(v0 >= -1024 && v0 <= 1023 && Number.isInteger(v0))) throw rng(v0, -1024, 1023);
    f = 1;
    if (!(v1 >= -1024 && v1 <= 1023 && Number.isInteger(v1))) throw rng(v1, -1024, 1023);
    w.bits(((v0 - -1024)) * 2048 + (v1 - -1024), 22);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N243[f]!); }
}

function d_Node_XY_24b(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(24);
    f = 0; const v0 = (-2048 + ((x0 >>> 12) & 4095));
    f = 1; const v1 = (-2048 + ((x0 >>> 0) & 4095));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N244[f]!, r.pos); }
}
function e_Node_XY_24b(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.x;
    const v1 = v.y;
    f = 0;
    if (!(v0 >= -2048 && v0 <= 2047 && Number.isInteger(v0))) throw rng(v0, -2048, 2047);
    f = 1;
    if (!(v1 >= -2048 && v1 <= 2047 && Number.isInteger(v1))) throw rng(v1, -2048, 2047);
    w.bits(((v0 - -2048)) * 4096 + (v1 - -2048), 24);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N244[f]!); }
}

function d_Node_XY_26b(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(26);
    f = 0; const v0 = (-4096 + ((x0 >>> 13) & 8191));
    f = 1; const v1 = (-4096 + ((x0 >>> 0) & 8191));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N245[f]!, r.pos); }
}
function e_Node_XY_26b(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.x;
    const v1 = v.y;
    f = 0;
    if (!(v0 >= -4096 && v0 <= 4095 && Number.isInteger(v0))) throw rng(v0, -4096, 4095);
    f = 1;
    if (!(v1 >= -4096 && v1 <= 4095 && Number.isInteger(v1))) throw rng(v1, -4096, 4095);
    w.bits(((v0 - -4096)) * 8192 + (v1 - -4096), 26);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N245[f]!); }
}

function d_Node_XY_28b(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(28);
    f = 0; const v0 = (-8192 + ((x0 >>> 14) & 16383));
    f = 1; const v1 = (-8192 + ((x0 >>> 0) & 16383));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N246[f]!, r.pos); }
}
function e_Node_XY_28b(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.x;
    const v1 = v.y;
    f = 0;
    if (!(v0 >= -8192 && v0 <= 8191 && Number.isInteger(v0))) throw rng(v0, -8192, 8191);
    f = 1;
    if (!(v1 >= -8192 && v1 <= 8191 && Number.isInteger(v1))) throw rng(v1, -8192, 8191);
    w.bits(((v0 - -8192)) * 16384 + (v1 - -8192), 28);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N246[f]!); }
}

function d_Node_XY_32b(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-32768 + r.bits(16));
    f = 1; const v1 = (-32768 + r.bits(16));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N247[f]!, r.pos); }
}
function e_Node_XY_32b(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.x;
    const v1 = v.y;
    f = 0;
      if (!(v0 >= -32768 && v0 <= 32767 && Number.isInteger(v0))) throw rng(v0, -32768, 32767);
      w.bits(v0 - -32768, 16);
    f = 1;
      if (!(v1 >= -32768 && v1 <= 32767 && Number.isInteger(v1))) throw rng(v1, -32768, 32767);
      w.bits(v1 - -32768, 16);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N247[f]!); }
}

function d_NodeAttributeSetXY(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(7);
    f = 0; const v0 = (m & 64) !== 0 ? d_NodeAttributeXYList(r) : undefined;
    f = 1; const v1 = (m & 32) !== 0 ? d_SegmentAttributeXYList(r) : undefined;
    f = 2; const v2 = (m & 16) !== 0 ? d_SegmentAttributeXYList(r) : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? d_LaneDataAttributeList(r) : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? (-512 + r.bits(10)) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? (-512 + r.bits(10)) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { localNode: v0, disabled: v1, enabled: v2, data: v3, dWidth: v4, dElevation: v5, regional: v6, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N248[f]!, r.pos); }
}
function e_NodeAttributeSetXY(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.localNode;
    const v1 = v.disabled;
    const v2 = v.enabled;
    const v3 = v.data;
    const v4 = v.dWidth;
    const v5 = v.dElevation;
    const v6 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 128 : 0) | (v0 !== undefined ? 64 : 0) | (v1 !== undefined ? 32 : 0) | (v2 !== undefined ? 16 : 0) | (v3 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0), 8);
    f = 0;
    if (v0 !== undefined) {
      e_NodeAttributeXYList(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_SegmentAttributeXYList(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      e_SegmentAttributeXYList(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      e_LaneDataAttributeList(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= -512 && v4 <= 511 && Number.isInteger(v4))) throw rng(v4, -512, 511);
      w.bits(v4 - -512, 10);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= -512 && v5 <= 511 && Number.isInteger(v5))) throw rng(v5, -512, 511);
      w.bits(v5 - -512, 10);
    }
    f = 6;
    if (v6 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v6);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N248[f]!); }
}

function d_NodeAttributeXYList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 5);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push((r.bool() ? ((i: number) => EA250[i] ?? i)(r.normallySmall()) : enumIndex(r, EN249, 4)));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_NodeAttributeXYList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      { const i = EI251(x);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ252(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_NodeListXY(r: R): V {
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
      case 0: return { nodes: d_NodeSetXY(r) };
      case 1: return { computed: d_ComputedLane(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N253[f]!, r.pos); }
}
function e_NodeListXY(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.nodes) !== undefined) {
      f = 0;
      w.bits(0, 2);
      e_NodeSetXY(w, x);
      return;
    }
    if ((x = v.computed) !== undefined) {
      f = 1;
      w.bits(1, 2);
      e_ComputedLane(w, x);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N253[f]!); }
}

function d_NodeOffsetPointXY(r: R): V {
  let f = -1;
  try {
    const i = r.bits(3);
    f = i;
    switch (i) {
      case 0: return { "node-XY1": d_Node_XY_20b(r) };
      case 1: return { "node-XY2": d_Node_XY_22b(r) };
      case 2: return { "node-XY3": d_Node_XY_24b(r) };
      case 3: return { "node-XY4": d_Node_XY_26b(r) };
      case 4: return { "node-XY5": d_Node_XY_28b(r) };
      case 5: return { "node-XY6": d_Node_XY_32b(r) };
      case 6: return { "node-LatLon": d_Node_LLmD_64b(r) };
      case 7: return { regional: d_RegionalExtension_Reg_NodeOffsetPointXY(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N254[f]!, r.pos); }
}
function e_NodeOffsetPointXY(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v["node-XY1"]) !== undefined) {
      f = 0;
      w.bits(0, 3);
      e_Node_XY_20b(w, x);
      return;
    }
    if ((x = v["node-XY2"]) !== undefined) {
      f = 1;
      w.bits(1, 3);
      e_Node_XY_22b(w, x);
      return;
    }
    if ((x = v["node-XY3"]) !== undefined) {
      f = 2;
      w.bits(2, 3);
      e_Node_XY_24b(w, x);
      return;
    }
    if ((x = v["node-XY4"]) !== undefined) {
      f = 3;
      w.bits(3, 3);
      e_Node_XY_26b(w, x);
      return;
    }
    if ((x = v["node-XY5"]) !== undefined) {
      f = 4;
      w.bits(4, 3);
      e_Node_XY_28b(w, x);
      return;
    }
    if ((x = v["node-XY6"]) !== undefined) {
      f = 5;
      w.bits(5, 3);
      e_Node_XY_32b(w, x);
      return;
    }
    if ((x = v["node-LatLon"]) !== undefined) {
      f = 6;
      w.bits(6, 3);
      e_Node_LLmD_64b(w, x);
      return;
    }
    if ((x = v.regional) !== undefined) {
      f = 7;
      w.bits(7, 3);
      e_RegionalExtension_Reg_NodeOffsetPointXY(w, x);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N254[f]!); }
}

function d_NodeSetXY(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(2, 63, 6);
    r.need(n, 5);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_NodeXY(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_NodeSetXY(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 2 && n <= 63)) throw badSize(n, 2, 63);
    w.bits(n - 2, 6);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_NodeXY(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_NodeXY(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(1);
    f = 0; const v0 = d_NodeOffsetPointXY(r);
    f = 1; const v1 = (m & 1) !== 0 ? d_NodeAttributeSetXY(r) : undefined;
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
    return { delta: v0, attributes: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N255[f]!, r.pos); }
}
function e_NodeXY(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.delta;
    const v1 = v.attributes;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 2 : 0) | (v1 !== undefined ? 1 : 0), 2);
    f = 0; if (v0 === undefined) throw missing();
      e_NodeOffsetPointXY(w, v0);
    f = 1;
    if (v1 !== undefined) {
      e_NodeAttributeSetXY(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N255[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N256[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N256[f]!); }
}

function d_PathHistoryPointList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 23, 5);
    r.need(n, 68);
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
    const x_ = r.bits(22);
    const ext = ((x_ >>> 21) & 1) === 1;
    const m = (x_ >>> 18) & 7;
    f = 0; const v0 = (-131072 + ((x_ >>> 0) & 262143));
    f = 1; const x1 = r.bits(30);
    f = 1; const v1 = (-131072 + ((x1 >>> 12) & 262143));
    f = 2; const v2 = (-2048 + ((x1 >>> 0) & 4095));
    f = 3; const v3 = r.constrained(1, 65535, 16);
    f = 4; const v4 = (m & 4) !== 0 ? r.bits(13) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? d_PositionalAccuracy(r) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? r.constrained(0, 240, 8) : undefined;
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
    return { latOffset: v0, lonOffset: v1, elevationOffset: v2, timeOffset: v3, speed: v4, posAccuracy: v5, heading: v6, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N257[f]!, r.pos); }
}
function e_PathHistoryPoint(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.latOffset;
    const v1 = v.lonOffset;
    const v2 = v.elevationOffset;
    const v3 = v.timeOffset;
    const v4 = v.speed;
    const v5 = v.posAccuracy;
    const v6 = v.heading;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= -131072 && v0 <= 131071 && Number.isInteger(v0))) throw rng(v0, -131072, 131071);
    f = -1;
    w.bits((((hasExt ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0))) * 262144 + (v0 - -131072), 22);
    f = 1;
    if (!(v1 >= -131072 && v1 <= 131071 && Number.isInteger(v1))) throw rng(v1, -131072, 131071);
    f = 2;
    if (!(v2 >= -2048 && v2 <= 2047 && Number.isInteger(v2))) throw rng(v2, -2048, 2047);
    w.bits(((v1 - -131072)) * 4096 + (v2 - -2048), 30);
    f = 3;
      if (!(v3 >= 1 && v3 <= 65535 && Number.isInteger(v3))) throw rng(v3, 1, 65535);
      w.bits(v3 - 1, 16);
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
      if (!(v6 >= 0 && v6 <= 240 && Number.isInteger(v6))) throw rng(v6, 0, 240);
      w.bits(v6, 8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N257[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N258[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N258[f]!); }
}

function d_Position3D$regional$5(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_Position3D(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_Position3D$regional$5(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 4)) throw badSize(n, 1, 4);
    w.bits(n - 1, 2);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RegionalExtension_Reg_Position3D(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_Position3D(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = r.constrained(-900000000, 900000001, 31);
    f = 1; const v1 = r.constrained(-1799999999, 1800000001, 32);
    f = 2; const v2 = (m & 2) !== 0 ? (-4096 + r.bits(16)) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? d_Position3D$regional$5(r) : undefined;
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
    return { lat: v0, long: v1, elevation: v2, regional: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N259[f]!, r.pos); }
}
function e_Position3D(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lat;
    const v1 = v.long;
    const v2 = v.elevation;
    const v3 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0), 3);
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
    f = 3;
    if (v3 !== undefined) {
      e_Position3D$regional$5(w, v3);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N259[f]!); }
}

function d_PositionalAccuracy(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(16);
    f = 0; const v0 = ((x0 >>> 8) & 255);
    f = 1; const v1 = ((x0 >>> 0) & 255);
    f = 2; const v2 = r.bits(16);
    return { semiMajor: v0, semiMinor: v1, orientation: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N260[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N260[f]!); }
}

function d_PositionConfidenceSet(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(8);
    f = 0; const v0 = EN271[((x0 >>> 4) & 15)];
    f = 1; const v1 = EN273[((x0 >>> 0) & 15)];
    return { pos: v0, elevation: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N261[f]!, r.pos); }
}
function e_PositionConfidenceSet(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.pos;
    const v1 = v.elevation;
    f = 0;
    const i_v0 = EI278(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = 1;
    const i_v1 = EI280(v1); if (i_v1 === undefined) throw badEnum(v1);
    w.bits((i_v0) * 16 + i_v1, 8);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N261[f]!); }
}

function d_PrivilegedEvents(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(6);
    const ext = ((x_ >>> 5) & 1) === 1;
    f = 0; const v0 = ((x_ >>> 0) & 31);
    f = 1; const v1 = { length: 16, bytes: r.bitBytes(16) };
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
    return { notUsed: v0, event: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N282[f]!, r.pos); }
}
function e_PrivilegedEvents(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.notUsed;
    const v1 = v.event;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 31 && Number.isInteger(v0))) throw rng(v0, 0, 31);
    f = -1;
    w.bits((((hasExt ? 1 : 0))) * 32 + v0, 6);
    f = 1;
      w.bitBytes(fixedBits(v1, 16), 16);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N282[f]!); }
}

function d_RegulatorySpeedLimit(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (r.bool() ? ((i: number) => EA285[i] ?? i)(r.normallySmall()) : enumIndex(r, EN284, 4));
    f = 1; const v1 = r.bits(13);
    return { type: v0, speed: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N283[f]!, r.pos); }
}
function e_RegulatorySpeedLimit(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.type;
    const v1 = v.speed;
    f = 0;
      { const i = EI286(v0);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ287(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
      if (!(v1 >= 0 && v1 <= 8191 && Number.isInteger(v1))) throw rng(v1, 0, 8191);
      w.bits(v1, 13);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N283[f]!); }
}

function d_RequestorType(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(5);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA290[i] ?? i)(r.normallySmall()) : enumIndex(r, EN289, 5));
    f = 1; const v1 = (m & 16) !== 0 ? EN291[r.bits(4)]! : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? EN292[r.bits(4)]! : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? r.constrained(0, 100, 7) : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA294[i] ?? i)(r.normallySmall()) : EN293[r.bits(4)]!) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { role: v0, subrole: v1, request: v2, iso3883: v3, hpmsType: v4, regional: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N288[f]!, r.pos); }
}
function e_RequestorType(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.role;
    const v1 = v.subrole;
    const v2 = v.request;
    const v3 = v.iso3883;
    const v4 = v.hpmsType;
    const v5 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 32 : 0) | (v1 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0), 6);
    f = 0;
      { const i = EI295(v0);
        if (i !== undefined) w.bits(i, 6);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ296(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
    if (v1 !== undefined) {
      { const i = EI297(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 4); }
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI298(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 4); }
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 100 && Number.isInteger(v3))) throw rng(v3, 0, 100);
      w.bits(v3, 7);
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI299(v4);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v4 === 'number' && Number.isInteger(v4) && v4 >= 0 ? v4 : EJ300(v4); if (j === undefined) throw badEnum(v4); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 5;
    if (v5 !== undefined) {
      e_RegionalExtension(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N288[f]!); }
}

function d_RoadSegmentReferenceID(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? r.bits(16) : undefined;
    f = 1; const v1 = r.bits(16);
    return { region: v0, id: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N301[f]!, r.pos); }
}
function e_RoadSegmentReferenceID(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N301[f]!); }
}

function d_RTCMheader(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = { length: 8, bytes: r.bitBytes(8) };
    f = 1; const v1 = d_AntennaOffsetSet(r);
    return { status: v0, offsetSet: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N302[f]!, r.pos); }
}
function e_RTCMheader(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.status;
    const v1 = v.offsetSet;
    f = 0;
      w.bitBytes(fixedBits(v0, 8), 8);
    f = 1; if (v1 === undefined) throw missing();
      e_AntennaOffsetSet(w, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N302[f]!); }
}

function d_RTCMmessageList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 5, 3);
    r.need(n, 0);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(decOctets(r, 1, 1023, false));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RTCMmessageList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 5)) throw badSize(n, 1, 5);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      encOctets(w, x, 1, 1023, false);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_SegmentAttributeXYList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 7);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push((r.bool() ? ((i: number) => EA304[i] ?? i)(r.normallySmall()) : enumIndex(r, EN303, 6)));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_SegmentAttributeXYList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      { const i = EI305(x);
        if (i !== undefined) w.bits(i, 7);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ307(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_SpeedandHeadingandThrottleConfidence(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(8);
    f = 0; const v0 = EN322[((x0 >>> 5) & 7)];
    f = 1; const v1 = EN324[((x0 >>> 2) & 7)];
    f = 2; const v2 = EN326[((x0 >>> 0) & 3)];
    return { heading: v0, speed: v1, throttle: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N308[f]!, r.pos); }
}
function e_SpeedandHeadingandThrottleConfidence(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.heading;
    const v1 = v.speed;
    const v2 = v.throttle;
    f = 0;
    const i_v0 = EI333(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = 1;
    const i_v1 = EI335(v1); if (i_v1 === undefined) throw badEnum(v1);
    f = 2;
    const i_v2 = EI337(v2); if (i_v2 === undefined) throw badEnum(v2);
    w.bits(((i_v0) * 8 + i_v1) * 4 + i_v2, 8);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N308[f]!); }
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

function d_TransmissionAndSpeed(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(16);
    f = 0; const v0 = EN345[((x0 >>> 13) & 7)];
    f = 1; const v1 = ((x0 >>> 0) & 8191);
    return { transmisson: v0, speed: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N339[f]!, r.pos); }
}
function e_TransmissionAndSpeed(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.transmisson;
    const v1 = v.speed;
    f = 0;
    const i_v0 = EI348(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = 1;
    if (!(v1 >= 0 && v1 <= 8191 && Number.isInteger(v1))) throw rng(v1, 0, 8191);
    w.bits((i_v0) * 8192 + v1, 16);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N339[f]!); }
}

function d_VehicleClassification(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(9);
    f = 0; const v0 = (m & 256) !== 0 ? r.bits(8) : undefined;
    f = 1; const v1 = (m & 128) !== 0 ? (r.bool() ? ((i: number) => EA352[i] ?? i)(r.normallySmall()) : enumIndex(r, EN351, 5)) : undefined;
    f = 2; const v2 = (m & 64) !== 0 ? r.constrained(0, 100, 7) : undefined;
    f = 3; const v3 = (m & 32) !== 0 ? (r.bool() ? ((i: number) => EA354[i] ?? i)(r.normallySmall()) : EN353[r.bits(4)]!) : undefined;
    f = 4; const v4 = (m & 16) !== 0 ? (r.bool() ? ((i: number) => EA356[i] ?? i)(r.normallySmall()) : enumIndex(r, EN355, 6)) : undefined;
    f = 5; const v5 = (m & 8) !== 0 ? (r.bool() ? ((i: number) => EA358[i] ?? i)(r.normallySmall()) : enumIndex(r, EN357, 7)) : undefined;
    f = 6; const v6 = (m & 4) !== 0 ? (r.bool() ? ((i: number) => EA360[i] ?? i)(r.normallySmall()) : enumIndex(r, EN359, 4)) : undefined;
    f = 7; const v7 = (m & 2) !== 0 ? r.bits(4) : undefined;
    f = 8; const v8 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { keyType: v0, role: v1, iso3883: v2, hpmsType: v3, vehicleType: v4, responseEquip: v5, responderType: v6, fuelType: v7, regional: v8, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N350[f]!, r.pos); }
}
function e_VehicleClassification(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.keyType;
    const v1 = v.role;
    const v2 = v.iso3883;
    const v3 = v.hpmsType;
    const v4 = v.vehicleType;
    const v5 = v.responseEquip;
    const v6 = v.responderType;
    const v7 = v.fuelType;
    const v8 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 512 : 0) | (v0 !== undefined ? 256 : 0) | (v1 !== undefined ? 128 : 0) | (v2 !== undefined ? 64 : 0) | (v3 !== undefined ? 32 : 0) | (v4 !== undefined ? 16 : 0) | (v5 !== undefined ? 8 : 0) | (v6 !== undefined ? 4 : 0) | (v7 !== undefined ? 2 : 0) | (v8 !== undefined ? 1 : 0), 10);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    }
    f = 1;
    if (v1 !== undefined) {
      { const i = EI361(v1);
        if (i !== undefined) w.bits(i, 6);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ362(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 100 && Number.isInteger(v2))) throw rng(v2, 0, 100);
      w.bits(v2, 7);
    }
    f = 3;
    if (v3 !== undefined) {
      { const i = EI363(v3);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v3 === 'number' && Number.isInteger(v3) && v3 >= 0 ? v3 : EJ364(v3); if (j === undefined) throw badEnum(v3); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI365(v4);
        if (i !== undefined) w.bits(i, 7);
        else { const j = typeof v4 === 'number' && Number.isInteger(v4) && v4 >= 0 ? v4 : EJ367(v4); if (j === undefined) throw badEnum(v4); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 5;
    if (v5 !== undefined) {
      { const i = EI368(v5);
        if (i !== undefined) w.bits(i, 8);
        else { const j = typeof v5 === 'number' && Number.isInteger(v5) && v5 >= 0 ? v5 : EJ370(v5); if (j === undefined) throw badEnum(v5); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 6;
    if (v6 !== undefined) {
      { const i = EI371(v6);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v6 === 'number' && Number.isInteger(v6) && v6 >= 0 ? v6 : EJ372(v6); if (j === undefined) throw badEnum(v6); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 7;
    if (v7 !== undefined) {
      if (!(v7 >= 0 && v7 <= 15 && Number.isInteger(v7))) throw rng(v7, 0, 15);
      w.bits(v7, 4);
    }
    f = 8;
    if (v8 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N350[f]!); }
}

function d_VehicleID(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { entityID: r.octets(4) };
      case 1: return { stationID: r.bits(32) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N373[f]!, r.pos); }
}
function e_VehicleID(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.entityID) !== undefined) {
      f = 0;
      w.bits(0, 1);
      w.octets(fixedOctets(x, 4));
      return;
    }
    if ((x = v.stationID) !== undefined) {
      f = 1;
      w.bits(1, 1);
      if (!(x >= 0 && x <= 4294967295 && Number.isInteger(x))) throw rng(x, 0, 4294967295);
      w.bits(x, 32);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N373[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N374[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N374[f]!); }
}

function d_VehicleSize(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(22);
    f = 0; const v0 = ((x0 >>> 12) & 1023);
    f = 1; const v1 = ((x0 >>> 0) & 4095);
    return { width: v0, length: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N375[f]!, r.pos); }
}
function e_VehicleSize(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.width;
    const v1 = v.length;
    f = 0;
    if (!(v0 >= 0 && v0 <= 1023 && Number.isInteger(v0))) throw rng(v0, 0, 1023);
    f = 1;
    if (!(v1 >= 0 && v1 <= 4095 && Number.isInteger(v1))) throw rng(v1, 0, 4095);
    w.bits((v0) * 4096 + v1, 22);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N375[f]!); }
}

function d_VerticalOffset(r: R): V {
  let f = -1;
  try {
    const i = r.bits(3);
    f = i;
    switch (i) {
      case 0: return { offset1: (-64 + r.bits(7)) };
      case 1: return { offset2: (-128 + r.bits(8)) };
      case 2: return { offset3: (-256 + r.bits(9)) };
      case 3: return { offset4: (-512 + r.bits(10)) };
      case 4: return { offset5: (-1024 + r.bits(11)) };
      case 5: return { offset6: (-2048 + r.bits(12)) };
      case 6: return { elevation: (-4096 + r.bits(16)) };
      case 7: return { regional: d_RegionalExtension(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N376[f]!, r.pos); }
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
    if ((x = v.regional) !== undefined) {
      f = 7;
      w.bits(7, 3);
      e_RegionalExtension(w, x);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N376[f]!); }
}

function d_WiperSet(r: R): V {
  let f = -1;
  try {
    const m = r.bits(2);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA379[i] ?? i)(r.normallySmall()) : enumIndex(r, EN378, 3));
    f = 1; const v1 = r.bits(7);
    f = 2; const v2 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA381[i] ?? i)(r.normallySmall()) : enumIndex(r, EN380, 3)) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? r.bits(7) : undefined;
    return { statusFront: v0, rateFront: v1, statusRear: v2, rateRear: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N377[f]!, r.pos); }
}
function e_WiperSet(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.statusFront;
    const v1 = v.rateFront;
    const v2 = v.statusRear;
    const v3 = v.rateRear;
    w.bits((v2 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0), 2);
    f = 0;
      { const i = EI382(v0);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ383(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
      if (!(v1 >= 0 && v1 <= 127 && Number.isInteger(v1))) throw rng(v1, 0, 127);
      w.bits(v1, 7);
    f = 2;
    if (v2 !== undefined) {
      { const i = EI384(v2);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v2 === 'number' && Number.isInteger(v2) && v2 >= 0 ? v2 : EJ385(v2); if (j === undefined) throw badEnum(v2); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 127 && Number.isInteger(v3))) throw rng(v3, 0, 127);
      w.bits(v3, 7);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N377[f]!); }
}

function d_Acceleration(r: R): V {
  return r.constrained(-2000, 2001, 12);
}
function e_Acceleration(w: W, v: V): void {
  if (!(v >= -2000 && v <= 2001 && Number.isInteger(v))) throw rng(v, -2000, 2001);
  w.bits(v - -2000, 12);
}

function d_AmbientAirPressure(r: R): V {
  return r.bits(8);
}
function e_AmbientAirPressure(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_AmbientAirTemperature(r: R): V {
  return r.constrained(0, 191, 8);
}
function e_AmbientAirTemperature(w: W, v: V): void {
  if (!(v >= 0 && v <= 191 && Number.isInteger(v))) throw rng(v, 0, 191);
  w.bits(v, 8);
}

function d_Angle(r: R): V {
  return r.constrained(0, 28800, 15);
}
function e_Angle(w: W, v: V): void {
  if (!(v >= 0 && v <= 28800 && Number.isInteger(v))) throw rng(v, 0, 28800);
  w.bits(v, 15);
}

function d_AntiLockBrakeStatus(r: R): V {
  return EN386[r.bits(2)]!;
}
function e_AntiLockBrakeStatus(w: W, v: V): void {
  { const i = EI387(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_ApproachID(r: R): V {
  return r.bits(4);
}
function e_ApproachID(w: W, v: V): void {
  if (!(v >= 0 && v <= 15 && Number.isInteger(v))) throw rng(v, 0, 15);
  w.bits(v, 4);
}

function d_AuxiliaryBrakeStatus(r: R): V {
  return EN388[r.bits(2)]!;
}
function e_AuxiliaryBrakeStatus(w: W, v: V): void {
  { const i = EI389(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_BasicVehicleClass(r: R): V {
  return r.bits(8);
}
function e_BasicVehicleClass(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_BasicVehicleRole(r: R): V {
  return (r.bool() ? ((i: number) => EA391[i] ?? i)(r.normallySmall()) : enumIndex(r, EN390, 5));
}
function e_BasicVehicleRole(w: W, v: V): void {
  { const i = EI392(v);
    if (i !== undefined) w.bits(i, 6);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ393(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_BrakeAppliedStatus(r: R): V {
  return { length: 5, bytes: r.bitBytes(5) };
}
function e_BrakeAppliedStatus(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 5), 5);
}

function d_BrakeBoostApplied(r: R): V {
  return enumIndex(r, EN394, 2);
}
function e_BrakeBoostApplied(w: W, v: V): void {
  { const i = EI395(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_BumperHeight(r: R): V {
  return r.bits(7);
}
function e_BumperHeight(w: W, v: V): void {
  if (!(v >= 0 && v <= 127 && Number.isInteger(v))) throw rng(v, 0, 127);
  w.bits(v, 7);
}

function d_CoarseHeading(r: R): V {
  return r.constrained(0, 240, 8);
}
function e_CoarseHeading(w: W, v: V): void {
  if (!(v >= 0 && v <= 240 && Number.isInteger(v))) throw rng(v, 0, 240);
  w.bits(v, 8);
}

function d_CodeWord(r: R): V {
  return decOctets(r, 1, 16, false);
}
function e_CodeWord(w: W, v: V): void {
  encOctets(w, v, 1, 16, false);
}

function d_CoefficientOfFriction(r: R): V {
  return r.constrained(0, 50, 6);
}
function e_CoefficientOfFriction(w: W, v: V): void {
  if (!(v >= 0 && v <= 50 && Number.isInteger(v))) throw rng(v, 0, 50);
  w.bits(v, 6);
}

function d_Confidence(r: R): V {
  return r.constrained(0, 200, 8);
}
function e_Confidence(w: W, v: V): void {
  if (!(v >= 0 && v <= 200 && Number.isInteger(v))) throw rng(v, 0, 200);
  w.bits(v, 8);
}

function d_Count(r: R): V {
  return r.constrained(0, 32, 6);
}
function e_Count(w: W, v: V): void {
  if (!(v >= 0 && v <= 32 && Number.isInteger(v))) throw rng(v, 0, 32);
  w.bits(v, 6);
}

function d_DDay(r: R): V {
  return r.bits(5);
}
function e_DDay(w: W, v: V): void {
  if (!(v >= 0 && v <= 31 && Number.isInteger(v))) throw rng(v, 0, 31);
  w.bits(v, 5);
}

function d_DeltaAngle(r: R): V {
  return r.constrained(-150, 150, 9);
}
function e_DeltaAngle(w: W, v: V): void {
  if (!(v >= -150 && v <= 150 && Number.isInteger(v))) throw rng(v, -150, 150);
  w.bits(v - -150, 9);
}

function d_DescriptiveName(r: R): V {
  return decChars(r, 1, 63, false, 7, null, null);
}
function e_DescriptiveName(w: W, v: V): void {
  encChars(w, v, 1, 63, false, 7, null, null);
}

function d_DHour(r: R): V {
  return r.bits(5);
}
function e_DHour(w: W, v: V): void {
  if (!(v >= 0 && v <= 31 && Number.isInteger(v))) throw rng(v, 0, 31);
  w.bits(v, 5);
}

function d_DMinute(r: R): V {
  return r.constrained(0, 60, 6);
}
function e_DMinute(w: W, v: V): void {
  if (!(v >= 0 && v <= 60 && Number.isInteger(v))) throw rng(v, 0, 60);
  w.bits(v, 6);
}

function d_DMonth(r: R): V {
  return r.constrained(0, 12, 4);
}
function e_DMonth(w: W, v: V): void {
  if (!(v >= 0 && v <= 12 && Number.isInteger(v))) throw rng(v, 0, 12);
  w.bits(v, 4);
}

function d_DOffset(r: R): V {
  return r.constrained(-840, 840, 11);
}
function e_DOffset(w: W, v: V): void {
  if (!(v >= -840 && v <= 840 && Number.isInteger(v))) throw rng(v, -840, 840);
  w.bits(v - -840, 11);
}

function d_DrivenLineOffsetLg(r: R): V {
  return r.constrained(-32767, 32767, 16);
}
function e_DrivenLineOffsetLg(w: W, v: V): void {
  if (!(v >= -32767 && v <= 32767 && Number.isInteger(v))) throw rng(v, -32767, 32767);
  w.bits(v - -32767, 16);
}

function d_DrivenLineOffsetSm(r: R): V {
  return r.constrained(-2047, 2047, 12);
}
function e_DrivenLineOffsetSm(w: W, v: V): void {
  if (!(v >= -2047 && v <= 2047 && Number.isInteger(v))) throw rng(v, -2047, 2047);
  w.bits(v - -2047, 12);
}

function d_DSecond(r: R): V {
  return r.bits(16);
}
function e_DSecond(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_Duration(r: R): V {
  return r.constrained(0, 3600, 12);
}
function e_Duration(w: W, v: V): void {
  if (!(v >= 0 && v <= 3600 && Number.isInteger(v))) throw rng(v, 0, 3600);
  w.bits(v, 12);
}

function d_DYear(r: R): V {
  return r.bits(12);
}
function e_DYear(w: W, v: V): void {
  if (!(v >= 0 && v <= 4095 && Number.isInteger(v))) throw rng(v, 0, 4095);
  w.bits(v, 12);
}

function d_ElevationConfidence(r: R): V {
  return EN396[r.bits(4)]!;
}
function e_ElevationConfidence(w: W, v: V): void {
  { const i = EI397(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_Elevation(r: R): V {
  return (-4096 + r.bits(16));
}
function e_Elevation(w: W, v: V): void {
  if (!(v >= -4096 && v <= 61439 && Number.isInteger(v))) throw rng(v, -4096, 61439);
  w.bits(v - -4096, 16);
}

function d_Extent(r: R): V {
  return EN398[r.bits(4)]!;
}
function e_Extent(w: W, v: V): void {
  { const i = EI399(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_ExteriorLights(r: R): V {
  return decBits(r, 9, 9, true);
}
function e_ExteriorLights(w: W, v: V): void {
  encBits(w, v, 9, 9, true);
}

function d_FuelType(r: R): V {
  return r.bits(4);
}
function e_FuelType(w: W, v: V): void {
  if (!(v >= 0 && v <= 15 && Number.isInteger(v))) throw rng(v, 0, 15);
  w.bits(v, 4);
}

function d_FurtherInfoID(r: R): V {
  return r.octets(2);
}
function e_FurtherInfoID(w: W, v: V): void {
  w.octets(fixedOctets(v, 2));
}

function d_GNSSstatus(r: R): V {
  return { length: 8, bytes: r.bitBytes(8) };
}
function e_GNSSstatus(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 8), 8);
}

function d_GrossSpeed(r: R): V {
  return r.bits(5);
}
function e_GrossSpeed(w: W, v: V): void {
  if (!(v >= 0 && v <= 31 && Number.isInteger(v))) throw rng(v, 0, 31);
  w.bits(v, 5);
}

function d_HeadingConfidence(r: R): V {
  return EN400[r.bits(3)]!;
}
function e_HeadingConfidence(w: W, v: V): void {
  { const i = EI401(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_Heading(r: R): V {
  return r.constrained(0, 28800, 15);
}
function e_Heading(w: W, v: V): void {
  if (!(v >= 0 && v <= 28800 && Number.isInteger(v))) throw rng(v, 0, 28800);
  w.bits(v, 15);
}

function d_HeadingSlice(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_HeadingSlice(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_IntersectionID(r: R): V {
  return r.bits(16);
}
function e_IntersectionID(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_Iso3833VehicleType(r: R): V {
  return r.constrained(0, 100, 7);
}
function e_Iso3833VehicleType(w: W, v: V): void {
  if (!(v >= 0 && v <= 100 && Number.isInteger(v))) throw rng(v, 0, 100);
  w.bits(v, 7);
}

function d_TrailerWeight(r: R): V {
  return r.constrained(0, 64255, 16);
}
function e_TrailerWeight(w: W, v: V): void {
  if (!(v >= 0 && v <= 64255 && Number.isInteger(v))) throw rng(v, 0, 64255);
  w.bits(v, 16);
}

function d_LaneConnectionID(r: R): V {
  return r.bits(8);
}
function e_LaneConnectionID(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
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

function d_Latitude(r: R): V {
  return r.constrained(-900000000, 900000001, 31);
}
function e_Latitude(w: W, v: V): void {
  if (!(v >= -900000000 && v <= 900000001 && Number.isInteger(v))) throw rng(v, -900000000, 900000001);
  w.bits(v - -900000000, 31);
}

function d_LightbarInUse(r: R): V {
  return EN402[r.bits(3)]!;
}
function e_LightbarInUse(w: W, v: V): void {
  { const i = EI403(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_Longitude(r: R): V {
  return r.constrained(-1799999999, 1800000001, 32);
}
function e_Longitude(w: W, v: V): void {
  if (!(v >= -1799999999 && v <= 1800000001 && Number.isInteger(v))) throw rng(v, -1799999999, 1800000001);
  w.bits(v - -1799999999, 32);
}

function d_Location_quality(r: R): V {
  return EN404[r.bits(3)]!;
}
function e_Location_quality(w: W, v: V): void {
  { const i = EI405(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_Location_tech(r: R): V {
  return (r.bool() ? ((i: number) => EA407[i] ?? i)(r.normallySmall()) : enumIndex(r, EN406, 4));
}
function e_Location_tech(w: W, v: V): void {
  { const i = EI408(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ409(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_MergeDivergeNodeAngle(r: R): V {
  return r.constrained(-180, 180, 9);
}
function e_MergeDivergeNodeAngle(w: W, v: V): void {
  if (!(v >= -180 && v <= 180 && Number.isInteger(v))) throw rng(v, -180, 180);
  w.bits(v - -180, 9);
}

function d_MessageBLOB(r: R): V {
  return decOctets(r, 10, 2000, false);
}
function e_MessageBLOB(w: W, v: V): void {
  encOctets(w, v, 10, 2000, false);
}

function d_MinuteOfTheYear(r: R): V {
  return r.constrained(0, 527040, 20);
}
function e_MinuteOfTheYear(w: W, v: V): void {
  if (!(v >= 0 && v <= 527040 && Number.isInteger(v))) throw rng(v, 0, 527040);
  w.bits(v, 20);
}

function d_MsgCount(r: R): V {
  return r.bits(7);
}
function e_MsgCount(w: W, v: V): void {
  if (!(v >= 0 && v <= 127 && Number.isInteger(v))) throw rng(v, 0, 127);
  w.bits(v, 7);
}

function d_MultiVehicleResponse(r: R): V {
  return EN410[r.bits(2)]!;
}
function e_MultiVehicleResponse(w: W, v: V): void {
  { const i = EI411(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_NodeAttributeXY(r: R): V {
  return (r.bool() ? ((i: number) => EA413[i] ?? i)(r.normallySmall()) : enumIndex(r, EN412, 4));
}
function e_NodeAttributeXY(w: W, v: V): void {
  { const i = EI414(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ415(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_ObstacleDistance(r: R): V {
  return r.bits(15);
}
function e_ObstacleDistance(w: W, v: V): void {
  if (!(v >= 0 && v <= 32767 && Number.isInteger(v))) throw rng(v, 0, 32767);
  w.bits(v, 15);
}

function d_Offset_B09(r: R): V {
  return (-256 + r.bits(9));
}
function e_Offset_B09(w: W, v: V): void {
  if (!(v >= -256 && v <= 255 && Number.isInteger(v))) throw rng(v, -256, 255);
  w.bits(v - -256, 9);
}

function d_Offset_B10(r: R): V {
  return (-512 + r.bits(10));
}
function e_Offset_B10(w: W, v: V): void {
  if (!(v >= -512 && v <= 511 && Number.isInteger(v))) throw rng(v, -512, 511);
  w.bits(v - -512, 10);
}

function d_Offset_B11(r: R): V {
  return (-1024 + r.bits(11));
}
function e_Offset_B11(w: W, v: V): void {
  if (!(v >= -1024 && v <= 1023 && Number.isInteger(v))) throw rng(v, -1024, 1023);
  w.bits(v - -1024, 11);
}

function d_Offset_B12(r: R): V {
  return (-2048 + r.bits(12));
}
function e_Offset_B12(w: W, v: V): void {
  if (!(v >= -2048 && v <= 2047 && Number.isInteger(v))) throw rng(v, -2048, 2047);
  w.bits(v - -2048, 12);
}

function d_Offset_B13(r: R): V {
  return (-4096 + r.bits(13));
}
function e_Offset_B13(w: W, v: V): void {
  if (!(v >= -4096 && v <= 4095 && Number.isInteger(v))) throw rng(v, -4096, 4095);
  w.bits(v - -4096, 13);
}

function d_Offset_B14(r: R): V {
  return (-8192 + r.bits(14));
}
function e_Offset_B14(w: W, v: V): void {
  if (!(v >= -8192 && v <= 8191 && Number.isInteger(v))) throw rng(v, -8192, 8191);
  w.bits(v - -8192, 14);
}

function d_Offset_B16(r: R): V {
  return (-32768 + r.bits(16));
}
function e_Offset_B16(w: W, v: V): void {
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

function d_PayloadData(r: R): V {
  return decOctets(r, 1, 2048, false);
}
function e_PayloadData(w: W, v: V): void {
  encOctets(w, v, 1, 2048, false);
}

function d_PositionConfidence(r: R): V {
  return EN416[r.bits(4)]!;
}
function e_PositionConfidence(w: W, v: V): void {
  { const i = EI417(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_PrioritizationResponseStatus(r: R): V {
  return (r.bool() ? ((i: number) => EA419[i] ?? i)(r.normallySmall()) : EN418[r.bits(3)]!);
}
function e_PrioritizationResponseStatus(w: W, v: V): void {
  { const i = EI420(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ421(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_Priority(r: R): V {
  return r.octets(1);
}
function e_Priority(w: W, v: V): void {
  w.octets(fixedOctets(v, 1));
}

function d_PrivilegedEventFlags(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_PrivilegedEventFlags(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_RadiusOfCurvature(r: R): V {
  return r.constrained(-32767, 32767, 16);
}
function e_RadiusOfCurvature(w: W, v: V): void {
  if (!(v >= -32767 && v <= 32767 && Number.isInteger(v))) throw rng(v, -32767, 32767);
  w.bits(v - -32767, 16);
}

function d_RegionId(r: R): V {
  return r.bits(8);
}
function e_RegionId(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_RequestID(r: R): V {
  return r.bits(8);
}
function e_RequestID(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_RequestImportanceLevel(r: R): V {
  return EN422[r.bits(4)]!;
}
function e_RequestImportanceLevel(w: W, v: V): void {
  { const i = EI423(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_RequestSubRole(r: R): V {
  return EN424[r.bits(4)]!;
}
function e_RequestSubRole(w: W, v: V): void {
  { const i = EI425(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_ResponseType(r: R): V {
  return (r.bool() ? ((i: number) => EA427[i] ?? i)(r.normallySmall()) : enumIndex(r, EN426, 3));
}
function e_ResponseType(w: W, v: V): void {
  { const i = EI428(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ429(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_RestrictionClassID(r: R): V {
  return r.bits(8);
}
function e_RestrictionClassID(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_RoadRegulatorID(r: R): V {
  return r.bits(16);
}
function e_RoadRegulatorID(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_RoadSegmentID(r: R): V {
  return r.bits(16);
}
function e_RoadSegmentID(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_RoadwayCrownAngle(r: R): V {
  return (-128 + r.bits(8));
}
function e_RoadwayCrownAngle(w: W, v: V): void {
  if (!(v >= -128 && v <= 127 && Number.isInteger(v))) throw rng(v, -128, 127);
  w.bits(v - -128, 8);
}

function d_RTCMmessage(r: R): V {
  return decOctets(r, 1, 1023, false);
}
function e_RTCMmessage(w: W, v: V): void {
  encOctets(w, v, 1, 1023, false);
}

function d_Scale_B12(r: R): V {
  return (-2048 + r.bits(12));
}
function e_Scale_B12(w: W, v: V): void {
  if (!(v >= -2048 && v <= 2047 && Number.isInteger(v))) throw rng(v, -2048, 2047);
  w.bits(v - -2048, 12);
}

function d_SegmentAttributeXY(r: R): V {
  return (r.bool() ? ((i: number) => EA431[i] ?? i)(r.normallySmall()) : enumIndex(r, EN430, 6));
}
function e_SegmentAttributeXY(w: W, v: V): void {
  { const i = EI432(v);
    if (i !== undefined) w.bits(i, 7);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ434(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_SemiMajorAxisAccuracy(r: R): V {
  return r.bits(8);
}
function e_SemiMajorAxisAccuracy(w: W, v: V): void {
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

function d_SemiMinorAxisAccuracy(r: R): V {
  return r.bits(8);
}
function e_SemiMinorAxisAccuracy(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_SignalGroupID(r: R): V {
  return r.bits(8);
}
function e_SignalGroupID(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_SignalReqScheme(r: R): V {
  return r.octets(1);
}
function e_SignalReqScheme(w: W, v: V): void {
  w.octets(fixedOctets(v, 1));
}

function d_SirenInUse(r: R): V {
  return EN435[r.bits(2)]!;
}
function e_SirenInUse(w: W, v: V): void {
  { const i = EI436(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_SpeedConfidence(r: R): V {
  return EN437[r.bits(3)]!;
}
function e_SpeedConfidence(w: W, v: V): void {
  { const i = EI438(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_SpeedLimitType(r: R): V {
  return (r.bool() ? ((i: number) => EA440[i] ?? i)(r.normallySmall()) : enumIndex(r, EN439, 4));
}
function e_SpeedLimitType(w: W, v: V): void {
  { const i = EI441(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ442(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_Speed(r: R): V {
  return r.bits(13);
}
function e_Speed(w: W, v: V): void {
  if (!(v >= 0 && v <= 8191 && Number.isInteger(v))) throw rng(v, 0, 8191);
  w.bits(v, 13);
}

function d_SSPindex(r: R): V {
  return r.bits(5);
}
function e_SSPindex(w: W, v: V): void {
  if (!(v >= 0 && v <= 31 && Number.isInteger(v))) throw rng(v, 0, 31);
  w.bits(v, 5);
}

function d_StabilityControlStatus(r: R): V {
  return EN443[r.bits(2)]!;
}
function e_StabilityControlStatus(w: W, v: V): void {
  { const i = EI444(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_StationID(r: R): V {
  return r.bits(32);
}
function e_StationID(w: W, v: V): void {
  if (!(v >= 0 && v <= 4294967295 && Number.isInteger(v))) throw rng(v, 0, 4294967295);
  w.bits(v, 32);
}

function d_SteeringWheelAngle(r: R): V {
  return r.constrained(-126, 127, 8);
}
function e_SteeringWheelAngle(w: W, v: V): void {
  if (!(v >= -126 && v <= 127 && Number.isInteger(v))) throw rng(v, -126, 127);
  w.bits(v - -126, 8);
}

function d_TemporaryID(r: R): V {
  return r.octets(4);
}
function e_TemporaryID(w: W, v: V): void {
  w.octets(fixedOctets(v, 4));
}

function d_ThrottleConfidence(r: R): V {
  return EN445[r.bits(2)]!;
}
function e_ThrottleConfidence(w: W, v: V): void {
  { const i = EI446(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_TimeConfidence(r: R): V {
  return enumIndex(r, EN447, 6);
}
function e_TimeConfidence(w: W, v: V): void {
  { const i = EI448(v); if (i === undefined) throw badEnum(v); w.bits(i, 6); }
}

function d_TimeOffset(r: R): V {
  return r.constrained(1, 65535, 16);
}
function e_TimeOffset(w: W, v: V): void {
  if (!(v >= 1 && v <= 65535 && Number.isInteger(v))) throw rng(v, 1, 65535);
  w.bits(v - 1, 16);
}

function d_TractionControlStatus(r: R): V {
  return EN450[r.bits(2)]!;
}
function e_TractionControlStatus(w: W, v: V): void {
  { const i = EI451(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_TransitStatus(r: R): V {
  return { length: 6, bytes: r.bitBytes(6) };
}
function e_TransitStatus(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 6), 6);
}

function d_TransmissionState(r: R): V {
  return EN452[r.bits(3)]!;
}
function e_TransmissionState(w: W, v: V): void {
  { const i = EI453(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_URL_Link(r: R): V {
  return decChars(r, 1, 255, false, 7, null, null);
}
function e_URL_Link(w: W, v: V): void {
  encChars(w, v, 1, 255, false, 7, null, null);
}

function d_VehicleEventFlags(r: R): V {
  return decBits(r, 13, 13, true);
}
function e_VehicleEventFlags(w: W, v: V): void {
  encBits(w, v, 13, 13, true);
}

function d_VehicleHeight(r: R): V {
  return r.bits(7);
}
function e_VehicleHeight(w: W, v: V): void {
  if (!(v >= 0 && v <= 127 && Number.isInteger(v))) throw rng(v, 0, 127);
  w.bits(v, 7);
}

function d_VehicleLength(r: R): V {
  return r.bits(12);
}
function e_VehicleLength(w: W, v: V): void {
  if (!(v >= 0 && v <= 4095 && Number.isInteger(v))) throw rng(v, 0, 4095);
  w.bits(v, 12);
}

function d_VehicleMass(r: R): V {
  return r.bits(8);
}
function e_VehicleMass(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_VehicleType(r: R): V {
  return (r.bool() ? ((i: number) => EA455[i] ?? i)(r.normallySmall()) : EN454[r.bits(4)]!);
}
function e_VehicleType(w: W, v: V): void {
  { const i = EI456(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ457(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_VehicleWidth(r: R): V {
  return r.bits(10);
}
function e_VehicleWidth(w: W, v: V): void {
  if (!(v >= 0 && v <= 1023 && Number.isInteger(v))) throw rng(v, 0, 1023);
  w.bits(v, 10);
}

function d_Velocity(r: R): V {
  return r.bits(13);
}
function e_Velocity(w: W, v: V): void {
  if (!(v >= 0 && v <= 8191 && Number.isInteger(v))) throw rng(v, 0, 8191);
  w.bits(v, 13);
}

function d_VerticalAccelerationThreshold(r: R): V {
  return { length: 5, bytes: r.bitBytes(5) };
}
function e_VerticalAccelerationThreshold(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 5), 5);
}

function d_VerticalAcceleration(r: R): V {
  return r.constrained(-127, 127, 8);
}
function e_VerticalAcceleration(w: W, v: V): void {
  if (!(v >= -127 && v <= 127 && Number.isInteger(v))) throw rng(v, -127, 127);
  w.bits(v - -127, 8);
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

function d_WiperRate(r: R): V {
  return r.bits(7);
}
function e_WiperRate(w: W, v: V): void {
  if (!(v >= 0 && v <= 127 && Number.isInteger(v))) throw rng(v, 0, 127);
  w.bits(v, 7);
}

function d_WiperStatus(r: R): V {
  return (r.bool() ? ((i: number) => EA459[i] ?? i)(r.normallySmall()) : enumIndex(r, EN458, 3));
}
function e_WiperStatus(w: W, v: V): void {
  { const i = EI460(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ461(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_YawRate(r: R): V {
  return r.constrained(-32767, 32767, 16);
}
function e_YawRate(w: W, v: V): void {
  if (!(v >= -32767 && v <= 32767 && Number.isInteger(v))) throw rng(v, -32767, 32767);
  w.bits(v - -32767, 16);
}

function d_CommonSafetyRequest(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = (m & 8) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = (m & 4) !== 0 ? r.bits(7) : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? r.octets(4) : undefined;
    f = 3; const v3 = d_RequestedItemList(r);
    f = 4; const v4 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { timeStamp: v0, msgCnt: v1, id: v2, requests: v3, regional: v4, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N462[f]!, r.pos); }
}
function e_CommonSafetyRequest(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.timeStamp;
    const v1 = v.msgCnt;
    const v2 = v.id;
    const v3 = v.requests;
    const v4 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 16 : 0) | (v0 !== undefined ? 8 : 0) | (v1 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 5);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 527040 && Number.isInteger(v0))) throw rng(v0, 0, 527040);
      w.bits(v0, 20);
    }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 127 && Number.isInteger(v1))) throw rng(v1, 0, 127);
      w.bits(v1, 7);
    }
    f = 2;
    if (v2 !== undefined) {
      w.octets(fixedOctets(v2, 4));
    }
    f = 3; if (v3 === undefined) throw missing();
      e_RequestedItemList(w, v3);
    f = 4;
    if (v4 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v4);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N462[f]!); }
}

function d_RequestedItemList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 6);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push((r.bool() ? ((i: number) => EA464[i] ?? i)(r.normallySmall()) : enumIndex(r, EN463, 5)));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RequestedItemList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      { const i = EI465(x);
        if (i !== undefined) w.bits(i, 6);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ466(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RequestedItem(r: R): V {
  return (r.bool() ? ((i: number) => EA468[i] ?? i)(r.normallySmall()) : enumIndex(r, EN467, 5));
}
function e_RequestedItem(w: W, v: V): void {
  { const i = EI469(v);
    if (i !== undefined) w.bits(i, 6);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ470(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_EmergencyVehicleAlert(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(10);
    f = 0; const v0 = (m & 512) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = (m & 256) !== 0 ? r.octets(4) : undefined;
    f = 2; const v2 = d_RoadSideAlert(r);
    f = 3; const v3 = (m & 128) !== 0 ? (r.bool() ? ((i: number) => EA473[i] ?? i)(r.normallySmall()) : enumIndex(r, EN472, 3)) : undefined;
    f = 4; const v4 = (m & 64) !== 0 ? d_EmergencyDetails(r) : undefined;
    f = 5; const v5 = (m & 32) !== 0 ? r.bits(8) : undefined;
    f = 6; const v6 = (m & 16) !== 0 ? (r.bool() ? ((i: number) => EA475[i] ?? i)(r.normallySmall()) : EN474[r.bits(4)]!) : undefined;
    f = 7; const v7 = (m & 8) !== 0 ? (r.bool() ? ((i: number) => EA477[i] ?? i)(r.normallySmall()) : enumIndex(r, EN476, 6)) : undefined;
    f = 8; const v8 = (m & 4) !== 0 ? (r.bool() ? ((i: number) => EA479[i] ?? i)(r.normallySmall()) : enumIndex(r, EN478, 7)) : undefined;
    f = 9; const v9 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA481[i] ?? i)(r.normallySmall()) : enumIndex(r, EN480, 4)) : undefined;
    f = 10; const v10 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { timeStamp: v0, id: v1, rsaMsg: v2, responseType: v3, details: v4, mass: v5, basicType: v6, vehicleType: v7, responseEquip: v8, responderType: v9, regional: v10, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N471[f]!, r.pos); }
}
function e_EmergencyVehicleAlert(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.timeStamp;
    const v1 = v.id;
    const v2 = v.rsaMsg;
    const v3 = v.responseType;
    const v4 = v.details;
    const v5 = v.mass;
    const v6 = v.basicType;
    const v7 = v.vehicleType;
    const v8 = v.responseEquip;
    const v9 = v.responderType;
    const v10 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1024 : 0) | (v0 !== undefined ? 512 : 0) | (v1 !== undefined ? 256 : 0) | (v3 !== undefined ? 128 : 0) | (v4 !== undefined ? 64 : 0) | (v5 !== undefined ? 32 : 0) | (v6 !== undefined ? 16 : 0) | (v7 !== undefined ? 8 : 0) | (v8 !== undefined ? 4 : 0) | (v9 !== undefined ? 2 : 0) | (v10 !== undefined ? 1 : 0), 11);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 527040 && Number.isInteger(v0))) throw rng(v0, 0, 527040);
      w.bits(v0, 20);
    }
    f = 1;
    if (v1 !== undefined) {
      w.octets(fixedOctets(v1, 4));
    }
    f = 2; if (v2 === undefined) throw missing();
      e_RoadSideAlert(w, v2);
    f = 3;
    if (v3 !== undefined) {
      { const i = EI482(v3);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v3 === 'number' && Number.isInteger(v3) && v3 >= 0 ? v3 : EJ483(v3); if (j === undefined) throw badEnum(v3); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 4;
    if (v4 !== undefined) {
      e_EmergencyDetails(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 255 && Number.isInteger(v5))) throw rng(v5, 0, 255);
      w.bits(v5, 8);
    }
    f = 6;
    if (v6 !== undefined) {
      { const i = EI484(v6);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v6 === 'number' && Number.isInteger(v6) && v6 >= 0 ? v6 : EJ485(v6); if (j === undefined) throw badEnum(v6); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 7;
    if (v7 !== undefined) {
      { const i = EI486(v7);
        if (i !== undefined) w.bits(i, 7);
        else { const j = typeof v7 === 'number' && Number.isInteger(v7) && v7 >= 0 ? v7 : EJ488(v7); if (j === undefined) throw badEnum(v7); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 8;
    if (v8 !== undefined) {
      { const i = EI489(v8);
        if (i !== undefined) w.bits(i, 8);
        else { const j = typeof v8 === 'number' && Number.isInteger(v8) && v8 >= 0 ? v8 : EJ491(v8); if (j === undefined) throw badEnum(v8); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 9;
    if (v9 !== undefined) {
      { const i = EI492(v9);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v9 === 'number' && Number.isInteger(v9) && v9 >= 0 ? v9 : EJ493(v9); if (j === undefined) throw badEnum(v9); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 10;
    if (v10 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v10);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N471[f]!); }
}

function d_GenericLocations(r: R): V {
  return (r.bool() ? ((i: number) => EA495[i] ?? i)(r.normallySmall()) : enumIndex(r, EN494, 7));
}
function e_GenericLocations(w: W, v: V): void {
  { const i = EI496(v);
    if (i !== undefined) w.bits(i, 8);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ498(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_IncidentResponseEquipment(r: R): V {
  return (r.bool() ? ((i: number) => EA500[i] ?? i)(r.normallySmall()) : enumIndex(r, EN499, 7));
}
function e_IncidentResponseEquipment(w: W, v: V): void {
  { const i = EI501(v);
    if (i !== undefined) w.bits(i, 8);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ503(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_ITIStext(r: R): V {
  return decChars(r, 1, 500, false, 7, null, null);
}
function e_ITIStext(w: W, v: V): void {
  encChars(w, v, 1, 500, false, 7, null, null);
}

function d_ResponderGroupAffected(r: R): V {
  return (r.bool() ? ((i: number) => EA505[i] ?? i)(r.normallySmall()) : enumIndex(r, EN504, 4));
}
function e_ResponderGroupAffected(w: W, v: V): void {
  { const i = EI506(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ507(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_VehicleGroupAffected(r: R): V {
  return (r.bool() ? ((i: number) => EA509[i] ?? i)(r.normallySmall()) : enumIndex(r, EN508, 6));
}
function e_VehicleGroupAffected(w: W, v: V): void {
  { const i = EI510(v);
    if (i !== undefined) w.bits(i, 7);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ512(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_ITIScodesAndText$item$item$7(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { itis: r.bits(16) };
      case 1: return { text: decChars(r, 1, 500, false, 7, null, null) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N514[f]!, r.pos); }
}
function e_ITIScodesAndText$item$item$7(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.itis) !== undefined) {
      f = 0;
      w.bits(0, 1);
      if (!(x >= 0 && x <= 65535 && Number.isInteger(x))) throw rng(x, 0, 65535);
      w.bits(x, 16);
      return;
    }
    if ((x = v.text) !== undefined) {
      f = 1;
      w.bits(1, 1);
      encChars(w, x, 1, 500, false, 7, null, null);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N514[f]!); }
}

function d_ITIScodesAndText$item$6(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = d_ITIScodesAndText$item$item$7(r);
    return { item: v0 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N513[f]!, r.pos); }
}
function e_ITIScodesAndText$item$6(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.item;
    f = 0; if (v0 === undefined) throw missing();
      e_ITIScodesAndText$item$item$7(w, v0);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N513[f]!); }
}

function d_ITIScodesAndText(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 100, 7);
    r.need(n, 1);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ITIScodesAndText$item$6(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ITIScodesAndText(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 100)) throw badSize(n, 1, 100);
    w.bits(n - 1, 7);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_ITIScodesAndText$item$6(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_ITIScodes(r: R): V {
  return r.bits(16);
}
function e_ITIScodes(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_IntersectionCollision(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(13);
    const ext = ((x_ >>> 12) & 1) === 1;
    const m = (x_ >>> 7) & 31;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = r.octets(4);
    f = 2; const v2 = (m & 16) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? d_BSMcoreData(r) : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? d_PathHistory(r) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? d_PathPrediction(r) : undefined;
    f = 6; const v6 = d_IntersectionReferenceID(r);
    f = 7; const v7 = d_ApproachOrLane(r);
    f = 8; const v8 = decBits(r, 13, 13, true);
    f = 9; const v9 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { msgCnt: v0, id: v1, timeStamp: v2, partOne: v3, path: v4, pathPrediction: v5, intersectionID: v6, laneNumber: v7, eventFlag: v8, regional: v9, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N515[f]!, r.pos); }
}
function e_IntersectionCollision(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.msgCnt;
    const v1 = v.id;
    const v2 = v.timeStamp;
    const v3 = v.partOne;
    const v4 = v.path;
    const v5 = v.pathPrediction;
    const v6 = v.intersectionID;
    const v7 = v.laneNumber;
    const v8 = v.eventFlag;
    const v9 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = -1;
    w.bits((((hasExt ? 32 : 0) | (v2 !== undefined ? 16 : 0) | (v3 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v9 !== undefined ? 1 : 0))) * 128 + v0, 13);
    f = 1;
      w.octets(fixedOctets(v1, 4));
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 527040 && Number.isInteger(v2))) throw rng(v2, 0, 527040);
      w.bits(v2, 20);
    }
    f = 3;
    if (v3 !== undefined) {
      e_BSMcoreData(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      e_PathHistory(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      e_PathPrediction(w, v5);
    }
    f = 6; if (v6 === undefined) throw missing();
      e_IntersectionReferenceID(w, v6);
    f = 7; if (v7 === undefined) throw missing();
      e_ApproachOrLane(w, v7);
    f = 8;
      encBits(w, v8, 13, 13, true);
    f = 9;
    if (v9 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v9);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N515[f]!); }
}

function d_ApproachOrLane(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { approach: r.bits(4) };
      case 1: return { lane: r.bits(8) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N516[f]!, r.pos); }
}
function e_ApproachOrLane(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.approach) !== undefined) {
      f = 0;
      w.bits(0, 1);
      if (!(x >= 0 && x <= 15 && Number.isInteger(x))) throw rng(x, 0, 15);
      w.bits(x, 4);
      return;
    }
    if ((x = v.lane) !== undefined) {
      f = 1;
      w.bits(1, 1);
      if (!(x >= 0 && x <= 255 && Number.isInteger(x))) throw rng(x, 0, 255);
      w.bits(x, 8);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N516[f]!); }
}

function d_MapData$regional$8(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_MapData(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_MapData$regional$8(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 4)) throw badSize(n, 1, 4);
    w.bits(n - 1, 2);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RegionalExtension_Reg_MapData(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_MapData(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(8);
    f = 0; const v0 = (m & 128) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = r.bits(7);
    f = 2; const v2 = (m & 64) !== 0 ? (r.bool() ? ((i: number) => EA519[i] ?? i)(r.normallySmall()) : EN518[r.bits(3)]!) : undefined;
    f = 3; const v3 = (m & 32) !== 0 ? r.constrained(0, 100, 7) : undefined;
    f = 4; const v4 = (m & 16) !== 0 ? d_IntersectionGeometryList(r) : undefined;
    f = 5; const v5 = (m & 8) !== 0 ? d_RoadSegmentList(r) : undefined;
    f = 6; const v6 = (m & 4) !== 0 ? d_DataParameters(r) : undefined;
    f = 7; const v7 = (m & 2) !== 0 ? d_RestrictionClassList(r) : undefined;
    f = 8; const v8 = (m & 1) !== 0 ? d_MapData$regional$8(r) : undefined;
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
    return { timeStamp: v0, msgIssueRevision: v1, layerType: v2, layerID: v3, intersections: v4, roadSegments: v5, dataParameters: v6, restrictionList: v7, regional: v8, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N517[f]!, r.pos); }
}
function e_MapData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.timeStamp;
    const v1 = v.msgIssueRevision;
    const v2 = v.layerType;
    const v3 = v.layerID;
    const v4 = v.intersections;
    const v5 = v.roadSegments;
    const v6 = v.dataParameters;
    const v7 = v.restrictionList;
    const v8 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 256 : 0) | (v0 !== undefined ? 128 : 0) | (v2 !== undefined ? 64 : 0) | (v3 !== undefined ? 32 : 0) | (v4 !== undefined ? 16 : 0) | (v5 !== undefined ? 8 : 0) | (v6 !== undefined ? 4 : 0) | (v7 !== undefined ? 2 : 0) | (v8 !== undefined ? 1 : 0), 9);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 527040 && Number.isInteger(v0))) throw rng(v0, 0, 527040);
      w.bits(v0, 20);
    }
    f = 1;
      if (!(v1 >= 0 && v1 <= 127 && Number.isInteger(v1))) throw rng(v1, 0, 127);
      w.bits(v1, 7);
    f = 2;
    if (v2 !== undefined) {
      { const i = EI520(v2);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v2 === 'number' && Number.isInteger(v2) && v2 >= 0 ? v2 : EJ521(v2); if (j === undefined) throw badEnum(v2); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 100 && Number.isInteger(v3))) throw rng(v3, 0, 100);
      w.bits(v3, 7);
    }
    f = 4;
    if (v4 !== undefined) {
      e_IntersectionGeometryList(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      e_RoadSegmentList(w, v5);
    }
    f = 6;
    if (v6 !== undefined) {
      e_DataParameters(w, v6);
    }
    f = 7;
    if (v7 !== undefined) {
      e_RestrictionClassList(w, v7);
    }
    f = 8;
    if (v8 !== undefined) {
      e_MapData$regional$8(w, v8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N517[f]!); }
}

function d_ConnectingLane(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(9);
    const m = (x_ >>> 8) & 1;
    f = 0; const v0 = ((x_ >>> 0) & 255);
    f = 1; const v1 = (m & 1) !== 0 ? { length: 12, bytes: r.bitBytes(12) } : undefined;
    return { lane: v0, maneuver: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N522[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N522[f]!); }
}

function d_Connection(r: R): V {
  let f = -1;
  try {
    const m = r.bits(4);
    f = 0; const v0 = d_ConnectingLane(r);
    f = 1; const v1 = (m & 8) !== 0 ? d_IntersectionReferenceID(r) : undefined;
    f = 2; const v2 = (m & 4) !== 0 ? r.bits(8) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? r.bits(8) : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? r.bits(8) : undefined;
    return { connectingLane: v0, remoteIntersection: v1, signalGroup: v2, userClass: v3, connectionID: v4 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N523[f]!, r.pos); }
}
function e_Connection(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.connectingLane;
    const v1 = v.remoteIntersection;
    const v2 = v.signalGroup;
    const v3 = v.userClass;
    const v4 = v.connectionID;
    w.bits((v1 !== undefined ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 4);
    f = 0; if (v0 === undefined) throw missing();
      e_ConnectingLane(w, v0);
    f = 1;
    if (v1 !== undefined) {
      e_IntersectionReferenceID(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 255 && Number.isInteger(v2))) throw rng(v2, 0, 255);
      w.bits(v2, 8);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 255 && Number.isInteger(v3))) throw rng(v3, 0, 255);
      w.bits(v3, 8);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 255 && Number.isInteger(v4))) throw rng(v4, 0, 255);
      w.bits(v4, 8);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N523[f]!); }
}

function d_ConnectsToList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 13);
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

function d_DataParameters(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = (m & 8) !== 0 ? decChars(r, 1, 255, false, 7, null, null) : undefined;
    f = 1; const v1 = (m & 4) !== 0 ? decChars(r, 1, 255, false, 7, null, null) : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? decChars(r, 1, 255, false, 7, null, null) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? decChars(r, 1, 255, false, 7, null, null) : undefined;
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
    return { processMethod: v0, processAgency: v1, lastCheckedDate: v2, geoidUsed: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N524[f]!, r.pos); }
}
function e_DataParameters(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.processMethod;
    const v1 = v.processAgency;
    const v2 = v.lastCheckedDate;
    const v3 = v.geoidUsed;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 16 : 0) | (v0 !== undefined ? 8 : 0) | (v1 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0), 5);
    f = 0;
    if (v0 !== undefined) {
      encChars(w, v0, 1, 255, false, 7, null, null);
    }
    f = 1;
    if (v1 !== undefined) {
      encChars(w, v1, 1, 255, false, 7, null, null);
    }
    f = 2;
    if (v2 !== undefined) {
      encChars(w, v2, 1, 255, false, 7, null, null);
    }
    f = 3;
    if (v3 !== undefined) {
      encChars(w, v3, 1, 255, false, 7, null, null);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N524[f]!); }
}

function d_GenericLane(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(16);
    const ext = ((x_ >>> 15) & 1) === 1;
    const m = (x_ >>> 8) & 127;
    f = 0; const v0 = ((x_ >>> 0) & 255);
    f = 1; const v1 = (m & 64) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 2; const v2 = (m & 32) !== 0 ? r.bits(4) : undefined;
    f = 3; const v3 = (m & 16) !== 0 ? r.bits(4) : undefined;
    f = 4; const v4 = d_LaneAttributes(r);
    f = 5; const v5 = (m & 8) !== 0 ? { length: 12, bytes: r.bitBytes(12) } : undefined;
    f = 6; const v6 = d_NodeListXY(r);
    f = 7; const v7 = (m & 4) !== 0 ? d_ConnectsToList(r) : undefined;
    f = 8; const v8 = (m & 2) !== 0 ? d_OverlayLaneList(r) : undefined;
    f = 9; const v9 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { laneID: v0, name: v1, ingressApproach: v2, egressApproach: v3, laneAttributes: v4, maneuvers: v5, nodeList: v6, connectsTo: v7, overlays: v8, regional: v9, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N525[f]!, r.pos); }
}
function e_GenericLane(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.laneID;
    const v1 = v.name;
    const v2 = v.ingressApproach;
    const v3 = v.egressApproach;
    const v4 = v.laneAttributes;
    const v5 = v.maneuvers;
    const v6 = v.nodeList;
    const v7 = v.connectsTo;
    const v8 = v.overlays;
    const v9 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
    f = -1;
    w.bits((((hasExt ? 128 : 0) | (v1 !== undefined ? 64 : 0) | (v2 !== undefined ? 32 : 0) | (v3 !== undefined ? 16 : 0) | (v5 !== undefined ? 8 : 0) | (v7 !== undefined ? 4 : 0) | (v8 !== undefined ? 2 : 0) | (v9 !== undefined ? 1 : 0))) * 256 + v0, 16);
    f = 1;
    if (v1 !== undefined) {
      encChars(w, v1, 1, 63, false, 7, null, null);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 15 && Number.isInteger(v2))) throw rng(v2, 0, 15);
      w.bits(v2, 4);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 15 && Number.isInteger(v3))) throw rng(v3, 0, 15);
      w.bits(v3, 4);
    }
    f = 4; if (v4 === undefined) throw missing();
      e_LaneAttributes(w, v4);
    f = 5;
    if (v5 !== undefined) {
      w.bitBytes(fixedBits(v5, 12), 12);
    }
    f = 6; if (v6 === undefined) throw missing();
      e_NodeListXY(w, v6);
    f = 7;
    if (v7 !== undefined) {
      e_ConnectsToList(w, v7);
    }
    f = 8;
    if (v8 !== undefined) {
      e_OverlayLaneList(w, v8);
    }
    f = 9;
    if (v9 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v9);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N525[f]!); }
}

function d_IntersectionGeometry(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(5);
    f = 0; const v0 = (m & 16) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 1; const v1 = d_IntersectionReferenceID(r);
    f = 2; const v2 = r.bits(7);
    f = 3; const v3 = d_Position3D(r);
    f = 4; const v4 = (m & 8) !== 0 ? r.bits(15) : undefined;
    f = 5; const v5 = (m & 4) !== 0 ? d_SpeedLimitList(r) : undefined;
    f = 6; const v6 = d_LaneList(r);
    f = 7; const v7 = (m & 2) !== 0 ? d_PreemptPriorityList(r) : undefined;
    f = 8; const v8 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { name: v0, id: v1, revision: v2, refPoint: v3, laneWidth: v4, speedLimits: v5, laneSet: v6, preemptPriorityData: v7, regional: v8, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N526[f]!, r.pos); }
}
function e_IntersectionGeometry(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.name;
    const v1 = v.id;
    const v2 = v.revision;
    const v3 = v.refPoint;
    const v4 = v.laneWidth;
    const v5 = v.speedLimits;
    const v6 = v.laneSet;
    const v7 = v.preemptPriorityData;
    const v8 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 32 : 0) | (v0 !== undefined ? 16 : 0) | (v4 !== undefined ? 8 : 0) | (v5 !== undefined ? 4 : 0) | (v7 !== undefined ? 2 : 0) | (v8 !== undefined ? 1 : 0), 6);
    f = 0;
    if (v0 !== undefined) {
      encChars(w, v0, 1, 63, false, 7, null, null);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_IntersectionReferenceID(w, v1);
    f = 2;
      if (!(v2 >= 0 && v2 <= 127 && Number.isInteger(v2))) throw rng(v2, 0, 127);
      w.bits(v2, 7);
    f = 3; if (v3 === undefined) throw missing();
      e_Position3D(w, v3);
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 32767 && Number.isInteger(v4))) throw rng(v4, 0, 32767);
      w.bits(v4, 15);
    }
    f = 5;
    if (v5 !== undefined) {
      e_SpeedLimitList(w, v5);
    }
    f = 6; if (v6 === undefined) throw missing();
      e_LaneList(w, v6);
    f = 7;
    if (v7 !== undefined) {
      e_PreemptPriorityList(w, v7);
    }
    f = 8;
    if (v8 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N526[f]!); }
}

function d_IntersectionGeometryList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 96);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_IntersectionGeometry(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_IntersectionGeometryList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_IntersectionGeometry(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_LaneAttributes(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = { length: 2, bytes: r.bitBytes(2) };
    f = 1; const v1 = { length: 10, bytes: r.bitBytes(10) };
    f = 2; const v2 = d_LaneTypeAttributes(r);
    f = 3; const v3 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
    return { directionalUse: v0, sharedWith: v1, laneType: v2, regional: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N527[f]!, r.pos); }
}
function e_LaneAttributes(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.directionalUse;
    const v1 = v.sharedWith;
    const v2 = v.laneType;
    const v3 = v.regional;
    w.bits((v3 !== undefined ? 1 : 0), 1);
    f = 0;
      w.bitBytes(fixedBits(v0, 2), 2);
    f = 1;
      w.bitBytes(fixedBits(v1, 10), 10);
    f = 2; if (v2 === undefined) throw missing();
      e_LaneTypeAttributes(w, v2);
    f = 3;
    if (v3 !== undefined) {
      e_RegionalExtension(w, v3);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N527[f]!); }
}

function d_LaneList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 255, 8);
    r.need(n, 23);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_GenericLane(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_LaneList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 255)) throw badSize(n, 1, 255);
    w.bits(n - 1, 8);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_GenericLane(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N528[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N528[f]!); }
}

function d_OverlayLaneList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 5, 3);
    r.need(n, 8);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(r.bits(8));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_OverlayLaneList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 5)) throw badSize(n, 1, 5);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      if (!(x >= 0 && x <= 255 && Number.isInteger(x))) throw rng(x, 0, 255);
      w.bits(x, 8);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_PreemptPriorityList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 25);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_SignalControlZone(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_PreemptPriorityList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_SignalControlZone(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_SignalControlZone(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    f = 0; const v0 = d_RegionalExtension(r);
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
    return { zone: v0, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N529[f]!, r.pos); }
}
function e_SignalControlZone(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.zone;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1 : 0), 1);
    f = 0; if (v0 === undefined) throw missing();
      e_RegionalExtension(w, v0);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N529[f]!); }
}

function d_RestrictionClassAssignment(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = d_RestrictionUserTypeList(r);
    return { id: v0, users: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N530[f]!, r.pos); }
}
function e_RestrictionClassAssignment(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.id;
    const v1 = v.users;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      e_RestrictionUserTypeList(w, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N530[f]!); }
}

function d_RestrictionClassList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 254, 8);
    r.need(n, 8);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RestrictionClassAssignment(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RestrictionClassList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 254)) throw badSize(n, 1, 254);
    w.bits(n - 1, 8);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RestrictionClassAssignment(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RestrictionUserTypeList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 2);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RestrictionUserType(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RestrictionUserTypeList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RestrictionUserType(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RestrictionUserType$regional$9(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_RestrictionUserType(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RestrictionUserType$regional$9(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 4)) throw badSize(n, 1, 4);
    w.bits(n - 1, 2);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RegionalExtension_Reg_RestrictionUserType(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RestrictionUserType(r: R): V {
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
      case 0: return { basicType: (r.bool() ? ((i: number) => EA533[i] ?? i)(r.normallySmall()) : enumIndex(r, EN532, 4)) };
      case 1: return { regional: d_RestrictionUserType$regional$9(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N531[f]!, r.pos); }
}
function e_RestrictionUserType(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.basicType) !== undefined) {
      f = 0;
      w.bits(0, 2);
      { const i = EI534(x);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ535(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.regional) !== undefined) {
      f = 1;
      w.bits(1, 2);
      e_RestrictionUserType$regional$9(w, x);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N531[f]!); }
}

function d_RoadLaneSetList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 255, 8);
    r.need(n, 23);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_GenericLane(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RoadLaneSetList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 255)) throw badSize(n, 1, 255);
    w.bits(n - 1, 8);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_GenericLane(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RoadSegmentList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 95);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RoadSegment(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RoadSegmentList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RoadSegment(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RoadSegment(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = (m & 8) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 1; const v1 = d_RoadSegmentReferenceID(r);
    f = 2; const v2 = r.bits(7);
    f = 3; const v3 = d_Position3D(r);
    f = 4; const v4 = (m & 4) !== 0 ? r.bits(15) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? d_SpeedLimitList(r) : undefined;
    f = 6; const v6 = d_RoadLaneSetList(r);
    f = 7; const v7 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { name: v0, id: v1, revision: v2, refPoint: v3, laneWidth: v4, speedLimits: v5, roadLaneSet: v6, regional: v7, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N536[f]!, r.pos); }
}
function e_RoadSegment(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.name;
    const v1 = v.id;
    const v2 = v.revision;
    const v3 = v.refPoint;
    const v4 = v.laneWidth;
    const v5 = v.speedLimits;
    const v6 = v.roadLaneSet;
    const v7 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 16 : 0) | (v0 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v7 !== undefined ? 1 : 0), 5);
    f = 0;
    if (v0 !== undefined) {
      encChars(w, v0, 1, 63, false, 7, null, null);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_RoadSegmentReferenceID(w, v1);
    f = 2;
      if (!(v2 >= 0 && v2 <= 127 && Number.isInteger(v2))) throw rng(v2, 0, 127);
      w.bits(v2, 7);
    f = 3; if (v3 === undefined) throw missing();
      e_Position3D(w, v3);
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 32767 && Number.isInteger(v4))) throw rng(v4, 0, 32767);
      w.bits(v4, 15);
    }
    f = 5;
    if (v5 !== undefined) {
      e_SpeedLimitList(w, v5);
    }
    f = 6; if (v6 === undefined) throw missing();
      e_RoadLaneSetList(w, v6);
    f = 7;
    if (v7 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v7);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N536[f]!); }
}

function d_AllowedManeuvers(r: R): V {
  return { length: 12, bytes: r.bitBytes(12) };
}
function e_AllowedManeuvers(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 12), 12);
}

function d_LaneAttributes_Barrier(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Barrier(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LaneAttributes_Bike(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Bike(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LaneAttributes_Crosswalk(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Crosswalk(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LaneAttributes_Parking(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Parking(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_LaneAttributes_Sidewalk(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_LaneAttributes_Sidewalk(w: W, v: V): void {
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

function d_LaneAttributes_Vehicle(r: R): V {
  return decBits(r, 8, 8, true);
}
function e_LaneAttributes_Vehicle(w: W, v: V): void {
  encBits(w, v, 8, 8, true);
}

function d_LaneDirection(r: R): V {
  return { length: 2, bytes: r.bitBytes(2) };
}
function e_LaneDirection(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 2), 2);
}

function d_LaneSharing(r: R): V {
  return { length: 10, bytes: r.bitBytes(10) };
}
function e_LaneSharing(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 10), 10);
}

function d_LayerID(r: R): V {
  return r.constrained(0, 100, 7);
}
function e_LayerID(w: W, v: V): void {
  if (!(v >= 0 && v <= 100 && Number.isInteger(v))) throw rng(v, 0, 100);
  w.bits(v, 7);
}

function d_LayerType(r: R): V {
  return (r.bool() ? ((i: number) => EA538[i] ?? i)(r.normallySmall()) : EN537[r.bits(3)]!);
}
function e_LayerType(w: W, v: V): void {
  { const i = EI539(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ540(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_RestrictionAppliesTo(r: R): V {
  return (r.bool() ? ((i: number) => EA542[i] ?? i)(r.normallySmall()) : enumIndex(r, EN541, 4));
}
function e_RestrictionAppliesTo(w: W, v: V): void {
  { const i = EI543(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ544(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function o_MessageFrame$value$d(r: R, key: number): V {
  switch (key) {
    case 20: return r.open(d_BasicSafetyMessage);
    case 18: return r.open(d_MapData);
    case 19: return r.open(d_SPAT);
    case 21: return r.open(d_CommonSafetyRequest);
    case 22: return r.open(d_EmergencyVehicleAlert);
    case 23: return r.open(d_IntersectionCollision);
    case 24: return r.open(d_NMEAcorrections);
    case 25: return r.open(d_ProbeDataManagement);
    case 26: return r.open(d_ProbeVehicleData);
    case 27: return r.open(d_RoadSideAlert);
    case 28: return r.open(d_RTCMcorrections);
    case 29: return r.open(d_SignalRequestMessage);
    case 30: return r.open(d_SignalStatusMessage);
    case 31: return r.open(d_TravelerInformation);
    case 32: return r.open(d_PersonalSafetyMessage);
    case 240: return r.open(d_TestMessage00);
    case 241: return r.open(d_TestMessage01);
    case 242: return r.open(d_TestMessage02);
    case 243: return r.open(d_TestMessage03);
    case 244: return r.open(d_TestMessage04);
    case 245: return r.open(d_TestMessage05);
    case 246: return r.open(d_TestMessage06);
    case 247: return r.open(d_TestMessage07);
    case 248: return r.open(d_TestMessage08);
    case 249: return r.open(d_TestMessage09);
    case 250: return r.open(d_TestMessage10);
    case 251: return r.open(d_TestMessage11);
    case 252: return r.open(d_TestMessage12);
    case 253: return r.open(d_TestMessage13);
    case 254: return r.open(d_TestMessage14);
    case 255: return r.open(d_TestMessage15);
    default: return r.openOpaque();
  }
}
function o_MessageFrame$value$e(w: W, key: number, v: V): void {
  if (v instanceof Uint8Array) { w.openOpaque(v); return; }
  switch (key) {
    case 20: w.open(e_BasicSafetyMessage, v); return;
    case 18: w.open(e_MapData, v); return;
    case 19: w.open(e_SPAT, v); return;
    case 21: w.open(e_CommonSafetyRequest, v); return;
    case 22: w.open(e_EmergencyVehicleAlert, v); return;
    case 23: w.open(e_IntersectionCollision, v); return;
    case 24: w.open(e_NMEAcorrections, v); return;
    case 25: w.open(e_ProbeDataManagement, v); return;
    case 26: w.open(e_ProbeVehicleData, v); return;
    case 27: w.open(e_RoadSideAlert, v); return;
    case 28: w.open(e_RTCMcorrections, v); return;
    case 29: w.open(e_SignalRequestMessage, v); return;
    case 30: w.open(e_SignalStatusMessage, v); return;
    case 31: w.open(e_TravelerInformation, v); return;
    case 32: w.open(e_PersonalSafetyMessage, v); return;
    case 240: w.open(e_TestMessage00, v); return;
    case 241: w.open(e_TestMessage01, v); return;
    case 242: w.open(e_TestMessage02, v); return;
    case 243: w.open(e_TestMessage03, v); return;
    case 244: w.open(e_TestMessage04, v); return;
    case 245: w.open(e_TestMessage05, v); return;
    case 246: w.open(e_TestMessage06, v); return;
    case 247: w.open(e_TestMessage07, v); return;
    case 248: w.open(e_TestMessage08, v); return;
    case 249: w.open(e_TestMessage09, v); return;
    case 250: w.open(e_TestMessage10, v); return;
    case 251: w.open(e_TestMessage11, v); return;
    case 252: w.open(e_TestMessage12, v); return;
    case 253: w.open(e_TestMessage13, v); return;
    case 254: w.open(e_TestMessage14, v); return;
    case 255: w.open(e_TestMessage15, v); return;
  }
  throw new EncodeError('BAD_TYPE', `no type is known for key ${key}: give the content as a Uint8Array`);
}
function d_MessageFrame(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(16);
    const ext = ((x_ >>> 15) & 1) === 1;
    f = 0; const v0 = ((x_ >>> 0) & 32767);
    f = 1; const v1 = o_MessageFrame$value$d(r, v0);
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
    return { messageId: v0, value: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N545[f]!, r.pos); }
}
function e_MessageFrame(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.messageId;
    const v1 = v.value;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 32767 && Number.isInteger(v0))) throw rng(v0, 0, 32767);
    f = -1;
    w.bits((((hasExt ? 1 : 0))) * 32768 + v0, 16);
    f = 1; if (v1 === undefined) throw missing();
      o_MessageFrame$value$e(w, v0, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N545[f]!); }
}

function d_DSRCmsgID(r: R): V {
  return r.bits(15);
}
function e_DSRCmsgID(w: W, v: V): void {
  if (!(v >= 0 && v <= 32767 && Number.isInteger(v))) throw rng(v, 0, 32767);
  w.bits(v, 15);
}

function d_NMEAcorrections(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(5);
    f = 0; const v0 = (m & 16) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = (m & 8) !== 0 ? (r.bool() ? ((i: number) => EA548[i] ?? i)(r.normallySmall()) : enumIndex(r, EN547, 3)) : undefined;
    f = 2; const v2 = (m & 4) !== 0 ? r.bits(15) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? r.bits(10) : undefined;
    f = 4; const v4 = decOctets(r, 1, 1023, false);
    f = 5; const v5 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { timeStamp: v0, rev: v1, msg: v2, wdCount: v3, payload: v4, regional: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N546[f]!, r.pos); }
}
function e_NMEAcorrections(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.timeStamp;
    const v1 = v.rev;
    const v2 = v.msg;
    const v3 = v.wdCount;
    const v4 = v.payload;
    const v5 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 32 : 0) | (v0 !== undefined ? 16 : 0) | (v1 !== undefined ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0), 6);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 527040 && Number.isInteger(v0))) throw rng(v0, 0, 527040);
      w.bits(v0, 20);
    }
    f = 1;
    if (v1 !== undefined) {
      { const i = EI549(v1);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ550(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 32767 && Number.isInteger(v2))) throw rng(v2, 0, 32767);
      w.bits(v2, 15);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 1023 && Number.isInteger(v3))) throw rng(v3, 0, 1023);
      w.bits(v3, 10);
    }
    f = 4;
      encOctets(w, v4, 1, 1023, false);
    f = 5;
    if (v5 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N546[f]!); }
}

function d_NMEA_MsgType(r: R): V {
  return r.bits(15);
}
function e_NMEA_MsgType(w: W, v: V): void {
  if (!(v >= 0 && v <= 32767 && Number.isInteger(v))) throw rng(v, 0, 32767);
  w.bits(v, 15);
}

function d_NMEA_Payload(r: R): V {
  return decOctets(r, 1, 1023, false);
}
function e_NMEA_Payload(w: W, v: V): void {
  encOctets(w, v, 1, 1023, false);
}

function d_NMEA_Revision(r: R): V {
  return (r.bool() ? ((i: number) => EA552[i] ?? i)(r.normallySmall()) : enumIndex(r, EN551, 3));
}
function e_NMEA_Revision(w: W, v: V): void {
  { const i = EI553(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ554(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_ObjectCount(r: R): V {
  return r.bits(10);
}
function e_ObjectCount(w: W, v: V): void {
  if (!(v >= 0 && v <= 1023 && Number.isInteger(v))) throw rng(v, 0, 1023);
  w.bits(v, 10);
}

function d_EssMobileFriction(r: R): V {
  return r.constrained(0, 101, 7);
}
function e_EssMobileFriction(w: W, v: V): void {
  if (!(v >= 0 && v <= 101 && Number.isInteger(v))) throw rng(v, 0, 101);
  w.bits(v, 7);
}

function d_EssPrecipRate(r: R): V {
  return r.bits(16);
}
function e_EssPrecipRate(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_EssPrecipSituation(r: R): V {
  return enumIndex(r, EN555, 4);
}
function e_EssPrecipSituation(w: W, v: V): void {
  { const i = EI556(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_EssPrecipYesNo(r: R): V {
  return enumIndex(r, EN557, 2);
}
function e_EssPrecipYesNo(w: W, v: V): void {
  { const i = EI558(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_EssSolarRadiation(r: R): V {
  return r.bits(16);
}
function e_EssSolarRadiation(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_PersonalSafetyMessage(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(18);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA561[i] ?? i)(r.normallySmall()) : enumIndex(r, EN560, 3));
    f = 1; const x1 = r.bits(23);
    f = 1; const v1 = ((x1 >>> 7) & 65535);
    f = 2; const v2 = ((x1 >>> 0) & 127);
    f = 3; const v3 = r.octets(4);
    f = 4; const v4 = d_Position3D(r);
    f = 5; const v5 = d_PositionalAccuracy(r);
    f = 6; const x6 = r.bits(28);
    f = 6; const v6 = ((x6 >>> 15) & 8191);
    f = 7; const v7 = ((x6 >>> 0) & 32767); if (v7 > 28800) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v7} above 28800`, r.pos);
    f = 8; const v8 = (m & 131072) !== 0 ? d_AccelerationSet4Way(r) : undefined;
    f = 9; const v9 = (m & 65536) !== 0 ? d_PathHistory(r) : undefined;
    f = 10; const v10 = (m & 32768) !== 0 ? d_PathPrediction(r) : undefined;
    f = 11; const v11 = (m & 16384) !== 0 ? d_PropelledInformation(r) : undefined;
    f = 12; const v12 = (m & 8192) !== 0 ? decBits(r, 9, 9, true) : undefined;
    f = 13; const v13 = (m & 4096) !== 0 ? r.bool() : undefined;
    f = 14; const v14 = (m & 2048) !== 0 ? r.bool() : undefined;
    f = 15; const v15 = (m & 1024) !== 0 ? (r.bool() ? ((i: number) => EA563[i] ?? i)(r.normallySmall()) : EN562[r.bits(2)]!) : undefined;
    f = 16; const v16 = (m & 512) !== 0 ? r.constrained(0, 100, 7) : undefined;
    f = 17; const v17 = (m & 256) !== 0 ? (r.bool() ? ((i: number) => EA565[i] ?? i)(r.normallySmall()) : EN564[r.bits(3)]!) : undefined;
    f = 18; const v18 = (m & 128) !== 0 ? decBits(r, 6, 6, true) : undefined;
    f = 19; const v19 = (m & 64) !== 0 ? decBits(r, 7, 7, true) : undefined;
    f = 20; const v20 = (m & 32) !== 0 ? decBits(r, 6, 6, true) : undefined;
    f = 21; const v21 = (m & 16) !== 0 ? decBits(r, 5, 5, true) : undefined;
    f = 22; const v22 = (m & 8) !== 0 ? (r.bool() ? ((i: number) => EA567[i] ?? i)(r.normallySmall()) : enumIndex(r, EN566, 3)) : undefined;
    f = 23; const v23 = (m & 4) !== 0 ? r.constrained(0, 200, 8) : undefined;
    f = 24; const v24 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA569[i] ?? i)(r.normallySmall()) : EN568[r.bits(2)]!) : undefined;
    f = 25; const v25 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { basicType: v0, secMark: v1, msgCnt: v2, id: v3, position: v4, accuracy: v5, speed: v6, heading: v7, accelSet: v8, pathHistory: v9, pathPrediction: v10, propulsion: v11, useState: v12, crossRequest: v13, crossState: v14, clusterSize: v15, clusterRadius: v16, eventResponderType: v17, activityType: v18, activitySubType: v19, assistType: v20, sizing: v21, attachment: v22, attachmentRadius: v23, animalType: v24, regional: v25, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N559[f]!, r.pos); }
}
function e_PersonalSafetyMessage(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.basicType;
    const v1 = v.secMark;
    const v2 = v.msgCnt;
    const v3 = v.id;
    const v4 = v.position;
    const v5 = v.accuracy;
    const v6 = v.speed;
    const v7 = v.heading;
    const v8 = v.accelSet;
    const v9 = v.pathHistory;
    const v10 = v.pathPrediction;
    const v11 = v.propulsion;
    const v12 = v.useState;
    const v13 = v.crossRequest;
    const v14 = v.crossState;
    const v15 = v.clusterSize;
    const v16 = v.clusterRadius;
    const v17 = v.eventResponderType;
    const v18 = v.activityType;
    const v19 = v.activitySubType;
    const v20 = v.assistType;
    const v21 = v.sizing;
    const v22 = v.attachment;
    const v23 = v.attachmentRadius;
    const v24 = v.animalType;
    const v25 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 262144 : 0) | (v8 !== undefined ? 131072 : 0) | (v9 !== undefined ? 65536 : 0) | (v10 !== undefined ? 32768 : 0) | (v11 !== undefined ? 16384 : 0) | (v12 !== undefined ? 8192 : 0) | (v13 !== undefined ? 4096 : 0) | (v14 !== undefined ? 2048 : 0) | (v15 !== undefined ? 1024 : 0) | (v16 !== undefined ? 512 : 0) | (v17 !== undefined ? 256 : 0) | (v18 !== undefined ? 128 : 0) | (v19 !== undefined ? 64 : 0) | (v20 !== undefined ? 32 : 0) | (v21 !== undefined ? 16 : 0) | (v22 !== undefined ? 8 : 0) | (v23 !== undefined ? 4 : 0) | (v24 !== undefined ? 2 : 0) | (v25 !== undefined ? 1 : 0), 19);
    f = 0;
      { const i = EI570(v0);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ571(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
    if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
    f = 2;
    if (!(v2 >= 0 && v2 <= 127 && Number.isInteger(v2))) throw rng(v2, 0, 127);
    w.bits((v1) * 128 + v2, 23);
    f = 3;
      w.octets(fixedOctets(v3, 4));
    f = 4; if (v4 === undefined) throw missing();
      e_Position3D(w, v4);
    f = 5; if (v5 === undefined) throw missing();
      e_PositionalAccuracy(w, v5);
    f = 6;
    if (!(v6 >= 0 && v6 <= 8191 && Number.isInteger(v6))) throw rng(v6, 0, 8191);
    f = 7;
    if (!(v7 >= 0 && v7 <= 28800 && Number.isInteger(v7))) throw rng(v7, 0, 28800);
    w.bits((v6) * 32768 + v7, 28);
    f = 8;
    if (v8 !== undefined) {
      e_AccelerationSet4Way(w, v8);
    }
    f = 9;
    if (v9 !== undefined) {
      e_PathHistory(w, v9);
    }
    f = 10;
    if (v10 !== undefined) {
      e_PathPrediction(w, v10);
    }
    f = 11;
    if (v11 !== undefined) {
      e_PropelledInformation(w, v11);
    }
    f = 12;
    if (v12 !== undefined) {
      encBits(w, v12, 9, 9, true);
    }
    f = 13;
    if (v13 !== undefined) {
      checkBool(v13);
      w.bits(v13 ? 1 : 0, 1);
    }
    f = 14;
    if (v14 !== undefined) {
      checkBool(v14);
      w.bits(v14 ? 1 : 0, 1);
    }
    f = 15;
    if (v15 !== undefined) {
      { const i = EI572(v15);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v15 === 'number' && Number.isInteger(v15) && v15 >= 0 ? v15 : EJ573(v15); if (j === undefined) throw badEnum(v15); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 16;
    if (v16 !== undefined) {
      if (!(v16 >= 0 && v16 <= 100 && Number.isInteger(v16))) throw rng(v16, 0, 100);
      w.bits(v16, 7);
    }
    f = 17;
    if (v17 !== undefined) {
      { const i = EI574(v17);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v17 === 'number' && Number.isInteger(v17) && v17 >= 0 ? v17 : EJ575(v17); if (j === undefined) throw badEnum(v17); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 18;
    if (v18 !== undefined) {
      encBits(w, v18, 6, 6, true);
    }
    f = 19;
    if (v19 !== undefined) {
      encBits(w, v19, 7, 7, true);
    }
    f = 20;
    if (v20 !== undefined) {
      encBits(w, v20, 6, 6, true);
    }
    f = 21;
    if (v21 !== undefined) {
      encBits(w, v21, 5, 5, true);
    }
    f = 22;
    if (v22 !== undefined) {
      { const i = EI576(v22);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v22 === 'number' && Number.isInteger(v22) && v22 >= 0 ? v22 : EJ577(v22); if (j === undefined) throw badEnum(v22); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 23;
    if (v23 !== undefined) {
      if (!(v23 >= 0 && v23 <= 200 && Number.isInteger(v23))) throw rng(v23, 0, 200);
      w.bits(v23, 8);
    }
    f = 24;
    if (v24 !== undefined) {
      { const i = EI578(v24);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v24 === 'number' && Number.isInteger(v24) && v24 >= 0 ? v24 : EJ579(v24); if (j === undefined) throw badEnum(v24); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 25;
    if (v25 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v25);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N559[f]!); }
}

function d_PropelledInformation(r: R): V {
  let f = -1;
  try {
    if (r.bool()) {
      const i = r.normallySmall();
      switch (i) {
        default: return { $ext: { index: i, bytes: r.openOpaque() } };
      }
    }
    const i = r.constrained(0, 2, 2);
    f = i;
    switch (i) {
      case 0: return { human: (r.bool() ? ((i: number) => EA582[i] ?? i)(r.normallySmall()) : enumIndex(r, EN581, 3)) };
      case 1: return { animal: (r.bool() ? ((i: number) => EA584[i] ?? i)(r.normallySmall()) : EN583[r.bits(2)]!) };
      case 2: return { motor: (r.bool() ? ((i: number) => EA586[i] ?? i)(r.normallySmall()) : enumIndex(r, EN585, 3)) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N580[f]!, r.pos); }
}
function e_PropelledInformation(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.human) !== undefined) {
      f = 0;
      w.bits(0, 3);
      { const i = EI587(x);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ588(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.animal) !== undefined) {
      f = 1;
      w.bits(1, 3);
      { const i = EI589(x);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ590(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.motor) !== undefined) {
      f = 2;
      w.bits(2, 3);
      { const i = EI591(x);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ592(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N580[f]!); }
}

function d_AnimalPropelledType(r: R): V {
  return (r.bool() ? ((i: number) => EA594[i] ?? i)(r.normallySmall()) : EN593[r.bits(2)]!);
}
function e_AnimalPropelledType(w: W, v: V): void {
  { const i = EI595(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ596(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_AnimalType(r: R): V {
  return (r.bool() ? ((i: number) => EA598[i] ?? i)(r.normallySmall()) : EN597[r.bits(2)]!);
}
function e_AnimalType(w: W, v: V): void {
  { const i = EI599(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ600(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_Attachment(r: R): V {
  return (r.bool() ? ((i: number) => EA602[i] ?? i)(r.normallySmall()) : enumIndex(r, EN601, 3));
}
function e_Attachment(w: W, v: V): void {
  { const i = EI603(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ604(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_AttachmentRadius(r: R): V {
  return r.constrained(0, 200, 8);
}
function e_AttachmentRadius(w: W, v: V): void {
  if (!(v >= 0 && v <= 200 && Number.isInteger(v))) throw rng(v, 0, 200);
  w.bits(v, 8);
}

function d_MotorizedPropelledType(r: R): V {
  return (r.bool() ? ((i: number) => EA606[i] ?? i)(r.normallySmall()) : enumIndex(r, EN605, 3));
}
function e_MotorizedPropelledType(w: W, v: V): void {
  { const i = EI607(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ608(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_NumberOfParticipantsInCluster(r: R): V {
  return (r.bool() ? ((i: number) => EA610[i] ?? i)(r.normallySmall()) : EN609[r.bits(2)]!);
}
function e_NumberOfParticipantsInCluster(w: W, v: V): void {
  { const i = EI611(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ612(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_HumanPropelledType(r: R): V {
  return (r.bool() ? ((i: number) => EA614[i] ?? i)(r.normallySmall()) : enumIndex(r, EN613, 3));
}
function e_HumanPropelledType(w: W, v: V): void {
  { const i = EI615(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ616(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_PersonalAssistive(r: R): V {
  return decBits(r, 6, 6, true);
}
function e_PersonalAssistive(w: W, v: V): void {
  encBits(w, v, 6, 6, true);
}

function d_PersonalClusterRadius(r: R): V {
  return r.constrained(0, 100, 7);
}
function e_PersonalClusterRadius(w: W, v: V): void {
  if (!(v >= 0 && v <= 100 && Number.isInteger(v))) throw rng(v, 0, 100);
  w.bits(v, 7);
}

function d_PersonalCrossingInProgress(r: R): V {
  return r.bool();
}
function e_PersonalCrossingInProgress(w: W, v: V): void {
  checkBool(v);
  w.bits(v ? 1 : 0, 1);
}

function d_PersonalCrossingRequest(r: R): V {
  return r.bool();
}
function e_PersonalCrossingRequest(w: W, v: V): void {
  checkBool(v);
  w.bits(v ? 1 : 0, 1);
}

function d_PersonalDeviceUsageState(r: R): V {
  return decBits(r, 9, 9, true);
}
function e_PersonalDeviceUsageState(w: W, v: V): void {
  encBits(w, v, 9, 9, true);
}

function d_PersonalDeviceUserType(r: R): V {
  return (r.bool() ? ((i: number) => EA618[i] ?? i)(r.normallySmall()) : enumIndex(r, EN617, 3));
}
function e_PersonalDeviceUserType(w: W, v: V): void {
  { const i = EI619(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ620(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_PublicSafetyAndRoadWorkerActivity(r: R): V {
  return decBits(r, 6, 6, true);
}
function e_PublicSafetyAndRoadWorkerActivity(w: W, v: V): void {
  encBits(w, v, 6, 6, true);
}

function d_PublicSafetyDirectingTrafficSubType(r: R): V {
  return decBits(r, 7, 7, true);
}
function e_PublicSafetyDirectingTrafficSubType(w: W, v: V): void {
  encBits(w, v, 7, 7, true);
}

function d_PublicSafetyEventResponderWorkerType(r: R): V {
  return (r.bool() ? ((i: number) => EA622[i] ?? i)(r.normallySmall()) : EN621[r.bits(3)]!);
}
function e_PublicSafetyEventResponderWorkerType(w: W, v: V): void {
  { const i = EI623(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ624(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_UserSizeAndBehaviour(r: R): V {
  return decBits(r, 5, 5, true);
}
function e_UserSizeAndBehaviour(w: W, v: V): void {
  encBits(w, v, 5, 5, true);
}

function d_ProbeDataManagement$term$10(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { termtime: r.constrained(1, 1800, 11) };
      case 1: return { termDistance: r.constrained(1, 30000, 15) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N626[f]!, r.pos); }
}
function e_ProbeDataManagement$term$10(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.termtime) !== undefined) {
      f = 0;
      w.bits(0, 1);
      if (!(x >= 1 && x <= 1800 && Number.isInteger(x))) throw rng(x, 1, 1800);
      w.bits(x - 1, 11);
      return;
    }
    if ((x = v.termDistance) !== undefined) {
      f = 1;
      w.bits(1, 1);
      if (!(x >= 1 && x <= 30000 && Number.isInteger(x))) throw rng(x, 1, 30000);
      w.bits(x - 1, 15);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N626[f]!); }
}

function d_ProbeDataManagement$snapshot$11(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { snapshotTime: d_SnapshotTime(r) };
      case 1: return { snapshotDistance: d_SnapshotDistance(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N627[f]!, r.pos); }
}
function e_ProbeDataManagement$snapshot$11(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.snapshotTime) !== undefined) {
      f = 0;
      w.bits(0, 1);
      e_SnapshotTime(w, x);
      return;
    }
    if ((x = v.snapshotDistance) !== undefined) {
      f = 1;
      w.bits(1, 1);
      e_SnapshotDistance(w, x);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N627[f]!); }
}

function d_ProbeDataManagement(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = d_Sample(r);
    f = 2; const v2 = { length: 16, bytes: r.bitBytes(16) };
    f = 3; const v3 = d_ProbeDataManagement$term$10(r);
    f = 4; const v4 = d_ProbeDataManagement$snapshot$11(r);
    f = 5; const v5 = r.constrained(0, 61, 6);
    f = 6; const v6 = (m & 2) !== 0 ? d_VehicleStatusRequestList(r) : undefined;
    f = 7; const v7 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { timeStamp: v0, sample: v1, directions: v2, term: v3, snapshot: v4, txInterval: v5, dataElements: v6, regional: v7, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N625[f]!, r.pos); }
}
function e_ProbeDataManagement(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.timeStamp;
    const v1 = v.sample;
    const v2 = v.directions;
    const v3 = v.term;
    const v4 = v.snapshot;
    const v5 = v.txInterval;
    const v6 = v.dataElements;
    const v7 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v0 !== undefined ? 4 : 0) | (v6 !== undefined ? 2 : 0) | (v7 !== undefined ? 1 : 0), 4);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 527040 && Number.isInteger(v0))) throw rng(v0, 0, 527040);
      w.bits(v0, 20);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_Sample(w, v1);
    f = 2;
      w.bitBytes(fixedBits(v2, 16), 16);
    f = 3; if (v3 === undefined) throw missing();
      e_ProbeDataManagement$term$10(w, v3);
    f = 4; if (v4 === undefined) throw missing();
      e_ProbeDataManagement$snapshot$11(w, v4);
    f = 5;
      if (!(v5 >= 0 && v5 <= 61 && Number.isInteger(v5))) throw rng(v5, 0, 61);
      w.bits(v5, 6);
    f = 6;
    if (v6 !== undefined) {
      e_VehicleStatusRequestList(w, v6);
    }
    f = 7;
    if (v7 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v7);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N625[f]!); }
}

function d_Sample(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(16);
    f = 0; const v0 = ((x0 >>> 8) & 255);
    f = 1; const v1 = ((x0 >>> 0) & 255);
    return { sampleStart: v0, sampleEnd: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N628[f]!, r.pos); }
}
function e_Sample(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.sampleStart;
    const v1 = v.sampleEnd;
    f = 0;
    if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
    f = 1;
    if (!(v1 >= 0 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, 0, 255);
    w.bits((v0) * 256 + v1, 16);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N628[f]!); }
}

function d_SnapshotDistance(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(30);
    f = 0; const v0 = ((x0 >>> 20) & 1023);
    f = 1; const v1 = ((x0 >>> 15) & 31);
    f = 2; const v2 = ((x0 >>> 5) & 1023);
    f = 3; const v3 = ((x0 >>> 0) & 31);
    return { distance1: v0, speed1: v1, distance2: v2, speed2: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N629[f]!, r.pos); }
}
function e_SnapshotDistance(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.distance1;
    const v1 = v.speed1;
    const v2 = v.distance2;
    const v3 = v.speed2;
    f = 0;
    if (!(v0 >= 0 && v0 <= 1023 && Number.isInteger(v0))) throw rng(v0, 0, 1023);
    f = 1;
    if (!(v1 >= 0 && v1 <= 31 && Number.isInteger(v1))) throw rng(v1, 0, 31);
    f = 2;
    if (!(v2 >= 0 && v2 <= 1023 && Number.isInteger(v2))) throw rng(v2, 0, 1023);
    f = 3;
    if (!(v3 >= 0 && v3 <= 31 && Number.isInteger(v3))) throw rng(v3, 0, 31);
    w.bits((((v0) * 32 + v1) * 1024 + v2) * 32 + v3, 30);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N629[f]!); }
}

function d_SnapshotTime(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(22);
    f = 0; const v0 = ((x0 >>> 17) & 31);
    f = 1; const v1 = ((x0 >>> 11) & 63); if (v1 > 61) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 61`, r.pos);
    f = 2; const v2 = ((x0 >>> 6) & 31);
    f = 3; const v3 = ((x0 >>> 0) & 63); if (v3 > 61) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v3} above 61`, r.pos);
    return { speed1: v0, time1: v1, speed2: v2, time2: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N630[f]!, r.pos); }
}
function e_SnapshotTime(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.speed1;
    const v1 = v.time1;
    const v2 = v.speed2;
    const v3 = v.time2;
    f = 0;
    if (!(v0 >= 0 && v0 <= 31 && Number.isInteger(v0))) throw rng(v0, 0, 31);
    f = 1;
    if (!(v1 >= 0 && v1 <= 61 && Number.isInteger(v1))) throw rng(v1, 0, 61);
    f = 2;
    if (!(v2 >= 0 && v2 <= 31 && Number.isInteger(v2))) throw rng(v2, 0, 31);
    f = 3;
    if (!(v3 >= 0 && v3 <= 61 && Number.isInteger(v3))) throw rng(v3, 0, 61);
    w.bits((((v0) * 64 + v1) * 32 + v2) * 64 + v3, 22);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N630[f]!); }
}

function d_VehicleStatusRequest(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA633[i] ?? i)(r.normallySmall()) : enumIndex(r, EN632, 5));
    f = 1; const v1 = (m & 8) !== 0 ? r.constrained(1, 15, 4) : undefined;
    f = 2; const v2 = (m & 4) !== 0 ? r.constrained(-32767, 32767, 16) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? r.constrained(-32767, 32767, 16) : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? r.bool() : undefined;
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
    return { dataType: v0, subType: v1, sendOnLessThenValue: v2, sendOnMoreThenValue: v3, sendAll: v4, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N631[f]!, r.pos); }
}
function e_VehicleStatusRequest(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.dataType;
    const v1 = v.subType;
    const v2 = v.sendOnLessThenValue;
    const v3 = v.sendOnMoreThenValue;
    const v4 = v.sendAll;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 16 : 0) | (v1 !== undefined ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 5);
    f = 0;
      { const i = EI634(v0);
        if (i !== undefined) w.bits(i, 6);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ635(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 1 && v1 <= 15 && Number.isInteger(v1))) throw rng(v1, 1, 15);
      w.bits(v1 - 1, 4);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= -32767 && v2 <= 32767 && Number.isInteger(v2))) throw rng(v2, -32767, 32767);
      w.bits(v2 - -32767, 16);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= -32767 && v3 <= 32767 && Number.isInteger(v3))) throw rng(v3, -32767, 32767);
      w.bits(v3 - -32767, 16);
    }
    f = 4;
    if (v4 !== undefined) {
      checkBool(v4);
      w.bits(v4 ? 1 : 0, 1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N631[f]!); }
}

function d_VehicleStatusRequestList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 11);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_VehicleStatusRequest(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_VehicleStatusRequestList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_VehicleStatusRequest(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_GrossDistance(r: R): V {
  return r.bits(10);
}
function e_GrossDistance(w: W, v: V): void {
  if (!(v >= 0 && v <= 1023 && Number.isInteger(v))) throw rng(v, 0, 1023);
  w.bits(v, 10);
}

function d_SecondOfTime(r: R): V {
  return r.constrained(0, 61, 6);
}
function e_SecondOfTime(w: W, v: V): void {
  if (!(v >= 0 && v <= 61 && Number.isInteger(v))) throw rng(v, 0, 61);
  w.bits(v, 6);
}

function d_TermDistance(r: R): V {
  return r.constrained(1, 30000, 15);
}
function e_TermDistance(w: W, v: V): void {
  if (!(v >= 1 && v <= 30000 && Number.isInteger(v))) throw rng(v, 1, 30000);
  w.bits(v - 1, 15);
}

function d_TermTime(r: R): V {
  return r.constrained(1, 1800, 11);
}
function e_TermTime(w: W, v: V): void {
  if (!(v >= 1 && v <= 1800 && Number.isInteger(v))) throw rng(v, 1, 1800);
  w.bits(v - 1, 11);
}

function d_VehicleStatusDeviceTypeTag(r: R): V {
  return (r.bool() ? ((i: number) => EA637[i] ?? i)(r.normallySmall()) : enumIndex(r, EN636, 5));
}
function e_VehicleStatusDeviceTypeTag(w: W, v: V): void {
  { const i = EI638(v);
    if (i !== undefined) w.bits(i, 6);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ639(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_ProbeVehicleData$snapshots$12(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 75);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_Snapshot(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ProbeVehicleData$snapshots$12(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_Snapshot(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_ProbeVehicleData(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = (m & 8) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = (m & 4) !== 0 ? r.bits(15) : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? d_VehicleIdent(r) : undefined;
    f = 3; const v3 = d_FullPositionVector(r);
    f = 4; const v4 = d_VehicleClassification(r);
    f = 5; const v5 = d_ProbeVehicleData$snapshots$12(r);
    f = 6; const v6 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { timeStamp: v0, segNum: v1, probeID: v2, startVector: v3, vehicleType: v4, snapshots: v5, regional: v6, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N640[f]!, r.pos); }
}
function e_ProbeVehicleData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.timeStamp;
    const v1 = v.segNum;
    const v2 = v.probeID;
    const v3 = v.startVector;
    const v4 = v.vehicleType;
    const v5 = v.snapshots;
    const v6 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 16 : 0) | (v0 !== undefined ? 8 : 0) | (v1 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0), 5);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 527040 && Number.isInteger(v0))) throw rng(v0, 0, 527040);
      w.bits(v0, 20);
    }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 32767 && Number.isInteger(v1))) throw rng(v1, 0, 32767);
      w.bits(v1, 15);
    }
    f = 2;
    if (v2 !== undefined) {
      e_VehicleIdent(w, v2);
    }
    f = 3; if (v3 === undefined) throw missing();
      e_FullPositionVector(w, v3);
    f = 4; if (v4 === undefined) throw missing();
      e_VehicleClassification(w, v4);
    f = 5; if (v5 === undefined) throw missing();
      e_ProbeVehicleData$snapshots$12(w, v5);
    f = 6;
    if (v6 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v6);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N640[f]!); }
}

function d_AccelSteerYawRateConfidence(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(8);
    f = 0; const v0 = EN655[((x0 >>> 5) & 7)];
    f = 1; const v1 = EN657[((x0 >>> 2) & 7)];
    f = 2; const v2 = EN659[((x0 >>> 0) & 3)];
    return { yawRate: v0, acceleration: v1, steeringWheelAngle: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N641[f]!, r.pos); }
}
function e_AccelSteerYawRateConfidence(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.yawRate;
    const v1 = v.acceleration;
    const v2 = v.steeringWheelAngle;
    f = 0;
    const i_v0 = EI666(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = 1;
    const i_v1 = EI668(v1); if (i_v1 === undefined) throw badEnum(v1);
    f = 2;
    const i_v2 = EI670(v2); if (i_v2 === undefined) throw badEnum(v2);
    w.bits(((i_v0) * 8 + i_v1) * 4 + i_v2, 8);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N641[f]!); }
}

function d_ConfidenceSet(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(7);
    f = 0; const v0 = (m & 64) !== 0 ? d_AccelSteerYawRateConfidence(r) : undefined;
    f = 1; const v1 = (m & 32) !== 0 ? d_SpeedandHeadingandThrottleConfidence(r) : undefined;
    f = 2; const v2 = (m & 16) !== 0 ? enumIndex(r, EN673, 6) : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? d_PositionConfidenceSet(r) : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? EN674[r.bits(2)]! : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? EN675[r.bits(3)]! : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? EN676[r.bits(2)]! : undefined;
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
    return { accelConfidence: v0, speedConfidence: v1, timeConfidence: v2, posConfidence: v3, steerConfidence: v4, headingConfidence: v5, throttleConfidence: v6, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N672[f]!, r.pos); }
}
function e_ConfidenceSet(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.accelConfidence;
    const v1 = v.speedConfidence;
    const v2 = v.timeConfidence;
    const v3 = v.posConfidence;
    const v4 = v.steerConfidence;
    const v5 = v.headingConfidence;
    const v6 = v.throttleConfidence;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 128 : 0) | (v0 !== undefined ? 64 : 0) | (v1 !== undefined ? 32 : 0) | (v2 !== undefined ? 16 : 0) | (v3 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0), 8);
    f = 0;
    if (v0 !== undefined) {
      e_AccelSteerYawRateConfidence(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_SpeedandHeadingandThrottleConfidence(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI677(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 6); }
    }
    f = 3;
    if (v3 !== undefined) {
      e_PositionConfidenceSet(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI679(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 2); }
    }
    f = 5;
    if (v5 !== undefined) {
      { const i = EI680(v5); if (i === undefined) throw badEnum(v5); w.bits(i, 3); }
    }
    f = 6;
    if (v6 !== undefined) {
      { const i = EI681(v6); if (i === undefined) throw badEnum(v6); w.bits(i, 2); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N672[f]!); }
}

function d_J1939data(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(10);
    f = 0; const v0 = (m & 512) !== 0 ? d_TireDataList(r) : undefined;
    f = 1; const v1 = (m & 256) !== 0 ? d_AxleWeightList(r) : undefined;
    f = 2; const v2 = (m & 128) !== 0 ? r.constrained(0, 64255, 16) : undefined;
    f = 3; const v3 = (m & 64) !== 0 ? r.constrained(0, 64255, 16) : undefined;
    f = 4; const v4 = (m & 32) !== 0 ? r.constrained(-40, 210, 8) : undefined;
    f = 5; const v5 = (m & 16) !== 0 ? r.bits(8) : undefined;
    f = 6; const v6 = (m & 8) !== 0 ? r.constrained(0, 1000, 10) : undefined;
    f = 7; const v7 = (m & 4) !== 0 ? r.constrained(-40, 210, 8) : undefined;
    f = 8; const v8 = (m & 2) !== 0 ? r.constrained(0, 250, 8) : undefined;
    f = 9; const v9 = (m & 1) !== 0 ? r.constrained(0, 250, 8) : undefined;
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
    return { tires: v0, axles: v1, trailerWeight: v2, cargoWeight: v3, steeringAxleTemperature: v4, driveAxleLocation: v5, driveAxleLiftAirPressure: v6, driveAxleTemperature: v7, driveAxleLubePressure: v8, steeringAxleLubePressure: v9, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N682[f]!, r.pos); }
}
function e_J1939data(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.tires;
    const v1 = v.axles;
    const v2 = v.trailerWeight;
    const v3 = v.cargoWeight;
    const v4 = v.steeringAxleTemperature;
    const v5 = v.driveAxleLocation;
    const v6 = v.driveAxleLiftAirPressure;
    const v7 = v.driveAxleTemperature;
    const v8 = v.driveAxleLubePressure;
    const v9 = v.steeringAxleLubePressure;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 1024 : 0) | (v0 !== undefined ? 512 : 0) | (v1 !== undefined ? 256 : 0) | (v2 !== undefined ? 128 : 0) | (v3 !== undefined ? 64 : 0) | (v4 !== undefined ? 32 : 0) | (v5 !== undefined ? 16 : 0) | (v6 !== undefined ? 8 : 0) | (v7 !== undefined ? 4 : 0) | (v8 !== undefined ? 2 : 0) | (v9 !== undefined ? 1 : 0), 11);
    f = 0;
    if (v0 !== undefined) {
      e_TireDataList(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_AxleWeightList(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 64255 && Number.isInteger(v2))) throw rng(v2, 0, 64255);
      w.bits(v2, 16);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 64255 && Number.isInteger(v3))) throw rng(v3, 0, 64255);
      w.bits(v3, 16);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= -40 && v4 <= 210 && Number.isInteger(v4))) throw rng(v4, -40, 210);
      w.bits(v4 - -40, 8);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 255 && Number.isInteger(v5))) throw rng(v5, 0, 255);
      w.bits(v5, 8);
    }
    f = 6;
    if (v6 !== undefined) {
      if (!(v6 >= 0 && v6 <= 1000 && Number.isInteger(v6))) throw rng(v6, 0, 1000);
      w.bits(v6, 10);
    }
    f = 7;
    if (v7 !== undefined) {
      if (!(v7 >= -40 && v7 <= 210 && Number.isInteger(v7))) throw rng(v7, -40, 210);
      w.bits(v7 - -40, 8);
    }
    f = 8;
    if (v8 !== undefined) {
      if (!(v8 >= 0 && v8 <= 250 && Number.isInteger(v8))) throw rng(v8, 0, 250);
      w.bits(v8, 8);
    }
    f = 9;
    if (v9 !== undefined) {
      if (!(v9 >= 0 && v9 <= 250 && Number.isInteger(v9))) throw rng(v9, 0, 250);
      w.bits(v9, 8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N682[f]!); }
}

function d_TireDataList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 8);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_TireData(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_TireDataList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_TireData(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_TireData(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(7);
    f = 0; const v0 = (m & 64) !== 0 ? r.bits(8) : undefined;
    f = 1; const v1 = (m & 32) !== 0 ? r.constrained(0, 250, 8) : undefined;
    f = 2; const v2 = (m & 16) !== 0 ? r.constrained(-8736, 55519, 16) : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? EN684[r.bits(2)]! : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? EN685[r.bits(2)]! : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? r.constrained(0, 64255, 16) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? EN686[r.bits(3)]! : undefined;
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
    return { location: v0, pressure: v1, temp: v2, wheelSensorStatus: v3, wheelEndElectFault: v4, leakageRate: v5, detection: v6, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N683[f]!, r.pos); }
}
function e_TireData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.location;
    const v1 = v.pressure;
    const v2 = v.temp;
    const v3 = v.wheelSensorStatus;
    const v4 = v.wheelEndElectFault;
    const v5 = v.leakageRate;
    const v6 = v.detection;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 128 : 0) | (v0 !== undefined ? 64 : 0) | (v1 !== undefined ? 32 : 0) | (v2 !== undefined ? 16 : 0) | (v3 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0), 8);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 250 && Number.isInteger(v1))) throw rng(v1, 0, 250);
      w.bits(v1, 8);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= -8736 && v2 <= 55519 && Number.isInteger(v2))) throw rng(v2, -8736, 55519);
      w.bits(v2 - -8736, 16);
    }
    f = 3;
    if (v3 !== undefined) {
      { const i = EI687(v3); if (i === undefined) throw badEnum(v3); w.bits(i, 2); }
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI688(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 2); }
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 64255 && Number.isInteger(v5))) throw rng(v5, 0, 64255);
      w.bits(v5, 16);
    }
    f = 6;
    if (v6 !== undefined) {
      { const i = EI689(v6); if (i === undefined) throw badEnum(v6); w.bits(i, 3); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N683[f]!); }
}

function d_AxleWeightList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 3);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_AxleWeightSet(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_AxleWeightList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_AxleWeightSet(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_AxleWeightSet(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? r.bits(8) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? r.constrained(0, 64255, 16) : undefined;
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
    return { location: v0, weight: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N690[f]!, r.pos); }
}
function e_AxleWeightSet(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.location;
    const v1 = v.weight;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 64255 && Number.isInteger(v1))) throw rng(v1, 0, 64255);
      w.bits(v1, 16);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N690[f]!); }
}

function d_Snapshot(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = d_FullPositionVector(r);
    f = 1; const v1 = (m & 2) !== 0 ? d_VehicleSafetyExtensions(r) : undefined;
    f = 2; const v2 = (m & 1) !== 0 ? d_VehicleStatus(r) : undefined;
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
    return { thePosition: v0, safetyExt: v1, dataSet: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N691[f]!, r.pos); }
}
function e_Snapshot(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.thePosition;
    const v1 = v.safetyExt;
    const v2 = v.dataSet;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v1 !== undefined ? 2 : 0) | (v2 !== undefined ? 1 : 0), 3);
    f = 0; if (v0 === undefined) throw missing();
      e_FullPositionVector(w, v0);
    f = 1;
    if (v1 !== undefined) {
      e_VehicleSafetyExtensions(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      e_VehicleStatus(w, v2);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N691[f]!); }
}

function d_VehicleIdent$vehicleClass$13(r: R): V {
  let f = -1;
  try {
    const i = r.constrained(0, 2, 2);
    f = i;
    switch (i) {
      case 0: return { vGroup: (r.bool() ? ((i: number) => EA697[i] ?? i)(r.normallySmall()) : enumIndex(r, EN696, 6)) };
      case 1: return { rGroup: (r.bool() ? ((i: number) => EA699[i] ?? i)(r.normallySmall()) : enumIndex(r, EN698, 4)) };
      case 2: return { rEquip: (r.bool() ? ((i: number) => EA701[i] ?? i)(r.normallySmall()) : enumIndex(r, EN700, 7)) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N695[f]!, r.pos); }
}
function e_VehicleIdent$vehicleClass$13(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.vGroup) !== undefined) {
      f = 0;
      w.bits(0, 2);
      { const i = EI702(x);
        if (i !== undefined) w.bits(i, 7);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ704(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.rGroup) !== undefined) {
      f = 1;
      w.bits(1, 2);
      { const i = EI705(x);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ706(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.rEquip) !== undefined) {
      f = 2;
      w.bits(2, 2);
      { const i = EI707(x);
        if (i !== undefined) w.bits(i, 8);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ709(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N695[f]!); }
}

function d_VehicleIdent(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(6);
    f = 0; const v0 = (m & 32) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 1; const v1 = (m & 16) !== 0 ? decOctets(r, 1, 17, false) : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? decChars(r, 1, 32, false, 7, null, null) : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? d_VehicleID(r) : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA694[i] ?? i)(r.normallySmall()) : EN693[r.bits(4)]!) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? d_VehicleIdent$vehicleClass$13(r) : undefined;
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
    return { name: v0, vin: v1, ownerCode: v2, id: v3, vehicleType: v4, vehicleClass: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N692[f]!, r.pos); }
}
function e_VehicleIdent(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.name;
    const v1 = v.vin;
    const v2 = v.ownerCode;
    const v3 = v.id;
    const v4 = v.vehicleType;
    const v5 = v.vehicleClass;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 64 : 0) | (v0 !== undefined ? 32 : 0) | (v1 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0), 7);
    f = 0;
    if (v0 !== undefined) {
      encChars(w, v0, 1, 63, false, 7, null, null);
    }
    f = 1;
    if (v1 !== undefined) {
      encOctets(w, v1, 1, 17, false);
    }
    f = 2;
    if (v2 !== undefined) {
      encChars(w, v2, 1, 32, false, 7, null, null);
    }
    f = 3;
    if (v3 !== undefined) {
      e_VehicleID(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI710(v4);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v4 === 'number' && Number.isInteger(v4) && v4 >= 0 ? v4 : EJ711(v4); if (j === undefined) throw badEnum(v4); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 5;
    if (v5 !== undefined) {
      e_VehicleIdent$vehicleClass$13(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N692[f]!); }
}

function d_VehicleStatus$steering$14(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(11);
    const m = (x_ >>> 8) & 7;
    f = 0; const v0 = (-126 + ((x_ >>> 0) & 255)); if (v0 > 127) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 127`, r.pos);
    f = 1; const v1 = (m & 4) !== 0 ? EN717[r.bits(2)]! : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? r.constrained(-127, 127, 8) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? (-128 + r.bits(8)) : undefined;
    return { angle: v0, confidence: v1, rate: v2, wheels: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N716[f]!, r.pos); }
}
function e_VehicleStatus$steering$14(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.angle;
    const v1 = v.confidence;
    const v2 = v.rate;
    const v3 = v.wheels;
    f = 0;
    if (!(v0 >= -126 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, -126, 127);
    f = -1;
    w.bits((((v1 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0))) * 256 + (v0 - -126), 11);
    f = 1;
    if (v1 !== undefined) {
      { const i = EI718(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 2); }
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= -127 && v2 <= 127 && Number.isInteger(v2))) throw rng(v2, -127, 127);
      w.bits(v2 - -127, 8);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= -128 && v3 <= 127 && Number.isInteger(v3))) throw rng(v3, -128, 127);
      w.bits(v3 - -128, 8);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N716[f]!); }
}

function d_VehicleStatus$accelSets$15(r: R): V {
  let f = -1;
  try {
    const m = r.bits(5);
    f = 0; const v0 = (m & 16) !== 0 ? d_AccelerationSet4Way(r) : undefined;
    f = 1; const v1 = (m & 8) !== 0 ? { length: 5, bytes: r.bitBytes(5) } : undefined;
    f = 2; const v2 = (m & 4) !== 0 ? EN720[r.bits(3)]! : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? EN721[r.bits(3)]! : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? d_ConfidenceSet(r) : undefined;
    return { accel4way: v0, vertAccelThres: v1, yawRateCon: v2, hozAccelCon: v3, confidenceSet: v4 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N719[f]!, r.pos); }
}
function e_VehicleStatus$accelSets$15(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.accel4way;
    const v1 = v.vertAccelThres;
    const v2 = v.yawRateCon;
    const v3 = v.hozAccelCon;
    const v4 = v.confidenceSet;
    w.bits((v0 !== undefined ? 16 : 0) | (v1 !== undefined ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 5);
    f = 0;
    if (v0 !== undefined) {
      e_AccelerationSet4Way(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      w.bitBytes(fixedBits(v1, 5), 5);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI722(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 3); }
    }
    f = 3;
    if (v3 !== undefined) {
      { const i = EI723(v3); if (i === undefined) throw badEnum(v3); w.bits(i, 3); }
    }
    f = 4;
    if (v4 !== undefined) {
      e_ConfidenceSet(w, v4);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N719[f]!); }
}

function d_VehicleStatus$object$16(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(30);
    f = 0; const v0 = ((x0 >>> 15) & 32767);
    f = 1; const v1 = ((x0 >>> 0) & 32767); if (v1 > 28800) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 28800`, r.pos);
    f = 2; const v2 = d_DDateTime(r);
    return { obDist: v0, obDirect: v1, dateTime: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N724[f]!, r.pos); }
}
function e_VehicleStatus$object$16(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.obDist;
    const v1 = v.obDirect;
    const v2 = v.dateTime;
    f = 0;
    if (!(v0 >= 0 && v0 <= 32767 && Number.isInteger(v0))) throw rng(v0, 0, 32767);
    f = 1;
    if (!(v1 >= 0 && v1 <= 28800 && Number.isInteger(v1))) throw rng(v1, 0, 28800);
    w.bits((v0) * 32768 + v1, 30);
    f = 2; if (v2 === undefined) throw missing();
      e_DDateTime(w, v2);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N724[f]!); }
}

function d_VehicleStatus$vehicleData$17(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(7);
    f = 1; const v1 = d_BumperHeights(r);
    f = 2; const x2 = r.bits(24);
    f = 2; const v2 = ((x2 >>> 16) & 255);
    f = 3; const v3 = ((x2 >>> 0) & 65535); if (v3 > 64255) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v3} above 64255`, r.pos);
    f = 4; const v4 = (r.bool() ? ((i: number) => EA728[i] ?? i)(r.normallySmall()) : EN727[r.bits(4)]!);
    return { height: v0, bumpers: v1, mass: v2, trailerWeight: v3, type: v4 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N726[f]!, r.pos); }
}
function e_VehicleStatus$vehicleData$17(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.height;
    const v1 = v.bumpers;
    const v2 = v.mass;
    const v3 = v.trailerWeight;
    const v4 = v.type;
    f = 0;
      if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
      w.bits(v0, 7);
    f = 1; if (v1 === undefined) throw missing();
      e_BumperHeights(w, v1);
    f = 2;
    if (!(v2 >= 0 && v2 <= 255 && Number.isInteger(v2))) throw rng(v2, 0, 255);
    f = 3;
    if (!(v3 >= 0 && v3 <= 64255 && Number.isInteger(v3))) throw rng(v3, 0, 64255);
    w.bits((v2) * 65536 + v3, 24);
    f = 4;
      { const i = EI729(v4);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v4 === 'number' && Number.isInteger(v4) && v4 >= 0 ? v4 : EJ730(v4); if (j === undefined) throw badEnum(v4); w.bits(1, 1); w.normallySmall(j); } }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N726[f]!); }
}

function d_VehicleStatus$weatherReport$18(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(6);
    const m = (x_ >>> 2) & 15;
    f = 0; const v0 = EN739[((x_ >>> 0) & 3)]; if (v0 === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', 'enumeration index unknown', r.pos);
    f = 1; const v1 = (m & 8) !== 0 ? r.bits(16) : undefined;
    f = 2; const v2 = (m & 4) !== 0 ? enumIndex(r, EN740, 4) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? r.bits(16) : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? r.constrained(0, 101, 7) : undefined;
    return { isRaining: v0, rainRate: v1, precipSituation: v2, solarRadiation: v3, friction: v4 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N731[f]!, r.pos); }
}
function e_VehicleStatus$weatherReport$18(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.isRaining;
    const v1 = v.rainRate;
    const v2 = v.precipSituation;
    const v3 = v.solarRadiation;
    const v4 = v.friction;
    f = 0;
    const i_v0 = EI743(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = -1;
    w.bits((((v1 !== undefined ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0))) * 4 + i_v0, 6);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
      w.bits(v1, 16);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI745(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 4); }
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 65535 && Number.isInteger(v3))) throw rng(v3, 0, 65535);
      w.bits(v3, 16);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 101 && Number.isInteger(v4))) throw rng(v4, 0, 101);
      w.bits(v4, 7);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N731[f]!); }
}

function d_VehicleStatus(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(22);
    f = 0; const v0 = (m & 2097152) !== 0 ? decBits(r, 9, 9, true) : undefined;
    f = 1; const v1 = (m & 1048576) !== 0 ? EN713[r.bits(3)]! : undefined;
    f = 2; const v2 = (m & 524288) !== 0 ? d_WiperSet(r) : undefined;
    f = 3; const v3 = (m & 262144) !== 0 ? d_BrakeSystemStatus(r) : undefined;
    f = 4; const v4 = (m & 131072) !== 0 ? EN714[r.bits(4)]! : undefined;
    f = 5; const v5 = (m & 65536) !== 0 ? r.constrained(0, 50, 6) : undefined;
    f = 6; const v6 = (m & 32768) !== 0 ? r.constrained(0, 1000, 10) : undefined;
    f = 7; const v7 = (m & 16384) !== 0 ? EN715[r.bits(3)]! : undefined;
    f = 8; const v8 = (m & 8192) !== 0 ? r.constrained(0, 191, 8) : undefined;
    f = 9; const v9 = (m & 4096) !== 0 ? r.bits(8) : undefined;
    f = 10; const v10 = (m & 2048) !== 0 ? d_VehicleStatus$steering$14(r) : undefined;
    f = 11; const v11 = (m & 1024) !== 0 ? d_VehicleStatus$accelSets$15(r) : undefined;
    f = 12; const v12 = (m & 512) !== 0 ? d_VehicleStatus$object$16(r) : undefined;
    f = 13; const v13 = (m & 256) !== 0 ? d_FullPositionVector(r) : undefined;
    f = 14; const v14 = (m & 128) !== 0 ? r.constrained(0, 200, 8) : undefined;
    f = 15; const v15 = (m & 64) !== 0 ? d_SpeedandHeadingandThrottleConfidence(r) : undefined;
    f = 16; const v16 = (m & 32) !== 0 ? EN725[r.bits(3)]! : undefined;
    f = 17; const v17 = (m & 16) !== 0 ? d_VehicleStatus$vehicleData$17(r) : undefined;
    f = 18; const v18 = (m & 8) !== 0 ? d_VehicleIdent(r) : undefined;
    f = 19; const v19 = (m & 4) !== 0 ? d_J1939data(r) : undefined;
    f = 20; const v20 = (m & 2) !== 0 ? d_VehicleStatus$weatherReport$18(r) : undefined;
    f = 21; const v21 = (m & 1) !== 0 ? { length: 8, bytes: r.bitBytes(8) } : undefined;
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
    return { lights: v0, lightBar: v1, wipers: v2, brakeStatus: v3, brakePressure: v4, roadFriction: v5, sunData: v6, rainData: v7, airTemp: v8, airPres: v9, steering: v10, accelSets: v11, object: v12, fullPos: v13, throttlePos: v14, speedHeadC: v15, speedC: v16, vehicleData: v17, vehicleIdent: v18, j1939data: v19, weatherReport: v20, gnssStatus: v21, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N712[f]!, r.pos); }
}
function e_VehicleStatus(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.lights;
    const v1 = v.lightBar;
    const v2 = v.wipers;
    const v3 = v.brakeStatus;
    const v4 = v.brakePressure;
    const v5 = v.roadFriction;
    const v6 = v.sunData;
    const v7 = v.rainData;
    const v8 = v.airTemp;
    const v9 = v.airPres;
    const v10 = v.steering;
    const v11 = v.accelSets;
    const v12 = v.object;
    const v13 = v.fullPos;
    const v14 = v.throttlePos;
    const v15 = v.speedHeadC;
    const v16 = v.speedC;
    const v17 = v.vehicleData;
    const v18 = v.vehicleIdent;
    const v19 = v.j1939data;
    const v20 = v.weatherReport;
    const v21 = v.gnssStatus;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4194304 : 0) | (v0 !== undefined ? 2097152 : 0) | (v1 !== undefined ? 1048576 : 0) | (v2 !== undefined ? 524288 : 0) | (v3 !== undefined ? 262144 : 0) | (v4 !== undefined ? 131072 : 0) | (v5 !== undefined ? 65536 : 0) | (v6 !== undefined ? 32768 : 0) | (v7 !== undefined ? 16384 : 0) | (v8 !== undefined ? 8192 : 0) | (v9 !== undefined ? 4096 : 0) | (v10 !== undefined ? 2048 : 0) | (v11 !== undefined ? 1024 : 0) | (v12 !== undefined ? 512 : 0) | (v13 !== undefined ? 256 : 0) | (v14 !== undefined ? 128 : 0) | (v15 !== undefined ? 64 : 0) | (v16 !== undefined ? 32 : 0) | (v17 !== undefined ? 16 : 0) | (v18 !== undefined ? 8 : 0) | (v19 !== undefined ? 4 : 0) | (v20 !== undefined ? 2 : 0) | (v21 !== undefined ? 1 : 0), 23);
    f = 0;
    if (v0 !== undefined) {
      encBits(w, v0, 9, 9, true);
    }
    f = 1;
    if (v1 !== undefined) {
      { const i = EI746(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 3); }
    }
    f = 2;
    if (v2 !== undefined) {
      e_WiperSet(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      e_BrakeSystemStatus(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI747(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 4); }
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 50 && Number.isInteger(v5))) throw rng(v5, 0, 50);
      w.bits(v5, 6);
    }
    f = 6;
    if (v6 !== undefined) {
      if (!(v6 >= 0 && v6 <= 1000 && Number.isInteger(v6))) throw rng(v6, 0, 1000);
      w.bits(v6, 10);
    }
    f = 7;
    if (v7 !== undefined) {
      { const i = EI748(v7); if (i === undefined) throw badEnum(v7); w.bits(i, 3); }
    }
    f = 8;
    if (v8 !== undefined) {
      if (!(v8 >= 0 && v8 <= 191 && Number.isInteger(v8))) throw rng(v8, 0, 191);
      w.bits(v8, 8);
    }
    f = 9;
    if (v9 !== undefined) {
      if (!(v9 >= 0 && v9 <= 255 && Number.isInteger(v9))) throw rng(v9, 0, 255);
      w.bits(v9, 8);
    }
    f = 10;
    if (v10 !== undefined) {
      e_VehicleStatus$steering$14(w, v10);
    }
    f = 11;
    if (v11 !== undefined) {
      e_VehicleStatus$accelSets$15(w, v11);
    }
    f = 12;
    if (v12 !== undefined) {
      e_VehicleStatus$object$16(w, v12);
    }
    f = 13;
    if (v13 !== undefined) {
      e_FullPositionVector(w, v13);
    }
    f = 14;
    if (v14 !== undefined) {
      if (!(v14 >= 0 && v14 <= 200 && Number.isInteger(v14))) throw rng(v14, 0, 200);
      w.bits(v14, 8);
    }
    f = 15;
    if (v15 !== undefined) {
      e_SpeedandHeadingandThrottleConfidence(w, v15);
    }
    f = 16;
    if (v16 !== undefined) {
      { const i = EI749(v16); if (i === undefined) throw badEnum(v16); w.bits(i, 3); }
    }
    f = 17;
    if (v17 !== undefined) {
      e_VehicleStatus$vehicleData$17(w, v17);
    }
    f = 18;
    if (v18 !== undefined) {
      e_VehicleIdent(w, v18);
    }
    f = 19;
    if (v19 !== undefined) {
      e_J1939data(w, v19);
    }
    f = 20;
    if (v20 !== undefined) {
      e_VehicleStatus$weatherReport$18(w, v20);
    }
    f = 21;
    if (v21 !== undefined) {
      w.bitBytes(fixedBits(v21, 8), 8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N712[f]!); }
}

function d_AccelerationConfidence(r: R): V {
  return EN750[r.bits(3)]!;
}
function e_AccelerationConfidence(w: W, v: V): void {
  { const i = EI751(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_BrakeAppliedPressure(r: R): V {
  return EN752[r.bits(4)]!;
}
function e_BrakeAppliedPressure(w: W, v: V): void {
  { const i = EI753(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_DrivingWheelAngle(r: R): V {
  return (-128 + r.bits(8));
}
function e_DrivingWheelAngle(w: W, v: V): void {
  if (!(v >= -128 && v <= 127 && Number.isInteger(v))) throw rng(v, -128, 127);
  w.bits(v - -128, 8);
}

function d_AxleLocation(r: R): V {
  return r.bits(8);
}
function e_AxleLocation(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_AxleWeight(r: R): V {
  return r.constrained(0, 64255, 16);
}
function e_AxleWeight(w: W, v: V): void {
  if (!(v >= 0 && v <= 64255 && Number.isInteger(v))) throw rng(v, 0, 64255);
  w.bits(v, 16);
}

function d_CargoWeight(r: R): V {
  return r.constrained(0, 64255, 16);
}
function e_CargoWeight(w: W, v: V): void {
  if (!(v >= 0 && v <= 64255 && Number.isInteger(v))) throw rng(v, 0, 64255);
  w.bits(v, 16);
}

function d_DriveAxleLiftAirPressure(r: R): V {
  return r.constrained(0, 1000, 10);
}
function e_DriveAxleLiftAirPressure(w: W, v: V): void {
  if (!(v >= 0 && v <= 1000 && Number.isInteger(v))) throw rng(v, 0, 1000);
  w.bits(v, 10);
}

function d_DriveAxleLocation(r: R): V {
  return r.bits(8);
}
function e_DriveAxleLocation(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_DriveAxleLubePressure(r: R): V {
  return r.constrained(0, 250, 8);
}
function e_DriveAxleLubePressure(w: W, v: V): void {
  if (!(v >= 0 && v <= 250 && Number.isInteger(v))) throw rng(v, 0, 250);
  w.bits(v, 8);
}

function d_DriveAxleTemperature(r: R): V {
  return r.constrained(-40, 210, 8);
}
function e_DriveAxleTemperature(w: W, v: V): void {
  if (!(v >= -40 && v <= 210 && Number.isInteger(v))) throw rng(v, -40, 210);
  w.bits(v - -40, 8);
}

function d_SteeringAxleLubePressure(r: R): V {
  return r.constrained(0, 250, 8);
}
function e_SteeringAxleLubePressure(w: W, v: V): void {
  if (!(v >= 0 && v <= 250 && Number.isInteger(v))) throw rng(v, 0, 250);
  w.bits(v, 8);
}

function d_SteeringAxleTemperature(r: R): V {
  return r.constrained(-40, 210, 8);
}
function e_SteeringAxleTemperature(w: W, v: V): void {
  if (!(v >= -40 && v <= 210 && Number.isInteger(v))) throw rng(v, -40, 210);
  w.bits(v - -40, 8);
}

function d_TireLeakageRate(r: R): V {
  return r.constrained(0, 64255, 16);
}
function e_TireLeakageRate(w: W, v: V): void {
  if (!(v >= 0 && v <= 64255 && Number.isInteger(v))) throw rng(v, 0, 64255);
  w.bits(v, 16);
}

function d_TireLocation(r: R): V {
  return r.bits(8);
}
function e_TireLocation(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_TirePressureThresholdDetection(r: R): V {
  return EN754[r.bits(3)]!;
}
function e_TirePressureThresholdDetection(w: W, v: V): void {
  { const i = EI755(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_TirePressure(r: R): V {
  return r.constrained(0, 250, 8);
}
function e_TirePressure(w: W, v: V): void {
  if (!(v >= 0 && v <= 250 && Number.isInteger(v))) throw rng(v, 0, 250);
  w.bits(v, 8);
}

function d_TireTemp(r: R): V {
  return r.constrained(-8736, 55519, 16);
}
function e_TireTemp(w: W, v: V): void {
  if (!(v >= -8736 && v <= 55519 && Number.isInteger(v))) throw rng(v, -8736, 55519);
  w.bits(v - -8736, 16);
}

function d_WheelEndElectFault(r: R): V {
  return EN756[r.bits(2)]!;
}
function e_WheelEndElectFault(w: W, v: V): void {
  { const i = EI757(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_WheelSensorStatus(r: R): V {
  return EN758[r.bits(2)]!;
}
function e_WheelSensorStatus(w: W, v: V): void {
  { const i = EI759(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_ProbeSegmentNumber(r: R): V {
  return r.bits(15);
}
function e_ProbeSegmentNumber(w: W, v: V): void {
  if (!(v >= 0 && v <= 32767 && Number.isInteger(v))) throw rng(v, 0, 32767);
  w.bits(v, 15);
}

function d_RainSensor(r: R): V {
  return EN760[r.bits(3)]!;
}
function e_RainSensor(w: W, v: V): void {
  { const i = EI761(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_SteeringWheelAngleConfidence(r: R): V {
  return EN762[r.bits(2)]!;
}
function e_SteeringWheelAngleConfidence(w: W, v: V): void {
  { const i = EI763(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_SteeringWheelAngleRateOfChange(r: R): V {
  return r.constrained(-127, 127, 8);
}
function e_SteeringWheelAngleRateOfChange(w: W, v: V): void {
  if (!(v >= -127 && v <= 127 && Number.isInteger(v))) throw rng(v, -127, 127);
  w.bits(v - -127, 8);
}

function d_SunSensor(r: R): V {
  return r.constrained(0, 1000, 10);
}
function e_SunSensor(w: W, v: V): void {
  if (!(v >= 0 && v <= 1000 && Number.isInteger(v))) throw rng(v, 0, 1000);
  w.bits(v, 10);
}

function d_ThrottlePosition(r: R): V {
  return r.constrained(0, 200, 8);
}
function e_ThrottlePosition(w: W, v: V): void {
  if (!(v >= 0 && v <= 200 && Number.isInteger(v))) throw rng(v, 0, 200);
  w.bits(v, 8);
}

function d_VINstring(r: R): V {
  return decOctets(r, 1, 17, false);
}
function e_VINstring(w: W, v: V): void {
  encOctets(w, v, 1, 17, false);
}

function d_YawRateConfidence(r: R): V {
  return EN764[r.bits(3)]!;
}
function e_YawRateConfidence(w: W, v: V): void {
  { const i = EI765(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_RTCMcorrections(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(12);
    const ext = ((x_ >>> 11) & 1) === 1;
    const m = (x_ >>> 7) & 15;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = (r.bool() ? ((i: number) => EA768[i] ?? i)(r.normallySmall()) : EN767[r.bits(2)]!);
    f = 2; const v2 = (m & 8) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? d_FullPositionVector(r) : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? d_RTCMheader(r) : undefined;
    f = 5; const v5 = d_RTCMmessageList(r);
    f = 6; const v6 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { msgCnt: v0, rev: v1, timeStamp: v2, anchorPoint: v3, rtcmHeader: v4, msgs: v5, regional: v6, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N766[f]!, r.pos); }
}
function e_RTCMcorrections(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.msgCnt;
    const v1 = v.rev;
    const v2 = v.timeStamp;
    const v3 = v.anchorPoint;
    const v4 = v.rtcmHeader;
    const v5 = v.msgs;
    const v6 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = -1;
    w.bits((((hasExt ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0))) * 128 + v0, 12);
    f = 1;
      { const i = EI769(v1);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ770(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 527040 && Number.isInteger(v2))) throw rng(v2, 0, 527040);
      w.bits(v2, 20);
    }
    f = 3;
    if (v3 !== undefined) {
      e_FullPositionVector(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      e_RTCMheader(w, v4);
    }
    f = 5; if (v5 === undefined) throw missing();
      e_RTCMmessageList(w, v5);
    f = 6;
    if (v6 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v6);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N766[f]!); }
}

function d_RTCM_Revision(r: R): V {
  return (r.bool() ? ((i: number) => EA772[i] ?? i)(r.normallySmall()) : EN771[r.bits(2)]!);
}
function e_RTCM_Revision(w: W, v: V): void {
  { const i = EI773(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ774(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_RoadSideAlert(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(16);
    const ext = ((x_ >>> 15) & 1) === 1;
    const m = (x_ >>> 7) & 255;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = (m & 128) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 2; const v2 = r.bits(16);
    f = 3; const v3 = (m & 64) !== 0 ? d_EventDescription$description$2(r) : undefined;
    f = 4; const v4 = (m & 32) !== 0 ? r.octets(1) : undefined;
    f = 5; const v5 = (m & 16) !== 0 ? { length: 16, bytes: r.bitBytes(16) } : undefined;
    f = 6; const v6 = (m & 8) !== 0 ? EN776[r.bits(4)]! : undefined;
    f = 7; const v7 = (m & 4) !== 0 ? d_FullPositionVector(r) : undefined;
    f = 8; const v8 = (m & 2) !== 0 ? r.octets(2) : undefined;
    f = 9; const v9 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { msgCnt: v0, timeStamp: v1, typeEvent: v2, description: v3, priority: v4, heading: v5, extent: v6, position: v7, furtherInfoID: v8, regional: v9, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N775[f]!, r.pos); }
}
function e_RoadSideAlert(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.msgCnt;
    const v1 = v.timeStamp;
    const v2 = v.typeEvent;
    const v3 = v.description;
    const v4 = v.priority;
    const v5 = v.heading;
    const v6 = v.extent;
    const v7 = v.position;
    const v8 = v.furtherInfoID;
    const v9 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = -1;
    w.bits((((hasExt ? 256 : 0) | (v1 !== undefined ? 128 : 0) | (v3 !== undefined ? 64 : 0) | (v4 !== undefined ? 32 : 0) | (v5 !== undefined ? 16 : 0) | (v6 !== undefined ? 8 : 0) | (v7 !== undefined ? 4 : 0) | (v8 !== undefined ? 2 : 0) | (v9 !== undefined ? 1 : 0))) * 128 + v0, 16);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 527040 && Number.isInteger(v1))) throw rng(v1, 0, 527040);
      w.bits(v1, 20);
    }
    f = 2;
      if (!(v2 >= 0 && v2 <= 65535 && Number.isInteger(v2))) throw rng(v2, 0, 65535);
      w.bits(v2, 16);
    f = 3;
    if (v3 !== undefined) {
      e_EventDescription$description$2(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      w.octets(fixedOctets(v4, 1));
    }
    f = 5;
    if (v5 !== undefined) {
      w.bitBytes(fixedBits(v5, 16), 16);
    }
    f = 6;
    if (v6 !== undefined) {
      { const i = EI777(v6); if (i === undefined) throw badEnum(v6); w.bits(i, 4); }
    }
    f = 7;
    if (v7 !== undefined) {
      e_FullPositionVector(w, v7);
    }
    f = 8;
    if (v8 !== undefined) {
      w.octets(fixedOctets(v8, 2));
    }
    f = 9;
    if (v9 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v9);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N775[f]!); }
}

function d_SPAT(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = (m & 2) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 2; const v2 = d_IntersectionStateList(r);
    f = 3; const v3 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { timeStamp: v0, name: v1, intersections: v2, regional: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N778[f]!, r.pos); }
}
function e_SPAT(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.timeStamp;
    const v1 = v.name;
    const v2 = v.intersections;
    const v3 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v0 !== undefined ? 4 : 0) | (v1 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0), 4);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 527040 && Number.isInteger(v0))) throw rng(v0, 0, 527040);
      w.bits(v0, 20);
    }
    f = 1;
    if (v1 !== undefined) {
      encChars(w, v1, 1, 63, false, 7, null, null);
    }
    f = 2; if (v2 === undefined) throw missing();
      e_IntersectionStateList(w, v2);
    f = 3;
    if (v3 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v3);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N778[f]!); }
}

function d_AdvisorySpeed(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(5);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA781[i] ?? i)(r.normallySmall()) : EN780[r.bits(2)]!);
    f = 1; const v1 = (m & 16) !== 0 ? r.constrained(0, 500, 9) : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? EN782[r.bits(3)]! : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? r.constrained(0, 10000, 14) : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? r.bits(8) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { type: v0, speed: v1, confidence: v2, distance: v3, class: v4, regional: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N779[f]!, r.pos); }
}
function e_AdvisorySpeed(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.type;
    const v1 = v.speed;
    const v2 = v.confidence;
    const v3 = v.distance;
    const v4 = v.class;
    const v5 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 32 : 0) | (v1 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0), 6);
    f = 0;
      { const i = EI783(v0);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ784(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 500 && Number.isInteger(v1))) throw rng(v1, 0, 500);
      w.bits(v1, 9);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI785(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 3); }
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 10000 && Number.isInteger(v3))) throw rng(v3, 0, 10000);
      w.bits(v3, 14);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 255 && Number.isInteger(v4))) throw rng(v4, 0, 255);
      w.bits(v4, 8);
    }
    f = 5;
    if (v5 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N779[f]!); }
}

function d_AdvisorySpeedList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 9);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_AdvisorySpeed(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_AdvisorySpeedList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_AdvisorySpeed(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_ConnectionManeuverAssist$regional$19(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_ConnectionManeuverAssist(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ConnectionManeuverAssist$regional$19(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 4)) throw badSize(n, 1, 4);
    w.bits(n - 1, 2);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RegionalExtension_Reg_ConnectionManeuverAssist(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_ConnectionManeuverAssist(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(14);
    const ext = ((x_ >>> 13) & 1) === 1;
    const m = (x_ >>> 8) & 31;
    f = 0; const v0 = ((x_ >>> 0) & 255);
    f = 1; const v1 = (m & 16) !== 0 ? r.constrained(0, 10000, 14) : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? r.constrained(0, 10000, 14) : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? r.bool() : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? r.bool() : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? d_ConnectionManeuverAssist$regional$19(r) : undefined;
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
    return { connectionID: v0, queueLength: v1, availableStorageLength: v2, waitOnStop: v3, pedBicycleDetect: v4, regional: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N786[f]!, r.pos); }
}
function e_ConnectionManeuverAssist(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.connectionID;
    const v1 = v.queueLength;
    const v2 = v.availableStorageLength;
    const v3 = v.waitOnStop;
    const v4 = v.pedBicycleDetect;
    const v5 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
    f = -1;
    w.bits((((hasExt ? 32 : 0) | (v1 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0))) * 256 + v0, 14);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 10000 && Number.isInteger(v1))) throw rng(v1, 0, 10000);
      w.bits(v1, 14);
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 10000 && Number.isInteger(v2))) throw rng(v2, 0, 10000);
      w.bits(v2, 14);
    }
    f = 3;
    if (v3 !== undefined) {
      checkBool(v3);
      w.bits(v3 ? 1 : 0, 1);
    }
    f = 4;
    if (v4 !== undefined) {
      checkBool(v4);
      w.bits(v4 ? 1 : 0, 1);
    }
    f = 5;
    if (v5 !== undefined) {
      e_ConnectionManeuverAssist$regional$19(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N786[f]!); }
}

function d_EnabledLaneList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 8);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(r.bits(8));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_EnabledLaneList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      if (!(x >= 0 && x <= 255 && Number.isInteger(x))) throw rng(x, 0, 255);
      w.bits(x, 8);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_IntersectionState$regional$20(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_IntersectionState(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_IntersectionState$regional$20(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 4)) throw badSize(n, 1, 4);
    w.bits(n - 1, 2);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RegionalExtension_Reg_IntersectionState(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_IntersectionState(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(6);
    f = 0; const v0 = (m & 32) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 1; const v1 = d_IntersectionReferenceID(r);
    f = 2; const v2 = r.bits(7);
    f = 3; const v3 = { length: 16, bytes: r.bitBytes(16) };
    f = 4; const v4 = (m & 16) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 5; const v5 = (m & 8) !== 0 ? r.bits(16) : undefined;
    f = 6; const v6 = (m & 4) !== 0 ? d_EnabledLaneList(r) : undefined;
    f = 7; const v7 = d_MovementList(r);
    f = 8; const v8 = (m & 2) !== 0 ? d_ManeuverAssistList(r) : undefined;
    f = 9; const v9 = (m & 1) !== 0 ? d_IntersectionState$regional$20(r) : undefined;
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
    return { name: v0, id: v1, revision: v2, status: v3, moy: v4, timeStamp: v5, enabledLanes: v6, states: v7, maneuverAssistList: v8, regional: v9, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N787[f]!, r.pos); }
}
function e_IntersectionState(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.name;
    const v1 = v.id;
    const v2 = v.revision;
    const v3 = v.status;
    const v4 = v.moy;
    const v5 = v.timeStamp;
    const v6 = v.enabledLanes;
    const v7 = v.states;
    const v8 = v.maneuverAssistList;
    const v9 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 64 : 0) | (v0 !== undefined ? 32 : 0) | (v4 !== undefined ? 16 : 0) | (v5 !== undefined ? 8 : 0) | (v6 !== undefined ? 4 : 0) | (v8 !== undefined ? 2 : 0) | (v9 !== undefined ? 1 : 0), 7);
    f = 0;
    if (v0 !== undefined) {
      encChars(w, v0, 1, 63, false, 7, null, null);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_IntersectionReferenceID(w, v1);
    f = 2;
      if (!(v2 >= 0 && v2 <= 127 && Number.isInteger(v2))) throw rng(v2, 0, 127);
      w.bits(v2, 7);
    f = 3;
      w.bitBytes(fixedBits(v3, 16), 16);
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 527040 && Number.isInteger(v4))) throw rng(v4, 0, 527040);
      w.bits(v4, 20);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 65535 && Number.isInteger(v5))) throw rng(v5, 0, 65535);
      w.bits(v5, 16);
    }
    f = 6;
    if (v6 !== undefined) {
      e_EnabledLaneList(w, v6);
    }
    f = 7; if (v7 === undefined) throw missing();
      e_MovementList(w, v7);
    f = 8;
    if (v8 !== undefined) {
      e_ManeuverAssistList(w, v8);
    }
    f = 9;
    if (v9 !== undefined) {
      e_IntersectionState$regional$20(w, v9);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N787[f]!); }
}

function d_IntersectionStateList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 31);
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

function d_ManeuverAssistList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 14);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ConnectionManeuverAssist(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ManeuverAssistList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_ConnectionManeuverAssist(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_MovementEventList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 8);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_MovementEvent(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_MovementEventList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_MovementEvent(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_MovementEvent$regional$21(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_MovementEvent(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_MovementEvent$regional$21(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 4)) throw badSize(n, 1, 4);
    w.bits(n - 1, 2);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RegionalExtension_Reg_MovementEvent(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_MovementEvent(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(8);
    const ext = ((x_ >>> 7) & 1) === 1;
    const m = (x_ >>> 4) & 7;
    f = 0; const v0 = EN796[((x_ >>> 0) & 15)]; if (v0 === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', 'enumeration index unknown', r.pos);
    f = 1; const v1 = (m & 4) !== 0 ? d_TimeChangeDetails(r) : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? d_AdvisorySpeedList(r) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? d_MovementEvent$regional$21(r) : undefined;
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
    return { eventState: v0, timing: v1, speeds: v2, regional: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N788[f]!, r.pos); }
}
function e_MovementEvent(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.eventState;
    const v1 = v.timing;
    const v2 = v.speeds;
    const v3 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    const i_v0 = EI799(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = -1;
    w.bits((((hasExt ? 8 : 0) | (v1 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0))) * 16 + i_v0, 8);
    f = 1;
    if (v1 !== undefined) {
      e_TimeChangeDetails(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      e_AdvisorySpeedList(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      e_MovementEvent$regional$21(w, v3);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N788[f]!); }
}

function d_MovementList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 255, 8);
    r.need(n, 12);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_MovementState(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_MovementList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 255)) throw badSize(n, 1, 255);
    w.bits(n - 1, 8);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_MovementState(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_MovementState(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 1; const v1 = r.bits(8);
    f = 2; const v2 = d_MovementEventList(r);
    f = 3; const v3 = (m & 2) !== 0 ? d_ManeuverAssistList(r) : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { movementName: v0, signalGroup: v1, "state-time-speed": v2, maneuverAssistList: v3, regional: v4, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N801[f]!, r.pos); }
}
function e_MovementState(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.movementName;
    const v1 = v.signalGroup;
    const v2 = v["state-time-speed"];
    const v3 = v.maneuverAssistList;
    const v4 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v0 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 4);
    f = 0;
    if (v0 !== undefined) {
      encChars(w, v0, 1, 63, false, 7, null, null);
    }
    f = 1;
      if (!(v1 >= 0 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, 0, 255);
      w.bits(v1, 8);
    f = 2; if (v2 === undefined) throw missing();
      e_MovementEventList(w, v2);
    f = 3;
    if (v3 !== undefined) {
      e_ManeuverAssistList(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v4);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N801[f]!); }
}

function d_TimeChangeDetails(r: R): V {
  let f = -1;
  try {
    const m = r.bits(5);
    f = 0; const v0 = (m & 16) !== 0 ? r.constrained(0, 36111, 16) : undefined;
    f = 1; const v1 = r.constrained(0, 36111, 16);
    f = 2; const v2 = (m & 8) !== 0 ? r.constrained(0, 36111, 16) : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? r.constrained(0, 36111, 16) : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? r.bits(4) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? r.constrained(0, 36111, 16) : undefined;
    return { startTime: v0, minEndTime: v1, maxEndTime: v2, likelyTime: v3, confidence: v4, nextTime: v5 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N802[f]!, r.pos); }
}
function e_TimeChangeDetails(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.startTime;
    const v1 = v.minEndTime;
    const v2 = v.maxEndTime;
    const v3 = v.likelyTime;
    const v4 = v.confidence;
    const v5 = v.nextTime;
    w.bits((v0 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0), 5);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 36111 && Number.isInteger(v0))) throw rng(v0, 0, 36111);
      w.bits(v0, 16);
    }
    f = 1;
      if (!(v1 >= 0 && v1 <= 36111 && Number.isInteger(v1))) throw rng(v1, 0, 36111);
      w.bits(v1, 16);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 36111 && Number.isInteger(v2))) throw rng(v2, 0, 36111);
      w.bits(v2, 16);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 36111 && Number.isInteger(v3))) throw rng(v3, 0, 36111);
      w.bits(v3, 16);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 15 && Number.isInteger(v4))) throw rng(v4, 0, 15);
      w.bits(v4, 4);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 36111 && Number.isInteger(v5))) throw rng(v5, 0, 36111);
      w.bits(v5, 16);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N802[f]!); }
}

function d_AdvisorySpeedType(r: R): V {
  return (r.bool() ? ((i: number) => EA804[i] ?? i)(r.normallySmall()) : EN803[r.bits(2)]!);
}
function e_AdvisorySpeedType(w: W, v: V): void {
  { const i = EI805(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ806(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_IntersectionStatusObject(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_IntersectionStatusObject(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_MovementPhaseState(r: R): V {
  return enumIndex(r, EN807, 4);
}
function e_MovementPhaseState(w: W, v: V): void {
  { const i = EI808(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_PedestrianBicycleDetect(r: R): V {
  return r.bool();
}
function e_PedestrianBicycleDetect(w: W, v: V): void {
  checkBool(v);
  w.bits(v ? 1 : 0, 1);
}

function d_SpeedAdvice(r: R): V {
  return r.constrained(0, 500, 9);
}
function e_SpeedAdvice(w: W, v: V): void {
  if (!(v >= 0 && v <= 500 && Number.isInteger(v))) throw rng(v, 0, 500);
  w.bits(v, 9);
}

function d_TimeIntervalConfidence(r: R): V {
  return r.bits(4);
}
function e_TimeIntervalConfidence(w: W, v: V): void {
  if (!(v >= 0 && v <= 15 && Number.isInteger(v))) throw rng(v, 0, 15);
  w.bits(v, 4);
}

function d_TimeMark(r: R): V {
  return r.constrained(0, 36111, 16);
}
function e_TimeMark(w: W, v: V): void {
  if (!(v >= 0 && v <= 36111 && Number.isInteger(v))) throw rng(v, 0, 36111);
  w.bits(v, 16);
}

function d_WaitOnStopline(r: R): V {
  return r.bool();
}
function e_WaitOnStopline(w: W, v: V): void {
  checkBool(v);
  w.bits(v ? 1 : 0, 1);
}

function d_ZoneLength(r: R): V {
  return r.constrained(0, 10000, 14);
}
function e_ZoneLength(w: W, v: V): void {
  if (!(v >= 0 && v <= 10000 && Number.isInteger(v))) throw rng(v, 0, 10000);
  w.bits(v, 14);
}

function d_SignalRequestMessage(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = (m & 8) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = r.bits(16);
    f = 2; const v2 = (m & 4) !== 0 ? r.bits(7) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? d_SignalRequestList(r) : undefined;
    f = 4; const v4 = d_RequestorDescription(r);
    f = 5; const v5 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { timeStamp: v0, second: v1, sequenceNumber: v2, requests: v3, requestor: v4, regional: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N809[f]!, r.pos); }
}
function e_SignalRequestMessage(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.timeStamp;
    const v1 = v.second;
    const v2 = v.sequenceNumber;
    const v3 = v.requests;
    const v4 = v.requestor;
    const v5 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 16 : 0) | (v0 !== undefined ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0), 5);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 527040 && Number.isInteger(v0))) throw rng(v0, 0, 527040);
      w.bits(v0, 20);
    }
    f = 1;
      if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
      w.bits(v1, 16);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 127 && Number.isInteger(v2))) throw rng(v2, 0, 127);
      w.bits(v2, 7);
    }
    f = 3;
    if (v3 !== undefined) {
      e_SignalRequestList(w, v3);
    }
    f = 4; if (v4 === undefined) throw missing();
      e_RequestorDescription(w, v4);
    f = 5;
    if (v5 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N809[f]!); }
}

function d_RequestorDescription(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(8);
    f = 0; const v0 = d_VehicleID(r);
    f = 1; const v1 = (m & 128) !== 0 ? d_RequestorType(r) : undefined;
    f = 2; const v2 = (m & 64) !== 0 ? d_RequestorPositionVector(r) : undefined;
    f = 3; const v3 = (m & 32) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 4; const v4 = (m & 16) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 5; const v5 = (m & 8) !== 0 ? { length: 8, bytes: r.bitBytes(8) } : undefined;
    f = 6; const v6 = (m & 4) !== 0 ? EN811[r.bits(3)]! : undefined;
    f = 7; const v7 = (m & 2) !== 0 ? r.constrained(-122, 121, 8) : undefined;
    f = 8; const v8 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { id: v0, type: v1, position: v2, name: v3, routeName: v4, transitStatus: v5, transitOccupancy: v6, transitSchedule: v7, regional: v8, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N810[f]!, r.pos); }
}
function e_RequestorDescription(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.id;
    const v1 = v.type;
    const v2 = v.position;
    const v3 = v.name;
    const v4 = v.routeName;
    const v5 = v.transitStatus;
    const v6 = v.transitOccupancy;
    const v7 = v.transitSchedule;
    const v8 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 256 : 0) | (v1 !== undefined ? 128 : 0) | (v2 !== undefined ? 64 : 0) | (v3 !== undefined ? 32 : 0) | (v4 !== undefined ? 16 : 0) | (v5 !== undefined ? 8 : 0) | (v6 !== undefined ? 4 : 0) | (v7 !== undefined ? 2 : 0) | (v8 !== undefined ? 1 : 0), 9);
    f = 0; if (v0 === undefined) throw missing();
      e_VehicleID(w, v0);
    f = 1;
    if (v1 !== undefined) {
      e_RequestorType(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      e_RequestorPositionVector(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      encChars(w, v3, 1, 63, false, 7, null, null);
    }
    f = 4;
    if (v4 !== undefined) {
      encChars(w, v4, 1, 63, false, 7, null, null);
    }
    f = 5;
    if (v5 !== undefined) {
      w.bitBytes(fixedBits(v5, 8), 8);
    }
    f = 6;
    if (v6 !== undefined) {
      { const i = EI812(v6); if (i === undefined) throw badEnum(v6); w.bits(i, 3); }
    }
    f = 7;
    if (v7 !== undefined) {
      if (!(v7 >= -122 && v7 <= 121 && Number.isInteger(v7))) throw rng(v7, -122, 121);
      w.bits(v7 - -122, 8);
    }
    f = 8;
    if (v8 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N810[f]!); }
}

function d_RequestorPositionVector(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = d_Position3D(r);
    f = 1; const v1 = (m & 2) !== 0 ? r.constrained(0, 28800, 15) : undefined;
    f = 2; const v2 = (m & 1) !== 0 ? d_TransmissionAndSpeed(r) : undefined;
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
    return { position: v0, heading: v1, speed: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N813[f]!, r.pos); }
}
function e_RequestorPositionVector(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.position;
    const v1 = v.heading;
    const v2 = v.speed;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v1 !== undefined ? 2 : 0) | (v2 !== undefined ? 1 : 0), 3);
    f = 0; if (v0 === undefined) throw missing();
      e_Position3D(w, v0);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 28800 && Number.isInteger(v1))) throw rng(v1, 0, 28800);
      w.bits(v1, 15);
    }
    f = 2;
    if (v2 !== undefined) {
      e_TransmissionAndSpeed(w, v2);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N813[f]!); }
}

function d_SignalRequestList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 39);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_SignalRequestPackage(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_SignalRequestList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_SignalRequestPackage(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_SignalRequestPackage(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = d_SignalRequest(r);
    f = 1; const v1 = (m & 8) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 2; const v2 = (m & 4) !== 0 ? r.bits(16) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? r.bits(16) : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { request: v0, minute: v1, second: v2, duration: v3, regional: v4, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N814[f]!, r.pos); }
}
function e_SignalRequestPackage(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.request;
    const v1 = v.minute;
    const v2 = v.second;
    const v3 = v.duration;
    const v4 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 16 : 0) | (v1 !== undefined ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 5);
    f = 0; if (v0 === undefined) throw missing();
      e_SignalRequest(w, v0);
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
      if (!(v3 >= 0 && v3 <= 65535 && Number.isInteger(v3))) throw rng(v3, 0, 65535);
      w.bits(v3, 16);
    }
    f = 4;
    if (v4 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v4);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N814[f]!); }
}

function d_SignalRequest(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = d_IntersectionReferenceID(r);
    f = 1; const v1 = r.bits(8);
    f = 2; const v2 = (r.bool() ? ((i: number) => EA817[i] ?? i)(r.normallySmall()) : EN816[r.bits(2)]!);
    f = 3; const v3 = d_IntersectionAccessPoint(r);
    f = 4; const v4 = (m & 2) !== 0 ? d_IntersectionAccessPoint(r) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { id: v0, requestID: v1, requestType: v2, inBoundLane: v3, outBoundLane: v4, regional: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N815[f]!, r.pos); }
}
function e_SignalRequest(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.id;
    const v1 = v.requestID;
    const v2 = v.requestType;
    const v3 = v.inBoundLane;
    const v4 = v.outBoundLane;
    const v5 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0), 3);
    f = 0; if (v0 === undefined) throw missing();
      e_IntersectionReferenceID(w, v0);
    f = 1;
      if (!(v1 >= 0 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, 0, 255);
      w.bits(v1, 8);
    f = 2;
      { const i = EI818(v2);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v2 === 'number' && Number.isInteger(v2) && v2 >= 0 ? v2 : EJ819(v2); if (j === undefined) throw badEnum(v2); w.bits(1, 1); w.normallySmall(j); } }
    f = 3; if (v3 === undefined) throw missing();
      e_IntersectionAccessPoint(w, v3);
    f = 4;
    if (v4 !== undefined) {
      e_IntersectionAccessPoint(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N815[f]!); }
}

function d_DeltaTime(r: R): V {
  return r.constrained(-122, 121, 8);
}
function e_DeltaTime(w: W, v: V): void {
  if (!(v >= -122 && v <= 121 && Number.isInteger(v))) throw rng(v, -122, 121);
  w.bits(v - -122, 8);
}

function d_PriorityRequestType(r: R): V {
  return (r.bool() ? ((i: number) => EA821[i] ?? i)(r.normallySmall()) : EN820[r.bits(2)]!);
}
function e_PriorityRequestType(w: W, v: V): void {
  { const i = EI822(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ823(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_TransitVehicleOccupancy(r: R): V {
  return EN824[r.bits(3)]!;
}
function e_TransitVehicleOccupancy(w: W, v: V): void {
  { const i = EI825(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_TransitVehicleStatus(r: R): V {
  return { length: 8, bytes: r.bitBytes(8) };
}
function e_TransitVehicleStatus(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 8), 8);
}

function d_SignalStatusMessage(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = r.bits(16);
    f = 2; const v2 = (m & 2) !== 0 ? r.bits(7) : undefined;
    f = 3; const v3 = d_SignalStatusList(r);
    f = 4; const v4 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { timeStamp: v0, second: v1, sequenceNumber: v2, status: v3, regional: v4, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N826[f]!, r.pos); }
}
function e_SignalStatusMessage(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.timeStamp;
    const v1 = v.second;
    const v2 = v.sequenceNumber;
    const v3 = v.status;
    const v4 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v0 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 4);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 527040 && Number.isInteger(v0))) throw rng(v0, 0, 527040);
      w.bits(v0, 20);
    }
    f = 1;
      if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
      w.bits(v1, 16);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 127 && Number.isInteger(v2))) throw rng(v2, 0, 127);
      w.bits(v2, 7);
    }
    f = 3; if (v3 === undefined) throw missing();
      e_SignalStatusList(w, v3);
    f = 4;
    if (v4 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v4);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N826[f]!); }
}

function d_SignalRequesterInfo(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = d_VehicleID(r);
    f = 1; const x1 = r.bits(15);
    f = 1; const v1 = ((x1 >>> 7) & 255);
    f = 2; const v2 = ((x1 >>> 0) & 127);
    f = 3; const v3 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA829[i] ?? i)(r.normallySmall()) : enumIndex(r, EN828, 5)) : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? d_RequestorType(r) : undefined;
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
    return { id: v0, request: v1, sequenceNumber: v2, role: v3, typeData: v4, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N827[f]!, r.pos); }
}
function e_SignalRequesterInfo(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.id;
    const v1 = v.request;
    const v2 = v.sequenceNumber;
    const v3 = v.role;
    const v4 = v.typeData;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 3);
    f = 0; if (v0 === undefined) throw missing();
      e_VehicleID(w, v0);
    f = 1;
    if (!(v1 >= 0 && v1 <= 255 && Number.isInteger(v1))) throw rng(v1, 0, 255);
    f = 2;
    if (!(v2 >= 0 && v2 <= 127 && Number.isInteger(v2))) throw rng(v2, 0, 127);
    w.bits((v1) * 128 + v2, 15);
    f = 3;
    if (v3 !== undefined) {
      { const i = EI830(v3);
        if (i !== undefined) w.bits(i, 6);
        else { const j = typeof v3 === 'number' && Number.isInteger(v3) && v3 >= 0 ? v3 : EJ831(v3); if (j === undefined) throw badEnum(v3); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 4;
    if (v4 !== undefined) {
      e_RequestorType(w, v4);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N827[f]!); }
}

function d_SignalStatusList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 26);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_SignalStatus(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_SignalStatusList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_SignalStatus(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_SignalStatusPackageList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 14);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_SignalStatusPackage(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_SignalStatusPackageList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 32)) throw badSize(n, 1, 32);
    w.bits(n - 1, 5);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_SignalStatusPackage(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_SignalStatusPackage(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(6);
    f = 0; const v0 = (m & 32) !== 0 ? d_SignalRequesterInfo(r) : undefined;
    f = 1; const v1 = d_IntersectionAccessPoint(r);
    f = 2; const v2 = (m & 16) !== 0 ? d_IntersectionAccessPoint(r) : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? r.bits(16) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? r.bits(16) : undefined;
    f = 6; const v6 = (r.bool() ? ((i: number) => EA834[i] ?? i)(r.normallySmall()) : EN833[r.bits(3)]!);
    f = 7; const v7 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { requester: v0, inboundOn: v1, outboundOn: v2, minute: v3, second: v4, duration: v5, status: v6, regional: v7, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N832[f]!, r.pos); }
}
function e_SignalStatusPackage(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.requester;
    const v1 = v.inboundOn;
    const v2 = v.outboundOn;
    const v3 = v.minute;
    const v4 = v.second;
    const v5 = v.duration;
    const v6 = v.status;
    const v7 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 64 : 0) | (v0 !== undefined ? 32 : 0) | (v2 !== undefined ? 16 : 0) | (v3 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v7 !== undefined ? 1 : 0), 7);
    f = 0;
    if (v0 !== undefined) {
      e_SignalRequesterInfo(w, v0);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_IntersectionAccessPoint(w, v1);
    f = 2;
    if (v2 !== undefined) {
      e_IntersectionAccessPoint(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 527040 && Number.isInteger(v3))) throw rng(v3, 0, 527040);
      w.bits(v3, 20);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 65535 && Number.isInteger(v4))) throw rng(v4, 0, 65535);
      w.bits(v4, 16);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 65535 && Number.isInteger(v5))) throw rng(v5, 0, 65535);
      w.bits(v5, 16);
    }
    f = 6;
      { const i = EI835(v6);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v6 === 'number' && Number.isInteger(v6) && v6 >= 0 ? v6 : EJ836(v6); if (j === undefined) throw badEnum(v6); w.bits(1, 1); w.normallySmall(j); } }
    f = 7;
    if (v7 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v7);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N832[f]!); }
}

function d_SignalStatus(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(9);
    const ext = ((x_ >>> 8) & 1) === 1;
    const m = (x_ >>> 7) & 1;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = d_IntersectionReferenceID(r);
    f = 2; const v2 = d_SignalStatusPackageList(r);
    f = 3; const v3 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { sequenceNumber: v0, id: v1, sigStatus: v2, regional: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N837[f]!, r.pos); }
}
function e_SignalStatus(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.sequenceNumber;
    const v1 = v.id;
    const v2 = v.sigStatus;
    const v3 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = -1;
    w.bits((((hasExt ? 2 : 0) | (v3 !== undefined ? 1 : 0))) * 128 + v0, 9);
    f = 1; if (v1 === undefined) throw missing();
      e_IntersectionReferenceID(w, v1);
    f = 2; if (v2 === undefined) throw missing();
      e_SignalStatusPackageList(w, v2);
    f = 3;
    if (v3 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v3);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N837[f]!); }
}

function d_TestMessage00(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N838[f]!, r.pos); }
}
function e_TestMessage00(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N838[f]!); }
}

function d_TestMessage01(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N839[f]!, r.pos); }
}
function e_TestMessage01(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N839[f]!); }
}

function d_TestMessage02(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N840[f]!, r.pos); }
}
function e_TestMessage02(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N840[f]!); }
}

function d_TestMessage03(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N841[f]!, r.pos); }
}
function e_TestMessage03(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N841[f]!); }
}

function d_TestMessage04(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N842[f]!, r.pos); }
}
function e_TestMessage04(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N842[f]!); }
}

function d_TestMessage05(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N843[f]!, r.pos); }
}
function e_TestMessage05(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N843[f]!); }
}

function d_TestMessage06(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N844[f]!, r.pos); }
}
function e_TestMessage06(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N844[f]!); }
}

function d_TestMessage07(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N845[f]!, r.pos); }
}
function e_TestMessage07(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N845[f]!); }
}

function d_TestMessage08(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N846[f]!, r.pos); }
}
function e_TestMessage08(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N846[f]!); }
}

function d_TestMessage09(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N847[f]!, r.pos); }
}
function e_TestMessage09(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N847[f]!); }
}

function d_TestMessage10(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N848[f]!, r.pos); }
}
function e_TestMessage10(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N848[f]!); }
}

function d_TestMessage11(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N849[f]!, r.pos); }
}
function e_TestMessage11(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N849[f]!); }
}

function d_TestMessage12(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N850[f]!, r.pos); }
}
function e_TestMessage12(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N850[f]!); }
}

function d_TestMessage13(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N851[f]!, r.pos); }
}
function e_TestMessage13(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N851[f]!); }
}

function d_TestMessage14(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N852[f]!, r.pos); }
}
function e_TestMessage14(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N852[f]!); }
}

function d_TestMessage15(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Header(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? d_RegionalExtension(r) : undefined;
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
    return { header: v0, regional: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N853[f]!, r.pos); }
}
function e_TestMessage15(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.header;
    const v1 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Header(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RegionalExtension(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N853[f]!); }
}

function d_TravelerInformation(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(12);
    const ext = ((x_ >>> 11) & 1) === 1;
    const m = (x_ >>> 7) & 15;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = (m & 8) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 2; const v2 = (m & 4) !== 0 ? r.octets(9) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? decChars(r, 1, 45, false, 7, null, null) : undefined;
    f = 4; const v4 = d_TravelerDataFrameList(r);
    f = 5; const v5 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { msgCnt: v0, timeStamp: v1, packetID: v2, urlB: v3, dataFrames: v4, regional: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N854[f]!, r.pos); }
}
function e_TravelerInformation(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.msgCnt;
    const v1 = v.timeStamp;
    const v2 = v.packetID;
    const v3 = v.urlB;
    const v4 = v.dataFrames;
    const v5 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 127 && Number.isInteger(v0))) throw rng(v0, 0, 127);
    f = -1;
    w.bits((((hasExt ? 16 : 0) | (v1 !== undefined ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0))) * 128 + v0, 12);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 527040 && Number.isInteger(v1))) throw rng(v1, 0, 527040);
      w.bits(v1, 20);
    }
    f = 2;
    if (v2 !== undefined) {
      w.octets(fixedOctets(v2, 9));
    }
    f = 3;
    if (v3 !== undefined) {
      encChars(w, v3, 1, 45, false, 7, null, null);
    }
    f = 4; if (v4 === undefined) throw missing();
      e_TravelerDataFrameList(w, v4);
    f = 5;
    if (v5 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N854[f]!); }
}

function d_Circle(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = d_Position3D(r);
    f = 1; const x1 = r.bits(15);
    f = 1; const v1 = ((x1 >>> 3) & 4095);
    f = 2; const v2 = EN861[((x1 >>> 0) & 7)];
    return { center: v0, radius: v1, units: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N855[f]!, r.pos); }
}
function e_Circle(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.center;
    const v1 = v.radius;
    const v2 = v.units;
    f = 0; if (v0 === undefined) throw missing();
      e_Position3D(w, v0);
    f = 1;
    if (!(v1 >= 0 && v1 <= 4095 && Number.isInteger(v1))) throw rng(v1, 0, 4095);
    f = 2;
    const i_v2 = EI864(v2); if (i_v2 === undefined) throw badEnum(v2);
    w.bits((v1) * 8 + i_v2, 15);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N855[f]!); }
}

function d_GeographicalPath$description$22(r: R): V {
  let f = -1;
  try {
    if (r.bool()) {
      const i = r.normallySmall();
      switch (i) {
        default: return { $ext: { index: i, bytes: r.openOpaque() } };
      }
    }
    const i = r.constrained(0, 2, 2);
    f = i;
    switch (i) {
      case 0: return { path: d_OffsetSystem(r) };
      case 1: return { geometry: d_GeometricProjection(r) };
      case 2: return { oldRegion: d_ValidRegion(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N868[f]!, r.pos); }
}
function e_GeographicalPath$description$22(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.path) !== undefined) {
      f = 0;
      w.bits(0, 3);
      e_OffsetSystem(w, x);
      return;
    }
    if ((x = v.geometry) !== undefined) {
      f = 1;
      w.bits(1, 3);
      e_GeometricProjection(w, x);
      return;
    }
    if ((x = v.oldRegion) !== undefined) {
      f = 2;
      w.bits(2, 3);
      e_ValidRegion(w, x);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N868[f]!); }
}

function d_GeographicalPath(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(9);
    f = 0; const v0 = (m & 256) !== 0 ? decChars(r, 1, 63, false, 7, null, null) : undefined;
    f = 1; const v1 = (m & 128) !== 0 ? d_RoadSegmentReferenceID(r) : undefined;
    f = 2; const v2 = (m & 64) !== 0 ? d_Position3D(r) : undefined;
    f = 3; const v3 = (m & 32) !== 0 ? r.bits(15) : undefined;
    f = 4; const v4 = (m & 16) !== 0 ? EN867[r.bits(2)]! : undefined;
    f = 5; const v5 = (m & 8) !== 0 ? r.bool() : undefined;
    f = 6; const v6 = (m & 4) !== 0 ? { length: 16, bytes: r.bitBytes(16) } : undefined;
    f = 7; const v7 = (m & 2) !== 0 ? d_GeographicalPath$description$22(r) : undefined;
    f = 8; const v8 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { name: v0, id: v1, anchor: v2, laneWidth: v3, directionality: v4, closedPath: v5, direction: v6, description: v7, regional: v8, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N866[f]!, r.pos); }
}
function e_GeographicalPath(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.name;
    const v1 = v.id;
    const v2 = v.anchor;
    const v3 = v.laneWidth;
    const v4 = v.directionality;
    const v5 = v.closedPath;
    const v6 = v.direction;
    const v7 = v.description;
    const v8 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 512 : 0) | (v0 !== undefined ? 256 : 0) | (v1 !== undefined ? 128 : 0) | (v2 !== undefined ? 64 : 0) | (v3 !== undefined ? 32 : 0) | (v4 !== undefined ? 16 : 0) | (v5 !== undefined ? 8 : 0) | (v6 !== undefined ? 4 : 0) | (v7 !== undefined ? 2 : 0) | (v8 !== undefined ? 1 : 0), 10);
    f = 0;
    if (v0 !== undefined) {
      encChars(w, v0, 1, 63, false, 7, null, null);
    }
    f = 1;
    if (v1 !== undefined) {
      e_RoadSegmentReferenceID(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      e_Position3D(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 32767 && Number.isInteger(v3))) throw rng(v3, 0, 32767);
      w.bits(v3, 15);
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI869(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 2); }
    }
    f = 5;
    if (v5 !== undefined) {
      checkBool(v5);
      w.bits(v5 ? 1 : 0, 1);
    }
    f = 6;
    if (v6 !== undefined) {
      w.bitBytes(fixedBits(v6, 16), 16);
    }
    f = 7;
    if (v7 !== undefined) {
      e_GeographicalPath$description$22(w, v7);
    }
    f = 8;
    if (v8 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N866[f]!); }
}

function d_GeometricProjection(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = { length: 16, bytes: r.bitBytes(16) };
    f = 1; const v1 = (m & 4) !== 0 ? EN871[r.bits(4)]! : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? r.bits(15) : undefined;
    f = 3; const v3 = d_Circle(r);
    f = 4; const v4 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { direction: v0, extent: v1, laneWidth: v2, circle: v3, regional: v4, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N870[f]!, r.pos); }
}
function e_GeometricProjection(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.direction;
    const v1 = v.extent;
    const v2 = v.laneWidth;
    const v3 = v.circle;
    const v4 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v1 !== undefined ? 4 : 0) | (v2 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0), 4);
    f = 0;
      w.bitBytes(fixedBits(v0, 16), 16);
    f = 1;
    if (v1 !== undefined) {
      { const i = EI872(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 4); }
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 32767 && Number.isInteger(v2))) throw rng(v2, 0, 32767);
      w.bits(v2, 15);
    }
    f = 3; if (v3 === undefined) throw missing();
      e_Circle(w, v3);
    f = 4;
    if (v4 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v4);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N870[f]!); }
}

function d_ExitService$item$item$24(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { itis: r.bits(16) };
      case 1: return { text: decChars(r, 1, 16, false, 7, null, null) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N874[f]!, r.pos); }
}
function e_ExitService$item$item$24(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.itis) !== undefined) {
      f = 0;
      w.bits(0, 1);
      if (!(x >= 0 && x <= 65535 && Number.isInteger(x))) throw rng(x, 0, 65535);
      w.bits(x, 16);
      return;
    }
    if ((x = v.text) !== undefined) {
      f = 1;
      w.bits(1, 1);
      encChars(w, x, 1, 16, false, 7, null, null);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N874[f]!); }
}

function d_ExitService$item$23(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = d_ExitService$item$item$24(r);
    return { item: v0 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N873[f]!, r.pos); }
}
function e_ExitService$item$23(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.item;
    f = 0; if (v0 === undefined) throw missing();
      e_ExitService$item$item$24(w, v0);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N873[f]!); }
}

function d_ExitService(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 1);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ExitService$item$23(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ExitService(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_ExitService$item$23(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_GenericSignage(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 1);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ExitService$item$23(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_GenericSignage(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_ExitService$item$23(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_SpeedLimit(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 1);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ExitService$item$23(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_SpeedLimit(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_ExitService$item$23(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_WorkZone(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 1);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ExitService$item$23(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_WorkZone(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_ExitService$item$23(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_Node_LL_24B(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(24);
    f = 0; const v0 = (-2048 + ((x0 >>> 12) & 4095));
    f = 1; const v1 = (-2048 + ((x0 >>> 0) & 4095));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N875[f]!, r.pos); }
}
function e_Node_LL_24B(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N875[f]!); }
}

function d_Node_LL_28B(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(28);
    f = 0; const v0 = (-8192 + ((x0 >>> 14) & 16383));
    f = 1; const v1 = (-8192 + ((x0 >>> 0) & 16383));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N876[f]!, r.pos); }
}
function e_Node_LL_28B(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N876[f]!); }
}

function d_Node_LL_32B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-32768 + r.bits(16));
    f = 1; const v1 = (-32768 + r.bits(16));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N877[f]!, r.pos); }
}
function e_Node_LL_32B(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N877[f]!); }
}

function d_Node_LL_36B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-131072 + r.bits(18));
    f = 1; const v1 = (-131072 + r.bits(18));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N878[f]!, r.pos); }
}
function e_Node_LL_36B(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N878[f]!); }
}

function d_Node_LL_44B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-2097152 + r.bits(22));
    f = 1; const v1 = (-2097152 + r.bits(22));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N879[f]!, r.pos); }
}
function e_Node_LL_44B(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N879[f]!); }
}

function d_Node_LL_48B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-8388608 + r.bits(24));
    f = 1; const v1 = (-8388608 + r.bits(24));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N880[f]!, r.pos); }
}
function e_Node_LL_48B(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N880[f]!); }
}

function d_NodeAttributeLLList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 5);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push((r.bool() ? ((i: number) => EA882[i] ?? i)(r.normallySmall()) : enumIndex(r, EN881, 4)));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_NodeAttributeLLList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      { const i = EI883(x);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ884(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_NodeAttributeSetLL(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(7);
    f = 0; const v0 = (m & 64) !== 0 ? d_NodeAttributeLLList(r) : undefined;
    f = 1; const v1 = (m & 32) !== 0 ? d_SegmentAttributeLLList(r) : undefined;
    f = 2; const v2 = (m & 16) !== 0 ? d_SegmentAttributeLLList(r) : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? d_LaneDataAttributeList(r) : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? (-512 + r.bits(10)) : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? (-512 + r.bits(10)) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? d_BasicSafetyMessage$regional$1(r) : undefined;
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
    return { localNode: v0, disabled: v1, enabled: v2, data: v3, dWidth: v4, dElevation: v5, regional: v6, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N885[f]!, r.pos); }
}
function e_NodeAttributeSetLL(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.localNode;
    const v1 = v.disabled;
    const v2 = v.enabled;
    const v3 = v.data;
    const v4 = v.dWidth;
    const v5 = v.dElevation;
    const v6 = v.regional;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 128 : 0) | (v0 !== undefined ? 64 : 0) | (v1 !== undefined ? 32 : 0) | (v2 !== undefined ? 16 : 0) | (v3 !== undefined ? 8 : 0) | (v4 !== undefined ? 4 : 0) | (v5 !== undefined ? 2 : 0) | (v6 !== undefined ? 1 : 0), 8);
    f = 0;
    if (v0 !== undefined) {
      e_NodeAttributeLLList(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      e_SegmentAttributeLLList(w, v1);
    }
    f = 2;
    if (v2 !== undefined) {
      e_SegmentAttributeLLList(w, v2);
    }
    f = 3;
    if (v3 !== undefined) {
      e_LaneDataAttributeList(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= -512 && v4 <= 511 && Number.isInteger(v4))) throw rng(v4, -512, 511);
      w.bits(v4 - -512, 10);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= -512 && v5 <= 511 && Number.isInteger(v5))) throw rng(v5, -512, 511);
      w.bits(v5 - -512, 10);
    }
    f = 6;
    if (v6 !== undefined) {
      e_BasicSafetyMessage$regional$1(w, v6);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N885[f]!); }
}

function d_NodeListLL(r: R): V {
  let f = -1;
  try {
    if (r.bool()) {
      const i = r.normallySmall();
      switch (i) {
        default: return { $ext: { index: i, bytes: r.openOpaque() } };
      }
    }
    const i = 0;
    f = i;
    switch (i) {
      case 0: return { nodes: d_NodeSetLL(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N886[f]!, r.pos); }
}
function e_NodeListLL(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.nodes) !== undefined) {
      f = 0;
      w.bits(0, 1);
      e_NodeSetLL(w, x);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N886[f]!); }
}

function d_NodeLL(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(1);
    f = 0; const v0 = d_NodeOffsetPointLL(r);
    f = 1; const v1 = (m & 1) !== 0 ? d_NodeAttributeSetLL(r) : undefined;
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
    return { delta: v0, attributes: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N887[f]!, r.pos); }
}
function e_NodeLL(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.delta;
    const v1 = v.attributes;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 2 : 0) | (v1 !== undefined ? 1 : 0), 2);
    f = 0; if (v0 === undefined) throw missing();
      e_NodeOffsetPointLL(w, v0);
    f = 1;
    if (v1 !== undefined) {
      e_NodeAttributeSetLL(w, v1);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N887[f]!); }
}

function d_NodeOffsetPointLL(r: R): V {
  let f = -1;
  try {
    const i = r.bits(3);
    f = i;
    switch (i) {
      case 0: return { "node-LL1": d_Node_LL_24B(r) };
      case 1: return { "node-LL2": d_Node_LL_28B(r) };
      case 2: return { "node-LL3": d_Node_LL_32B(r) };
      case 3: return { "node-LL4": d_Node_LL_36B(r) };
      case 4: return { "node-LL5": d_Node_LL_44B(r) };
      case 5: return { "node-LL6": d_Node_LL_48B(r) };
      case 6: return { "node-LatLon": d_Node_LLmD_64b(r) };
      case 7: return { regional: d_RegionalExtension(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N888[f]!, r.pos); }
}
function e_NodeOffsetPointLL(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v["node-LL1"]) !== undefined) {
      f = 0;
      w.bits(0, 3);
      e_Node_LL_24B(w, x);
      return;
    }
    if ((x = v["node-LL2"]) !== undefined) {
      f = 1;
      w.bits(1, 3);
      e_Node_LL_28B(w, x);
      return;
    }
    if ((x = v["node-LL3"]) !== undefined) {
      f = 2;
      w.bits(2, 3);
      e_Node_LL_32B(w, x);
      return;
    }
    if ((x = v["node-LL4"]) !== undefined) {
      f = 3;
      w.bits(3, 3);
      e_Node_LL_36B(w, x);
      return;
    }
    if ((x = v["node-LL5"]) !== undefined) {
      f = 4;
      w.bits(4, 3);
      e_Node_LL_44B(w, x);
      return;
    }
    if ((x = v["node-LL6"]) !== undefined) {
      f = 5;
      w.bits(5, 3);
      e_Node_LL_48B(w, x);
      return;
    }
    if ((x = v["node-LatLon"]) !== undefined) {
      f = 6;
      w.bits(6, 3);
      e_Node_LLmD_64b(w, x);
      return;
    }
    if ((x = v.regional) !== undefined) {
      f = 7;
      w.bits(7, 3);
      e_RegionalExtension(w, x);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N888[f]!); }
}

function d_NodeSetLL(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(2, 63, 6);
    r.need(n, 5);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_NodeLL(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_NodeSetLL(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 2 && n <= 63)) throw badSize(n, 2, 63);
    w.bits(n - 2, 6);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_NodeLL(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_OffsetSystem$offset$25(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { xy: d_NodeListXY(r) };
      case 1: return { ll: d_NodeListLL(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N890[f]!, r.pos); }
}
function e_OffsetSystem$offset$25(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.xy) !== undefined) {
      f = 0;
      w.bits(0, 1);
      e_NodeListXY(w, x);
      return;
    }
    if ((x = v.ll) !== undefined) {
      f = 1;
      w.bits(1, 1);
      e_NodeListLL(w, x);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N890[f]!); }
}

function d_OffsetSystem(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? r.bits(4) : undefined;
    f = 1; const v1 = d_OffsetSystem$offset$25(r);
    return { scale: v0, offset: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N889[f]!, r.pos); }
}
function e_OffsetSystem(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.scale;
    const v1 = v.offset;
    w.bits((v0 !== undefined ? 1 : 0), 1);
    f = 0;
    if (v0 !== undefined) {
      if (!(v0 >= 0 && v0 <= 15 && Number.isInteger(v0))) throw rng(v0, 0, 15);
      w.bits(v0, 4);
    }
    f = 1; if (v1 === undefined) throw missing();
      e_OffsetSystem$offset$25(w, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N889[f]!); }
}

function d_RegionList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 64, 6);
    r.need(n, 33);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionOffsets(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RegionList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 64)) throw badSize(n, 1, 64);
    w.bits(n - 1, 6);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_RegionOffsets(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_RegionOffsets(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(17);
    const m = (x_ >>> 16) & 1;
    f = 0; const v0 = (-32768 + ((x_ >>> 0) & 65535));
    f = 1; const v1 = (-32768 + r.bits(16));
    f = 2; const v2 = (m & 1) !== 0 ? (-32768 + r.bits(16)) : undefined;
    return { xOffset: v0, yOffset: v1, zOffset: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N891[f]!, r.pos); }
}
function e_RegionOffsets(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.xOffset;
    const v1 = v.yOffset;
    const v2 = v.zOffset;
    f = 0;
    if (!(v0 >= -32768 && v0 <= 32767 && Number.isInteger(v0))) throw rng(v0, -32768, 32767);
    f = -1;
    w.bits((((v2 !== undefined ? 1 : 0))) * 65536 + (v0 - -32768), 17);
    f = 1;
      if (!(v1 >= -32768 && v1 <= 32767 && Number.isInteger(v1))) throw rng(v1, -32768, 32767);
      w.bits(v1 - -32768, 16);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= -32768 && v2 <= 32767 && Number.isInteger(v2))) throw rng(v2, -32768, 32767);
      w.bits(v2 - -32768, 16);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N891[f]!); }
}

function d_RegionPointSet(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = (m & 2) !== 0 ? d_Position3D(r) : undefined;
    f = 1; const v1 = (m & 1) !== 0 ? r.bits(4) : undefined;
    f = 2; const v2 = d_RegionList(r);
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
    return { anchor: v0, scale: v1, nodeList: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N892[f]!, r.pos); }
}
function e_RegionPointSet(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.anchor;
    const v1 = v.scale;
    const v2 = v.nodeList;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 4 : 0) | (v0 !== undefined ? 2 : 0) | (v1 !== undefined ? 1 : 0), 3);
    f = 0;
    if (v0 !== undefined) {
      e_Position3D(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 15 && Number.isInteger(v1))) throw rng(v1, 0, 15);
      w.bits(v1, 4);
    }
    f = 2; if (v2 === undefined) throw missing();
      e_RegionList(w, v2);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N892[f]!); }
}

function d_RoadSignID(r: R): V {
  let f = -1;
  try {
    const m = r.bits(2);
    f = 0; const v0 = d_Position3D(r);
    f = 1; const v1 = { length: 16, bytes: r.bitBytes(16) };
    f = 2; const v2 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA895[i] ?? i)(r.normallySmall()) : enumIndex(r, EN894, 3)) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? r.octets(2) : undefined;
    return { position: v0, viewAngle: v1, mutcdCode: v2, crc: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N893[f]!, r.pos); }
}
function e_RoadSignID(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.position;
    const v1 = v.viewAngle;
    const v2 = v.mutcdCode;
    const v3 = v.crc;
    w.bits((v2 !== undefined ? 2 : 0) | (v3 !== undefined ? 1 : 0), 2);
    f = 0; if (v0 === undefined) throw missing();
      e_Position3D(w, v0);
    f = 1;
      w.bitBytes(fixedBits(v1, 16), 16);
    f = 2;
    if (v2 !== undefined) {
      { const i = EI896(v2);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v2 === 'number' && Number.isInteger(v2) && v2 >= 0 ? v2 : EJ897(v2); if (j === undefined) throw badEnum(v2); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 3;
    if (v3 !== undefined) {
      w.octets(fixedOctets(v3, 2));
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N893[f]!); }
}

function d_SegmentAttributeLLList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 7);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push((r.bool() ? ((i: number) => EA899[i] ?? i)(r.normallySmall()) : enumIndex(r, EN898, 6)));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_SegmentAttributeLLList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      { const i = EI900(x);
        if (i !== undefined) w.bits(i, 7);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ902(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_ShapePointSet(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? d_Position3D(r) : undefined;
    f = 1; const v1 = (m & 2) !== 0 ? r.bits(15) : undefined;
    f = 2; const v2 = (m & 1) !== 0 ? EN904[r.bits(2)]! : undefined;
    f = 3; const v3 = d_NodeListXY(r);
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
    return { anchor: v0, laneWidth: v1, directionality: v2, nodeList: v3, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N903[f]!, r.pos); }
}
function e_ShapePointSet(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.anchor;
    const v1 = v.laneWidth;
    const v2 = v.directionality;
    const v3 = v.nodeList;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    w.bits((hasExt ? 8 : 0) | (v0 !== undefined ? 4 : 0) | (v1 !== undefined ? 2 : 0) | (v2 !== undefined ? 1 : 0), 4);
    f = 0;
    if (v0 !== undefined) {
      e_Position3D(w, v0);
    }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 32767 && Number.isInteger(v1))) throw rng(v1, 0, 32767);
      w.bits(v1, 15);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI905(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 2); }
    }
    f = 3; if (v3 === undefined) throw missing();
      e_NodeListXY(w, v3);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N903[f]!); }
}

function d_TravelerDataFrameList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 68);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_TravelerDataFrame(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_TravelerDataFrameList(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 8)) throw badSize(n, 1, 8);
    w.bits(n - 1, 3);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_TravelerDataFrame(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_TravelerDataFrame$msgId$26(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { furtherInfoID: r.octets(2) };
      case 1: return { roadSignID: d_RoadSignID(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N909[f]!, r.pos); }
}
function e_TravelerDataFrame$msgId$26(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.furtherInfoID) !== undefined) {
      f = 0;
      w.bits(0, 1);
      w.octets(fixedOctets(x, 2));
      return;
    }
    if ((x = v.roadSignID) !== undefined) {
      f = 1;
      w.bits(1, 1);
      e_RoadSignID(w, x);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N909[f]!); }
}

function d_TravelerDataFrame$regions$27(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 10);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_GeographicalPath(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_TravelerDataFrame$regions$27(w: W, v: V): void {
  let i = -1;
  try {
    checkArray(v);
    const n = v.length;
    if (!(n >= 1 && n <= 16)) throw badSize(n, 1, 16);
    w.bits(n - 1, 4);
    for (i = 0; i < n; i++) {
      const x = v[i];
      e_GeographicalPath(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_TravelerDataFrame$content$28(r: R): V {
  let f = -1;
  try {
    const i = r.constrained(0, 4, 3);
    f = i;
    switch (i) {
      case 0: return { advisory: d_ITIScodesAndText(r) };
      case 1: return { workZone: d_WorkZone(r) };
      case 2: return { genericSign: d_GenericSignage(r) };
      case 3: return { speedLimit: d_SpeedLimit(r) };
      case 4: return { exitService: d_ExitService(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N910[f]!, r.pos); }
}
function e_TravelerDataFrame$content$28(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.advisory) !== undefined) {
      f = 0;
      w.bits(0, 3);
      e_ITIScodesAndText(w, x);
      return;
    }
    if ((x = v.workZone) !== undefined) {
      f = 1;
      w.bits(1, 3);
      e_WorkZone(w, x);
      return;
    }
    if ((x = v.genericSign) !== undefined) {
      f = 2;
      w.bits(2, 3);
      e_GenericSignage(w, x);
      return;
    }
    if ((x = v.speedLimit) !== undefined) {
      f = 3;
      w.bits(3, 3);
      e_SpeedLimit(w, x);
      return;
    }
    if ((x = v.exitService) !== undefined) {
      f = 4;
      w.bits(4, 3);
      e_ExitService(w, x);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N910[f]!); }
}

function d_TravelerDataFrame(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(8);
    const ext = ((x_ >>> 7) & 1) === 1;
    const m = (x_ >>> 5) & 3;
    f = 0; const v0 = ((x_ >>> 0) & 31);
    f = 1; const v1 = (r.bool() ? ((i: number) => EA908[i] ?? i)(r.normallySmall()) : EN907[r.bits(2)]!);
    f = 2; const v2 = d_TravelerDataFrame$msgId$26(r);
    f = 3; const v3 = (m & 2) !== 0 ? r.bits(12) : undefined;
    f = 4; const v4 = r.constrained(0, 527040, 20);
    f = 5; const x5 = r.bits(23);
    f = 5; const v5 = ((x5 >>> 8) & 32767); if (v5 > 32000) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v5} above 32000`, r.pos);
    f = 6; const v6 = ((x5 >>> 5) & 7);
    f = 7; const v7 = ((x5 >>> 0) & 31);
    f = 8; const v8 = d_TravelerDataFrame$regions$27(r);
    f = 9; const x9 = r.bits(10);
    f = 9; const v9 = ((x9 >>> 5) & 31);
    f = 10; const v10 = ((x9 >>> 0) & 31);
    f = 11; const v11 = d_TravelerDataFrame$content$28(r);
    f = 12; const v12 = (m & 1) !== 0 ? decChars(r, 1, 15, false, 7, null, null) : undefined;
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
    return { notUsed: v0, frameType: v1, msgId: v2, startYear: v3, startTime: v4, durationTime: v5, priority: v6, notUsed1: v7, regions: v8, notUsed2: v9, notUsed3: v10, content: v11, url: v12, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N906[f]!, r.pos); }
}
function e_TravelerDataFrame(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.notUsed;
    const v1 = v.frameType;
    const v2 = v.msgId;
    const v3 = v.startYear;
    const v4 = v.startTime;
    const v5 = v.durationTime;
    const v6 = v.priority;
    const v7 = v.notUsed1;
    const v8 = v.regions;
    const v9 = v.notUsed2;
    const v10 = v.notUsed3;
    const v11 = v.content;
    const v12 = v.url;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 31 && Number.isInteger(v0))) throw rng(v0, 0, 31);
    f = -1;
    w.bits((((hasExt ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v12 !== undefined ? 1 : 0))) * 32 + v0, 8);
    f = 1;
      { const i = EI911(v1);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ912(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
    f = 2; if (v2 === undefined) throw missing();
      e_TravelerDataFrame$msgId$26(w, v2);
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 4095 && Number.isInteger(v3))) throw rng(v3, 0, 4095);
      w.bits(v3, 12);
    }
    f = 4;
      if (!(v4 >= 0 && v4 <= 527040 && Number.isInteger(v4))) throw rng(v4, 0, 527040);
      w.bits(v4, 20);
    f = 5;
    if (!(v5 >= 0 && v5 <= 32000 && Number.isInteger(v5))) throw rng(v5, 0, 32000);
    f = 6;
    if (!(v6 >= 0 && v6 <= 7 && Number.isInteger(v6))) throw rng(v6, 0, 7);
    f = 7;
    if (!(v7 >= 0 && v7 <= 31 && Number.isInteger(v7))) throw rng(v7, 0, 31);
    w.bits(((v5) * 8 + v6) * 32 + v7, 23);
    f = 8; if (v8 === undefined) throw missing();
      e_TravelerDataFrame$regions$27(w, v8);
    f = 9;
    if (!(v9 >= 0 && v9 <= 31 && Number.isInteger(v9))) throw rng(v9, 0, 31);
    f = 10;
    if (!(v10 >= 0 && v10 <= 31 && Number.isInteger(v10))) throw rng(v10, 0, 31);
    w.bits((v9) * 32 + v10, 10);
    f = 11; if (v11 === undefined) throw missing();
      e_TravelerDataFrame$content$28(w, v11);
    f = 12;
    if (v12 !== undefined) {
      encChars(w, v12, 1, 15, false, 7, null, null);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N906[f]!); }
}

function d_ValidRegion$area$29(r: R): V {
  let f = -1;
  try {
    const i = r.constrained(0, 2, 2);
    f = i;
    switch (i) {
      case 0: return { shapePointSet: d_ShapePointSet(r) };
      case 1: return { circle: d_Circle(r) };
      case 2: return { regionPointSet: d_RegionPointSet(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N915[f]!, r.pos); }
}
function e_ValidRegion$area$29(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.shapePointSet) !== undefined) {
      f = 0;
      w.bits(0, 2);
      e_ShapePointSet(w, x);
      return;
    }
    if ((x = v.circle) !== undefined) {
      f = 1;
      w.bits(1, 2);
      e_Circle(w, x);
      return;
    }
    if ((x = v.regionPointSet) !== undefined) {
      f = 2;
      w.bits(2, 2);
      e_RegionPointSet(w, x);
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N915[f]!); }
}

function d_ValidRegion(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = { length: 16, bytes: r.bitBytes(16) };
    f = 1; const v1 = (m & 1) !== 0 ? EN914[r.bits(4)]! : undefined;
    f = 2; const v2 = d_ValidRegion$area$29(r);
    return { direction: v0, extent: v1, area: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N913[f]!, r.pos); }
}
function e_ValidRegion(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.direction;
    const v1 = v.extent;
    const v2 = v.area;
    w.bits((v1 !== undefined ? 1 : 0), 1);
    f = 0;
      w.bitBytes(fixedBits(v0, 16), 16);
    f = 1;
    if (v1 !== undefined) {
      { const i = EI916(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 4); }
    }
    f = 2; if (v2 === undefined) throw missing();
      e_ValidRegion$area$29(w, v2);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N913[f]!); }
}

function d_DirectionOfUse(r: R): V {
  return EN917[r.bits(2)]!;
}
function e_DirectionOfUse(w: W, v: V): void {
  { const i = EI918(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_DistanceUnits(r: R): V {
  return EN919[r.bits(3)]!;
}
function e_DistanceUnits(w: W, v: V): void {
  { const i = EI920(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_ITIStextPhrase(r: R): V {
  return decChars(r, 1, 16, false, 7, null, null);
}
function e_ITIStextPhrase(w: W, v: V): void {
  encChars(w, v, 1, 16, false, 7, null, null);
}

function d_MinutesDuration(r: R): V {
  return r.constrained(0, 32000, 15);
}
function e_MinutesDuration(w: W, v: V): void {
  if (!(v >= 0 && v <= 32000 && Number.isInteger(v))) throw rng(v, 0, 32000);
  w.bits(v, 15);
}

function d_MsgCRC(r: R): V {
  return r.octets(2);
}
function e_MsgCRC(w: W, v: V): void {
  w.octets(fixedOctets(v, 2));
}

function d_MUTCDCode(r: R): V {
  return (r.bool() ? ((i: number) => EA922[i] ?? i)(r.normallySmall()) : enumIndex(r, EN921, 3));
}
function e_MUTCDCode(w: W, v: V): void {
  { const i = EI923(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ924(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_NodeAttributeLL(r: R): V {
  return (r.bool() ? ((i: number) => EA926[i] ?? i)(r.normallySmall()) : enumIndex(r, EN925, 4));
}
function e_NodeAttributeLL(w: W, v: V): void {
  { const i = EI927(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ928(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
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

function d_Radius_B12(r: R): V {
  return r.bits(12);
}
function e_Radius_B12(w: W, v: V): void {
  if (!(v >= 0 && v <= 4095 && Number.isInteger(v))) throw rng(v, 0, 4095);
  w.bits(v, 12);
}

function d_SegmentAttributeLL(r: R): V {
  return (r.bool() ? ((i: number) => EA930[i] ?? i)(r.normallySmall()) : enumIndex(r, EN929, 6));
}
function e_SegmentAttributeLL(w: W, v: V): void {
  { const i = EI931(v);
    if (i !== undefined) w.bits(i, 7);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ933(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_SignPrority(r: R): V {
  return r.bits(3);
}
function e_SignPrority(w: W, v: V): void {
  if (!(v >= 0 && v <= 7 && Number.isInteger(v))) throw rng(v, 0, 7);
  w.bits(v, 3);
}

function d_TravelerInfoType(r: R): V {
  return (r.bool() ? ((i: number) => EA935[i] ?? i)(r.normallySmall()) : EN934[r.bits(2)]!);
}
function e_TravelerInfoType(w: W, v: V): void {
  { const i = EI936(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ937(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_UniqueMSGID(r: R): V {
  return r.octets(9);
}
function e_UniqueMSGID(w: W, v: V): void {
  w.octets(fixedOctets(v, 9));
}

function d_URL_Base(r: R): V {
  return decChars(r, 1, 45, false, 7, null, null);
}
function e_URL_Base(w: W, v: V): void {
  encChars(w, v, 1, 45, false, 7, null, null);
}

function d_URL_Short(r: R): V {
  return decChars(r, 1, 15, false, 7, null, null);
}
function e_URL_Short(w: W, v: V): void {
  encChars(w, v, 1, 15, false, 7, null, null);
}

function d_Zoom(r: R): V {
  return r.bits(4);
}
function e_Zoom(w: W, v: V): void {
  if (!(v >= 0 && v <= 15 && Number.isInteger(v))) throw rng(v, 0, 15);
  w.bits(v, 4);
}

function o_PartIIcontent$partII_Value$d(r: R, key: number): V {
  switch (key) {
    case 0: return r.open(d_VehicleSafetyExtensions);
    case 1: return r.open(d_SpecialVehicleExtensions);
    case 2: return r.open(d_SupplementalVehicleExtensions);
    default: return r.openOpaque();
  }
}
function o_PartIIcontent$partII_Value$e(w: W, key: number, v: V): void {
  if (v instanceof Uint8Array) { w.openOpaque(v); return; }
  switch (key) {
    case 0: w.open(e_VehicleSafetyExtensions, v); return;
    case 1: w.open(e_SpecialVehicleExtensions, v); return;
    case 2: w.open(e_SupplementalVehicleExtensions, v); return;
  }
  throw new EncodeError('BAD_TYPE', `no type is known for key ${key}: give the content as a Uint8Array`);
}
function d_PartIIcontent(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(6);
    f = 1; const v1 = o_PartIIcontent$partII_Value$d(r, v0);
    return { "partII-Id": v0, "partII-Value": v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N938[f]!, r.pos); }
}
function e_PartIIcontent(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v["partII-Id"];
    const v1 = v["partII-Value"];
    f = 0;
      if (!(v0 >= 0 && v0 <= 63 && Number.isInteger(v0))) throw rng(v0, 0, 63);
      w.bits(v0, 6);
    f = 1; if (v1 === undefined) throw missing();
      o_PartIIcontent$partII_Value$e(w, v0, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N938[f]!); }
}

function d_RegionalExtension(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = r.openOpaque();
    return { regionId: v0, regExtValue: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N939[f]!, r.pos); }
}
function e_RegionalExtension(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.regionId;
    const v1 = v.regExtValue;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      if (!(v1 instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'content for an unknown key must be a Uint8Array');
      w.openOpaque(v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N939[f]!); }
}

function o_RegionalExtension_Reg_ConnectionManeuverAssist$regExtValue$d(r: R, key: number): V {
  switch (key) {
    case 3: return r.open(d_ConnectionManeuverAssist_addGrpC);
    default: return r.openOpaque();
  }
}
function o_RegionalExtension_Reg_ConnectionManeuverAssist$regExtValue$e(w: W, key: number, v: V): void {
  if (v instanceof Uint8Array) { w.openOpaque(v); return; }
  switch (key) {
    case 3: w.open(e_ConnectionManeuverAssist_addGrpC, v); return;
  }
  throw new EncodeError('BAD_TYPE', `no type is known for key ${key}: give the content as a Uint8Array`);
}
function d_RegionalExtension_Reg_ConnectionManeuverAssist(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = o_RegionalExtension_Reg_ConnectionManeuverAssist$regExtValue$d(r, v0);
    return { regionId: v0, regExtValue: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N940[f]!, r.pos); }
}
function e_RegionalExtension_Reg_ConnectionManeuverAssist(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.regionId;
    const v1 = v.regExtValue;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      o_RegionalExtension_Reg_ConnectionManeuverAssist$regExtValue$e(w, v0, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N940[f]!); }
}

function o_RegionalExtension_Reg_IntersectionState$regExtValue$d(r: R, key: number): V {
  switch (key) {
    case 3: return r.open(d_IntersectionState_addGrpC);
    default: return r.openOpaque();
  }
}
function o_RegionalExtension_Reg_IntersectionState$regExtValue$e(w: W, key: number, v: V): void {
  if (v instanceof Uint8Array) { w.openOpaque(v); return; }
  switch (key) {
    case 3: w.open(e_IntersectionState_addGrpC, v); return;
  }
  throw new EncodeError('BAD_TYPE', `no type is known for key ${key}: give the content as a Uint8Array`);
}
function d_RegionalExtension_Reg_IntersectionState(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = o_RegionalExtension_Reg_IntersectionState$regExtValue$d(r, v0);
    return { regionId: v0, regExtValue: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N941[f]!, r.pos); }
}
function e_RegionalExtension_Reg_IntersectionState(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.regionId;
    const v1 = v.regExtValue;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      o_RegionalExtension_Reg_IntersectionState$regExtValue$e(w, v0, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N941[f]!); }
}

function o_RegionalExtension_Reg_LaneDataAttribute$regExtValue$d(r: R, key: number): V {
  switch (key) {
    case 2: return r.open(d_LaneDataAttribute_addGrpB);
    default: return r.openOpaque();
  }
}
function o_RegionalExtension_Reg_LaneDataAttribute$regExtValue$e(w: W, key: number, v: V): void {
  if (v instanceof Uint8Array) { w.openOpaque(v); return; }
  switch (key) {
    case 2: w.open(e_LaneDataAttribute_addGrpB, v); return;
  }
  throw new EncodeError('BAD_TYPE', `no type is known for key ${key}: give the content as a Uint8Array`);
}
function d_RegionalExtension_Reg_LaneDataAttribute(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = o_RegionalExtension_Reg_LaneDataAttribute$regExtValue$d(r, v0);
    return { regionId: v0, regExtValue: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N942[f]!, r.pos); }
}
function e_RegionalExtension_Reg_LaneDataAttribute(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.regionId;
    const v1 = v.regExtValue;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      o_RegionalExtension_Reg_LaneDataAttribute$regExtValue$e(w, v0, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N942[f]!); }
}

function o_RegionalExtension_Reg_MapData$regExtValue$d(r: R, key: number): V {
  switch (key) {
    case 3: return r.open(d_MapData_addGrpC);
    default: return r.openOpaque();
  }
}
function o_RegionalExtension_Reg_MapData$regExtValue$e(w: W, key: number, v: V): void {
  if (v instanceof Uint8Array) { w.openOpaque(v); return; }
  switch (key) {
    case 3: w.open(e_MapData_addGrpC, v); return;
  }
  throw new EncodeError('BAD_TYPE', `no type is known for key ${key}: give the content as a Uint8Array`);
}
function d_RegionalExtension_Reg_MapData(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = o_RegionalExtension_Reg_MapData$regExtValue$d(r, v0);
    return { regionId: v0, regExtValue: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N943[f]!, r.pos); }
}
function e_RegionalExtension_Reg_MapData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.regionId;
    const v1 = v.regExtValue;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      o_RegionalExtension_Reg_MapData$regExtValue$e(w, v0, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N943[f]!); }
}

function o_RegionalExtension_Reg_MovementEvent$regExtValue$d(r: R, key: number): V {
  switch (key) {
    case 2: return r.open(d_MovementEvent_addGrpB);
    default: return r.openOpaque();
  }
}
function o_RegionalExtension_Reg_MovementEvent$regExtValue$e(w: W, key: number, v: V): void {
  if (v instanceof Uint8Array) { w.openOpaque(v); return; }
  switch (key) {
    case 2: w.open(e_MovementEvent_addGrpB, v); return;
  }
  throw new EncodeError('BAD_TYPE', `no type is known for key ${key}: give the content as a Uint8Array`);
}
function d_RegionalExtension_Reg_MovementEvent(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = o_RegionalExtension_Reg_MovementEvent$regExtValue$d(r, v0);
    return { regionId: v0, regExtValue: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N944[f]!, r.pos); }
}
function e_RegionalExtension_Reg_MovementEvent(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.regionId;
    const v1 = v.regExtValue;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      o_RegionalExtension_Reg_MovementEvent$regExtValue$e(w, v0, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N944[f]!); }
}

function o_RegionalExtension_Reg_NodeOffsetPointXY$regExtValue$d(r: R, key: number): V {
  switch (key) {
    case 2: return r.open(d_NodeOffsetPointXY_addGrpB);
    default: return r.openOpaque();
  }
}
function o_RegionalExtension_Reg_NodeOffsetPointXY$regExtValue$e(w: W, key: number, v: V): void {
  if (v instanceof Uint8Array) { w.openOpaque(v); return; }
  switch (key) {
    case 2: w.open(e_NodeOffsetPointXY_addGrpB, v); return;
  }
  throw new EncodeError('BAD_TYPE', `no type is known for key ${key}: give the content as a Uint8Array`);
}
function d_RegionalExtension_Reg_NodeOffsetPointXY(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = o_RegionalExtension_Reg_NodeOffsetPointXY$regExtValue$d(r, v0);
    return { regionId: v0, regExtValue: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N945[f]!, r.pos); }
}
function e_RegionalExtension_Reg_NodeOffsetPointXY(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.regionId;
    const v1 = v.regExtValue;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      o_RegionalExtension_Reg_NodeOffsetPointXY$regExtValue$e(w, v0, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N945[f]!); }
}

function o_RegionalExtension_Reg_Position3D$regExtValue$d(r: R, key: number): V {
  switch (key) {
    case 2: return r.open(d_Position3D_addGrpB);
    case 3: return r.open(d_Position3D_addGrpC);
    default: return r.openOpaque();
  }
}
function o_RegionalExtension_Reg_Position3D$regExtValue$e(w: W, key: number, v: V): void {
  if (v instanceof Uint8Array) { w.openOpaque(v); return; }
  switch (key) {
    case 2: w.open(e_Position3D_addGrpB, v); return;
    case 3: w.open(e_Position3D_addGrpC, v); return;
  }
  throw new EncodeError('BAD_TYPE', `no type is known for key ${key}: give the content as a Uint8Array`);
}
function d_RegionalExtension_Reg_Position3D(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = o_RegionalExtension_Reg_Position3D$regExtValue$d(r, v0);
    return { regionId: v0, regExtValue: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N946[f]!, r.pos); }
}
function e_RegionalExtension_Reg_Position3D(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.regionId;
    const v1 = v.regExtValue;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      o_RegionalExtension_Reg_Position3D$regExtValue$e(w, v0, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N946[f]!); }
}

function o_RegionalExtension_Reg_RestrictionUserType$regExtValue$d(r: R, key: number): V {
  switch (key) {
    case 3: return r.open(d_RestrictionUserType_addGrpC);
    default: return r.openOpaque();
  }
}
function o_RegionalExtension_Reg_RestrictionUserType$regExtValue$e(w: W, key: number, v: V): void {
  if (v instanceof Uint8Array) { w.openOpaque(v); return; }
  switch (key) {
    case 3: w.open(e_RestrictionUserType_addGrpC, v); return;
  }
  throw new EncodeError('BAD_TYPE', `no type is known for key ${key}: give the content as a Uint8Array`);
}
function d_RegionalExtension_Reg_RestrictionUserType(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = o_RegionalExtension_Reg_RestrictionUserType$regExtValue$d(r, v0);
    return { regionId: v0, regExtValue: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N947[f]!, r.pos); }
}
function e_RegionalExtension_Reg_RestrictionUserType(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.regionId;
    const v1 = v.regExtValue;
    f = 0;
      if (!(v0 >= 0 && v0 <= 255 && Number.isInteger(v0))) throw rng(v0, 0, 255);
      w.bits(v0, 8);
    f = 1; if (v1 === undefined) throw missing();
      o_RegionalExtension_Reg_RestrictionUserType$regExtValue$e(w, v0, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N947[f]!); }
}

/** Encoder of every named type, by name. */
export const encoders: Record<string, (w: W, v: V) => void> = {
  "AddGrpB_Angle": e_AddGrpB_Angle,
  "Day": e_Day,
  "DayOfWeek": e_DayOfWeek,
  "DegreesLat": e_DegreesLat,
  "DegreesLong": e_DegreesLong,
  "AddGrpB_Elevation": e_AddGrpB_Elevation,
  "Holiday": e_Holiday,
  "Hour": e_Hour,
  "LatitudeDMS": e_LatitudeDMS,
  "LongitudeDMS": e_LongitudeDMS,
  "MaxTimetoChange": e_MaxTimetoChange,
  "MinTimetoChange": e_MinTimetoChange,
  "Minute": e_Minute,
  "MinutesAngle": e_MinutesAngle,
  "Month": e_Month,
  "AddGrpB_MsgCount": e_AddGrpB_MsgCount,
  "Second": e_Second,
  "SecondsAngle": e_SecondsAngle,
  "SummerTime": e_SummerTime,
  "TenthSecond": e_TenthSecond,
  "TimeRemaining": e_TimeRemaining,
  "Year": e_Year,
  "LatitudeDMS2": e_LatitudeDMS2,
  "LongitudeDMS2": e_LongitudeDMS2,
  "Node_LLdms_48b": e_Node_LLdms_48b,
  "Node_LLdms_80b": e_Node_LLdms_80b,
  "LaneDataAttribute_addGrpB": e_LaneDataAttribute_addGrpB,
  "MovementEvent_addGrpB": e_MovementEvent_addGrpB,
  "NodeOffsetPointXY_addGrpB": e_NodeOffsetPointXY_addGrpB,
  "Position3D_addGrpB": e_Position3D_addGrpB,
  "AddGrpB_TimeMark": e_AddGrpB_TimeMark,
  "AltitudeConfidence": e_AltitudeConfidence,
  "AltitudeValue": e_AltitudeValue,
  "EmissionType": e_EmissionType,
  "Altitude": e_Altitude,
  "PrioritizationResponse": e_PrioritizationResponse,
  "PrioritizationResponseList": e_PrioritizationResponseList,
  "ConnectionManeuverAssist_addGrpC": e_ConnectionManeuverAssist_addGrpC,
  "IntersectionState_addGrpC": e_IntersectionState_addGrpC,
  "MapData_addGrpC": e_MapData_addGrpC,
  "Position3D_addGrpC": e_Position3D_addGrpC,
  "RestrictionUserType_addGrpC": e_RestrictionUserType_addGrpC,
  "SignalHeadLocation": e_SignalHeadLocation,
  "SignalHeadLocationList": e_SignalHeadLocationList,
  "VehicleToLanePosition": e_VehicleToLanePosition,
  "VehicleToLanePositionList": e_VehicleToLanePositionList,
  "BasicSafetyMessage": e_BasicSafetyMessage,
  "PartII_Id": e_PartII_Id,
  "DisabledVehicle": e_DisabledVehicle,
  "EventDescription": e_EventDescription,
  "ObstacleDetection": e_ObstacleDetection,
  "PivotPointDescription": e_PivotPointDescription,
  "RTCMPackage": e_RTCMPackage,
  "SpecialVehicleExtensions": e_SpecialVehicleExtensions,
  "SpeedProfileMeasurementList": e_SpeedProfileMeasurementList,
  "SpeedProfile": e_SpeedProfile,
  "SupplementalVehicleExtensions": e_SupplementalVehicleExtensions,
  "TrailerData": e_TrailerData,
  "TrailerHistoryPointList": e_TrailerHistoryPointList,
  "TrailerHistoryPoint": e_TrailerHistoryPoint,
  "TrailerUnitDescriptionList": e_TrailerUnitDescriptionList,
  "TrailerUnitDescription": e_TrailerUnitDescription,
  "VehicleData": e_VehicleData,
  "WeatherProbe": e_WeatherProbe,
  "WeatherReport": e_WeatherReport,
  "IsDolly": e_IsDolly,
  "ObstacleDirection": e_ObstacleDirection,
  "PivotingAllowed": e_PivotingAllowed,
  "SpeedProfileMeasurement": e_SpeedProfileMeasurement,
  "TrailerMass": e_TrailerMass,
  "VertOffset_B07": e_VertOffset_B07,
  "AccelerationSet4Way": e_AccelerationSet4Way,
  "AntennaOffsetSet": e_AntennaOffsetSet,
  "BrakeSystemStatus": e_BrakeSystemStatus,
  "BSMcoreData": e_BSMcoreData,
  "BumperHeights": e_BumperHeights,
  "ComputedLane": e_ComputedLane,
  "DDate": e_DDate,
  "DDateTime": e_DDateTime,
  "DFullTime": e_DFullTime,
  "DMonthDay": e_DMonthDay,
  "DTime": e_DTime,
  "DYearMonth": e_DYearMonth,
  "EmergencyDetails": e_EmergencyDetails,
  "FullPositionVector": e_FullPositionVector,
  "Header": e_Header,
  "IntersectionAccessPoint": e_IntersectionAccessPoint,
  "IntersectionReferenceID": e_IntersectionReferenceID,
  "LaneDataAttribute": e_LaneDataAttribute,
  "LaneDataAttributeList": e_LaneDataAttributeList,
  "Node_LLmD_64b": e_Node_LLmD_64b,
  "Node_XY_20b": e_Node_XY_20b,
  "Node_XY_22b": e_Node_XY_22b,
  "Node_XY_24b": e_Node_XY_24b,
  "Node_XY_26b": e_Node_XY_26b,
  "Node_XY_28b": e_Node_XY_28b,
  "Node_XY_32b": e_Node_XY_32b,
  "NodeAttributeSetXY": e_NodeAttributeSetXY,
  "NodeAttributeXYList": e_NodeAttributeXYList,
  "NodeListXY": e_NodeListXY,
  "NodeOffsetPointXY": e_NodeOffsetPointXY,
  "NodeSetXY": e_NodeSetXY,
  "NodeXY": e_NodeXY,
  "PathHistory": e_PathHistory,
  "PathHistoryPointList": e_PathHistoryPointList,
  "PathHistoryPoint": e_PathHistoryPoint,
  "PathPrediction": e_PathPrediction,
  "Position3D": e_Position3D,
  "PositionalAccuracy": e_PositionalAccuracy,
  "PositionConfidenceSet": e_PositionConfidenceSet,
  "PrivilegedEvents": e_PrivilegedEvents,
  "RegulatorySpeedLimit": e_RegulatorySpeedLimit,
  "RequestorType": e_RequestorType,
  "RoadSegmentReferenceID": e_RoadSegmentReferenceID,
  "RTCMheader": e_RTCMheader,
  "RTCMmessageList": e_RTCMmessageList,
  "SegmentAttributeXYList": e_SegmentAttributeXYList,
  "SpeedandHeadingandThrottleConfidence": e_SpeedandHeadingandThrottleConfidence,
  "SpeedLimitList": e_SpeedLimitList,
  "TransmissionAndSpeed": e_TransmissionAndSpeed,
  "VehicleClassification": e_VehicleClassification,
  "VehicleID": e_VehicleID,
  "VehicleSafetyExtensions": e_VehicleSafetyExtensions,
  "VehicleSize": e_VehicleSize,
  "VerticalOffset": e_VerticalOffset,
  "WiperSet": e_WiperSet,
  "Acceleration": e_Acceleration,
  "AmbientAirPressure": e_AmbientAirPressure,
  "AmbientAirTemperature": e_AmbientAirTemperature,
  "Angle": e_Angle,
  "AntiLockBrakeStatus": e_AntiLockBrakeStatus,
  "ApproachID": e_ApproachID,
  "AuxiliaryBrakeStatus": e_AuxiliaryBrakeStatus,
  "BasicVehicleClass": e_BasicVehicleClass,
  "BasicVehicleRole": e_BasicVehicleRole,
  "BrakeAppliedStatus": e_BrakeAppliedStatus,
  "BrakeBoostApplied": e_BrakeBoostApplied,
  "BumperHeight": e_BumperHeight,
  "CoarseHeading": e_CoarseHeading,
  "CodeWord": e_CodeWord,
  "CoefficientOfFriction": e_CoefficientOfFriction,
  "Confidence": e_Confidence,
  "Count": e_Count,
  "DDay": e_DDay,
  "DeltaAngle": e_DeltaAngle,
  "DescriptiveName": e_DescriptiveName,
  "DHour": e_DHour,
  "DMinute": e_DMinute,
  "DMonth": e_DMonth,
  "DOffset": e_DOffset,
  "DrivenLineOffsetLg": e_DrivenLineOffsetLg,
  "DrivenLineOffsetSm": e_DrivenLineOffsetSm,
  "DSecond": e_DSecond,
  "Duration": e_Duration,
  "DYear": e_DYear,
  "ElevationConfidence": e_ElevationConfidence,
  "Elevation": e_Elevation,
  "Extent": e_Extent,
  "ExteriorLights": e_ExteriorLights,
  "FuelType": e_FuelType,
  "FurtherInfoID": e_FurtherInfoID,
  "GNSSstatus": e_GNSSstatus,
  "GrossSpeed": e_GrossSpeed,
  "HeadingConfidence": e_HeadingConfidence,
  "Heading": e_Heading,
  "HeadingSlice": e_HeadingSlice,
  "IntersectionID": e_IntersectionID,
  "Iso3833VehicleType": e_Iso3833VehicleType,
  "TrailerWeight": e_TrailerWeight,
  "LaneConnectionID": e_LaneConnectionID,
  "LaneID": e_LaneID,
  "LaneWidth": e_LaneWidth,
  "Latitude": e_Latitude,
  "LightbarInUse": e_LightbarInUse,
  "Longitude": e_Longitude,
  "Location_quality": e_Location_quality,
  "Location_tech": e_Location_tech,
  "MergeDivergeNodeAngle": e_MergeDivergeNodeAngle,
  "MessageBLOB": e_MessageBLOB,
  "MinuteOfTheYear": e_MinuteOfTheYear,
  "MsgCount": e_MsgCount,
  "MultiVehicleResponse": e_MultiVehicleResponse,
  "NodeAttributeXY": e_NodeAttributeXY,
  "ObstacleDistance": e_ObstacleDistance,
  "Offset_B09": e_Offset_B09,
  "Offset_B10": e_Offset_B10,
  "Offset_B11": e_Offset_B11,
  "Offset_B12": e_Offset_B12,
  "Offset_B13": e_Offset_B13,
  "Offset_B14": e_Offset_B14,
  "Offset_B16": e_Offset_B16,
  "OffsetLL_B18": e_OffsetLL_B18,
  "PayloadData": e_PayloadData,
  "PositionConfidence": e_PositionConfidence,
  "PrioritizationResponseStatus": e_PrioritizationResponseStatus,
  "Priority": e_Priority,
  "PrivilegedEventFlags": e_PrivilegedEventFlags,
  "RadiusOfCurvature": e_RadiusOfCurvature,
  "RegionId": e_RegionId,
  "RequestID": e_RequestID,
  "RequestImportanceLevel": e_RequestImportanceLevel,
  "RequestSubRole": e_RequestSubRole,
  "ResponseType": e_ResponseType,
  "RestrictionClassID": e_RestrictionClassID,
  "RoadRegulatorID": e_RoadRegulatorID,
  "RoadSegmentID": e_RoadSegmentID,
  "RoadwayCrownAngle": e_RoadwayCrownAngle,
  "RTCMmessage": e_RTCMmessage,
  "Scale_B12": e_Scale_B12,
  "SegmentAttributeXY": e_SegmentAttributeXY,
  "SemiMajorAxisAccuracy": e_SemiMajorAxisAccuracy,
  "SemiMajorAxisOrientation": e_SemiMajorAxisOrientation,
  "SemiMinorAxisAccuracy": e_SemiMinorAxisAccuracy,
  "SignalGroupID": e_SignalGroupID,
  "SignalReqScheme": e_SignalReqScheme,
  "SirenInUse": e_SirenInUse,
  "SpeedConfidence": e_SpeedConfidence,
  "SpeedLimitType": e_SpeedLimitType,
  "Speed": e_Speed,
  "SSPindex": e_SSPindex,
  "StabilityControlStatus": e_StabilityControlStatus,
  "StationID": e_StationID,
  "SteeringWheelAngle": e_SteeringWheelAngle,
  "TemporaryID": e_TemporaryID,
  "ThrottleConfidence": e_ThrottleConfidence,
  "TimeConfidence": e_TimeConfidence,
  "TimeOffset": e_TimeOffset,
  "TractionControlStatus": e_TractionControlStatus,
  "TransitStatus": e_TransitStatus,
  "TransmissionState": e_TransmissionState,
  "URL_Link": e_URL_Link,
  "VehicleEventFlags": e_VehicleEventFlags,
  "VehicleHeight": e_VehicleHeight,
  "VehicleLength": e_VehicleLength,
  "VehicleMass": e_VehicleMass,
  "VehicleType": e_VehicleType,
  "VehicleWidth": e_VehicleWidth,
  "Velocity": e_Velocity,
  "VerticalAccelerationThreshold": e_VerticalAccelerationThreshold,
  "VerticalAcceleration": e_VerticalAcceleration,
  "VertOffset_B08": e_VertOffset_B08,
  "VertOffset_B09": e_VertOffset_B09,
  "VertOffset_B10": e_VertOffset_B10,
  "VertOffset_B11": e_VertOffset_B11,
  "VertOffset_B12": e_VertOffset_B12,
  "WiperRate": e_WiperRate,
  "WiperStatus": e_WiperStatus,
  "YawRate": e_YawRate,
  "CommonSafetyRequest": e_CommonSafetyRequest,
  "RequestedItemList": e_RequestedItemList,
  "RequestedItem": e_RequestedItem,
  "EmergencyVehicleAlert": e_EmergencyVehicleAlert,
  "GenericLocations": e_GenericLocations,
  "IncidentResponseEquipment": e_IncidentResponseEquipment,
  "ITIStext": e_ITIStext,
  "ResponderGroupAffected": e_ResponderGroupAffected,
  "VehicleGroupAffected": e_VehicleGroupAffected,
  "ITIScodesAndText": e_ITIScodesAndText,
  "ITIScodes": e_ITIScodes,
  "IntersectionCollision": e_IntersectionCollision,
  "ApproachOrLane": e_ApproachOrLane,
  "MapData": e_MapData,
  "ConnectingLane": e_ConnectingLane,
  "Connection": e_Connection,
  "ConnectsToList": e_ConnectsToList,
  "DataParameters": e_DataParameters,
  "GenericLane": e_GenericLane,
  "IntersectionGeometry": e_IntersectionGeometry,
  "IntersectionGeometryList": e_IntersectionGeometryList,
  "LaneAttributes": e_LaneAttributes,
  "LaneList": e_LaneList,
  "LaneTypeAttributes": e_LaneTypeAttributes,
  "OverlayLaneList": e_OverlayLaneList,
  "PreemptPriorityList": e_PreemptPriorityList,
  "SignalControlZone": e_SignalControlZone,
  "RestrictionClassAssignment": e_RestrictionClassAssignment,
  "RestrictionClassList": e_RestrictionClassList,
  "RestrictionUserTypeList": e_RestrictionUserTypeList,
  "RestrictionUserType": e_RestrictionUserType,
  "RoadLaneSetList": e_RoadLaneSetList,
  "RoadSegmentList": e_RoadSegmentList,
  "RoadSegment": e_RoadSegment,
  "AllowedManeuvers": e_AllowedManeuvers,
  "LaneAttributes_Barrier": e_LaneAttributes_Barrier,
  "LaneAttributes_Bike": e_LaneAttributes_Bike,
  "LaneAttributes_Crosswalk": e_LaneAttributes_Crosswalk,
  "LaneAttributes_Parking": e_LaneAttributes_Parking,
  "LaneAttributes_Sidewalk": e_LaneAttributes_Sidewalk,
  "LaneAttributes_Striping": e_LaneAttributes_Striping,
  "LaneAttributes_TrackedVehicle": e_LaneAttributes_TrackedVehicle,
  "LaneAttributes_Vehicle": e_LaneAttributes_Vehicle,
  "LaneDirection": e_LaneDirection,
  "LaneSharing": e_LaneSharing,
  "LayerID": e_LayerID,
  "LayerType": e_LayerType,
  "RestrictionAppliesTo": e_RestrictionAppliesTo,
  "MessageFrame": e_MessageFrame,
  "DSRCmsgID": e_DSRCmsgID,
  "NMEAcorrections": e_NMEAcorrections,
  "NMEA_MsgType": e_NMEA_MsgType,
  "NMEA_Payload": e_NMEA_Payload,
  "NMEA_Revision": e_NMEA_Revision,
  "ObjectCount": e_ObjectCount,
  "EssMobileFriction": e_EssMobileFriction,
  "EssPrecipRate": e_EssPrecipRate,
  "EssPrecipSituation": e_EssPrecipSituation,
  "EssPrecipYesNo": e_EssPrecipYesNo,
  "EssSolarRadiation": e_EssSolarRadiation,
  "PersonalSafetyMessage": e_PersonalSafetyMessage,
  "PropelledInformation": e_PropelledInformation,
  "AnimalPropelledType": e_AnimalPropelledType,
  "AnimalType": e_AnimalType,
  "Attachment": e_Attachment,
  "AttachmentRadius": e_AttachmentRadius,
  "MotorizedPropelledType": e_MotorizedPropelledType,
  "NumberOfParticipantsInCluster": e_NumberOfParticipantsInCluster,
  "HumanPropelledType": e_HumanPropelledType,
  "PersonalAssistive": e_PersonalAssistive,
  "PersonalClusterRadius": e_PersonalClusterRadius,
  "PersonalCrossingInProgress": e_PersonalCrossingInProgress,
  "PersonalCrossingRequest": e_PersonalCrossingRequest,
  "PersonalDeviceUsageState": e_PersonalDeviceUsageState,
  "PersonalDeviceUserType": e_PersonalDeviceUserType,
  "PublicSafetyAndRoadWorkerActivity": e_PublicSafetyAndRoadWorkerActivity,
  "PublicSafetyDirectingTrafficSubType": e_PublicSafetyDirectingTrafficSubType,
  "PublicSafetyEventResponderWorkerType": e_PublicSafetyEventResponderWorkerType,
  "UserSizeAndBehaviour": e_UserSizeAndBehaviour,
  "ProbeDataManagement": e_ProbeDataManagement,
  "Sample": e_Sample,
  "SnapshotDistance": e_SnapshotDistance,
  "SnapshotTime": e_SnapshotTime,
  "VehicleStatusRequest": e_VehicleStatusRequest,
  "VehicleStatusRequestList": e_VehicleStatusRequestList,
  "GrossDistance": e_GrossDistance,
  "SecondOfTime": e_SecondOfTime,
  "TermDistance": e_TermDistance,
  "TermTime": e_TermTime,
  "VehicleStatusDeviceTypeTag": e_VehicleStatusDeviceTypeTag,
  "ProbeVehicleData": e_ProbeVehicleData,
  "AccelSteerYawRateConfidence": e_AccelSteerYawRateConfidence,
  "ConfidenceSet": e_ConfidenceSet,
  "J1939data": e_J1939data,
  "TireDataList": e_TireDataList,
  "TireData": e_TireData,
  "AxleWeightList": e_AxleWeightList,
  "AxleWeightSet": e_AxleWeightSet,
  "Snapshot": e_Snapshot,
  "VehicleIdent": e_VehicleIdent,
  "VehicleStatus": e_VehicleStatus,
  "AccelerationConfidence": e_AccelerationConfidence,
  "BrakeAppliedPressure": e_BrakeAppliedPressure,
  "DrivingWheelAngle": e_DrivingWheelAngle,
  "AxleLocation": e_AxleLocation,
  "AxleWeight": e_AxleWeight,
  "CargoWeight": e_CargoWeight,
  "DriveAxleLiftAirPressure": e_DriveAxleLiftAirPressure,
  "DriveAxleLocation": e_DriveAxleLocation,
  "DriveAxleLubePressure": e_DriveAxleLubePressure,
  "DriveAxleTemperature": e_DriveAxleTemperature,
  "SteeringAxleLubePressure": e_SteeringAxleLubePressure,
  "SteeringAxleTemperature": e_SteeringAxleTemperature,
  "TireLeakageRate": e_TireLeakageRate,
  "TireLocation": e_TireLocation,
  "TirePressureThresholdDetection": e_TirePressureThresholdDetection,
  "TirePressure": e_TirePressure,
  "TireTemp": e_TireTemp,
  "WheelEndElectFault": e_WheelEndElectFault,
  "WheelSensorStatus": e_WheelSensorStatus,
  "ProbeSegmentNumber": e_ProbeSegmentNumber,
  "RainSensor": e_RainSensor,
  "SteeringWheelAngleConfidence": e_SteeringWheelAngleConfidence,
  "SteeringWheelAngleRateOfChange": e_SteeringWheelAngleRateOfChange,
  "SunSensor": e_SunSensor,
  "ThrottlePosition": e_ThrottlePosition,
  "VINstring": e_VINstring,
  "YawRateConfidence": e_YawRateConfidence,
  "RTCMcorrections": e_RTCMcorrections,
  "RTCM_Revision": e_RTCM_Revision,
  "RoadSideAlert": e_RoadSideAlert,
  "SPAT": e_SPAT,
  "AdvisorySpeed": e_AdvisorySpeed,
  "AdvisorySpeedList": e_AdvisorySpeedList,
  "ConnectionManeuverAssist": e_ConnectionManeuverAssist,
  "EnabledLaneList": e_EnabledLaneList,
  "IntersectionState": e_IntersectionState,
  "IntersectionStateList": e_IntersectionStateList,
  "ManeuverAssistList": e_ManeuverAssistList,
  "MovementEventList": e_MovementEventList,
  "MovementEvent": e_MovementEvent,
  "MovementList": e_MovementList,
  "MovementState": e_MovementState,
  "TimeChangeDetails": e_TimeChangeDetails,
  "AdvisorySpeedType": e_AdvisorySpeedType,
  "IntersectionStatusObject": e_IntersectionStatusObject,
  "MovementPhaseState": e_MovementPhaseState,
  "PedestrianBicycleDetect": e_PedestrianBicycleDetect,
  "SpeedAdvice": e_SpeedAdvice,
  "TimeIntervalConfidence": e_TimeIntervalConfidence,
  "TimeMark": e_TimeMark,
  "WaitOnStopline": e_WaitOnStopline,
  "ZoneLength": e_ZoneLength,
  "SignalRequestMessage": e_SignalRequestMessage,
  "RequestorDescription": e_RequestorDescription,
  "RequestorPositionVector": e_RequestorPositionVector,
  "SignalRequestList": e_SignalRequestList,
  "SignalRequestPackage": e_SignalRequestPackage,
  "SignalRequest": e_SignalRequest,
  "DeltaTime": e_DeltaTime,
  "PriorityRequestType": e_PriorityRequestType,
  "TransitVehicleOccupancy": e_TransitVehicleOccupancy,
  "TransitVehicleStatus": e_TransitVehicleStatus,
  "SignalStatusMessage": e_SignalStatusMessage,
  "SignalRequesterInfo": e_SignalRequesterInfo,
  "SignalStatusList": e_SignalStatusList,
  "SignalStatusPackageList": e_SignalStatusPackageList,
  "SignalStatusPackage": e_SignalStatusPackage,
  "SignalStatus": e_SignalStatus,
  "TestMessage00": e_TestMessage00,
  "TestMessage01": e_TestMessage01,
  "TestMessage02": e_TestMessage02,
  "TestMessage03": e_TestMessage03,
  "TestMessage04": e_TestMessage04,
  "TestMessage05": e_TestMessage05,
  "TestMessage06": e_TestMessage06,
  "TestMessage07": e_TestMessage07,
  "TestMessage08": e_TestMessage08,
  "TestMessage09": e_TestMessage09,
  "TestMessage10": e_TestMessage10,
  "TestMessage11": e_TestMessage11,
  "TestMessage12": e_TestMessage12,
  "TestMessage13": e_TestMessage13,
  "TestMessage14": e_TestMessage14,
  "TestMessage15": e_TestMessage15,
  "TravelerInformation": e_TravelerInformation,
  "Circle": e_Circle,
  "GeographicalPath": e_GeographicalPath,
  "GeometricProjection": e_GeometricProjection,
  "ExitService": e_ExitService,
  "GenericSignage": e_GenericSignage,
  "SpeedLimit": e_SpeedLimit,
  "WorkZone": e_WorkZone,
  "Node_LL_24B": e_Node_LL_24B,
  "Node_LL_28B": e_Node_LL_28B,
  "Node_LL_32B": e_Node_LL_32B,
  "Node_LL_36B": e_Node_LL_36B,
  "Node_LL_44B": e_Node_LL_44B,
  "Node_LL_48B": e_Node_LL_48B,
  "NodeAttributeLLList": e_NodeAttributeLLList,
  "NodeAttributeSetLL": e_NodeAttributeSetLL,
  "NodeListLL": e_NodeListLL,
  "NodeLL": e_NodeLL,
  "NodeOffsetPointLL": e_NodeOffsetPointLL,
  "NodeSetLL": e_NodeSetLL,
  "OffsetSystem": e_OffsetSystem,
  "RegionList": e_RegionList,
  "RegionOffsets": e_RegionOffsets,
  "RegionPointSet": e_RegionPointSet,
  "RoadSignID": e_RoadSignID,
  "SegmentAttributeLLList": e_SegmentAttributeLLList,
  "ShapePointSet": e_ShapePointSet,
  "TravelerDataFrameList": e_TravelerDataFrameList,
  "TravelerDataFrame": e_TravelerDataFrame,
  "ValidRegion": e_ValidRegion,
  "DirectionOfUse": e_DirectionOfUse,
  "DistanceUnits": e_DistanceUnits,
  "ITIStextPhrase": e_ITIStextPhrase,
  "MinutesDuration": e_MinutesDuration,
  "MsgCRC": e_MsgCRC,
  "MUTCDCode": e_MUTCDCode,
  "NodeAttributeLL": e_NodeAttributeLL,
  "OffsetLL_B12": e_OffsetLL_B12,
  "OffsetLL_B14": e_OffsetLL_B14,
  "OffsetLL_B16": e_OffsetLL_B16,
  "OffsetLL_B22": e_OffsetLL_B22,
  "OffsetLL_B24": e_OffsetLL_B24,
  "Radius_B12": e_Radius_B12,
  "SegmentAttributeLL": e_SegmentAttributeLL,
  "SignPrority": e_SignPrority,
  "TravelerInfoType": e_TravelerInfoType,
  "UniqueMSGID": e_UniqueMSGID,
  "URL_Base": e_URL_Base,
  "URL_Short": e_URL_Short,
  "Zoom": e_Zoom,
  "PartIIcontent": e_PartIIcontent,
  "RegionalExtension": e_RegionalExtension,
  "RegionalExtension_Reg_ConnectionManeuverAssist": e_RegionalExtension_Reg_ConnectionManeuverAssist,
  "RegionalExtension_Reg_IntersectionState": e_RegionalExtension_Reg_IntersectionState,
  "RegionalExtension_Reg_LaneDataAttribute": e_RegionalExtension_Reg_LaneDataAttribute,
  "RegionalExtension_Reg_MapData": e_RegionalExtension_Reg_MapData,
  "RegionalExtension_Reg_MovementEvent": e_RegionalExtension_Reg_MovementEvent,
  "RegionalExtension_Reg_NodeOffsetPointXY": e_RegionalExtension_Reg_NodeOffsetPointXY,
  "RegionalExtension_Reg_Position3D": e_RegionalExtension_Reg_Position3D,
  "RegionalExtension_Reg_RestrictionUserType": e_RegionalExtension_Reg_RestrictionUserType,
};

/** Decoder of every named type, by name. */
export const decoders: Record<string, (r: R) => V> = {
  "AddGrpB_Angle": d_AddGrpB_Angle,
  "Day": d_Day,
  "DayOfWeek": d_DayOfWeek,
  "DegreesLat": d_DegreesLat,
  "DegreesLong": d_DegreesLong,
  "AddGrpB_Elevation": d_AddGrpB_Elevation,
  "Holiday": d_Holiday,
  "Hour": d_Hour,
  "LatitudeDMS": d_LatitudeDMS,
  "LongitudeDMS": d_LongitudeDMS,
  "MaxTimetoChange": d_MaxTimetoChange,
  "MinTimetoChange": d_MinTimetoChange,
  "Minute": d_Minute,
  "MinutesAngle": d_MinutesAngle,
  "Month": d_Month,
  "AddGrpB_MsgCount": d_AddGrpB_MsgCount,
  "Second": d_Second,
  "SecondsAngle": d_SecondsAngle,
  "SummerTime": d_SummerTime,
  "TenthSecond": d_TenthSecond,
  "TimeRemaining": d_TimeRemaining,
  "Year": d_Year,
  "LatitudeDMS2": d_LatitudeDMS2,
  "LongitudeDMS2": d_LongitudeDMS2,
  "Node_LLdms_48b": d_Node_LLdms_48b,
  "Node_LLdms_80b": d_Node_LLdms_80b,
  "LaneDataAttribute_addGrpB": d_LaneDataAttribute_addGrpB,
  "MovementEvent_addGrpB": d_MovementEvent_addGrpB,
  "NodeOffsetPointXY_addGrpB": d_NodeOffsetPointXY_addGrpB,
  "Position3D_addGrpB": d_Position3D_addGrpB,
  "AddGrpB_TimeMark": d_AddGrpB_TimeMark,
  "AltitudeConfidence": d_AltitudeConfidence,
  "AltitudeValue": d_AltitudeValue,
  "EmissionType": d_EmissionType,
  "Altitude": d_Altitude,
  "PrioritizationResponse": d_PrioritizationResponse,
  "PrioritizationResponseList": d_PrioritizationResponseList,
  "ConnectionManeuverAssist_addGrpC": d_ConnectionManeuverAssist_addGrpC,
  "IntersectionState_addGrpC": d_IntersectionState_addGrpC,
  "MapData_addGrpC": d_MapData_addGrpC,
  "Position3D_addGrpC": d_Position3D_addGrpC,
  "RestrictionUserType_addGrpC": d_RestrictionUserType_addGrpC,
  "SignalHeadLocation": d_SignalHeadLocation,
  "SignalHeadLocationList": d_SignalHeadLocationList,
  "VehicleToLanePosition": d_VehicleToLanePosition,
  "VehicleToLanePositionList": d_VehicleToLanePositionList,
  "BasicSafetyMessage": d_BasicSafetyMessage,
  "PartII_Id": d_PartII_Id,
  "DisabledVehicle": d_DisabledVehicle,
  "EventDescription": d_EventDescription,
  "ObstacleDetection": d_ObstacleDetection,
  "PivotPointDescription": d_PivotPointDescription,
  "RTCMPackage": d_RTCMPackage,
  "SpecialVehicleExtensions": d_SpecialVehicleExtensions,
  "SpeedProfileMeasurementList": d_SpeedProfileMeasurementList,
  "SpeedProfile": d_SpeedProfile,
  "SupplementalVehicleExtensions": d_SupplementalVehicleExtensions,
  "TrailerData": d_TrailerData,
  "TrailerHistoryPointList": d_TrailerHistoryPointList,
  "TrailerHistoryPoint": d_TrailerHistoryPoint,
  "TrailerUnitDescriptionList": d_TrailerUnitDescriptionList,
  "TrailerUnitDescription": d_TrailerUnitDescription,
  "VehicleData": d_VehicleData,
  "WeatherProbe": d_WeatherProbe,
  "WeatherReport": d_WeatherReport,
  "IsDolly": d_IsDolly,
  "ObstacleDirection": d_ObstacleDirection,
  "PivotingAllowed": d_PivotingAllowed,
  "SpeedProfileMeasurement": d_SpeedProfileMeasurement,
  "TrailerMass": d_TrailerMass,
  "VertOffset_B07": d_VertOffset_B07,
  "AccelerationSet4Way": d_AccelerationSet4Way,
  "AntennaOffsetSet": d_AntennaOffsetSet,
  "BrakeSystemStatus": d_BrakeSystemStatus,
  "BSMcoreData": d_BSMcoreData,
  "BumperHeights": d_BumperHeights,
  "ComputedLane": d_ComputedLane,
  "DDate": d_DDate,
  "DDateTime": d_DDateTime,
  "DFullTime": d_DFullTime,
  "DMonthDay": d_DMonthDay,
  "DTime": d_DTime,
  "DYearMonth": d_DYearMonth,
  "EmergencyDetails": d_EmergencyDetails,
  "FullPositionVector": d_FullPositionVector,
  "Header": d_Header,
  "IntersectionAccessPoint": d_IntersectionAccessPoint,
  "IntersectionReferenceID": d_IntersectionReferenceID,
  "LaneDataAttribute": d_LaneDataAttribute,
  "LaneDataAttributeList": d_LaneDataAttributeList,
  "Node_LLmD_64b": d_Node_LLmD_64b,
  "Node_XY_20b": d_Node_XY_20b,
  "Node_XY_22b": d_Node_XY_22b,
  "Node_XY_24b": d_Node_XY_24b,
  "Node_XY_26b": d_Node_XY_26b,
  "Node_XY_28b": d_Node_XY_28b,
  "Node_XY_32b": d_Node_XY_32b,
  "NodeAttributeSetXY": d_NodeAttributeSetXY,
  "NodeAttributeXYList": d_NodeAttributeXYList,
  "NodeListXY": d_NodeListXY,
  "NodeOffsetPointXY": d_NodeOffsetPointXY,
  "NodeSetXY": d_NodeSetXY,
  "NodeXY": d_NodeXY,
  "PathHistory": d_PathHistory,
  "PathHistoryPointList": d_PathHistoryPointList,
  "PathHistoryPoint": d_PathHistoryPoint,
  "PathPrediction": d_PathPrediction,
  "Position3D": d_Position3D,
  "PositionalAccuracy": d_PositionalAccuracy,
  "PositionConfidenceSet": d_PositionConfidenceSet,
  "PrivilegedEvents": d_PrivilegedEvents,
  "RegulatorySpeedLimit": d_RegulatorySpeedLimit,
  "RequestorType": d_RequestorType,
  "RoadSegmentReferenceID": d_RoadSegmentReferenceID,
  "RTCMheader": d_RTCMheader,
  "RTCMmessageList": d_RTCMmessageList,
  "SegmentAttributeXYList": d_SegmentAttributeXYList,
  "SpeedandHeadingandThrottleConfidence": d_SpeedandHeadingandThrottleConfidence,
  "SpeedLimitList": d_SpeedLimitList,
  "TransmissionAndSpeed": d_TransmissionAndSpeed,
  "VehicleClassification": d_VehicleClassification,
  "VehicleID": d_VehicleID,
  "VehicleSafetyExtensions": d_VehicleSafetyExtensions,
  "VehicleSize": d_VehicleSize,
  "VerticalOffset": d_VerticalOffset,
  "WiperSet": d_WiperSet,
  "Acceleration": d_Acceleration,
  "AmbientAirPressure": d_AmbientAirPressure,
  "AmbientAirTemperature": d_AmbientAirTemperature,
  "Angle": d_Angle,
  "AntiLockBrakeStatus": d_AntiLockBrakeStatus,
  "ApproachID": d_ApproachID,
  "AuxiliaryBrakeStatus": d_AuxiliaryBrakeStatus,
  "BasicVehicleClass": d_BasicVehicleClass,
  "BasicVehicleRole": d_BasicVehicleRole,
  "BrakeAppliedStatus": d_BrakeAppliedStatus,
  "BrakeBoostApplied": d_BrakeBoostApplied,
  "BumperHeight": d_BumperHeight,
  "CoarseHeading": d_CoarseHeading,
  "CodeWord": d_CodeWord,
  "CoefficientOfFriction": d_CoefficientOfFriction,
  "Confidence": d_Confidence,
  "Count": d_Count,
  "DDay": d_DDay,
  "DeltaAngle": d_DeltaAngle,
  "DescriptiveName": d_DescriptiveName,
  "DHour": d_DHour,
  "DMinute": d_DMinute,
  "DMonth": d_DMonth,
  "DOffset": d_DOffset,
  "DrivenLineOffsetLg": d_DrivenLineOffsetLg,
  "DrivenLineOffsetSm": d_DrivenLineOffsetSm,
  "DSecond": d_DSecond,
  "Duration": d_Duration,
  "DYear": d_DYear,
  "ElevationConfidence": d_ElevationConfidence,
  "Elevation": d_Elevation,
  "Extent": d_Extent,
  "ExteriorLights": d_ExteriorLights,
  "FuelType": d_FuelType,
  "FurtherInfoID": d_FurtherInfoID,
  "GNSSstatus": d_GNSSstatus,
  "GrossSpeed": d_GrossSpeed,
  "HeadingConfidence": d_HeadingConfidence,
  "Heading": d_Heading,
  "HeadingSlice": d_HeadingSlice,
  "IntersectionID": d_IntersectionID,
  "Iso3833VehicleType": d_Iso3833VehicleType,
  "TrailerWeight": d_TrailerWeight,
  "LaneConnectionID": d_LaneConnectionID,
  "LaneID": d_LaneID,
  "LaneWidth": d_LaneWidth,
  "Latitude": d_Latitude,
  "LightbarInUse": d_LightbarInUse,
  "Longitude": d_Longitude,
  "Location_quality": d_Location_quality,
  "Location_tech": d_Location_tech,
  "MergeDivergeNodeAngle": d_MergeDivergeNodeAngle,
  "MessageBLOB": d_MessageBLOB,
  "MinuteOfTheYear": d_MinuteOfTheYear,
  "MsgCount": d_MsgCount,
  "MultiVehicleResponse": d_MultiVehicleResponse,
  "NodeAttributeXY": d_NodeAttributeXY,
  "ObstacleDistance": d_ObstacleDistance,
  "Offset_B09": d_Offset_B09,
  "Offset_B10": d_Offset_B10,
  "Offset_B11": d_Offset_B11,
  "Offset_B12": d_Offset_B12,
  "Offset_B13": d_Offset_B13,
  "Offset_B14": d_Offset_B14,
  "Offset_B16": d_Offset_B16,
  "OffsetLL_B18": d_OffsetLL_B18,
  "PayloadData": d_PayloadData,
  "PositionConfidence": d_PositionConfidence,
  "PrioritizationResponseStatus": d_PrioritizationResponseStatus,
  "Priority": d_Priority,
  "PrivilegedEventFlags": d_PrivilegedEventFlags,
  "RadiusOfCurvature": d_RadiusOfCurvature,
  "RegionId": d_RegionId,
  "RequestID": d_RequestID,
  "RequestImportanceLevel": d_RequestImportanceLevel,
  "RequestSubRole": d_RequestSubRole,
  "ResponseType": d_ResponseType,
  "RestrictionClassID": d_RestrictionClassID,
  "RoadRegulatorID": d_RoadRegulatorID,
  "RoadSegmentID": d_RoadSegmentID,
  "RoadwayCrownAngle": d_RoadwayCrownAngle,
  "RTCMmessage": d_RTCMmessage,
  "Scale_B12": d_Scale_B12,
  "SegmentAttributeXY": d_SegmentAttributeXY,
  "SemiMajorAxisAccuracy": d_SemiMajorAxisAccuracy,
  "SemiMajorAxisOrientation": d_SemiMajorAxisOrientation,
  "SemiMinorAxisAccuracy": d_SemiMinorAxisAccuracy,
  "SignalGroupID": d_SignalGroupID,
  "SignalReqScheme": d_SignalReqScheme,
  "SirenInUse": d_SirenInUse,
  "SpeedConfidence": d_SpeedConfidence,
  "SpeedLimitType": d_SpeedLimitType,
  "Speed": d_Speed,
  "SSPindex": d_SSPindex,
  "StabilityControlStatus": d_StabilityControlStatus,
  "StationID": d_StationID,
  "SteeringWheelAngle": d_SteeringWheelAngle,
  "TemporaryID": d_TemporaryID,
  "ThrottleConfidence": d_ThrottleConfidence,
  "TimeConfidence": d_TimeConfidence,
  "TimeOffset": d_TimeOffset,
  "TractionControlStatus": d_TractionControlStatus,
  "TransitStatus": d_TransitStatus,
  "TransmissionState": d_TransmissionState,
  "URL_Link": d_URL_Link,
  "VehicleEventFlags": d_VehicleEventFlags,
  "VehicleHeight": d_VehicleHeight,
  "VehicleLength": d_VehicleLength,
  "VehicleMass": d_VehicleMass,
  "VehicleType": d_VehicleType,
  "VehicleWidth": d_VehicleWidth,
  "Velocity": d_Velocity,
  "VerticalAccelerationThreshold": d_VerticalAccelerationThreshold,
  "VerticalAcceleration": d_VerticalAcceleration,
  "VertOffset_B08": d_VertOffset_B08,
  "VertOffset_B09": d_VertOffset_B09,
  "VertOffset_B10": d_VertOffset_B10,
  "VertOffset_B11": d_VertOffset_B11,
  "VertOffset_B12": d_VertOffset_B12,
  "WiperRate": d_WiperRate,
  "WiperStatus": d_WiperStatus,
  "YawRate": d_YawRate,
  "CommonSafetyRequest": d_CommonSafetyRequest,
  "RequestedItemList": d_RequestedItemList,
  "RequestedItem": d_RequestedItem,
  "EmergencyVehicleAlert": d_EmergencyVehicleAlert,
  "GenericLocations": d_GenericLocations,
  "IncidentResponseEquipment": d_IncidentResponseEquipment,
  "ITIStext": d_ITIStext,
  "ResponderGroupAffected": d_ResponderGroupAffected,
  "VehicleGroupAffected": d_VehicleGroupAffected,
  "ITIScodesAndText": d_ITIScodesAndText,
  "ITIScodes": d_ITIScodes,
  "IntersectionCollision": d_IntersectionCollision,
  "ApproachOrLane": d_ApproachOrLane,
  "MapData": d_MapData,
  "ConnectingLane": d_ConnectingLane,
  "Connection": d_Connection,
  "ConnectsToList": d_ConnectsToList,
  "DataParameters": d_DataParameters,
  "GenericLane": d_GenericLane,
  "IntersectionGeometry": d_IntersectionGeometry,
  "IntersectionGeometryList": d_IntersectionGeometryList,
  "LaneAttributes": d_LaneAttributes,
  "LaneList": d_LaneList,
  "LaneTypeAttributes": d_LaneTypeAttributes,
  "OverlayLaneList": d_OverlayLaneList,
  "PreemptPriorityList": d_PreemptPriorityList,
  "SignalControlZone": d_SignalControlZone,
  "RestrictionClassAssignment": d_RestrictionClassAssignment,
  "RestrictionClassList": d_RestrictionClassList,
  "RestrictionUserTypeList": d_RestrictionUserTypeList,
  "RestrictionUserType": d_RestrictionUserType,
  "RoadLaneSetList": d_RoadLaneSetList,
  "RoadSegmentList": d_RoadSegmentList,
  "RoadSegment": d_RoadSegment,
  "AllowedManeuvers": d_AllowedManeuvers,
  "LaneAttributes_Barrier": d_LaneAttributes_Barrier,
  "LaneAttributes_Bike": d_LaneAttributes_Bike,
  "LaneAttributes_Crosswalk": d_LaneAttributes_Crosswalk,
  "LaneAttributes_Parking": d_LaneAttributes_Parking,
  "LaneAttributes_Sidewalk": d_LaneAttributes_Sidewalk,
  "LaneAttributes_Striping": d_LaneAttributes_Striping,
  "LaneAttributes_TrackedVehicle": d_LaneAttributes_TrackedVehicle,
  "LaneAttributes_Vehicle": d_LaneAttributes_Vehicle,
  "LaneDirection": d_LaneDirection,
  "LaneSharing": d_LaneSharing,
  "LayerID": d_LayerID,
  "LayerType": d_LayerType,
  "RestrictionAppliesTo": d_RestrictionAppliesTo,
  "MessageFrame": d_MessageFrame,
  "DSRCmsgID": d_DSRCmsgID,
  "NMEAcorrections": d_NMEAcorrections,
  "NMEA_MsgType": d_NMEA_MsgType,
  "NMEA_Payload": d_NMEA_Payload,
  "NMEA_Revision": d_NMEA_Revision,
  "ObjectCount": d_ObjectCount,
  "EssMobileFriction": d_EssMobileFriction,
  "EssPrecipRate": d_EssPrecipRate,
  "EssPrecipSituation": d_EssPrecipSituation,
  "EssPrecipYesNo": d_EssPrecipYesNo,
  "EssSolarRadiation": d_EssSolarRadiation,
  "PersonalSafetyMessage": d_PersonalSafetyMessage,
  "PropelledInformation": d_PropelledInformation,
  "AnimalPropelledType": d_AnimalPropelledType,
  "AnimalType": d_AnimalType,
  "Attachment": d_Attachment,
  "AttachmentRadius": d_AttachmentRadius,
  "MotorizedPropelledType": d_MotorizedPropelledType,
  "NumberOfParticipantsInCluster": d_NumberOfParticipantsInCluster,
  "HumanPropelledType": d_HumanPropelledType,
  "PersonalAssistive": d_PersonalAssistive,
  "PersonalClusterRadius": d_PersonalClusterRadius,
  "PersonalCrossingInProgress": d_PersonalCrossingInProgress,
  "PersonalCrossingRequest": d_PersonalCrossingRequest,
  "PersonalDeviceUsageState": d_PersonalDeviceUsageState,
  "PersonalDeviceUserType": d_PersonalDeviceUserType,
  "PublicSafetyAndRoadWorkerActivity": d_PublicSafetyAndRoadWorkerActivity,
  "PublicSafetyDirectingTrafficSubType": d_PublicSafetyDirectingTrafficSubType,
  "PublicSafetyEventResponderWorkerType": d_PublicSafetyEventResponderWorkerType,
  "UserSizeAndBehaviour": d_UserSizeAndBehaviour,
  "ProbeDataManagement": d_ProbeDataManagement,
  "Sample": d_Sample,
  "SnapshotDistance": d_SnapshotDistance,
  "SnapshotTime": d_SnapshotTime,
  "VehicleStatusRequest": d_VehicleStatusRequest,
  "VehicleStatusRequestList": d_VehicleStatusRequestList,
  "GrossDistance": d_GrossDistance,
  "SecondOfTime": d_SecondOfTime,
  "TermDistance": d_TermDistance,
  "TermTime": d_TermTime,
  "VehicleStatusDeviceTypeTag": d_VehicleStatusDeviceTypeTag,
  "ProbeVehicleData": d_ProbeVehicleData,
  "AccelSteerYawRateConfidence": d_AccelSteerYawRateConfidence,
  "ConfidenceSet": d_ConfidenceSet,
  "J1939data": d_J1939data,
  "TireDataList": d_TireDataList,
  "TireData": d_TireData,
  "AxleWeightList": d_AxleWeightList,
  "AxleWeightSet": d_AxleWeightSet,
  "Snapshot": d_Snapshot,
  "VehicleIdent": d_VehicleIdent,
  "VehicleStatus": d_VehicleStatus,
  "AccelerationConfidence": d_AccelerationConfidence,
  "BrakeAppliedPressure": d_BrakeAppliedPressure,
  "DrivingWheelAngle": d_DrivingWheelAngle,
  "AxleLocation": d_AxleLocation,
  "AxleWeight": d_AxleWeight,
  "CargoWeight": d_CargoWeight,
  "DriveAxleLiftAirPressure": d_DriveAxleLiftAirPressure,
  "DriveAxleLocation": d_DriveAxleLocation,
  "DriveAxleLubePressure": d_DriveAxleLubePressure,
  "DriveAxleTemperature": d_DriveAxleTemperature,
  "SteeringAxleLubePressure": d_SteeringAxleLubePressure,
  "SteeringAxleTemperature": d_SteeringAxleTemperature,
  "TireLeakageRate": d_TireLeakageRate,
  "TireLocation": d_TireLocation,
  "TirePressureThresholdDetection": d_TirePressureThresholdDetection,
  "TirePressure": d_TirePressure,
  "TireTemp": d_TireTemp,
  "WheelEndElectFault": d_WheelEndElectFault,
  "WheelSensorStatus": d_WheelSensorStatus,
  "ProbeSegmentNumber": d_ProbeSegmentNumber,
  "RainSensor": d_RainSensor,
  "SteeringWheelAngleConfidence": d_SteeringWheelAngleConfidence,
  "SteeringWheelAngleRateOfChange": d_SteeringWheelAngleRateOfChange,
  "SunSensor": d_SunSensor,
  "ThrottlePosition": d_ThrottlePosition,
  "VINstring": d_VINstring,
  "YawRateConfidence": d_YawRateConfidence,
  "RTCMcorrections": d_RTCMcorrections,
  "RTCM_Revision": d_RTCM_Revision,
  "RoadSideAlert": d_RoadSideAlert,
  "SPAT": d_SPAT,
  "AdvisorySpeed": d_AdvisorySpeed,
  "AdvisorySpeedList": d_AdvisorySpeedList,
  "ConnectionManeuverAssist": d_ConnectionManeuverAssist,
  "EnabledLaneList": d_EnabledLaneList,
  "IntersectionState": d_IntersectionState,
  "IntersectionStateList": d_IntersectionStateList,
  "ManeuverAssistList": d_ManeuverAssistList,
  "MovementEventList": d_MovementEventList,
  "MovementEvent": d_MovementEvent,
  "MovementList": d_MovementList,
  "MovementState": d_MovementState,
  "TimeChangeDetails": d_TimeChangeDetails,
  "AdvisorySpeedType": d_AdvisorySpeedType,
  "IntersectionStatusObject": d_IntersectionStatusObject,
  "MovementPhaseState": d_MovementPhaseState,
  "PedestrianBicycleDetect": d_PedestrianBicycleDetect,
  "SpeedAdvice": d_SpeedAdvice,
  "TimeIntervalConfidence": d_TimeIntervalConfidence,
  "TimeMark": d_TimeMark,
  "WaitOnStopline": d_WaitOnStopline,
  "ZoneLength": d_ZoneLength,
  "SignalRequestMessage": d_SignalRequestMessage,
  "RequestorDescription": d_RequestorDescription,
  "RequestorPositionVector": d_RequestorPositionVector,
  "SignalRequestList": d_SignalRequestList,
  "SignalRequestPackage": d_SignalRequestPackage,
  "SignalRequest": d_SignalRequest,
  "DeltaTime": d_DeltaTime,
  "PriorityRequestType": d_PriorityRequestType,
  "TransitVehicleOccupancy": d_TransitVehicleOccupancy,
  "TransitVehicleStatus": d_TransitVehicleStatus,
  "SignalStatusMessage": d_SignalStatusMessage,
  "SignalRequesterInfo": d_SignalRequesterInfo,
  "SignalStatusList": d_SignalStatusList,
  "SignalStatusPackageList": d_SignalStatusPackageList,
  "SignalStatusPackage": d_SignalStatusPackage,
  "SignalStatus": d_SignalStatus,
  "TestMessage00": d_TestMessage00,
  "TestMessage01": d_TestMessage01,
  "TestMessage02": d_TestMessage02,
  "TestMessage03": d_TestMessage03,
  "TestMessage04": d_TestMessage04,
  "TestMessage05": d_TestMessage05,
  "TestMessage06": d_TestMessage06,
  "TestMessage07": d_TestMessage07,
  "TestMessage08": d_TestMessage08,
  "TestMessage09": d_TestMessage09,
  "TestMessage10": d_TestMessage10,
  "TestMessage11": d_TestMessage11,
  "TestMessage12": d_TestMessage12,
  "TestMessage13": d_TestMessage13,
  "TestMessage14": d_TestMessage14,
  "TestMessage15": d_TestMessage15,
  "TravelerInformation": d_TravelerInformation,
  "Circle": d_Circle,
  "GeographicalPath": d_GeographicalPath,
  "GeometricProjection": d_GeometricProjection,
  "ExitService": d_ExitService,
  "GenericSignage": d_GenericSignage,
  "SpeedLimit": d_SpeedLimit,
  "WorkZone": d_WorkZone,
  "Node_LL_24B": d_Node_LL_24B,
  "Node_LL_28B": d_Node_LL_28B,
  "Node_LL_32B": d_Node_LL_32B,
  "Node_LL_36B": d_Node_LL_36B,
  "Node_LL_44B": d_Node_LL_44B,
  "Node_LL_48B": d_Node_LL_48B,
  "NodeAttributeLLList": d_NodeAttributeLLList,
  "NodeAttributeSetLL": d_NodeAttributeSetLL,
  "NodeListLL": d_NodeListLL,
  "NodeLL": d_NodeLL,
  "NodeOffsetPointLL": d_NodeOffsetPointLL,
  "NodeSetLL": d_NodeSetLL,
  "OffsetSystem": d_OffsetSystem,
  "RegionList": d_RegionList,
  "RegionOffsets": d_RegionOffsets,
  "RegionPointSet": d_RegionPointSet,
  "RoadSignID": d_RoadSignID,
  "SegmentAttributeLLList": d_SegmentAttributeLLList,
  "ShapePointSet": d_ShapePointSet,
  "TravelerDataFrameList": d_TravelerDataFrameList,
  "TravelerDataFrame": d_TravelerDataFrame,
  "ValidRegion": d_ValidRegion,
  "DirectionOfUse": d_DirectionOfUse,
  "DistanceUnits": d_DistanceUnits,
  "ITIStextPhrase": d_ITIStextPhrase,
  "MinutesDuration": d_MinutesDuration,
  "MsgCRC": d_MsgCRC,
  "MUTCDCode": d_MUTCDCode,
  "NodeAttributeLL": d_NodeAttributeLL,
  "OffsetLL_B12": d_OffsetLL_B12,
  "OffsetLL_B14": d_OffsetLL_B14,
  "OffsetLL_B16": d_OffsetLL_B16,
  "OffsetLL_B22": d_OffsetLL_B22,
  "OffsetLL_B24": d_OffsetLL_B24,
  "Radius_B12": d_Radius_B12,
  "SegmentAttributeLL": d_SegmentAttributeLL,
  "SignPrority": d_SignPrority,
  "TravelerInfoType": d_TravelerInfoType,
  "UniqueMSGID": d_UniqueMSGID,
  "URL_Base": d_URL_Base,
  "URL_Short": d_URL_Short,
  "Zoom": d_Zoom,
  "PartIIcontent": d_PartIIcontent,
  "RegionalExtension": d_RegionalExtension,
  "RegionalExtension_Reg_ConnectionManeuverAssist": d_RegionalExtension_Reg_ConnectionManeuverAssist,
  "RegionalExtension_Reg_IntersectionState": d_RegionalExtension_Reg_IntersectionState,
  "RegionalExtension_Reg_LaneDataAttribute": d_RegionalExtension_Reg_LaneDataAttribute,
  "RegionalExtension_Reg_MapData": d_RegionalExtension_Reg_MapData,
  "RegionalExtension_Reg_MovementEvent": d_RegionalExtension_Reg_MovementEvent,
  "RegionalExtension_Reg_NodeOffsetPointXY": d_RegionalExtension_Reg_NodeOffsetPointXY,
  "RegionalExtension_Reg_Position3D": d_RegionalExtension_Reg_Position3D,
  "RegionalExtension_Reg_RestrictionUserType": d_RegionalExtension_Reg_RestrictionUserType,
};
