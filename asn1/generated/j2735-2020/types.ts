// Generated from SAE J2735 2020 (J2735_202007) by asn1/compiler; do not edit.
// Value types: INTEGER -> number, OCTET STRING -> Uint8Array, BIT STRING -> BitString, CHOICE -> one-key object.

import type { BitString, UnknownAlternative, UnknownExtensions } from '../../runtime/values.js';

export type AddGrpB_Angle = number;

export type Day = number;

export type DayOfWeek = "unknown" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday";

export type DegreesLat = number;

export type DegreesLong = number;

export type AddGrpB_Elevation = number;

export type Holiday = "weekday" | "holiday";

export type Hour = number;

export type LatitudeDMS = number;

export type LongitudeDMS = number;

export type MaxTimetoChange = number;

export type MinTimetoChange = number;

export type Minute = number;

export type MinutesAngle = number;

export type Month = number;

export type AddGrpB_MsgCount = number;

export type Second = number;

export type SecondsAngle = number;

export type SummerTime = "notInSummerTime" | "inSummerTime";

export type TenthSecond = number;

export type TimeRemaining = number;

export type Year = number;

export interface LatitudeDMS2 {
  d: DegreesLat;
  m: MinutesAngle;
  s: SecondsAngle;
}

export interface LongitudeDMS2 {
  d: DegreesLong;
  m: MinutesAngle;
  s: SecondsAngle;
}

export interface Node_LLdms_48b {
  lon: LongitudeDMS;
  lat: LatitudeDMS;
}

export interface Node_LLdms_80b {
  lon: LongitudeDMS2;
  lat: LatitudeDMS2;
}

