// Generated from T/CSAE 53-2017 by asn1/compiler; do not edit.
// Value types: INTEGER -> number, OCTET STRING -> Uint8Array, BIT STRING -> BitString, CHOICE -> one-key object.

import type { BitString, UnknownAlternative, UnknownExtensions } from '../../runtime/values.js';

export interface BasicSafetyMessage {
  msgCnt: MsgCount;
  id: Uint8Array;
  secMark: DSecond;
  timeConfidence?: TimeConfidence;
  pos: Position3D;
  posAccuracy?: PositionalAccuracy;
  posConfidence?: PositionConfidenceSet;
  transmission: TransmissionState;
  speed: Speed;
  heading: Heading;
  angle?: SteeringWheelAngle;
  motionCfd?: MotionConfidenceSet;
  accelSet: AccelerationSet4Way;
  brakes: BrakeSystemStatus;
  size: VehicleSize;
  vehicleClass: VehicleClassification;
  safetyExt?: VehicleSafetyExtensions;
  emergencyExt?: VehicleEmergencyExtensions;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface AccelerationSet4Way {
  long: Acceleration;
  lat: Acceleration;
  vert: VerticalAcceleration;
  yaw: YawRate;
}

export type Acceleration = number;

export type VerticalAcceleration = number;

export type YawRate = number;

export type Speed = number;

export type Heading = number;

export type CoarseHeading = number;

export type SteeringWheelAngle = number;

export interface MotionConfidenceSet {
  speedCfd?: SpeedConfidence;
  headingCfd?: HeadingConfidence;
  steerCfd?: SteeringWheelAngleConfidence;
}

export type HeadingConfidence = "unavailable" | "prec10deg" | "prec05deg" | "prec01deg" | "prec0-1deg" | "prec0-05deg" | "prec0-01deg" | "prec0-0125deg";

export type SpeedConfidence = "unavailable" | "prec100ms" | "prec10ms" | "prec5ms" | "prec1ms" | "prec0-1ms" | "prec0-05ms" | "prec0-01ms";

export type SteeringWheelAngleConfidence = "unavailable" | "prec2deg" | "prec1deg" | "prec0-02deg";

export type Latitude = number;

export type Longitude = number;

export type Elevation = number;

export interface PositionConfidenceSet {
  pos: PositionConfidence;
  elevation?: ElevationConfidence;
}

export type PositionConfidence = "unavailable" | "a500m" | "a200m" | "a100m" | "a50m" | "a20m" | "a10m" | "a5m" | "a2m" | "a1m" | "a50cm" | "a20cm" | "a10cm" | "a5cm" | "a2cm" | "a1cm";

export type ElevationConfidence = "unavailable" | "elev-500-00" | "elev-200-00" | "elev-100-00" | "elev-050-00" | "elev-020-00" | "elev-010-00" | "elev-005-00" | "elev-002-00" | "elev-001-00" | "elev-000-50" | "elev-000-20" | "elev-000-10" | "elev-000-05" | "elev-000-02" | "elev-000-01";

export interface Position3D {
  lat: Latitude;
  long: Longitude;
  elevation?: Elevation;
}

export type SemiMajorAxisAccuracy = number;

export type SemiMinorAxisAccuracy = number;

export type SemiMajorAxisOrientation = number;

export interface PositionalAccuracy {
  semiMajor: SemiMajorAxisAccuracy;
  semiMinor: SemiMinorAxisAccuracy;
  orientation: SemiMajorAxisOrientation;
}

export interface PositionOffsetLLV {
  offsetLL: PositionOffsetLL;
  offsetV?: VerticalOffset;
}

export type OffsetLL_B12 = number;

export type OffsetLL_B14 = number;

export type OffsetLL_B16 = number;

export type OffsetLL_B18 = number;

export type OffsetLL_B22 = number;

export type OffsetLL_B24 = number;

export interface Position_LL_24B {
  lon: OffsetLL_B12;
  lat: OffsetLL_B12;
}

export interface Position_LL_28B {
  lon: OffsetLL_B14;
  lat: OffsetLL_B14;
}

export interface Position_LL_32B {
  lon: OffsetLL_B16;
  lat: OffsetLL_B16;
}

export interface Position_LL_36B {
  lon: OffsetLL_B18;
  lat: OffsetLL_B18;
}

export interface Position_LL_44B {
  lon: OffsetLL_B22;
  lat: OffsetLL_B22;
}

export interface Position_LL_48B {
  lon: OffsetLL_B24;
  lat: OffsetLL_B24;
}

export interface Position_LLmD_64b {
  lon: Longitude;
  lat: Latitude;
}

export type PositionOffsetLL = { "position-LL1": Position_LL_24B; "position-LL2"?: never; "position-LL3"?: never; "position-LL4"?: never; "position-LL5"?: never; "position-LL6"?: never; "position-LatLon"?: never }
  | { "position-LL2": Position_LL_28B; "position-LL1"?: never; "position-LL3"?: never; "position-LL4"?: never; "position-LL5"?: never; "position-LL6"?: never; "position-LatLon"?: never }
  | { "position-LL3": Position_LL_32B; "position-LL1"?: never; "position-LL2"?: never; "position-LL4"?: never; "position-LL5"?: never; "position-LL6"?: never; "position-LatLon"?: never }
  | { "position-LL4": Position_LL_36B; "position-LL1"?: never; "position-LL2"?: never; "position-LL3"?: never; "position-LL5"?: never; "position-LL6"?: never; "position-LatLon"?: never }
  | { "position-LL5": Position_LL_44B; "position-LL1"?: never; "position-LL2"?: never; "position-LL3"?: never; "position-LL4"?: never; "position-LL6"?: never; "position-LatLon"?: never }
  | { "position-LL6": Position_LL_48B; "position-LL1"?: never; "position-LL2"?: never; "position-LL3"?: never; "position-LL4"?: never; "position-LL5"?: never; "position-LatLon"?: never }
  | { "position-LatLon": Position_LLmD_64b; "position-LL1"?: never; "position-LL2"?: never; "position-LL3"?: never; "position-LL4"?: never; "position-LL5"?: never; "position-LL6"?: never };

export type VerticalOffset = { offset1: VertOffset_B07; offset2?: never; offset3?: never; offset4?: never; offset5?: never; offset6?: never; elevation?: never }
  | { offset2: VertOffset_B08; offset1?: never; offset3?: never; offset4?: never; offset5?: never; offset6?: never; elevation?: never }
  | { offset3: VertOffset_B09; offset1?: never; offset2?: never; offset4?: never; offset5?: never; offset6?: never; elevation?: never }
  | { offset4: VertOffset_B10; offset1?: never; offset2?: never; offset3?: never; offset5?: never; offset6?: never; elevation?: never }
  | { offset5: VertOffset_B11; offset1?: never; offset2?: never; offset3?: never; offset4?: never; offset6?: never; elevation?: never }
  | { offset6: VertOffset_B12; offset1?: never; offset2?: never; offset3?: never; offset4?: never; offset5?: never; elevation?: never }
  | { elevation: Elevation; offset1?: never; offset2?: never; offset3?: never; offset4?: never; offset5?: never; offset6?: never };

export type VertOffset_B07 = number;

export type VertOffset_B08 = number;

export type VertOffset_B09 = number;

export type VertOffset_B10 = number;

export type VertOffset_B11 = number;

export type VertOffset_B12 = number;

export type DSecond = number;

export type DYear = number;

export type DMonth = number;

export type DDay = number;

export type DHour = number;

export type DMinute = number;

export type DTimeOffset = number;

export interface DDateTime {
  year?: DYear;
  month?: DMonth;
  day?: DDay;
  hour?: DHour;
  minute?: DMinute;
  second?: DSecond;
  offset?: DTimeOffset;
}

export type MinuteOfTheYear = number;

export type TimeMark = number;

export type TimeOffset = number;

export type TimeConfidence = "unavailable" | "time-100-000" | "time-050-000" | "time-020-000" | "time-010-000" | "time-002-000" | "time-001-000" | "time-000-500" | "time-000-200" | "time-000-100" | "time-000-050" | "time-000-020" | "time-000-010" | "time-000-005" | "time-000-002" | "time-000-001" | "time-000-000-5" | "time-000-000-2" | "time-000-000-1" | "time-000-000-05" | "time-000-000-02" | "time-000-000-01" | "time-000-000-005" | "time-000-000-002" | "time-000-000-001" | "time-000-000-000-5" | "time-000-000-000-2" | "time-000-000-000-1" | "time-000-000-000-05" | "time-000-000-000-02" | "time-000-000-000-01" | "time-000-000-000-005" | "time-000-000-000-002" | "time-000-000-000-001" | "time-000-000-000-000-5" | "time-000-000-000-000-2" | "time-000-000-000-000-1" | "time-000-000-000-000-05" | "time-000-000-000-000-02" | "time-000-000-000-000-01";

export interface MapData {
  msgCnt: MsgCount;
  timeStamp?: MinuteOfTheYear;
  nodes: NodeList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type LaneList = Lane[];

export interface Lane {
  laneID: LaneID;
  laneWidth?: LaneWidth;
  laneAttributes?: LaneAttributes;
  maneuvers?: AllowedManeuvers;
  connectsTo?: ConnectsToList;
  speedLimits?: SpeedLimitList;
  points?: PointList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type LaneID = number;

export type LaneWidth = number;

export type ConnectsToList = Connection[];

export interface Connection {
  remoteIntersection: NodeReferenceID;
  connectingLane?: ConnectingLane;
  phaseId?: PhaseID;
}

export interface ConnectingLane {
  lane: LaneID;
  maneuver?: AllowedManeuvers;
}

export type AllowedManeuvers = BitString;

/** Bit numbers of AllowedManeuvers. */
export const AllowedManeuvers = { maneuverStraightAllowed: 0, maneuverLeftAllowed: 1, maneuverRightAllowed: 2, maneuverUTurnAllowed: 3, maneuverLeftTurnOnRedAllowed: 4, maneuverRightTurnOnRedAllowed: 5, maneuverLaneChangeAllowed: 6, maneuverNoStoppingAllowed: 7, yieldAllwaysRequired: 8, goWithHalt: 9, caution: 10, reserved1: 11 } as const;

export interface LaneAttributes {
  shareWith?: LaneSharing;
  laneType: LaneTypeAttributes;
}

export type LaneSharing = BitString;

/** Bit numbers of LaneSharing. */
export const LaneSharing = { overlappingLaneDescriptionProvided: 0, multipleLanesTreatedAsOneLane: 1, otherNonMotorizedTrafficTypes: 2, individualMotorizedVehicleTraffic: 3, busVehicleTraffic: 4, taxiVehicleTraffic: 5, pedestriansTraffic: 6, cyclistVehicleTraffic: 7, trackedVehicleTraffic: 8, pedestrianTraffic: 9 } as const;

export type LaneTypeAttributes = { vehicle: LaneAttributes_Vehicle; crosswalk?: never; bikeLane?: never; sidewalk?: never; median?: never; striping?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { crosswalk: LaneAttributes_Crosswalk; vehicle?: never; bikeLane?: never; sidewalk?: never; median?: never; striping?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { bikeLane: LaneAttributes_Bike; vehicle?: never; crosswalk?: never; sidewalk?: never; median?: never; striping?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { sidewalk: LaneAttributes_Sidewalk; vehicle?: never; crosswalk?: never; bikeLane?: never; median?: never; striping?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { median: LaneAttributes_Barrier; vehicle?: never; crosswalk?: never; bikeLane?: never; sidewalk?: never; striping?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { striping: LaneAttributes_Striping; vehicle?: never; crosswalk?: never; bikeLane?: never; sidewalk?: never; median?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { trackedVehicle: LaneAttributes_TrackedVehicle; vehicle?: never; crosswalk?: never; bikeLane?: never; sidewalk?: never; median?: never; striping?: never; parking?: never; $ext?: never }
  | { parking: LaneAttributes_Parking; vehicle?: never; crosswalk?: never; bikeLane?: never; sidewalk?: never; median?: never; striping?: never; trackedVehicle?: never; $ext?: never }
  | { $ext: UnknownAlternative; vehicle?: never; crosswalk?: never; bikeLane?: never; sidewalk?: never; median?: never; striping?: never; trackedVehicle?: never; parking?: never };

export type LaneAttributes_Vehicle = BitString;

/** Bit numbers of LaneAttributes-Vehicle. */
export const LaneAttributes_Vehicle = { isVehicleRevocableLane: 0, isVehicleFlyOverLane: 1, hovLaneUseOnly: 2, restrictedToBusUse: 3, restrictedToTaxiUse: 4, restrictedFromPublicUse: 5, hasIRbeaconCoverage: 6, permissionOnRequest: 7 } as const;

export type LaneAttributes_Crosswalk = BitString;

/** Bit numbers of LaneAttributes-Crosswalk. */
export const LaneAttributes_Crosswalk = { crosswalkRevocableLane: 0, bicyleUseAllowed: 1, isXwalkFlyOverLane: 2, fixedCycleTime: 3, biDirectionalCycleTimes: 4, hasPushToWalkButton: 5, audioSupport: 6, rfSignalRequestPresent: 7, unsignalizedSegmentsPresent: 8 } as const;

export type LaneAttributes_Bike = BitString;

/** Bit numbers of LaneAttributes-Bike. */
export const LaneAttributes_Bike = { bikeRevocableLane: 0, pedestrianUseAllowed: 1, isBikeFlyOverLane: 2, fixedCycleTime: 3, biDirectionalCycleTimes: 4, isolatedByBarrier: 5, unsignalizedSegmentsPresent: 6 } as const;

export type LaneAttributes_Sidewalk = BitString;

/** Bit numbers of LaneAttributes-Sidewalk. */
export const LaneAttributes_Sidewalk = { "sidewalk-RevocableLane": 0, bicyleUseAllowed: 1, isSidewalkFlyOverLane: 2, walkBikes: 3 } as const;

export type LaneAttributes_Barrier = BitString;

/** Bit numbers of LaneAttributes-Barrier. */
export const LaneAttributes_Barrier = { "median-RevocableLane": 0, median: 1, whiteLineHashing: 2, stripedLines: 3, doubleStripedLines: 4, trafficCones: 5, constructionBarrier: 6, trafficChannels: 7, lowCurbs: 8, highCurbs: 9 } as const;

export type LaneAttributes_Striping = BitString;

/** Bit numbers of LaneAttributes-Striping. */
export const LaneAttributes_Striping = { stripeToConnectingLanesRevocableLane: 0, stripeDrawOnLeft: 1, stripeDrawOnRight: 2, stripeToConnectingLanesLeft: 3, stripeToConnectingLanesRight: 4, stripeToConnectingLanesAhead: 5 } as const;

export type LaneAttributes_TrackedVehicle = BitString;

/** Bit numbers of LaneAttributes-TrackedVehicle. */
export const LaneAttributes_TrackedVehicle = { "spec-RevocableLane": 0, "spec-commuterRailRoadTrack": 1, "spec-lightRailRoadTrack": 2, "spec-heavyRailRoadTrack": 3, "spec-otherRailType": 4 } as const;

export type LaneAttributes_Parking = BitString;

/** Bit numbers of LaneAttributes-Parking. */
export const LaneAttributes_Parking = { parkingRevocableLane: 0, parallelParkingInUse: 1, headInParkingInUse: 2, doNotParkZone: 3, parkingForBusUse: 4, parkingForTaxiUse: 5, noPublicParkingUse: 6 } as const;

export type LinkList = Link[];

export interface Link {
  name?: DescriptiveName;
  upstreamNodeId: NodeReferenceID;
  speedLimits?: SpeedLimitList;
  linkWidth?: LaneWidth;
  points?: PointList;
  movements?: MovementList;
  lanes: LaneList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type MovementList = Movement[];

export interface Movement {
  remoteIntersection: NodeReferenceID;
  phaseId?: PhaseID;
}

export type NodeList = Node[];

export interface Node {
  name?: DescriptiveName;
  id: NodeReferenceID;
  refPos: Position3D;
  inLinks?: LinkList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type DescriptiveName = string;

export interface NodeReferenceID {
  region?: RoadRegulatorID;
  id: NodeID;
}

export type RoadRegulatorID = number;

export type NodeID = number;

export type PointList = RoadPoint[];

export interface RoadPoint {
  posOffset: PositionOffsetLLV;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type SpeedLimitList = RegulatorySpeedLimit[];

export interface RegulatorySpeedLimit {
  type: SpeedLimitType;
  speed: Speed;
}

export type SpeedLimitType = "unknown" | "maxSpeedInSchoolZone" | "maxSpeedInSchoolZoneWhenChildrenArePresent" | "maxSpeedInConstructionZone" | "vehicleMinSpeed" | "vehicleMaxSpeed" | "vehicleNightMaxSpeed" | "truckMinSpeed" | "truckMaxSpeed" | "truckNightMaxSpeed" | "vehiclesWithTrailersMinSpeed" | "vehiclesWithTrailersMaxSpeed" | "vehiclesWithTrailersNightMaxSpeed" | number;

export type MessageFrame = { bsmFrame: BasicSafetyMessage; mapFrame?: never; rsmFrame?: never; spatFrame?: never; rsiFrame?: never; $ext?: never }
  | { mapFrame: MapData; bsmFrame?: never; rsmFrame?: never; spatFrame?: never; rsiFrame?: never; $ext?: never }
  | { rsmFrame: RoadsideSafetyMessage; bsmFrame?: never; mapFrame?: never; spatFrame?: never; rsiFrame?: never; $ext?: never }
  | { spatFrame: SPAT; bsmFrame?: never; mapFrame?: never; rsmFrame?: never; rsiFrame?: never; $ext?: never }
  | { rsiFrame: RoadSideInformation; bsmFrame?: never; mapFrame?: never; rsmFrame?: never; spatFrame?: never; $ext?: never }
  | { $ext: UnknownAlternative; bsmFrame?: never; mapFrame?: never; rsmFrame?: never; spatFrame?: never; rsiFrame?: never };

export type MsgCount = number;

export interface RoadSideInformation {
  msgCnt: MsgCount;
  moy?: MinuteOfTheYear;
  id: Uint8Array;
  refPos: Position3D;
  rtes?: RTEList;
  rtss?: RTSList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RTEList = RTEData[];

export interface RTEData {
  rteId: number;
  eventType: EventType;
  eventSource: EventSource;
  eventPos?: PositionOffsetLLV;
  eventRadius?: Radius;
  description?: Description;
  timeDetails?: RSITimeDetails;
  priority?: RSIPriority;
  referencePaths?: ReferencePathList;
  referenceLinks?: ReferenceLinkList;
  eventConfidence?: Confidence;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type EventSource = "unknown" | "police" | "government" | "meteorological" | "internet" | "detection" | number;

export type EventType = number;

export interface RSITimeDetails {
  startTime?: MinuteOfTheYear;
  endTime?: MinuteOfTheYear;
  endTimeConfidence?: TimeConfidence;
}

export type ReferencePathList = ReferencePath[];

export interface ReferencePath {
  activePath: PathPointList;
  pathRadius: Radius;
}

export type RTSList = RTSData[];

export interface RTSData {
  rtsId: number;
  signType: SignType;
  signPos?: PositionOffsetLLV;
  description?: Description;
  timeDetails?: RSITimeDetails;
  priority?: RSIPriority;
  referencePaths?: ReferencePathList;
  referenceLinks?: ReferenceLinkList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type Description = { textString: string; textGB2312?: never }
  | { textGB2312: Uint8Array; textString?: never };

export type ReferenceLinkList = ReferenceLink[];

export interface ReferenceLink {
  upstreamNodeId: NodeReferenceID;
  downstreamNodeId: NodeReferenceID;
  referenceLanes?: ReferenceLanes;
}

export type ReferenceLanes = BitString;

/** Bit numbers of ReferenceLanes. */
export const ReferenceLanes = { reserved: 0, lane1: 1, lane2: 2, lane3: 3, lane4: 4, lane5: 5, lane6: 6, lane7: 7, lane8: 8, lane9: 9, lane10: 10, lane11: 11, lane12: 12, lane13: 13, lane14: 14, lane15: 15 } as const;

export type SignType = number;

export type PathPointList = PositionOffsetLLV[];

export type Radius = number;

export type RSIPriority = Uint8Array;

export interface RoadsideSafetyMessage {
  msgCnt: MsgCount;
  id: Uint8Array;
  refPos: Position3D;
  participants: ParticipantList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ParticipantList = ParticipantData[];

export interface ParticipantData {
  ptcType: ParticipantType;
  ptcId: number;
  source: SourceType;
  id?: Uint8Array;
  secMark: DSecond;
  pos: PositionOffsetLLV;
  posConfidence: PositionConfidenceSet;
  transmission?: TransmissionState;
  speed: Speed;
  heading: Heading;
  angle?: SteeringWheelAngle;
  motionCfd?: MotionConfidenceSet;
  accelSet?: AccelerationSet4Way;
  size: VehicleSize;
  vehicleClass?: VehicleClassification;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ParticipantType = "unknown" | "motor" | "non-motor" | "pedestrian" | "rsu" | number;

export type SourceType = "unknown" | "selfinfo" | "v2x" | "video" | "microwaveRadar" | "loop" | "lidar" | "integrated" | number;

export type IntersectionStateList = IntersectionState[];

export interface IntersectionState {
  intersectionId: NodeReferenceID;
  status: IntersectionStatusObject;
  moy?: MinuteOfTheYear;
  timeStamp?: DSecond;
  timeConfidence?: TimeConfidence;
  phases: PhaseList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type IntersectionStatusObject = BitString;

/** Bit numbers of IntersectionStatusObject. */
export const IntersectionStatusObject = { manualControlIsEnabled: 0, stopTimeIsActivated: 1, failureFlash: 2, preemptIsActive: 3, signalPriorityIsActive: 4, fixedTimeOperation: 5, trafficDependentOperation: 6, standbyOperation: 7, failureMode: 8, off: 9, recentMAPmessageUpdate: 10, recentChangeInMAPassignedLanesIDsUsed: 11, noValidMAPisAvailableAtThisTime: 12, noValidSPATisAvailableAtThisTime: 13 } as const;

export type PhaseList = Phase[];

export interface Phase {
  id: PhaseID;
  phaseStates: PhaseStateList;
}

export type PhaseStateList = PhaseState[];

export interface PhaseState {
  light: LightState;
  timing?: TimeChangeDetails;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type LightState = "unavailable" | "dark" | "flashing-red" | "red" | "flashing-green" | "permissive-green" | "protected-green" | "yellow" | "flashing-yellow" | number;

export type TimeChangeDetails = { counting: TimeCountingDown; utcTiming?: never; $ext?: never }
  | { utcTiming: UTCTiming; counting?: never; $ext?: never }
  | { $ext: UnknownAlternative; counting?: never; utcTiming?: never };

export interface UTCTiming {
  startUTCTime: TimeMark;
  minEndUTCTime?: TimeMark;
  maxEndUTCTime?: TimeMark;
  likelyEndUTCTime: TimeMark;
  timeConfidence?: Confidence;
  nextStartUTCTime?: TimeMark;
  nextEndUTCTime?: TimeMark;
}

export interface TimeCountingDown {
  startTime: TimeMark;
  minEndTime?: TimeMark;
  maxEndTime?: TimeMark;
  likelyEndTime: TimeMark;
  timeConfidence?: Confidence;
  nextStartTime?: TimeMark;
  nextDuration?: TimeMark;
}

export type PhaseID = number;

export interface SPAT {
  msgCnt: MsgCount;
  moy?: MinuteOfTheYear;
  timeStamp?: DSecond;
  name?: DescriptiveName;
  intersections: IntersectionStateList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface BrakeSystemStatus {
  brakePadel?: BrakePedalStatus;
  wheelBrakes?: BrakeAppliedStatus;
  traction?: TractionControlStatus;
  abs?: AntiLockBrakeStatus;
  scs?: StabilityControlStatus;
  brakeBoost?: BrakeBoostApplied;
  auxBrakes?: AuxiliaryBrakeStatus;
}

export type BrakePedalStatus = "unavailable" | "off" | "on";

export type BrakeAppliedStatus = BitString;

/** Bit numbers of BrakeAppliedStatus. */
export const BrakeAppliedStatus = { unavailable: 0, leftFront: 1, leftRear: 2, rightFront: 3, rightRear: 4 } as const;

export type BrakeBoostApplied = "unavailable" | "off" | "on";

export type TractionControlStatus = "unavailable" | "off" | "on" | "engaged";

export type AntiLockBrakeStatus = "unavailable" | "off" | "on" | "engaged";

export type StabilityControlStatus = "unavailable" | "off" | "on" | "engaged";

export type AuxiliaryBrakeStatus = "unavailable" | "off" | "on" | "reserved";

export interface VehicleClassification {
  classification: BasicVehicleClass;
  fuelType?: FuelType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type BasicVehicleClass = number;

export type FuelType = number;

export interface VehicleEmergencyExtensions {
  responseType?: ResponseType;
  sirenUse?: SirenInUse;
  lightsUse?: LightbarInUse;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ResponseType = "notInUseOrNotEquipped" | "emergency" | "nonEmergency" | "pursuit" | "stationary" | "slowMoving" | "stopAndGoMovement" | number;

export type SirenInUse = "unavailable" | "notInUse" | "inUse" | "reserved";

export type LightbarInUse = "unavailable" | "notInUse" | "inUse" | "yellowCautionLights" | "schooldBusLights" | "arrowSignsActive" | "slowMovingVehicle" | "freqStops";

export interface VehicleSafetyExtensions {
  events?: VehicleEventFlags;
  pathHistory?: PathHistory;
  pathPrediction?: PathPrediction;
  lights?: ExteriorLights;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface PathHistory {
  initialPosition?: FullPositionVector;
  currGNSSstatus?: GNSSstatus;
  crumbData: PathHistoryPointList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface FullPositionVector {
  utcTime?: DDateTime;
  pos: Position3D;
  heading?: Heading;
  transmission?: TransmissionState;
  speed?: Speed;
  posAccuracy?: PositionalAccuracy;
  posConficence?: PositionConfidenceSet;
  timeConfidence?: TimeConfidence;
  motionCfd?: MotionConfidenceSet;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type GNSSstatus = BitString;

/** Bit numbers of GNSSstatus. */
export const GNSSstatus = { unavailable: 0, isHealthy: 1, isMonitored: 2, baseStationType: 3, aPDOPofUnder5: 4, inViewOfUnder5: 5, localCorrectionsPresent: 6, networkCorrectionsPresent: 7 } as const;

export type PathHistoryPointList = PathHistoryPoint[];

export interface PathHistoryPoint {
  llvOffset: PositionOffsetLLV;
  timeOffset: TimeOffset;
  speed?: Speed;
  posAccuracy?: PositionConfidenceSet;
  heading?: CoarseHeading;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface PathPrediction {
  radiusOfCurve: RadiusOfCurvature;
  confidence: Confidence;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type Confidence = number;

export type RadiusOfCurvature = number;

export interface VehicleSize {
  width: VehicleWidth;
  length: VehicleLength;
  height?: VehicleHeight;
}

export type VehicleWidth = number;

export type VehicleLength = number;

export type VehicleHeight = number;

export type TransmissionState = "neutral" | "park" | "forwardGears" | "reverseGears" | "reserved1" | "reserved2" | "reserved3" | "unavailable";

export type VehicleEventFlags = BitString;

/** Bit numbers of VehicleEventFlags. */
export const VehicleEventFlags = { eventHazardLights: 0, eventStopLineViolation: 1, eventABSactivated: 2, eventTractionControlLoss: 3, eventStabilityControlactivated: 4, eventHazardousMaterials: 5, eventReserved1: 6, eventHardBraking: 7, eventLightsChanged: 8, eventWipersChanged: 9, eventFlatTire: 10, eventDisabledVehicle: 11, eventAirBagDeployment: 12 } as const;

export type ExteriorLights = BitString;

/** Bit numbers of ExteriorLights. */
export const ExteriorLights = { lowBeamHeadlightsOn: 0, highBeamHeadlightsOn: 1, leftTurnSignalOn: 2, rightTurnSignalOn: 3, hazardSignalOn: 4, automaticLightControlOn: 5, daytimeRunningLightsOn: 6, fogLightOn: 7, parkingLightsOn: 8 } as const;

/** Every named type of the edition, by name. */
export interface Types {
  BasicSafetyMessage: BasicSafetyMessage;
  AccelerationSet4Way: AccelerationSet4Way;
  Acceleration: Acceleration;
  VerticalAcceleration: VerticalAcceleration;
  YawRate: YawRate;
  Speed: Speed;
  Heading: Heading;
  CoarseHeading: CoarseHeading;
  SteeringWheelAngle: SteeringWheelAngle;
  MotionConfidenceSet: MotionConfidenceSet;
  HeadingConfidence: HeadingConfidence;
  SpeedConfidence: SpeedConfidence;
  SteeringWheelAngleConfidence: SteeringWheelAngleConfidence;
  Latitude: Latitude;
  Longitude: Longitude;
  Elevation: Elevation;
  PositionConfidenceSet: PositionConfidenceSet;
  PositionConfidence: PositionConfidence;
  ElevationConfidence: ElevationConfidence;
  Position3D: Position3D;
  SemiMajorAxisAccuracy: SemiMajorAxisAccuracy;
  SemiMinorAxisAccuracy: SemiMinorAxisAccuracy;
  SemiMajorAxisOrientation: SemiMajorAxisOrientation;
  PositionalAccuracy: PositionalAccuracy;
  PositionOffsetLLV: PositionOffsetLLV;
  OffsetLL_B12: OffsetLL_B12;
  OffsetLL_B14: OffsetLL_B14;
  OffsetLL_B16: OffsetLL_B16;
  OffsetLL_B18: OffsetLL_B18;
  OffsetLL_B22: OffsetLL_B22;
  OffsetLL_B24: OffsetLL_B24;
  Position_LL_24B: Position_LL_24B;
  Position_LL_28B: Position_LL_28B;
  Position_LL_32B: Position_LL_32B;
  Position_LL_36B: Position_LL_36B;
  Position_LL_44B: Position_LL_44B;
  Position_LL_48B: Position_LL_48B;
  Position_LLmD_64b: Position_LLmD_64b;
  PositionOffsetLL: PositionOffsetLL;
  VerticalOffset: VerticalOffset;
  VertOffset_B07: VertOffset_B07;
  VertOffset_B08: VertOffset_B08;
  VertOffset_B09: VertOffset_B09;
  VertOffset_B10: VertOffset_B10;
  VertOffset_B11: VertOffset_B11;
  VertOffset_B12: VertOffset_B12;
  DSecond: DSecond;
  DYear: DYear;
  DMonth: DMonth;
  DDay: DDay;
  DHour: DHour;
  DMinute: DMinute;
  DTimeOffset: DTimeOffset;
  DDateTime: DDateTime;
  MinuteOfTheYear: MinuteOfTheYear;
  TimeMark: TimeMark;
  TimeOffset: TimeOffset;
  TimeConfidence: TimeConfidence;
  MapData: MapData;
  LaneList: LaneList;
  Lane: Lane;
  LaneID: LaneID;
  LaneWidth: LaneWidth;
  ConnectsToList: ConnectsToList;
  Connection: Connection;
  ConnectingLane: ConnectingLane;
  AllowedManeuvers: AllowedManeuvers;
  LaneAttributes: LaneAttributes;
  LaneSharing: LaneSharing;
  LaneTypeAttributes: LaneTypeAttributes;
  LaneAttributes_Vehicle: LaneAttributes_Vehicle;
  LaneAttributes_Crosswalk: LaneAttributes_Crosswalk;
  LaneAttributes_Bike: LaneAttributes_Bike;
  LaneAttributes_Sidewalk: LaneAttributes_Sidewalk;
  LaneAttributes_Barrier: LaneAttributes_Barrier;
  LaneAttributes_Striping: LaneAttributes_Striping;
  LaneAttributes_TrackedVehicle: LaneAttributes_TrackedVehicle;
  LaneAttributes_Parking: LaneAttributes_Parking;
  LinkList: LinkList;
  Link: Link;
  MovementList: MovementList;
  Movement: Movement;
  NodeList: NodeList;
  Node: Node;
  DescriptiveName: DescriptiveName;
  NodeReferenceID: NodeReferenceID;
  RoadRegulatorID: RoadRegulatorID;
  NodeID: NodeID;
  PointList: PointList;
  RoadPoint: RoadPoint;
  SpeedLimitList: SpeedLimitList;
  RegulatorySpeedLimit: RegulatorySpeedLimit;
  SpeedLimitType: SpeedLimitType;
  MessageFrame: MessageFrame;
  MsgCount: MsgCount;
  RoadSideInformation: RoadSideInformation;
  RTEList: RTEList;
  RTEData: RTEData;
  EventSource: EventSource;
  EventType: EventType;
  RSITimeDetails: RSITimeDetails;
  ReferencePathList: ReferencePathList;
  ReferencePath: ReferencePath;
  RTSList: RTSList;
  RTSData: RTSData;
  Description: Description;
  ReferenceLinkList: ReferenceLinkList;
  ReferenceLink: ReferenceLink;
  ReferenceLanes: ReferenceLanes;
  SignType: SignType;
  PathPointList: PathPointList;
  Radius: Radius;
  RSIPriority: RSIPriority;
  RoadsideSafetyMessage: RoadsideSafetyMessage;
  ParticipantList: ParticipantList;
  ParticipantData: ParticipantData;
  ParticipantType: ParticipantType;
  SourceType: SourceType;
  IntersectionStateList: IntersectionStateList;
  IntersectionState: IntersectionState;
  IntersectionStatusObject: IntersectionStatusObject;
  PhaseList: PhaseList;
  Phase: Phase;
  PhaseStateList: PhaseStateList;
  PhaseState: PhaseState;
  LightState: LightState;
  TimeChangeDetails: TimeChangeDetails;
  UTCTiming: UTCTiming;
  TimeCountingDown: TimeCountingDown;
  PhaseID: PhaseID;
  SPAT: SPAT;
  BrakeSystemStatus: BrakeSystemStatus;
  BrakePedalStatus: BrakePedalStatus;
  BrakeAppliedStatus: BrakeAppliedStatus;
  BrakeBoostApplied: BrakeBoostApplied;
  TractionControlStatus: TractionControlStatus;
  AntiLockBrakeStatus: AntiLockBrakeStatus;
  StabilityControlStatus: StabilityControlStatus;
  AuxiliaryBrakeStatus: AuxiliaryBrakeStatus;
  VehicleClassification: VehicleClassification;
  BasicVehicleClass: BasicVehicleClass;
  FuelType: FuelType;
  VehicleEmergencyExtensions: VehicleEmergencyExtensions;
  ResponseType: ResponseType;
  SirenInUse: SirenInUse;
  LightbarInUse: LightbarInUse;
  VehicleSafetyExtensions: VehicleSafetyExtensions;
  PathHistory: PathHistory;
  FullPositionVector: FullPositionVector;
  GNSSstatus: GNSSstatus;
  PathHistoryPointList: PathHistoryPointList;
  PathHistoryPoint: PathHistoryPoint;
  PathPrediction: PathPrediction;
  Confidence: Confidence;
  RadiusOfCurvature: RadiusOfCurvature;
  VehicleSize: VehicleSize;
  VehicleWidth: VehicleWidth;
  VehicleLength: VehicleLength;
  VehicleHeight: VehicleHeight;
  TransmissionState: TransmissionState;
  VehicleEventFlags: VehicleEventFlags;
  ExteriorLights: ExteriorLights;
}
