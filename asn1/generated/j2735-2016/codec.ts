// Generated from SAE J2735 2016 (J2735_201603) by asn1/compiler; do not edit.
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

const N0 = ["messageId","value"] as const;
const N1 = ["coreData","partII","regional"] as const;
const N2 = ["timeStamp","msgCnt","id","requests","regional"] as const;
const N3 = ["timeStamp","id","rsaMsg","responseType","details","mass","basicType","vehicleType","responseEquip","responderType","regional"] as const;
const EN4 = ["notInUseOrNotEquipped","emergency","nonEmergency","pursuit","stationary","slowMoving","stopAndGoMovement"] as const;
const EA5 = [] as const;
const EN6 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA7 = [] as const;
const EN8 = ["all-vehicles","bicycles","motorcycles","cars","light-vehicles","cars-and-light-vehicles","cars-with-trailers","cars-with-recreational-trailers","vehicles-with-trailers","heavy-vehicles","trucks","buses","articulated-buses","school-buses","vehicles-with-semi-trailers","vehicles-with-double-trailers","high-profile-vehicles","wide-vehicles","long-vehicles","hazardous-loads","exceptional-loads","abnormal-loads","convoys","maintenance-vehicles","delivery-vehicles","vehicles-with-even-numbered-license-plates","vehicles-with-odd-numbered-license-plates","vehicles-with-parking-permits","vehicles-with-catalytic-converters","vehicles-without-catalytic-converters","gas-powered-vehicles","diesel-powered-vehicles","lPG-vehicles","military-convoys","military-vehicles"] as const;
const EA9 = [] as const;
const EN10 = ["ground-fire-suppression","heavy-ground-equipment","aircraft","marine-equipment","support-equipment","medical-rescue-unit","other","ground-fire-suppression-other","engine","truck-or-aerial","quint","tanker-pumper-combination","brush-truck","aircraft-rescue-firefighting","heavy-ground-equipment-other","dozer-or-plow","tractor","tanker-or-tender","aircraft-other","aircraft-fixed-wing-tanker","helitanker","helicopter","marine-equipment-other","fire-boat-with-pump","boat-no-pump","support-apparatus-other","breathing-apparatus-support","light-and-air-unit","medical-rescue-unit-other","rescue-unit","urban-search-rescue-unit","high-angle-rescue","crash-fire-rescue","bLS-unit","aLS-unit","mobile-command-post","chief-officer-car","hAZMAT-unit","type-i-hand-crew","type-ii-hand-crew","privately-owned-vehicle","other-apparatus-resource","ambulance","bomb-squad-van","combine-harvester","construction-vehicle","farm-tractor","grass-cutting-machines","hAZMAT-containment-tow","heavy-tow","hedge-cutting-machines","light-tow","mobile-crane","refuse-collection-vehicle","resurfacing-vehicle","road-sweeper","roadside-litter-collection-crews","salvage-vehicle","sand-truck","snowplow","steam-roller","swat-team-van","track-laying-vehicle","unknown-vehicle","white-lining-vehicle","dump-truck","supervisor-vehicle","snow-blower","rotary-snow-blower","road-grader","steam-truck","flatbed-tow"] as const;
const EA11 = [] as const;
const EN12 = ["emergency-vehicle-units","federal-law-enforcement-units","state-police-units","county-police-units","local-police-units","ambulance-units","rescue-units","fire-units","hAZMAT-units","light-tow-unit","heavy-tow-unit","freeway-service-patrols","transportation-response-units","private-contractor-response-units"] as const;
const EA13 = [] as const;
function EI14(x: unknown): number | undefined { switch (x) { case "notInUseOrNotEquipped": return 0; case "emergency": return 1; case "nonEmergency": return 2; case "pursuit": return 3; case "stationary": return 4; case "slowMoving": return 5; case "stopAndGoMovement": return 6; default: return undefined; } }
function EJ15(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI16(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ17(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EI18$m = new Map<unknown, number>([["all-vehicles",0],["bicycles",1],["motorcycles",2],["cars",3],["light-vehicles",4],["cars-and-light-vehicles",5],["cars-with-trailers",6],["cars-with-recreational-trailers",7],["vehicles-with-trailers",8],["heavy-vehicles",9],["trucks",10],["buses",11],["articulated-buses",12],["school-buses",13],["vehicles-with-semi-trailers",14],["vehicles-with-double-trailers",15],["high-profile-vehicles",16],["wide-vehicles",17],["long-vehicles",18],["hazardous-loads",19],["exceptional-loads",20],["abnormal-loads",21],["convoys",22],["maintenance-vehicles",23],["delivery-vehicles",24],["vehicles-with-even-numbered-license-plates",25],["vehicles-with-odd-numbered-license-plates",26],["vehicles-with-parking-permits",27],["vehicles-with-catalytic-converters",28],["vehicles-without-catalytic-converters",29],["gas-powered-vehicles",30],["diesel-powered-vehicles",31],["lPG-vehicles",32],["military-convoys",33],["military-vehicles",34]]);
function EI18(x: unknown): number | undefined { return EI18$m.get(x); }
function EJ20(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EI21$m = new Map<unknown, number>([["ground-fire-suppression",0],["heavy-ground-equipment",1],["aircraft",2],["marine-equipment",3],["support-equipment",4],["medical-rescue-unit",5],["other",6],["ground-fire-suppression-other",7],["engine",8],["truck-or-aerial",9],["quint",10],["tanker-pumper-combination",11],["brush-truck",12],["aircraft-rescue-firefighting",13],["heavy-ground-equipment-other",14],["dozer-or-plow",15],["tractor",16],["tanker-or-tender",17],["aircraft-other",18],["aircraft-fixed-wing-tanker",19],["helitanker",20],["helicopter",21],["marine-equipment-other",22],["fire-boat-with-pump",23],["boat-no-pump",24],["support-apparatus-other",25],["breathing-apparatus-support",26],["light-and-air-unit",27],["medical-rescue-unit-other",28],["rescue-unit",29],["urban-search-rescue-unit",30],["high-angle-rescue",31],["crash-fire-rescue",32],["bLS-unit",33],["aLS-unit",34],["mobile-command-post",35],["chief-officer-car",36],["hAZMAT-unit",37],["type-i-hand-crew",38],["type-ii-hand-crew",39],["privately-owned-vehicle",40],["other-apparatus-resource",41],["ambulance",42],["bomb-squad-van",43],["combine-harvester",44],["construction-vehicle",45],["farm-tractor",46],["grass-cutting-machines",47],["hAZMAT-containment-tow",48],["heavy-tow",49],["hedge-cutting-machines",50],["light-tow",51],["mobile-crane",52],["refuse-collection-vehicle",53],["resurfacing-vehicle",54],["road-sweeper",55],["roadside-litter-collection-crews",56],["salvage-vehicle",57],["sand-truck",58],["snowplow",59],["steam-roller",60],["swat-team-van",61],["track-laying-vehicle",62],["unknown-vehicle",63],["white-lining-vehicle",64],["dump-truck",65],["supervisor-vehicle",66],["snow-blower",67],["rotary-snow-blower",68],["road-grader",69],["steam-truck",70],["flatbed-tow",71]]);
function EI21(x: unknown): number | undefined { return EI21$m.get(x); }
function EJ23(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI24(x: unknown): number | undefined { switch (x) { case "emergency-vehicle-units": return 0; case "federal-law-enforcement-units": return 1; case "state-police-units": return 2; case "county-police-units": return 3; case "local-police-units": return 4; case "ambulance-units": return 5; case "rescue-units": return 6; case "fire-units": return 7; case "hAZMAT-units": return 8; case "light-tow-unit": return 9; case "heavy-tow-unit": return 10; case "freeway-service-patrols": return 11; case "transportation-response-units": return 12; case "private-contractor-response-units": return 13; default: return undefined; } }
function EJ25(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N26 = ["msgCnt","id","timeStamp","partOne","path","pathPrediction","intersectionID","laneNumber","eventFlag","regional"] as const;
const N27 = ["timeStamp","msgIssueRevision","layerType","layerID","intersections","roadSegments","dataParameters","restrictionList","regional"] as const;
const EN28 = ["none","mixedContent","generalMapData","intersectionData","curveData","roadwaySectionData","parkingAreaData","sharedLaneData"] as const;
const EA29 = [] as const;
function EI30(x: unknown): number | undefined { switch (x) { case "none": return 0; case "mixedContent": return 1; case "generalMapData": return 2; case "intersectionData": return 3; case "curveData": return 4; case "roadwaySectionData": return 5; case "parkingAreaData": return 6; case "sharedLaneData": return 7; default: return undefined; } }
function EJ31(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N32 = ["timeStamp","rev","msg","wdCount","payload","regional"] as const;
const EN33 = ["unknown","reserved","rev1","rev2","rev3","rev4","rev5"] as const;
const EA34 = [] as const;
function EI35(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "reserved": return 1; case "rev1": return 2; case "rev2": return 3; case "rev3": return 4; case "rev4": return 5; case "rev5": return 6; default: return undefined; } }
function EJ36(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N37 = ["basicType","secMark","msgCnt","id","position","accuracy","speed","heading","accelSet","pathHistory","pathPrediction","propulsion","useState","crossRequest","crossState","clusterSize","clusterRadius","eventResponderType","activityType","activitySubType","assistType","sizing","attachment","attachmentRadius","animalType","regional"] as const;
const EN38 = ["unavailable","aPEDESTRIAN","aPEDALCYCLIST","aPUBLICSAFETYWORKER","anANIMAL"] as const;
const EA39 = [] as const;
const EN40 = ["unavailable","small","medium","large"] as const;
const EA41 = [] as const;
const EN42 = ["unavailable","towOperater","fireAndEMSWorker","aDOTWorker","lawEnforcement","hazmatResponder","animalControlWorker","otherPersonnel"] as const;
const EA43 = [] as const;
const EN44 = ["unavailable","stroller","bicycleTrailer","cart","wheelchair","otherWalkAssistAttachments","pet"] as const;
const EA45 = [] as const;
const EN46 = ["unavailable","serviceUse","pet","farm"] as const;
const EA47 = [] as const;
function EI48(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "aPEDESTRIAN": return 1; case "aPEDALCYCLIST": return 2; case "aPUBLICSAFETYWORKER": return 3; case "anANIMAL": return 4; default: return undefined; } }
function EJ49(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI50(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "small": return 1; case "medium": return 2; case "large": return 3; default: return undefined; } }
function EJ51(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI52(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "towOperater": return 1; case "fireAndEMSWorker": return 2; case "aDOTWorker": return 3; case "lawEnforcement": return 4; case "hazmatResponder": return 5; case "animalControlWorker": return 6; case "otherPersonnel": return 7; default: return undefined; } }
function EJ53(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI54(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "stroller": return 1; case "bicycleTrailer": return 2; case "cart": return 3; case "wheelchair": return 4; case "otherWalkAssistAttachments": return 5; case "pet": return 6; default: return undefined; } }
function EJ55(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI56(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "serviceUse": return 1; case "pet": return 2; case "farm": return 3; default: return undefined; } }
function EJ57(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N58 = ["timeStamp","sample","directions","term","snapshot","txInterval","dataElements","regional"] as const;
const N59 = ["termtime","termDistance"] as const;
const N60 = ["snapshotTime","snapshotDistance"] as const;
const N61 = ["timeStamp","segNum","probeID","startVector","vehicleType","snapshots","regional"] as const;
const N62 = ["msgCnt","timeStamp","typeEvent","description","priority","heading","extent","position","furtherInfoID","regional"] as const;
const EN63 = ["useInstantlyOnly","useFor3meters","useFor10meters","useFor50meters","useFor100meters","useFor500meters","useFor1000meters","useFor5000meters","useFor10000meters","useFor50000meters","useFor100000meters","useFor500000meters","useFor1000000meters","useFor5000000meters","useFor10000000meters","forever"] as const;
function EI64(x: unknown): number | undefined { switch (x) { case "useInstantlyOnly": return 0; case "useFor3meters": return 1; case "useFor10meters": return 2; case "useFor50meters": return 3; case "useFor100meters": return 4; case "useFor500meters": return 5; case "useFor1000meters": return 6; case "useFor5000meters": return 7; case "useFor10000meters": return 8; case "useFor50000meters": return 9; case "useFor100000meters": return 10; case "useFor500000meters": return 11; case "useFor1000000meters": return 12; case "useFor5000000meters": return 13; case "useFor10000000meters": return 14; case "forever": return 15; default: return undefined; } }
const N65 = ["msgCnt","rev","timeStamp","anchorPoint","rtcmHeader","msgs","regional"] as const;
const EN66 = ["unknown","rtcmRev2","rtcmRev3","reserved"] as const;
const EA67 = [] as const;
function EI68(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "rtcmRev2": return 1; case "rtcmRev3": return 2; case "reserved": return 3; default: return undefined; } }
function EJ69(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N70 = ["timeStamp","name","intersections","regional"] as const;
const N71 = ["timeStamp","second","sequenceNumber","requests","requestor","regional"] as const;
const N72 = ["timeStamp","second","sequenceNumber","status","regional"] as const;
const N73 = ["msgCnt","timeStamp","packetID","urlB","dataFrames","regional"] as const;
const N74 = ["header","regional"] as const;
const N75 = ["header","regional"] as const;
const N76 = ["header","regional"] as const;
const N77 = ["header","regional"] as const;
const N78 = ["header","regional"] as const;
const N79 = ["header","regional"] as const;
const N80 = ["header","regional"] as const;
const N81 = ["header","regional"] as const;
const N82 = ["header","regional"] as const;
const N83 = ["header","regional"] as const;
const N84 = ["header","regional"] as const;
const N85 = ["header","regional"] as const;
const N86 = ["header","regional"] as const;
const N87 = ["header","regional"] as const;
const N88 = ["header","regional"] as const;
const N89 = ["header","regional"] as const;
const N90 = ["long","lat","vert","yaw"] as const;
const N91 = ["yawRate","acceleration","steeringWheelAngle"] as const;
function EI92(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN93 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI94(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN95 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI96(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN97 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI98(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN99 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI100(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN101 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI102(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN103 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI104(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN105 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI106(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN107 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI108(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN109 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI110(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN111 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI112(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN113 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI114(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN115 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI116(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN117 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI118(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN119 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI120(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN121 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
const N122 = ["type","speed","confidence","distance","class","regional"] as const;
const EN123 = ["none","greenwave","ecoDrive","transit"] as const;
const EA124 = [] as const;
const EN125 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI126(x: unknown): number | undefined { switch (x) { case "none": return 0; case "greenwave": return 1; case "ecoDrive": return 2; case "transit": return 3; default: return undefined; } }
function EJ127(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI128(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const N129 = ["antOffsetX","antOffsetY","antOffsetZ"] as const;
const N130 = ["approach","lane"] as const;
const N131 = ["wheelBrakes","traction","abs","scs","brakeBoost","auxBrakes"] as const;
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
function EI172(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN173 = ["unavailable","off","on","engaged"] as const;
function EI174(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN175 = ["unavailable","off","on","engaged"] as const;
function EI176(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN177 = ["unavailable","off","on","engaged"] as const;
function EI178(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
const EN179 = ["unavailable","off","on"] as const;
function EI180(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "reserved": return 3; default: return undefined; } }
const EN181 = ["unavailable","off","on","reserved"] as const;
const N182 = ["msgCnt","id","secMark","lat","long","elev","accuracy","transmission","speed","heading","angle","accelSet","brakes","size"] as const;
function EI183(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN184 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI185(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN186 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI187(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN188 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI189(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN190 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI191(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN192 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
const N193 = ["front","rear"] as const;
const N194 = ["center","radius","units"] as const;
function EI195(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN196 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
function EI197(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN198 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
function EI199(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN200 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
function EI201(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN202 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
function EI203(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN204 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
const N205 = ["referenceLaneId","offsetXaxis","offsetYaxis","rotateXY","scaleXaxis","scaleYaxis","regional"] as const;
const N206 = ["small","large"] as const;
const N207 = ["accelConfidence","speedConfidence","timeConfidence","posConfidence","steerConfidence","headingConfidence","throttleConfidence"] as const;
const EN208 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
const EN209 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
const EN210 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
const EN211 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
const EI212$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI212(x: unknown): number | undefined { return EI212$m.get(x); }
function EI214(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
function EI215(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
function EI216(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const N217 = ["lane","maneuver"] as const;
const N218 = ["connectingLane","remoteIntersection","signalGroup","userClass","connectionID"] as const;
const N219 = ["connectionID","queueLength","availableStorageLength","waitOnStop","pedBicycleDetect","regional"] as const;
const N220 = ["processMethod","processAgency","lastCheckedDate","geoidUsed"] as const;
const N221 = ["year","month","day"] as const;
const N222 = ["year","month","day","hour","minute","second","offset"] as const;
const N223 = ["year","month","day","hour","minute"] as const;
const N224 = ["month","day"] as const;
const N225 = ["hour","minute","second","offset"] as const;
const N226 = ["year","month"] as const;
const N227 = ["statusDetails","locationDetails"] as const;
const EN228 = ["on-bridges","in-tunnels","entering-or-leaving-tunnels","on-ramps","in-road-construction-area","around-a-curve","on-minor-roads","in-the-opposing-lanes","adjacent-to-roadway","on-bend","entire-intersection","in-the-median","moved-to-side-of-road","moved-to-shoulder","on-the-roadway","in-shaded-areas","in-low-lying-areas","in-the-downtown-area","in-the-inner-city-area","in-parts","in-some-places","in-the-ditch","in-the-valley","on-hill-top","near-the-foothills","at-high-altitudes","near-the-lake","near-the-shore","over-the-crest-of-a-hill","other-than-on-the-roadway","near-the-beach","near-beach-access-point","lower-level","upper-level","airport","concourse","gate","baggage-claim","customs-point","station","platform","dock","depot","ev-charging-point","information-welcome-point","at-rest-area","at-service-area","at-weigh-station","picnic-areas","rest-area","service-stations","toilets","on-the-right","on-the-left","in-the-center","in-the-opposite-direction","cross-traffic","northbound-traffic","eastbound-traffic","southbound-traffic","westbound-traffic","north","south","east","west","northeast","northwest","southeast","southwest","mountain-pass","reservation-center","nearby-basin","on-tracks","dip","traffic-circle","park-and-ride-lot","to","by","through","area-of","under","over","from","approaching","entering-at","exiting-at","across-tracks","in-street","on-curve","shoulder","crossover","cross-road","side-road","bus-stop","intersection","roadside-park"] as const;
const EA229 = [] as const;
const EI230$m = new Map<unknown, number>([["on-bridges",0],["in-tunnels",1],["entering-or-leaving-tunnels",2],["on-ramps",3],["in-road-construction-area",4],["around-a-curve",5],["on-minor-roads",6],["in-the-opposing-lanes",7],["adjacent-to-roadway",8],["on-bend",9],["entire-intersection",10],["in-the-median",11],["moved-to-side-of-road",12],["moved-to-shoulder",13],["on-the-roadway",14],["in-shaded-areas",15],["in-low-lying-areas",16],["in-the-downtown-area",17],["in-the-inner-city-area",18],["in-parts",19],["in-some-places",20],["in-the-ditch",21],["in-the-valley",22],["on-hill-top",23],["near-the-foothills",24],["at-high-altitudes",25],["near-the-lake",26],["near-the-shore",27],["over-the-crest-of-a-hill",28],["other-than-on-the-roadway",29],["near-the-beach",30],["near-beach-access-point",31],["lower-level",32],["upper-level",33],["airport",34],["concourse",35],["gate",36],["baggage-claim",37],["customs-point",38],["station",39],["platform",40],["dock",41],["depot",42],["ev-charging-point",43],["information-welcome-point",44],["at-rest-area",45],["at-service-area",46],["at-weigh-station",47],["picnic-areas",48],["rest-area",49],["service-stations",50],["toilets",51],["on-the-right",52],["on-the-left",53],["in-the-center",54],["in-the-opposite-direction",55],["cross-traffic",56],["northbound-traffic",57],["eastbound-traffic",58],["southbound-traffic",59],["westbound-traffic",60],["north",61],["south",62],["east",63],["west",64],["northeast",65],["northwest",66],["southeast",67],["southwest",68],["mountain-pass",69],["reservation-center",70],["nearby-basin",71],["on-tracks",72],["dip",73],["traffic-circle",74],["park-and-ride-lot",75],["to",76],["by",77],["through",78],["area-of",79],["under",80],["over",81],["from",82],["approaching",83],["entering-at",84],["exiting-at",85],["across-tracks",86],["in-street",87],["on-curve",88],["shoulder",89],["crossover",90],["cross-road",91],["side-road",92],["bus-stop",93],["intersection",94],["roadside-park",95]]);
function EI230(x: unknown): number | undefined { return EI230$m.get(x); }
function EJ232(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N233 = ["sspRights","sirenUse","lightsUse","multi","events","responseType"] as const;
function EI234(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN235 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI236(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN237 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI238(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN239 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI240(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN241 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI242(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN243 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI244(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN245 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI246(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN247 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI248(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN249 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI250(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN251 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI252(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN253 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI254(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN255 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI256(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN257 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
const EN258 = ["notInUseOrNotEquipped","emergency","nonEmergency","pursuit","stationary","slowMoving","stopAndGoMovement"] as const;
const EA259 = [] as const;
function EI260(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN261 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI262(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN263 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI264(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN265 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI266(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN267 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI268(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN269 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI270(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN271 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI272(x: unknown): number | undefined { switch (x) { case "notInUseOrNotEquipped": return 0; case "emergency": return 1; case "nonEmergency": return 2; case "pursuit": return 3; case "stationary": return 4; case "slowMoving": return 5; case "stopAndGoMovement": return 6; default: return undefined; } }
function EJ273(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N274 = ["typeEvent","description","priority","heading","extent","regional"] as const;
const EN275 = ["useInstantlyOnly","useFor3meters","useFor10meters","useFor50meters","useFor100meters","useFor500meters","useFor1000meters","useFor5000meters","useFor10000meters","useFor50000meters","useFor100000meters","useFor500000meters","useFor1000000meters","useFor5000000meters","useFor10000000meters","forever"] as const;
function EI276(x: unknown): number | undefined { switch (x) { case "useInstantlyOnly": return 0; case "useFor3meters": return 1; case "useFor10meters": return 2; case "useFor50meters": return 3; case "useFor100meters": return 4; case "useFor500meters": return 5; case "useFor1000meters": return 6; case "useFor5000meters": return 7; case "useFor10000meters": return 8; case "useFor50000meters": return 9; case "useFor100000meters": return 10; case "useFor500000meters": return 11; case "useFor1000000meters": return 12; case "useFor5000000meters": return 13; case "useFor10000000meters": return 14; case "forever": return 15; default: return undefined; } }
const N277 = ["utcTime","long","lat","elevation","heading","speed","posAccuracy","timeConfidence","posConfidence","speedConfidence"] as const;
const EN278 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
const EI279$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI279(x: unknown): number | undefined { return EI279$m.get(x); }
const N281 = ["laneID","name","ingressApproach","egressApproach","laneAttributes","maneuvers","nodeList","connectsTo","overlays","regional"] as const;
const N282 = ["name","id","anchor","laneWidth","directionality","closedPath","direction","description","regional"] as const;
const EN283 = ["unavailable","forward","reverse","both"] as const;
const N284 = ["path","geometry","oldRegion"] as const;
function EI285(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "forward": return 1; case "reverse": return 2; case "both": return 3; default: return undefined; } }
const N286 = ["direction","extent","laneWidth","circle","regional"] as const;
const EN287 = ["useInstantlyOnly","useFor3meters","useFor10meters","useFor50meters","useFor100meters","useFor500meters","useFor1000meters","useFor5000meters","useFor10000meters","useFor50000meters","useFor100000meters","useFor500000meters","useFor1000000meters","useFor5000000meters","useFor10000000meters","forever"] as const;
function EI288(x: unknown): number | undefined { switch (x) { case "useInstantlyOnly": return 0; case "useFor3meters": return 1; case "useFor10meters": return 2; case "useFor50meters": return 3; case "useFor100meters": return 4; case "useFor500meters": return 5; case "useFor1000meters": return 6; case "useFor5000meters": return 7; case "useFor10000meters": return 8; case "useFor50000meters": return 9; case "useFor100000meters": return 10; case "useFor500000meters": return 11; case "useFor1000000meters": return 12; case "useFor5000000meters": return 13; case "useFor10000000meters": return 14; case "forever": return 15; default: return undefined; } }
const N289 = ["year","timeStamp","secMark","msgIssueRevision"] as const;
const N290 = ["lane","approach","connection"] as const;
const N291 = ["name","id","revision","refPoint","laneWidth","speedLimits","laneSet","preemptPriorityData","regional"] as const;
const N292 = ["region","id"] as const;
const N293 = ["name","id","revision","status","moy","timeStamp","enabledLanes","states","maneuverAssistList","regional"] as const;
const N294 = ["item"] as const;
const N295 = ["itis","text"] as const;
const N296 = ["tires","axles","trailerWeight","cargoWeight","steeringAxleTemperature","driveAxleLocation","driveAxleLiftAirPressure","driveAxleTemperature","driveAxleLubePressure","steeringAxleLubePressure"] as const;
const N297 = ["location","pressure","temp","wheelSensorStatus","wheelEndElectFault","leakageRate","detection"] as const;
const EN298 = ["off","on","notDefined","notSupported"] as const;
const EN299 = ["isOk","isNotDefined","isError","isNotSupported"] as const;
const EN300 = ["noData","overPressure","noWarningPressure","underPressure","extremeUnderPressure","undefined","errorIndicator","notAvailable"] as const;
function EI301(x: unknown): number | undefined { switch (x) { case "off": return 0; case "on": return 1; case "notDefined": return 2; case "notSupported": return 3; default: return undefined; } }
function EI302(x: unknown): number | undefined { switch (x) { case "isOk": return 0; case "isNotDefined": return 1; case "isError": return 2; case "isNotSupported": return 3; default: return undefined; } }
function EI303(x: unknown): number | undefined { switch (x) { case "noData": return 0; case "overPressure": return 1; case "noWarningPressure": return 2; case "underPressure": return 3; case "extremeUnderPressure": return 4; case "undefined": return 5; case "errorIndicator": return 6; case "notAvailable": return 7; default: return undefined; } }
const N304 = ["location","weight"] as const;
const N305 = ["directionalUse","sharedWith","laneType","regional"] as const;
const N306 = ["pathEndPointAngle","laneCrownPointCenter","laneCrownPointLeft","laneCrownPointRight","laneAngle","speedLimits","regional"] as const;
const N307 = ["vehicle","crosswalk","bikeLane","sidewalk","median","striping","trackedVehicle","parking"] as const;
const N308 = ["eventState","timing","speeds","regional"] as const;
function EI309(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN310 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI311(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN312 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI313(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN314 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI315(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN316 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI317(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN318 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI319(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN320 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
const N321 = ["movementName","signalGroup","state-time-speed","maneuverAssistList","regional"] as const;
const N322 = ["lon","lat"] as const;
const N323 = ["lon","lat"] as const;
const N324 = ["lon","lat"] as const;
const N325 = ["lon","lat"] as const;
const N326 = ["lon","lat"] as const;
const N327 = ["lon","lat"] as const;
const N328 = ["lon","lat"] as const;
const N329 = ["x","y"] as const;
const N330 = ["x","y"] as const;
const N331 = ["x","y"] as const;
const N332 = ["x","y"] as const;
const N333 = ["x","y"] as const;
const N334 = ["x","y"] as const;
const EN335 = ["reserved","stopLine","roundedCapStyleA","roundedCapStyleB","mergePoint","divergePoint","downstreamStopLine","downstreamStartNode","closedToTraffic","safeIsland","curbPresentAtStepOff","hydrantPresent"] as const;
const EA336 = [] as const;
function EI337(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "stopLine": return 1; case "roundedCapStyleA": return 2; case "roundedCapStyleB": return 3; case "mergePoint": return 4; case "divergePoint": return 5; case "downstreamStopLine": return 6; case "downstreamStartNode": return 7; case "closedToTraffic": return 8; case "safeIsland": return 9; case "curbPresentAtStepOff": return 10; case "hydrantPresent": return 11; default: return undefined; } }
function EJ338(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N339 = ["localNode","disabled","enabled","data","dWidth","dElevation","regional"] as const;
const N340 = ["localNode","disabled","enabled","data","dWidth","dElevation","regional"] as const;
const EN341 = ["reserved","stopLine","roundedCapStyleA","roundedCapStyleB","mergePoint","divergePoint","downstreamStopLine","downstreamStartNode","closedToTraffic","safeIsland","curbPresentAtStepOff","hydrantPresent"] as const;
const EA342 = [] as const;
function EI343(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "stopLine": return 1; case "roundedCapStyleA": return 2; case "roundedCapStyleB": return 3; case "mergePoint": return 4; case "divergePoint": return 5; case "downstreamStopLine": return 6; case "downstreamStartNode": return 7; case "closedToTraffic": return 8; case "safeIsland": return 9; case "curbPresentAtStepOff": return 10; case "hydrantPresent": return 11; default: return undefined; } }
function EJ344(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N345 = ["nodes"] as const;
const N346 = ["nodes","computed"] as const;
const N347 = ["delta","attributes"] as const;
const N348 = ["node-LL1","node-LL2","node-LL3","node-LL4","node-LL5","node-LL6","node-LatLon","regional"] as const;
const N349 = ["node-XY1","node-XY2","node-XY3","node-XY4","node-XY5","node-XY6","node-LatLon","regional"] as const;
const N350 = ["delta","attributes"] as const;
const N351 = ["obDist","obDirect","description","locationDetails","dateTime","vertEvent"] as const;
const EN352 = ["on-bridges","in-tunnels","entering-or-leaving-tunnels","on-ramps","in-road-construction-area","around-a-curve","on-minor-roads","in-the-opposing-lanes","adjacent-to-roadway","on-bend","entire-intersection","in-the-median","moved-to-side-of-road","moved-to-shoulder","on-the-roadway","in-shaded-areas","in-low-lying-areas","in-the-downtown-area","in-the-inner-city-area","in-parts","in-some-places","in-the-ditch","in-the-valley","on-hill-top","near-the-foothills","at-high-altitudes","near-the-lake","near-the-shore","over-the-crest-of-a-hill","other-than-on-the-roadway","near-the-beach","near-beach-access-point","lower-level","upper-level","airport","concourse","gate","baggage-claim","customs-point","station","platform","dock","depot","ev-charging-point","information-welcome-point","at-rest-area","at-service-area","at-weigh-station","picnic-areas","rest-area","service-stations","toilets","on-the-right","on-the-left","in-the-center","in-the-opposite-direction","cross-traffic","northbound-traffic","eastbound-traffic","southbound-traffic","westbound-traffic","north","south","east","west","northeast","northwest","southeast","southwest","mountain-pass","reservation-center","nearby-basin","on-tracks","dip","traffic-circle","park-and-ride-lot","to","by","through","area-of","under","over","from","approaching","entering-at","exiting-at","across-tracks","in-street","on-curve","shoulder","crossover","cross-road","side-road","bus-stop","intersection","roadside-park"] as const;
const EA353 = [] as const;
const EI354$m = new Map<unknown, number>([["on-bridges",0],["in-tunnels",1],["entering-or-leaving-tunnels",2],["on-ramps",3],["in-road-construction-area",4],["around-a-curve",5],["on-minor-roads",6],["in-the-opposing-lanes",7],["adjacent-to-roadway",8],["on-bend",9],["entire-intersection",10],["in-the-median",11],["moved-to-side-of-road",12],["moved-to-shoulder",13],["on-the-roadway",14],["in-shaded-areas",15],["in-low-lying-areas",16],["in-the-downtown-area",17],["in-the-inner-city-area",18],["in-parts",19],["in-some-places",20],["in-the-ditch",21],["in-the-valley",22],["on-hill-top",23],["near-the-foothills",24],["at-high-altitudes",25],["near-the-lake",26],["near-the-shore",27],["over-the-crest-of-a-hill",28],["other-than-on-the-roadway",29],["near-the-beach",30],["near-beach-access-point",31],["lower-level",32],["upper-level",33],["airport",34],["concourse",35],["gate",36],["baggage-claim",37],["customs-point",38],["station",39],["platform",40],["dock",41],["depot",42],["ev-charging-point",43],["information-welcome-point",44],["at-rest-area",45],["at-service-area",46],["at-weigh-station",47],["picnic-areas",48],["rest-area",49],["service-stations",50],["toilets",51],["on-the-right",52],["on-the-left",53],["in-the-center",54],["in-the-opposite-direction",55],["cross-traffic",56],["northbound-traffic",57],["eastbound-traffic",58],["southbound-traffic",59],["westbound-traffic",60],["north",61],["south",62],["east",63],["west",64],["northeast",65],["northwest",66],["southeast",67],["southwest",68],["mountain-pass",69],["reservation-center",70],["nearby-basin",71],["on-tracks",72],["dip",73],["traffic-circle",74],["park-and-ride-lot",75],["to",76],["by",77],["through",78],["area-of",79],["under",80],["over",81],["from",82],["approaching",83],["entering-at",84],["exiting-at",85],["across-tracks",86],["in-street",87],["on-curve",88],["shoulder",89],["crossover",90],["cross-road",91],["side-road",92],["bus-stop",93],["intersection",94],["roadside-park",95]]);
function EI354(x: unknown): number | undefined { return EI354$m.get(x); }
function EJ356(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N357 = ["scale","offset"] as const;
const N358 = ["xy","ll"] as const;
const N359 = ["initialPosition","currGNSSstatus","crumbData"] as const;
const N360 = ["latOffset","lonOffset","elevationOffset","timeOffset","speed","posAccuracy","heading"] as const;
const N361 = ["radiusOfCurve","confidence"] as const;
const N362 = ["pivotOffset","pivotAngle","pivots"] as const;
const N363 = ["lat","long","elevation","regional"] as const;
const N364 = ["semiMajor","semiMinor","orientation"] as const;
const N365 = ["pos","elevation"] as const;
function EI366(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN367 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI368(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN369 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI370(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN371 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI372(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN373 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI374(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN375 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI376(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN377 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI378(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN379 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI380(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN381 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI382(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN383 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI384(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN385 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
const N386 = ["zone"] as const;
const N387 = ["sspRights","event"] as const;
const N388 = ["human","animal","motor"] as const;
const EN389 = ["unavailable","otherTypes","onFoot","skateboard","pushOrKickScooter","wheelchair"] as const;
const EA390 = [] as const;
const EN391 = ["unavailable","otherTypes","animalMounted","animalDrawnCarriage"] as const;
const EA392 = [] as const;
const EN393 = ["unavailable","otherTypes","wheelChair","bicycle","scooter","selfBalancingDevice"] as const;
const EA394 = [] as const;
function EI395(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "onFoot": return 2; case "skateboard": return 3; case "pushOrKickScooter": return 4; case "wheelchair": return 5; default: return undefined; } }
function EJ396(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI397(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "animalMounted": return 2; case "animalDrawnCarriage": return 3; default: return undefined; } }
function EJ398(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI399(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "wheelChair": return 2; case "bicycle": return 3; case "scooter": return 4; case "selfBalancingDevice": return 5; default: return undefined; } }
function EJ400(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N401 = ["xOffset","yOffset","zOffset"] as const;
const N402 = ["anchor","scale","nodeList"] as const;
const N403 = ["type","speed"] as const;
const EN404 = ["unknown","maxSpeedInSchoolZone","maxSpeedInSchoolZoneWhenChildrenArePresent","maxSpeedInConstructionZone","vehicleMinSpeed","vehicleMaxSpeed","vehicleNightMaxSpeed","truckMinSpeed","truckMaxSpeed","truckNightMaxSpeed","vehiclesWithTrailersMinSpeed","vehiclesWithTrailersMaxSpeed","vehiclesWithTrailersNightMaxSpeed"] as const;
const EA405 = [] as const;
function EI406(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "maxSpeedInSchoolZone": return 1; case "maxSpeedInSchoolZoneWhenChildrenArePresent": return 2; case "maxSpeedInConstructionZone": return 3; case "vehicleMinSpeed": return 4; case "vehicleMaxSpeed": return 5; case "vehicleNightMaxSpeed": return 6; case "truckMinSpeed": return 7; case "truckMaxSpeed": return 8; case "truckNightMaxSpeed": return 9; case "vehiclesWithTrailersMinSpeed": return 10; case "vehiclesWithTrailersMaxSpeed": return 11; case "vehiclesWithTrailersNightMaxSpeed": return 12; default: return undefined; } }
function EJ407(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN408 = ["reserved","itemA","itemB","itemC","itemD","itemE","itemF","itemG","itemI","itemJ","itemK","itemL","itemM","itemN","itemO","itemP","itemQ"] as const;
const EA409 = [] as const;
function EI410(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "itemA": return 1; case "itemB": return 2; case "itemC": return 3; case "itemD": return 4; case "itemE": return 5; case "itemF": return 6; case "itemG": return 7; case "itemI": return 8; case "itemJ": return 9; case "itemK": return 10; case "itemL": return 11; case "itemM": return 12; case "itemN": return 13; case "itemO": return 14; case "itemP": return 15; case "itemQ": return 16; default: return undefined; } }
function EJ411(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N412 = ["id","type","position","name","routeName","transitStatus","transitOccupancy","transitSchedule","regional"] as const;
const EN413 = ["occupancyUnknown","occupancyEmpty","occupancyVeryLow","occupancyLow","occupancyMed","occupancyHigh","occupancyNearlyFull","occupancyFull"] as const;
function EI414(x: unknown): number | undefined { switch (x) { case "occupancyUnknown": return 0; case "occupancyEmpty": return 1; case "occupancyVeryLow": return 2; case "occupancyLow": return 3; case "occupancyMed": return 4; case "occupancyHigh": return 5; case "occupancyNearlyFull": return 6; case "occupancyFull": return 7; default: return undefined; } }
const N415 = ["position","heading","speed"] as const;
const N416 = ["role","subrole","request","iso3883","hpmsType","regional"] as const;
const EN417 = ["basicVehicle","publicTransport","specialTransport","dangerousGoods","roadWork","roadRescue","emergency","safetyCar","none-unknown","truck","motorcycle","roadSideSource","police","fire","ambulance","dot","transit","slowMoving","stopNgo","cyclist","pedestrian","nonMotorized","military"] as const;
const EA418 = [] as const;
const EN419 = ["requestSubRoleUnKnown","requestSubRole1","requestSubRole2","requestSubRole3","requestSubRole4","requestSubRole5","requestSubRole6","requestSubRole7","requestSubRole8","requestSubRole9","requestSubRole10","requestSubRole11","requestSubRole12","requestSubRole13","requestSubRole14","requestSubRoleReserved"] as const;
const EN420 = ["requestImportanceLevelUnKnown","requestImportanceLevel1","requestImportanceLevel2","requestImportanceLevel3","requestImportanceLevel4","requestImportanceLevel5","requestImportanceLevel6","requestImportanceLevel7","requestImportanceLevel8","requestImportanceLevel9","requestImportanceLevel10","requestImportanceLevel11","requestImportanceLevel12","requestImportanceLevel13","requestImportanceLevel14","requestImportanceReserved"] as const;
const EN421 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA422 = [] as const;
function EI423(x: unknown): number | undefined { switch (x) { case "basicVehicle": return 0; case "publicTransport": return 1; case "specialTransport": return 2; case "dangerousGoods": return 3; case "roadWork": return 4; case "roadRescue": return 5; case "emergency": return 6; case "safetyCar": return 7; case "none-unknown": return 8; case "truck": return 9; case "motorcycle": return 10; case "roadSideSource": return 11; case "police": return 12; case "fire": return 13; case "ambulance": return 14; case "dot": return 15; case "transit": return 16; case "slowMoving": return 17; case "stopNgo": return 18; case "cyclist": return 19; case "pedestrian": return 20; case "nonMotorized": return 21; case "military": return 22; default: return undefined; } }
function EJ424(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI425(x: unknown): number | undefined { switch (x) { case "requestSubRoleUnKnown": return 0; case "requestSubRole1": return 1; case "requestSubRole2": return 2; case "requestSubRole3": return 3; case "requestSubRole4": return 4; case "requestSubRole5": return 5; case "requestSubRole6": return 6; case "requestSubRole7": return 7; case "requestSubRole8": return 8; case "requestSubRole9": return 9; case "requestSubRole10": return 10; case "requestSubRole11": return 11; case "requestSubRole12": return 12; case "requestSubRole13": return 13; case "requestSubRole14": return 14; case "requestSubRoleReserved": return 15; default: return undefined; } }
function EI426(x: unknown): number | undefined { switch (x) { case "requestImportanceLevelUnKnown": return 0; case "requestImportanceLevel1": return 1; case "requestImportanceLevel2": return 2; case "requestImportanceLevel3": return 3; case "requestImportanceLevel4": return 4; case "requestImportanceLevel5": return 5; case "requestImportanceLevel6": return 6; case "requestImportanceLevel7": return 7; case "requestImportanceLevel8": return 8; case "requestImportanceLevel9": return 9; case "requestImportanceLevel10": return 10; case "requestImportanceLevel11": return 11; case "requestImportanceLevel12": return 12; case "requestImportanceLevel13": return 13; case "requestImportanceLevel14": return 14; case "requestImportanceReserved": return 15; default: return undefined; } }
function EI427(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ428(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N429 = ["id","users"] as const;
const N430 = ["basicType","regional"] as const;
const EN431 = ["none","equippedTransit","equippedTaxis","equippedOther","emissionCompliant","equippedBicycle","weightCompliant","heightCompliant","pedestrians","slowMovingPersons","wheelchairUsers","visualDisabilities","audioDisabilities","otherUnknownDisabilities"] as const;
const EA432 = [] as const;
function EI433(x: unknown): number | undefined { switch (x) { case "none": return 0; case "equippedTransit": return 1; case "equippedTaxis": return 2; case "equippedOther": return 3; case "emissionCompliant": return 4; case "equippedBicycle": return 5; case "weightCompliant": return 6; case "heightCompliant": return 7; case "pedestrians": return 8; case "slowMovingPersons": return 9; case "wheelchairUsers": return 10; case "visualDisabilities": return 11; case "audioDisabilities": return 12; case "otherUnknownDisabilities": return 13; default: return undefined; } }
function EJ434(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N435 = ["region","id"] as const;
const N436 = ["name","id","revision","refPoint","laneWidth","speedLimits","roadLaneSet","regional"] as const;
const N437 = ["position","viewAngle","mutcdCode","crc"] as const;
const EN438 = ["none","regulatory","warning","maintenance","motoristService","guide","rec"] as const;
const EA439 = [] as const;
function EI440(x: unknown): number | undefined { switch (x) { case "none": return 0; case "regulatory": return 1; case "warning": return 2; case "maintenance": return 3; case "motoristService": return 4; case "guide": return 5; case "rec": return 6; default: return undefined; } }
function EJ441(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N442 = ["status","offsetSet"] as const;
const N443 = ["rtcmHeader","msgs"] as const;
const N444 = ["sampleStart","sampleEnd"] as const;
const EN445 = ["reserved","doNotBlock","whiteLine","mergingLaneLeft","mergingLaneRight","curbOnLeft","curbOnRight","loadingzoneOnLeft","loadingzoneOnRight","turnOutPointOnLeft","turnOutPointOnRight","adjacentParkingOnLeft","adjacentParkingOnRight","adjacentBikeLaneOnLeft","adjacentBikeLaneOnRight","sharedBikeLane","bikeBoxInFront","transitStopOnLeft","transitStopOnRight","transitStopInLane","sharedWithTrackedVehicle","safeIsland","lowCurbsPresent","rumbleStripPresent","audibleSignalingPresent","adaptiveTimingPresent","rfSignalRequestPresent","partialCurbIntrusion","taperToLeft","taperToRight","taperToCenterLine","parallelParking","headInParking","freeParking","timeRestrictionsOnParking","costToPark","midBlockCurbPresent","unEvenPavementPresent"] as const;
const EA446 = [] as const;
const EI447$m = new Map<unknown, number>([["reserved",0],["doNotBlock",1],["whiteLine",2],["mergingLaneLeft",3],["mergingLaneRight",4],["curbOnLeft",5],["curbOnRight",6],["loadingzoneOnLeft",7],["loadingzoneOnRight",8],["turnOutPointOnLeft",9],["turnOutPointOnRight",10],["adjacentParkingOnLeft",11],["adjacentParkingOnRight",12],["adjacentBikeLaneOnLeft",13],["adjacentBikeLaneOnRight",14],["sharedBikeLane",15],["bikeBoxInFront",16],["transitStopOnLeft",17],["transitStopOnRight",18],["transitStopInLane",19],["sharedWithTrackedVehicle",20],["safeIsland",21],["lowCurbsPresent",22],["rumbleStripPresent",23],["audibleSignalingPresent",24],["adaptiveTimingPresent",25],["rfSignalRequestPresent",26],["partialCurbIntrusion",27],["taperToLeft",28],["taperToRight",29],["taperToCenterLine",30],["parallelParking",31],["headInParking",32],["freeParking",33],["timeRestrictionsOnParking",34],["costToPark",35],["midBlockCurbPresent",36],["unEvenPavementPresent",37]]);
function EI447(x: unknown): number | undefined { return EI447$m.get(x); }
function EJ449(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN450 = ["reserved","doNotBlock","whiteLine","mergingLaneLeft","mergingLaneRight","curbOnLeft","curbOnRight","loadingzoneOnLeft","loadingzoneOnRight","turnOutPointOnLeft","turnOutPointOnRight","adjacentParkingOnLeft","adjacentParkingOnRight","adjacentBikeLaneOnLeft","adjacentBikeLaneOnRight","sharedBikeLane","bikeBoxInFront","transitStopOnLeft","transitStopOnRight","transitStopInLane","sharedWithTrackedVehicle","safeIsland","lowCurbsPresent","rumbleStripPresent","audibleSignalingPresent","adaptiveTimingPresent","rfSignalRequestPresent","partialCurbIntrusion","taperToLeft","taperToRight","taperToCenterLine","parallelParking","headInParking","freeParking","timeRestrictionsOnParking","costToPark","midBlockCurbPresent","unEvenPavementPresent"] as const;
const EA451 = [] as const;
const EI452$m = new Map<unknown, number>([["reserved",0],["doNotBlock",1],["whiteLine",2],["mergingLaneLeft",3],["mergingLaneRight",4],["curbOnLeft",5],["curbOnRight",6],["loadingzoneOnLeft",7],["loadingzoneOnRight",8],["turnOutPointOnLeft",9],["turnOutPointOnRight",10],["adjacentParkingOnLeft",11],["adjacentParkingOnRight",12],["adjacentBikeLaneOnLeft",13],["adjacentBikeLaneOnRight",14],["sharedBikeLane",15],["bikeBoxInFront",16],["transitStopOnLeft",17],["transitStopOnRight",18],["transitStopInLane",19],["sharedWithTrackedVehicle",20],["safeIsland",21],["lowCurbsPresent",22],["rumbleStripPresent",23],["audibleSignalingPresent",24],["adaptiveTimingPresent",25],["rfSignalRequestPresent",26],["partialCurbIntrusion",27],["taperToLeft",28],["taperToRight",29],["taperToCenterLine",30],["parallelParking",31],["headInParking",32],["freeParking",33],["timeRestrictionsOnParking",34],["costToPark",35],["midBlockCurbPresent",36],["unEvenPavementPresent",37]]);
function EI452(x: unknown): number | undefined { return EI452$m.get(x); }
function EJ454(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N455 = ["anchor","laneWidth","directionality","nodeList"] as const;
const EN456 = ["unavailable","forward","reverse","both"] as const;
function EI457(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "forward": return 1; case "reverse": return 2; case "both": return 3; default: return undefined; } }
const N458 = ["id","request","sequenceNumber","role","typeData"] as const;
const EN459 = ["basicVehicle","publicTransport","specialTransport","dangerousGoods","roadWork","roadRescue","emergency","safetyCar","none-unknown","truck","motorcycle","roadSideSource","police","fire","ambulance","dot","transit","slowMoving","stopNgo","cyclist","pedestrian","nonMotorized","military"] as const;
const EA460 = [] as const;
function EI461(x: unknown): number | undefined { switch (x) { case "basicVehicle": return 0; case "publicTransport": return 1; case "specialTransport": return 2; case "dangerousGoods": return 3; case "roadWork": return 4; case "roadRescue": return 5; case "emergency": return 6; case "safetyCar": return 7; case "none-unknown": return 8; case "truck": return 9; case "motorcycle": return 10; case "roadSideSource": return 11; case "police": return 12; case "fire": return 13; case "ambulance": return 14; case "dot": return 15; case "transit": return 16; case "slowMoving": return 17; case "stopNgo": return 18; case "cyclist": return 19; case "pedestrian": return 20; case "nonMotorized": return 21; case "military": return 22; default: return undefined; } }
function EJ462(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N463 = ["request","minute","second","duration","regional"] as const;
const N464 = ["id","requestID","requestType","inBoundLane","outBoundLane","regional"] as const;
const EN465 = ["priorityRequestTypeReserved","priorityRequest","priorityRequestUpdate","priorityCancellation"] as const;
const EA466 = [] as const;
function EI467(x: unknown): number | undefined { switch (x) { case "priorityRequestTypeReserved": return 0; case "priorityRequest": return 1; case "priorityRequestUpdate": return 2; case "priorityCancellation": return 3; default: return undefined; } }
function EJ468(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N469 = ["requester","inboundOn","outboundOn","minute","second","duration","status","regional"] as const;
const EN470 = ["unknown","requested","processing","watchOtherTraffic","granted","rejected","maxPresence","reserviceLocked"] as const;
const EA471 = [] as const;
function EI472(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "requested": return 1; case "processing": return 2; case "watchOtherTraffic": return 3; case "granted": return 4; case "rejected": return 5; case "maxPresence": return 6; case "reserviceLocked": return 7; default: return undefined; } }
function EJ473(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N474 = ["sequenceNumber","id","sigStatus","regional"] as const;
const N475 = ["distance1","speed1","distance2","speed2"] as const;
const N476 = ["thePosition","safetyExt","dataSet"] as const;
const N477 = ["speed1","time1","speed2","time2"] as const;
const N478 = ["vehicleAlerts","description","trailers"] as const;
const N479 = ["heading","speed","throttle"] as const;
function EI480(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN481 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI482(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN483 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI484(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN485 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
function EI486(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN487 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI488(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN489 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI490(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN491 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
function EI492(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN493 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI494(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN495 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI496(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN497 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
function EI498(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN499 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI500(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN501 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI502(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN503 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
function EI504(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN505 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI506(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN507 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI508(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN509 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
const N510 = ["speedReports"] as const;
const N511 = ["classification","classDetails","vehicleData","weatherReport","weatherProbe","obstacle","status","speedProfile","theRTCM","regional"] as const;
const N512 = ["startTime","minEndTime","maxEndTime","likelyTime","confidence","nextTime"] as const;
const N513 = ["sspRights","connection","units"] as const;
const N514 = ["pivotAngle","timeOffset","positionOffset","elevationOffset","heading"] as const;
const N515 = ["isDolly","width","length","height","mass","bumperHeights","centerOfGravity","frontPivot","rearPivot","rearWheelOffset","positionOffset","elevationOffset","crumbData"] as const;
const N516 = ["transmisson","speed"] as const;
function EI517(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN518 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI519(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN520 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI521(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN522 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI523(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN524 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI525(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN526 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
const N527 = ["sspTimRights","frameType","msgId","startYear","startTime","duratonTime","priority","sspLocationRights","regions","sspMsgRights1","sspMsgRights2","content","url"] as const;
const EN528 = ["unknown","advisory","roadSignage","commercialSignage"] as const;
const EA529 = [] as const;
const N530 = ["furtherInfoID","roadSignID"] as const;
const N531 = ["advisory","workZone","genericSign","speedLimit","exitService"] as const;
function EI532(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "advisory": return 1; case "roadSignage": return 2; case "commercialSignage": return 3; default: return undefined; } }
function EJ533(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N534 = ["direction","extent","area"] as const;
const EN535 = ["useInstantlyOnly","useFor3meters","useFor10meters","useFor50meters","useFor100meters","useFor500meters","useFor1000meters","useFor5000meters","useFor10000meters","useFor50000meters","useFor100000meters","useFor500000meters","useFor1000000meters","useFor5000000meters","useFor10000000meters","forever"] as const;
const N536 = ["shapePointSet","circle","regionPointSet"] as const;
function EI537(x: unknown): number | undefined { switch (x) { case "useInstantlyOnly": return 0; case "useFor3meters": return 1; case "useFor10meters": return 2; case "useFor50meters": return 3; case "useFor100meters": return 4; case "useFor500meters": return 5; case "useFor1000meters": return 6; case "useFor5000meters": return 7; case "useFor10000meters": return 8; case "useFor50000meters": return 9; case "useFor100000meters": return 10; case "useFor500000meters": return 11; case "useFor1000000meters": return 12; case "useFor5000000meters": return 13; case "useFor10000000meters": return 14; case "forever": return 15; default: return undefined; } }
const N538 = ["keyType","role","iso3883","hpmsType","vehicleType","responseEquip","responderType","fuelType","regional"] as const;
const EN539 = ["basicVehicle","publicTransport","specialTransport","dangerousGoods","roadWork","roadRescue","emergency","safetyCar","none-unknown","truck","motorcycle","roadSideSource","police","fire","ambulance","dot","transit","slowMoving","stopNgo","cyclist","pedestrian","nonMotorized","military"] as const;
const EA540 = [] as const;
const EN541 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA542 = [] as const;
const EN543 = ["all-vehicles","bicycles","motorcycles","cars","light-vehicles","cars-and-light-vehicles","cars-with-trailers","cars-with-recreational-trailers","vehicles-with-trailers","heavy-vehicles","trucks","buses","articulated-buses","school-buses","vehicles-with-semi-trailers","vehicles-with-double-trailers","high-profile-vehicles","wide-vehicles","long-vehicles","hazardous-loads","exceptional-loads","abnormal-loads","convoys","maintenance-vehicles","delivery-vehicles","vehicles-with-even-numbered-license-plates","vehicles-with-odd-numbered-license-plates","vehicles-with-parking-permits","vehicles-with-catalytic-converters","vehicles-without-catalytic-converters","gas-powered-vehicles","diesel-powered-vehicles","lPG-vehicles","military-convoys","military-vehicles"] as const;
const EA544 = [] as const;
const EN545 = ["ground-fire-suppression","heavy-ground-equipment","aircraft","marine-equipment","support-equipment","medical-rescue-unit","other","ground-fire-suppression-other","engine","truck-or-aerial","quint","tanker-pumper-combination","brush-truck","aircraft-rescue-firefighting","heavy-ground-equipment-other","dozer-or-plow","tractor","tanker-or-tender","aircraft-other","aircraft-fixed-wing-tanker","helitanker","helicopter","marine-equipment-other","fire-boat-with-pump","boat-no-pump","support-apparatus-other","breathing-apparatus-support","light-and-air-unit","medical-rescue-unit-other","rescue-unit","urban-search-rescue-unit","high-angle-rescue","crash-fire-rescue","bLS-unit","aLS-unit","mobile-command-post","chief-officer-car","hAZMAT-unit","type-i-hand-crew","type-ii-hand-crew","privately-owned-vehicle","other-apparatus-resource","ambulance","bomb-squad-van","combine-harvester","construction-vehicle","farm-tractor","grass-cutting-machines","hAZMAT-containment-tow","heavy-tow","hedge-cutting-machines","light-tow","mobile-crane","refuse-collection-vehicle","resurfacing-vehicle","road-sweeper","roadside-litter-collection-crews","salvage-vehicle","sand-truck","snowplow","steam-roller","swat-team-van","track-laying-vehicle","unknown-vehicle","white-lining-vehicle","dump-truck","supervisor-vehicle","snow-blower","rotary-snow-blower","road-grader","steam-truck","flatbed-tow"] as const;
const EA546 = [] as const;
const EN547 = ["emergency-vehicle-units","federal-law-enforcement-units","state-police-units","county-police-units","local-police-units","ambulance-units","rescue-units","fire-units","hAZMAT-units","light-tow-unit","heavy-tow-unit","freeway-service-patrols","transportation-response-units","private-contractor-response-units"] as const;
const EA548 = [] as const;
function EI549(x: unknown): number | undefined { switch (x) { case "basicVehicle": return 0; case "publicTransport": return 1; case "specialTransport": return 2; case "dangerousGoods": return 3; case "roadWork": return 4; case "roadRescue": return 5; case "emergency": return 6; case "safetyCar": return 7; case "none-unknown": return 8; case "truck": return 9; case "motorcycle": return 10; case "roadSideSource": return 11; case "police": return 12; case "fire": return 13; case "ambulance": return 14; case "dot": return 15; case "transit": return 16; case "slowMoving": return 17; case "stopNgo": return 18; case "cyclist": return 19; case "pedestrian": return 20; case "nonMotorized": return 21; case "military": return 22; default: return undefined; } }
function EJ550(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI551(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ552(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EI553$m = new Map<unknown, number>([["all-vehicles",0],["bicycles",1],["motorcycles",2],["cars",3],["light-vehicles",4],["cars-and-light-vehicles",5],["cars-with-trailers",6],["cars-with-recreational-trailers",7],["vehicles-with-trailers",8],["heavy-vehicles",9],["trucks",10],["buses",11],["articulated-buses",12],["school-buses",13],["vehicles-with-semi-trailers",14],["vehicles-with-double-trailers",15],["high-profile-vehicles",16],["wide-vehicles",17],["long-vehicles",18],["hazardous-loads",19],["exceptional-loads",20],["abnormal-loads",21],["convoys",22],["maintenance-vehicles",23],["delivery-vehicles",24],["vehicles-with-even-numbered-license-plates",25],["vehicles-with-odd-numbered-license-plates",26],["vehicles-with-parking-permits",27],["vehicles-with-catalytic-converters",28],["vehicles-without-catalytic-converters",29],["gas-powered-vehicles",30],["diesel-powered-vehicles",31],["lPG-vehicles",32],["military-convoys",33],["military-vehicles",34]]);
function EI553(x: unknown): number | undefined { return EI553$m.get(x); }
function EJ555(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EI556$m = new Map<unknown, number>([["ground-fire-suppression",0],["heavy-ground-equipment",1],["aircraft",2],["marine-equipment",3],["support-equipment",4],["medical-rescue-unit",5],["other",6],["ground-fire-suppression-other",7],["engine",8],["truck-or-aerial",9],["quint",10],["tanker-pumper-combination",11],["brush-truck",12],["aircraft-rescue-firefighting",13],["heavy-ground-equipment-other",14],["dozer-or-plow",15],["tractor",16],["tanker-or-tender",17],["aircraft-other",18],["aircraft-fixed-wing-tanker",19],["helitanker",20],["helicopter",21],["marine-equipment-other",22],["fire-boat-with-pump",23],["boat-no-pump",24],["support-apparatus-other",25],["breathing-apparatus-support",26],["light-and-air-unit",27],["medical-rescue-unit-other",28],["rescue-unit",29],["urban-search-rescue-unit",30],["high-angle-rescue",31],["crash-fire-rescue",32],["bLS-unit",33],["aLS-unit",34],["mobile-command-post",35],["chief-officer-car",36],["hAZMAT-unit",37],["type-i-hand-crew",38],["type-ii-hand-crew",39],["privately-owned-vehicle",40],["other-apparatus-resource",41],["ambulance",42],["bomb-squad-van",43],["combine-harvester",44],["construction-vehicle",45],["farm-tractor",46],["grass-cutting-machines",47],["hAZMAT-containment-tow",48],["heavy-tow",49],["hedge-cutting-machines",50],["light-tow",51],["mobile-crane",52],["refuse-collection-vehicle",53],["resurfacing-vehicle",54],["road-sweeper",55],["roadside-litter-collection-crews",56],["salvage-vehicle",57],["sand-truck",58],["snowplow",59],["steam-roller",60],["swat-team-van",61],["track-laying-vehicle",62],["unknown-vehicle",63],["white-lining-vehicle",64],["dump-truck",65],["supervisor-vehicle",66],["snow-blower",67],["rotary-snow-blower",68],["road-grader",69],["steam-truck",70],["flatbed-tow",71]]);
function EI556(x: unknown): number | undefined { return EI556$m.get(x); }
function EJ558(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI559(x: unknown): number | undefined { switch (x) { case "emergency-vehicle-units": return 0; case "federal-law-enforcement-units": return 1; case "state-police-units": return 2; case "county-police-units": return 3; case "local-police-units": return 4; case "ambulance-units": return 5; case "rescue-units": return 6; case "fire-units": return 7; case "hAZMAT-units": return 8; case "light-tow-unit": return 9; case "heavy-tow-unit": return 10; case "freeway-service-patrols": return 11; case "transportation-response-units": return 12; case "private-contractor-response-units": return 13; default: return undefined; } }
function EJ560(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N561 = ["height","bumpers","mass","trailerWeight"] as const;
const N562 = ["name","vin","ownerCode","id","vehicleType","vehicleClass"] as const;
const EN563 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA564 = [] as const;
const N565 = ["vGroup","rGroup","rEquip"] as const;
const EN566 = ["all-vehicles","bicycles","motorcycles","cars","light-vehicles","cars-and-light-vehicles","cars-with-trailers","cars-with-recreational-trailers","vehicles-with-trailers","heavy-vehicles","trucks","buses","articulated-buses","school-buses","vehicles-with-semi-trailers","vehicles-with-double-trailers","high-profile-vehicles","wide-vehicles","long-vehicles","hazardous-loads","exceptional-loads","abnormal-loads","convoys","maintenance-vehicles","delivery-vehicles","vehicles-with-even-numbered-license-plates","vehicles-with-odd-numbered-license-plates","vehicles-with-parking-permits","vehicles-with-catalytic-converters","vehicles-without-catalytic-converters","gas-powered-vehicles","diesel-powered-vehicles","lPG-vehicles","military-convoys","military-vehicles"] as const;
const EA567 = [] as const;
const EN568 = ["emergency-vehicle-units","federal-law-enforcement-units","state-police-units","county-police-units","local-police-units","ambulance-units","rescue-units","fire-units","hAZMAT-units","light-tow-unit","heavy-tow-unit","freeway-service-patrols","transportation-response-units","private-contractor-response-units"] as const;
const EA569 = [] as const;
const EN570 = ["ground-fire-suppression","heavy-ground-equipment","aircraft","marine-equipment","support-equipment","medical-rescue-unit","other","ground-fire-suppression-other","engine","truck-or-aerial","quint","tanker-pumper-combination","brush-truck","aircraft-rescue-firefighting","heavy-ground-equipment-other","dozer-or-plow","tractor","tanker-or-tender","aircraft-other","aircraft-fixed-wing-tanker","helitanker","helicopter","marine-equipment-other","fire-boat-with-pump","boat-no-pump","support-apparatus-other","breathing-apparatus-support","light-and-air-unit","medical-rescue-unit-other","rescue-unit","urban-search-rescue-unit","high-angle-rescue","crash-fire-rescue","bLS-unit","aLS-unit","mobile-command-post","chief-officer-car","hAZMAT-unit","type-i-hand-crew","type-ii-hand-crew","privately-owned-vehicle","other-apparatus-resource","ambulance","bomb-squad-van","combine-harvester","construction-vehicle","farm-tractor","grass-cutting-machines","hAZMAT-containment-tow","heavy-tow","hedge-cutting-machines","light-tow","mobile-crane","refuse-collection-vehicle","resurfacing-vehicle","road-sweeper","roadside-litter-collection-crews","salvage-vehicle","sand-truck","snowplow","steam-roller","swat-team-van","track-laying-vehicle","unknown-vehicle","white-lining-vehicle","dump-truck","supervisor-vehicle","snow-blower","rotary-snow-blower","road-grader","steam-truck","flatbed-tow"] as const;
const EA571 = [] as const;
const EI572$m = new Map<unknown, number>([["all-vehicles",0],["bicycles",1],["motorcycles",2],["cars",3],["light-vehicles",4],["cars-and-light-vehicles",5],["cars-with-trailers",6],["cars-with-recreational-trailers",7],["vehicles-with-trailers",8],["heavy-vehicles",9],["trucks",10],["buses",11],["articulated-buses",12],["school-buses",13],["vehicles-with-semi-trailers",14],["vehicles-with-double-trailers",15],["high-profile-vehicles",16],["wide-vehicles",17],["long-vehicles",18],["hazardous-loads",19],["exceptional-loads",20],["abnormal-loads",21],["convoys",22],["maintenance-vehicles",23],["delivery-vehicles",24],["vehicles-with-even-numbered-license-plates",25],["vehicles-with-odd-numbered-license-plates",26],["vehicles-with-parking-permits",27],["vehicles-with-catalytic-converters",28],["vehicles-without-catalytic-converters",29],["gas-powered-vehicles",30],["diesel-powered-vehicles",31],["lPG-vehicles",32],["military-convoys",33],["military-vehicles",34]]);
function EI572(x: unknown): number | undefined { return EI572$m.get(x); }
function EJ574(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI575(x: unknown): number | undefined { switch (x) { case "emergency-vehicle-units": return 0; case "federal-law-enforcement-units": return 1; case "state-police-units": return 2; case "county-police-units": return 3; case "local-police-units": return 4; case "ambulance-units": return 5; case "rescue-units": return 6; case "fire-units": return 7; case "hAZMAT-units": return 8; case "light-tow-unit": return 9; case "heavy-tow-unit": return 10; case "freeway-service-patrols": return 11; case "transportation-response-units": return 12; case "private-contractor-response-units": return 13; default: return undefined; } }
function EJ576(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EI577$m = new Map<unknown, number>([["ground-fire-suppression",0],["heavy-ground-equipment",1],["aircraft",2],["marine-equipment",3],["support-equipment",4],["medical-rescue-unit",5],["other",6],["ground-fire-suppression-other",7],["engine",8],["truck-or-aerial",9],["quint",10],["tanker-pumper-combination",11],["brush-truck",12],["aircraft-rescue-firefighting",13],["heavy-ground-equipment-other",14],["dozer-or-plow",15],["tractor",16],["tanker-or-tender",17],["aircraft-other",18],["aircraft-fixed-wing-tanker",19],["helitanker",20],["helicopter",21],["marine-equipment-other",22],["fire-boat-with-pump",23],["boat-no-pump",24],["support-apparatus-other",25],["breathing-apparatus-support",26],["light-and-air-unit",27],["medical-rescue-unit-other",28],["rescue-unit",29],["urban-search-rescue-unit",30],["high-angle-rescue",31],["crash-fire-rescue",32],["bLS-unit",33],["aLS-unit",34],["mobile-command-post",35],["chief-officer-car",36],["hAZMAT-unit",37],["type-i-hand-crew",38],["type-ii-hand-crew",39],["privately-owned-vehicle",40],["other-apparatus-resource",41],["ambulance",42],["bomb-squad-van",43],["combine-harvester",44],["construction-vehicle",45],["farm-tractor",46],["grass-cutting-machines",47],["hAZMAT-containment-tow",48],["heavy-tow",49],["hedge-cutting-machines",50],["light-tow",51],["mobile-crane",52],["refuse-collection-vehicle",53],["resurfacing-vehicle",54],["road-sweeper",55],["roadside-litter-collection-crews",56],["salvage-vehicle",57],["sand-truck",58],["snowplow",59],["steam-roller",60],["swat-team-van",61],["track-laying-vehicle",62],["unknown-vehicle",63],["white-lining-vehicle",64],["dump-truck",65],["supervisor-vehicle",66],["snow-blower",67],["rotary-snow-blower",68],["road-grader",69],["steam-truck",70],["flatbed-tow",71]]);
function EI577(x: unknown): number | undefined { return EI577$m.get(x); }
function EJ579(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI580(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ581(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N582 = ["entityID","stationID"] as const;
const N583 = ["events","pathHistory","pathPrediction","lights"] as const;
const N584 = ["width","length"] as const;
const N585 = ["dataType","subType","sendOnLessThenValue","sendOnMoreThenValue","sendAll"] as const;
const EN586 = ["unknown","lights","wipers","brakes","stab","trac","abs","sunS","rainS","airTemp","steering","vertAccelThres","vertAccel","hozAccelLong","hozAccelLat","hozAccelCon","accel4way","confidenceSet","obDist","obDirect","yaw","yawRateCon","dateTime","fullPos","position2D","position3D","vehicle","speedHeadC","speedC"] as const;
const EA587 = [] as const;
function EI588(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "lights": return 1; case "wipers": return 2; case "brakes": return 3; case "stab": return 4; case "trac": return 5; case "abs": return 6; case "sunS": return 7; case "rainS": return 8; case "airTemp": return 9; case "steering": return 10; case "vertAccelThres": return 11; case "vertAccel": return 12; case "hozAccelLong": return 13; case "hozAccelLat": return 14; case "hozAccelCon": return 15; case "accel4way": return 16; case "confidenceSet": return 17; case "obDist": return 18; case "obDirect": return 19; case "yaw": return 20; case "yawRateCon": return 21; case "dateTime": return 22; case "fullPos": return 23; case "position2D": return 24; case "position3D": return 25; case "vehicle": return 26; case "speedHeadC": return 27; case "speedC": return 28; default: return undefined; } }
function EJ589(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N590 = ["lights","lightBar","wipers","brakeStatus","brakePressure","roadFriction","sunData","rainData","airTemp","airPres","steering","accelSets","object","fullPos","throttlePos","speedHeadC","speedC","vehicleData","vehicleIdent","j1939data","weatherReport","gnssStatus"] as const;
const EN591 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
const EN592 = ["unavailable","minPressure","bkLvl-2","bkLvl-3","bkLvl-4","bkLvl-5","bkLvl-6","bkLvl-7","bkLvl-8","bkLvl-9","bkLvl-10","bkLvl-11","bkLvl-12","bkLvl-13","bkLvl-14","maxPressure"] as const;
const EN593 = ["none","lightMist","heavyMist","lightRainOrDrizzle","rain","moderateRain","heavyRain","heavyDownpour"] as const;
const N594 = ["angle","confidence","rate","wheels"] as const;
const EN595 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI596(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const N597 = ["accel4way","vertAccelThres","yawRateCon","hozAccelCon","confidenceSet"] as const;
const EN598 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
const EN599 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI600(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
function EI601(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const N602 = ["obDist","obDirect","dateTime"] as const;
const EN603 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
const N604 = ["height","bumpers","mass","trailerWeight","type"] as const;
const EN605 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA606 = [] as const;
function EI607(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ608(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N609 = ["isRaining","rainRate","precipSituation","solarRadiation","friction"] as const;
function EI610(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN611 = ["precip","noPrecip","error"] as const;
function EI612(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN613 = ["precip","noPrecip","error"] as const;
function EI614(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN615 = ["precip","noPrecip","error"] as const;
function EI616(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN617 = ["precip","noPrecip","error"] as const;
const EN618 = ["other","unknown","noPrecipitation","unidentifiedSlight","unidentifiedModerate","unidentifiedHeavy","snowSlight","snowModerate","snowHeavy","rainSlight","rainModerate","rainHeavy","frozenPrecipitationSlight","frozenPrecipitationModerate","frozenPrecipitationHeavy"] as const;
function EI619(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN620 = ["precip","noPrecip","error"] as const;
function EI621(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN622 = ["precip","noPrecip","error"] as const;
function EI623(x: unknown): number | undefined { switch (x) { case "other": return 0; case "unknown": return 1; case "noPrecipitation": return 2; case "unidentifiedSlight": return 3; case "unidentifiedModerate": return 4; case "unidentifiedHeavy": return 5; case "snowSlight": return 6; case "snowModerate": return 7; case "snowHeavy": return 8; case "rainSlight": return 9; case "rainModerate": return 10; case "rainHeavy": return 11; case "frozenPrecipitationSlight": return 12; case "frozenPrecipitationModerate": return 13; case "frozenPrecipitationHeavy": return 14; default: return undefined; } }
function EI624(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
function EI625(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "minPressure": return 1; case "bkLvl-2": return 2; case "bkLvl-3": return 3; case "bkLvl-4": return 4; case "bkLvl-5": return 5; case "bkLvl-6": return 6; case "bkLvl-7": return 7; case "bkLvl-8": return 8; case "bkLvl-9": return 9; case "bkLvl-10": return 10; case "bkLvl-11": return 11; case "bkLvl-12": return 12; case "bkLvl-13": return 13; case "bkLvl-14": return 14; case "maxPressure": return 15; default: return undefined; } }
function EI626(x: unknown): number | undefined { switch (x) { case "none": return 0; case "lightMist": return 1; case "heavyMist": return 2; case "lightRainOrDrizzle": return 3; case "rain": return 4; case "moderateRain": return 5; case "heavyRain": return 6; case "heavyDownpour": return 7; default: return undefined; } }
function EI627(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const N628 = ["offset1","offset2","offset3","offset4","offset5","offset6","elevation","regional"] as const;
const N629 = ["airTemp","airPressure","rainRates"] as const;
const N630 = ["isRaining","rainRate","precipSituation","solarRadiation","friction","roadFriction"] as const;
function EI631(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN632 = ["precip","noPrecip","error"] as const;
function EI633(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN634 = ["precip","noPrecip","error"] as const;
function EI635(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN636 = ["precip","noPrecip","error"] as const;
function EI637(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN638 = ["precip","noPrecip","error"] as const;
const EN639 = ["other","unknown","noPrecipitation","unidentifiedSlight","unidentifiedModerate","unidentifiedHeavy","snowSlight","snowModerate","snowHeavy","rainSlight","rainModerate","rainHeavy","frozenPrecipitationSlight","frozenPrecipitationModerate","frozenPrecipitationHeavy"] as const;
function EI640(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN641 = ["precip","noPrecip","error"] as const;
function EI642(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN643 = ["precip","noPrecip","error"] as const;
function EI644(x: unknown): number | undefined { switch (x) { case "other": return 0; case "unknown": return 1; case "noPrecipitation": return 2; case "unidentifiedSlight": return 3; case "unidentifiedModerate": return 4; case "unidentifiedHeavy": return 5; case "snowSlight": return 6; case "snowModerate": return 7; case "snowHeavy": return 8; case "rainSlight": return 9; case "rainModerate": return 10; case "rainHeavy": return 11; case "frozenPrecipitationSlight": return 12; case "frozenPrecipitationModerate": return 13; case "frozenPrecipitationHeavy": return 14; default: return undefined; } }
const N645 = ["statusFront","rateFront","statusRear","rateRear"] as const;
const EN646 = ["unavailable","off","intermittent","low","high","washerInUse","automaticPresent"] as const;
const EA647 = [] as const;
const EN648 = ["unavailable","off","intermittent","low","high","washerInUse","automaticPresent"] as const;
const EA649 = [] as const;
function EI650(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "intermittent": return 2; case "low": return 3; case "high": return 4; case "washerInUse": return 5; case "automaticPresent": return 6; default: return undefined; } }
function EJ651(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
function EI652(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "intermittent": return 2; case "low": return 3; case "high": return 4; case "washerInUse": return 5; case "automaticPresent": return 6; default: return undefined; } }
function EJ653(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN654 = ["unavailable","accl-100-00","accl-010-00","accl-005-00","accl-001-00","accl-000-10","accl-000-05","accl-000-01"] as const;
function EI655(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "accl-100-00": return 1; case "accl-010-00": return 2; case "accl-005-00": return 3; case "accl-001-00": return 4; case "accl-000-10": return 5; case "accl-000-05": return 6; case "accl-000-01": return 7; default: return undefined; } }
const EN656 = ["none","greenwave","ecoDrive","transit"] as const;
const EA657 = [] as const;
function EI658(x: unknown): number | undefined { switch (x) { case "none": return 0; case "greenwave": return 1; case "ecoDrive": return 2; case "transit": return 3; default: return undefined; } }
function EJ659(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN660 = ["unavailable","otherTypes","animalMounted","animalDrawnCarriage"] as const;
const EA661 = [] as const;
function EI662(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "animalMounted": return 2; case "animalDrawnCarriage": return 3; default: return undefined; } }
function EJ663(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN664 = ["unavailable","serviceUse","pet","farm"] as const;
const EA665 = [] as const;
function EI666(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "serviceUse": return 1; case "pet": return 2; case "farm": return 3; default: return undefined; } }
function EJ667(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN668 = ["unavailable","off","on","engaged"] as const;
function EI669(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN670 = ["unavailable","stroller","bicycleTrailer","cart","wheelchair","otherWalkAssistAttachments","pet"] as const;
const EA671 = [] as const;
function EI672(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "stroller": return 1; case "bicycleTrailer": return 2; case "cart": return 3; case "wheelchair": return 4; case "otherWalkAssistAttachments": return 5; case "pet": return 6; default: return undefined; } }
function EJ673(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN674 = ["unavailable","off","on","reserved"] as const;
function EI675(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "reserved": return 3; default: return undefined; } }
const EN676 = ["basicVehicle","publicTransport","specialTransport","dangerousGoods","roadWork","roadRescue","emergency","safetyCar","none-unknown","truck","motorcycle","roadSideSource","police","fire","ambulance","dot","transit","slowMoving","stopNgo","cyclist","pedestrian","nonMotorized","military"] as const;
const EA677 = [] as const;
function EI678(x: unknown): number | undefined { switch (x) { case "basicVehicle": return 0; case "publicTransport": return 1; case "specialTransport": return 2; case "dangerousGoods": return 3; case "roadWork": return 4; case "roadRescue": return 5; case "emergency": return 6; case "safetyCar": return 7; case "none-unknown": return 8; case "truck": return 9; case "motorcycle": return 10; case "roadSideSource": return 11; case "police": return 12; case "fire": return 13; case "ambulance": return 14; case "dot": return 15; case "transit": return 16; case "slowMoving": return 17; case "stopNgo": return 18; case "cyclist": return 19; case "pedestrian": return 20; case "nonMotorized": return 21; case "military": return 22; default: return undefined; } }
function EJ679(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN680 = ["unavailable","minPressure","bkLvl-2","bkLvl-3","bkLvl-4","bkLvl-5","bkLvl-6","bkLvl-7","bkLvl-8","bkLvl-9","bkLvl-10","bkLvl-11","bkLvl-12","bkLvl-13","bkLvl-14","maxPressure"] as const;
function EI681(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "minPressure": return 1; case "bkLvl-2": return 2; case "bkLvl-3": return 3; case "bkLvl-4": return 4; case "bkLvl-5": return 5; case "bkLvl-6": return 6; case "bkLvl-7": return 7; case "bkLvl-8": return 8; case "bkLvl-9": return 9; case "bkLvl-10": return 10; case "bkLvl-11": return 11; case "bkLvl-12": return 12; case "bkLvl-13": return 13; case "bkLvl-14": return 14; case "maxPressure": return 15; default: return undefined; } }
const EN682 = ["unavailable","off","on"] as const;
function EI683(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; default: return undefined; } }
const EN684 = ["unavailable","forward","reverse","both"] as const;
function EI685(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "forward": return 1; case "reverse": return 2; case "both": return 3; default: return undefined; } }
const EN686 = ["centimeter","cm2-5","decimeter","meter","kilometer","foot","yard","mile"] as const;
function EI687(x: unknown): number | undefined { switch (x) { case "centimeter": return 0; case "cm2-5": return 1; case "decimeter": return 2; case "meter": return 3; case "kilometer": return 4; case "foot": return 5; case "yard": return 6; case "mile": return 7; default: return undefined; } }
const EN688 = ["unavailable","elev-500-00","elev-200-00","elev-100-00","elev-050-00","elev-020-00","elev-010-00","elev-005-00","elev-002-00","elev-001-00","elev-000-50","elev-000-20","elev-000-10","elev-000-05","elev-000-02","elev-000-01"] as const;
function EI689(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "elev-500-00": return 1; case "elev-200-00": return 2; case "elev-100-00": return 3; case "elev-050-00": return 4; case "elev-020-00": return 5; case "elev-010-00": return 6; case "elev-005-00": return 7; case "elev-002-00": return 8; case "elev-001-00": return 9; case "elev-000-50": return 10; case "elev-000-20": return 11; case "elev-000-10": return 12; case "elev-000-05": return 13; case "elev-000-02": return 14; case "elev-000-01": return 15; default: return undefined; } }
const EN690 = ["useInstantlyOnly","useFor3meters","useFor10meters","useFor50meters","useFor100meters","useFor500meters","useFor1000meters","useFor5000meters","useFor10000meters","useFor50000meters","useFor100000meters","useFor500000meters","useFor1000000meters","useFor5000000meters","useFor10000000meters","forever"] as const;
function EI691(x: unknown): number | undefined { switch (x) { case "useInstantlyOnly": return 0; case "useFor3meters": return 1; case "useFor10meters": return 2; case "useFor50meters": return 3; case "useFor100meters": return 4; case "useFor500meters": return 5; case "useFor1000meters": return 6; case "useFor5000meters": return 7; case "useFor10000meters": return 8; case "useFor50000meters": return 9; case "useFor100000meters": return 10; case "useFor500000meters": return 11; case "useFor1000000meters": return 12; case "useFor5000000meters": return 13; case "useFor10000000meters": return 14; case "forever": return 15; default: return undefined; } }
const EN692 = ["unavailable","prec10deg","prec05deg","prec01deg","prec0-1deg","prec0-05deg","prec0-01deg","prec0-0125deg"] as const;
function EI693(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10deg": return 1; case "prec05deg": return 2; case "prec01deg": return 3; case "prec0-1deg": return 4; case "prec0-05deg": return 5; case "prec0-01deg": return 6; case "prec0-0125deg": return 7; default: return undefined; } }
const EN694 = ["noData","overPressure","noWarningPressure","underPressure","extremeUnderPressure","undefined","errorIndicator","notAvailable"] as const;
function EI695(x: unknown): number | undefined { switch (x) { case "noData": return 0; case "overPressure": return 1; case "noWarningPressure": return 2; case "underPressure": return 3; case "extremeUnderPressure": return 4; case "undefined": return 5; case "errorIndicator": return 6; case "notAvailable": return 7; default: return undefined; } }
const EN696 = ["isOk","isNotDefined","isError","isNotSupported"] as const;
function EI697(x: unknown): number | undefined { switch (x) { case "isOk": return 0; case "isNotDefined": return 1; case "isError": return 2; case "isNotSupported": return 3; default: return undefined; } }
const EN698 = ["off","on","notDefined","notSupported"] as const;
function EI699(x: unknown): number | undefined { switch (x) { case "off": return 0; case "on": return 1; case "notDefined": return 2; case "notSupported": return 3; default: return undefined; } }
const EN700 = ["none","mixedContent","generalMapData","intersectionData","curveData","roadwaySectionData","parkingAreaData","sharedLaneData"] as const;
const EA701 = [] as const;
function EI702(x: unknown): number | undefined { switch (x) { case "none": return 0; case "mixedContent": return 1; case "generalMapData": return 2; case "intersectionData": return 3; case "curveData": return 4; case "roadwaySectionData": return 5; case "parkingAreaData": return 6; case "sharedLaneData": return 7; default: return undefined; } }
function EJ703(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN704 = ["unavailable","notInUse","inUse","yellowCautionLights","schooldBusLights","arrowSignsActive","slowMovingVehicle","freqStops"] as const;
function EI705(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "yellowCautionLights": return 3; case "schooldBusLights": return 4; case "arrowSignsActive": return 5; case "slowMovingVehicle": return 6; case "freqStops": return 7; default: return undefined; } }
const EN706 = ["loc-qual-bt1m","loc-qual-bt5m","loc-qual-bt12m","loc-qual-bt50m","loc-qual-bt125m","loc-qual-bt500m","loc-qual-bt1250m","loc-qual-unknown"] as const;
function EI707(x: unknown): number | undefined { switch (x) { case "loc-qual-bt1m": return 0; case "loc-qual-bt5m": return 1; case "loc-qual-bt12m": return 2; case "loc-qual-bt50m": return 3; case "loc-qual-bt125m": return 4; case "loc-qual-bt500m": return 5; case "loc-qual-bt1250m": return 6; case "loc-qual-unknown": return 7; default: return undefined; } }
const EN708 = ["loc-tech-unknown","loc-tech-GNSS","loc-tech-DGPS","loc-tech-RTK","loc-tech-PPP","loc-tech-drGPS","loc-tech-drDGPS","loc-tech-dr","loc-tech-nav","loc-tech-fault"] as const;
const EA709 = [] as const;
function EI710(x: unknown): number | undefined { switch (x) { case "loc-tech-unknown": return 0; case "loc-tech-GNSS": return 1; case "loc-tech-DGPS": return 2; case "loc-tech-RTK": return 3; case "loc-tech-PPP": return 4; case "loc-tech-drGPS": return 5; case "loc-tech-drDGPS": return 6; case "loc-tech-dr": return 7; case "loc-tech-nav": return 8; case "loc-tech-fault": return 9; default: return undefined; } }
function EJ711(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN712 = ["unavailable","otherTypes","wheelChair","bicycle","scooter","selfBalancingDevice"] as const;
const EA713 = [] as const;
function EI714(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "wheelChair": return 2; case "bicycle": return 3; case "scooter": return 4; case "selfBalancingDevice": return 5; default: return undefined; } }
function EJ715(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN716 = ["unavailable","dark","stop-Then-Proceed","stop-And-Remain","pre-Movement","permissive-Movement-Allowed","protected-Movement-Allowed","permissive-clearance","protected-clearance","caution-Conflicting-Traffic"] as const;
function EI717(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "dark": return 1; case "stop-Then-Proceed": return 2; case "stop-And-Remain": return 3; case "pre-Movement": return 4; case "permissive-Movement-Allowed": return 5; case "protected-Movement-Allowed": return 6; case "permissive-clearance": return 7; case "protected-clearance": return 8; case "caution-Conflicting-Traffic": return 9; default: return undefined; } }
const EN718 = ["unavailable","singleVehicle","multiVehicle","reserved"] as const;
function EI719(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "singleVehicle": return 1; case "multiVehicle": return 2; case "reserved": return 3; default: return undefined; } }
const EN720 = ["none","regulatory","warning","maintenance","motoristService","guide","rec"] as const;
const EA721 = [] as const;
function EI722(x: unknown): number | undefined { switch (x) { case "none": return 0; case "regulatory": return 1; case "warning": return 2; case "maintenance": return 3; case "motoristService": return 4; case "guide": return 5; case "rec": return 6; default: return undefined; } }
function EJ723(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN724 = ["unknown","reserved","rev1","rev2","rev3","rev4","rev5"] as const;
const EA725 = [] as const;
function EI726(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "reserved": return 1; case "rev1": return 2; case "rev2": return 3; case "rev3": return 4; case "rev4": return 5; case "rev5": return 6; default: return undefined; } }
function EJ727(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN728 = ["reserved","stopLine","roundedCapStyleA","roundedCapStyleB","mergePoint","divergePoint","downstreamStopLine","downstreamStartNode","closedToTraffic","safeIsland","curbPresentAtStepOff","hydrantPresent"] as const;
const EA729 = [] as const;
function EI730(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "stopLine": return 1; case "roundedCapStyleA": return 2; case "roundedCapStyleB": return 3; case "mergePoint": return 4; case "divergePoint": return 5; case "downstreamStopLine": return 6; case "downstreamStartNode": return 7; case "closedToTraffic": return 8; case "safeIsland": return 9; case "curbPresentAtStepOff": return 10; case "hydrantPresent": return 11; default: return undefined; } }
function EJ731(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN732 = ["reserved","stopLine","roundedCapStyleA","roundedCapStyleB","mergePoint","divergePoint","downstreamStopLine","downstreamStartNode","closedToTraffic","safeIsland","curbPresentAtStepOff","hydrantPresent"] as const;
const EA733 = [] as const;
function EI734(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "stopLine": return 1; case "roundedCapStyleA": return 2; case "roundedCapStyleB": return 3; case "mergePoint": return 4; case "divergePoint": return 5; case "downstreamStopLine": return 6; case "downstreamStartNode": return 7; case "closedToTraffic": return 8; case "safeIsland": return 9; case "curbPresentAtStepOff": return 10; case "hydrantPresent": return 11; default: return undefined; } }
function EJ735(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN736 = ["unavailable","small","medium","large"] as const;
const EA737 = [] as const;
function EI738(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "small": return 1; case "medium": return 2; case "large": return 3; default: return undefined; } }
function EJ739(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN740 = ["unavailable","otherTypes","onFoot","skateboard","pushOrKickScooter","wheelchair"] as const;
const EA741 = [] as const;
function EI742(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "otherTypes": return 1; case "onFoot": return 2; case "skateboard": return 3; case "pushOrKickScooter": return 4; case "wheelchair": return 5; default: return undefined; } }
function EJ743(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN744 = ["unavailable","aPEDESTRIAN","aPEDALCYCLIST","aPUBLICSAFETYWORKER","anANIMAL"] as const;
const EA745 = [] as const;
function EI746(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "aPEDESTRIAN": return 1; case "aPEDALCYCLIST": return 2; case "aPUBLICSAFETYWORKER": return 3; case "anANIMAL": return 4; default: return undefined; } }
function EJ747(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN748 = ["unavailable","a500m","a200m","a100m","a50m","a20m","a10m","a5m","a2m","a1m","a50cm","a20cm","a10cm","a5cm","a2cm","a1cm"] as const;
function EI749(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "a500m": return 1; case "a200m": return 2; case "a100m": return 3; case "a50m": return 4; case "a20m": return 5; case "a10m": return 6; case "a5m": return 7; case "a2m": return 8; case "a1m": return 9; case "a50cm": return 10; case "a20cm": return 11; case "a10cm": return 12; case "a5cm": return 13; case "a2cm": return 14; case "a1cm": return 15; default: return undefined; } }
const EN750 = ["unknown","requested","processing","watchOtherTraffic","granted","rejected","maxPresence","reserviceLocked"] as const;
const EA751 = [] as const;
function EI752(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "requested": return 1; case "processing": return 2; case "watchOtherTraffic": return 3; case "granted": return 4; case "rejected": return 5; case "maxPresence": return 6; case "reserviceLocked": return 7; default: return undefined; } }
function EJ753(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN754 = ["priorityRequestTypeReserved","priorityRequest","priorityRequestUpdate","priorityCancellation"] as const;
const EA755 = [] as const;
function EI756(x: unknown): number | undefined { switch (x) { case "priorityRequestTypeReserved": return 0; case "priorityRequest": return 1; case "priorityRequestUpdate": return 2; case "priorityCancellation": return 3; default: return undefined; } }
function EJ757(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN758 = ["unavailable","towOperater","fireAndEMSWorker","aDOTWorker","lawEnforcement","hazmatResponder","animalControlWorker","otherPersonnel"] as const;
const EA759 = [] as const;
function EI760(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "towOperater": return 1; case "fireAndEMSWorker": return 2; case "aDOTWorker": return 3; case "lawEnforcement": return 4; case "hazmatResponder": return 5; case "animalControlWorker": return 6; case "otherPersonnel": return 7; default: return undefined; } }
function EJ761(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN762 = ["none","lightMist","heavyMist","lightRainOrDrizzle","rain","moderateRain","heavyRain","heavyDownpour"] as const;
function EI763(x: unknown): number | undefined { switch (x) { case "none": return 0; case "lightMist": return 1; case "heavyMist": return 2; case "lightRainOrDrizzle": return 3; case "rain": return 4; case "moderateRain": return 5; case "heavyRain": return 6; case "heavyDownpour": return 7; default: return undefined; } }
const EN764 = ["reserved","itemA","itemB","itemC","itemD","itemE","itemF","itemG","itemI","itemJ","itemK","itemL","itemM","itemN","itemO","itemP","itemQ"] as const;
const EA765 = [] as const;
function EI766(x: unknown): number | undefined { switch (x) { case "reserved": return 0; case "itemA": return 1; case "itemB": return 2; case "itemC": return 3; case "itemD": return 4; case "itemE": return 5; case "itemF": return 6; case "itemG": return 7; case "itemI": return 8; case "itemJ": return 9; case "itemK": return 10; case "itemL": return 11; case "itemM": return 12; case "itemN": return 13; case "itemO": return 14; case "itemP": return 15; case "itemQ": return 16; default: return undefined; } }
function EJ767(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN768 = ["requestImportanceLevelUnKnown","requestImportanceLevel1","requestImportanceLevel2","requestImportanceLevel3","requestImportanceLevel4","requestImportanceLevel5","requestImportanceLevel6","requestImportanceLevel7","requestImportanceLevel8","requestImportanceLevel9","requestImportanceLevel10","requestImportanceLevel11","requestImportanceLevel12","requestImportanceLevel13","requestImportanceLevel14","requestImportanceReserved"] as const;
function EI769(x: unknown): number | undefined { switch (x) { case "requestImportanceLevelUnKnown": return 0; case "requestImportanceLevel1": return 1; case "requestImportanceLevel2": return 2; case "requestImportanceLevel3": return 3; case "requestImportanceLevel4": return 4; case "requestImportanceLevel5": return 5; case "requestImportanceLevel6": return 6; case "requestImportanceLevel7": return 7; case "requestImportanceLevel8": return 8; case "requestImportanceLevel9": return 9; case "requestImportanceLevel10": return 10; case "requestImportanceLevel11": return 11; case "requestImportanceLevel12": return 12; case "requestImportanceLevel13": return 13; case "requestImportanceLevel14": return 14; case "requestImportanceReserved": return 15; default: return undefined; } }
const EN770 = ["requestSubRoleUnKnown","requestSubRole1","requestSubRole2","requestSubRole3","requestSubRole4","requestSubRole5","requestSubRole6","requestSubRole7","requestSubRole8","requestSubRole9","requestSubRole10","requestSubRole11","requestSubRole12","requestSubRole13","requestSubRole14","requestSubRoleReserved"] as const;
function EI771(x: unknown): number | undefined { switch (x) { case "requestSubRoleUnKnown": return 0; case "requestSubRole1": return 1; case "requestSubRole2": return 2; case "requestSubRole3": return 3; case "requestSubRole4": return 4; case "requestSubRole5": return 5; case "requestSubRole6": return 6; case "requestSubRole7": return 7; case "requestSubRole8": return 8; case "requestSubRole9": return 9; case "requestSubRole10": return 10; case "requestSubRole11": return 11; case "requestSubRole12": return 12; case "requestSubRole13": return 13; case "requestSubRole14": return 14; case "requestSubRoleReserved": return 15; default: return undefined; } }
const EN772 = ["notInUseOrNotEquipped","emergency","nonEmergency","pursuit","stationary","slowMoving","stopAndGoMovement"] as const;
const EA773 = [] as const;
function EI774(x: unknown): number | undefined { switch (x) { case "notInUseOrNotEquipped": return 0; case "emergency": return 1; case "nonEmergency": return 2; case "pursuit": return 3; case "stationary": return 4; case "slowMoving": return 5; case "stopAndGoMovement": return 6; default: return undefined; } }
function EJ775(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN776 = ["none","equippedTransit","equippedTaxis","equippedOther","emissionCompliant","equippedBicycle","weightCompliant","heightCompliant","pedestrians","slowMovingPersons","wheelchairUsers","visualDisabilities","audioDisabilities","otherUnknownDisabilities"] as const;
const EA777 = [] as const;
function EI778(x: unknown): number | undefined { switch (x) { case "none": return 0; case "equippedTransit": return 1; case "equippedTaxis": return 2; case "equippedOther": return 3; case "emissionCompliant": return 4; case "equippedBicycle": return 5; case "weightCompliant": return 6; case "heightCompliant": return 7; case "pedestrians": return 8; case "slowMovingPersons": return 9; case "wheelchairUsers": return 10; case "visualDisabilities": return 11; case "audioDisabilities": return 12; case "otherUnknownDisabilities": return 13; default: return undefined; } }
function EJ779(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN780 = ["unknown","rtcmRev2","rtcmRev3","reserved"] as const;
const EA781 = [] as const;
function EI782(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "rtcmRev2": return 1; case "rtcmRev3": return 2; case "reserved": return 3; default: return undefined; } }
function EJ783(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN784 = ["reserved","doNotBlock","whiteLine","mergingLaneLeft","mergingLaneRight","curbOnLeft","curbOnRight","loadingzoneOnLeft","loadingzoneOnRight","turnOutPointOnLeft","turnOutPointOnRight","adjacentParkingOnLeft","adjacentParkingOnRight","adjacentBikeLaneOnLeft","adjacentBikeLaneOnRight","sharedBikeLane","bikeBoxInFront","transitStopOnLeft","transitStopOnRight","transitStopInLane","sharedWithTrackedVehicle","safeIsland","lowCurbsPresent","rumbleStripPresent","audibleSignalingPresent","adaptiveTimingPresent","rfSignalRequestPresent","partialCurbIntrusion","taperToLeft","taperToRight","taperToCenterLine","parallelParking","headInParking","freeParking","timeRestrictionsOnParking","costToPark","midBlockCurbPresent","unEvenPavementPresent"] as const;
const EA785 = [] as const;
const EI786$m = new Map<unknown, number>([["reserved",0],["doNotBlock",1],["whiteLine",2],["mergingLaneLeft",3],["mergingLaneRight",4],["curbOnLeft",5],["curbOnRight",6],["loadingzoneOnLeft",7],["loadingzoneOnRight",8],["turnOutPointOnLeft",9],["turnOutPointOnRight",10],["adjacentParkingOnLeft",11],["adjacentParkingOnRight",12],["adjacentBikeLaneOnLeft",13],["adjacentBikeLaneOnRight",14],["sharedBikeLane",15],["bikeBoxInFront",16],["transitStopOnLeft",17],["transitStopOnRight",18],["transitStopInLane",19],["sharedWithTrackedVehicle",20],["safeIsland",21],["lowCurbsPresent",22],["rumbleStripPresent",23],["audibleSignalingPresent",24],["adaptiveTimingPresent",25],["rfSignalRequestPresent",26],["partialCurbIntrusion",27],["taperToLeft",28],["taperToRight",29],["taperToCenterLine",30],["parallelParking",31],["headInParking",32],["freeParking",33],["timeRestrictionsOnParking",34],["costToPark",35],["midBlockCurbPresent",36],["unEvenPavementPresent",37]]);
function EI786(x: unknown): number | undefined { return EI786$m.get(x); }
function EJ788(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN789 = ["reserved","doNotBlock","whiteLine","mergingLaneLeft","mergingLaneRight","curbOnLeft","curbOnRight","loadingzoneOnLeft","loadingzoneOnRight","turnOutPointOnLeft","turnOutPointOnRight","adjacentParkingOnLeft","adjacentParkingOnRight","adjacentBikeLaneOnLeft","adjacentBikeLaneOnRight","sharedBikeLane","bikeBoxInFront","transitStopOnLeft","transitStopOnRight","transitStopInLane","sharedWithTrackedVehicle","safeIsland","lowCurbsPresent","rumbleStripPresent","audibleSignalingPresent","adaptiveTimingPresent","rfSignalRequestPresent","partialCurbIntrusion","taperToLeft","taperToRight","taperToCenterLine","parallelParking","headInParking","freeParking","timeRestrictionsOnParking","costToPark","midBlockCurbPresent","unEvenPavementPresent"] as const;
const EA790 = [] as const;
const EI791$m = new Map<unknown, number>([["reserved",0],["doNotBlock",1],["whiteLine",2],["mergingLaneLeft",3],["mergingLaneRight",4],["curbOnLeft",5],["curbOnRight",6],["loadingzoneOnLeft",7],["loadingzoneOnRight",8],["turnOutPointOnLeft",9],["turnOutPointOnRight",10],["adjacentParkingOnLeft",11],["adjacentParkingOnRight",12],["adjacentBikeLaneOnLeft",13],["adjacentBikeLaneOnRight",14],["sharedBikeLane",15],["bikeBoxInFront",16],["transitStopOnLeft",17],["transitStopOnRight",18],["transitStopInLane",19],["sharedWithTrackedVehicle",20],["safeIsland",21],["lowCurbsPresent",22],["rumbleStripPresent",23],["audibleSignalingPresent",24],["adaptiveTimingPresent",25],["rfSignalRequestPresent",26],["partialCurbIntrusion",27],["taperToLeft",28],["taperToRight",29],["taperToCenterLine",30],["parallelParking",31],["headInParking",32],["freeParking",33],["timeRestrictionsOnParking",34],["costToPark",35],["midBlockCurbPresent",36],["unEvenPavementPresent",37]]);
function EI791(x: unknown): number | undefined { return EI791$m.get(x); }
function EJ793(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN794 = ["unavailable","notInUse","inUse","reserved"] as const;
function EI795(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "notInUse": return 1; case "inUse": return 2; case "reserved": return 3; default: return undefined; } }
const EN796 = ["unavailable","prec100ms","prec10ms","prec5ms","prec1ms","prec0-1ms","prec0-05ms","prec0-01ms"] as const;
function EI797(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec100ms": return 1; case "prec10ms": return 2; case "prec5ms": return 3; case "prec1ms": return 4; case "prec0-1ms": return 5; case "prec0-05ms": return 6; case "prec0-01ms": return 7; default: return undefined; } }
const EN798 = ["unknown","maxSpeedInSchoolZone","maxSpeedInSchoolZoneWhenChildrenArePresent","maxSpeedInConstructionZone","vehicleMinSpeed","vehicleMaxSpeed","vehicleNightMaxSpeed","truckMinSpeed","truckMaxSpeed","truckNightMaxSpeed","vehiclesWithTrailersMinSpeed","vehiclesWithTrailersMaxSpeed","vehiclesWithTrailersNightMaxSpeed"] as const;
const EA799 = [] as const;
function EI800(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "maxSpeedInSchoolZone": return 1; case "maxSpeedInSchoolZoneWhenChildrenArePresent": return 2; case "maxSpeedInConstructionZone": return 3; case "vehicleMinSpeed": return 4; case "vehicleMaxSpeed": return 5; case "vehicleNightMaxSpeed": return 6; case "truckMinSpeed": return 7; case "truckMaxSpeed": return 8; case "truckNightMaxSpeed": return 9; case "vehiclesWithTrailersMinSpeed": return 10; case "vehiclesWithTrailersMaxSpeed": return 11; case "vehiclesWithTrailersNightMaxSpeed": return 12; default: return undefined; } }
function EJ801(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN802 = ["unavailable","off","on","engaged"] as const;
function EI803(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN804 = ["unavailable","prec2deg","prec1deg","prec0-02deg"] as const;
function EI805(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec2deg": return 1; case "prec1deg": return 2; case "prec0-02deg": return 3; default: return undefined; } }
const EN806 = ["unavailable","prec10percent","prec1percent","prec0-5percent"] as const;
function EI807(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "prec10percent": return 1; case "prec1percent": return 2; case "prec0-5percent": return 3; default: return undefined; } }
const EN808 = ["unavailable","time-100-000","time-050-000","time-020-000","time-010-000","time-002-000","time-001-000","time-000-500","time-000-200","time-000-100","time-000-050","time-000-020","time-000-010","time-000-005","time-000-002","time-000-001","time-000-000-5","time-000-000-2","time-000-000-1","time-000-000-05","time-000-000-02","time-000-000-01","time-000-000-005","time-000-000-002","time-000-000-001","time-000-000-000-5","time-000-000-000-2","time-000-000-000-1","time-000-000-000-05","time-000-000-000-02","time-000-000-000-01","time-000-000-000-005","time-000-000-000-002","time-000-000-000-001","time-000-000-000-000-5","time-000-000-000-000-2","time-000-000-000-000-1","time-000-000-000-000-05","time-000-000-000-000-02","time-000-000-000-000-01"] as const;
const EI809$m = new Map<unknown, number>([["unavailable",0],["time-100-000",1],["time-050-000",2],["time-020-000",3],["time-010-000",4],["time-002-000",5],["time-001-000",6],["time-000-500",7],["time-000-200",8],["time-000-100",9],["time-000-050",10],["time-000-020",11],["time-000-010",12],["time-000-005",13],["time-000-002",14],["time-000-001",15],["time-000-000-5",16],["time-000-000-2",17],["time-000-000-1",18],["time-000-000-05",19],["time-000-000-02",20],["time-000-000-01",21],["time-000-000-005",22],["time-000-000-002",23],["time-000-000-001",24],["time-000-000-000-5",25],["time-000-000-000-2",26],["time-000-000-000-1",27],["time-000-000-000-05",28],["time-000-000-000-02",29],["time-000-000-000-01",30],["time-000-000-000-005",31],["time-000-000-000-002",32],["time-000-000-000-001",33],["time-000-000-000-000-5",34],["time-000-000-000-000-2",35],["time-000-000-000-000-1",36],["time-000-000-000-000-05",37],["time-000-000-000-000-02",38],["time-000-000-000-000-01",39]]);
function EI809(x: unknown): number | undefined { return EI809$m.get(x); }
const EN811 = ["unavailable","off","on","engaged"] as const;
function EI812(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "on": return 2; case "engaged": return 3; default: return undefined; } }
const EN813 = ["occupancyUnknown","occupancyEmpty","occupancyVeryLow","occupancyLow","occupancyMed","occupancyHigh","occupancyNearlyFull","occupancyFull"] as const;
function EI814(x: unknown): number | undefined { switch (x) { case "occupancyUnknown": return 0; case "occupancyEmpty": return 1; case "occupancyVeryLow": return 2; case "occupancyLow": return 3; case "occupancyMed": return 4; case "occupancyHigh": return 5; case "occupancyNearlyFull": return 6; case "occupancyFull": return 7; default: return undefined; } }
const EN815 = ["neutral","park","forwardGears","reverseGears","reserved1","reserved2","reserved3","unavailable"] as const;
function EI816(x: unknown): number | undefined { switch (x) { case "neutral": return 0; case "park": return 1; case "forwardGears": return 2; case "reverseGears": return 3; case "reserved1": return 4; case "reserved2": return 5; case "reserved3": return 6; case "unavailable": return 7; default: return undefined; } }
const EN817 = ["unknown","advisory","roadSignage","commercialSignage"] as const;
const EA818 = [] as const;
function EI819(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "advisory": return 1; case "roadSignage": return 2; case "commercialSignage": return 3; default: return undefined; } }
function EJ820(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN821 = ["unknown","lights","wipers","brakes","stab","trac","abs","sunS","rainS","airTemp","steering","vertAccelThres","vertAccel","hozAccelLong","hozAccelLat","hozAccelCon","accel4way","confidenceSet","obDist","obDirect","yaw","yawRateCon","dateTime","fullPos","position2D","position3D","vehicle","speedHeadC","speedC"] as const;
const EA822 = [] as const;
function EI823(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "lights": return 1; case "wipers": return 2; case "brakes": return 3; case "stab": return 4; case "trac": return 5; case "abs": return 6; case "sunS": return 7; case "rainS": return 8; case "airTemp": return 9; case "steering": return 10; case "vertAccelThres": return 11; case "vertAccel": return 12; case "hozAccelLong": return 13; case "hozAccelLat": return 14; case "hozAccelCon": return 15; case "accel4way": return 16; case "confidenceSet": return 17; case "obDist": return 18; case "obDirect": return 19; case "yaw": return 20; case "yawRateCon": return 21; case "dateTime": return 22; case "fullPos": return 23; case "position2D": return 24; case "position3D": return 25; case "vehicle": return 26; case "speedHeadC": return 27; case "speedC": return 28; default: return undefined; } }
function EJ824(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN825 = ["none","unknown","special","moto","car","carOther","bus","axleCnt2","axleCnt3","axleCnt4","axleCnt4Trailer","axleCnt5Trailer","axleCnt6Trailer","axleCnt5MultiTrailer","axleCnt6MultiTrailer","axleCnt7MultiTrailer"] as const;
const EA826 = [] as const;
function EI827(x: unknown): number | undefined { switch (x) { case "none": return 0; case "unknown": return 1; case "special": return 2; case "moto": return 3; case "car": return 4; case "carOther": return 5; case "bus": return 6; case "axleCnt2": return 7; case "axleCnt3": return 8; case "axleCnt4": return 9; case "axleCnt4Trailer": return 10; case "axleCnt5Trailer": return 11; case "axleCnt6Trailer": return 12; case "axleCnt5MultiTrailer": return 13; case "axleCnt6MultiTrailer": return 14; case "axleCnt7MultiTrailer": return 15; default: return undefined; } }
function EJ828(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN829 = ["unavailable","off","intermittent","low","high","washerInUse","automaticPresent"] as const;
const EA830 = [] as const;
function EI831(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "off": return 1; case "intermittent": return 2; case "low": return 3; case "high": return 4; case "washerInUse": return 5; case "automaticPresent": return 6; default: return undefined; } }
function EJ832(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN833 = ["unavailable","degSec-100-00","degSec-010-00","degSec-005-00","degSec-001-00","degSec-000-10","degSec-000-05","degSec-000-01"] as const;
function EI834(x: unknown): number | undefined { switch (x) { case "unavailable": return 0; case "degSec-100-00": return 1; case "degSec-010-00": return 2; case "degSec-005-00": return 3; case "degSec-001-00": return 4; case "degSec-000-10": return 5; case "degSec-000-05": return 6; case "degSec-000-01": return 7; default: return undefined; } }
const EN835 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
function EI836(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN837 = ["typeA","typeB","typeC","typeD","typeE"] as const;
const EA838 = [] as const;
function EI839(x: unknown): number | undefined { switch (x) { case "typeA": return 0; case "typeB": return 1; case "typeC": return 2; case "typeD": return 3; case "typeE": return 4; default: return undefined; } }
function EJ840(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N841 = ["value","confidence"] as const;
function EI842(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN843 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
function EI844(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN845 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
function EI846(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN847 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
function EI848(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN849 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
function EI850(x: unknown): number | undefined { switch (x) { case "alt-000-01": return 0; case "alt-000-02": return 1; case "alt-000-05": return 2; case "alt-000-10": return 3; case "alt-000-20": return 4; case "alt-000-50": return 5; case "alt-001-00": return 6; case "alt-002-00": return 7; case "alt-005-00": return 8; case "alt-010-00": return 9; case "alt-020-00": return 10; case "alt-050-00": return 11; case "alt-100-00": return 12; case "alt-200-00": return 13; case "outOfRange": return 14; case "unavailable": return 15; default: return undefined; } }
const EN851 = ["alt-000-01","alt-000-02","alt-000-05","alt-000-10","alt-000-20","alt-000-50","alt-001-00","alt-002-00","alt-005-00","alt-010-00","alt-020-00","alt-050-00","alt-100-00","alt-200-00","outOfRange","unavailable"] as const;
const N852 = ["stationID","priorState","signalGroup"] as const;
const EN853 = ["unknown","requested","processing","watchOtherTraffic","granted","rejected","maxPresence","reserviceLocked"] as const;
const EA854 = [] as const;
function EI855(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "requested": return 1; case "processing": return 2; case "watchOtherTraffic": return 3; case "granted": return 4; case "rejected": return 5; case "maxPresence": return 6; case "reserviceLocked": return 7; default: return undefined; } }
function EJ856(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N857 = ["vehicleToLanePositions","rsuDistanceFromAnchor"] as const;
const N858 = ["activePrioritizations"] as const;
const N859 = ["signalHeadLocations"] as const;
const N860 = ["altitude"] as const;
const N861 = ["emission"] as const;
const EN862 = ["typeA","typeB","typeC","typeD","typeE"] as const;
const EA863 = [] as const;
function EI864(x: unknown): number | undefined { switch (x) { case "typeA": return 0; case "typeB": return 1; case "typeC": return 2; case "typeD": return 3; case "typeE": return 4; default: return undefined; } }
function EJ865(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N866 = ["node","signalGroupID"] as const;
const N867 = ["stationID","laneID"] as const;
const EN868 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
function EI869(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN870 = ["weekday","holiday"] as const;
function EI871(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN872 = ["notInSummerTime","inSummerTime"] as const;
function EI873(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const N874 = ["d","m","s"] as const;
const N875 = ["d","m","s"] as const;
const N876 = ["lon","lat"] as const;
const N877 = ["lon","lat"] as const;
const N878 = [] as const;
const N879 = ["startTime","minEndTime","maxEndTime","likelyTime","confidence","nextTime"] as const;
const N880 = ["posA","posB"] as const;
const N881 = ["latitude","longitude","elevation"] as const;
const N882 = ["year","month","day","summerTime","holiday","dayofWeek","hour","minute","second","tenthSecond"] as const;
function EI883(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const EN884 = ["notInSummerTime","inSummerTime"] as const;
function EI885(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN886 = ["weekday","holiday"] as const;
function EI887(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN888 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
function EI889(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const EN890 = ["notInSummerTime","inSummerTime"] as const;
function EI891(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN892 = ["weekday","holiday"] as const;
function EI893(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN894 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
function EI895(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const EN896 = ["notInSummerTime","inSummerTime"] as const;
function EI897(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN898 = ["weekday","holiday"] as const;
function EI899(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN900 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
function EI901(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const EN902 = ["notInSummerTime","inSummerTime"] as const;
function EI903(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN904 = ["weekday","holiday"] as const;
function EI905(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN906 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
function EI907(x: unknown): number | undefined { switch (x) { case "notInSummerTime": return 0; case "inSummerTime": return 1; default: return undefined; } }
const EN908 = ["notInSummerTime","inSummerTime"] as const;
function EI909(x: unknown): number | undefined { switch (x) { case "weekday": return 0; case "holiday": return 1; default: return undefined; } }
const EN910 = ["weekday","holiday"] as const;
function EI911(x: unknown): number | undefined { switch (x) { case "unknown": return 0; case "monday": return 1; case "tuesday": return 2; case "wednesday": return 3; case "thursday": return 4; case "friday": return 5; case "saturday": return 6; case "sunday": return 7; default: return undefined; } }
const EN912 = ["unknown","monday","tuesday","wednesday","thursday","friday","saturday","sunday"] as const;
const EN913 = ["other","unknown","noPrecipitation","unidentifiedSlight","unidentifiedModerate","unidentifiedHeavy","snowSlight","snowModerate","snowHeavy","rainSlight","rainModerate","rainHeavy","frozenPrecipitationSlight","frozenPrecipitationModerate","frozenPrecipitationHeavy"] as const;
function EI914(x: unknown): number | undefined { switch (x) { case "other": return 0; case "unknown": return 1; case "noPrecipitation": return 2; case "unidentifiedSlight": return 3; case "unidentifiedModerate": return 4; case "unidentifiedHeavy": return 5; case "snowSlight": return 6; case "snowModerate": return 7; case "snowHeavy": return 8; case "rainSlight": return 9; case "rainModerate": return 10; case "rainHeavy": return 11; case "frozenPrecipitationSlight": return 12; case "frozenPrecipitationModerate": return 13; case "frozenPrecipitationHeavy": return 14; default: return undefined; } }
const EN915 = ["precip","noPrecip","error"] as const;
function EI916(x: unknown): number | undefined { switch (x) { case "precip": return 0; case "noPrecip": return 1; case "error": return 2; default: return undefined; } }
const EN917 = ["on-bridges","in-tunnels","entering-or-leaving-tunnels","on-ramps","in-road-construction-area","around-a-curve","on-minor-roads","in-the-opposing-lanes","adjacent-to-roadway","on-bend","entire-intersection","in-the-median","moved-to-side-of-road","moved-to-shoulder","on-the-roadway","in-shaded-areas","in-low-lying-areas","in-the-downtown-area","in-the-inner-city-area","in-parts","in-some-places","in-the-ditch","in-the-valley","on-hill-top","near-the-foothills","at-high-altitudes","near-the-lake","near-the-shore","over-the-crest-of-a-hill","other-than-on-the-roadway","near-the-beach","near-beach-access-point","lower-level","upper-level","airport","concourse","gate","baggage-claim","customs-point","station","platform","dock","depot","ev-charging-point","information-welcome-point","at-rest-area","at-service-area","at-weigh-station","picnic-areas","rest-area","service-stations","toilets","on-the-right","on-the-left","in-the-center","in-the-opposite-direction","cross-traffic","northbound-traffic","eastbound-traffic","southbound-traffic","westbound-traffic","north","south","east","west","northeast","northwest","southeast","southwest","mountain-pass","reservation-center","nearby-basin","on-tracks","dip","traffic-circle","park-and-ride-lot","to","by","through","area-of","under","over","from","approaching","entering-at","exiting-at","across-tracks","in-street","on-curve","shoulder","crossover","cross-road","side-road","bus-stop","intersection","roadside-park"] as const;
const EA918 = [] as const;
const EI919$m = new Map<unknown, number>([["on-bridges",0],["in-tunnels",1],["entering-or-leaving-tunnels",2],["on-ramps",3],["in-road-construction-area",4],["around-a-curve",5],["on-minor-roads",6],["in-the-opposing-lanes",7],["adjacent-to-roadway",8],["on-bend",9],["entire-intersection",10],["in-the-median",11],["moved-to-side-of-road",12],["moved-to-shoulder",13],["on-the-roadway",14],["in-shaded-areas",15],["in-low-lying-areas",16],["in-the-downtown-area",17],["in-the-inner-city-area",18],["in-parts",19],["in-some-places",20],["in-the-ditch",21],["in-the-valley",22],["on-hill-top",23],["near-the-foothills",24],["at-high-altitudes",25],["near-the-lake",26],["near-the-shore",27],["over-the-crest-of-a-hill",28],["other-than-on-the-roadway",29],["near-the-beach",30],["near-beach-access-point",31],["lower-level",32],["upper-level",33],["airport",34],["concourse",35],["gate",36],["baggage-claim",37],["customs-point",38],["station",39],["platform",40],["dock",41],["depot",42],["ev-charging-point",43],["information-welcome-point",44],["at-rest-area",45],["at-service-area",46],["at-weigh-station",47],["picnic-areas",48],["rest-area",49],["service-stations",50],["toilets",51],["on-the-right",52],["on-the-left",53],["in-the-center",54],["in-the-opposite-direction",55],["cross-traffic",56],["northbound-traffic",57],["eastbound-traffic",58],["southbound-traffic",59],["westbound-traffic",60],["north",61],["south",62],["east",63],["west",64],["northeast",65],["northwest",66],["southeast",67],["southwest",68],["mountain-pass",69],["reservation-center",70],["nearby-basin",71],["on-tracks",72],["dip",73],["traffic-circle",74],["park-and-ride-lot",75],["to",76],["by",77],["through",78],["area-of",79],["under",80],["over",81],["from",82],["approaching",83],["entering-at",84],["exiting-at",85],["across-tracks",86],["in-street",87],["on-curve",88],["shoulder",89],["crossover",90],["cross-road",91],["side-road",92],["bus-stop",93],["intersection",94],["roadside-park",95]]);
function EI919(x: unknown): number | undefined { return EI919$m.get(x); }
function EJ921(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN922 = ["ground-fire-suppression","heavy-ground-equipment","aircraft","marine-equipment","support-equipment","medical-rescue-unit","other","ground-fire-suppression-other","engine","truck-or-aerial","quint","tanker-pumper-combination","brush-truck","aircraft-rescue-firefighting","heavy-ground-equipment-other","dozer-or-plow","tractor","tanker-or-tender","aircraft-other","aircraft-fixed-wing-tanker","helitanker","helicopter","marine-equipment-other","fire-boat-with-pump","boat-no-pump","support-apparatus-other","breathing-apparatus-support","light-and-air-unit","medical-rescue-unit-other","rescue-unit","urban-search-rescue-unit","high-angle-rescue","crash-fire-rescue","bLS-unit","aLS-unit","mobile-command-post","chief-officer-car","hAZMAT-unit","type-i-hand-crew","type-ii-hand-crew","privately-owned-vehicle","other-apparatus-resource","ambulance","bomb-squad-van","combine-harvester","construction-vehicle","farm-tractor","grass-cutting-machines","hAZMAT-containment-tow","heavy-tow","hedge-cutting-machines","light-tow","mobile-crane","refuse-collection-vehicle","resurfacing-vehicle","road-sweeper","roadside-litter-collection-crews","salvage-vehicle","sand-truck","snowplow","steam-roller","swat-team-van","track-laying-vehicle","unknown-vehicle","white-lining-vehicle","dump-truck","supervisor-vehicle","snow-blower","rotary-snow-blower","road-grader","steam-truck","flatbed-tow"] as const;
const EA923 = [] as const;
const EI924$m = new Map<unknown, number>([["ground-fire-suppression",0],["heavy-ground-equipment",1],["aircraft",2],["marine-equipment",3],["support-equipment",4],["medical-rescue-unit",5],["other",6],["ground-fire-suppression-other",7],["engine",8],["truck-or-aerial",9],["quint",10],["tanker-pumper-combination",11],["brush-truck",12],["aircraft-rescue-firefighting",13],["heavy-ground-equipment-other",14],["dozer-or-plow",15],["tractor",16],["tanker-or-tender",17],["aircraft-other",18],["aircraft-fixed-wing-tanker",19],["helitanker",20],["helicopter",21],["marine-equipment-other",22],["fire-boat-with-pump",23],["boat-no-pump",24],["support-apparatus-other",25],["breathing-apparatus-support",26],["light-and-air-unit",27],["medical-rescue-unit-other",28],["rescue-unit",29],["urban-search-rescue-unit",30],["high-angle-rescue",31],["crash-fire-rescue",32],["bLS-unit",33],["aLS-unit",34],["mobile-command-post",35],["chief-officer-car",36],["hAZMAT-unit",37],["type-i-hand-crew",38],["type-ii-hand-crew",39],["privately-owned-vehicle",40],["other-apparatus-resource",41],["ambulance",42],["bomb-squad-van",43],["combine-harvester",44],["construction-vehicle",45],["farm-tractor",46],["grass-cutting-machines",47],["hAZMAT-containment-tow",48],["heavy-tow",49],["hedge-cutting-machines",50],["light-tow",51],["mobile-crane",52],["refuse-collection-vehicle",53],["resurfacing-vehicle",54],["road-sweeper",55],["roadside-litter-collection-crews",56],["salvage-vehicle",57],["sand-truck",58],["snowplow",59],["steam-roller",60],["swat-team-van",61],["track-laying-vehicle",62],["unknown-vehicle",63],["white-lining-vehicle",64],["dump-truck",65],["supervisor-vehicle",66],["snow-blower",67],["rotary-snow-blower",68],["road-grader",69],["steam-truck",70],["flatbed-tow",71]]);
function EI924(x: unknown): number | undefined { return EI924$m.get(x); }
function EJ926(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN927 = ["emergency-vehicle-units","federal-law-enforcement-units","state-police-units","county-police-units","local-police-units","ambulance-units","rescue-units","fire-units","hAZMAT-units","light-tow-unit","heavy-tow-unit","freeway-service-patrols","transportation-response-units","private-contractor-response-units"] as const;
const EA928 = [] as const;
function EI929(x: unknown): number | undefined { switch (x) { case "emergency-vehicle-units": return 0; case "federal-law-enforcement-units": return 1; case "state-police-units": return 2; case "county-police-units": return 3; case "local-police-units": return 4; case "ambulance-units": return 5; case "rescue-units": return 6; case "fire-units": return 7; case "hAZMAT-units": return 8; case "light-tow-unit": return 9; case "heavy-tow-unit": return 10; case "freeway-service-patrols": return 11; case "transportation-response-units": return 12; case "private-contractor-response-units": return 13; default: return undefined; } }
function EJ930(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const EN931 = ["all-vehicles","bicycles","motorcycles","cars","light-vehicles","cars-and-light-vehicles","cars-with-trailers","cars-with-recreational-trailers","vehicles-with-trailers","heavy-vehicles","trucks","buses","articulated-buses","school-buses","vehicles-with-semi-trailers","vehicles-with-double-trailers","high-profile-vehicles","wide-vehicles","long-vehicles","hazardous-loads","exceptional-loads","abnormal-loads","convoys","maintenance-vehicles","delivery-vehicles","vehicles-with-even-numbered-license-plates","vehicles-with-odd-numbered-license-plates","vehicles-with-parking-permits","vehicles-with-catalytic-converters","vehicles-without-catalytic-converters","gas-powered-vehicles","diesel-powered-vehicles","lPG-vehicles","military-convoys","military-vehicles"] as const;
const EA932 = [] as const;
const EI933$m = new Map<unknown, number>([["all-vehicles",0],["bicycles",1],["motorcycles",2],["cars",3],["light-vehicles",4],["cars-and-light-vehicles",5],["cars-with-trailers",6],["cars-with-recreational-trailers",7],["vehicles-with-trailers",8],["heavy-vehicles",9],["trucks",10],["buses",11],["articulated-buses",12],["school-buses",13],["vehicles-with-semi-trailers",14],["vehicles-with-double-trailers",15],["high-profile-vehicles",16],["wide-vehicles",17],["long-vehicles",18],["hazardous-loads",19],["exceptional-loads",20],["abnormal-loads",21],["convoys",22],["maintenance-vehicles",23],["delivery-vehicles",24],["vehicles-with-even-numbered-license-plates",25],["vehicles-with-odd-numbered-license-plates",26],["vehicles-with-parking-permits",27],["vehicles-with-catalytic-converters",28],["vehicles-without-catalytic-converters",29],["gas-powered-vehicles",30],["diesel-powered-vehicles",31],["lPG-vehicles",32],["military-convoys",33],["military-vehicles",34]]);
function EI933(x: unknown): number | undefined { return EI933$m.get(x); }
function EJ935(x: unknown): number | undefined { switch (x) {  default: return undefined; } }
const N936 = ["item"] as const;
const N937 = ["itis","text"] as const;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N0[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N0[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N1[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N1[f]!); }
}

function d_PartII_Id(r: R): V {
  return r.bits(6);
}
function e_PartII_Id(w: W, v: V): void {
  if (!(v >= 0 && v <= 63 && Number.isInteger(v))) throw rng(v, 0, 63);
  w.bits(v, 6);
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N2[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N2[f]!); }
}

function d_EmergencyVehicleAlert(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(10);
    f = 0; const v0 = (m & 512) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = (m & 256) !== 0 ? r.octets(4) : undefined;
    f = 2; const v2 = d_RoadSideAlert(r);
    f = 3; const v3 = (m & 128) !== 0 ? (r.bool() ? ((i: number) => EA5[i] ?? i)(r.normallySmall()) : enumIndex(r, EN4, 3)) : undefined;
    f = 4; const v4 = (m & 64) !== 0 ? d_EmergencyDetails(r) : undefined;
    f = 5; const v5 = (m & 32) !== 0 ? r.bits(8) : undefined;
    f = 6; const v6 = (m & 16) !== 0 ? (r.bool() ? ((i: number) => EA7[i] ?? i)(r.normallySmall()) : EN6[r.bits(4)]!) : undefined;
    f = 7; const v7 = (m & 8) !== 0 ? (r.bool() ? ((i: number) => EA9[i] ?? i)(r.normallySmall()) : enumIndex(r, EN8, 6)) : undefined;
    f = 8; const v8 = (m & 4) !== 0 ? (r.bool() ? ((i: number) => EA11[i] ?? i)(r.normallySmall()) : enumIndex(r, EN10, 7)) : undefined;
    f = 9; const v9 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA13[i] ?? i)(r.normallySmall()) : enumIndex(r, EN12, 4)) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N3[f]!, r.pos); }
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
      { const i = EI14(v3);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v3 === 'number' && Number.isInteger(v3) && v3 >= 0 ? v3 : EJ15(v3); if (j === undefined) throw badEnum(v3); w.bits(1, 1); w.normallySmall(j); } }
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
      { const i = EI16(v6);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v6 === 'number' && Number.isInteger(v6) && v6 >= 0 ? v6 : EJ17(v6); if (j === undefined) throw badEnum(v6); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 7;
    if (v7 !== undefined) {
      { const i = EI18(v7);
        if (i !== undefined) w.bits(i, 7);
        else { const j = typeof v7 === 'number' && Number.isInteger(v7) && v7 >= 0 ? v7 : EJ20(v7); if (j === undefined) throw badEnum(v7); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 8;
    if (v8 !== undefined) {
      { const i = EI21(v8);
        if (i !== undefined) w.bits(i, 8);
        else { const j = typeof v8 === 'number' && Number.isInteger(v8) && v8 >= 0 ? v8 : EJ23(v8); if (j === undefined) throw badEnum(v8); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 9;
    if (v9 !== undefined) {
      { const i = EI24(v9);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v9 === 'number' && Number.isInteger(v9) && v9 >= 0 ? v9 : EJ25(v9); if (j === undefined) throw badEnum(v9); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N3[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N26[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N26[f]!); }
}

function d_MapData$regional$2(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_MapData(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_MapData$regional$2(w: W, v: V): void {
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
    f = 2; const v2 = (m & 64) !== 0 ? (r.bool() ? ((i: number) => EA29[i] ?? i)(r.normallySmall()) : EN28[r.bits(3)]!) : undefined;
    f = 3; const v3 = (m & 32) !== 0 ? r.constrained(0, 100, 7) : undefined;
    f = 4; const v4 = (m & 16) !== 0 ? d_IntersectionGeometryList(r) : undefined;
    f = 5; const v5 = (m & 8) !== 0 ? d_RoadSegmentList(r) : undefined;
    f = 6; const v6 = (m & 4) !== 0 ? d_DataParameters(r) : undefined;
    f = 7; const v7 = (m & 2) !== 0 ? d_RestrictionClassList(r) : undefined;
    f = 8; const v8 = (m & 1) !== 0 ? d_MapData$regional$2(r) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N27[f]!, r.pos); }
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
      { const i = EI30(v2);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v2 === 'number' && Number.isInteger(v2) && v2 >= 0 ? v2 : EJ31(v2); if (j === undefined) throw badEnum(v2); w.bits(1, 1); w.normallySmall(j); } }
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
      e_MapData$regional$2(w, v8);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N27[f]!); }
}

function d_NMEAcorrections(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(5);
    f = 0; const v0 = (m & 16) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = (m & 8) !== 0 ? (r.bool() ? ((i: number) => EA34[i] ?? i)(r.normallySmall()) : enumIndex(r, EN33, 3)) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N32[f]!, r.pos); }
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
      { const i = EI35(v1);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ36(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N32[f]!); }
}

function d_PersonalSafetyMessage(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(18);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA39[i] ?? i)(r.normallySmall()) : enumIndex(r, EN38, 3));
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
    f = 15; const v15 = (m & 1024) !== 0 ? (r.bool() ? ((i: number) => EA41[i] ?? i)(r.normallySmall()) : EN40[r.bits(2)]!) : undefined;
    f = 16; const v16 = (m & 512) !== 0 ? r.constrained(0, 100, 7) : undefined;
    f = 17; const v17 = (m & 256) !== 0 ? (r.bool() ? ((i: number) => EA43[i] ?? i)(r.normallySmall()) : EN42[r.bits(3)]!) : undefined;
    f = 18; const v18 = (m & 128) !== 0 ? decBits(r, 6, 6, true) : undefined;
    f = 19; const v19 = (m & 64) !== 0 ? decBits(r, 7, 7, true) : undefined;
    f = 20; const v20 = (m & 32) !== 0 ? decBits(r, 6, 6, true) : undefined;
    f = 21; const v21 = (m & 16) !== 0 ? decBits(r, 5, 5, true) : undefined;
    f = 22; const v22 = (m & 8) !== 0 ? (r.bool() ? ((i: number) => EA45[i] ?? i)(r.normallySmall()) : enumIndex(r, EN44, 3)) : undefined;
    f = 23; const v23 = (m & 4) !== 0 ? r.constrained(0, 200, 8) : undefined;
    f = 24; const v24 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA47[i] ?? i)(r.normallySmall()) : EN46[r.bits(2)]!) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N37[f]!, r.pos); }
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
      { const i = EI48(v0);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ49(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
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
      { const i = EI50(v15);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v15 === 'number' && Number.isInteger(v15) && v15 >= 0 ? v15 : EJ51(v15); if (j === undefined) throw badEnum(v15); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 16;
    if (v16 !== undefined) {
      if (!(v16 >= 0 && v16 <= 100 && Number.isInteger(v16))) throw rng(v16, 0, 100);
      w.bits(v16, 7);
    }
    f = 17;
    if (v17 !== undefined) {
      { const i = EI52(v17);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v17 === 'number' && Number.isInteger(v17) && v17 >= 0 ? v17 : EJ53(v17); if (j === undefined) throw badEnum(v17); w.bits(1, 1); w.normallySmall(j); } }
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
      { const i = EI54(v22);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v22 === 'number' && Number.isInteger(v22) && v22 >= 0 ? v22 : EJ55(v22); if (j === undefined) throw badEnum(v22); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 23;
    if (v23 !== undefined) {
      if (!(v23 >= 0 && v23 <= 200 && Number.isInteger(v23))) throw rng(v23, 0, 200);
      w.bits(v23, 8);
    }
    f = 24;
    if (v24 !== undefined) {
      { const i = EI56(v24);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v24 === 'number' && Number.isInteger(v24) && v24 >= 0 ? v24 : EJ57(v24); if (j === undefined) throw badEnum(v24); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N37[f]!); }
}

function d_ProbeDataManagement$term$3(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { termtime: r.constrained(1, 1800, 11) };
      case 1: return { termDistance: r.constrained(1, 30000, 15) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N59[f]!, r.pos); }
}
function e_ProbeDataManagement$term$3(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N59[f]!); }
}

function d_ProbeDataManagement$snapshot$4(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { snapshotTime: d_SnapshotTime(r) };
      case 1: return { snapshotDistance: d_SnapshotDistance(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N60[f]!, r.pos); }
}
function e_ProbeDataManagement$snapshot$4(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N60[f]!); }
}

function d_ProbeDataManagement(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = (m & 4) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 1; const v1 = d_Sample(r);
    f = 2; const v2 = { length: 16, bytes: r.bitBytes(16) };
    f = 3; const v3 = d_ProbeDataManagement$term$3(r);
    f = 4; const v4 = d_ProbeDataManagement$snapshot$4(r);
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N58[f]!, r.pos); }
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
      e_ProbeDataManagement$term$3(w, v3);
    f = 4; if (v4 === undefined) throw missing();
      e_ProbeDataManagement$snapshot$4(w, v4);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N58[f]!); }
}

function d_ProbeVehicleData$snapshots$5(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 75);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_Snapshot(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ProbeVehicleData$snapshots$5(w: W, v: V): void {
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
    f = 5; const v5 = d_ProbeVehicleData$snapshots$5(r);
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N61[f]!, r.pos); }
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
      e_ProbeVehicleData$snapshots$5(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N61[f]!); }
}

function d_RoadSideAlert$description$6(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 16);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(r.bits(16));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RoadSideAlert$description$6(w: W, v: V): void {
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

function d_RoadSideAlert(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(16);
    const ext = ((x_ >>> 15) & 1) === 1;
    const m = (x_ >>> 7) & 255;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = (m & 128) !== 0 ? r.constrained(0, 527040, 20) : undefined;
    f = 2; const v2 = r.bits(16);
    f = 3; const v3 = (m & 64) !== 0 ? d_RoadSideAlert$description$6(r) : undefined;
    f = 4; const v4 = (m & 32) !== 0 ? r.octets(1) : undefined;
    f = 5; const v5 = (m & 16) !== 0 ? { length: 16, bytes: r.bitBytes(16) } : undefined;
    f = 6; const v6 = (m & 8) !== 0 ? EN63[r.bits(4)]! : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N62[f]!, r.pos); }
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
      e_RoadSideAlert$description$6(w, v3);
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
      { const i = EI64(v6); if (i === undefined) throw badEnum(v6); w.bits(i, 4); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N62[f]!); }
}

function d_RTCMcorrections(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(12);
    const ext = ((x_ >>> 11) & 1) === 1;
    const m = (x_ >>> 7) & 15;
    f = 0; const v0 = ((x_ >>> 0) & 127);
    f = 1; const v1 = (r.bool() ? ((i: number) => EA67[i] ?? i)(r.normallySmall()) : EN66[r.bits(2)]!);
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N65[f]!, r.pos); }
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
      { const i = EI68(v1);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ69(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N65[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N70[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N70[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N71[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N71[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N72[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N72[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N73[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N73[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N74[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N74[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N75[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N75[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N76[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N76[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N77[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N77[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N78[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N78[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N79[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N79[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N80[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N80[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N81[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N81[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N82[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N82[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N83[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N83[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N84[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N84[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N85[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N85[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N86[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N86[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N87[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N87[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N88[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N88[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N89[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N89[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N90[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N90[f]!); }
}

function d_AccelSteerYawRateConfidence(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(8);
    f = 0; const v0 = EN105[((x0 >>> 5) & 7)];
    f = 1; const v1 = EN107[((x0 >>> 2) & 7)];
    f = 2; const v2 = EN109[((x0 >>> 0) & 3)];
    return { yawRate: v0, acceleration: v1, steeringWheelAngle: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N91[f]!, r.pos); }
}
function e_AccelSteerYawRateConfidence(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.yawRate;
    const v1 = v.acceleration;
    const v2 = v.steeringWheelAngle;
    f = 0;
    const i_v0 = EI116(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = 1;
    const i_v1 = EI118(v1); if (i_v1 === undefined) throw badEnum(v1);
    f = 2;
    const i_v2 = EI120(v2); if (i_v2 === undefined) throw badEnum(v2);
    w.bits(((i_v0) * 8 + i_v1) * 4 + i_v2, 8);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N91[f]!); }
}

function d_AdvisorySpeed(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(5);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA124[i] ?? i)(r.normallySmall()) : EN123[r.bits(2)]!);
    f = 1; const v1 = (m & 16) !== 0 ? r.constrained(0, 500, 9) : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? EN125[r.bits(3)]! : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N122[f]!, r.pos); }
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
      { const i = EI126(v0);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ127(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 500 && Number.isInteger(v1))) throw rng(v1, 0, 500);
      w.bits(v1, 9);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI128(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 3); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N122[f]!); }
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

function d_AntennaOffsetSet(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(31);
    f = 0; const v0 = (-2048 + ((x0 >>> 19) & 4095));
    f = 1; const v1 = (-256 + ((x0 >>> 10) & 511));
    f = 2; const v2 = (-512 + ((x0 >>> 0) & 1023));
    return { antOffsetX: v0, antOffsetY: v1, antOffsetZ: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N129[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N129[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N130[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N130[f]!); }
}

function d_BrakeSystemStatus(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = { length: 5, bytes: r.bitBytes(5) };
    f = 1; const x1 = r.bits(10);
    f = 1; const v1 = EN153[((x1 >>> 8) & 3)];
    f = 2; const v2 = EN155[((x1 >>> 6) & 3)];
    f = 3; const v3 = EN157[((x1 >>> 4) & 3)];
    f = 4; const v4 = EN159[((x1 >>> 2) & 3)]; if (v4 === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', 'enumeration index unknown', r.pos);
    f = 5; const v5 = EN161[((x1 >>> 0) & 3)];
    return { wheelBrakes: v0, traction: v1, abs: v2, scs: v3, brakeBoost: v4, auxBrakes: v5 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N131[f]!, r.pos); }
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
    const i_v1 = EI172(v1); if (i_v1 === undefined) throw badEnum(v1);
    f = 2;
    const i_v2 = EI174(v2); if (i_v2 === undefined) throw badEnum(v2);
    f = 3;
    const i_v3 = EI176(v3); if (i_v3 === undefined) throw badEnum(v3);
    f = 4;
    const i_v4 = EI178(v4); if (i_v4 === undefined) throw badEnum(v4);
    f = 5;
    const i_v5 = EI180(v5); if (i_v5 === undefined) throw badEnum(v5);
    w.bits(((((i_v1) * 4 + i_v2) * 4 + i_v3) * 4 + i_v4) * 4 + i_v5, 10);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N131[f]!); }
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
    f = 7; const v7 = EN188[((x7 >>> 28) & 7)];
    f = 8; const v8 = ((x7 >>> 15) & 8191);
    f = 9; const v9 = ((x7 >>> 0) & 32767); if (v9 > 28800) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v9} above 28800`, r.pos);
    f = 10; const v10 = r.constrained(-126, 127, 8);
    f = 11; const v11 = d_AccelerationSet4Way(r);
    f = 12; const v12 = d_BrakeSystemStatus(r);
    f = 13; const v13 = d_VehicleSize(r);
    return { msgCnt: v0, id: v1, secMark: v2, lat: v3, long: v4, elev: v5, accuracy: v6, transmission: v7, speed: v8, heading: v9, angle: v10, accelSet: v11, brakes: v12, size: v13 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N182[f]!, r.pos); }
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
    const i_v7 = EI191(v7); if (i_v7 === undefined) throw badEnum(v7);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N182[f]!); }
}

function d_BumperHeights(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(14);
    f = 0; const v0 = ((x0 >>> 7) & 127);
    f = 1; const v1 = ((x0 >>> 0) & 127);
    return { front: v0, rear: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N193[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N193[f]!); }
}

function d_Circle(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = d_Position3D(r);
    f = 1; const x1 = r.bits(15);
    f = 1; const v1 = ((x1 >>> 3) & 4095);
    f = 2; const v2 = EN200[((x1 >>> 0) & 7)];
    return { center: v0, radius: v1, units: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N194[f]!, r.pos); }
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
    const i_v2 = EI203(v2); if (i_v2 === undefined) throw badEnum(v2);
    w.bits((v1) * 8 + i_v2, 15);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N194[f]!); }
}

function d_ComputedLane$offsetXaxis$7(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { small: r.constrained(-2047, 2047, 12) };
      case 1: return { large: r.constrained(-32767, 32767, 16) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N206[f]!, r.pos); }
}
function e_ComputedLane$offsetXaxis$7(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N206[f]!); }
}

function d_ComputedLane(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(13);
    const ext = ((x_ >>> 12) & 1) === 1;
    const m = (x_ >>> 8) & 15;
    f = 0; const v0 = ((x_ >>> 0) & 255);
    f = 1; const v1 = d_ComputedLane$offsetXaxis$7(r);
    f = 2; const v2 = d_ComputedLane$offsetXaxis$7(r);
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N205[f]!, r.pos); }
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
      e_ComputedLane$offsetXaxis$7(w, v1);
    f = 2; if (v2 === undefined) throw missing();
      e_ComputedLane$offsetXaxis$7(w, v2);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N205[f]!); }
}

function d_ConfidenceSet(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(7);
    f = 0; const v0 = (m & 64) !== 0 ? d_AccelSteerYawRateConfidence(r) : undefined;
    f = 1; const v1 = (m & 32) !== 0 ? d_SpeedandHeadingandThrottleConfidence(r) : undefined;
    f = 2; const v2 = (m & 16) !== 0 ? enumIndex(r, EN208, 6) : undefined;
    f = 3; const v3 = (m & 8) !== 0 ? d_PositionConfidenceSet(r) : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? EN209[r.bits(2)]! : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? EN210[r.bits(3)]! : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? EN211[r.bits(2)]! : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N207[f]!, r.pos); }
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
      { const i = EI212(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 6); }
    }
    f = 3;
    if (v3 !== undefined) {
      e_PositionConfidenceSet(w, v3);
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI214(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 2); }
    }
    f = 5;
    if (v5 !== undefined) {
      { const i = EI215(v5); if (i === undefined) throw badEnum(v5); w.bits(i, 3); }
    }
    f = 6;
    if (v6 !== undefined) {
      { const i = EI216(v6); if (i === undefined) throw badEnum(v6); w.bits(i, 2); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N207[f]!); }
}

function d_ConnectingLane(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(9);
    const m = (x_ >>> 8) & 1;
    f = 0; const v0 = ((x_ >>> 0) & 255);
    f = 1; const v1 = (m & 1) !== 0 ? { length: 12, bytes: r.bitBytes(12) } : undefined;
    return { lane: v0, maneuver: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N217[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N217[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N218[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N218[f]!); }
}

function d_ConnectionManeuverAssist$regional$8(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_ConnectionManeuverAssist(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_ConnectionManeuverAssist$regional$8(w: W, v: V): void {
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
    f = 5; const v5 = (m & 1) !== 0 ? d_ConnectionManeuverAssist$regional$8(r) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N219[f]!, r.pos); }
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
      e_ConnectionManeuverAssist$regional$8(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N219[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N220[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N220[f]!); }
}

function d_DDate(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(21);
    f = 0; const v0 = ((x0 >>> 9) & 4095);
    f = 1; const v1 = ((x0 >>> 5) & 15); if (v1 > 12) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 12`, r.pos);
    f = 2; const v2 = ((x0 >>> 0) & 31);
    return { year: v0, month: v1, day: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N221[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N221[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N222[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N222[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N223[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N223[f]!); }
}

function d_DMonthDay(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(9);
    f = 0; const v0 = ((x0 >>> 5) & 15); if (v0 > 12) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 12`, r.pos);
    f = 1; const v1 = ((x0 >>> 0) & 31);
    return { month: v0, day: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N224[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N224[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N225[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N225[f]!); }
}

function d_DYearMonth(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(16);
    f = 0; const v0 = ((x0 >>> 4) & 4095);
    f = 1; const v1 = ((x0 >>> 0) & 15); if (v1 > 12) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 12`, r.pos);
    return { year: v0, month: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N226[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N226[f]!); }
}

function d_DisabledVehicle(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(7);
    const ext = ((x_ >>> 6) & 1) === 1;
    const m = (x_ >>> 5) & 1;
    f = 0; const v0 = (523 + ((x_ >>> 0) & 31)); if (v0 > 541) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 541`, r.pos);
    f = 1; const v1 = (m & 1) !== 0 ? (r.bool() ? ((i: number) => EA229[i] ?? i)(r.normallySmall()) : enumIndex(r, EN228, 7)) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N227[f]!, r.pos); }
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
      { const i = EI230(v1);
        if (i !== undefined) w.bits(i, 8);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ232(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N227[f]!); }
}

function d_EmergencyDetails(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(15);
    const ext = ((x_ >>> 14) & 1) === 1;
    const m = (x_ >>> 12) & 3;
    f = 0; const v0 = ((x_ >>> 7) & 31);
    f = 1; const v1 = EN253[((x_ >>> 5) & 3)];
    f = 2; const v2 = EN255[((x_ >>> 2) & 7)];
    f = 3; const v3 = EN257[((x_ >>> 0) & 3)];
    f = 4; const v4 = (m & 2) !== 0 ? d_PrivilegedEvents(r) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? (r.bool() ? ((i: number) => EA259[i] ?? i)(r.normallySmall()) : enumIndex(r, EN258, 3)) : undefined;
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
    return { sspRights: v0, sirenUse: v1, lightsUse: v2, multi: v3, events: v4, responseType: v5, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N233[f]!, r.pos); }
}
function e_EmergencyDetails(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.sspRights;
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
    const i_v1 = EI266(v1); if (i_v1 === undefined) throw badEnum(v1);
    f = 2;
    const i_v2 = EI268(v2); if (i_v2 === undefined) throw badEnum(v2);
    f = 3;
    const i_v3 = EI270(v3); if (i_v3 === undefined) throw badEnum(v3);
    f = -1;
    w.bits(((((((hasExt ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0))) * 32 + v0) * 4 + i_v1) * 8 + i_v2) * 4 + i_v3, 15);
    f = 4;
    if (v4 !== undefined) {
      e_PrivilegedEvents(w, v4);
    }
    f = 5;
    if (v5 !== undefined) {
      { const i = EI272(v5);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v5 === 'number' && Number.isInteger(v5) && v5 >= 0 ? v5 : EJ273(v5); if (j === undefined) throw badEnum(v5); w.bits(1, 1); w.normallySmall(j); } }
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

function d_EventDescription(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(22);
    const ext = ((x_ >>> 21) & 1) === 1;
    const m = (x_ >>> 16) & 31;
    f = 0; const v0 = ((x_ >>> 0) & 65535);
    f = 1; const v1 = (m & 16) !== 0 ? d_RoadSideAlert$description$6(r) : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? r.octets(1) : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? { length: 16, bytes: r.bitBytes(16) } : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? EN275[r.bits(4)]! : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N274[f]!, r.pos); }
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
      e_RoadSideAlert$description$6(w, v1);
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
      { const i = EI276(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 4); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N274[f]!); }
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
    f = 7; const v7 = (m & 4) !== 0 ? enumIndex(r, EN278, 6) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N277[f]!, r.pos); }
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
      { const i = EI279(v7); if (i === undefined) throw badEnum(v7); w.bits(i, 6); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N277[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N281[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N281[f]!); }
}

function d_GeographicalPath$description$9(r: R): V {
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N284[f]!, r.pos); }
}
function e_GeographicalPath$description$9(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N284[f]!); }
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
    f = 4; const v4 = (m & 16) !== 0 ? EN283[r.bits(2)]! : undefined;
    f = 5; const v5 = (m & 8) !== 0 ? r.bool() : undefined;
    f = 6; const v6 = (m & 4) !== 0 ? { length: 16, bytes: r.bitBytes(16) } : undefined;
    f = 7; const v7 = (m & 2) !== 0 ? d_GeographicalPath$description$9(r) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N282[f]!, r.pos); }
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
      { const i = EI285(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 2); }
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
      e_GeographicalPath$description$9(w, v7);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N282[f]!); }
}

function d_GeometricProjection(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(3);
    f = 0; const v0 = { length: 16, bytes: r.bitBytes(16) };
    f = 1; const v1 = (m & 4) !== 0 ? EN287[r.bits(4)]! : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N286[f]!, r.pos); }
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
      { const i = EI288(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 4); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N286[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N289[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N289[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N290[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N290[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N291[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N291[f]!); }
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

function d_IntersectionReferenceID(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? r.bits(16) : undefined;
    f = 1; const v1 = r.bits(16);
    return { region: v0, id: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N292[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N292[f]!); }
}

function d_IntersectionState$regional$10(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_IntersectionState(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_IntersectionState$regional$10(w: W, v: V): void {
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
    f = 9; const v9 = (m & 1) !== 0 ? d_IntersectionState$regional$10(r) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N293[f]!, r.pos); }
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
      e_IntersectionState$regional$10(w, v9);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N293[f]!); }
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

function d_ExitService$item$item$12(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { itis: r.bits(16) };
      case 1: return { text: decChars(r, 1, 16, false, 7, null, null) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N295[f]!, r.pos); }
}
function e_ExitService$item$item$12(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N295[f]!); }
}

function d_ExitService$item$11(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = d_ExitService$item$item$12(r);
    return { item: v0 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N294[f]!, r.pos); }
}
function e_ExitService$item$11(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.item;
    f = 0; if (v0 === undefined) throw missing();
      e_ExitService$item$item$12(w, v0);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N294[f]!); }
}

function d_ExitService(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 1);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ExitService$item$11(r));
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
      e_ExitService$item$11(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_GenericSignage(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 1);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ExitService$item$11(r));
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
      e_ExitService$item$11(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_SpeedLimit(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 1);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ExitService$item$11(r));
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
      e_ExitService$item$11(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_WorkZone(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 1);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ExitService$item$11(r));
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
      e_ExitService$item$11(w, x);
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N296[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N296[f]!); }
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
    f = 3; const v3 = (m & 8) !== 0 ? EN298[r.bits(2)]! : undefined;
    f = 4; const v4 = (m & 4) !== 0 ? EN299[r.bits(2)]! : undefined;
    f = 5; const v5 = (m & 2) !== 0 ? r.constrained(0, 64255, 16) : undefined;
    f = 6; const v6 = (m & 1) !== 0 ? EN300[r.bits(3)]! : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N297[f]!, r.pos); }
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
      { const i = EI301(v3); if (i === undefined) throw badEnum(v3); w.bits(i, 2); }
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI302(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 2); }
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 64255 && Number.isInteger(v5))) throw rng(v5, 0, 64255);
      w.bits(v5, 16);
    }
    f = 6;
    if (v6 !== undefined) {
      { const i = EI303(v6); if (i === undefined) throw badEnum(v6); w.bits(i, 3); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N297[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N304[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N304[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N305[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N305[f]!); }
}

function d_LaneDataAttribute$regional$13(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_LaneDataAttribute(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_LaneDataAttribute$regional$13(w: W, v: V): void {
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
      case 6: return { regional: d_LaneDataAttribute$regional$13(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N306[f]!, r.pos); }
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
      e_LaneDataAttribute$regional$13(w, x);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N306[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N307[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N307[f]!); }
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

function d_MovementEvent$regional$14(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_MovementEvent(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_MovementEvent$regional$14(w: W, v: V): void {
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
    f = 0; const v0 = EN316[((x_ >>> 0) & 15)]; if (v0 === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', 'enumeration index unknown', r.pos);
    f = 1; const v1 = (m & 4) !== 0 ? d_TimeChangeDetails(r) : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? d_AdvisorySpeedList(r) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? d_MovementEvent$regional$14(r) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N308[f]!, r.pos); }
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
    const i_v0 = EI319(v0); if (i_v0 === undefined) throw badEnum(v0);
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
      e_MovementEvent$regional$14(w, v3);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N308[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N321[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N321[f]!); }
}

function d_Node_LL_24B(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(24);
    f = 0; const v0 = (-2048 + ((x0 >>> 12) & 4095));
    f = 1; const v1 = (-2048 + ((x0 >>> 0) & 4095));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N322[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N322[f]!); }
}

function d_Node_LL_28B(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(28);
    f = 0; const v0 = (-8192 + ((x0 >>> 14) & 16383));
    f = 1; const v1 = (-8192 + ((x0 >>> 0) & 16383));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N323[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N323[f]!); }
}

function d_Node_LL_32B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-32768 + r.bits(16));
    f = 1; const v1 = (-32768 + r.bits(16));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N324[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N324[f]!); }
}

function d_Node_LL_36B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-131072 + r.bits(18));
    f = 1; const v1 = (-131072 + r.bits(18));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N325[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N325[f]!); }
}

function d_Node_LL_44B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-2097152 + r.bits(22));
    f = 1; const v1 = (-2097152 + r.bits(22));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N326[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N326[f]!); }
}

function d_Node_LL_48B(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-8388608 + r.bits(24));
    f = 1; const v1 = (-8388608 + r.bits(24));
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N327[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N327[f]!); }
}

function d_Node_LLmD_64b(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.constrained(-1799999999, 1800000001, 32);
    f = 1; const v1 = r.constrained(-900000000, 900000001, 31);
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N328[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N328[f]!); }
}

function d_Node_XY_20b(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(20);
    f = 0; const v0 = (-512 + ((x0 >>> 10) & 1023));
    f = 1; const v1 = (-512 + ((x0 >>> 0) & 1023));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N329[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N329[f]!); }
}

function d_Node_XY_22b(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(22);
    f = 0; const v0 = (-1024 + ((x0 >>> 11) & 2047));
    f = 1; const v1 = (-1024 + ((x0 >>> 0) & 2047));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N330[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N330[f]!); }
}

function d_Node_XY_24b(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(24);
    f = 0; const v0 = (-2048 + ((x0 >>> 12) & 4095));
    f = 1; const v1 = (-2048 + ((x0 >>> 0) & 4095));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N331[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N331[f]!); }
}

function d_Node_XY_26b(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(26);
    f = 0; const v0 = (-4096 + ((x0 >>> 13) & 8191));
    f = 1; const v1 = (-4096 + ((x0 >>> 0) & 8191));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N332[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N332[f]!); }
}

function d_Node_XY_28b(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(28);
    f = 0; const v0 = (-8192 + ((x0 >>> 14) & 16383));
    f = 1; const v1 = (-8192 + ((x0 >>> 0) & 16383));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N333[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N333[f]!); }
}

function d_Node_XY_32b(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (-32768 + r.bits(16));
    f = 1; const v1 = (-32768 + r.bits(16));
    return { x: v0, y: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N334[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N334[f]!); }
}

function d_NodeAttributeLLList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 5);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push((r.bool() ? ((i: number) => EA336[i] ?? i)(r.normallySmall()) : enumIndex(r, EN335, 4)));
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
      { const i = EI337(x);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ338(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N339[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N339[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N340[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N340[f]!); }
}

function d_NodeAttributeXYList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 5);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push((r.bool() ? ((i: number) => EA342[i] ?? i)(r.normallySmall()) : enumIndex(r, EN341, 4)));
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
      { const i = EI343(x);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ344(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N345[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N345[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N346[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N346[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N347[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N347[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N348[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N348[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N349[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N349[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N350[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N350[f]!); }
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
    f = 3; const v3 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA353[i] ?? i)(r.normallySmall()) : enumIndex(r, EN352, 7)) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N351[f]!, r.pos); }
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
      { const i = EI354(v3);
        if (i !== undefined) w.bits(i, 8);
        else { const j = typeof v3 === 'number' && Number.isInteger(v3) && v3 >= 0 ? v3 : EJ356(v3); if (j === undefined) throw badEnum(v3); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N351[f]!); }
}

function d_OffsetSystem$offset$15(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { xy: d_NodeListXY(r) };
      case 1: return { ll: d_NodeListLL(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N358[f]!, r.pos); }
}
function e_OffsetSystem$offset$15(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N358[f]!); }
}

function d_OffsetSystem(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? r.bits(4) : undefined;
    f = 1; const v1 = d_OffsetSystem$offset$15(r);
    return { scale: v0, offset: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N357[f]!, r.pos); }
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
      e_OffsetSystem$offset$15(w, v1);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N357[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N359[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N359[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N360[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N360[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N361[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N361[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N362[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N362[f]!); }
}

function d_Position3D$regional$16(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_Position3D(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_Position3D$regional$16(w: W, v: V): void {
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
    f = 3; const v3 = (m & 1) !== 0 ? d_Position3D$regional$16(r) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N363[f]!, r.pos); }
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
      e_Position3D$regional$16(w, v3);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N363[f]!); }
}

function d_PositionalAccuracy(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(16);
    f = 0; const v0 = ((x0 >>> 8) & 255);
    f = 1; const v1 = ((x0 >>> 0) & 255);
    f = 2; const v2 = r.bits(16);
    return { semiMajor: v0, semiMinor: v1, orientation: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N364[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N364[f]!); }
}

function d_PositionConfidenceSet(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(8);
    f = 0; const v0 = EN375[((x0 >>> 4) & 15)];
    f = 1; const v1 = EN377[((x0 >>> 0) & 15)];
    return { pos: v0, elevation: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N365[f]!, r.pos); }
}
function e_PositionConfidenceSet(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.pos;
    const v1 = v.elevation;
    f = 0;
    const i_v0 = EI382(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = 1;
    const i_v1 = EI384(v1); if (i_v1 === undefined) throw badEnum(v1);
    w.bits((i_v0) * 16 + i_v1, 8);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N365[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N386[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N386[f]!); }
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
    return { sspRights: v0, event: v1, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N387[f]!, r.pos); }
}
function e_PrivilegedEvents(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.sspRights;
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N387[f]!); }
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
      case 0: return { human: (r.bool() ? ((i: number) => EA390[i] ?? i)(r.normallySmall()) : enumIndex(r, EN389, 3)) };
      case 1: return { animal: (r.bool() ? ((i: number) => EA392[i] ?? i)(r.normallySmall()) : EN391[r.bits(2)]!) };
      case 2: return { motor: (r.bool() ? ((i: number) => EA394[i] ?? i)(r.normallySmall()) : enumIndex(r, EN393, 3)) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N388[f]!, r.pos); }
}
function e_PropelledInformation(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.human) !== undefined) {
      f = 0;
      w.bits(0, 3);
      { const i = EI395(x);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ396(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.animal) !== undefined) {
      f = 1;
      w.bits(1, 3);
      { const i = EI397(x);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ398(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.motor) !== undefined) {
      f = 2;
      w.bits(2, 3);
      { const i = EI399(x);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ400(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N388[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N401[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N401[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N402[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N402[f]!); }
}

function d_RegulatorySpeedLimit(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = (r.bool() ? ((i: number) => EA405[i] ?? i)(r.normallySmall()) : enumIndex(r, EN404, 4));
    f = 1; const v1 = r.bits(13);
    return { type: v0, speed: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N403[f]!, r.pos); }
}
function e_RegulatorySpeedLimit(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.type;
    const v1 = v.speed;
    f = 0;
      { const i = EI406(v0);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ407(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
      if (!(v1 >= 0 && v1 <= 8191 && Number.isInteger(v1))) throw rng(v1, 0, 8191);
      w.bits(v1, 13);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N403[f]!); }
}

function d_RequestedItemList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 32, 5);
    r.need(n, 6);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push((r.bool() ? ((i: number) => EA409[i] ?? i)(r.normallySmall()) : enumIndex(r, EN408, 5)));
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
      { const i = EI410(x);
        if (i !== undefined) w.bits(i, 6);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ411(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
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
    f = 6; const v6 = (m & 4) !== 0 ? EN413[r.bits(3)]! : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N412[f]!, r.pos); }
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
      { const i = EI414(v6); if (i === undefined) throw badEnum(v6); w.bits(i, 3); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N412[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N415[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N415[f]!); }
}

function d_RequestorType(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(5);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA418[i] ?? i)(r.normallySmall()) : enumIndex(r, EN417, 5));
    f = 1; const v1 = (m & 16) !== 0 ? EN419[r.bits(4)]! : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? EN420[r.bits(4)]! : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? r.constrained(0, 100, 7) : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA422[i] ?? i)(r.normallySmall()) : EN421[r.bits(4)]!) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N416[f]!, r.pos); }
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
      { const i = EI423(v0);
        if (i !== undefined) w.bits(i, 6);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ424(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
    if (v1 !== undefined) {
      { const i = EI425(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 4); }
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI426(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 4); }
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 100 && Number.isInteger(v3))) throw rng(v3, 0, 100);
      w.bits(v3, 7);
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI427(v4);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v4 === 'number' && Number.isInteger(v4) && v4 >= 0 ? v4 : EJ428(v4); if (j === undefined) throw badEnum(v4); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N416[f]!); }
}

function d_RestrictionClassAssignment(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(8);
    f = 1; const v1 = d_RestrictionUserTypeList(r);
    return { id: v0, users: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N429[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N429[f]!); }
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

function d_RestrictionUserType$regional$17(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 4, 2);
    r.need(n, 24);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_RegionalExtension_Reg_RestrictionUserType(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_RestrictionUserType$regional$17(w: W, v: V): void {
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
      case 0: return { basicType: (r.bool() ? ((i: number) => EA432[i] ?? i)(r.normallySmall()) : enumIndex(r, EN431, 4)) };
      case 1: return { regional: d_RestrictionUserType$regional$17(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N430[f]!, r.pos); }
}
function e_RestrictionUserType(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.basicType) !== undefined) {
      f = 0;
      w.bits(0, 2);
      { const i = EI433(x);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ434(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.regional) !== undefined) {
      f = 1;
      w.bits(1, 2);
      e_RestrictionUserType$regional$17(w, x);
      return;
    }
    if ((x = v.$ext) !== undefined) {
      if (!Number.isInteger(x.index) || x.index < 0 || !(x.bytes instanceof Uint8Array)) throw new EncodeError('BAD_TYPE', 'invalid $ext alternative');
      w.bits(1, 1); w.normallySmall(x.index); w.openOpaque(x.bytes); return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N430[f]!); }
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

function d_RoadSegmentReferenceID(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? r.bits(16) : undefined;
    f = 1; const v1 = r.bits(16);
    return { region: v0, id: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N435[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N435[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N436[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N436[f]!); }
}

function d_RoadSignID(r: R): V {
  let f = -1;
  try {
    const m = r.bits(2);
    f = 0; const v0 = d_Position3D(r);
    f = 1; const v1 = { length: 16, bytes: r.bitBytes(16) };
    f = 2; const v2 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA439[i] ?? i)(r.normallySmall()) : enumIndex(r, EN438, 3)) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? r.octets(2) : undefined;
    return { position: v0, viewAngle: v1, mutcdCode: v2, crc: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N437[f]!, r.pos); }
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
      { const i = EI440(v2);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v2 === 'number' && Number.isInteger(v2) && v2 >= 0 ? v2 : EJ441(v2); if (j === undefined) throw badEnum(v2); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 3;
    if (v3 !== undefined) {
      w.octets(fixedOctets(v3, 2));
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N437[f]!); }
}

function d_RTCMheader(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = { length: 8, bytes: r.bitBytes(8) };
    f = 1; const v1 = d_AntennaOffsetSet(r);
    return { status: v0, offsetSet: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N442[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N442[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N443[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N443[f]!); }
}

function d_Sample(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(16);
    f = 0; const v0 = ((x0 >>> 8) & 255);
    f = 1; const v1 = ((x0 >>> 0) & 255);
    return { sampleStart: v0, sampleEnd: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N444[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N444[f]!); }
}

function d_SegmentAttributeLLList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 7);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push((r.bool() ? ((i: number) => EA446[i] ?? i)(r.normallySmall()) : enumIndex(r, EN445, 6)));
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
      { const i = EI447(x);
        if (i !== undefined) w.bits(i, 7);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ449(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
    }
  } catch (e) { throw atEncode(e, i < 0 ? '' : i); }
}

function d_SegmentAttributeXYList(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 8, 3);
    r.need(n, 7);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push((r.bool() ? ((i: number) => EA451[i] ?? i)(r.normallySmall()) : enumIndex(r, EN450, 6)));
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
      { const i = EI452(x);
        if (i !== undefined) w.bits(i, 7);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ454(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
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
    f = 2; const v2 = (m & 1) !== 0 ? EN456[r.bits(2)]! : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N455[f]!, r.pos); }
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
      { const i = EI457(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 2); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N455[f]!); }
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
    f = 3; const v3 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA460[i] ?? i)(r.normallySmall()) : enumIndex(r, EN459, 5)) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N458[f]!, r.pos); }
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
      { const i = EI461(v3);
        if (i !== undefined) w.bits(i, 6);
        else { const j = typeof v3 === 'number' && Number.isInteger(v3) && v3 >= 0 ? v3 : EJ462(v3); if (j === undefined) throw badEnum(v3); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N458[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N463[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N463[f]!); }
}

function d_SignalRequest(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(2);
    f = 0; const v0 = d_IntersectionReferenceID(r);
    f = 1; const v1 = r.bits(8);
    f = 2; const v2 = (r.bool() ? ((i: number) => EA466[i] ?? i)(r.normallySmall()) : EN465[r.bits(2)]!);
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N464[f]!, r.pos); }
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
      { const i = EI467(v2);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v2 === 'number' && Number.isInteger(v2) && v2 >= 0 ? v2 : EJ468(v2); if (j === undefined) throw badEnum(v2); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N464[f]!); }
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
    f = 6; const v6 = (r.bool() ? ((i: number) => EA471[i] ?? i)(r.normallySmall()) : EN470[r.bits(3)]!);
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N469[f]!, r.pos); }
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
      { const i = EI472(v6);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v6 === 'number' && Number.isInteger(v6) && v6 >= 0 ? v6 : EJ473(v6); if (j === undefined) throw badEnum(v6); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N469[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N474[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N474[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N475[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N475[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N476[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N476[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N477[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N477[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N478[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N478[f]!); }
}

function d_SpeedandHeadingandThrottleConfidence(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(8);
    f = 0; const v0 = EN493[((x0 >>> 5) & 7)];
    f = 1; const v1 = EN495[((x0 >>> 2) & 7)];
    f = 2; const v2 = EN497[((x0 >>> 0) & 3)];
    return { heading: v0, speed: v1, throttle: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N479[f]!, r.pos); }
}
function e_SpeedandHeadingandThrottleConfidence(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.heading;
    const v1 = v.speed;
    const v2 = v.throttle;
    f = 0;
    const i_v0 = EI504(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = 1;
    const i_v1 = EI506(v1); if (i_v1 === undefined) throw badEnum(v1);
    f = 2;
    const i_v2 = EI508(v2); if (i_v2 === undefined) throw badEnum(v2);
    w.bits(((i_v0) * 8 + i_v1) * 4 + i_v2, 8);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N479[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N510[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N510[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N511[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N511[f]!); }
}

function d_TimeChangeDetails(r: R): V {
  let f = -1;
  try {
    const m = r.bits(5);
    f = 0; const v0 = (m & 16) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    f = 1; const v1 = r.constrained(0, 36001, 16);
    f = 2; const v2 = (m & 8) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    f = 3; const v3 = (m & 4) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    f = 4; const v4 = (m & 2) !== 0 ? r.bits(4) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? r.constrained(0, 36001, 16) : undefined;
    return { startTime: v0, minEndTime: v1, maxEndTime: v2, likelyTime: v3, confidence: v4, nextTime: v5 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N512[f]!, r.pos); }
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
      if (!(v0 >= 0 && v0 <= 36001 && Number.isInteger(v0))) throw rng(v0, 0, 36001);
      w.bits(v0, 16);
    }
    f = 1;
      if (!(v1 >= 0 && v1 <= 36001 && Number.isInteger(v1))) throw rng(v1, 0, 36001);
      w.bits(v1, 16);
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 36001 && Number.isInteger(v2))) throw rng(v2, 0, 36001);
      w.bits(v2, 16);
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 36001 && Number.isInteger(v3))) throw rng(v3, 0, 36001);
      w.bits(v3, 16);
    }
    f = 4;
    if (v4 !== undefined) {
      if (!(v4 >= 0 && v4 <= 15 && Number.isInteger(v4))) throw rng(v4, 0, 15);
      w.bits(v4, 4);
    }
    f = 5;
    if (v5 !== undefined) {
      if (!(v5 >= 0 && v5 <= 36001 && Number.isInteger(v5))) throw rng(v5, 0, 36001);
      w.bits(v5, 16);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N512[f]!); }
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
    return { sspRights: v0, connection: v1, units: v2, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N513[f]!, r.pos); }
}
function e_TrailerData(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.sspRights;
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N513[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N514[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N514[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N515[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N515[f]!); }
}

function d_TransmissionAndSpeed(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(16);
    f = 0; const v0 = EN522[((x0 >>> 13) & 7)];
    f = 1; const v1 = ((x0 >>> 0) & 8191);
    return { transmisson: v0, speed: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N516[f]!, r.pos); }
}
function e_TransmissionAndSpeed(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.transmisson;
    const v1 = v.speed;
    f = 0;
    const i_v0 = EI525(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = 1;
    if (!(v1 >= 0 && v1 <= 8191 && Number.isInteger(v1))) throw rng(v1, 0, 8191);
    w.bits((i_v0) * 8192 + v1, 16);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N516[f]!); }
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

function d_TravelerDataFrame$msgId$18(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { furtherInfoID: r.octets(2) };
      case 1: return { roadSignID: d_RoadSignID(r) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N530[f]!, r.pos); }
}
function e_TravelerDataFrame$msgId$18(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N530[f]!); }
}

function d_TravelerDataFrame$regions$19(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 16, 4);
    r.need(n, 10);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_GeographicalPath(r));
    return a;
  } catch (e) { throw atDecode(e, i < 0 ? '' : i, r.pos); }
}
function e_TravelerDataFrame$regions$19(w: W, v: V): void {
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

function d_TravelerDataFrame$content$20(r: R): V {
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N531[f]!, r.pos); }
}
function e_TravelerDataFrame$content$20(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N531[f]!); }
}

function d_TravelerDataFrame(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(8);
    const ext = ((x_ >>> 7) & 1) === 1;
    const m = (x_ >>> 5) & 3;
    f = 0; const v0 = ((x_ >>> 0) & 31);
    f = 1; const v1 = (r.bool() ? ((i: number) => EA529[i] ?? i)(r.normallySmall()) : EN528[r.bits(2)]!);
    f = 2; const v2 = d_TravelerDataFrame$msgId$18(r);
    f = 3; const v3 = (m & 2) !== 0 ? r.bits(12) : undefined;
    f = 4; const v4 = r.constrained(0, 527040, 20);
    f = 5; const x5 = r.bits(23);
    f = 5; const v5 = ((x5 >>> 8) & 32767); if (v5 > 32000) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v5} above 32000`, r.pos);
    f = 6; const v6 = ((x5 >>> 5) & 7);
    f = 7; const v7 = ((x5 >>> 0) & 31);
    f = 8; const v8 = d_TravelerDataFrame$regions$19(r);
    f = 9; const x9 = r.bits(10);
    f = 9; const v9 = ((x9 >>> 5) & 31);
    f = 10; const v10 = ((x9 >>> 0) & 31);
    f = 11; const v11 = d_TravelerDataFrame$content$20(r);
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
    return { sspTimRights: v0, frameType: v1, msgId: v2, startYear: v3, startTime: v4, duratonTime: v5, priority: v6, sspLocationRights: v7, regions: v8, sspMsgRights1: v9, sspMsgRights2: v10, content: v11, url: v12, $ext };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N527[f]!, r.pos); }
}
function e_TravelerDataFrame(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.sspTimRights;
    const v1 = v.frameType;
    const v2 = v.msgId;
    const v3 = v.startYear;
    const v4 = v.startTime;
    const v5 = v.duratonTime;
    const v6 = v.priority;
    const v7 = v.sspLocationRights;
    const v8 = v.regions;
    const v9 = v.sspMsgRights1;
    const v10 = v.sspMsgRights2;
    const v11 = v.content;
    const v12 = v.url;
    const $ext = v.$ext;
    const hasExt = $ext !== undefined;
    f = 0;
    if (!(v0 >= 0 && v0 <= 31 && Number.isInteger(v0))) throw rng(v0, 0, 31);
    f = -1;
    w.bits((((hasExt ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v12 !== undefined ? 1 : 0))) * 32 + v0, 8);
    f = 1;
      { const i = EI532(v1);
        if (i !== undefined) w.bits(i, 3);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ533(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
    f = 2; if (v2 === undefined) throw missing();
      e_TravelerDataFrame$msgId$18(w, v2);
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
      e_TravelerDataFrame$regions$19(w, v8);
    f = 9;
    if (!(v9 >= 0 && v9 <= 31 && Number.isInteger(v9))) throw rng(v9, 0, 31);
    f = 10;
    if (!(v10 >= 0 && v10 <= 31 && Number.isInteger(v10))) throw rng(v10, 0, 31);
    w.bits((v9) * 32 + v10, 10);
    f = 11; if (v11 === undefined) throw missing();
      e_TravelerDataFrame$content$20(w, v11);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N527[f]!); }
}

function d_ValidRegion$area$21(r: R): V {
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N536[f]!, r.pos); }
}
function e_ValidRegion$area$21(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N536[f]!); }
}

function d_ValidRegion(r: R): V {
  let f = -1;
  try {
    const m = r.bits(1);
    f = 0; const v0 = { length: 16, bytes: r.bitBytes(16) };
    f = 1; const v1 = (m & 1) !== 0 ? EN535[r.bits(4)]! : undefined;
    f = 2; const v2 = d_ValidRegion$area$21(r);
    return { direction: v0, extent: v1, area: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N534[f]!, r.pos); }
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
      { const i = EI537(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 4); }
    }
    f = 2; if (v2 === undefined) throw missing();
      e_ValidRegion$area$21(w, v2);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N534[f]!); }
}

function d_VehicleClassification(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(9);
    f = 0; const v0 = (m & 256) !== 0 ? r.bits(8) : undefined;
    f = 1; const v1 = (m & 128) !== 0 ? (r.bool() ? ((i: number) => EA540[i] ?? i)(r.normallySmall()) : enumIndex(r, EN539, 5)) : undefined;
    f = 2; const v2 = (m & 64) !== 0 ? r.constrained(0, 100, 7) : undefined;
    f = 3; const v3 = (m & 32) !== 0 ? (r.bool() ? ((i: number) => EA542[i] ?? i)(r.normallySmall()) : EN541[r.bits(4)]!) : undefined;
    f = 4; const v4 = (m & 16) !== 0 ? (r.bool() ? ((i: number) => EA544[i] ?? i)(r.normallySmall()) : enumIndex(r, EN543, 6)) : undefined;
    f = 5; const v5 = (m & 8) !== 0 ? (r.bool() ? ((i: number) => EA546[i] ?? i)(r.normallySmall()) : enumIndex(r, EN545, 7)) : undefined;
    f = 6; const v6 = (m & 4) !== 0 ? (r.bool() ? ((i: number) => EA548[i] ?? i)(r.normallySmall()) : enumIndex(r, EN547, 4)) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N538[f]!, r.pos); }
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
      { const i = EI549(v1);
        if (i !== undefined) w.bits(i, 6);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ550(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 2;
    if (v2 !== undefined) {
      if (!(v2 >= 0 && v2 <= 100 && Number.isInteger(v2))) throw rng(v2, 0, 100);
      w.bits(v2, 7);
    }
    f = 3;
    if (v3 !== undefined) {
      { const i = EI551(v3);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v3 === 'number' && Number.isInteger(v3) && v3 >= 0 ? v3 : EJ552(v3); if (j === undefined) throw badEnum(v3); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 4;
    if (v4 !== undefined) {
      { const i = EI553(v4);
        if (i !== undefined) w.bits(i, 7);
        else { const j = typeof v4 === 'number' && Number.isInteger(v4) && v4 >= 0 ? v4 : EJ555(v4); if (j === undefined) throw badEnum(v4); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 5;
    if (v5 !== undefined) {
      { const i = EI556(v5);
        if (i !== undefined) w.bits(i, 8);
        else { const j = typeof v5 === 'number' && Number.isInteger(v5) && v5 >= 0 ? v5 : EJ558(v5); if (j === undefined) throw badEnum(v5); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 6;
    if (v6 !== undefined) {
      { const i = EI559(v6);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v6 === 'number' && Number.isInteger(v6) && v6 >= 0 ? v6 : EJ560(v6); if (j === undefined) throw badEnum(v6); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N538[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N561[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N561[f]!); }
}

function d_VehicleIdent$vehicleClass$22(r: R): V {
  let f = -1;
  try {
    const i = r.constrained(0, 2, 2);
    f = i;
    switch (i) {
      case 0: return { vGroup: (r.bool() ? ((i: number) => EA567[i] ?? i)(r.normallySmall()) : enumIndex(r, EN566, 6)) };
      case 1: return { rGroup: (r.bool() ? ((i: number) => EA569[i] ?? i)(r.normallySmall()) : enumIndex(r, EN568, 4)) };
      case 2: return { rEquip: (r.bool() ? ((i: number) => EA571[i] ?? i)(r.normallySmall()) : enumIndex(r, EN570, 7)) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N565[f]!, r.pos); }
}
function e_VehicleIdent$vehicleClass$22(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    let x;
    if ((x = v.vGroup) !== undefined) {
      f = 0;
      w.bits(0, 2);
      { const i = EI572(x);
        if (i !== undefined) w.bits(i, 7);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ574(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.rGroup) !== undefined) {
      f = 1;
      w.bits(1, 2);
      { const i = EI575(x);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ576(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    if ((x = v.rEquip) !== undefined) {
      f = 2;
      w.bits(2, 2);
      { const i = EI577(x);
        if (i !== undefined) w.bits(i, 8);
        else { const j = typeof x === 'number' && Number.isInteger(x) && x >= 0 ? x : EJ579(x); if (j === undefined) throw badEnum(x); w.bits(1, 1); w.normallySmall(j); } }
      return;
    }
    throw badChoice(v);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N565[f]!); }
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
    f = 4; const v4 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA564[i] ?? i)(r.normallySmall()) : EN563[r.bits(4)]!) : undefined;
    f = 5; const v5 = (m & 1) !== 0 ? d_VehicleIdent$vehicleClass$22(r) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N562[f]!, r.pos); }
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
      { const i = EI580(v4);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v4 === 'number' && Number.isInteger(v4) && v4 >= 0 ? v4 : EJ581(v4); if (j === undefined) throw badEnum(v4); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 5;
    if (v5 !== undefined) {
      e_VehicleIdent$vehicleClass$22(w, v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N562[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N582[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N582[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N583[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N583[f]!); }
}

function d_VehicleSize(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(22);
    f = 0; const v0 = ((x0 >>> 12) & 1023);
    f = 1; const v1 = ((x0 >>> 0) & 4095);
    return { width: v0, length: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N584[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N584[f]!); }
}

function d_VehicleStatusRequest(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(4);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA587[i] ?? i)(r.normallySmall()) : enumIndex(r, EN586, 5));
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N585[f]!, r.pos); }
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
      { const i = EI588(v0);
        if (i !== undefined) w.bits(i, 6);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ589(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N585[f]!); }
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

function d_VehicleStatus$steering$23(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(11);
    const m = (x_ >>> 8) & 7;
    f = 0; const v0 = (-126 + ((x_ >>> 0) & 255)); if (v0 > 127) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 127`, r.pos);
    f = 1; const v1 = (m & 4) !== 0 ? EN595[r.bits(2)]! : undefined;
    f = 2; const v2 = (m & 2) !== 0 ? r.constrained(-127, 127, 8) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? (-128 + r.bits(8)) : undefined;
    return { angle: v0, confidence: v1, rate: v2, wheels: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N594[f]!, r.pos); }
}
function e_VehicleStatus$steering$23(w: W, v: V): void {
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
      { const i = EI596(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 2); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N594[f]!); }
}

function d_VehicleStatus$accelSets$24(r: R): V {
  let f = -1;
  try {
    const m = r.bits(5);
    f = 0; const v0 = (m & 16) !== 0 ? d_AccelerationSet4Way(r) : undefined;
    f = 1; const v1 = (m & 8) !== 0 ? { length: 5, bytes: r.bitBytes(5) } : undefined;
    f = 2; const v2 = (m & 4) !== 0 ? EN598[r.bits(3)]! : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? EN599[r.bits(3)]! : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? d_ConfidenceSet(r) : undefined;
    return { accel4way: v0, vertAccelThres: v1, yawRateCon: v2, hozAccelCon: v3, confidenceSet: v4 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N597[f]!, r.pos); }
}
function e_VehicleStatus$accelSets$24(w: W, v: V): void {
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
      { const i = EI600(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 3); }
    }
    f = 3;
    if (v3 !== undefined) {
      { const i = EI601(v3); if (i === undefined) throw badEnum(v3); w.bits(i, 3); }
    }
    f = 4;
    if (v4 !== undefined) {
      e_ConfidenceSet(w, v4);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N597[f]!); }
}

function d_VehicleStatus$object$25(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(30);
    f = 0; const v0 = ((x0 >>> 15) & 32767);
    f = 1; const v1 = ((x0 >>> 0) & 32767); if (v1 > 28800) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 28800`, r.pos);
    f = 2; const v2 = d_DDateTime(r);
    return { obDist: v0, obDirect: v1, dateTime: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N602[f]!, r.pos); }
}
function e_VehicleStatus$object$25(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N602[f]!); }
}

function d_VehicleStatus$vehicleData$26(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.bits(7);
    f = 1; const v1 = d_BumperHeights(r);
    f = 2; const x2 = r.bits(24);
    f = 2; const v2 = ((x2 >>> 16) & 255);
    f = 3; const v3 = ((x2 >>> 0) & 65535); if (v3 > 64255) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v3} above 64255`, r.pos);
    f = 4; const v4 = (r.bool() ? ((i: number) => EA606[i] ?? i)(r.normallySmall()) : EN605[r.bits(4)]!);
    return { height: v0, bumpers: v1, mass: v2, trailerWeight: v3, type: v4 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N604[f]!, r.pos); }
}
function e_VehicleStatus$vehicleData$26(w: W, v: V): void {
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
      { const i = EI607(v4);
        if (i !== undefined) w.bits(i, 5);
        else { const j = typeof v4 === 'number' && Number.isInteger(v4) && v4 >= 0 ? v4 : EJ608(v4); if (j === undefined) throw badEnum(v4); w.bits(1, 1); w.normallySmall(j); } }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N604[f]!); }
}

function d_VehicleStatus$weatherReport$27(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(6);
    const m = (x_ >>> 2) & 15;
    f = 0; const v0 = EN617[((x_ >>> 0) & 3)]; if (v0 === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', 'enumeration index unknown', r.pos);
    f = 1; const v1 = (m & 8) !== 0 ? r.bits(16) : undefined;
    f = 2; const v2 = (m & 4) !== 0 ? enumIndex(r, EN618, 4) : undefined;
    f = 3; const v3 = (m & 2) !== 0 ? r.bits(16) : undefined;
    f = 4; const v4 = (m & 1) !== 0 ? r.constrained(0, 101, 7) : undefined;
    return { isRaining: v0, rainRate: v1, precipSituation: v2, solarRadiation: v3, friction: v4 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N609[f]!, r.pos); }
}
function e_VehicleStatus$weatherReport$27(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.isRaining;
    const v1 = v.rainRate;
    const v2 = v.precipSituation;
    const v3 = v.solarRadiation;
    const v4 = v.friction;
    f = 0;
    const i_v0 = EI621(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = -1;
    w.bits((((v1 !== undefined ? 8 : 0) | (v2 !== undefined ? 4 : 0) | (v3 !== undefined ? 2 : 0) | (v4 !== undefined ? 1 : 0))) * 4 + i_v0, 6);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
      w.bits(v1, 16);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI623(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 4); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N609[f]!); }
}

function d_VehicleStatus(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(22);
    f = 0; const v0 = (m & 2097152) !== 0 ? decBits(r, 9, 9, true) : undefined;
    f = 1; const v1 = (m & 1048576) !== 0 ? EN591[r.bits(3)]! : undefined;
    f = 2; const v2 = (m & 524288) !== 0 ? d_WiperSet(r) : undefined;
    f = 3; const v3 = (m & 262144) !== 0 ? d_BrakeSystemStatus(r) : undefined;
    f = 4; const v4 = (m & 131072) !== 0 ? EN592[r.bits(4)]! : undefined;
    f = 5; const v5 = (m & 65536) !== 0 ? r.constrained(0, 50, 6) : undefined;
    f = 6; const v6 = (m & 32768) !== 0 ? r.constrained(0, 1000, 10) : undefined;
    f = 7; const v7 = (m & 16384) !== 0 ? EN593[r.bits(3)]! : undefined;
    f = 8; const v8 = (m & 8192) !== 0 ? r.constrained(0, 191, 8) : undefined;
    f = 9; const v9 = (m & 4096) !== 0 ? r.bits(8) : undefined;
    f = 10; const v10 = (m & 2048) !== 0 ? d_VehicleStatus$steering$23(r) : undefined;
    f = 11; const v11 = (m & 1024) !== 0 ? d_VehicleStatus$accelSets$24(r) : undefined;
    f = 12; const v12 = (m & 512) !== 0 ? d_VehicleStatus$object$25(r) : undefined;
    f = 13; const v13 = (m & 256) !== 0 ? d_FullPositionVector(r) : undefined;
    f = 14; const v14 = (m & 128) !== 0 ? r.constrained(0, 200, 8) : undefined;
    f = 15; const v15 = (m & 64) !== 0 ? d_SpeedandHeadingandThrottleConfidence(r) : undefined;
    f = 16; const v16 = (m & 32) !== 0 ? EN603[r.bits(3)]! : undefined;
    f = 17; const v17 = (m & 16) !== 0 ? d_VehicleStatus$vehicleData$26(r) : undefined;
    f = 18; const v18 = (m & 8) !== 0 ? d_VehicleIdent(r) : undefined;
    f = 19; const v19 = (m & 4) !== 0 ? d_J1939data(r) : undefined;
    f = 20; const v20 = (m & 2) !== 0 ? d_VehicleStatus$weatherReport$27(r) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N590[f]!, r.pos); }
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
      { const i = EI624(v1); if (i === undefined) throw badEnum(v1); w.bits(i, 3); }
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
      { const i = EI625(v4); if (i === undefined) throw badEnum(v4); w.bits(i, 4); }
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
      { const i = EI626(v7); if (i === undefined) throw badEnum(v7); w.bits(i, 3); }
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
      e_VehicleStatus$steering$23(w, v10);
    }
    f = 11;
    if (v11 !== undefined) {
      e_VehicleStatus$accelSets$24(w, v11);
    }
    f = 12;
    if (v12 !== undefined) {
      e_VehicleStatus$object$25(w, v12);
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
      { const i = EI627(v16); if (i === undefined) throw badEnum(v16); w.bits(i, 3); }
    }
    f = 17;
    if (v17 !== undefined) {
      e_VehicleStatus$vehicleData$26(w, v17);
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
      e_VehicleStatus$weatherReport$27(w, v20);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N590[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N628[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N628[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N629[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N629[f]!); }
}

function d_WeatherReport(r: R): V {
  let f = -1;
  try {
    const x_ = r.bits(8);
    const ext = ((x_ >>> 7) & 1) === 1;
    const m = (x_ >>> 2) & 31;
    f = 0; const v0 = EN638[((x_ >>> 0) & 3)]; if (v0 === undefined) throw new DecodeError('VALUE_OUT_OF_RANGE', 'enumeration index unknown', r.pos);
    f = 1; const v1 = (m & 16) !== 0 ? r.bits(16) : undefined;
    f = 2; const v2 = (m & 8) !== 0 ? enumIndex(r, EN639, 4) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N630[f]!, r.pos); }
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
    const i_v0 = EI642(v0); if (i_v0 === undefined) throw badEnum(v0);
    f = -1;
    w.bits((((hasExt ? 32 : 0) | (v1 !== undefined ? 16 : 0) | (v2 !== undefined ? 8 : 0) | (v3 !== undefined ? 4 : 0) | (v4 !== undefined ? 2 : 0) | (v5 !== undefined ? 1 : 0))) * 4 + i_v0, 8);
    f = 1;
    if (v1 !== undefined) {
      if (!(v1 >= 0 && v1 <= 65535 && Number.isInteger(v1))) throw rng(v1, 0, 65535);
      w.bits(v1, 16);
    }
    f = 2;
    if (v2 !== undefined) {
      { const i = EI644(v2); if (i === undefined) throw badEnum(v2); w.bits(i, 4); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N630[f]!); }
}

function d_WiperSet(r: R): V {
  let f = -1;
  try {
    const m = r.bits(2);
    f = 0; const v0 = (r.bool() ? ((i: number) => EA647[i] ?? i)(r.normallySmall()) : enumIndex(r, EN646, 3));
    f = 1; const v1 = r.bits(7);
    f = 2; const v2 = (m & 2) !== 0 ? (r.bool() ? ((i: number) => EA649[i] ?? i)(r.normallySmall()) : enumIndex(r, EN648, 3)) : undefined;
    f = 3; const v3 = (m & 1) !== 0 ? r.bits(7) : undefined;
    return { statusFront: v0, rateFront: v1, statusRear: v2, rateRear: v3 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N645[f]!, r.pos); }
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
      { const i = EI650(v0);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ651(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
    f = 1;
      if (!(v1 >= 0 && v1 <= 127 && Number.isInteger(v1))) throw rng(v1, 0, 127);
      w.bits(v1, 7);
    f = 2;
    if (v2 !== undefined) {
      { const i = EI652(v2);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v2 === 'number' && Number.isInteger(v2) && v2 >= 0 ? v2 : EJ653(v2); if (j === undefined) throw badEnum(v2); w.bits(1, 1); w.normallySmall(j); } }
    }
    f = 3;
    if (v3 !== undefined) {
      if (!(v3 >= 0 && v3 <= 127 && Number.isInteger(v3))) throw rng(v3, 0, 127);
      w.bits(v3, 7);
    }
  } catch (e) { throw atEncode(e, f < 0 ? '' : N645[f]!); }
}

function d_Acceleration(r: R): V {
  return r.constrained(-2000, 2001, 12);
}
function e_Acceleration(w: W, v: V): void {
  if (!(v >= -2000 && v <= 2001 && Number.isInteger(v))) throw rng(v, -2000, 2001);
  w.bits(v - -2000, 12);
}

function d_AccelerationConfidence(r: R): V {
  return EN654[r.bits(3)]!;
}
function e_AccelerationConfidence(w: W, v: V): void {
  { const i = EI655(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_AdvisorySpeedType(r: R): V {
  return (r.bool() ? ((i: number) => EA657[i] ?? i)(r.normallySmall()) : EN656[r.bits(2)]!);
}
function e_AdvisorySpeedType(w: W, v: V): void {
  { const i = EI658(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ659(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_AllowedManeuvers(r: R): V {
  return { length: 12, bytes: r.bitBytes(12) };
}
function e_AllowedManeuvers(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 12), 12);
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

function d_AnimalPropelledType(r: R): V {
  return (r.bool() ? ((i: number) => EA661[i] ?? i)(r.normallySmall()) : EN660[r.bits(2)]!);
}
function e_AnimalPropelledType(w: W, v: V): void {
  { const i = EI662(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ663(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_AnimalType(r: R): V {
  return (r.bool() ? ((i: number) => EA665[i] ?? i)(r.normallySmall()) : EN664[r.bits(2)]!);
}
function e_AnimalType(w: W, v: V): void {
  { const i = EI666(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ667(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_AntiLockBrakeStatus(r: R): V {
  return EN668[r.bits(2)]!;
}
function e_AntiLockBrakeStatus(w: W, v: V): void {
  { const i = EI669(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_ApproachID(r: R): V {
  return r.bits(4);
}
function e_ApproachID(w: W, v: V): void {
  if (!(v >= 0 && v <= 15 && Number.isInteger(v))) throw rng(v, 0, 15);
  w.bits(v, 4);
}

function d_Attachment(r: R): V {
  return (r.bool() ? ((i: number) => EA671[i] ?? i)(r.normallySmall()) : enumIndex(r, EN670, 3));
}
function e_Attachment(w: W, v: V): void {
  { const i = EI672(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ673(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_AttachmentRadius(r: R): V {
  return r.constrained(0, 200, 8);
}
function e_AttachmentRadius(w: W, v: V): void {
  if (!(v >= 0 && v <= 200 && Number.isInteger(v))) throw rng(v, 0, 200);
  w.bits(v, 8);
}

function d_AuxiliaryBrakeStatus(r: R): V {
  return EN674[r.bits(2)]!;
}
function e_AuxiliaryBrakeStatus(w: W, v: V): void {
  { const i = EI675(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_BasicVehicleClass(r: R): V {
  return r.bits(8);
}
function e_BasicVehicleClass(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_BasicVehicleRole(r: R): V {
  return (r.bool() ? ((i: number) => EA677[i] ?? i)(r.normallySmall()) : enumIndex(r, EN676, 5));
}
function e_BasicVehicleRole(w: W, v: V): void {
  { const i = EI678(v);
    if (i !== undefined) w.bits(i, 6);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ679(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_BrakeAppliedPressure(r: R): V {
  return EN680[r.bits(4)]!;
}
function e_BrakeAppliedPressure(w: W, v: V): void {
  { const i = EI681(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_BrakeAppliedStatus(r: R): V {
  return { length: 5, bytes: r.bitBytes(5) };
}
function e_BrakeAppliedStatus(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 5), 5);
}

function d_BrakeBoostApplied(r: R): V {
  return enumIndex(r, EN682, 2);
}
function e_BrakeBoostApplied(w: W, v: V): void {
  { const i = EI683(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
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

function d_DeltaTime(r: R): V {
  return r.constrained(-122, 121, 8);
}
function e_DeltaTime(w: W, v: V): void {
  if (!(v >= -122 && v <= 121 && Number.isInteger(v))) throw rng(v, -122, 121);
  w.bits(v - -122, 8);
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

function d_DirectionOfUse(r: R): V {
  return EN684[r.bits(2)]!;
}
function e_DirectionOfUse(w: W, v: V): void {
  { const i = EI685(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_DistanceUnits(r: R): V {
  return EN686[r.bits(3)]!;
}
function e_DistanceUnits(w: W, v: V): void {
  { const i = EI687(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
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

function d_DrivingWheelAngle(r: R): V {
  return (-128 + r.bits(8));
}
function e_DrivingWheelAngle(w: W, v: V): void {
  if (!(v >= -128 && v <= 127 && Number.isInteger(v))) throw rng(v, -128, 127);
  w.bits(v - -128, 8);
}

function d_DSecond(r: R): V {
  return r.bits(16);
}
function e_DSecond(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_DSRCmsgID(r: R): V {
  return r.bits(15);
}
function e_DSRCmsgID(w: W, v: V): void {
  if (!(v >= 0 && v <= 32767 && Number.isInteger(v))) throw rng(v, 0, 32767);
  w.bits(v, 15);
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
  return EN688[r.bits(4)]!;
}
function e_ElevationConfidence(w: W, v: V): void {
  { const i = EI689(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_Elevation(r: R): V {
  return (-4096 + r.bits(16));
}
function e_Elevation(w: W, v: V): void {
  if (!(v >= -4096 && v <= 61439 && Number.isInteger(v))) throw rng(v, -4096, 61439);
  w.bits(v - -4096, 16);
}

function d_Extent(r: R): V {
  return EN690[r.bits(4)]!;
}
function e_Extent(w: W, v: V): void {
  { const i = EI691(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
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

function d_GrossDistance(r: R): V {
  return r.bits(10);
}
function e_GrossDistance(w: W, v: V): void {
  if (!(v >= 0 && v <= 1023 && Number.isInteger(v))) throw rng(v, 0, 1023);
  w.bits(v, 10);
}

function d_GrossSpeed(r: R): V {
  return r.bits(5);
}
function e_GrossSpeed(w: W, v: V): void {
  if (!(v >= 0 && v <= 31 && Number.isInteger(v))) throw rng(v, 0, 31);
  w.bits(v, 5);
}

function d_HeadingConfidence(r: R): V {
  return EN692[r.bits(3)]!;
}
function e_HeadingConfidence(w: W, v: V): void {
  { const i = EI693(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
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

function d_IntersectionStatusObject(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_IntersectionStatusObject(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_IsDolly(r: R): V {
  return r.bool();
}
function e_IsDolly(w: W, v: V): void {
  checkBool(v);
  w.bits(v ? 1 : 0, 1);
}

function d_Iso3833VehicleType(r: R): V {
  return r.constrained(0, 100, 7);
}
function e_Iso3833VehicleType(w: W, v: V): void {
  if (!(v >= 0 && v <= 100 && Number.isInteger(v))) throw rng(v, 0, 100);
  w.bits(v, 7);
}

function d_ITIStextPhrase(r: R): V {
  return decChars(r, 1, 16, false, 7, null, null);
}
function e_ITIStextPhrase(w: W, v: V): void {
  encChars(w, v, 1, 16, false, 7, null, null);
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
  return EN694[r.bits(3)]!;
}
function e_TirePressureThresholdDetection(w: W, v: V): void {
  { const i = EI695(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
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

function d_TrailerWeight(r: R): V {
  return r.constrained(0, 64255, 16);
}
function e_TrailerWeight(w: W, v: V): void {
  if (!(v >= 0 && v <= 64255 && Number.isInteger(v))) throw rng(v, 0, 64255);
  w.bits(v, 16);
}

function d_WheelEndElectFault(r: R): V {
  return EN696[r.bits(2)]!;
}
function e_WheelEndElectFault(w: W, v: V): void {
  { const i = EI697(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_WheelSensorStatus(r: R): V {
  return EN698[r.bits(2)]!;
}
function e_WheelSensorStatus(w: W, v: V): void {
  { const i = EI699(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
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

function d_LaneConnectionID(r: R): V {
  return r.bits(8);
}
function e_LaneConnectionID(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_LaneDirection(r: R): V {
  return { length: 2, bytes: r.bitBytes(2) };
}
function e_LaneDirection(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 2), 2);
}

function d_LaneID(r: R): V {
  return r.bits(8);
}
function e_LaneID(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_LaneSharing(r: R): V {
  return { length: 10, bytes: r.bitBytes(10) };
}
function e_LaneSharing(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 10), 10);
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

function d_LayerID(r: R): V {
  return r.constrained(0, 100, 7);
}
function e_LayerID(w: W, v: V): void {
  if (!(v >= 0 && v <= 100 && Number.isInteger(v))) throw rng(v, 0, 100);
  w.bits(v, 7);
}

function d_LayerType(r: R): V {
  return (r.bool() ? ((i: number) => EA701[i] ?? i)(r.normallySmall()) : EN700[r.bits(3)]!);
}
function e_LayerType(w: W, v: V): void {
  { const i = EI702(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ703(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_LightbarInUse(r: R): V {
  return EN704[r.bits(3)]!;
}
function e_LightbarInUse(w: W, v: V): void {
  { const i = EI705(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_Longitude(r: R): V {
  return r.constrained(-1799999999, 1800000001, 32);
}
function e_Longitude(w: W, v: V): void {
  if (!(v >= -1799999999 && v <= 1800000001 && Number.isInteger(v))) throw rng(v, -1799999999, 1800000001);
  w.bits(v - -1799999999, 32);
}

function d_Location_quality(r: R): V {
  return EN706[r.bits(3)]!;
}
function e_Location_quality(w: W, v: V): void {
  { const i = EI707(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_Location_tech(r: R): V {
  return (r.bool() ? ((i: number) => EA709[i] ?? i)(r.normallySmall()) : enumIndex(r, EN708, 4));
}
function e_Location_tech(w: W, v: V): void {
  { const i = EI710(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ711(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
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

function d_MinutesDuration(r: R): V {
  return r.constrained(0, 32000, 15);
}
function e_MinutesDuration(w: W, v: V): void {
  if (!(v >= 0 && v <= 32000 && Number.isInteger(v))) throw rng(v, 0, 32000);
  w.bits(v, 15);
}

function d_MotorizedPropelledType(r: R): V {
  return (r.bool() ? ((i: number) => EA713[i] ?? i)(r.normallySmall()) : enumIndex(r, EN712, 3));
}
function e_MotorizedPropelledType(w: W, v: V): void {
  { const i = EI714(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ715(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_MovementPhaseState(r: R): V {
  return enumIndex(r, EN716, 4);
}
function e_MovementPhaseState(w: W, v: V): void {
  { const i = EI717(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_MsgCount(r: R): V {
  return r.bits(7);
}
function e_MsgCount(w: W, v: V): void {
  if (!(v >= 0 && v <= 127 && Number.isInteger(v))) throw rng(v, 0, 127);
  w.bits(v, 7);
}

function d_MsgCRC(r: R): V {
  return r.octets(2);
}
function e_MsgCRC(w: W, v: V): void {
  w.octets(fixedOctets(v, 2));
}

function d_MultiVehicleResponse(r: R): V {
  return EN718[r.bits(2)]!;
}
function e_MultiVehicleResponse(w: W, v: V): void {
  { const i = EI719(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_MUTCDCode(r: R): V {
  return (r.bool() ? ((i: number) => EA721[i] ?? i)(r.normallySmall()) : enumIndex(r, EN720, 3));
}
function e_MUTCDCode(w: W, v: V): void {
  { const i = EI722(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ723(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
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
  return (r.bool() ? ((i: number) => EA725[i] ?? i)(r.normallySmall()) : enumIndex(r, EN724, 3));
}
function e_NMEA_Revision(w: W, v: V): void {
  { const i = EI726(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ727(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_NodeAttributeLL(r: R): V {
  return (r.bool() ? ((i: number) => EA729[i] ?? i)(r.normallySmall()) : enumIndex(r, EN728, 4));
}
function e_NodeAttributeLL(w: W, v: V): void {
  { const i = EI730(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ731(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_NodeAttributeXY(r: R): V {
  return (r.bool() ? ((i: number) => EA733[i] ?? i)(r.normallySmall()) : enumIndex(r, EN732, 4));
}
function e_NodeAttributeXY(w: W, v: V): void {
  { const i = EI734(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ735(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_NumberOfParticipantsInCluster(r: R): V {
  return (r.bool() ? ((i: number) => EA737[i] ?? i)(r.normallySmall()) : EN736[r.bits(2)]!);
}
function e_NumberOfParticipantsInCluster(w: W, v: V): void {
  { const i = EI738(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ739(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_ObjectCount(r: R): V {
  return r.bits(10);
}
function e_ObjectCount(w: W, v: V): void {
  if (!(v >= 0 && v <= 1023 && Number.isInteger(v))) throw rng(v, 0, 1023);
  w.bits(v, 10);
}

function d_ObstacleDirection(r: R): V {
  return r.constrained(0, 28800, 15);
}
function e_ObstacleDirection(w: W, v: V): void {
  if (!(v >= 0 && v <= 28800 && Number.isInteger(v))) throw rng(v, 0, 28800);
  w.bits(v, 15);
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

function d_PayloadData(r: R): V {
  return decOctets(r, 1, 2048, false);
}
function e_PayloadData(w: W, v: V): void {
  encOctets(w, v, 1, 2048, false);
}

function d_PedestrianBicycleDetect(r: R): V {
  return r.bool();
}
function e_PedestrianBicycleDetect(w: W, v: V): void {
  checkBool(v);
  w.bits(v ? 1 : 0, 1);
}

function d_HumanPropelledType(r: R): V {
  return (r.bool() ? ((i: number) => EA741[i] ?? i)(r.normallySmall()) : enumIndex(r, EN740, 3));
}
function e_HumanPropelledType(w: W, v: V): void {
  { const i = EI742(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ743(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
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
  return (r.bool() ? ((i: number) => EA745[i] ?? i)(r.normallySmall()) : enumIndex(r, EN744, 3));
}
function e_PersonalDeviceUserType(w: W, v: V): void {
  { const i = EI746(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ747(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_PivotingAllowed(r: R): V {
  return r.bool();
}
function e_PivotingAllowed(w: W, v: V): void {
  checkBool(v);
  w.bits(v ? 1 : 0, 1);
}

function d_PositionConfidence(r: R): V {
  return EN748[r.bits(4)]!;
}
function e_PositionConfidence(w: W, v: V): void {
  { const i = EI749(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_PrioritizationResponseStatus(r: R): V {
  return (r.bool() ? ((i: number) => EA751[i] ?? i)(r.normallySmall()) : EN750[r.bits(3)]!);
}
function e_PrioritizationResponseStatus(w: W, v: V): void {
  { const i = EI752(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ753(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_Priority(r: R): V {
  return r.octets(1);
}
function e_Priority(w: W, v: V): void {
  w.octets(fixedOctets(v, 1));
}

function d_PriorityRequestType(r: R): V {
  return (r.bool() ? ((i: number) => EA755[i] ?? i)(r.normallySmall()) : EN754[r.bits(2)]!);
}
function e_PriorityRequestType(w: W, v: V): void {
  { const i = EI756(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ757(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_PrivilegedEventFlags(r: R): V {
  return { length: 16, bytes: r.bitBytes(16) };
}
function e_PrivilegedEventFlags(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 16), 16);
}

function d_ProbeSegmentNumber(r: R): V {
  return r.bits(15);
}
function e_ProbeSegmentNumber(w: W, v: V): void {
  if (!(v >= 0 && v <= 32767 && Number.isInteger(v))) throw rng(v, 0, 32767);
  w.bits(v, 15);
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
  return (r.bool() ? ((i: number) => EA759[i] ?? i)(r.normallySmall()) : EN758[r.bits(3)]!);
}
function e_PublicSafetyEventResponderWorkerType(w: W, v: V): void {
  { const i = EI760(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ761(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_RadiusOfCurvature(r: R): V {
  return r.constrained(-32767, 32767, 16);
}
function e_RadiusOfCurvature(w: W, v: V): void {
  if (!(v >= -32767 && v <= 32767 && Number.isInteger(v))) throw rng(v, -32767, 32767);
  w.bits(v - -32767, 16);
}

function d_Radius_B12(r: R): V {
  return r.bits(12);
}
function e_Radius_B12(w: W, v: V): void {
  if (!(v >= 0 && v <= 4095 && Number.isInteger(v))) throw rng(v, 0, 4095);
  w.bits(v, 12);
}

function d_RainSensor(r: R): V {
  return EN762[r.bits(3)]!;
}
function e_RainSensor(w: W, v: V): void {
  { const i = EI763(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_RegionId(r: R): V {
  return r.bits(8);
}
function e_RegionId(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_RequestedItem(r: R): V {
  return (r.bool() ? ((i: number) => EA765[i] ?? i)(r.normallySmall()) : enumIndex(r, EN764, 5));
}
function e_RequestedItem(w: W, v: V): void {
  { const i = EI766(v);
    if (i !== undefined) w.bits(i, 6);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ767(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_RequestID(r: R): V {
  return r.bits(8);
}
function e_RequestID(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_RequestImportanceLevel(r: R): V {
  return EN768[r.bits(4)]!;
}
function e_RequestImportanceLevel(w: W, v: V): void {
  { const i = EI769(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_RequestSubRole(r: R): V {
  return EN770[r.bits(4)]!;
}
function e_RequestSubRole(w: W, v: V): void {
  { const i = EI771(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_ResponseType(r: R): V {
  return (r.bool() ? ((i: number) => EA773[i] ?? i)(r.normallySmall()) : enumIndex(r, EN772, 3));
}
function e_ResponseType(w: W, v: V): void {
  { const i = EI774(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ775(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_RestrictionAppliesTo(r: R): V {
  return (r.bool() ? ((i: number) => EA777[i] ?? i)(r.normallySmall()) : enumIndex(r, EN776, 4));
}
function e_RestrictionAppliesTo(w: W, v: V): void {
  { const i = EI778(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ779(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
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

function d_RTCM_Revision(r: R): V {
  return (r.bool() ? ((i: number) => EA781[i] ?? i)(r.normallySmall()) : EN780[r.bits(2)]!);
}
function e_RTCM_Revision(w: W, v: V): void {
  { const i = EI782(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ783(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
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

function d_SecondOfTime(r: R): V {
  return r.constrained(0, 61, 6);
}
function e_SecondOfTime(w: W, v: V): void {
  if (!(v >= 0 && v <= 61 && Number.isInteger(v))) throw rng(v, 0, 61);
  w.bits(v, 6);
}

function d_SegmentAttributeLL(r: R): V {
  return (r.bool() ? ((i: number) => EA785[i] ?? i)(r.normallySmall()) : enumIndex(r, EN784, 6));
}
function e_SegmentAttributeLL(w: W, v: V): void {
  { const i = EI786(v);
    if (i !== undefined) w.bits(i, 7);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ788(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_SegmentAttributeXY(r: R): V {
  return (r.bool() ? ((i: number) => EA790[i] ?? i)(r.normallySmall()) : enumIndex(r, EN789, 6));
}
function e_SegmentAttributeXY(w: W, v: V): void {
  { const i = EI791(v);
    if (i !== undefined) w.bits(i, 7);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ793(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
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

function d_SignPrority(r: R): V {
  return r.bits(3);
}
function e_SignPrority(w: W, v: V): void {
  if (!(v >= 0 && v <= 7 && Number.isInteger(v))) throw rng(v, 0, 7);
  w.bits(v, 3);
}

function d_SirenInUse(r: R): V {
  return EN794[r.bits(2)]!;
}
function e_SirenInUse(w: W, v: V): void {
  { const i = EI795(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_SpeedAdvice(r: R): V {
  return r.constrained(0, 500, 9);
}
function e_SpeedAdvice(w: W, v: V): void {
  if (!(v >= 0 && v <= 500 && Number.isInteger(v))) throw rng(v, 0, 500);
  w.bits(v, 9);
}

function d_SpeedConfidence(r: R): V {
  return EN796[r.bits(3)]!;
}
function e_SpeedConfidence(w: W, v: V): void {
  { const i = EI797(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_SpeedLimitType(r: R): V {
  return (r.bool() ? ((i: number) => EA799[i] ?? i)(r.normallySmall()) : enumIndex(r, EN798, 4));
}
function e_SpeedLimitType(w: W, v: V): void {
  { const i = EI800(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ801(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_SpeedProfileMeasurement(r: R): V {
  return r.bits(5);
}
function e_SpeedProfileMeasurement(w: W, v: V): void {
  if (!(v >= 0 && v <= 31 && Number.isInteger(v))) throw rng(v, 0, 31);
  w.bits(v, 5);
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
  return EN802[r.bits(2)]!;
}
function e_StabilityControlStatus(w: W, v: V): void {
  { const i = EI803(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_StationID(r: R): V {
  return r.bits(32);
}
function e_StationID(w: W, v: V): void {
  if (!(v >= 0 && v <= 4294967295 && Number.isInteger(v))) throw rng(v, 0, 4294967295);
  w.bits(v, 32);
}

function d_SteeringWheelAngleConfidence(r: R): V {
  return EN804[r.bits(2)]!;
}
function e_SteeringWheelAngleConfidence(w: W, v: V): void {
  { const i = EI805(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_SteeringWheelAngleRateOfChange(r: R): V {
  return r.constrained(-127, 127, 8);
}
function e_SteeringWheelAngleRateOfChange(w: W, v: V): void {
  if (!(v >= -127 && v <= 127 && Number.isInteger(v))) throw rng(v, -127, 127);
  w.bits(v - -127, 8);
}

function d_SteeringWheelAngle(r: R): V {
  return r.constrained(-126, 127, 8);
}
function e_SteeringWheelAngle(w: W, v: V): void {
  if (!(v >= -126 && v <= 127 && Number.isInteger(v))) throw rng(v, -126, 127);
  w.bits(v - -126, 8);
}

function d_SunSensor(r: R): V {
  return r.constrained(0, 1000, 10);
}
function e_SunSensor(w: W, v: V): void {
  if (!(v >= 0 && v <= 1000 && Number.isInteger(v))) throw rng(v, 0, 1000);
  w.bits(v, 10);
}

function d_TemporaryID(r: R): V {
  return r.octets(4);
}
function e_TemporaryID(w: W, v: V): void {
  w.octets(fixedOctets(v, 4));
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

function d_ThrottleConfidence(r: R): V {
  return EN806[r.bits(2)]!;
}
function e_ThrottleConfidence(w: W, v: V): void {
  { const i = EI807(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_ThrottlePosition(r: R): V {
  return r.constrained(0, 200, 8);
}
function e_ThrottlePosition(w: W, v: V): void {
  if (!(v >= 0 && v <= 200 && Number.isInteger(v))) throw rng(v, 0, 200);
  w.bits(v, 8);
}

function d_TimeConfidence(r: R): V {
  return enumIndex(r, EN808, 6);
}
function e_TimeConfidence(w: W, v: V): void {
  { const i = EI809(v); if (i === undefined) throw badEnum(v); w.bits(i, 6); }
}

function d_TimeIntervalConfidence(r: R): V {
  return r.bits(4);
}
function e_TimeIntervalConfidence(w: W, v: V): void {
  if (!(v >= 0 && v <= 15 && Number.isInteger(v))) throw rng(v, 0, 15);
  w.bits(v, 4);
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

function d_TractionControlStatus(r: R): V {
  return EN811[r.bits(2)]!;
}
function e_TractionControlStatus(w: W, v: V): void {
  { const i = EI812(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_TrailerMass(r: R): V {
  return r.bits(8);
}
function e_TrailerMass(w: W, v: V): void {
  if (!(v >= 0 && v <= 255 && Number.isInteger(v))) throw rng(v, 0, 255);
  w.bits(v, 8);
}

function d_TransitStatus(r: R): V {
  return { length: 6, bytes: r.bitBytes(6) };
}
function e_TransitStatus(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 6), 6);
}

function d_TransitVehicleOccupancy(r: R): V {
  return EN813[r.bits(3)]!;
}
function e_TransitVehicleOccupancy(w: W, v: V): void {
  { const i = EI814(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_TransitVehicleStatus(r: R): V {
  return { length: 8, bytes: r.bitBytes(8) };
}
function e_TransitVehicleStatus(w: W, v: V): void {
  w.bitBytes(fixedBits(v, 8), 8);
}

function d_TransmissionState(r: R): V {
  return EN815[r.bits(3)]!;
}
function e_TransmissionState(w: W, v: V): void {
  { const i = EI816(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_TravelerInfoType(r: R): V {
  return (r.bool() ? ((i: number) => EA818[i] ?? i)(r.normallySmall()) : EN817[r.bits(2)]!);
}
function e_TravelerInfoType(w: W, v: V): void {
  { const i = EI819(v);
    if (i !== undefined) w.bits(i, 3);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ820(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
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

function d_URL_Link(r: R): V {
  return decChars(r, 1, 255, false, 7, null, null);
}
function e_URL_Link(w: W, v: V): void {
  encChars(w, v, 1, 255, false, 7, null, null);
}

function d_URL_Short(r: R): V {
  return decChars(r, 1, 15, false, 7, null, null);
}
function e_URL_Short(w: W, v: V): void {
  encChars(w, v, 1, 15, false, 7, null, null);
}

function d_UserSizeAndBehaviour(r: R): V {
  return decBits(r, 5, 5, true);
}
function e_UserSizeAndBehaviour(w: W, v: V): void {
  encBits(w, v, 5, 5, true);
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

function d_VehicleStatusDeviceTypeTag(r: R): V {
  return (r.bool() ? ((i: number) => EA822[i] ?? i)(r.normallySmall()) : enumIndex(r, EN821, 5));
}
function e_VehicleStatusDeviceTypeTag(w: W, v: V): void {
  { const i = EI823(v);
    if (i !== undefined) w.bits(i, 6);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ824(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_VehicleType(r: R): V {
  return (r.bool() ? ((i: number) => EA826[i] ?? i)(r.normallySmall()) : EN825[r.bits(4)]!);
}
function e_VehicleType(w: W, v: V): void {
  { const i = EI827(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ828(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
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

function d_VINstring(r: R): V {
  return decOctets(r, 1, 17, false);
}
function e_VINstring(w: W, v: V): void {
  encOctets(w, v, 1, 17, false);
}

function d_WaitOnStopline(r: R): V {
  return r.bool();
}
function e_WaitOnStopline(w: W, v: V): void {
  checkBool(v);
  w.bits(v ? 1 : 0, 1);
}

function d_WiperRate(r: R): V {
  return r.bits(7);
}
function e_WiperRate(w: W, v: V): void {
  if (!(v >= 0 && v <= 127 && Number.isInteger(v))) throw rng(v, 0, 127);
  w.bits(v, 7);
}

function d_WiperStatus(r: R): V {
  return (r.bool() ? ((i: number) => EA830[i] ?? i)(r.normallySmall()) : enumIndex(r, EN829, 3));
}
function e_WiperStatus(w: W, v: V): void {
  { const i = EI831(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ832(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_YawRateConfidence(r: R): V {
  return EN833[r.bits(3)]!;
}
function e_YawRateConfidence(w: W, v: V): void {
  { const i = EI834(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
}

function d_YawRate(r: R): V {
  return r.constrained(-32767, 32767, 16);
}
function e_YawRate(w: W, v: V): void {
  if (!(v >= -32767 && v <= 32767 && Number.isInteger(v))) throw rng(v, -32767, 32767);
  w.bits(v - -32767, 16);
}

function d_ZoneLength(r: R): V {
  return r.constrained(0, 10000, 14);
}
function e_ZoneLength(w: W, v: V): void {
  if (!(v >= 0 && v <= 10000 && Number.isInteger(v))) throw rng(v, 0, 10000);
  w.bits(v, 14);
}

function d_Zoom(r: R): V {
  return r.bits(4);
}
function e_Zoom(w: W, v: V): void {
  if (!(v >= 0 && v <= 15 && Number.isInteger(v))) throw rng(v, 0, 15);
  w.bits(v, 4);
}

function d_AltitudeConfidence(r: R): V {
  return EN835[r.bits(4)]!;
}
function e_AltitudeConfidence(w: W, v: V): void {
  { const i = EI836(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_AltitudeValue(r: R): V {
  return r.constrained(-100000, 800001, 20);
}
function e_AltitudeValue(w: W, v: V): void {
  if (!(v >= -100000 && v <= 800001 && Number.isInteger(v))) throw rng(v, -100000, 800001);
  w.bits(v - -100000, 20);
}

function d_EmissionType(r: R): V {
  return (r.bool() ? ((i: number) => EA838[i] ?? i)(r.normallySmall()) : enumIndex(r, EN837, 3));
}
function e_EmissionType(w: W, v: V): void {
  { const i = EI839(v);
    if (i !== undefined) w.bits(i, 4);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ840(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_Altitude(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(24);
    f = 0; const v0 = (-100000 + ((x0 >>> 4) & 1048575)); if (v0 > 800001) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 800001`, r.pos);
    f = 1; const v1 = EN847[((x0 >>> 0) & 15)];
    return { value: v0, confidence: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N841[f]!, r.pos); }
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
    const i_v1 = EI850(v1); if (i_v1 === undefined) throw badEnum(v1);
    w.bits(((v0 - -100000)) * 16 + i_v1, 24);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N841[f]!); }
}

function d_PrioritizationResponse(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    f = 0; const v0 = r.bits(32);
    f = 1; const v1 = (r.bool() ? ((i: number) => EA854[i] ?? i)(r.normallySmall()) : EN853[r.bits(3)]!);
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N852[f]!, r.pos); }
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
      { const i = EI855(v1);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v1 === 'number' && Number.isInteger(v1) && v1 >= 0 ? v1 : EJ856(v1); if (j === undefined) throw badEnum(v1); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N852[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N857[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N857[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N858[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N858[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N859[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N859[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N860[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N860[f]!); }
}

function d_RestrictionUserType_addGrpC(r: R): V {
  let f = -1;
  try {
    const ext = r.bool();
    const m = r.bits(1);
    f = 0; const v0 = (m & 1) !== 0 ? (r.bool() ? ((i: number) => EA863[i] ?? i)(r.normallySmall()) : enumIndex(r, EN862, 3)) : undefined;
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N861[f]!, r.pos); }
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
      { const i = EI864(v0);
        if (i !== undefined) w.bits(i, 4);
        else { const j = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : EJ865(v0); if (j === undefined) throw badEnum(v0); w.bits(1, 1); w.normallySmall(j); } }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N861[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N866[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N866[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N867[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N867[f]!); }
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
  return EN868[r.bits(3)]!;
}
function e_DayOfWeek(w: W, v: V): void {
  { const i = EI869(v); if (i === undefined) throw badEnum(v); w.bits(i, 3); }
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
  return EN870[r.bits(1)]!;
}
function e_Holiday(w: W, v: V): void {
  { const i = EI871(v); if (i === undefined) throw badEnum(v); w.bits(i, 1); }
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
  return EN872[r.bits(1)]!;
}
function e_SummerTime(w: W, v: V): void {
  { const i = EI873(v); if (i === undefined) throw badEnum(v); w.bits(i, 1); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N874[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N874[f]!); }
}

function d_LongitudeDMS2(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(28);
    f = 0; const v0 = (-180 + ((x0 >>> 19) & 511)); if (v0 > 180) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 180`, r.pos);
    f = 1; const v1 = ((x0 >>> 13) & 63); if (v1 > 59) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 59`, r.pos);
    f = 2; const v2 = ((x0 >>> 0) & 8191); if (v2 > 5999) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v2} above 5999`, r.pos);
    return { d: v0, m: v1, s: v2 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N875[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N875[f]!); }
}

function d_Node_LLdms_48b(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = r.constrained(-64800000, 64800000, 27);
    f = 1; const v1 = r.constrained(-32400000, 32400000, 26);
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N876[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N876[f]!); }
}

function d_Node_LLdms_80b(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = d_LongitudeDMS2(r);
    f = 1; const v1 = d_LatitudeDMS2(r);
    return { lon: v0, lat: v1 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N877[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N877[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N878[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N878[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N879[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N879[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N880[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N880[f]!); }
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
  } catch (e) { throw atDecode(e, f < 0 ? '' : N881[f]!, r.pos); }
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N881[f]!); }
}

function d_AddGrpB_TimeMark(r: R): V {
  let f = -1;
  try {
    f = 0; const x0 = r.bits(24);
    f = 0; const v0 = (1 + ((x0 >>> 8) & 65535)); if (v0 > 65535) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v0} above 65535`, r.pos);
    f = 1; const v1 = (1 + ((x0 >>> 0) & 255)); if (v1 > 255) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v1} above 255`, r.pos);
    f = 2; const x2 = r.bits(29);
    f = 2; const v2 = ((x2 >>> 21) & 255);
    f = 3; const v3 = EN896[((x2 >>> 20) & 1)];
    f = 4; const v4 = EN898[((x2 >>> 19) & 1)];
    f = 5; const v5 = EN900[((x2 >>> 16) & 7)];
    f = 6; const v6 = ((x2 >>> 8) & 255);
    f = 7; const v7 = ((x2 >>> 0) & 255);
    f = 8; const x8 = r.bits(10);
    f = 8; const v8 = ((x8 >>> 4) & 63); if (v8 > 60) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v8} above 60`, r.pos);
    f = 9; const v9 = ((x8 >>> 0) & 15); if (v9 > 9) throw new DecodeError('VALUE_OUT_OF_RANGE', `value ${v9} above 9`, r.pos);
    return { year: v0, month: v1, day: v2, summerTime: v3, holiday: v4, dayofWeek: v5, hour: v6, minute: v7, second: v8, tenthSecond: v9 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N882[f]!, r.pos); }
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
    const i_v3 = EI907(v3); if (i_v3 === undefined) throw badEnum(v3);
    f = 4;
    const i_v4 = EI909(v4); if (i_v4 === undefined) throw badEnum(v4);
    f = 5;
    const i_v5 = EI911(v5); if (i_v5 === undefined) throw badEnum(v5);
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N882[f]!); }
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
  return enumIndex(r, EN913, 4);
}
function e_EssPrecipSituation(w: W, v: V): void {
  { const i = EI914(v); if (i === undefined) throw badEnum(v); w.bits(i, 4); }
}

function d_EssPrecipYesNo(r: R): V {
  return enumIndex(r, EN915, 2);
}
function e_EssPrecipYesNo(w: W, v: V): void {
  { const i = EI916(v); if (i === undefined) throw badEnum(v); w.bits(i, 2); }
}

function d_EssSolarRadiation(r: R): V {
  return r.bits(16);
}
function e_EssSolarRadiation(w: W, v: V): void {
  if (!(v >= 0 && v <= 65535 && Number.isInteger(v))) throw rng(v, 0, 65535);
  w.bits(v, 16);
}

function d_GenericLocations(r: R): V {
  return (r.bool() ? ((i: number) => EA918[i] ?? i)(r.normallySmall()) : enumIndex(r, EN917, 7));
}
function e_GenericLocations(w: W, v: V): void {
  { const i = EI919(v);
    if (i !== undefined) w.bits(i, 8);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ921(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_IncidentResponseEquipment(r: R): V {
  return (r.bool() ? ((i: number) => EA923[i] ?? i)(r.normallySmall()) : enumIndex(r, EN922, 7));
}
function e_IncidentResponseEquipment(w: W, v: V): void {
  { const i = EI924(v);
    if (i !== undefined) w.bits(i, 8);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ926(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_ITIStext(r: R): V {
  return decChars(r, 1, 500, false, 7, null, null);
}
function e_ITIStext(w: W, v: V): void {
  encChars(w, v, 1, 500, false, 7, null, null);
}

function d_ResponderGroupAffected(r: R): V {
  return (r.bool() ? ((i: number) => EA928[i] ?? i)(r.normallySmall()) : enumIndex(r, EN927, 4));
}
function e_ResponderGroupAffected(w: W, v: V): void {
  { const i = EI929(v);
    if (i !== undefined) w.bits(i, 5);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ930(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_VehicleGroupAffected(r: R): V {
  return (r.bool() ? ((i: number) => EA932[i] ?? i)(r.normallySmall()) : enumIndex(r, EN931, 6));
}
function e_VehicleGroupAffected(w: W, v: V): void {
  { const i = EI933(v);
    if (i !== undefined) w.bits(i, 7);
    else { const j = typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : EJ935(v); if (j === undefined) throw badEnum(v); w.bits(1, 1); w.normallySmall(j); } }
}

function d_ITIScodesAndText$item$item$29(r: R): V {
  let f = -1;
  try {
    const i = r.bits(1);
    f = i;
    switch (i) {
      case 0: return { itis: r.bits(16) };
      case 1: return { text: decChars(r, 1, 500, false, 7, null, null) };
      default: throw new DecodeError('VALUE_OUT_OF_RANGE', `alternative ${i} unknown`, r.pos);
    }
  } catch (e) { throw atDecode(e, f < 0 ? '' : N937[f]!, r.pos); }
}
function e_ITIScodesAndText$item$item$29(w: W, v: V): void {
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
  } catch (e) { throw atEncode(e, f < 0 ? '' : N937[f]!); }
}

function d_ITIScodesAndText$item$28(r: R): V {
  let f = -1;
  try {
    f = 0; const v0 = d_ITIScodesAndText$item$item$29(r);
    return { item: v0 };
  } catch (e) { throw atDecode(e, f < 0 ? '' : N936[f]!, r.pos); }
}
function e_ITIScodesAndText$item$28(w: W, v: V): void {
  let f = -1;
  try {
    if (typeof v !== 'object' || v === null) checkObject(v);
    const v0 = v.item;
    f = 0; if (v0 === undefined) throw missing();
      e_ITIScodesAndText$item$item$29(w, v0);
  } catch (e) { throw atEncode(e, f < 0 ? '' : N936[f]!); }
}

function d_ITIScodesAndText(r: R): V {
  let i = -1;
  try {
    const n = r.constrained(1, 100, 7);
    r.need(n, 1);
    const a: V[] = [];
    for (i = 0; i < n; i++) a.push(d_ITIScodesAndText$item$28(r));
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
      e_ITIScodesAndText$item$28(w, x);
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
  "MessageFrame": e_MessageFrame,
  "BasicSafetyMessage": e_BasicSafetyMessage,
  "PartII_Id": e_PartII_Id,
  "CommonSafetyRequest": e_CommonSafetyRequest,
  "EmergencyVehicleAlert": e_EmergencyVehicleAlert,
  "IntersectionCollision": e_IntersectionCollision,
  "MapData": e_MapData,
  "NMEAcorrections": e_NMEAcorrections,
  "PersonalSafetyMessage": e_PersonalSafetyMessage,
  "ProbeDataManagement": e_ProbeDataManagement,
  "ProbeVehicleData": e_ProbeVehicleData,
  "RoadSideAlert": e_RoadSideAlert,
  "RTCMcorrections": e_RTCMcorrections,
  "SPAT": e_SPAT,
  "SignalRequestMessage": e_SignalRequestMessage,
  "SignalStatusMessage": e_SignalStatusMessage,
  "TravelerInformation": e_TravelerInformation,
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
  "AccelerationSet4Way": e_AccelerationSet4Way,
  "AccelSteerYawRateConfidence": e_AccelSteerYawRateConfidence,
  "AdvisorySpeed": e_AdvisorySpeed,
  "AdvisorySpeedList": e_AdvisorySpeedList,
  "AntennaOffsetSet": e_AntennaOffsetSet,
  "ApproachOrLane": e_ApproachOrLane,
  "BrakeSystemStatus": e_BrakeSystemStatus,
  "BSMcoreData": e_BSMcoreData,
  "BumperHeights": e_BumperHeights,
  "Circle": e_Circle,
  "ComputedLane": e_ComputedLane,
  "ConfidenceSet": e_ConfidenceSet,
  "ConnectingLane": e_ConnectingLane,
  "Connection": e_Connection,
  "ConnectionManeuverAssist": e_ConnectionManeuverAssist,
  "ConnectsToList": e_ConnectsToList,
  "DataParameters": e_DataParameters,
  "DDate": e_DDate,
  "DDateTime": e_DDateTime,
  "DFullTime": e_DFullTime,
  "DMonthDay": e_DMonthDay,
  "DTime": e_DTime,
  "DYearMonth": e_DYearMonth,
  "DisabledVehicle": e_DisabledVehicle,
  "EmergencyDetails": e_EmergencyDetails,
  "EnabledLaneList": e_EnabledLaneList,
  "EventDescription": e_EventDescription,
  "FullPositionVector": e_FullPositionVector,
  "GenericLane": e_GenericLane,
  "GeographicalPath": e_GeographicalPath,
  "GeometricProjection": e_GeometricProjection,
  "Header": e_Header,
  "IntersectionAccessPoint": e_IntersectionAccessPoint,
  "IntersectionGeometry": e_IntersectionGeometry,
  "IntersectionGeometryList": e_IntersectionGeometryList,
  "IntersectionReferenceID": e_IntersectionReferenceID,
  "IntersectionState": e_IntersectionState,
  "IntersectionStateList": e_IntersectionStateList,
  "ExitService": e_ExitService,
  "GenericSignage": e_GenericSignage,
  "SpeedLimit": e_SpeedLimit,
  "WorkZone": e_WorkZone,
  "J1939data": e_J1939data,
  "TireDataList": e_TireDataList,
  "TireData": e_TireData,
  "AxleWeightList": e_AxleWeightList,
  "AxleWeightSet": e_AxleWeightSet,
  "LaneAttributes": e_LaneAttributes,
  "LaneDataAttribute": e_LaneDataAttribute,
  "LaneDataAttributeList": e_LaneDataAttributeList,
  "LaneList": e_LaneList,
  "LaneTypeAttributes": e_LaneTypeAttributes,
  "ManeuverAssistList": e_ManeuverAssistList,
  "MovementEventList": e_MovementEventList,
  "MovementEvent": e_MovementEvent,
  "MovementList": e_MovementList,
  "MovementState": e_MovementState,
  "Node_LL_24B": e_Node_LL_24B,
  "Node_LL_28B": e_Node_LL_28B,
  "Node_LL_32B": e_Node_LL_32B,
  "Node_LL_36B": e_Node_LL_36B,
  "Node_LL_44B": e_Node_LL_44B,
  "Node_LL_48B": e_Node_LL_48B,
  "Node_LLmD_64b": e_Node_LLmD_64b,
  "Node_XY_20b": e_Node_XY_20b,
  "Node_XY_22b": e_Node_XY_22b,
  "Node_XY_24b": e_Node_XY_24b,
  "Node_XY_26b": e_Node_XY_26b,
  "Node_XY_28b": e_Node_XY_28b,
  "Node_XY_32b": e_Node_XY_32b,
  "NodeAttributeLLList": e_NodeAttributeLLList,
  "NodeAttributeSetLL": e_NodeAttributeSetLL,
  "NodeAttributeSetXY": e_NodeAttributeSetXY,
  "NodeAttributeXYList": e_NodeAttributeXYList,
  "NodeListLL": e_NodeListLL,
  "NodeListXY": e_NodeListXY,
  "NodeLL": e_NodeLL,
  "NodeOffsetPointLL": e_NodeOffsetPointLL,
  "NodeOffsetPointXY": e_NodeOffsetPointXY,
  "NodeSetLL": e_NodeSetLL,
  "NodeSetXY": e_NodeSetXY,
  "NodeXY": e_NodeXY,
  "ObstacleDetection": e_ObstacleDetection,
  "OffsetSystem": e_OffsetSystem,
  "OverlayLaneList": e_OverlayLaneList,
  "PathHistory": e_PathHistory,
  "PathHistoryPointList": e_PathHistoryPointList,
  "PathHistoryPoint": e_PathHistoryPoint,
  "PathPrediction": e_PathPrediction,
  "PivotPointDescription": e_PivotPointDescription,
  "Position3D": e_Position3D,
  "PositionalAccuracy": e_PositionalAccuracy,
  "PositionConfidenceSet": e_PositionConfidenceSet,
  "PreemptPriorityList": e_PreemptPriorityList,
  "SignalControlZone": e_SignalControlZone,
  "PrivilegedEvents": e_PrivilegedEvents,
  "PropelledInformation": e_PropelledInformation,
  "RegionList": e_RegionList,
  "RegionOffsets": e_RegionOffsets,
  "RegionPointSet": e_RegionPointSet,
  "RegulatorySpeedLimit": e_RegulatorySpeedLimit,
  "RequestedItemList": e_RequestedItemList,
  "RequestorDescription": e_RequestorDescription,
  "RequestorPositionVector": e_RequestorPositionVector,
  "RequestorType": e_RequestorType,
  "RestrictionClassAssignment": e_RestrictionClassAssignment,
  "RestrictionClassList": e_RestrictionClassList,
  "RestrictionUserTypeList": e_RestrictionUserTypeList,
  "RestrictionUserType": e_RestrictionUserType,
  "RoadLaneSetList": e_RoadLaneSetList,
  "RoadSegmentList": e_RoadSegmentList,
  "RoadSegmentReferenceID": e_RoadSegmentReferenceID,
  "RoadSegment": e_RoadSegment,
  "RoadSignID": e_RoadSignID,
  "RTCMheader": e_RTCMheader,
  "RTCMmessageList": e_RTCMmessageList,
  "RTCMPackage": e_RTCMPackage,
  "Sample": e_Sample,
  "SegmentAttributeLLList": e_SegmentAttributeLLList,
  "SegmentAttributeXYList": e_SegmentAttributeXYList,
  "ShapePointSet": e_ShapePointSet,
  "SignalRequesterInfo": e_SignalRequesterInfo,
  "SignalRequestList": e_SignalRequestList,
  "SignalRequestPackage": e_SignalRequestPackage,
  "SignalRequest": e_SignalRequest,
  "SignalStatusList": e_SignalStatusList,
  "SignalStatusPackageList": e_SignalStatusPackageList,
  "SignalStatusPackage": e_SignalStatusPackage,
  "SignalStatus": e_SignalStatus,
  "SnapshotDistance": e_SnapshotDistance,
  "Snapshot": e_Snapshot,
  "SnapshotTime": e_SnapshotTime,
  "SpecialVehicleExtensions": e_SpecialVehicleExtensions,
  "SpeedandHeadingandThrottleConfidence": e_SpeedandHeadingandThrottleConfidence,
  "SpeedLimitList": e_SpeedLimitList,
  "SpeedProfileMeasurementList": e_SpeedProfileMeasurementList,
  "SpeedProfile": e_SpeedProfile,
  "SupplementalVehicleExtensions": e_SupplementalVehicleExtensions,
  "TimeChangeDetails": e_TimeChangeDetails,
  "TrailerData": e_TrailerData,
  "TrailerHistoryPointList": e_TrailerHistoryPointList,
  "TrailerHistoryPoint": e_TrailerHistoryPoint,
  "TrailerUnitDescriptionList": e_TrailerUnitDescriptionList,
  "TrailerUnitDescription": e_TrailerUnitDescription,
  "TransmissionAndSpeed": e_TransmissionAndSpeed,
  "TravelerDataFrameList": e_TravelerDataFrameList,
  "TravelerDataFrame": e_TravelerDataFrame,
  "ValidRegion": e_ValidRegion,
  "VehicleClassification": e_VehicleClassification,
  "VehicleData": e_VehicleData,
  "VehicleIdent": e_VehicleIdent,
  "VehicleID": e_VehicleID,
  "VehicleSafetyExtensions": e_VehicleSafetyExtensions,
  "VehicleSize": e_VehicleSize,
  "VehicleStatusRequest": e_VehicleStatusRequest,
  "VehicleStatusRequestList": e_VehicleStatusRequestList,
  "VehicleStatus": e_VehicleStatus,
  "VerticalOffset": e_VerticalOffset,
  "WeatherProbe": e_WeatherProbe,
  "WeatherReport": e_WeatherReport,
  "WiperSet": e_WiperSet,
  "Acceleration": e_Acceleration,
  "AccelerationConfidence": e_AccelerationConfidence,
  "AdvisorySpeedType": e_AdvisorySpeedType,
  "AllowedManeuvers": e_AllowedManeuvers,
  "AmbientAirPressure": e_AmbientAirPressure,
  "AmbientAirTemperature": e_AmbientAirTemperature,
  "Angle": e_Angle,
  "AnimalPropelledType": e_AnimalPropelledType,
  "AnimalType": e_AnimalType,
  "AntiLockBrakeStatus": e_AntiLockBrakeStatus,
  "ApproachID": e_ApproachID,
  "Attachment": e_Attachment,
  "AttachmentRadius": e_AttachmentRadius,
  "AuxiliaryBrakeStatus": e_AuxiliaryBrakeStatus,
  "BasicVehicleClass": e_BasicVehicleClass,
  "BasicVehicleRole": e_BasicVehicleRole,
  "BrakeAppliedPressure": e_BrakeAppliedPressure,
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
  "DeltaTime": e_DeltaTime,
  "DescriptiveName": e_DescriptiveName,
  "DHour": e_DHour,
  "DirectionOfUse": e_DirectionOfUse,
  "DistanceUnits": e_DistanceUnits,
  "DMinute": e_DMinute,
  "DMonth": e_DMonth,
  "DOffset": e_DOffset,
  "DrivenLineOffsetLg": e_DrivenLineOffsetLg,
  "DrivenLineOffsetSm": e_DrivenLineOffsetSm,
  "DrivingWheelAngle": e_DrivingWheelAngle,
  "DSecond": e_DSecond,
  "DSRCmsgID": e_DSRCmsgID,
  "Duration": e_Duration,
  "DYear": e_DYear,
  "ElevationConfidence": e_ElevationConfidence,
  "Elevation": e_Elevation,
  "Extent": e_Extent,
  "ExteriorLights": e_ExteriorLights,
  "FuelType": e_FuelType,
  "FurtherInfoID": e_FurtherInfoID,
  "GNSSstatus": e_GNSSstatus,
  "GrossDistance": e_GrossDistance,
  "GrossSpeed": e_GrossSpeed,
  "HeadingConfidence": e_HeadingConfidence,
  "Heading": e_Heading,
  "HeadingSlice": e_HeadingSlice,
  "IntersectionID": e_IntersectionID,
  "IntersectionStatusObject": e_IntersectionStatusObject,
  "IsDolly": e_IsDolly,
  "Iso3833VehicleType": e_Iso3833VehicleType,
  "ITIStextPhrase": e_ITIStextPhrase,
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
  "TrailerWeight": e_TrailerWeight,
  "WheelEndElectFault": e_WheelEndElectFault,
  "WheelSensorStatus": e_WheelSensorStatus,
  "LaneAttributes_Barrier": e_LaneAttributes_Barrier,
  "LaneAttributes_Bike": e_LaneAttributes_Bike,
  "LaneAttributes_Crosswalk": e_LaneAttributes_Crosswalk,
  "LaneAttributes_Parking": e_LaneAttributes_Parking,
  "LaneAttributes_Sidewalk": e_LaneAttributes_Sidewalk,
  "LaneAttributes_Striping": e_LaneAttributes_Striping,
  "LaneAttributes_TrackedVehicle": e_LaneAttributes_TrackedVehicle,
  "LaneAttributes_Vehicle": e_LaneAttributes_Vehicle,
  "LaneConnectionID": e_LaneConnectionID,
  "LaneDirection": e_LaneDirection,
  "LaneID": e_LaneID,
  "LaneSharing": e_LaneSharing,
  "LaneWidth": e_LaneWidth,
  "Latitude": e_Latitude,
  "LayerID": e_LayerID,
  "LayerType": e_LayerType,
  "LightbarInUse": e_LightbarInUse,
  "Longitude": e_Longitude,
  "Location_quality": e_Location_quality,
  "Location_tech": e_Location_tech,
  "MergeDivergeNodeAngle": e_MergeDivergeNodeAngle,
  "MessageBLOB": e_MessageBLOB,
  "MinuteOfTheYear": e_MinuteOfTheYear,
  "MinutesDuration": e_MinutesDuration,
  "MotorizedPropelledType": e_MotorizedPropelledType,
  "MovementPhaseState": e_MovementPhaseState,
  "MsgCount": e_MsgCount,
  "MsgCRC": e_MsgCRC,
  "MultiVehicleResponse": e_MultiVehicleResponse,
  "MUTCDCode": e_MUTCDCode,
  "NMEA_MsgType": e_NMEA_MsgType,
  "NMEA_Payload": e_NMEA_Payload,
  "NMEA_Revision": e_NMEA_Revision,
  "NodeAttributeLL": e_NodeAttributeLL,
  "NodeAttributeXY": e_NodeAttributeXY,
  "NumberOfParticipantsInCluster": e_NumberOfParticipantsInCluster,
  "ObjectCount": e_ObjectCount,
  "ObstacleDirection": e_ObstacleDirection,
  "ObstacleDistance": e_ObstacleDistance,
  "Offset_B09": e_Offset_B09,
  "Offset_B10": e_Offset_B10,
  "Offset_B11": e_Offset_B11,
  "Offset_B12": e_Offset_B12,
  "Offset_B13": e_Offset_B13,
  "Offset_B14": e_Offset_B14,
  "Offset_B16": e_Offset_B16,
  "OffsetLL_B12": e_OffsetLL_B12,
  "OffsetLL_B14": e_OffsetLL_B14,
  "OffsetLL_B16": e_OffsetLL_B16,
  "OffsetLL_B18": e_OffsetLL_B18,
  "OffsetLL_B22": e_OffsetLL_B22,
  "OffsetLL_B24": e_OffsetLL_B24,
  "PayloadData": e_PayloadData,
  "PedestrianBicycleDetect": e_PedestrianBicycleDetect,
  "HumanPropelledType": e_HumanPropelledType,
  "PersonalAssistive": e_PersonalAssistive,
  "PersonalClusterRadius": e_PersonalClusterRadius,
  "PersonalCrossingInProgress": e_PersonalCrossingInProgress,
  "PersonalCrossingRequest": e_PersonalCrossingRequest,
  "PersonalDeviceUsageState": e_PersonalDeviceUsageState,
  "PersonalDeviceUserType": e_PersonalDeviceUserType,
  "PivotingAllowed": e_PivotingAllowed,
  "PositionConfidence": e_PositionConfidence,
  "PrioritizationResponseStatus": e_PrioritizationResponseStatus,
  "Priority": e_Priority,
  "PriorityRequestType": e_PriorityRequestType,
  "PrivilegedEventFlags": e_PrivilegedEventFlags,
  "ProbeSegmentNumber": e_ProbeSegmentNumber,
  "PublicSafetyAndRoadWorkerActivity": e_PublicSafetyAndRoadWorkerActivity,
  "PublicSafetyDirectingTrafficSubType": e_PublicSafetyDirectingTrafficSubType,
  "PublicSafetyEventResponderWorkerType": e_PublicSafetyEventResponderWorkerType,
  "RadiusOfCurvature": e_RadiusOfCurvature,
  "Radius_B12": e_Radius_B12,
  "RainSensor": e_RainSensor,
  "RegionId": e_RegionId,
  "RequestedItem": e_RequestedItem,
  "RequestID": e_RequestID,
  "RequestImportanceLevel": e_RequestImportanceLevel,
  "RequestSubRole": e_RequestSubRole,
  "ResponseType": e_ResponseType,
  "RestrictionAppliesTo": e_RestrictionAppliesTo,
  "RestrictionClassID": e_RestrictionClassID,
  "RoadRegulatorID": e_RoadRegulatorID,
  "RoadSegmentID": e_RoadSegmentID,
  "RoadwayCrownAngle": e_RoadwayCrownAngle,
  "RTCM_Revision": e_RTCM_Revision,
  "RTCMmessage": e_RTCMmessage,
  "Scale_B12": e_Scale_B12,
  "SecondOfTime": e_SecondOfTime,
  "SegmentAttributeLL": e_SegmentAttributeLL,
  "SegmentAttributeXY": e_SegmentAttributeXY,
  "SemiMajorAxisAccuracy": e_SemiMajorAxisAccuracy,
  "SemiMajorAxisOrientation": e_SemiMajorAxisOrientation,
  "SemiMinorAxisAccuracy": e_SemiMinorAxisAccuracy,
  "SignalGroupID": e_SignalGroupID,
  "SignalReqScheme": e_SignalReqScheme,
  "SignPrority": e_SignPrority,
  "SirenInUse": e_SirenInUse,
  "SpeedAdvice": e_SpeedAdvice,
  "SpeedConfidence": e_SpeedConfidence,
  "SpeedLimitType": e_SpeedLimitType,
  "SpeedProfileMeasurement": e_SpeedProfileMeasurement,
  "Speed": e_Speed,
  "SSPindex": e_SSPindex,
  "StabilityControlStatus": e_StabilityControlStatus,
  "StationID": e_StationID,
  "SteeringWheelAngleConfidence": e_SteeringWheelAngleConfidence,
  "SteeringWheelAngleRateOfChange": e_SteeringWheelAngleRateOfChange,
  "SteeringWheelAngle": e_SteeringWheelAngle,
  "SunSensor": e_SunSensor,
  "TemporaryID": e_TemporaryID,
  "TermDistance": e_TermDistance,
  "TermTime": e_TermTime,
  "ThrottleConfidence": e_ThrottleConfidence,
  "ThrottlePosition": e_ThrottlePosition,
  "TimeConfidence": e_TimeConfidence,
  "TimeIntervalConfidence": e_TimeIntervalConfidence,
  "TimeMark": e_TimeMark,
  "TimeOffset": e_TimeOffset,
  "TractionControlStatus": e_TractionControlStatus,
  "TrailerMass": e_TrailerMass,
  "TransitStatus": e_TransitStatus,
  "TransitVehicleOccupancy": e_TransitVehicleOccupancy,
  "TransitVehicleStatus": e_TransitVehicleStatus,
  "TransmissionState": e_TransmissionState,
  "TravelerInfoType": e_TravelerInfoType,
  "UniqueMSGID": e_UniqueMSGID,
  "URL_Base": e_URL_Base,
  "URL_Link": e_URL_Link,
  "URL_Short": e_URL_Short,
  "UserSizeAndBehaviour": e_UserSizeAndBehaviour,
  "VehicleEventFlags": e_VehicleEventFlags,
  "VehicleHeight": e_VehicleHeight,
  "VehicleLength": e_VehicleLength,
  "VehicleMass": e_VehicleMass,
  "VehicleStatusDeviceTypeTag": e_VehicleStatusDeviceTypeTag,
  "VehicleType": e_VehicleType,
  "VehicleWidth": e_VehicleWidth,
  "Velocity": e_Velocity,
  "VerticalAccelerationThreshold": e_VerticalAccelerationThreshold,
  "VerticalAcceleration": e_VerticalAcceleration,
  "VertOffset_B07": e_VertOffset_B07,
  "VertOffset_B08": e_VertOffset_B08,
  "VertOffset_B09": e_VertOffset_B09,
  "VertOffset_B10": e_VertOffset_B10,
  "VertOffset_B11": e_VertOffset_B11,
  "VertOffset_B12": e_VertOffset_B12,
  "VINstring": e_VINstring,
  "WaitOnStopline": e_WaitOnStopline,
  "WiperRate": e_WiperRate,
  "WiperStatus": e_WiperStatus,
  "YawRateConfidence": e_YawRateConfidence,
  "YawRate": e_YawRate,
  "ZoneLength": e_ZoneLength,
  "Zoom": e_Zoom,
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
  "EssMobileFriction": e_EssMobileFriction,
  "EssPrecipRate": e_EssPrecipRate,
  "EssPrecipSituation": e_EssPrecipSituation,
  "EssPrecipYesNo": e_EssPrecipYesNo,
  "EssSolarRadiation": e_EssSolarRadiation,
  "GenericLocations": e_GenericLocations,
  "IncidentResponseEquipment": e_IncidentResponseEquipment,
  "ITIStext": e_ITIStext,
  "ResponderGroupAffected": e_ResponderGroupAffected,
  "VehicleGroupAffected": e_VehicleGroupAffected,
  "ITIScodesAndText": e_ITIScodesAndText,
  "ITIScodes": e_ITIScodes,
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
  "MessageFrame": d_MessageFrame,
  "BasicSafetyMessage": d_BasicSafetyMessage,
  "PartII_Id": d_PartII_Id,
  "CommonSafetyRequest": d_CommonSafetyRequest,
  "EmergencyVehicleAlert": d_EmergencyVehicleAlert,
  "IntersectionCollision": d_IntersectionCollision,
  "MapData": d_MapData,
  "NMEAcorrections": d_NMEAcorrections,
  "PersonalSafetyMessage": d_PersonalSafetyMessage,
  "ProbeDataManagement": d_ProbeDataManagement,
  "ProbeVehicleData": d_ProbeVehicleData,
  "RoadSideAlert": d_RoadSideAlert,
  "RTCMcorrections": d_RTCMcorrections,
  "SPAT": d_SPAT,
  "SignalRequestMessage": d_SignalRequestMessage,
  "SignalStatusMessage": d_SignalStatusMessage,
  "TravelerInformation": d_TravelerInformation,
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
  "AccelerationSet4Way": d_AccelerationSet4Way,
  "AccelSteerYawRateConfidence": d_AccelSteerYawRateConfidence,
  "AdvisorySpeed": d_AdvisorySpeed,
  "AdvisorySpeedList": d_AdvisorySpeedList,
  "AntennaOffsetSet": d_AntennaOffsetSet,
  "ApproachOrLane": d_ApproachOrLane,
  "BrakeSystemStatus": d_BrakeSystemStatus,
  "BSMcoreData": d_BSMcoreData,
  "BumperHeights": d_BumperHeights,
  "Circle": d_Circle,
  "ComputedLane": d_ComputedLane,
  "ConfidenceSet": d_ConfidenceSet,
  "ConnectingLane": d_ConnectingLane,
  "Connection": d_Connection,
  "ConnectionManeuverAssist": d_ConnectionManeuverAssist,
  "ConnectsToList": d_ConnectsToList,
  "DataParameters": d_DataParameters,
  "DDate": d_DDate,
  "DDateTime": d_DDateTime,
  "DFullTime": d_DFullTime,
  "DMonthDay": d_DMonthDay,
  "DTime": d_DTime,
  "DYearMonth": d_DYearMonth,
  "DisabledVehicle": d_DisabledVehicle,
  "EmergencyDetails": d_EmergencyDetails,
  "EnabledLaneList": d_EnabledLaneList,
  "EventDescription": d_EventDescription,
  "FullPositionVector": d_FullPositionVector,
  "GenericLane": d_GenericLane,
  "GeographicalPath": d_GeographicalPath,
  "GeometricProjection": d_GeometricProjection,
  "Header": d_Header,
  "IntersectionAccessPoint": d_IntersectionAccessPoint,
  "IntersectionGeometry": d_IntersectionGeometry,
  "IntersectionGeometryList": d_IntersectionGeometryList,
  "IntersectionReferenceID": d_IntersectionReferenceID,
  "IntersectionState": d_IntersectionState,
  "IntersectionStateList": d_IntersectionStateList,
  "ExitService": d_ExitService,
  "GenericSignage": d_GenericSignage,
  "SpeedLimit": d_SpeedLimit,
  "WorkZone": d_WorkZone,
  "J1939data": d_J1939data,
  "TireDataList": d_TireDataList,
  "TireData": d_TireData,
  "AxleWeightList": d_AxleWeightList,
  "AxleWeightSet": d_AxleWeightSet,
  "LaneAttributes": d_LaneAttributes,
  "LaneDataAttribute": d_LaneDataAttribute,
  "LaneDataAttributeList": d_LaneDataAttributeList,
  "LaneList": d_LaneList,
  "LaneTypeAttributes": d_LaneTypeAttributes,
  "ManeuverAssistList": d_ManeuverAssistList,
  "MovementEventList": d_MovementEventList,
  "MovementEvent": d_MovementEvent,
  "MovementList": d_MovementList,
  "MovementState": d_MovementState,
  "Node_LL_24B": d_Node_LL_24B,
  "Node_LL_28B": d_Node_LL_28B,
  "Node_LL_32B": d_Node_LL_32B,
  "Node_LL_36B": d_Node_LL_36B,
  "Node_LL_44B": d_Node_LL_44B,
  "Node_LL_48B": d_Node_LL_48B,
  "Node_LLmD_64b": d_Node_LLmD_64b,
  "Node_XY_20b": d_Node_XY_20b,
  "Node_XY_22b": d_Node_XY_22b,
  "Node_XY_24b": d_Node_XY_24b,
  "Node_XY_26b": d_Node_XY_26b,
  "Node_XY_28b": d_Node_XY_28b,
  "Node_XY_32b": d_Node_XY_32b,
  "NodeAttributeLLList": d_NodeAttributeLLList,
  "NodeAttributeSetLL": d_NodeAttributeSetLL,
  "NodeAttributeSetXY": d_NodeAttributeSetXY,
  "NodeAttributeXYList": d_NodeAttributeXYList,
  "NodeListLL": d_NodeListLL,
  "NodeListXY": d_NodeListXY,
  "NodeLL": d_NodeLL,
  "NodeOffsetPointLL": d_NodeOffsetPointLL,
  "NodeOffsetPointXY": d_NodeOffsetPointXY,
  "NodeSetLL": d_NodeSetLL,
  "NodeSetXY": d_NodeSetXY,
  "NodeXY": d_NodeXY,
  "ObstacleDetection": d_ObstacleDetection,
  "OffsetSystem": d_OffsetSystem,
  "OverlayLaneList": d_OverlayLaneList,
  "PathHistory": d_PathHistory,
  "PathHistoryPointList": d_PathHistoryPointList,
  "PathHistoryPoint": d_PathHistoryPoint,
  "PathPrediction": d_PathPrediction,
  "PivotPointDescription": d_PivotPointDescription,
  "Position3D": d_Position3D,
  "PositionalAccuracy": d_PositionalAccuracy,
  "PositionConfidenceSet": d_PositionConfidenceSet,
  "PreemptPriorityList": d_PreemptPriorityList,
  "SignalControlZone": d_SignalControlZone,
  "PrivilegedEvents": d_PrivilegedEvents,
  "PropelledInformation": d_PropelledInformation,
  "RegionList": d_RegionList,
  "RegionOffsets": d_RegionOffsets,
  "RegionPointSet": d_RegionPointSet,
  "RegulatorySpeedLimit": d_RegulatorySpeedLimit,
  "RequestedItemList": d_RequestedItemList,
  "RequestorDescription": d_RequestorDescription,
  "RequestorPositionVector": d_RequestorPositionVector,
  "RequestorType": d_RequestorType,
  "RestrictionClassAssignment": d_RestrictionClassAssignment,
  "RestrictionClassList": d_RestrictionClassList,
  "RestrictionUserTypeList": d_RestrictionUserTypeList,
  "RestrictionUserType": d_RestrictionUserType,
  "RoadLaneSetList": d_RoadLaneSetList,
  "RoadSegmentList": d_RoadSegmentList,
  "RoadSegmentReferenceID": d_RoadSegmentReferenceID,
  "RoadSegment": d_RoadSegment,
  "RoadSignID": d_RoadSignID,
  "RTCMheader": d_RTCMheader,
  "RTCMmessageList": d_RTCMmessageList,
  "RTCMPackage": d_RTCMPackage,
  "Sample": d_Sample,
  "SegmentAttributeLLList": d_SegmentAttributeLLList,
  "SegmentAttributeXYList": d_SegmentAttributeXYList,
  "ShapePointSet": d_ShapePointSet,
  "SignalRequesterInfo": d_SignalRequesterInfo,
  "SignalRequestList": d_SignalRequestList,
  "SignalRequestPackage": d_SignalRequestPackage,
  "SignalRequest": d_SignalRequest,
  "SignalStatusList": d_SignalStatusList,
  "SignalStatusPackageList": d_SignalStatusPackageList,
  "SignalStatusPackage": d_SignalStatusPackage,
  "SignalStatus": d_SignalStatus,
  "SnapshotDistance": d_SnapshotDistance,
  "Snapshot": d_Snapshot,
  "SnapshotTime": d_SnapshotTime,
  "SpecialVehicleExtensions": d_SpecialVehicleExtensions,
  "SpeedandHeadingandThrottleConfidence": d_SpeedandHeadingandThrottleConfidence,
  "SpeedLimitList": d_SpeedLimitList,
  "SpeedProfileMeasurementList": d_SpeedProfileMeasurementList,
  "SpeedProfile": d_SpeedProfile,
  "SupplementalVehicleExtensions": d_SupplementalVehicleExtensions,
  "TimeChangeDetails": d_TimeChangeDetails,
  "TrailerData": d_TrailerData,
  "TrailerHistoryPointList": d_TrailerHistoryPointList,
  "TrailerHistoryPoint": d_TrailerHistoryPoint,
  "TrailerUnitDescriptionList": d_TrailerUnitDescriptionList,
  "TrailerUnitDescription": d_TrailerUnitDescription,
  "TransmissionAndSpeed": d_TransmissionAndSpeed,
  "TravelerDataFrameList": d_TravelerDataFrameList,
  "TravelerDataFrame": d_TravelerDataFrame,
  "ValidRegion": d_ValidRegion,
  "VehicleClassification": d_VehicleClassification,
  "VehicleData": d_VehicleData,
  "VehicleIdent": d_VehicleIdent,
  "VehicleID": d_VehicleID,
  "VehicleSafetyExtensions": d_VehicleSafetyExtensions,
  "VehicleSize": d_VehicleSize,
  "VehicleStatusRequest": d_VehicleStatusRequest,
  "VehicleStatusRequestList": d_VehicleStatusRequestList,
  "VehicleStatus": d_VehicleStatus,
  "VerticalOffset": d_VerticalOffset,
  "WeatherProbe": d_WeatherProbe,
  "WeatherReport": d_WeatherReport,
  "WiperSet": d_WiperSet,
  "Acceleration": d_Acceleration,
  "AccelerationConfidence": d_AccelerationConfidence,
  "AdvisorySpeedType": d_AdvisorySpeedType,
  "AllowedManeuvers": d_AllowedManeuvers,
  "AmbientAirPressure": d_AmbientAirPressure,
  "AmbientAirTemperature": d_AmbientAirTemperature,
  "Angle": d_Angle,
  "AnimalPropelledType": d_AnimalPropelledType,
  "AnimalType": d_AnimalType,
  "AntiLockBrakeStatus": d_AntiLockBrakeStatus,
  "ApproachID": d_ApproachID,
  "Attachment": d_Attachment,
  "AttachmentRadius": d_AttachmentRadius,
  "AuxiliaryBrakeStatus": d_AuxiliaryBrakeStatus,
  "BasicVehicleClass": d_BasicVehicleClass,
  "BasicVehicleRole": d_BasicVehicleRole,
  "BrakeAppliedPressure": d_BrakeAppliedPressure,
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
  "DeltaTime": d_DeltaTime,
  "DescriptiveName": d_DescriptiveName,
  "DHour": d_DHour,
  "DirectionOfUse": d_DirectionOfUse,
  "DistanceUnits": d_DistanceUnits,
  "DMinute": d_DMinute,
  "DMonth": d_DMonth,
  "DOffset": d_DOffset,
  "DrivenLineOffsetLg": d_DrivenLineOffsetLg,
  "DrivenLineOffsetSm": d_DrivenLineOffsetSm,
  "DrivingWheelAngle": d_DrivingWheelAngle,
  "DSecond": d_DSecond,
  "DSRCmsgID": d_DSRCmsgID,
  "Duration": d_Duration,
  "DYear": d_DYear,
  "ElevationConfidence": d_ElevationConfidence,
  "Elevation": d_Elevation,
  "Extent": d_Extent,
  "ExteriorLights": d_ExteriorLights,
  "FuelType": d_FuelType,
  "FurtherInfoID": d_FurtherInfoID,
  "GNSSstatus": d_GNSSstatus,
  "GrossDistance": d_GrossDistance,
  "GrossSpeed": d_GrossSpeed,
  "HeadingConfidence": d_HeadingConfidence,
  "Heading": d_Heading,
  "HeadingSlice": d_HeadingSlice,
  "IntersectionID": d_IntersectionID,
  "IntersectionStatusObject": d_IntersectionStatusObject,
  "IsDolly": d_IsDolly,
  "Iso3833VehicleType": d_Iso3833VehicleType,
  "ITIStextPhrase": d_ITIStextPhrase,
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
  "TrailerWeight": d_TrailerWeight,
  "WheelEndElectFault": d_WheelEndElectFault,
  "WheelSensorStatus": d_WheelSensorStatus,
  "LaneAttributes_Barrier": d_LaneAttributes_Barrier,
  "LaneAttributes_Bike": d_LaneAttributes_Bike,
  "LaneAttributes_Crosswalk": d_LaneAttributes_Crosswalk,
  "LaneAttributes_Parking": d_LaneAttributes_Parking,
  "LaneAttributes_Sidewalk": d_LaneAttributes_Sidewalk,
  "LaneAttributes_Striping": d_LaneAttributes_Striping,
  "LaneAttributes_TrackedVehicle": d_LaneAttributes_TrackedVehicle,
  "LaneAttributes_Vehicle": d_LaneAttributes_Vehicle,
  "LaneConnectionID": d_LaneConnectionID,
  "LaneDirection": d_LaneDirection,
  "LaneID": d_LaneID,
  "LaneSharing": d_LaneSharing,
  "LaneWidth": d_LaneWidth,
  "Latitude": d_Latitude,
  "LayerID": d_LayerID,
  "LayerType": d_LayerType,
  "LightbarInUse": d_LightbarInUse,
  "Longitude": d_Longitude,
  "Location_quality": d_Location_quality,
  "Location_tech": d_Location_tech,
  "MergeDivergeNodeAngle": d_MergeDivergeNodeAngle,
  "MessageBLOB": d_MessageBLOB,
  "MinuteOfTheYear": d_MinuteOfTheYear,
  "MinutesDuration": d_MinutesDuration,
  "MotorizedPropelledType": d_MotorizedPropelledType,
  "MovementPhaseState": d_MovementPhaseState,
  "MsgCount": d_MsgCount,
  "MsgCRC": d_MsgCRC,
  "MultiVehicleResponse": d_MultiVehicleResponse,
  "MUTCDCode": d_MUTCDCode,
  "NMEA_MsgType": d_NMEA_MsgType,
  "NMEA_Payload": d_NMEA_Payload,
  "NMEA_Revision": d_NMEA_Revision,
  "NodeAttributeLL": d_NodeAttributeLL,
  "NodeAttributeXY": d_NodeAttributeXY,
  "NumberOfParticipantsInCluster": d_NumberOfParticipantsInCluster,
  "ObjectCount": d_ObjectCount,
  "ObstacleDirection": d_ObstacleDirection,
  "ObstacleDistance": d_ObstacleDistance,
  "Offset_B09": d_Offset_B09,
  "Offset_B10": d_Offset_B10,
  "Offset_B11": d_Offset_B11,
  "Offset_B12": d_Offset_B12,
  "Offset_B13": d_Offset_B13,
  "Offset_B14": d_Offset_B14,
  "Offset_B16": d_Offset_B16,
  "OffsetLL_B12": d_OffsetLL_B12,
  "OffsetLL_B14": d_OffsetLL_B14,
  "OffsetLL_B16": d_OffsetLL_B16,
  "OffsetLL_B18": d_OffsetLL_B18,
  "OffsetLL_B22": d_OffsetLL_B22,
  "OffsetLL_B24": d_OffsetLL_B24,
  "PayloadData": d_PayloadData,
  "PedestrianBicycleDetect": d_PedestrianBicycleDetect,
  "HumanPropelledType": d_HumanPropelledType,
  "PersonalAssistive": d_PersonalAssistive,
  "PersonalClusterRadius": d_PersonalClusterRadius,
  "PersonalCrossingInProgress": d_PersonalCrossingInProgress,
  "PersonalCrossingRequest": d_PersonalCrossingRequest,
  "PersonalDeviceUsageState": d_PersonalDeviceUsageState,
  "PersonalDeviceUserType": d_PersonalDeviceUserType,
  "PivotingAllowed": d_PivotingAllowed,
  "PositionConfidence": d_PositionConfidence,
  "PrioritizationResponseStatus": d_PrioritizationResponseStatus,
  "Priority": d_Priority,
  "PriorityRequestType": d_PriorityRequestType,
  "PrivilegedEventFlags": d_PrivilegedEventFlags,
  "ProbeSegmentNumber": d_ProbeSegmentNumber,
  "PublicSafetyAndRoadWorkerActivity": d_PublicSafetyAndRoadWorkerActivity,
  "PublicSafetyDirectingTrafficSubType": d_PublicSafetyDirectingTrafficSubType,
  "PublicSafetyEventResponderWorkerType": d_PublicSafetyEventResponderWorkerType,
  "RadiusOfCurvature": d_RadiusOfCurvature,
  "Radius_B12": d_Radius_B12,
  "RainSensor": d_RainSensor,
  "RegionId": d_RegionId,
  "RequestedItem": d_RequestedItem,
  "RequestID": d_RequestID,
  "RequestImportanceLevel": d_RequestImportanceLevel,
  "RequestSubRole": d_RequestSubRole,
  "ResponseType": d_ResponseType,
  "RestrictionAppliesTo": d_RestrictionAppliesTo,
  "RestrictionClassID": d_RestrictionClassID,
  "RoadRegulatorID": d_RoadRegulatorID,
  "RoadSegmentID": d_RoadSegmentID,
  "RoadwayCrownAngle": d_RoadwayCrownAngle,
  "RTCM_Revision": d_RTCM_Revision,
  "RTCMmessage": d_RTCMmessage,
  "Scale_B12": d_Scale_B12,
  "SecondOfTime": d_SecondOfTime,
  "SegmentAttributeLL": d_SegmentAttributeLL,
  "SegmentAttributeXY": d_SegmentAttributeXY,
  "SemiMajorAxisAccuracy": d_SemiMajorAxisAccuracy,
  "SemiMajorAxisOrientation": d_SemiMajorAxisOrientation,
  "SemiMinorAxisAccuracy": d_SemiMinorAxisAccuracy,
  "SignalGroupID": d_SignalGroupID,
  "SignalReqScheme": d_SignalReqScheme,
  "SignPrority": d_SignPrority,
  "SirenInUse": d_SirenInUse,
  "SpeedAdvice": d_SpeedAdvice,
  "SpeedConfidence": d_SpeedConfidence,
  "SpeedLimitType": d_SpeedLimitType,
  "SpeedProfileMeasurement": d_SpeedProfileMeasurement,
  "Speed": d_Speed,
  "SSPindex": d_SSPindex,
  "StabilityControlStatus": d_StabilityControlStatus,
  "StationID": d_StationID,
  "SteeringWheelAngleConfidence": d_SteeringWheelAngleConfidence,
  "SteeringWheelAngleRateOfChange": d_SteeringWheelAngleRateOfChange,
  "SteeringWheelAngle": d_SteeringWheelAngle,
  "SunSensor": d_SunSensor,
  "TemporaryID": d_TemporaryID,
  "TermDistance": d_TermDistance,
  "TermTime": d_TermTime,
  "ThrottleConfidence": d_ThrottleConfidence,
  "ThrottlePosition": d_ThrottlePosition,
  "TimeConfidence": d_TimeConfidence,
  "TimeIntervalConfidence": d_TimeIntervalConfidence,
  "TimeMark": d_TimeMark,
  "TimeOffset": d_TimeOffset,
  "TractionControlStatus": d_TractionControlStatus,
  "TrailerMass": d_TrailerMass,
  "TransitStatus": d_TransitStatus,
  "TransitVehicleOccupancy": d_TransitVehicleOccupancy,
  "TransitVehicleStatus": d_TransitVehicleStatus,
  "TransmissionState": d_TransmissionState,
  "TravelerInfoType": d_TravelerInfoType,
  "UniqueMSGID": d_UniqueMSGID,
  "URL_Base": d_URL_Base,
  "URL_Link": d_URL_Link,
  "URL_Short": d_URL_Short,
  "UserSizeAndBehaviour": d_UserSizeAndBehaviour,
  "VehicleEventFlags": d_VehicleEventFlags,
  "VehicleHeight": d_VehicleHeight,
  "VehicleLength": d_VehicleLength,
  "VehicleMass": d_VehicleMass,
  "VehicleStatusDeviceTypeTag": d_VehicleStatusDeviceTypeTag,
  "VehicleType": d_VehicleType,
  "VehicleWidth": d_VehicleWidth,
  "Velocity": d_Velocity,
  "VerticalAccelerationThreshold": d_VerticalAccelerationThreshold,
  "VerticalAcceleration": d_VerticalAcceleration,
  "VertOffset_B07": d_VertOffset_B07,
  "VertOffset_B08": d_VertOffset_B08,
  "VertOffset_B09": d_VertOffset_B09,
  "VertOffset_B10": d_VertOffset_B10,
  "VertOffset_B11": d_VertOffset_B11,
  "VertOffset_B12": d_VertOffset_B12,
  "VINstring": d_VINstring,
  "WaitOnStopline": d_WaitOnStopline,
  "WiperRate": d_WiperRate,
  "WiperStatus": d_WiperStatus,
  "YawRateConfidence": d_YawRateConfidence,
  "YawRate": d_YawRate,
  "ZoneLength": d_ZoneLength,
  "Zoom": d_Zoom,
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
  "EssMobileFriction": d_EssMobileFriction,
  "EssPrecipRate": d_EssPrecipRate,
  "EssPrecipSituation": d_EssPrecipSituation,
  "EssPrecipYesNo": d_EssPrecipYesNo,
  "EssSolarRadiation": d_EssSolarRadiation,
  "GenericLocations": d_GenericLocations,
  "IncidentResponseEquipment": d_IncidentResponseEquipment,
  "ITIStext": d_ITIStext,
  "ResponderGroupAffected": d_ResponderGroupAffected,
  "VehicleGroupAffected": d_VehicleGroupAffected,
  "ITIScodesAndText": d_ITIScodesAndText,
  "ITIScodes": d_ITIScodes,
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