export interface LaneDataAttribute_addGrpB {
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface MovementEvent_addGrpB {
  startTime?: TimeRemaining;
  minEndTime: MinTimetoChange;
  maxEndTime?: MaxTimetoChange;
  likelyTime?: TimeRemaining;
  confidence?: TimeIntervalConfidence;
  nextTime?: TimeRemaining;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NodeOffsetPointXY_addGrpB = { posA: Node_LLdms_48b; posB?: never; $ext?: never }
  | { posB: Node_LLdms_80b; posA?: never; $ext?: never }
  | { $ext: UnknownAlternative; posA?: never; posB?: never };

export interface Position3D_addGrpB {
  latitude: LatitudeDMS2;
  longitude: LongitudeDMS2;
  elevation: AddGrpB_Elevation;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface AddGrpB_TimeMark {
  year: Year;
  month: Month;
  day: Day;
  summerTime: SummerTime;
  holiday: Holiday;
  dayofWeek: DayOfWeek;
  hour: Hour;
  minute: Minute;
  second: Second;
  tenthSecond: TenthSecond;
}

export type AltitudeConfidence = "alt-000-01" | "alt-000-02" | "alt-000-05" | "alt-000-10" | "alt-000-20" | "alt-000-50" | "alt-001-00" | "alt-002-00" | "alt-005-00" | "alt-010-00" | "alt-020-00" | "alt-050-00" | "alt-100-00" | "alt-200-00" | "outOfRange" | "unavailable";

export type AltitudeValue = number;

export type EmissionType = "typeA" | "typeB" | "typeC" | "typeD" | "typeE" | number;

export interface Altitude {
  value: AltitudeValue;
  confidence: AltitudeConfidence;
}

export interface PrioritizationResponse {
  stationID: StationID;
  priorState: PrioritizationResponseStatus;
  signalGroup: SignalGroupID;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type PrioritizationResponseList = PrioritizationResponse[];

export interface ConnectionManeuverAssist_addGrpC {
  vehicleToLanePositions: VehicleToLanePositionList;
  rsuDistanceFromAnchor?: NodeOffsetPointXY;
}

export interface IntersectionState_addGrpC {
  activePrioritizations?: PrioritizationResponseList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface MapData_addGrpC {
  signalHeadLocations?: SignalHeadLocationList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface Position3D_addGrpC {
  altitude: Altitude;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RestrictionUserType_addGrpC {
  emission?: EmissionType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface SignalHeadLocation {
  node: NodeOffsetPointXY;
  signalGroupID: SignalGroupID;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type SignalHeadLocationList = SignalHeadLocation[];

export interface VehicleToLanePosition {
  stationID: StationID;
  laneID: LaneID;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type VehicleToLanePositionList = VehicleToLanePosition[];

export interface BasicSafetyMessage {
  coreData: BSMcoreData;
  partII?: PartIIcontent[];
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type PartII_Id = number;

export interface DisabledVehicle {
  statusDetails: number;
  locationDetails?: GenericLocations;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface EventDescription {
  typeEvent: ITIScodes;
  description?: ITIScodes[];
  priority?: Priority;
  heading?: HeadingSlice;
  extent?: Extent;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ObstacleDetection {
  obDist: ObstacleDistance;
  obDirect: ObstacleDirection;
  description?: number;
  locationDetails?: GenericLocations;
  dateTime: DDateTime;
  vertEvent?: VerticalAccelerationThreshold;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface PivotPointDescription {
  pivotOffset: Offset_B11;
  pivotAngle: Angle;
  pivots: PivotingAllowed;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RTCMPackage {
  rtcmHeader?: RTCMheader;
  msgs: RTCMmessageList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface SpecialVehicleExtensions {
  vehicleAlerts?: EmergencyDetails;
  description?: EventDescription;
  trailers?: TrailerData;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type SpeedProfileMeasurementList = SpeedProfileMeasurement[];

export interface SpeedProfile {
  speedReports: SpeedProfileMeasurementList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface SupplementalVehicleExtensions {
  classification?: BasicVehicleClass;
  classDetails?: VehicleClassification;
  vehicleData?: VehicleData;
  weatherReport?: WeatherReport;
  weatherProbe?: WeatherProbe;
  obstacle?: ObstacleDetection;
  status?: DisabledVehicle;
  speedProfile?: SpeedProfile;
  theRTCM?: RTCMPackage;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TrailerData {
  notUsed: SSPindex;
  connection: PivotPointDescription;
  units: TrailerUnitDescriptionList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TrailerHistoryPointList = TrailerHistoryPoint[];

export interface TrailerHistoryPoint {
  pivotAngle: Angle;
  timeOffset: TimeOffset;
  positionOffset: Node_XY_24b;
  elevationOffset?: VertOffset_B07;
  heading?: CoarseHeading;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TrailerUnitDescriptionList = TrailerUnitDescription[];

export interface TrailerUnitDescription {
  isDolly: IsDolly;
  width: VehicleWidth;
  length: VehicleLength;
  height?: VehicleHeight;
  mass?: TrailerMass;
  bumperHeights?: BumperHeights;
  centerOfGravity?: VehicleHeight;
  frontPivot: PivotPointDescription;
  rearPivot?: PivotPointDescription;
  rearWheelOffset?: Offset_B12;
  positionOffset: Node_XY_24b;
  elevationOffset?: VertOffset_B07;
  crumbData?: TrailerHistoryPointList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface VehicleData {
  height?: VehicleHeight;
  bumpers?: BumperHeights;
  mass?: VehicleMass;
  trailerWeight?: TrailerWeight;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface WeatherProbe {
  airTemp?: AmbientAirTemperature;
  airPressure?: AmbientAirPressure;
  rainRates?: WiperSet;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface WeatherReport {
  isRaining: EssPrecipYesNo;
  rainRate?: EssPrecipRate;
  precipSituation?: EssPrecipSituation;
  solarRadiation?: EssSolarRadiation;
  friction?: EssMobileFriction;
  roadFriction?: CoefficientOfFriction;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type IsDolly = boolean;

export type ObstacleDirection = Angle;

export type PivotingAllowed = boolean;

export type SpeedProfileMeasurement = GrossSpeed;

export type TrailerMass = number;

export type VertOffset_B07 = number;

export interface AccelerationSet4Way {
  long: Acceleration;
  lat: Acceleration;
  vert: VerticalAcceleration;
  yaw: YawRate;
}

export interface AntennaOffsetSet {
  antOffsetX: Offset_B12;
  antOffsetY: Offset_B09;
  antOffsetZ: Offset_B10;
}

export interface BrakeSystemStatus {
  wheelBrakes: BrakeAppliedStatus;
  traction: TractionControlStatus;
  abs: AntiLockBrakeStatus;
  scs: StabilityControlStatus;
  brakeBoost: BrakeBoostApplied;
  auxBrakes: AuxiliaryBrakeStatus;
}

export interface BSMcoreData {
  msgCnt: MsgCount;
  id: TemporaryID;
  secMark: DSecond;
  lat: Latitude;
  long: Longitude;
  elev: Elevation;
  accuracy: PositionalAccuracy;
  transmission: TransmissionState;
  speed: Speed;
  heading: Heading;
  angle: SteeringWheelAngle;
  accelSet: AccelerationSet4Way;
  brakes: BrakeSystemStatus;
  size: VehicleSize;
}

export interface BumperHeights {
  front: BumperHeight;
  rear: BumperHeight;
}

export interface ComputedLane {
  referenceLaneId: LaneID;
  offsetXaxis: { small: DrivenLineOffsetSm; large?: never }
    | { large: DrivenLineOffsetLg; small?: never };
  offsetYaxis: { small: DrivenLineOffsetSm; large?: never }
    | { large: DrivenLineOffsetLg; small?: never };
  rotateXY?: Angle;
  scaleXaxis?: Scale_B12;
  scaleYaxis?: Scale_B12;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface DDate {
  year: DYear;
  month: DMonth;
  day: DDay;
}

export interface DDateTime {
  year?: DYear;
  month?: DMonth;
  day?: DDay;
  hour?: DHour;
  minute?: DMinute;
  second?: DSecond;
  offset?: DOffset;
}

export interface DFullTime {
  year: DYear;
  month: DMonth;
  day: DDay;
  hour: DHour;
  minute: DMinute;
}

export interface DMonthDay {
  month: DMonth;
  day: DDay;
}

export interface DTime {
  hour: DHour;
  minute: DMinute;
  second: DSecond;
  offset?: DOffset;
}

export interface DYearMonth {
  year: DYear;
  month: DMonth;
}

export interface EmergencyDetails {
  notUsed: SSPindex;
  sirenUse: SirenInUse;
  lightsUse: LightbarInUse;
  multi: MultiVehicleResponse;
  events?: PrivilegedEvents;
  responseType?: ResponseType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface FullPositionVector {
  utcTime?: DDateTime;
  long: Longitude;
  lat: Latitude;
  elevation?: Elevation;
  heading?: Heading;
  speed?: TransmissionAndSpeed;
  posAccuracy?: PositionalAccuracy;
  timeConfidence?: TimeConfidence;
  posConfidence?: PositionConfidenceSet;
  speedConfidence?: SpeedandHeadingandThrottleConfidence;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface Header {
  year?: DYear;
  timeStamp?: MinuteOfTheYear;
  secMark?: DSecond;
  msgIssueRevision?: MsgCount;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type IntersectionAccessPoint = { lane: LaneID; approach?: never; connection?: never; $ext?: never }
  | { approach: ApproachID; lane?: never; connection?: never; $ext?: never }
  | { connection: LaneConnectionID; lane?: never; approach?: never; $ext?: never }
  | { $ext: UnknownAlternative; lane?: never; approach?: never; connection?: never };

export interface IntersectionReferenceID {
  region?: RoadRegulatorID;
  id: IntersectionID;
}

export type LaneDataAttribute = { pathEndPointAngle: DeltaAngle; laneCrownPointCenter?: never; laneCrownPointLeft?: never; laneCrownPointRight?: never; laneAngle?: never; speedLimits?: never; regional?: never; $ext?: never }
  | { laneCrownPointCenter: RoadwayCrownAngle; pathEndPointAngle?: never; laneCrownPointLeft?: never; laneCrownPointRight?: never; laneAngle?: never; speedLimits?: never; regional?: never; $ext?: never }
  | { laneCrownPointLeft: RoadwayCrownAngle; pathEndPointAngle?: never; laneCrownPointCenter?: never; laneCrownPointRight?: never; laneAngle?: never; speedLimits?: never; regional?: never; $ext?: never }
  | { laneCrownPointRight: RoadwayCrownAngle; pathEndPointAngle?: never; laneCrownPointCenter?: never; laneCrownPointLeft?: never; laneAngle?: never; speedLimits?: never; regional?: never; $ext?: never }
  | { laneAngle: MergeDivergeNodeAngle; pathEndPointAngle?: never; laneCrownPointCenter?: never; laneCrownPointLeft?: never; laneCrownPointRight?: never; speedLimits?: never; regional?: never; $ext?: never }
  | { speedLimits: SpeedLimitList; pathEndPointAngle?: never; laneCrownPointCenter?: never; laneCrownPointLeft?: never; laneCrownPointRight?: never; laneAngle?: never; regional?: never; $ext?: never }
  | { regional: RegionalExtension_Reg_LaneDataAttribute[]; pathEndPointAngle?: never; laneCrownPointCenter?: never; laneCrownPointLeft?: never; laneCrownPointRight?: never; laneAngle?: never; speedLimits?: never; $ext?: never }
  | { $ext: UnknownAlternative; pathEndPointAngle?: never; laneCrownPointCenter?: never; laneCrownPointLeft?: never; laneCrownPointRight?: never; laneAngle?: never; speedLimits?: never; regional?: never };

export type LaneDataAttributeList = LaneDataAttribute[];

export interface Node_LLmD_64b {
  lon: Longitude;
  lat: Latitude;
}

export interface Node_XY_20b {
  x: Offset_B10;
  y: Offset_B10;
}

export interface Node_XY_22b {
  x: Offset_B11;
  y: Offset_B11;
}

export interface Node_XY_24b {
  x: Offset_B12;
  y: Offset_B12;
}

export interface Node_XY_26b {
  x: Offset_B13;
  y: Offset_B13;
}

export interface Node_XY_28b {
  x: Offset_B14;
  y: Offset_B14;
}

export interface Node_XY_32b {
  x: Offset_B16;
  y: Offset_B16;
}

export interface NodeAttributeSetXY {
  localNode?: NodeAttributeXYList;
  disabled?: SegmentAttributeXYList;
  enabled?: SegmentAttributeXYList;
  data?: LaneDataAttributeList;
  dWidth?: Offset_B10;
  dElevation?: Offset_B10;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NodeAttributeXYList = NodeAttributeXY[];

export type NodeListXY = { nodes: NodeSetXY; computed?: never; $ext?: never }
  | { computed: ComputedLane; nodes?: never; $ext?: never }
  | { $ext: UnknownAlternative; nodes?: never; computed?: never };

export type NodeOffsetPointXY = { "node-XY1": Node_XY_20b; "node-XY2"?: never; "node-XY3"?: never; "node-XY4"?: never; "node-XY5"?: never; "node-XY6"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-XY2": Node_XY_22b; "node-XY1"?: never; "node-XY3"?: never; "node-XY4"?: never; "node-XY5"?: never; "node-XY6"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-XY3": Node_XY_24b; "node-XY1"?: never; "node-XY2"?: never; "node-XY4"?: never; "node-XY5"?: never; "node-XY6"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-XY4": Node_XY_26b; "node-XY1"?: never; "node-XY2"?: never; "node-XY3"?: never; "node-XY5"?: never; "node-XY6"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-XY5": Node_XY_28b; "node-XY1"?: never; "node-XY2"?: never; "node-XY3"?: never; "node-XY4"?: never; "node-XY6"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-XY6": Node_XY_32b; "node-XY1"?: never; "node-XY2"?: never; "node-XY3"?: never; "node-XY4"?: never; "node-XY5"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-LatLon": Node_LLmD_64b; "node-XY1"?: never; "node-XY2"?: never; "node-XY3"?: never; "node-XY4"?: never; "node-XY5"?: never; "node-XY6"?: never; regional?: never }
  | { regional: RegionalExtension_Reg_NodeOffsetPointXY; "node-XY1"?: never; "node-XY2"?: never; "node-XY3"?: never; "node-XY4"?: never; "node-XY5"?: never; "node-XY6"?: never; "node-LatLon"?: never };

export type NodeSetXY = NodeXY[];

export interface NodeXY {
  delta: NodeOffsetPointXY;
  attributes?: NodeAttributeSetXY;
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

export type PathHistoryPointList = PathHistoryPoint[];

export interface PathHistoryPoint {
  latOffset: OffsetLL_B18;
  lonOffset: OffsetLL_B18;
  elevationOffset: VertOffset_B12;
  timeOffset: TimeOffset;
  speed?: Speed;
  posAccuracy?: PositionalAccuracy;
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

export interface Position3D {
  lat: Latitude;
  long: Longitude;
  elevation?: Elevation;
  regional?: RegionalExtension_Reg_Position3D[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface PositionalAccuracy {
  semiMajor: SemiMajorAxisAccuracy;
  semiMinor: SemiMinorAxisAccuracy;
  orientation: SemiMajorAxisOrientation;
}

export interface PositionConfidenceSet {
  pos: PositionConfidence;
  elevation: ElevationConfidence;
}

export interface PrivilegedEvents {
  notUsed: SSPindex;
  event: PrivilegedEventFlags;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RegulatorySpeedLimit {
  type: SpeedLimitType;
  speed: Velocity;
}

export interface RequestorType {
  role: BasicVehicleRole;
  subrole?: RequestSubRole;
  request?: RequestImportanceLevel;
  iso3883?: Iso3833VehicleType;
  hpmsType?: VehicleType;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RoadSegmentReferenceID {
  region?: RoadRegulatorID;
  id: RoadSegmentID;
}

export interface RTCMheader {
  status: GNSSstatus;
  offsetSet: AntennaOffsetSet;
}

export type RTCMmessageList = RTCMmessage[];

export type SegmentAttributeXYList = SegmentAttributeXY[];

export interface SpeedandHeadingandThrottleConfidence {
  heading: HeadingConfidence;
  speed: SpeedConfidence;
  throttle: ThrottleConfidence;
}

export type SpeedLimitList = RegulatorySpeedLimit[];

export interface TransmissionAndSpeed {
  transmisson: TransmissionState;
  speed: Velocity;
}

export interface VehicleClassification {
  keyType?: BasicVehicleClass;
  role?: BasicVehicleRole;
  iso3883?: Iso3833VehicleType;
  hpmsType?: VehicleType;
  vehicleType?: VehicleGroupAffected;
  responseEquip?: IncidentResponseEquipment;
  responderType?: ResponderGroupAffected;
  fuelType?: FuelType;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type VehicleID = { entityID: TemporaryID; stationID?: never }
  | { stationID: StationID; entityID?: never };

export interface VehicleSafetyExtensions {
  events?: VehicleEventFlags;
  pathHistory?: PathHistory;
  pathPrediction?: PathPrediction;
  lights?: ExteriorLights;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface VehicleSize {
  width: VehicleWidth;
  length: VehicleLength;
}

export type VerticalOffset = { offset1: VertOffset_B07; offset2?: never; offset3?: never; offset4?: never; offset5?: never; offset6?: never; elevation?: never; regional?: never }
  | { offset2: VertOffset_B08; offset1?: never; offset3?: never; offset4?: never; offset5?: never; offset6?: never; elevation?: never; regional?: never }
  | { offset3: VertOffset_B09; offset1?: never; offset2?: never; offset4?: never; offset5?: never; offset6?: never; elevation?: never; regional?: never }
  | { offset4: VertOffset_B10; offset1?: never; offset2?: never; offset3?: never; offset5?: never; offset6?: never; elevation?: never; regional?: never }
  | { offset5: VertOffset_B11; offset1?: never; offset2?: never; offset3?: never; offset4?: never; offset6?: never; elevation?: never; regional?: never }
  | { offset6: VertOffset_B12; offset1?: never; offset2?: never; offset3?: never; offset4?: never; offset5?: never; elevation?: never; regional?: never }
  | { elevation: Elevation; offset1?: never; offset2?: never; offset3?: never; offset4?: never; offset5?: never; offset6?: never; regional?: never }
  | { regional: RegionalExtension; offset1?: never; offset2?: never; offset3?: never; offset4?: never; offset5?: never; offset6?: never; elevation?: never };

export interface WiperSet {
  statusFront: WiperStatus;
  rateFront: WiperRate;
  statusRear?: WiperStatus;
  rateRear?: WiperRate;
}

export type Acceleration = number;

export type AmbientAirPressure = number;

export type AmbientAirTemperature = number;

export type Angle = number;

export type AntiLockBrakeStatus = "unavailable" | "off" | "on" | "engaged";

export type ApproachID = number;

export type AuxiliaryBrakeStatus = "unavailable" | "off" | "on" | "reserved";

export type BasicVehicleClass = number;

export type BasicVehicleRole = "basicVehicle" | "publicTransport" | "specialTransport" | "dangerousGoods" | "roadWork" | "roadRescue" | "emergency" | "safetyCar" | "none-unknown" | "truck" | "motorcycle" | "roadSideSource" | "police" | "fire" | "ambulance" | "dot" | "transit" | "slowMoving" | "stopNgo" | "cyclist" | "pedestrian" | "nonMotorized" | "military" | number;

export type BrakeAppliedStatus = BitString;

/** Bit numbers of BrakeAppliedStatus. */
export const BrakeAppliedStatus = { unavailable: 0, leftFront: 1, leftRear: 2, rightFront: 3, rightRear: 4 } as const;

export type BrakeBoostApplied = "unavailable" | "off" | "on";

export type BumperHeight = number;

export type CoarseHeading = number;

export type CodeWord = Uint8Array;

export type CoefficientOfFriction = number;

export type Confidence = number;

export type Count = number;

export type DDay = number;

export type DeltaAngle = number;

export type DescriptiveName = string;

export type DHour = number;

export type DMinute = number;

export type DMonth = number;

export type DOffset = number;

export type DrivenLineOffsetLg = number;

export type DrivenLineOffsetSm = number;

export type DSecond = number;

export type Duration = number;

export type DYear = number;

export type ElevationConfidence = "unavailable" | "elev-500-00" | "elev-200-00" | "elev-100-00" | "elev-050-00" | "elev-020-00" | "elev-010-00" | "elev-005-00" | "elev-002-00" | "elev-001-00" | "elev-000-50" | "elev-000-20" | "elev-000-10" | "elev-000-05" | "elev-000-02" | "elev-000-01";

export type Elevation = number;

export type Extent = "useInstantlyOnly" | "useFor3meters" | "useFor10meters" | "useFor50meters" | "useFor100meters" | "useFor500meters" | "useFor1000meters" | "useFor5000meters" | "useFor10000meters" | "useFor50000meters" | "useFor100000meters" | "useFor500000meters" | "useFor1000000meters" | "useFor5000000meters" | "useFor10000000meters" | "forever";

export type ExteriorLights = BitString;

/** Bit numbers of ExteriorLights. */
export const ExteriorLights = { lowBeamHeadlightsOn: 0, highBeamHeadlightsOn: 1, leftTurnSignalOn: 2, rightTurnSignalOn: 3, hazardSignalOn: 4, automaticLightControlOn: 5, daytimeRunningLightsOn: 6, fogLightOn: 7, parkingLightsOn: 8 } as const;

export type FuelType = number;

export type FurtherInfoID = Uint8Array;

export type GNSSstatus = BitString;

/** Bit numbers of GNSSstatus. */
export const GNSSstatus = { unavailable: 0, isHealthy: 1, isMonitored: 2, baseStationType: 3, aPDOPofUnder5: 4, inViewOfUnder5: 5, localCorrectionsPresent: 6, networkCorrectionsPresent: 7 } as const;

export type GrossSpeed = number;

export type HeadingConfidence = "unavailable" | "prec10deg" | "prec05deg" | "prec01deg" | "prec0-1deg" | "prec0-05deg" | "prec0-01deg" | "prec0-0125deg";

export type Heading = number;

export type HeadingSlice = BitString;

/** Bit numbers of HeadingSlice. */
export const HeadingSlice = { "from000-0to022-5degrees": 0, "from022-5to045-0degrees": 1, "from045-0to067-5degrees": 2, "from067-5to090-0degrees": 3, "from090-0to112-5degrees": 4, "from112-5to135-0degrees": 5, "from135-0to157-5degrees": 6, "from157-5to180-0degrees": 7, "from180-0to202-5degrees": 8, "from202-5to225-0degrees": 9, "from225-0to247-5degrees": 10, "from247-5to270-0degrees": 11, "from270-0to292-5degrees": 12, "from292-5to315-0degrees": 13, "from315-0to337-5degrees": 14, "from337-5to360-0degrees": 15 } as const;

export type IntersectionID = number;

export type Iso3833VehicleType = number;

export type TrailerWeight = number;

export type LaneConnectionID = number;

export type LaneID = number;

export type LaneWidth = number;

export type Latitude = number;

export type LightbarInUse = "unavailable" | "notInUse" | "inUse" | "yellowCautionLights" | "schooldBusLights" | "arrowSignsActive" | "slowMovingVehicle" | "freqStops";

export type Longitude = number;

export type Location_quality = "loc-qual-bt1m" | "loc-qual-bt5m" | "loc-qual-bt12m" | "loc-qual-bt50m" | "loc-qual-bt125m" | "loc-qual-bt500m" | "loc-qual-bt1250m" | "loc-qual-unknown";

export type Location_tech = "loc-tech-unknown" | "loc-tech-GNSS" | "loc-tech-DGPS" | "loc-tech-RTK" | "loc-tech-PPP" | "loc-tech-drGPS" | "loc-tech-drDGPS" | "loc-tech-dr" | "loc-tech-nav" | "loc-tech-fault" | number;

export type MergeDivergeNodeAngle = number;

export type MessageBLOB = Uint8Array;

export type MinuteOfTheYear = number;

export type MsgCount = number;

export type MultiVehicleResponse = "unavailable" | "singleVehicle" | "multiVehicle" | "reserved";

export type NodeAttributeXY = "reserved" | "stopLine" | "roundedCapStyleA" | "roundedCapStyleB" | "mergePoint" | "divergePoint" | "downstreamStopLine" | "downstreamStartNode" | "closedToTraffic" | "safeIsland" | "curbPresentAtStepOff" | "hydrantPresent" | number;

export type ObstacleDistance = number;

export type Offset_B09 = number;

export type Offset_B10 = number;

export type Offset_B11 = number;

export type Offset_B12 = number;

export type Offset_B13 = number;

export type Offset_B14 = number;

export type Offset_B16 = number;

export type OffsetLL_B18 = number;

export type PayloadData = Uint8Array;

export type PositionConfidence = "unavailable" | "a500m" | "a200m" | "a100m" | "a50m" | "a20m" | "a10m" | "a5m" | "a2m" | "a1m" | "a50cm" | "a20cm" | "a10cm" | "a5cm" | "a2cm" | "a1cm";

export type PrioritizationResponseStatus = "unknown" | "requested" | "processing" | "watchOtherTraffic" | "granted" | "rejected" | "maxPresence" | "reserviceLocked" | number;

export type Priority = Uint8Array;

export type PrivilegedEventFlags = BitString;

/** Bit numbers of PrivilegedEventFlags. */
export const PrivilegedEventFlags = { peUnavailable: 0, peEmergencyResponse: 1, peEmergencyLightsActive: 2, peEmergencySoundActive: 3, peNonEmergencyLightsActive: 4, peNonEmergencySoundActive: 5 } as const;

export type RadiusOfCurvature = number;

export type RegionId = number;

export type RequestID = number;

export type RequestImportanceLevel = "requestImportanceLevelUnKnown" | "requestImportanceLevel1" | "requestImportanceLevel2" | "requestImportanceLevel3" | "requestImportanceLevel4" | "requestImportanceLevel5" | "requestImportanceLevel6" | "requestImportanceLevel7" | "requestImportanceLevel8" | "requestImportanceLevel9" | "requestImportanceLevel10" | "requestImportanceLevel11" | "requestImportanceLevel12" | "requestImportanceLevel13" | "requestImportanceLevel14" | "requestImportanceReserved";

export type RequestSubRole = "requestSubRoleUnKnown" | "requestSubRole1" | "requestSubRole2" | "requestSubRole3" | "requestSubRole4" | "requestSubRole5" | "requestSubRole6" | "requestSubRole7" | "requestSubRole8" | "requestSubRole9" | "requestSubRole10" | "requestSubRole11" | "requestSubRole12" | "requestSubRole13" | "requestSubRole14" | "requestSubRoleReserved";

export type ResponseType = "notInUseOrNotEquipped" | "emergency" | "nonEmergency" | "pursuit" | "stationary" | "slowMoving" | "stopAndGoMovement" | number;

export type RestrictionClassID = number;

export type RoadRegulatorID = number;

export type RoadSegmentID = number;

export type RoadwayCrownAngle = number;

export type RTCMmessage = Uint8Array;

export type Scale_B12 = number;

export type SegmentAttributeXY = "reserved" | "doNotBlock" | "whiteLine" | "mergingLaneLeft" | "mergingLaneRight" | "curbOnLeft" | "curbOnRight" | "loadingzoneOnLeft" | "loadingzoneOnRight" | "turnOutPointOnLeft" | "turnOutPointOnRight" | "adjacentParkingOnLeft" | "adjacentParkingOnRight" | "adjacentBikeLaneOnLeft" | "adjacentBikeLaneOnRight" | "sharedBikeLane" | "bikeBoxInFront" | "transitStopOnLeft" | "transitStopOnRight" | "transitStopInLane" | "sharedWithTrackedVehicle" | "safeIsland" | "lowCurbsPresent" | "rumbleStripPresent" | "audibleSignalingPresent" | "adaptiveTimingPresent" | "rfSignalRequestPresent" | "partialCurbIntrusion" | "taperToLeft" | "taperToRight" | "taperToCenterLine" | "parallelParking" | "headInParking" | "freeParking" | "timeRestrictionsOnParking" | "costToPark" | "midBlockCurbPresent" | "unEvenPavementPresent" | number;

export type SemiMajorAxisAccuracy = number;

export type SemiMajorAxisOrientation = number;

export type SemiMinorAxisAccuracy = number;

export type SignalGroupID = number;

export type SignalReqScheme = Uint8Array;

export type SirenInUse = "unavailable" | "notInUse" | "inUse" | "reserved";

export type SpeedConfidence = "unavailable" | "prec100ms" | "prec10ms" | "prec5ms" | "prec1ms" | "prec0-1ms" | "prec0-05ms" | "prec0-01ms";

export type SpeedLimitType = "unknown" | "maxSpeedInSchoolZone" | "maxSpeedInSchoolZoneWhenChildrenArePresent" | "maxSpeedInConstructionZone" | "vehicleMinSpeed" | "vehicleMaxSpeed" | "vehicleNightMaxSpeed" | "truckMinSpeed" | "truckMaxSpeed" | "truckNightMaxSpeed" | "vehiclesWithTrailersMinSpeed" | "vehiclesWithTrailersMaxSpeed" | "vehiclesWithTrailersNightMaxSpeed" | number;

export type Speed = number;

export type SSPindex = number;

export type StabilityControlStatus = "unavailable" | "off" | "on" | "engaged";

export type StationID = number;

export type SteeringWheelAngle = number;

export type TemporaryID = Uint8Array;

export type ThrottleConfidence = "unavailable" | "prec10percent" | "prec1percent" | "prec0-5percent";

export type TimeConfidence = "unavailable" | "time-100-000" | "time-050-000" | "time-020-000" | "time-010-000" | "time-002-000" | "time-001-000" | "time-000-500" | "time-000-200" | "time-000-100" | "time-000-050" | "time-000-020" | "time-000-010" | "time-000-005" | "time-000-002" | "time-000-001" | "time-000-000-5" | "time-000-000-2" | "time-000-000-1" | "time-000-000-05" | "time-000-000-02" | "time-000-000-01" | "time-000-000-005" | "time-000-000-002" | "time-000-000-001" | "time-000-000-000-5" | "time-000-000-000-2" | "time-000-000-000-1" | "time-000-000-000-05" | "time-000-000-000-02" | "time-000-000-000-01" | "time-000-000-000-005" | "time-000-000-000-002" | "time-000-000-000-001" | "time-000-000-000-000-5" | "time-000-000-000-000-2" | "time-000-000-000-000-1" | "time-000-000-000-000-05" | "time-000-000-000-000-02" | "time-000-000-000-000-01";

export type TimeOffset = number;

export type TractionControlStatus = "unavailable" | "off" | "on" | "engaged";

export type TransitStatus = BitString;

/** Bit numbers of TransitStatus. */
export const TransitStatus = { none: 0, anADAuse: 1, aBikeLoad: 2, doorOpen: 3, occM: 4, occL: 5 } as const;

export type TransmissionState = "neutral" | "park" | "forwardGears" | "reverseGears" | "reserved1" | "reserved2" | "reserved3" | "unavailable";

export type URL_Link = string;

export type VehicleEventFlags = BitString;

/** Bit numbers of VehicleEventFlags. */
export const VehicleEventFlags = { eventHazardLights: 0, eventStopLineViolation: 1, eventABSactivated: 2, eventTractionControlLoss: 3, eventStabilityControlactivated: 4, eventHazardousMaterials: 5, eventReserved1: 6, eventHardBraking: 7, eventLightsChanged: 8, eventWipersChanged: 9, eventFlatTire: 10, eventDisabledVehicle: 11, eventAirBagDeployment: 12 } as const;

export type VehicleHeight = number;

export type VehicleLength = number;

export type VehicleMass = number;

export type VehicleType = "none" | "unknown" | "special" | "moto" | "car" | "carOther" | "bus" | "axleCnt2" | "axleCnt3" | "axleCnt4" | "axleCnt4Trailer" | "axleCnt5Trailer" | "axleCnt6Trailer" | "axleCnt5MultiTrailer" | "axleCnt6MultiTrailer" | "axleCnt7MultiTrailer" | number;

export type VehicleWidth = number;

export type Velocity = number;

export type VerticalAccelerationThreshold = BitString;

/** Bit numbers of VerticalAccelerationThreshold. */
export const VerticalAccelerationThreshold = { notEquipped: 0, leftFront: 1, leftRear: 2, rightFront: 3, rightRear: 4 } as const;

export type VerticalAcceleration = number;

export type VertOffset_B08 = number;

export type VertOffset_B09 = number;

export type VertOffset_B10 = number;

export type VertOffset_B11 = number;

export type VertOffset_B12 = number;

export type WiperRate = number;

export type WiperStatus = "unavailable" | "off" | "intermittent" | "low" | "high" | "washerInUse" | "automaticPresent" | number;

export type YawRate = number;

export interface CommonSafetyRequest {
  timeStamp?: MinuteOfTheYear;
  msgCnt?: MsgCount;
  id?: TemporaryID;
  requests: RequestedItemList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RequestedItemList = RequestedItem[];

export type RequestedItem = "reserved" | "itemA" | "itemB" | "itemC" | "itemD" | "itemE" | "itemF" | "itemG" | "itemI" | "itemJ" | "itemK" | "itemL" | "itemM" | "itemN" | "itemO" | "itemP" | "itemQ" | number;

export interface EmergencyVehicleAlert {
  timeStamp?: MinuteOfTheYear;
  id?: TemporaryID;
  rsaMsg: RoadSideAlert;
  responseType?: ResponseType;
  details?: EmergencyDetails;
  mass?: VehicleMass;
  basicType?: VehicleType;
  vehicleType?: VehicleGroupAffected;
  responseEquip?: IncidentResponseEquipment;
  responderType?: ResponderGroupAffected;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type GenericLocations = "on-bridges" | "in-tunnels" | "entering-or-leaving-tunnels" | "on-ramps" | "in-road-construction-area" | "around-a-curve" | "on-minor-roads" | "in-the-opposing-lanes" | "adjacent-to-roadway" | "on-bend" | "entire-intersection" | "in-the-median" | "moved-to-side-of-road" | "moved-to-shoulder" | "on-the-roadway" | "in-shaded-areas" | "in-low-lying-areas" | "in-the-downtown-area" | "in-the-inner-city-area" | "in-parts" | "in-some-places" | "in-the-ditch" | "in-the-valley" | "on-hill-top" | "near-the-foothills" | "at-high-altitudes" | "near-the-lake" | "near-the-shore" | "over-the-crest-of-a-hill" | "other-than-on-the-roadway" | "near-the-beach" | "near-beach-access-point" | "lower-level" | "upper-level" | "airport" | "concourse" | "gate" | "baggage-claim" | "customs-point" | "station" | "platform" | "dock" | "depot" | "ev-charging-point" | "information-welcome-point" | "at-rest-area" | "at-service-area" | "at-weigh-station" | "picnic-areas" | "rest-area" | "service-stations" | "toilets" | "on-the-right" | "on-the-left" | "in-the-center" | "in-the-opposite-direction" | "cross-traffic" | "northbound-traffic" | "eastbound-traffic" | "southbound-traffic" | "westbound-traffic" | "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest" | "mountain-pass" | "reservation-center" | "nearby-basin" | "on-tracks" | "dip" | "traffic-circle" | "park-and-ride-lot" | "to" | "by" | "through" | "area-of" | "under" | "over" | "from" | "approaching" | "entering-at" | "exiting-at" | "across-tracks" | "in-street" | "on-curve" | "shoulder" | "crossover" | "cross-road" | "side-road" | "bus-stop" | "intersection" | "roadside-park" | number;

export type IncidentResponseEquipment = "ground-fire-suppression" | "heavy-ground-equipment" | "aircraft" | "marine-equipment" | "support-equipment" | "medical-rescue-unit" | "other" | "ground-fire-suppression-other" | "engine" | "truck-or-aerial" | "quint" | "tanker-pumper-combination" | "brush-truck" | "aircraft-rescue-firefighting" | "heavy-ground-equipment-other" | "dozer-or-plow" | "tractor" | "tanker-or-tender" | "aircraft-other" | "aircraft-fixed-wing-tanker" | "helitanker" | "helicopter" | "marine-equipment-other" | "fire-boat-with-pump" | "boat-no-pump" | "support-apparatus-other" | "breathing-apparatus-support" | "light-and-air-unit" | "medical-rescue-unit-other" | "rescue-unit" | "urban-search-rescue-unit" | "high-angle-rescue" | "crash-fire-rescue" | "bLS-unit" | "aLS-unit" | "mobile-command-post" | "chief-officer-car" | "hAZMAT-unit" | "type-i-hand-crew" | "type-ii-hand-crew" | "privately-owned-vehicle" | "other-apparatus-resource" | "ambulance" | "bomb-squad-van" | "combine-harvester" | "construction-vehicle" | "farm-tractor" | "grass-cutting-machines" | "hAZMAT-containment-tow" | "heavy-tow" | "hedge-cutting-machines" | "light-tow" | "mobile-crane" | "refuse-collection-vehicle" | "resurfacing-vehicle" | "road-sweeper" | "roadside-litter-collection-crews" | "salvage-vehicle" | "sand-truck" | "snowplow" | "steam-roller" | "swat-team-van" | "track-laying-vehicle" | "unknown-vehicle" | "white-lining-vehicle" | "dump-truck" | "supervisor-vehicle" | "snow-blower" | "rotary-snow-blower" | "road-grader" | "steam-truck" | "flatbed-tow" | number;

export type ITIStext = string;

export type ResponderGroupAffected = "emergency-vehicle-units" | "federal-law-enforcement-units" | "state-police-units" | "county-police-units" | "local-police-units" | "ambulance-units" | "rescue-units" | "fire-units" | "hAZMAT-units" | "light-tow-unit" | "heavy-tow-unit" | "freeway-service-patrols" | "transportation-response-units" | "private-contractor-response-units" | number;

export type VehicleGroupAffected = "all-vehicles" | "bicycles" | "motorcycles" | "cars" | "light-vehicles" | "cars-and-light-vehicles" | "cars-with-trailers" | "cars-with-recreational-trailers" | "vehicles-with-trailers" | "heavy-vehicles" | "trucks" | "buses" | "articulated-buses" | "school-buses" | "vehicles-with-semi-trailers" | "vehicles-with-double-trailers" | "high-profile-vehicles" | "wide-vehicles" | "long-vehicles" | "hazardous-loads" | "exceptional-loads" | "abnormal-loads" | "convoys" | "maintenance-vehicles" | "delivery-vehicles" | "vehicles-with-even-numbered-license-plates" | "vehicles-with-odd-numbered-license-plates" | "vehicles-with-parking-permits" | "vehicles-with-catalytic-converters" | "vehicles-without-catalytic-converters" | "gas-powered-vehicles" | "diesel-powered-vehicles" | "lPG-vehicles" | "military-convoys" | "military-vehicles" | number;

export type ITIScodesAndText = Array<{
  item: { itis: ITIScodes; text?: never }
    | { text: ITIStext; itis?: never };
}>;

export type ITIScodes = number;

export interface IntersectionCollision {
  msgCnt: MsgCount;
  id: TemporaryID;
  timeStamp?: MinuteOfTheYear;
  partOne?: BSMcoreData;
  path?: PathHistory;
  pathPrediction?: PathPrediction;
  intersectionID: IntersectionReferenceID;
  laneNumber: ApproachOrLane;
  eventFlag: VehicleEventFlags;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ApproachOrLane = { approach: ApproachID; lane?: never }
  | { lane: LaneID; approach?: never };

export interface MapData {
  timeStamp?: MinuteOfTheYear;
  msgIssueRevision: MsgCount;
  layerType?: LayerType;
  layerID?: LayerID;
  intersections?: IntersectionGeometryList;
  roadSegments?: RoadSegmentList;
  dataParameters?: DataParameters;
  restrictionList?: RestrictionClassList;
  regional?: RegionalExtension_Reg_MapData[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ConnectingLane {
  lane: LaneID;
  maneuver?: AllowedManeuvers;
}

export interface Connection {
  connectingLane: ConnectingLane;
  remoteIntersection?: IntersectionReferenceID;
  signalGroup?: SignalGroupID;
  userClass?: RestrictionClassID;
  connectionID?: LaneConnectionID;
}

export type ConnectsToList = Connection[];

export interface DataParameters {
  processMethod?: string;
  processAgency?: string;
  lastCheckedDate?: string;
  geoidUsed?: string;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface GenericLane {
  laneID: LaneID;
  name?: DescriptiveName;
  ingressApproach?: ApproachID;
  egressApproach?: ApproachID;
  laneAttributes: LaneAttributes;
  maneuvers?: AllowedManeuvers;
  nodeList: NodeListXY;
  connectsTo?: ConnectsToList;
  overlays?: OverlayLaneList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface IntersectionGeometry {
  name?: DescriptiveName;
  id: IntersectionReferenceID;
  revision: MsgCount;
  refPoint: Position3D;
  laneWidth?: LaneWidth;
  speedLimits?: SpeedLimitList;
  laneSet: LaneList;
  preemptPriorityData?: PreemptPriorityList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type IntersectionGeometryList = IntersectionGeometry[];

export interface LaneAttributes {
  directionalUse: LaneDirection;
  sharedWith: LaneSharing;
  laneType: LaneTypeAttributes;
  regional?: RegionalExtension;
}

export type LaneList = GenericLane[];

export type LaneTypeAttributes = { vehicle: LaneAttributes_Vehicle; crosswalk?: never; bikeLane?: never; sidewalk?: never; median?: never; striping?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { crosswalk: LaneAttributes_Crosswalk; vehicle?: never; bikeLane?: never; sidewalk?: never; median?: never; striping?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { bikeLane: LaneAttributes_Bike; vehicle?: never; crosswalk?: never; sidewalk?: never; median?: never; striping?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { sidewalk: LaneAttributes_Sidewalk; vehicle?: never; crosswalk?: never; bikeLane?: never; median?: never; striping?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { median: LaneAttributes_Barrier; vehicle?: never; crosswalk?: never; bikeLane?: never; sidewalk?: never; striping?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { striping: LaneAttributes_Striping; vehicle?: never; crosswalk?: never; bikeLane?: never; sidewalk?: never; median?: never; trackedVehicle?: never; parking?: never; $ext?: never }
  | { trackedVehicle: LaneAttributes_TrackedVehicle; vehicle?: never; crosswalk?: never; bikeLane?: never; sidewalk?: never; median?: never; striping?: never; parking?: never; $ext?: never }
  | { parking: LaneAttributes_Parking; vehicle?: never; crosswalk?: never; bikeLane?: never; sidewalk?: never; median?: never; striping?: never; trackedVehicle?: never; $ext?: never }
  | { $ext: UnknownAlternative; vehicle?: never; crosswalk?: never; bikeLane?: never; sidewalk?: never; median?: never; striping?: never; trackedVehicle?: never; parking?: never };

export type OverlayLaneList = LaneID[];

export type PreemptPriorityList = SignalControlZone[];

export interface SignalControlZone {
  zone: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RestrictionClassAssignment {
  id: RestrictionClassID;
  users: RestrictionUserTypeList;
}

export type RestrictionClassList = RestrictionClassAssignment[];

export type RestrictionUserTypeList = RestrictionUserType[];

export type RestrictionUserType = { basicType: RestrictionAppliesTo; regional?: never; $ext?: never }
  | { regional: RegionalExtension_Reg_RestrictionUserType[]; basicType?: never; $ext?: never }
  | { $ext: UnknownAlternative; basicType?: never; regional?: never };

export type RoadLaneSetList = GenericLane[];

export type RoadSegmentList = RoadSegment[];

export interface RoadSegment {
  name?: DescriptiveName;
  id: RoadSegmentReferenceID;
  revision: MsgCount;
  refPoint: Position3D;
  laneWidth?: LaneWidth;
  speedLimits?: SpeedLimitList;
  roadLaneSet: RoadLaneSetList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type AllowedManeuvers = BitString;

/** Bit numbers of AllowedManeuvers. */
export const AllowedManeuvers = { maneuverStraightAllowed: 0, maneuverLeftAllowed: 1, maneuverRightAllowed: 2, maneuverUTurnAllowed: 3, maneuverLeftTurnOnRedAllowed: 4, maneuverRightTurnOnRedAllowed: 5, maneuverLaneChangeAllowed: 6, maneuverNoStoppingAllowed: 7, yieldAllwaysRequired: 8, goWithHalt: 9, caution: 10, reserved1: 11 } as const;

export type LaneAttributes_Barrier = BitString;

/** Bit numbers of LaneAttributes-Barrier. */
export const LaneAttributes_Barrier = { "median-RevocableLane": 0, median: 1, whiteLineHashing: 2, stripedLines: 3, doubleStripedLines: 4, trafficCones: 5, constructionBarrier: 6, trafficChannels: 7, lowCurbs: 8, highCurbs: 9 } as const;

export type LaneAttributes_Bike = BitString;

/** Bit numbers of LaneAttributes-Bike. */
export const LaneAttributes_Bike = { bikeRevocableLane: 0, pedestrianUseAllowed: 1, isBikeFlyOverLane: 2, fixedCycleTime: 3, biDirectionalCycleTimes: 4, isolatedByBarrier: 5, unsignalizedSegmentsPresent: 6 } as const;

export type LaneAttributes_Crosswalk = BitString;

/** Bit numbers of LaneAttributes-Crosswalk. */
export const LaneAttributes_Crosswalk = { crosswalkRevocableLane: 0, bicyleUseAllowed: 1, isXwalkFlyOverLane: 2, fixedCycleTime: 3, biDirectionalCycleTimes: 4, hasPushToWalkButton: 5, audioSupport: 6, rfSignalRequestPresent: 7, unsignalizedSegmentsPresent: 8 } as const;

export type LaneAttributes_Parking = BitString;

/** Bit numbers of LaneAttributes-Parking. */
export const LaneAttributes_Parking = { parkingRevocableLane: 0, parallelParkingInUse: 1, headInParkingInUse: 2, doNotParkZone: 3, parkingForBusUse: 4, parkingForTaxiUse: 5, noPublicParkingUse: 6 } as const;

export type LaneAttributes_Sidewalk = BitString;

/** Bit numbers of LaneAttributes-Sidewalk. */
export const LaneAttributes_Sidewalk = { "sidewalk-RevocableLane": 0, bicyleUseAllowed: 1, isSidewalkFlyOverLane: 2, walkBikes: 3 } as const;

export type LaneAttributes_Striping = BitString;

/** Bit numbers of LaneAttributes-Striping. */
export const LaneAttributes_Striping = { stripeToConnectingLanesRevocableLane: 0, stripeDrawOnLeft: 1, stripeDrawOnRight: 2, stripeToConnectingLanesLeft: 3, stripeToConnectingLanesRight: 4, stripeToConnectingLanesAhead: 5 } as const;

export type LaneAttributes_TrackedVehicle = BitString;

/** Bit numbers of LaneAttributes-TrackedVehicle. */
export const LaneAttributes_TrackedVehicle = { "spec-RevocableLane": 0, "spec-commuterRailRoadTrack": 1, "spec-lightRailRoadTrack": 2, "spec-heavyRailRoadTrack": 3, "spec-otherRailType": 4 } as const;

export type LaneAttributes_Vehicle = BitString;

/** Bit numbers of LaneAttributes-Vehicle. */
export const LaneAttributes_Vehicle = { isVehicleRevocableLane: 0, isVehicleFlyOverLane: 1, hovLaneUseOnly: 2, restrictedToBusUse: 3, restrictedToTaxiUse: 4, restrictedFromPublicUse: 5, hasIRbeaconCoverage: 6, permissionOnRequest: 7 } as const;

export type LaneDirection = BitString;

/** Bit numbers of LaneDirection. */
export const LaneDirection = { ingressPath: 0, egressPath: 1 } as const;

export type LaneSharing = BitString;

/** Bit numbers of LaneSharing. */
export const LaneSharing = { overlappingLaneDescriptionProvided: 0, multipleLanesTreatedAsOneLane: 1, otherNonMotorizedTrafficTypes: 2, individualMotorizedVehicleTraffic: 3, busVehicleTraffic: 4, taxiVehicleTraffic: 5, pedestriansTraffic: 6, cyclistVehicleTraffic: 7, trackedVehicleTraffic: 8, reserved: 9 } as const;

export type LayerID = number;

export type LayerType = "none" | "mixedContent" | "generalMapData" | "intersectionData" | "curveData" | "roadwaySectionData" | "parkingAreaData" | "sharedLaneData" | number;

export type RestrictionAppliesTo = "none" | "equippedTransit" | "equippedTaxis" | "equippedOther" | "emissionCompliant" | "equippedBicycle" | "weightCompliant" | "heightCompliant" | "pedestrians" | "slowMovingPersons" | "wheelchairUsers" | "visualDisabilities" | "audioDisabilities" | "otherUnknownDisabilities" | number;

export interface MessageFrame {
  messageId: number;
  value: BasicSafetyMessage | MapData | SPAT | CommonSafetyRequest | EmergencyVehicleAlert | IntersectionCollision | NMEAcorrections | ProbeDataManagement | ProbeVehicleData | RoadSideAlert | RTCMcorrections | SignalRequestMessage | SignalStatusMessage | TravelerInformation | PersonalSafetyMessage | TestMessage00 | TestMessage01 | TestMessage02 | TestMessage03 | TestMessage04 | TestMessage05 | TestMessage06 | TestMessage07 | TestMessage08 | TestMessage09 | TestMessage10 | TestMessage11 | TestMessage12 | TestMessage13 | TestMessage14 | TestMessage15 | Uint8Array;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type DSRCmsgID = number;

export interface NMEAcorrections {
  timeStamp?: MinuteOfTheYear;
  rev?: NMEA_Revision;
  msg?: NMEA_MsgType;
  wdCount?: ObjectCount;
  payload: NMEA_Payload;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NMEA_MsgType = number;

export type NMEA_Payload = Uint8Array;

export type NMEA_Revision = "unknown" | "reserved" | "rev1" | "rev2" | "rev3" | "rev4" | "rev5" | number;

export type ObjectCount = number;

export type EssMobileFriction = number;

export type EssPrecipRate = number;

export type EssPrecipSituation = "other" | "unknown" | "noPrecipitation" | "unidentifiedSlight" | "unidentifiedModerate" | "unidentifiedHeavy" | "snowSlight" | "snowModerate" | "snowHeavy" | "rainSlight" | "rainModerate" | "rainHeavy" | "frozenPrecipitationSlight" | "frozenPrecipitationModerate" | "frozenPrecipitationHeavy";

export type EssPrecipYesNo = "precip" | "noPrecip" | "error";

export type EssSolarRadiation = number;

export interface PersonalSafetyMessage {
  basicType: PersonalDeviceUserType;
  secMark: DSecond;
  msgCnt: MsgCount;
  id: TemporaryID;
  position: Position3D;
  accuracy: PositionalAccuracy;
  speed: Velocity;
  heading: Heading;
  accelSet?: AccelerationSet4Way;
  pathHistory?: PathHistory;
  pathPrediction?: PathPrediction;
  propulsion?: PropelledInformation;
  useState?: PersonalDeviceUsageState;
  crossRequest?: PersonalCrossingRequest;
  crossState?: PersonalCrossingInProgress;
  clusterSize?: NumberOfParticipantsInCluster;
  clusterRadius?: PersonalClusterRadius;
  eventResponderType?: PublicSafetyEventResponderWorkerType;
  activityType?: PublicSafetyAndRoadWorkerActivity;
  activitySubType?: PublicSafetyDirectingTrafficSubType;
  assistType?: PersonalAssistive;
  sizing?: UserSizeAndBehaviour;
  attachment?: Attachment;
  attachmentRadius?: AttachmentRadius;
  animalType?: AnimalType;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type PropelledInformation = { human: HumanPropelledType; animal?: never; motor?: never; $ext?: never }
  | { animal: AnimalPropelledType; human?: never; motor?: never; $ext?: never }
  | { motor: MotorizedPropelledType; human?: never; animal?: never; $ext?: never }
  | { $ext: UnknownAlternative; human?: never; animal?: never; motor?: never };

export type AnimalPropelledType = "unavailable" | "otherTypes" | "animalMounted" | "animalDrawnCarriage" | number;

export type AnimalType = "unavailable" | "serviceUse" | "pet" | "farm" | number;

export type Attachment = "unavailable" | "stroller" | "bicycleTrailer" | "cart" | "wheelchair" | "otherWalkAssistAttachments" | "pet" | number;

export type AttachmentRadius = number;

export type MotorizedPropelledType = "unavailable" | "otherTypes" | "wheelChair" | "bicycle" | "scooter" | "selfBalancingDevice" | number;

export type NumberOfParticipantsInCluster = "unavailable" | "small" | "medium" | "large" | number;

export type HumanPropelledType = "unavailable" | "otherTypes" | "onFoot" | "skateboard" | "pushOrKickScooter" | "wheelchair" | number;

export type PersonalAssistive = BitString;

/** Bit numbers of PersonalAssistive. */
export const PersonalAssistive = { unavailable: 0, otherType: 1, vision: 2, hearing: 3, movement: 4, cognition: 5 } as const;

export type PersonalClusterRadius = number;

export type PersonalCrossingInProgress = boolean;

export type PersonalCrossingRequest = boolean;

export type PersonalDeviceUsageState = BitString;

/** Bit numbers of PersonalDeviceUsageState. */
export const PersonalDeviceUsageState = { unavailable: 0, other: 1, idle: 2, listeningToAudio: 3, typing: 4, calling: 5, playingGames: 6, reading: 7, viewing: 8 } as const;

export type PersonalDeviceUserType = "unavailable" | "aPEDESTRIAN" | "aPEDALCYCLIST" | "aPUBLICSAFETYWORKER" | "anANIMAL" | number;

export type PublicSafetyAndRoadWorkerActivity = BitString;

/** Bit numbers of PublicSafetyAndRoadWorkerActivity. */
export const PublicSafetyAndRoadWorkerActivity = { unavailable: 0, workingOnRoad: 1, settingUpClosures: 2, respondingToEvents: 3, directingTraffic: 4, otherActivities: 5 } as const;

export type PublicSafetyDirectingTrafficSubType = BitString;

/** Bit numbers of PublicSafetyDirectingTrafficSubType. */
export const PublicSafetyDirectingTrafficSubType = { unavailable: 0, policeAndTrafficOfficers: 1, trafficControlPersons: 2, railroadCrossingGuards: 3, civilDefenseNationalGuardMilitaryPolice: 4, emergencyOrganizationPersonnel: 5, highwayServiceVehiclePersonnel: 6 } as const;

export type PublicSafetyEventResponderWorkerType = "unavailable" | "towOperater" | "fireAndEMSWorker" | "aDOTWorker" | "lawEnforcement" | "hazmatResponder" | "animalControlWorker" | "otherPersonnel" | number;

export type UserSizeAndBehaviour = BitString;

/** Bit numbers of UserSizeAndBehaviour. */
export const UserSizeAndBehaviour = { unavailable: 0, smallStature: 1, largeStature: 2, erraticMoving: 3, slowMoving: 4 } as const;

export interface ProbeDataManagement {
  timeStamp?: MinuteOfTheYear;
  sample: Sample;
  directions: HeadingSlice;
  term: { termtime: TermTime; termDistance?: never }
    | { termDistance: TermDistance; termtime?: never };
  snapshot: { snapshotTime: SnapshotTime; snapshotDistance?: never }
    | { snapshotDistance: SnapshotDistance; snapshotTime?: never };
  txInterval: SecondOfTime;
  dataElements?: VehicleStatusRequestList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface Sample {
  sampleStart: number;
  sampleEnd: number;
}

export interface SnapshotDistance {
  distance1: GrossDistance;
  speed1: GrossSpeed;
  distance2: GrossDistance;
  speed2: GrossSpeed;
}

export interface SnapshotTime {
  speed1: GrossSpeed;
  time1: SecondOfTime;
  speed2: GrossSpeed;
  time2: SecondOfTime;
}

export interface VehicleStatusRequest {
  dataType: VehicleStatusDeviceTypeTag;
  subType?: number;
  sendOnLessThenValue?: number;
  sendOnMoreThenValue?: number;
  sendAll?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type VehicleStatusRequestList = VehicleStatusRequest[];

export type GrossDistance = number;

export type SecondOfTime = number;

export type TermDistance = number;

export type TermTime = number;

export type VehicleStatusDeviceTypeTag = "unknown" | "lights" | "wipers" | "brakes" | "stab" | "trac" | "abs" | "sunS" | "rainS" | "airTemp" | "steering" | "vertAccelThres" | "vertAccel" | "hozAccelLong" | "hozAccelLat" | "hozAccelCon" | "accel4way" | "confidenceSet" | "obDist" | "obDirect" | "yaw" | "yawRateCon" | "dateTime" | "fullPos" | "position2D" | "position3D" | "vehicle" | "speedHeadC" | "speedC" | number;

export interface ProbeVehicleData {
  timeStamp?: MinuteOfTheYear;
  segNum?: ProbeSegmentNumber;
  probeID?: VehicleIdent;
  startVector: FullPositionVector;
  vehicleType: VehicleClassification;
  snapshots: Snapshot[];
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface AccelSteerYawRateConfidence {
  yawRate: YawRateConfidence;
  acceleration: AccelerationConfidence;
  steeringWheelAngle: SteeringWheelAngleConfidence;
}

export interface ConfidenceSet {
  accelConfidence?: AccelSteerYawRateConfidence;
  speedConfidence?: SpeedandHeadingandThrottleConfidence;
  timeConfidence?: TimeConfidence;
  posConfidence?: PositionConfidenceSet;
  steerConfidence?: SteeringWheelAngleConfidence;
  headingConfidence?: HeadingConfidence;
  throttleConfidence?: ThrottleConfidence;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface J1939data {
  tires?: TireDataList;
  axles?: AxleWeightList;
  trailerWeight?: TrailerWeight;
  cargoWeight?: CargoWeight;
  steeringAxleTemperature?: SteeringAxleTemperature;
  driveAxleLocation?: DriveAxleLocation;
  driveAxleLiftAirPressure?: DriveAxleLiftAirPressure;
  driveAxleTemperature?: DriveAxleTemperature;
  driveAxleLubePressure?: DriveAxleLubePressure;
  steeringAxleLubePressure?: SteeringAxleLubePressure;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TireDataList = TireData[];

export interface TireData {
  location?: TireLocation;
  pressure?: TirePressure;
  temp?: TireTemp;
  wheelSensorStatus?: WheelSensorStatus;
  wheelEndElectFault?: WheelEndElectFault;
  leakageRate?: TireLeakageRate;
  detection?: TirePressureThresholdDetection;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type AxleWeightList = AxleWeightSet[];

export interface AxleWeightSet {
  location?: AxleLocation;
  weight?: AxleWeight;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface Snapshot {
  thePosition: FullPositionVector;
  safetyExt?: VehicleSafetyExtensions;
  dataSet?: VehicleStatus;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface VehicleIdent {
  name?: DescriptiveName;
  vin?: VINstring;
  ownerCode?: string;
  id?: VehicleID;
  vehicleType?: VehicleType;
  vehicleClass?: { vGroup: VehicleGroupAffected; rGroup?: never; rEquip?: never }
    | { rGroup: ResponderGroupAffected; vGroup?: never; rEquip?: never }
    | { rEquip: IncidentResponseEquipment; vGroup?: never; rGroup?: never };
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface VehicleStatus {
  lights?: ExteriorLights;
  lightBar?: LightbarInUse;
  wipers?: WiperSet;
  brakeStatus?: BrakeSystemStatus;
  brakePressure?: BrakeAppliedPressure;
  roadFriction?: CoefficientOfFriction;
  sunData?: SunSensor;
  rainData?: RainSensor;
  airTemp?: AmbientAirTemperature;
  airPres?: AmbientAirPressure;
  steering?: {
    angle: SteeringWheelAngle;
    confidence?: SteeringWheelAngleConfidence;
    rate?: SteeringWheelAngleRateOfChange;
    wheels?: DrivingWheelAngle;
  };
  accelSets?: {
    accel4way?: AccelerationSet4Way;
    vertAccelThres?: VerticalAccelerationThreshold;
    yawRateCon?: YawRateConfidence;
    hozAccelCon?: AccelerationConfidence;
    confidenceSet?: ConfidenceSet;
  };
  object?: {
    obDist: ObstacleDistance;
    obDirect: Angle;
    dateTime: DDateTime;
  };
  fullPos?: FullPositionVector;
  throttlePos?: ThrottlePosition;
  speedHeadC?: SpeedandHeadingandThrottleConfidence;
  speedC?: SpeedConfidence;
  vehicleData?: {
    height: VehicleHeight;
    bumpers: BumperHeights;
    mass: VehicleMass;
    trailerWeight: TrailerWeight;
    type: VehicleType;
  };
  vehicleIdent?: VehicleIdent;
  j1939data?: J1939data;
  weatherReport?: {
    isRaining: EssPrecipYesNo;
    rainRate?: EssPrecipRate;
    precipSituation?: EssPrecipSituation;
    solarRadiation?: EssSolarRadiation;
    friction?: EssMobileFriction;
  };
  gnssStatus?: GNSSstatus;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type AccelerationConfidence = "unavailable" | "accl-100-00" | "accl-010-00" | "accl-005-00" | "accl-001-00" | "accl-000-10" | "accl-000-05" | "accl-000-01";

export type BrakeAppliedPressure = "unavailable" | "minPressure" | "bkLvl-2" | "bkLvl-3" | "bkLvl-4" | "bkLvl-5" | "bkLvl-6" | "bkLvl-7" | "bkLvl-8" | "bkLvl-9" | "bkLvl-10" | "bkLvl-11" | "bkLvl-12" | "bkLvl-13" | "bkLvl-14" | "maxPressure";

export type DrivingWheelAngle = number;

export type AxleLocation = number;

export type AxleWeight = number;

export type CargoWeight = number;

export type DriveAxleLiftAirPressure = number;

export type DriveAxleLocation = number;

export type DriveAxleLubePressure = number;

export type DriveAxleTemperature = number;

export type SteeringAxleLubePressure = number;

export type SteeringAxleTemperature = number;

export type TireLeakageRate = number;

export type TireLocation = number;

export type TirePressureThresholdDetection = "noData" | "overPressure" | "noWarningPressure" | "underPressure" | "extremeUnderPressure" | "undefined" | "errorIndicator" | "notAvailable";

export type TirePressure = number;

export type TireTemp = number;

export type WheelEndElectFault = "isOk" | "isNotDefined" | "isError" | "isNotSupported";

export type WheelSensorStatus = "off" | "on" | "notDefined" | "notSupported";

export type ProbeSegmentNumber = number;

export type RainSensor = "none" | "lightMist" | "heavyMist" | "lightRainOrDrizzle" | "rain" | "moderateRain" | "heavyRain" | "heavyDownpour";

export type SteeringWheelAngleConfidence = "unavailable" | "prec2deg" | "prec1deg" | "prec0-02deg";

export type SteeringWheelAngleRateOfChange = number;

export type SunSensor = number;

export type ThrottlePosition = number;

export type VINstring = Uint8Array;

export type YawRateConfidence = "unavailable" | "degSec-100-00" | "degSec-010-00" | "degSec-005-00" | "degSec-001-00" | "degSec-000-10" | "degSec-000-05" | "degSec-000-01";

export interface RTCMcorrections {
  msgCnt: MsgCount;
  rev: RTCM_Revision;
  timeStamp?: MinuteOfTheYear;
  anchorPoint?: FullPositionVector;
  rtcmHeader?: RTCMheader;
  msgs: RTCMmessageList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RTCM_Revision = "unknown" | "rtcmRev2" | "rtcmRev3" | "reserved" | number;

export interface RoadSideAlert {
  msgCnt: MsgCount;
  timeStamp?: MinuteOfTheYear;
  typeEvent: ITIScodes;
  description?: ITIScodes[];
  priority?: Priority;
  heading?: HeadingSlice;
  extent?: Extent;
  position?: FullPositionVector;
  furtherInfoID?: FurtherInfoID;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface SPAT {
  timeStamp?: MinuteOfTheYear;
  name?: DescriptiveName;
  intersections: IntersectionStateList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface AdvisorySpeed {
  type: AdvisorySpeedType;
  speed?: SpeedAdvice;
  confidence?: SpeedConfidence;
  distance?: ZoneLength;
  class?: RestrictionClassID;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type AdvisorySpeedList = AdvisorySpeed[];

export interface ConnectionManeuverAssist {
  connectionID: LaneConnectionID;
  queueLength?: ZoneLength;
  availableStorageLength?: ZoneLength;
  waitOnStop?: WaitOnStopline;
  pedBicycleDetect?: PedestrianBicycleDetect;
  regional?: RegionalExtension_Reg_ConnectionManeuverAssist[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type EnabledLaneList = LaneID[];

export interface IntersectionState {
  name?: DescriptiveName;
  id: IntersectionReferenceID;
  revision: MsgCount;
  status: IntersectionStatusObject;
  moy?: MinuteOfTheYear;
  timeStamp?: DSecond;
  enabledLanes?: EnabledLaneList;
  states: MovementList;
  maneuverAssistList?: ManeuverAssistList;
  regional?: RegionalExtension_Reg_IntersectionState[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type IntersectionStateList = IntersectionState[];

export type ManeuverAssistList = ConnectionManeuverAssist[];

export type MovementEventList = MovementEvent[];

export interface MovementEvent {
  eventState: MovementPhaseState;
  timing?: TimeChangeDetails;
  speeds?: AdvisorySpeedList;
  regional?: RegionalExtension_Reg_MovementEvent[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type MovementList = MovementState[];

export interface MovementState {
  movementName?: DescriptiveName;
  signalGroup: SignalGroupID;
  "state-time-speed": MovementEventList;
  maneuverAssistList?: ManeuverAssistList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TimeChangeDetails {
  startTime?: TimeMark;
  minEndTime: TimeMark;
  maxEndTime?: TimeMark;
  likelyTime?: TimeMark;
  confidence?: TimeIntervalConfidence;
  nextTime?: TimeMark;
}

export type AdvisorySpeedType = "none" | "greenwave" | "ecoDrive" | "transit" | number;

export type IntersectionStatusObject = BitString;

/** Bit numbers of IntersectionStatusObject. */
export const IntersectionStatusObject = { manualControlIsEnabled: 0, stopTimeIsActivated: 1, failureFlash: 2, preemptIsActive: 3, signalPriorityIsActive: 4, fixedTimeOperation: 5, trafficDependentOperation: 6, standbyOperation: 7, failureMode: 8, off: 9, recentMAPmessageUpdate: 10, recentChangeInMAPassignedLanesIDsUsed: 11, noValidMAPisAvailableAtThisTime: 12, noValidSPATisAvailableAtThisTime: 13 } as const;

export type MovementPhaseState = "unavailable" | "dark" | "stop-Then-Proceed" | "stop-And-Remain" | "pre-Movement" | "permissive-Movement-Allowed" | "protected-Movement-Allowed" | "permissive-clearance" | "protected-clearance" | "caution-Conflicting-Traffic";

export type PedestrianBicycleDetect = boolean;

export type SpeedAdvice = number;

export type TimeIntervalConfidence = number;

export type TimeMark = number;

export type WaitOnStopline = boolean;

export type ZoneLength = number;

export interface SignalRequestMessage {
  timeStamp?: MinuteOfTheYear;
  second: DSecond;
  sequenceNumber?: MsgCount;
  requests?: SignalRequestList;
  requestor: RequestorDescription;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RequestorDescription {
  id: VehicleID;
  type?: RequestorType;
  position?: RequestorPositionVector;
  name?: DescriptiveName;
  routeName?: DescriptiveName;
  transitStatus?: TransitVehicleStatus;
  transitOccupancy?: TransitVehicleOccupancy;
  transitSchedule?: DeltaTime;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RequestorPositionVector {
  position: Position3D;
  heading?: Angle;
  speed?: TransmissionAndSpeed;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type SignalRequestList = SignalRequestPackage[];

export interface SignalRequestPackage {
  request: SignalRequest;
  minute?: MinuteOfTheYear;
  second?: DSecond;
  duration?: DSecond;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface SignalRequest {
  id: IntersectionReferenceID;
  requestID: RequestID;
  requestType: PriorityRequestType;
  inBoundLane: IntersectionAccessPoint;
  outBoundLane?: IntersectionAccessPoint;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type DeltaTime = number;

export type PriorityRequestType = "priorityRequestTypeReserved" | "priorityRequest" | "priorityRequestUpdate" | "priorityCancellation" | number;

export type TransitVehicleOccupancy = "occupancyUnknown" | "occupancyEmpty" | "occupancyVeryLow" | "occupancyLow" | "occupancyMed" | "occupancyHigh" | "occupancyNearlyFull" | "occupancyFull";

export type TransitVehicleStatus = BitString;

/** Bit numbers of TransitVehicleStatus. */
export const TransitVehicleStatus = { loading: 0, anADAuse: 1, aBikeLoad: 2, doorOpen: 3, charging: 4, atStopLine: 5 } as const;

export interface SignalStatusMessage {
  timeStamp?: MinuteOfTheYear;
  second: DSecond;
  sequenceNumber?: MsgCount;
  status: SignalStatusList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface SignalRequesterInfo {
  id: VehicleID;
  request: RequestID;
  sequenceNumber: MsgCount;
  role?: BasicVehicleRole;
  typeData?: RequestorType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type SignalStatusList = SignalStatus[];

export type SignalStatusPackageList = SignalStatusPackage[];

export interface SignalStatusPackage {
  requester?: SignalRequesterInfo;
  inboundOn: IntersectionAccessPoint;
  outboundOn?: IntersectionAccessPoint;
  minute?: MinuteOfTheYear;
  second?: DSecond;
  duration?: DSecond;
  status: PrioritizationResponseStatus;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface SignalStatus {
  sequenceNumber: MsgCount;
  id: IntersectionReferenceID;
  sigStatus: SignalStatusPackageList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage00 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage01 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage02 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage03 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage04 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage05 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage06 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage07 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage08 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage09 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage10 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage11 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage12 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage13 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage14 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TestMessage15 {
  header?: Header;
  regional?: RegionalExtension;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TravelerInformation {
  msgCnt: MsgCount;
  timeStamp?: MinuteOfTheYear;
  packetID?: UniqueMSGID;
  urlB?: URL_Base;
  dataFrames: TravelerDataFrameList;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface Circle {
  center: Position3D;
  radius: Radius_B12;
  units: DistanceUnits;
}

export interface GeographicalPath {
  name?: DescriptiveName;
  id?: RoadSegmentReferenceID;
  anchor?: Position3D;
  laneWidth?: LaneWidth;
  directionality?: DirectionOfUse;
  closedPath?: boolean;
  direction?: HeadingSlice;
  description?: { path: OffsetSystem; geometry?: never; oldRegion?: never; $ext?: never }
    | { geometry: GeometricProjection; path?: never; oldRegion?: never; $ext?: never }
    | { oldRegion: ValidRegion; path?: never; geometry?: never; $ext?: never }
    | { $ext: UnknownAlternative; path?: never; geometry?: never; oldRegion?: never };
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface GeometricProjection {
  direction: HeadingSlice;
  extent?: Extent;
  laneWidth?: LaneWidth;
  circle: Circle;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ExitService = Array<{
  item: { itis: ITIScodes; text?: never }
    | { text: ITIStextPhrase; itis?: never };
}>;

export type GenericSignage = Array<{
  item: { itis: ITIScodes; text?: never }
    | { text: ITIStextPhrase; itis?: never };
}>;

export type SpeedLimit = Array<{
  item: { itis: ITIScodes; text?: never }
    | { text: ITIStextPhrase; itis?: never };
}>;

export type WorkZone = Array<{
  item: { itis: ITIScodes; text?: never }
    | { text: ITIStextPhrase; itis?: never };
}>;

export interface Node_LL_24B {
  lon: OffsetLL_B12;
  lat: OffsetLL_B12;
}

export interface Node_LL_28B {
  lon: OffsetLL_B14;
  lat: OffsetLL_B14;
}

export interface Node_LL_32B {
  lon: OffsetLL_B16;
  lat: OffsetLL_B16;
}

export interface Node_LL_36B {
  lon: OffsetLL_B18;
  lat: OffsetLL_B18;
}

export interface Node_LL_44B {
  lon: OffsetLL_B22;
  lat: OffsetLL_B22;
}

export interface Node_LL_48B {
  lon: OffsetLL_B24;
  lat: OffsetLL_B24;
}

export type NodeAttributeLLList = NodeAttributeLL[];

export interface NodeAttributeSetLL {
  localNode?: NodeAttributeLLList;
  disabled?: SegmentAttributeLLList;
  enabled?: SegmentAttributeLLList;
  data?: LaneDataAttributeList;
  dWidth?: Offset_B10;
  dElevation?: Offset_B10;
  regional?: RegionalExtension[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NodeListLL = { nodes: NodeSetLL; $ext?: never }
  | { $ext: UnknownAlternative; nodes?: never };

export interface NodeLL {
  delta: NodeOffsetPointLL;
  attributes?: NodeAttributeSetLL;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NodeOffsetPointLL = { "node-LL1": Node_LL_24B; "node-LL2"?: never; "node-LL3"?: never; "node-LL4"?: never; "node-LL5"?: never; "node-LL6"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-LL2": Node_LL_28B; "node-LL1"?: never; "node-LL3"?: never; "node-LL4"?: never; "node-LL5"?: never; "node-LL6"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-LL3": Node_LL_32B; "node-LL1"?: never; "node-LL2"?: never; "node-LL4"?: never; "node-LL5"?: never; "node-LL6"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-LL4": Node_LL_36B; "node-LL1"?: never; "node-LL2"?: never; "node-LL3"?: never; "node-LL5"?: never; "node-LL6"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-LL5": Node_LL_44B; "node-LL1"?: never; "node-LL2"?: never; "node-LL3"?: never; "node-LL4"?: never; "node-LL6"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-LL6": Node_LL_48B; "node-LL1"?: never; "node-LL2"?: never; "node-LL3"?: never; "node-LL4"?: never; "node-LL5"?: never; "node-LatLon"?: never; regional?: never }
  | { "node-LatLon": Node_LLmD_64b; "node-LL1"?: never; "node-LL2"?: never; "node-LL3"?: never; "node-LL4"?: never; "node-LL5"?: never; "node-LL6"?: never; regional?: never }
  | { regional: RegionalExtension; "node-LL1"?: never; "node-LL2"?: never; "node-LL3"?: never; "node-LL4"?: never; "node-LL5"?: never; "node-LL6"?: never; "node-LatLon"?: never };

export type NodeSetLL = NodeLL[];

export interface OffsetSystem {
  scale?: Zoom;
  offset: { xy: NodeListXY; ll?: never }
    | { ll: NodeListLL; xy?: never };
}

export type RegionList = RegionOffsets[];

export interface RegionOffsets {
  xOffset: OffsetLL_B16;
  yOffset: OffsetLL_B16;
  zOffset?: OffsetLL_B16;
}

export interface RegionPointSet {
  anchor?: Position3D;
  scale?: Zoom;
  nodeList: RegionList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RoadSignID {
  position: Position3D;
  viewAngle: HeadingSlice;
  mutcdCode?: MUTCDCode;
  crc?: MsgCRC;
}

export type SegmentAttributeLLList = SegmentAttributeLL[];

export interface ShapePointSet {
  anchor?: Position3D;
  laneWidth?: LaneWidth;
  directionality?: DirectionOfUse;
  nodeList: NodeListXY;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TravelerDataFrameList = TravelerDataFrame[];

export interface TravelerDataFrame {
  notUsed: SSPindex;
  frameType: TravelerInfoType;
  msgId: { furtherInfoID: FurtherInfoID; roadSignID?: never }
    | { roadSignID: RoadSignID; furtherInfoID?: never };
  startYear?: DYear;
  startTime: MinuteOfTheYear;
  durationTime: MinutesDuration;
  priority: SignPrority;
  notUsed1: SSPindex;
  regions: GeographicalPath[];
  notUsed2: SSPindex;
  notUsed3: SSPindex;
  content: { advisory: ITIScodesAndText; workZone?: never; genericSign?: never; speedLimit?: never; exitService?: never }
    | { workZone: WorkZone; advisory?: never; genericSign?: never; speedLimit?: never; exitService?: never }
    | { genericSign: GenericSignage; advisory?: never; workZone?: never; speedLimit?: never; exitService?: never }
    | { speedLimit: SpeedLimit; advisory?: never; workZone?: never; genericSign?: never; exitService?: never }
    | { exitService: ExitService; advisory?: never; workZone?: never; genericSign?: never; speedLimit?: never };
  url?: URL_Short;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ValidRegion {
  direction: HeadingSlice;
  extent?: Extent;
  area: { shapePointSet: ShapePointSet; circle?: never; regionPointSet?: never }
    | { circle: Circle; shapePointSet?: never; regionPointSet?: never }
    | { regionPointSet: RegionPointSet; shapePointSet?: never; circle?: never };
}

export type DirectionOfUse = "unavailable" | "forward" | "reverse" | "both";

export type DistanceUnits = "centimeter" | "cm2-5" | "decimeter" | "meter" | "kilometer" | "foot" | "yard" | "mile";

export type ITIStextPhrase = string;

export type MinutesDuration = number;

export type MsgCRC = Uint8Array;

export type MUTCDCode = "none" | "regulatory" | "warning" | "maintenance" | "motoristService" | "guide" | "rec" | number;

export type NodeAttributeLL = "reserved" | "stopLine" | "roundedCapStyleA" | "roundedCapStyleB" | "mergePoint" | "divergePoint" | "downstreamStopLine" | "downstreamStartNode" | "closedToTraffic" | "safeIsland" | "curbPresentAtStepOff" | "hydrantPresent" | number;

export type OffsetLL_B12 = number;

export type OffsetLL_B14 = number;

export type OffsetLL_B16 = number;

export type OffsetLL_B22 = number;

export type OffsetLL_B24 = number;

export type Radius_B12 = number;

export type SegmentAttributeLL = "reserved" | "doNotBlock" | "whiteLine" | "mergingLaneLeft" | "mergingLaneRight" | "curbOnLeft" | "curbOnRight" | "loadingzoneOnLeft" | "loadingzoneOnRight" | "turnOutPointOnLeft" | "turnOutPointOnRight" | "adjacentParkingOnLeft" | "adjacentParkingOnRight" | "adjacentBikeLaneOnLeft" | "adjacentBikeLaneOnRight" | "sharedBikeLane" | "bikeBoxInFront" | "transitStopOnLeft" | "transitStopOnRight" | "transitStopInLane" | "sharedWithTrackedVehicle" | "safeIsland" | "lowCurbsPresent" | "rumbleStripPresent" | "audibleSignalingPresent" | "adaptiveTimingPresent" | "rfSignalRequestPresent" | "partialCurbIntrusion" | "taperToLeft" | "taperToRight" | "taperToCenterLine" | "parallelParking" | "headInParking" | "freeParking" | "timeRestrictionsOnParking" | "costToPark" | "midBlockCurbPresent" | "unEvenPavementPresent" | number;

export type SignPrority = number;

export type TravelerInfoType = "unknown" | "advisory" | "roadSignage" | "commercialSignage" | number;

export type UniqueMSGID = Uint8Array;

export type URL_Base = string;

export type URL_Short = string;

export type Zoom = number;

export interface PartIIcontent {
  "partII-Id": number;
  "partII-Value": VehicleSafetyExtensions | SpecialVehicleExtensions | SupplementalVehicleExtensions | Uint8Array;
}

export interface RegionalExtension {
  regionId: number;
  regExtValue: Uint8Array;
}

export interface RegionalExtension_Reg_ConnectionManeuverAssist {
  regionId: number;
  regExtValue: ConnectionManeuverAssist_addGrpC | Uint8Array;
}

export interface RegionalExtension_Reg_IntersectionState {
  regionId: number;
  regExtValue: IntersectionState_addGrpC | Uint8Array;
}

export interface RegionalExtension_Reg_LaneDataAttribute {
  regionId: number;
  regExtValue: LaneDataAttribute_addGrpB | Uint8Array;
}

export interface RegionalExtension_Reg_MapData {
  regionId: number;
  regExtValue: MapData_addGrpC | Uint8Array;
}

export interface RegionalExtension_Reg_MovementEvent {
  regionId: number;
  regExtValue: MovementEvent_addGrpB | Uint8Array;
}

export interface RegionalExtension_Reg_NodeOffsetPointXY {
  regionId: number;
  regExtValue: NodeOffsetPointXY_addGrpB | Uint8Array;
}

export interface RegionalExtension_Reg_Position3D {
  regionId: number;
  regExtValue: Position3D_addGrpB | Position3D_addGrpC | Uint8Array;
}

export interface RegionalExtension_Reg_RestrictionUserType {
  regionId: number;
  regExtValue: RestrictionUserType_addGrpC | Uint8Array;
}

/** Every named type of the edition, by name. */
export interface Types {
  AddGrpB_Angle: AddGrpB_Angle;
  Day: Day;
  DayOfWeek: DayOfWeek;
  DegreesLat: DegreesLat;
  DegreesLong: DegreesLong;
  AddGrpB_Elevation: AddGrpB_Elevation;
  Holiday: Holiday;
  Hour: Hour;
  LatitudeDMS: LatitudeDMS;
  LongitudeDMS: LongitudeDMS;
  MaxTimetoChange: MaxTimetoChange;
  MinTimetoChange: MinTimetoChange;
  Minute: Minute;
  MinutesAngle: MinutesAngle;
  Month: Month;
  AddGrpB_MsgCount: AddGrpB_MsgCount;
  Second: Second;
  SecondsAngle: SecondsAngle;
  SummerTime: SummerTime;
  TenthSecond: TenthSecond;
  TimeRemaining: TimeRemaining;
  Year: Year;
  LatitudeDMS2: LatitudeDMS2;
  LongitudeDMS2: LongitudeDMS2;
  Node_LLdms_48b: Node_LLdms_48b;
  Node_LLdms_80b: Node_LLdms_80b;
  LaneDataAttribute_addGrpB: LaneDataAttribute_addGrpB;
  MovementEvent_addGrpB: MovementEvent_addGrpB;
  NodeOffsetPointXY_addGrpB: NodeOffsetPointXY_addGrpB;
  Position3D_addGrpB: Position3D_addGrpB;
  AddGrpB_TimeMark: AddGrpB_TimeMark;
  AltitudeConfidence: AltitudeConfidence;
  AltitudeValue: AltitudeValue;
  EmissionType: EmissionType;
  Altitude: Altitude;
  PrioritizationResponse: PrioritizationResponse;
  PrioritizationResponseList: PrioritizationResponseList;
  ConnectionManeuverAssist_addGrpC: ConnectionManeuverAssist_addGrpC;
  IntersectionState_addGrpC: IntersectionState_addGrpC;
  MapData_addGrpC: MapData_addGrpC;
  Position3D_addGrpC: Position3D_addGrpC;
  RestrictionUserType_addGrpC: RestrictionUserType_addGrpC;
  SignalHeadLocation: SignalHeadLocation;
  SignalHeadLocationList: SignalHeadLocationList;
  VehicleToLanePosition: VehicleToLanePosition;
  VehicleToLanePositionList: VehicleToLanePositionList;
  BasicSafetyMessage: BasicSafetyMessage;
  PartII_Id: PartII_Id;
  DisabledVehicle: DisabledVehicle;
  EventDescription: EventDescription;
  ObstacleDetection: ObstacleDetection;
  PivotPointDescription: PivotPointDescription;
  RTCMPackage: RTCMPackage;
  SpecialVehicleExtensions: SpecialVehicleExtensions;
  SpeedProfileMeasurementList: SpeedProfileMeasurementList;
  SpeedProfile: SpeedProfile;
  SupplementalVehicleExtensions: SupplementalVehicleExtensions;
  TrailerData: TrailerData;
  TrailerHistoryPointList: TrailerHistoryPointList;
  TrailerHistoryPoint: TrailerHistoryPoint;
  TrailerUnitDescriptionList: TrailerUnitDescriptionList;
  TrailerUnitDescription: TrailerUnitDescription;
  VehicleData: VehicleData;
  WeatherProbe: WeatherProbe;
  WeatherReport: WeatherReport;
  IsDolly: IsDolly;
  ObstacleDirection: ObstacleDirection;
  PivotingAllowed: PivotingAllowed;
  SpeedProfileMeasurement: SpeedProfileMeasurement;
  TrailerMass: TrailerMass;
  VertOffset_B07: VertOffset_B07;
  AccelerationSet4Way: AccelerationSet4Way;
  AntennaOffsetSet: AntennaOffsetSet;
  BrakeSystemStatus: BrakeSystemStatus;
  BSMcoreData: BSMcoreData;
  BumperHeights: BumperHeights;
  ComputedLane: ComputedLane;
  DDate: DDate;
  DDateTime: DDateTime;
  DFullTime: DFullTime;
  DMonthDay: DMonthDay;
  DTime: DTime;
  DYearMonth: DYearMonth;
  EmergencyDetails: EmergencyDetails;
  FullPositionVector: FullPositionVector;
  Header: Header;
  IntersectionAccessPoint: IntersectionAccessPoint;
  IntersectionReferenceID: IntersectionReferenceID;
  LaneDataAttribute: LaneDataAttribute;
  LaneDataAttributeList: LaneDataAttributeList;
  Node_LLmD_64b: Node_LLmD_64b;
  Node_XY_20b: Node_XY_20b;
  Node_XY_22b: Node_XY_22b;
  Node_XY_24b: Node_XY_24b;
  Node_XY_26b: Node_XY_26b;
  Node_XY_28b: Node_XY_28b;
  Node_XY_32b: Node_XY_32b;
  NodeAttributeSetXY: NodeAttributeSetXY;
  NodeAttributeXYList: NodeAttributeXYList;
  NodeListXY: NodeListXY;
  NodeOffsetPointXY: NodeOffsetPointXY;
  NodeSetXY: NodeSetXY;
  NodeXY: NodeXY;
  PathHistory: PathHistory;
  PathHistoryPointList: PathHistoryPointList;
  PathHistoryPoint: PathHistoryPoint;
  PathPrediction: PathPrediction;
  Position3D: Position3D;
  PositionalAccuracy: PositionalAccuracy;
  PositionConfidenceSet: PositionConfidenceSet;
  PrivilegedEvents: PrivilegedEvents;
  RegulatorySpeedLimit: RegulatorySpeedLimit;
  RequestorType: RequestorType;
  RoadSegmentReferenceID: RoadSegmentReferenceID;
  RTCMheader: RTCMheader;
  RTCMmessageList: RTCMmessageList;
  SegmentAttributeXYList: SegmentAttributeXYList;
  SpeedandHeadingandThrottleConfidence: SpeedandHeadingandThrottleConfidence;
  SpeedLimitList: SpeedLimitList;
  TransmissionAndSpeed: TransmissionAndSpeed;
  VehicleClassification: VehicleClassification;
  VehicleID: VehicleID;
  VehicleSafetyExtensions: VehicleSafetyExtensions;
  VehicleSize: VehicleSize;
  VerticalOffset: VerticalOffset;
  WiperSet: WiperSet;
  Acceleration: Acceleration;
  AmbientAirPressure: AmbientAirPressure;
  AmbientAirTemperature: AmbientAirTemperature;
  Angle: Angle;
  AntiLockBrakeStatus: AntiLockBrakeStatus;
  ApproachID: ApproachID;
  AuxiliaryBrakeStatus: AuxiliaryBrakeStatus;
  BasicVehicleClass: BasicVehicleClass;
  BasicVehicleRole: BasicVehicleRole;
  BrakeAppliedStatus: BrakeAppliedStatus;
  BrakeBoostApplied: BrakeBoostApplied;
  BumperHeight: BumperHeight;
  CoarseHeading: CoarseHeading;
  CodeWord: CodeWord;
  CoefficientOfFriction: CoefficientOfFriction;
  Confidence: Confidence;
  Count: Count;
  DDay: DDay;
  DeltaAngle: DeltaAngle;
  DescriptiveName: DescriptiveName;
  DHour: DHour;
  DMinute: DMinute;
  DMonth: DMonth;
  DOffset: DOffset;
  DrivenLineOffsetLg: DrivenLineOffsetLg;
  DrivenLineOffsetSm: DrivenLineOffsetSm;
  DSecond: DSecond;
  Duration: Duration;
  DYear: DYear;
  ElevationConfidence: ElevationConfidence;
  Elevation: Elevation;
  Extent: Extent;
  ExteriorLights: ExteriorLights;
  FuelType: FuelType;
  FurtherInfoID: FurtherInfoID;
  GNSSstatus: GNSSstatus;
  GrossSpeed: GrossSpeed;
  HeadingConfidence: HeadingConfidence;
  Heading: Heading;
  HeadingSlice: HeadingSlice;
  IntersectionID: IntersectionID;
  Iso3833VehicleType: Iso3833VehicleType;
  TrailerWeight: TrailerWeight;
  LaneConnectionID: LaneConnectionID;
  LaneID: LaneID;
  LaneWidth: LaneWidth;
  Latitude: Latitude;
  LightbarInUse: LightbarInUse;
  Longitude: Longitude;
  Location_quality: Location_quality;
  Location_tech: Location_tech;
  MergeDivergeNodeAngle: MergeDivergeNodeAngle;
  MessageBLOB: MessageBLOB;
  MinuteOfTheYear: MinuteOfTheYear;
  MsgCount: MsgCount;
  MultiVehicleResponse: MultiVehicleResponse;
  NodeAttributeXY: NodeAttributeXY;
  ObstacleDistance: ObstacleDistance;
  Offset_B09: Offset_B09;
  Offset_B10: Offset_B10;
  Offset_B11: Offset_B11;
  Offset_B12: Offset_B12;
  Offset_B13: Offset_B13;
  Offset_B14: Offset_B14;
  Offset_B16: Offset_B16;
  OffsetLL_B18: OffsetLL_B18;
  PayloadData: PayloadData;
  PositionConfidence: PositionConfidence;
  PrioritizationResponseStatus: PrioritizationResponseStatus;
  Priority: Priority;
  PrivilegedEventFlags: PrivilegedEventFlags;
  RadiusOfCurvature: RadiusOfCurvature;
  RegionId: RegionId;
  RequestID: RequestID;
  RequestImportanceLevel: RequestImportanceLevel;
  RequestSubRole: RequestSubRole;
  ResponseType: ResponseType;
  RestrictionClassID: RestrictionClassID;
  RoadRegulatorID: RoadRegulatorID;
  RoadSegmentID: RoadSegmentID;
  RoadwayCrownAngle: RoadwayCrownAngle;
  RTCMmessage: RTCMmessage;
  Scale_B12: Scale_B12;
  SegmentAttributeXY: SegmentAttributeXY;
  SemiMajorAxisAccuracy: SemiMajorAxisAccuracy;
  SemiMajorAxisOrientation: SemiMajorAxisOrientation;
  SemiMinorAxisAccuracy: SemiMinorAxisAccuracy;
  SignalGroupID: SignalGroupID;
  SignalReqScheme: SignalReqScheme;
  SirenInUse: SirenInUse;
  SpeedConfidence: SpeedConfidence;
  SpeedLimitType: SpeedLimitType;
  Speed: Speed;
  SSPindex: SSPindex;
  StabilityControlStatus: StabilityControlStatus;
  StationID: StationID;
  SteeringWheelAngle: SteeringWheelAngle;
  TemporaryID: TemporaryID;
  ThrottleConfidence: ThrottleConfidence;
  TimeConfidence: TimeConfidence;
  TimeOffset: TimeOffset;
  TractionControlStatus: TractionControlStatus;
  TransitStatus: TransitStatus;
  TransmissionState: TransmissionState;
  URL_Link: URL_Link;
  VehicleEventFlags: VehicleEventFlags;
  VehicleHeight: VehicleHeight;
  VehicleLength: VehicleLength;
  VehicleMass: VehicleMass;
  VehicleType: VehicleType;
  VehicleWidth: VehicleWidth;
  Velocity: Velocity;
  VerticalAccelerationThreshold: VerticalAccelerationThreshold;
  VerticalAcceleration: VerticalAcceleration;
  VertOffset_B08: VertOffset_B08;
  VertOffset_B09: VertOffset_B09;
  VertOffset_B10: VertOffset_B10;
  VertOffset_B11: VertOffset_B11;
  VertOffset_B12: VertOffset_B12;
  WiperRate: WiperRate;
  WiperStatus: WiperStatus;
  YawRate: YawRate;
  CommonSafetyRequest: CommonSafetyRequest;
  RequestedItemList: RequestedItemList;
  RequestedItem: RequestedItem;
  EmergencyVehicleAlert: EmergencyVehicleAlert;
  GenericLocations: GenericLocations;
  IncidentResponseEquipment: IncidentResponseEquipment;
  ITIStext: ITIStext;
  ResponderGroupAffected: ResponderGroupAffected;
  VehicleGroupAffected: VehicleGroupAffected;
  ITIScodesAndText: ITIScodesAndText;
  ITIScodes: ITIScodes;
  IntersectionCollision: IntersectionCollision;
  ApproachOrLane: ApproachOrLane;
  MapData: MapData;
  ConnectingLane: ConnectingLane;
  Connection: Connection;
  ConnectsToList: ConnectsToList;
  DataParameters: DataParameters;
  GenericLane: GenericLane;
  IntersectionGeometry: IntersectionGeometry;
  IntersectionGeometryList: IntersectionGeometryList;
  LaneAttributes: LaneAttributes;
  LaneList: LaneList;
  LaneTypeAttributes: LaneTypeAttributes;
  OverlayLaneList: OverlayLaneList;
  PreemptPriorityList: PreemptPriorityList;
  SignalControlZone: SignalControlZone;
  RestrictionClassAssignment: RestrictionClassAssignment;
  RestrictionClassList: RestrictionClassList;
  RestrictionUserTypeList: RestrictionUserTypeList;
  RestrictionUserType: RestrictionUserType;
  RoadLaneSetList: RoadLaneSetList;
  RoadSegmentList: RoadSegmentList;
  RoadSegment: RoadSegment;
  AllowedManeuvers: AllowedManeuvers;
  LaneAttributes_Barrier: LaneAttributes_Barrier;
  LaneAttributes_Bike: LaneAttributes_Bike;
  LaneAttributes_Crosswalk: LaneAttributes_Crosswalk;
  LaneAttributes_Parking: LaneAttributes_Parking;
  LaneAttributes_Sidewalk: LaneAttributes_Sidewalk;
  LaneAttributes_Striping: LaneAttributes_Striping;
  LaneAttributes_TrackedVehicle: LaneAttributes_TrackedVehicle;
  LaneAttributes_Vehicle: LaneAttributes_Vehicle;
  LaneDirection: LaneDirection;
  LaneSharing: LaneSharing;
  LayerID: LayerID;
  LayerType: LayerType;
  RestrictionAppliesTo: RestrictionAppliesTo;
  MessageFrame: MessageFrame;
  DSRCmsgID: DSRCmsgID;
  NMEAcorrections: NMEAcorrections;
  NMEA_MsgType: NMEA_MsgType;
  NMEA_Payload: NMEA_Payload;
  NMEA_Revision: NMEA_Revision;
  ObjectCount: ObjectCount;
  EssMobileFriction: EssMobileFriction;
  EssPrecipRate: EssPrecipRate;
  EssPrecipSituation: EssPrecipSituation;
  EssPrecipYesNo: EssPrecipYesNo;
  EssSolarRadiation: EssSolarRadiation;
  PersonalSafetyMessage: PersonalSafetyMessage;
  PropelledInformation: PropelledInformation;
  AnimalPropelledType: AnimalPropelledType;
  AnimalType: AnimalType;
  Attachment: Attachment;
  AttachmentRadius: AttachmentRadius;
  MotorizedPropelledType: MotorizedPropelledType;
  NumberOfParticipantsInCluster: NumberOfParticipantsInCluster;
  HumanPropelledType: HumanPropelledType;
  PersonalAssistive: PersonalAssistive;
  PersonalClusterRadius: PersonalClusterRadius;
  PersonalCrossingInProgress: PersonalCrossingInProgress;
  PersonalCrossingRequest: PersonalCrossingRequest;
  PersonalDeviceUsageState: PersonalDeviceUsageState;
  PersonalDeviceUserType: PersonalDeviceUserType;
  PublicSafetyAndRoadWorkerActivity: PublicSafetyAndRoadWorkerActivity;
  PublicSafetyDirectingTrafficSubType: PublicSafetyDirectingTrafficSubType;
  PublicSafetyEventResponderWorkerType: PublicSafetyEventResponderWorkerType;
  UserSizeAndBehaviour: UserSizeAndBehaviour;
  ProbeDataManagement: ProbeDataManagement;
  Sample: Sample;
  SnapshotDistance: SnapshotDistance;
  SnapshotTime: SnapshotTime;
  VehicleStatusRequest: VehicleStatusRequest;
  VehicleStatusRequestList: VehicleStatusRequestList;
  GrossDistance: GrossDistance;
  SecondOfTime: SecondOfTime;
  TermDistance: TermDistance;
  TermTime: TermTime;
  VehicleStatusDeviceTypeTag: VehicleStatusDeviceTypeTag;
  ProbeVehicleData: ProbeVehicleData;
  AccelSteerYawRateConfidence: AccelSteerYawRateConfidence;
  ConfidenceSet: ConfidenceSet;
  J1939data: J1939data;
  TireDataList: TireDataList;
  TireData: TireData;
  AxleWeightList: AxleWeightList;
  AxleWeightSet: AxleWeightSet;
  Snapshot: Snapshot;
  VehicleIdent: VehicleIdent;
  VehicleStatus: VehicleStatus;
  AccelerationConfidence: AccelerationConfidence;
  BrakeAppliedPressure: BrakeAppliedPressure;
  DrivingWheelAngle: DrivingWheelAngle;
  AxleLocation: AxleLocation;
  AxleWeight: AxleWeight;
  CargoWeight: CargoWeight;
  DriveAxleLiftAirPressure: DriveAxleLiftAirPressure;
  DriveAxleLocation: DriveAxleLocation;
  DriveAxleLubePressure: DriveAxleLubePressure;
  DriveAxleTemperature: DriveAxleTemperature;
  SteeringAxleLubePressure: SteeringAxleLubePressure;
  SteeringAxleTemperature: SteeringAxleTemperature;
  TireLeakageRate: TireLeakageRate;
  TireLocation: TireLocation;
  TirePressureThresholdDetection: TirePressureThresholdDetection;
  TirePressure: TirePressure;
  TireTemp: TireTemp;
  WheelEndElectFault: WheelEndElectFault;
  WheelSensorStatus: WheelSensorStatus;
  ProbeSegmentNumber: ProbeSegmentNumber;
  RainSensor: RainSensor;
  SteeringWheelAngleConfidence: SteeringWheelAngleConfidence;
  SteeringWheelAngleRateOfChange: SteeringWheelAngleRateOfChange;
  SunSensor: SunSensor;
  ThrottlePosition: ThrottlePosition;
  VINstring: VINstring;
  YawRateConfidence: YawRateConfidence;
  RTCMcorrections: RTCMcorrections;
  RTCM_Revision: RTCM_Revision;
  RoadSideAlert: RoadSideAlert;
  SPAT: SPAT;
  AdvisorySpeed: AdvisorySpeed;
  AdvisorySpeedList: AdvisorySpeedList;
  ConnectionManeuverAssist: ConnectionManeuverAssist;
  EnabledLaneList: EnabledLaneList;
  IntersectionState: IntersectionState;
  IntersectionStateList: IntersectionStateList;
  ManeuverAssistList: ManeuverAssistList;
  MovementEventList: MovementEventList;
  MovementEvent: MovementEvent;
  MovementList: MovementList;
  MovementState: MovementState;
  TimeChangeDetails: TimeChangeDetails;
  AdvisorySpeedType: AdvisorySpeedType;
  IntersectionStatusObject: IntersectionStatusObject;
  MovementPhaseState: MovementPhaseState;
  PedestrianBicycleDetect: PedestrianBicycleDetect;
  SpeedAdvice: SpeedAdvice;
  TimeIntervalConfidence: TimeIntervalConfidence;
  TimeMark: TimeMark;
  WaitOnStopline: WaitOnStopline;
  ZoneLength: ZoneLength;
  SignalRequestMessage: SignalRequestMessage;
  RequestorDescription: RequestorDescription;
  RequestorPositionVector: RequestorPositionVector;
  SignalRequestList: SignalRequestList;
  SignalRequestPackage: SignalRequestPackage;
  SignalRequest: SignalRequest;
  DeltaTime: DeltaTime;
  PriorityRequestType: PriorityRequestType;
  TransitVehicleOccupancy: TransitVehicleOccupancy;
  TransitVehicleStatus: TransitVehicleStatus;
  SignalStatusMessage: SignalStatusMessage;
  SignalRequesterInfo: SignalRequesterInfo;
  SignalStatusList: SignalStatusList;
  SignalStatusPackageList: SignalStatusPackageList;
  SignalStatusPackage: SignalStatusPackage;
  SignalStatus: SignalStatus;
  TestMessage00: TestMessage00;
  TestMessage01: TestMessage01;
  TestMessage02: TestMessage02;
  TestMessage03: TestMessage03;
  TestMessage04: TestMessage04;
  TestMessage05: TestMessage05;
  TestMessage06: TestMessage06;
  TestMessage07: TestMessage07;
  TestMessage08: TestMessage08;
  TestMessage09: TestMessage09;
  TestMessage10: TestMessage10;
  TestMessage11: TestMessage11;
  TestMessage12: TestMessage12;
  TestMessage13: TestMessage13;
  TestMessage14: TestMessage14;
  TestMessage15: TestMessage15;
  TravelerInformation: TravelerInformation;
  Circle: Circle;
  GeographicalPath: GeographicalPath;
  GeometricProjection: GeometricProjection;
  ExitService: ExitService;
  GenericSignage: GenericSignage;
  SpeedLimit: SpeedLimit;
  WorkZone: WorkZone;
  Node_LL_24B: Node_LL_24B;
  Node_LL_28B: Node_LL_28B;
  Node_LL_32B: Node_LL_32B;
  Node_LL_36B: Node_LL_36B;
  Node_LL_44B: Node_LL_44B;
  Node_LL_48B: Node_LL_48B;
  NodeAttributeLLList: NodeAttributeLLList;
  NodeAttributeSetLL: NodeAttributeSetLL;
  NodeListLL: NodeListLL;
  NodeLL: NodeLL;
  NodeOffsetPointLL: NodeOffsetPointLL;
  NodeSetLL: NodeSetLL;
  OffsetSystem: OffsetSystem;
  RegionList: RegionList;
  RegionOffsets: RegionOffsets;
  RegionPointSet: RegionPointSet;
  RoadSignID: RoadSignID;
  SegmentAttributeLLList: SegmentAttributeLLList;
  ShapePointSet: ShapePointSet;
  TravelerDataFrameList: TravelerDataFrameList;
  TravelerDataFrame: TravelerDataFrame;
  ValidRegion: ValidRegion;
  DirectionOfUse: DirectionOfUse;
  DistanceUnits: DistanceUnits;
  ITIStextPhrase: ITIStextPhrase;
  MinutesDuration: MinutesDuration;
  MsgCRC: MsgCRC;
  MUTCDCode: MUTCDCode;
  NodeAttributeLL: NodeAttributeLL;
  OffsetLL_B12: OffsetLL_B12;
  OffsetLL_B14: OffsetLL_B14;
  OffsetLL_B16: OffsetLL_B16;
  OffsetLL_B22: OffsetLL_B22;
  OffsetLL_B24: OffsetLL_B24;
  Radius_B12: Radius_B12;
  SegmentAttributeLL: SegmentAttributeLL;
  SignPrority: SignPrority;
  TravelerInfoType: TravelerInfoType;
  UniqueMSGID: UniqueMSGID;
  URL_Base: URL_Base;
  URL_Short: URL_Short;
  Zoom: Zoom;
  PartIIcontent: PartIIcontent;
  RegionalExtension: RegionalExtension;
  RegionalExtension_Reg_ConnectionManeuverAssist: RegionalExtension_Reg_ConnectionManeuverAssist;
  RegionalExtension_Reg_IntersectionState: RegionalExtension_Reg_IntersectionState;
  RegionalExtension_Reg_LaneDataAttribute: RegionalExtension_Reg_LaneDataAttribute;
  RegionalExtension_Reg_MapData: RegionalExtension_Reg_MapData;
  RegionalExtension_Reg_MovementEvent: RegionalExtension_Reg_MovementEvent;
  RegionalExtension_Reg_NodeOffsetPointXY: RegionalExtension_Reg_NodeOffsetPointXY;
  RegionalExtension_Reg_Position3D: RegionalExtension_Reg_Position3D;
  RegionalExtension_Reg_RestrictionUserType: RegionalExtension_Reg_RestrictionUserType;
}
