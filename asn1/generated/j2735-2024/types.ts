// Generated from SAE J2735 2024 (J2735_202409) with the J2945/J3186/J3217/J3224 modules it imports by asn1/compiler; do not edit.
// Value types: INTEGER -> number, OCTET STRING -> Uint8Array, BIT STRING -> BitString, CHOICE -> one-key object.

import type { BitString, UnknownAlternative, UnknownExtensions } from '../../runtime/values.js';

export type Int1Unsigned = number;

export type Int1Signed = number;

export type Int2Unsigned = number;

export type Int2Signed = number;

export type Int3Unsigned = number;

export type Int4Unsigned = number;

export type Int4Signed = number;

export type Int8Unsigned = bigint;

export type Int8Signed = bigint;

export type AccountStatus = number;

/** Named numbers of AccountStatus. */
export const AccountStatus = { ok: 0, low: 1, empty: 2, negative: 3 } as const;

export type ActualNumberOfPassengers = Int1Unsigned;

export type EfcDataDictionary_Altitude = Int2Signed;

export type CO2EmissionValue = Int2Unsigned;

export type ContractAuthenticator = Uint8Array;

export type ContractSerialNumber = Int4Unsigned;

export type CopValue = number;

/** Named numbers of CopValue. */
export const CopValue = { noEntry: 0, co2class1: 1, co2class2: 2, co2class3: 3, co2class4: 4, co2class5: 5, co2class6: 6, co2class7: 7 } as const;

export type CountryCode = BitString;

export type DescriptiveCharacteristics = number;

/** Named numbers of DescriptiveCharacteristics. */
export const DescriptiveCharacteristics = { noEntry: 0 } as const;

export type DetectionMode = number;

/** Named numbers of DetectionMode. */
export const DetectionMode = { measured: 0, inferred: 1, lac: 2 } as const;

export type EmissionUnit = number;

/** Named numbers of EmissionUnit. */
export const EmissionUnit = { mgPerKm: 0, mgPerKwh: 1 } as const;

export type EngineCharacteristics = number;

/** Named numbers of EngineCharacteristics. */
export const EngineCharacteristics = { noEntry: 0, noEngine: 1, petrolUnleaded: 2, petrolLeaded: 3, diesel: 4, lpg: 5, battery: 6, solar: 7, hybrid: 8, hydrogen: 9, multiFuel: 10, bivalentPetrolLpg: 11, bivalentPetrolCng: 12, combinedPetrolElectric: 13, cng: 14, lng: 15, combinedDieselElectric: 16, combinedHydrogenElectric: 17, bivalentHydrogenPetrol: 18, bivalentHydrogenPetrolElectricEngine: 19, fuelCellHydrogen: 20, fuelCellPetrol: 21, fuelCellMethanol: 22, fuelCellEthanol: 23, fuelCellDiesel: 24, combinedMultiFuelElectricEngine: 25, combinedCngElectricEngine: 26, combinedLngElectricEngine: 27, petrolEthanol: 28, combinedLpgElectricEngine: 29, hybridPetrolExternalBattery: 30, hybridDieselExternalBattery: 31, hybridLpgExternalBattery: 32, hybridHydrogenExternalBattery: 33, hybridMultiFuelExternalBattery: 34, hybridCngExternalBattery: 35, hybridLngExternalBattery: 36, hybridBivalentHydrogenPetrolExternalBattery: 37, hydrogenCng: 38, hydrogenLng: 39, hybridHydrogenCngExternalBattery: 40, hybridHydrogenLngExternalBattery: 41, ethanol: 42, hybridFuelCellHydrogen: 43, hybridFuelCellHydrogenExternalBattery: 44, dualFuelLngDiesel: 45, electricExternal: 46, biogas: 47, bioDiesel: 48, bioPetrol: 49, bivalentPetrolBiogas: 50, combinedBiogasElectricEngine: 51, dualFuelCngDiesel: 52, other: 255 } as const;

export type EquipmentIccId = Uint8Array;

export type EquipmentObuId = Uint8Array;

export type EquipmentStatus = BitString;

export type EuroValue = number;

/** Named numbers of EuroValue. */
export const EuroValue = { noEntry: 0, euro1: 1, euro2: 2, euro3: 3, euro4: 4, euro5: 5, euro6: 6, euro7: 7, eev: 15 } as const;

export type FutureCharacteristics = number;

/** Named numbers of FutureCharacteristics. */
export const FutureCharacteristics = { noEntry: 0, airSuspension: 1 } as const;

export type IssuerIdentifier = number;

export type EfcDataDictionary_Latitude = Int4Signed;

export type DistanceUnit = number;

/** Named numbers of DistanceUnit. */
export const DistanceUnit = { kilometres: 0, miles: 1, metres: 2, yards: 3, feet: 4, decimetres: 5, quartermetres: 6, centimeters: 7, millimeters: 8 } as const;

export type LocalVehicleClassId = Int2Unsigned;

export type LocationClassId = Int4Unsigned;

export type EfcDataDictionary_Longitude = Int4Signed;

export type PaymentSecurityData = Uint8Array;

export type PayUnit = Uint8Array;

export type PersonalAccountNumber = Uint8Array;

export type ReceiptAuthenticator = Uint8Array;

export type ReceiptDistance = Int3Unsigned;

export type ResultFin = Uint8Array;

export type ReceiptIccId = Uint8Array;

export type ReceiptObuId = Uint8Array;

export type ResultOp = number;

/** Named numbers of ResultOp. */
export const ResultOp = { correctTransaction: 0, obeStatusNotAccepted: 1, equipmentStatusNotAccepted: 2, contractNotInWhiteList: 3, contractIdentifierInBlackList: 4, contractIdentifierNotCorrect: 5, expiredContract: 6, contractRestrictionsNotFulfilled: 7, claimedVehicleCharacteristicsNotValid: 8, vehicleClassAuthenticationFailed: 9, entryVehicleClassDifferentFromExitVehicleClass: 10, entryReceiptMissing: 11, entryReceiptNotValid: 12, entryTollStationNotValid: 13, equipmentNotCertified: 14, timeDifference: 15, accessCredentialsNotAccepted: 16, contractAuthenticatorNotAccepted: 17, receiptAuthenticatorNotAccepted: 18, claimedVehicleCharacteristicsMissing: 19, paymentMeansNotAccepted: 20, paymentAuthenticatorNotAccepted: 21, paymentMeansInBlackList: 22, paymentMeansNotCorrect: 23, expiredPaymentMeans: 24, paymentMeansRestrictionsNotFulfilled: 25 } as const;

export type ReceiptServiceSerialNumber = Int3Unsigned;

export type ReceiptText = Uint8Array;

export type StationType = number;

/** Named numbers of StationType. */
export const StationType = { unspecified: 0, closedEntryWithPayment: 1, closedEntryWithoutPayment: 2, closedTransit: 3, closedExit: 4, closedCredit: 5, mixed: 6, passage: 7, checkpoint: 8, reload: 9, reservedForFutureCENUse1: 10, reservedForFutureCENUse2: 11, reservedForFutureCENUse3: 12, reservedForFutureCENUse4: 13, privateUse5: 14, privateUse6: 15 } as const;

export type TariffClassId = Int4Unsigned;

export type Time = Int4Unsigned;

export type TimeClassId = Int2Unsigned;

export type TimeUnit = number;

/** Named numbers of TimeUnit. */
export const TimeUnit = { seconds: 0, minutes: 1, hours: 2, days: 3, months: 4 } as const;

export type TrailerType = number;

/** Named numbers of TrailerType. */
export const TrailerType = { notPresent: 0, trailer: 1, semitrailer: 2 } as const;

export type TyreConfiguration = number;

/** Named numbers of TyreConfiguration. */
export const TyreConfiguration = { notSpecified: 0, singleTyre: 1, dualTyres: 2, reservedForUse: 3 } as const;

export type UserClassId = Int1Unsigned;

export type VehicleAuthenticator = Uint8Array;

export type VehicleClass = Int1Unsigned;

export type VehicleCurrentMaxTrainWeight = Int2Unsigned;

export type VehicleTotalDistance = Int4Unsigned;

export type VehicleWeightLaden = Int2Unsigned;

export type Weekday = number;

/** Named numbers of Weekday. */
export const Weekday = { reserved: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 } as const;

export interface AbsolutePosition2d {
  gnssLon: EfcDataDictionary_Longitude;
  gnssLat: EfcDataDictionary_Latitude;
}

export interface AbsolutePosition3d {
  longitude: EfcDataDictionary_Longitude;
  latitude: EfcDataDictionary_Latitude;
  altitude?: EfcDataDictionary_Altitude;
}

export interface AxleWeightLimit {
  axleNumber: Int1Unsigned;
  maxLadenWeightOnAxle: Int2Unsigned;
}

export interface AxleWeightLimits {
  maxLadenweightOnAxle1: Int2Unsigned;
  maxLadenweightOnAxle2: Int2Unsigned;
  maxLadenweightOnAxle3: Int2Unsigned;
  maxLadenweightOnAxle4: Int2Unsigned;
  maxLadenweightOnAxle5: Int2Unsigned;
}

export interface DateCompact {
  year: number;
  month: number;
  day: number;
}

export interface DieselEmissionValues {
  particulate: Particulate;
  absorptionCoeff: Int2Unsigned;
}

export interface DriverCharacteristics {
  driverClass: Int1Unsigned;
  tripPurpose: Int1Unsigned;
}

export interface Distance {
  distanceValue: Int4Unsigned;
  distanceUnit?: DistanceUnit;
}

export interface EfcDataDictionary_Duration {
  durationValue: Int4Unsigned;
  timeUnit?: TimeUnit;
}

export interface EngineDetails {
  engineCapacity: Int2Unsigned;
  enginePower: Int2Unsigned;
}

export interface ExhaustEmissionValues {
  unitType: EmissionUnit;
  emissionCo: number;
  emissionHc: Int2Unsigned;
  emissionNox: Int2Unsigned;
  emissionHcNox: Int2Unsigned;
}

export interface NumberOfAxles {
  trailerAxles: number;
  tractorAxles: number;
}

export interface ObeId {
  manufacturerId: Int2Unsigned;
  equipmentObuId: EquipmentObuId;
}

export interface Particulate {
  unitType: EmissionUnit;
  value: number;
}

export interface PassengerCapacity {
  numberOfSeats: Int1Unsigned;
  numberOfStandingPlaces: Int1Unsigned;
}

export interface PaymentFee {
  paymentFeeAmount: Int2Unsigned;
  paymentFeeUnit: PayUnit;
}

export interface Period {
  beginOfPeriod: string;
  endOfPeriod: string;
}

export interface Provider {
  countryCode: CountryCode;
  providerIdentifier: IssuerIdentifier;
}

export interface RelativePosition3d {
  longitude: Int2Signed;
  latitude: Int2Signed;
  altitude?: Int2Signed;
}

export interface SessionClass {
  sessionTariffClass: Int1Unsigned;
  sessionClaimedClass: Int1Unsigned;
}

export interface SessionLocation {
  ascendingKilometrage: boolean;
  laneCodeNumber: number;
}

export type SignedValue = { positive: number; negative?: never }
  | { negative: number; positive?: never };

export interface SoundLevel {
  soundStationary: Int1Unsigned;
  soundDriveBy: Int1Unsigned;
}

export interface TimeCompact {
  hours: number;
  mins: number;
  doubleSecs: number;
}

export interface TrailerDetails {
  trailerType: TrailerType;
  trailerAxles: number;
}

export type AxlesWeightLimits = AxleWeightLimit[];

export interface ChargeObjectId {
  chargeObjectOperator?: Provider;
  chargeObjectDesignation: Int4Unsigned;
}

export interface ContractValidity {
  contractRestrictions: Uint8Array;
  contractExpiryDate: DateCompact;
}

export interface DateAndTime {
  timeDate: DateCompact;
  timeCompact: TimeCompact;
}

export interface EnvironmentalCharacteristics {
  euroValue: EuroValue;
  copValue: CopValue;
}

export interface Lpn {
  countryCode: CountryCode;
  alphabetIndicator: "latinAlphabetNo1" | "latinAlphabetNo2" | "latinAlphabetNo3" | "latinAlphabetNo4" | "latinCyrillicAlphabet" | "latinArabicAlphabet" | "latinGreekAlphabet" | "latinHebrewAlphabet" | "latinAlphabetNo5" | "latinAlphabetNo6" | "twoOctetBMP" | "fourOctetCanonical" | "reservedForUse1" | "reservedForUse2" | "reservedForUse3" | "reservedForUse4" | "reservedForUse5" | "reservedForUse6" | "reservedForUse7" | "reservedForUse8" | "reservedForUse9" | "reservedForUse10" | "reservedForUse11" | "reservedForUse12" | "reservedForUse13" | "reservedForUse14" | "reservedForUse15" | "reservedForUse16" | "reservedForUse17" | "reservedForUse18" | "reservedForUse19" | "reservedForUse20" | "reservedForUse21";
  licencePlateNumber: Uint8Array;
}

export interface PaymentMeans {
  personalAccountNumber: PersonalAccountNumber;
  paymentMeansExpiryDate: DateCompact;
  pamentMeansUsageControl: Uint8Array;
}

export type PaymentMeansBalance = SignedValue;

export type Point = { pointIdentifier: Int4Unsigned; absolutePointCoordinates?: never; relativePointCoordinates?: never }
  | { absolutePointCoordinates: AbsolutePosition3d; pointIdentifier?: never; relativePointCoordinates?: never }
  | { relativePointCoordinates: RelativePosition3d; pointIdentifier?: never; absolutePointCoordinates?: never };

export interface PurseBalance {
  purseValue: SignedValue;
  purseUnit: PayUnit;
}

export interface TrailerCharacteristics {
  trailerDetails: TrailerDetails;
  trailerMaxLadenWeight: Int2Unsigned;
  trailerWeightUnladen: Int2Unsigned;
}

export interface ValidityOfContract {
  issuerRestrictions: Uint8Array;
  contractExpiryDate: DateCompact;
}

export interface VehicleAxlesNumber {
  tyreConfiguration: TyreConfiguration;
  numberOfAxles: NumberOfAxles;
}

export interface VehicleDimensions {
  vehicleLengthOverall: Int1Unsigned;
  vehicleHeigthOverall: Int1Unsigned;
  vehicleWidthOverall: Int1Unsigned;
}

export interface VehicleWeightLimits {
  vehicleMaxLadenWeight: Int2Unsigned;
  vehicleTrainMaximumWeight: Int2Unsigned;
  vehicleWeightUnladen: Int2Unsigned;
}

export interface EfcContextMark {
  contractProvider: Provider;
  typeOfContract: Uint8Array;
  contextVersion: number;
}

export interface ReceiptContract {
  sessionContractProvider: Provider;
  sessionTypeOfContract: Uint8Array;
  sessionContractSerialNumber: Int4Unsigned;
}

export interface ReceiptData {
  sessionTime: DateAndTime;
  sessionServiceProvider: Provider;
  locationOfStation: Int2Unsigned;
  sessionLocation: SessionLocation;
  sessionType: Int1Unsigned;
  sessionResult: ResultOp;
  sessionTariffClass: Int1Unsigned;
  sessionClaimedClass: Int1Unsigned;
  sessionFee: PaymentFee;
  sessionContractProvider: Provider;
  sessionTypeOfContract: Uint8Array;
  sessionContextVersion: number;
  receiptDataAuthenticator: Uint8Array;
}

export interface ReceiptFinancialPart {
  personalAccountNumber: PersonalAccountNumber;
  sessionPaymentFee: PaymentFee;
  sessionCurrentBalance: PurseBalance;
  receiptFinancialSerialNumber: Int4Unsigned;
}

export interface ReceiptServicePart {
  sessionTime: DateAndTime;
  sessionServiceProvider: Provider;
  stationLocation: number;
  sessionLocation: BitString;
  typeOfSession: StationType;
  sessionResultOperational: ResultOp;
  sessionResultFinancial: ResultFin;
}

export interface UserId {
  pan?: PersonalAccountNumber;
  contractSerialNumber?: ContractSerialNumber;
  licencePlateNumber?: Lpn;
  obeId?: ObeId;
  iccId?: EquipmentIccId;
}

export interface VehicleAxles {
  vehicleFirstAxleHeight: Int1Unsigned;
  vehicleAxlesNumber: VehicleAxlesNumber;
}

export interface VehicleSpecificCharacteristics {
  environmentalCharacteristics: EnvironmentalCharacteristics;
  engineCharacteristics: EngineCharacteristics;
  descriptiveCharacteristics: DescriptiveCharacteristics;
  futureCharacteristics: FutureCharacteristics;
}

export interface AggregatedSingleTariffClassSession {
  timePeriodCovered?: Period;
  currentTariffClass?: TariffClassDescription;
  vehicleDescription?: VehicleDescription;
  totalDistanceCovered?: Distance;
  numberOfDetectedEvents?: Int2Unsigned;
  obeStatus?: Int1Unsigned;
  feeExclVat?: PaymentFee;
  sumVat?: PaymentFee;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface DetectedChargeObject {
  chargeObjectId: ChargeObjectId;
  subObjectNumber?: Int4Unsigned;
  timeWhenUsed?: string;
  mileageWhenUsed?: Distance;
  currentTariffClass?: TariffClassDescription;
  vehicleDescription?: VehicleDescription;
  obeStatus?: Int1Unsigned;
  feeExclVat?: PaymentFee;
  sumVat?: PaymentFee;
  chargeObjDetectionMode?: DetectionMode;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TariffClassDescription {
  tariffClassId?: TariffClassId;
  localVehicleClassId?: LocalVehicleClassId;
  timeClassId?: TimeClassId;
  locationClassId?: LocationClassId;
  userClassId?: UserClassId;
}

export interface VehicleDescription {
  vehicleLPNr?: Lpn;
  axles?: VehicleAxles;
  class?: VehicleClass;
  dimensions?: VehicleDimensions;
  specificCharacteristics?: VehicleSpecificCharacteristics;
  ladenWeight?: VehicleWeightLaden;
  weightLimits?: VehicleWeightLimits;
  trailerCharacteristics?: TrailerCharacteristics;
  vehicleCurrentMaxTrainWeight?: VehicleCurrentMaxTrainWeight;
  actualNumberOfPassengers?: ActualNumberOfPassengers;
  axleWeightLimits?: AxleWeightLimits;
  dieselEmissionValues?: DieselEmissionValues;
  driverCharacteristics?: DriverCharacteristics;
  engineDetails?: EngineDetails;
  exhaustEmissionValues?: ExhaustEmissionValues;
  passengerCapacity?: PassengerCapacity;
  soundLevel?: SoundLevel;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type AccidentsAndIncidents = number;

/** Named numbers of AccidentsAndIncidents. */
export const AccidentsAndIncidents = { accident: 513, "serious-accident": 514, "injury-accident": 515, "minor-accident": 516, "multi-vehicle-accident": 517, "numerous-accidents": 518, "accident-involving-a-bicycle": 519, "accident-involving-a-bus": 520, "accident-involving-a-motorcycle": 521, "accident-involving-a-pedestrian": 522, "accident-involving-a-train": 523, "accident-involving-a-truck": 524, "accident-involving-a-semi-trailer": 562, "accident-involving-hazardous-materials": 525, "earlier-accident": 526, "medical-emergency": 527, "secondary-accident": 528, "rescue-and-recovery-work-REMOVED": 529, "accident-investigation-work": 530, incident: 531, "stalled-vehicle": 532, "abandoned-vehicle": 533, "disabled-vehicle": 534, "disabled-truck": 535, "disabled-semi-trailer": 536, "disabled-bus": 537, "disabled-train": 538, "vehicle-spun-out": 539, "vehicle-on-fire": 540, "vehicle-in-water": 541, "vehicles-slowing-to-look-at-accident": 542, "jackknifed-semi-trailer": 543, "jackknifed-trailer-home": 544, "jackknifed-trailer": 545, "spillage-occurring-from-moving-vehicle": 546, "acid-spill": 547, "chemical-spill": 548, "fuel-spill": 549, "hazardous-materials-spill": 550, "oil-spill": 551, "spilled-load": 552, "toxic-spill": 553, "overturned-vehicle": 554, "overturned-truck": 555, "overturned-semi-trailer": 556, "overturned-bus": 557, "derailed-train": 558, "stuck-vehicle": 559, "truck-stuck-under-bridge": 560, "bus-stuck-under-bridge": 561, "accident-cleared": 638, "incident-cleared": 639 } as const;

export type AlternateRoute = number;

/** Named numbers of AlternateRoute. */
export const AlternateRoute = { "detour-where-possible": 8449, "no-detour-available": 8450, "follow-signs": 8451, "follow-detour-signs": 8452, "follow-special-detour-markers": 8453, "do-not-follow-detour-signs": 8454, "detour-in-operation": 8455, "follow-local-detour": 8456, "compulsory-detour-in-operation": 8457, "no-suitable-detour-available": 8458, "detour-is-no-longer-recommended": 8459, "local-drivers-are-recommended-to-avoid-the-area": 8460, "trucks-are-recommended-to-avoid-the-area": 8461, "consider-alternate-route": 8462, "consider-alternate-parking": 8463, "consider-alternate-destination": 8464, "consider-alternate-area": 8465, "snow-route": 8466, "emergency-snow-route": 8467, "evacuation-route": 8468, "truck-route": 8469, "hazardous-materials-route": 8470, detour: 8471 } as const;

export type AssetStatus = number;

/** Named numbers of AssetStatus. */
export const AssetStatus = { "unknown-status": 10240, "ready-for-use": 10241, "working-normally": 10242, "working-autonomously": 10243, "working-incorrectly": 10244, "not-working": 10245, "normal-maintenance": 10246, "in-route-to-use": 10247, "returning-from-use": 10248, "out-of-service": 10249, "off-duty": 10250, "on-patrol": 10251, "on-call": 10252, "on-break": 10253, "mandatory-time-off": 10254, "low-on-fuel": 10255, "low-on-water": 10256, "low-charge": 10257, missing: 10258 } as const;

export type Closures = number;

/** Named numbers of Closures. */
export const Closures = { "closed-to-traffic": 769, closed: 770, "closed-ahead": 771, "closed-intermittently": 772, "closed-for-repairs": 773, "closed-for-the-season": 774, blocked: 775, "blocked-ahead": 776, "reduced-to-one-lane": 777, "reduced-to-two-lanes": 778, "reduced-to-three-lanes": 779, collapse: 780, out: 781, "open-to-traffic": 891, open: 892, "reopened-to-traffic": 893, clearing: 894, "cleared-from-road": 895 } as const;

export type DelayStatusCancellation = number;

/** Named numbers of DelayStatusCancellation. */
export const DelayStatusCancellation = { delays: 1537, "short-delays": 1538, "long-delays": 1539, "very-long-delays": 1540, "delays-of-uncertain-duration": 1541, "delayed-until-further-notice": 1542, busy: 1543, "very-busy": 1544, crowded: 1545, overcrowded: 1546, cancellations: 1547, "route-canceled-and-no-replacement": 1548, "service-canceled": 1549, "service-suspended": 1550, "service-withdrawn": 1551, "service-fully-booked": 1552, "all-services-fully-booked": 1553, "next-departure": 1554, "next-arrival": 1555, "very-frequent-service": 1556, "frequent-service": 1557, "fairly-frequent-service": 1558, "regular-service": 1559, "irregular-service": 1560, "not-operating": 1561, "system-busy": 1562, "system-very-busy": 1563, "system-crowded": 1564, "system-overcrowded": 1565, "deleted-travel-time": 1566, headway: 1567, "extra-services-in-operation": 1568, "delays-clearing": 1660, "delays-cleared": 1661, "normal-services-resumed": 1662, operating: 1663 } as const;

export type DeviceStatus = number;

/** Named numbers of DeviceStatus. */
export const DeviceStatus = { "lane-control-signs-not-working": 2305, "lane-control-signs-working-incorrectly": 2306, "lane-control-signs-operating": 2307, "variable-message-signs-not-working": 2308, "variable-message-signs-working-incorrectly": 2309, "variable-message-signs-operating": 2310, "emergency-telephones-not-working": 2311, "emergency-telephone-number-not-working": 2312, "traffic-lights-not-working": 2313, "traffic-lights-working-incorrectly": 2314, "ramp-control-signals-not-working": 2315, "ramp-control-signals-working-incorrectly": 2316, "temporary-traffic-lights-not-working": 2317, "temporary-traffic-lights-working-incorrectly": 2318, "traffic-signal-control-computer-not-working": 2319, "traffic-signal-timings-changed": 2320, "overheight-warning-system-triggered": 2321, "equipment-failure": 2322, "railroad-crossing-equipment-failure": 2323, "tunnel-ventilation-not-working": 2324, "power-failure": 2325, "widespread-power-outages": 2326, "technical-problems": 2327, "sign-down": 2328, "lines-in-road-faded": 2329, "damaged-light-standard": 2330, "traffic-signal-stuck-on-flash": 2331, "guide-rail": 2332, fencing: 2333, "light-standard-hanging-by-wires": 2334, "call-box": 2335, "signal-cabinet": 2336, detector: 2337, "improper-use-of-State-vehicle-or-equipment": 2338, "bulb-out": 2339, "not-yet-operational": 2340, "not-yet-installed": 2341, "electronic-signs-repaired": 2428, "emergency-call-facilities-restored": 2429, "traffic-signals-repaired": 2430, "railroad-crossing-equipment-now-working-normally": 2431 } as const;

export type Disasters = number;

/** Named numbers of Disasters. */
export const Disasters = { "flash-flood": 3073, "major-flood": 3074, "reservoir-failure": 3075, "levee-failure": 3076, tsunami: 3077, "tidal-wave": 3078, "volcanic-eruption": 3079, "ash-fall": 3080, "lava-flow": 3081, "serious-fire": 3082, "forest-fire": 3083, wildfire: 3084, "building-fire": 3085, "brush-fire": 3086, "grass-fire": 3087, "fire-danger-extreme": 3088, "fire-danger-very-high": 3089, "fire-danger-high": 3090, "fire-danger-medium": 3091, "fire-danger-low": 3092, "earthquake-damage": 3093, "air-crash": 3094, "rail-crash": 3095, "toxic-release": 3096, "toxic-leak": 3097, "radioactive-release": 3098, "radiation-hazard": 3099, "reactor-leakage": 3100, explosion: 3101, "major-hazardous-materials-fire": 3102, "major-hazardous-materials-release": 3103, "disaster-cleared": 3199 } as const;

export type Disturbances = number;

/** Named numbers of Disturbances. */
export const Disturbances = { assault: 3329, crime: 3330, robbery: 3331, "fare-dispute": 3332, shooting: 3333, "gunfire-on-roadway": 3334, suicide: 3335, fight: 3336, "gang-fight": 3337, "person-harassment": 3338, "person-injured": 3339, "sick-customer": 3363, "unruly-passenger": 3340, "person-intoxicated": 3341, "crowd-control-problem": 3342, demonstration: 3343, march: 3344, "public-disturbance": 3345, riot: 3346, "civil-unrest": 3347, "civil-emergency": 3348, strike: 3349, "public-transit-strike": 3350, stampede: 3351, "teargas-used": 3352, "security-alert": 3353, "security-incident": 3354, checkpoint: 3355, "bomb-alert": 3356, "terrorist-incident": 3357, "high-velocity-shell-fire": 3358, "explosives-in-use": 3359, "air-raid": 3360, "weapons-of-mass-destruction-threat": 3361, "military-operations": 3362, "security-problem-cleared": 3454, "traffic-disturbance-cleared": 3455 } as const;

export type J2540ITIS_GenericLocations = number;

/** Named numbers of GenericLocations. */
export const J2540ITIS_GenericLocations = { "on-bridges": 7937, "in-tunnels": 7938, "entering-or-leaving-tunnels": 7939, "on-ramps": 7940, "in-road-construction-area": 7941, "around-a-curve": 7942, "on-curve": 8026, "on-tracks": 8009, "in-street": 8025, shoulder: 8027, "on-minor-roads": 7943, "in-the-opposing-lanes": 7944, "adjacent-to-roadway": 7945, "across-tracks": 8024, "on-bend": 7946, intersection: 8032, "entire-intersection": 7947, "in-the-median": 7948, "moved-to-side-of-road": 7949, "moved-to-shoulder": 7950, "on-the-roadway": 7951, dip: 8010, "traffic-circle": 8011, crossover: 8028, "cross-road": 8029, "side-road": 8030, to: 8014, by: 8015, through: 8016, "area-of": 8017, under: 8018, over: 8019, from: 8020, approaching: 8021, "entering-at": 8022, "exiting-at": 8023, "in-shaded-areas": 7952, "in-low-lying-areas": 7953, "in-the-downtown-area": 7954, "in-the-inner-city-area": 7955, "in-parts": 7956, "in-some-places": 7957, "in-the-ditch": 7958, "in-the-valley": 7959, "on-hill-top": 7960, "near-the-foothills": 7961, "at-high-altitudes": 7962, "near-the-lake": 7963, "near-the-shore": 7964, "nearby-basin": 8008, "over-the-crest-of-a-hill": 7965, "other-than-on-the-roadway": 7966, "near-the-beach": 7967, "near-beach-access-point": 7968, "mountain-pass": 8006, "lower-level": 7969, "upper-level": 7970, coast: 8034, airport: 7971, concourse: 7972, gate: 7973, "baggage-claim": 7974, "customs-point": 7975, "reservation-center": 8007, station: 7976, platform: 7977, dock: 7978, depot: 7979, "ev-charging-point": 7980, "information-welcome-point": 7981, "at-rest-area": 7982, "at-service-area": 7983, "at-weigh-station": 7984, "roadside-park": 8033, "picnic-areas": 7985, "rest-area": 7986, "service-stations": 7987, toilets: 7988, "bus-stop": 8031, "park-and-ride-lot": 8012, "on-the-right": 7989, "on-the-left": 7990, "in-the-center": 7991, "in-the-opposite-direction": 7992, "cross-traffic": 7993, "northbound-traffic": 7994, "eastbound-traffic": 7995, "southbound-traffic": 7996, "westbound-traffic": 7997, north: 7998, south: 7999, east: 8000, west: 8001, northeast: 8002, northwest: 8003, southeast: 8004, southwest: 8005 } as const;

export type J2540ITIS_IncidentResponseEquipment = number;

/** Named numbers of IncidentResponseEquipment. */
export const J2540ITIS_IncidentResponseEquipment = { "ground-fire-suppression": 9985, "heavy-ground-equipment": 9986, aircraft: 9988, "marine-equipment": 9989, "support-equipment": 9990, "medical-rescue-unit": 9991, other: 9993, "ground-fire-suppression-other": 9994, engine: 9995, "truck-or-aerial": 9996, quint: 9997, "tanker-pumper-combination": 9998, "brush-truck": 10000, "aircraft-rescue-firefighting": 10001, "heavy-ground-equipment-other": 10004, "dozer-or-plow": 10005, tractor: 10006, "tanker-or-tender": 10008, "aircraft-other": 10024, "aircraft-fixed-wing-tanker": 10025, helitanker: 10026, helicopter: 10027, "marine-equipment-other": 10034, "fire-boat-with-pump": 10035, "boat-no-pump": 10036, "support-apparatus-other": 10044, "breathing-apparatus-support": 10045, "light-and-air-unit": 10046, "medical-rescue-unit-other": 10054, "rescue-unit": 10055, "urban-search-rescue-unit": 10056, "high-angle-rescue": 10057, "crash-fire-rescue": 10058, "bLS-unit": 10059, "aLS-unit": 10060, "mobile-command-post": 10075, "chief-officer-car": 10076, "hAZMAT-unit": 10077, "type-i-hand-crew": 10078, "type-ii-hand-crew": 10079, "privately-owned-vehicle": 10083, "other-apparatus-resource": 10084, ambulance: 10085, "bomb-squad-van": 10086, "combine-harvester": 10087, "construction-vehicle": 10088, "farm-tractor": 10089, "grass-cutting-machines": 10090, "hAZMAT-containment-tow": 10091, "heavy-tow": 10092, "light-tow": 10094, "flatbed-tow": 10114, "hedge-cutting-machines": 10093, "mobile-crane": 10095, "refuse-collection-vehicle": 10096, "resurfacing-vehicle": 10097, "road-sweeper": 10098, "survey-crews": 10115, "roadside-litter-collection-crews": 10099, "salvage-vehicle": 10100, "sand-truck": 10101, snowplow: 10102, "steam-roller": 10103, "swat-team-van": 10104, "track-laying-vehicle": 10105, "unknown-vehicle": 10106, "white-lining-vehicle": 10107, "dump-truck": 10108, "supervisor-vehicle": 10109, "snow-blower": 10110, "rotary-snow-blower": 10111, "road-grader": 10112, "steam-truck": 10113 } as const;

export type IncidentResponseStatus = number;

/** Named numbers of IncidentResponseStatus. */
export const IncidentResponseStatus = { "unconfirmed-report": 2817, "initial-response-en-route": 2818, "follow-up-response-en-route": 2819, "initial-response-on-scene": 2820, "follow-up-response-on-scene": 2821, "confirmed-report": 2822, "scene-is-unsecured-at-this-time": 2823, "response-scene-secured": 2824, "rescue-and-recovery-work-in-progress": 2825, "extraction-in-progress": 2826, "clearance-work-in-progress": 2827, "body-removal-operations": 2828, "fire-containment-contained": 2829, "fire-containment-not-contained": 2830, "event-cleared": 2831, "traffic-clearing": 2832, "incident-closed": 2833 } as const;

export type SystemInformation = number;

/** Named numbers of SystemInformation. */
export const SystemInformation = { "information-available-on-radio": 4353, "information-available-on-TV": 4354, "call-to-get-information": 4355, "information-available-via-Internet": 4356, "test-message": 4357, "no-information-available": 4358, "null-description": 4359, "police-assistance": 4361, "police-monitor-CB": 4362, "emergency-notification": 4363, "in-emergency-dial-911": 4364, "travel-Info-call-511": 4365, "car-pool-information": 4366, "information-service-resumed": 4478, "information-service-is-being-suspended": 4360, "message-canceled": 4479 } as const;

export type AdviceInstructionsMandatory = number;

/** Named numbers of AdviceInstructionsMandatory. */
export const AdviceInstructionsMandatory = { "keep-to-the-right": 7425, "keep-to-the-left": 7426, "use-right-lane": 7427, "use-left-lane": 7428, "stay-in-lane": 7450, merge: 7451, "heavy-vehicles-use-right-lane": 7429, "heavy-vehicles-use-left-lane": 7430, "observe-signals": 7431, "observe-signs": 7432, "no-passing": 7433, "no-smoking": 7434, "no-open-flames": 7435, "use-shoulder-as-lane": 7436, "do-not-drive-on-the-shoulder": 7437, "allow-emergency-vehicles-to-pass": 7438, "clear-a-lane-for-emergency-vehicles": 7439, "pull-over-to-the-edge-of-the-roadway": 7440, "wait-for-escort-vehicle": 7441, "in-emergency-wait-for-police-patrol": 7442, "reduce-your-speed": 7443, "observe-speed-limits": 7444, "check-point": 7445, "entry-requirements": 7446, "insurance-requirements": 7447, "firearms-requirements": 7448, "pet-requirements": 7449, "slower-traffic-keep-right": 7452, "keep-off": 7453, "evacuate-area-immediately": 7454, "shoulder-travel-no-longer-allowed": 7547 } as const;

export type AdviceInstructionsRecommendations = number;

/** Named numbers of AdviceInstructionsRecommendations. */
export const AdviceInstructionsRecommendations = { "drive-carefully": 7169, "drive-with-extreme-caution": 7170, "approach-with-care": 7171, "keep-your-distance": 7172, "increase-normal-following-distance": 7173, "test-your-brakes": 7174, "cross-intersection-with-care": 7175, "pass-with-care": 7176, pass: 7200, "use-low-beam-headlights": 7177, "use-fog-lights": 7178, "use-hazard-warning-lights": 7179, "do-not-leave-your-vehicle": 7180, "leave-your-vehicle-and-proceed-to-next-safe-place": 7181, "turn-off-engine": 7182, "close-all-windows-turn-off-heater-air-conditioner-and-vents": 7183, "turn-off-air-conditioner-to-prevent-engine-overheating": 7184, "turn-off-mobile-phones-and-two-way-radios": 7185, "prepare-to-stop": 7186, "be-prepared-to-stop": 7201, "stop-at-next-rest-area": 7187, "stop-at-next-safe-place": 7188, "only-travel-if-absolutely-necessary": 7189, "drive-to-another-service-area": 7190, "use-through-traffic-lanes": 7191, "use-local-traffic-lanes": 7192, "use-left-hand-parallel-roadway": 7193, "use-right-hand-parallel-roadway": 7194, "use-heavy-vehicle-lane": 7195, "observe-recommended-speed": 7196, "signals-sequenced-for-speed": 7202, "maintain-top-safe-speed": 7203, "facing-traffic": 7197, "push-button": 7198, "to-cross-street": 7199, "evacuate-area-voluntarily": 7204, "shelter-in-place": 7205 } as const;

export type J2540ITIS_ITIStext = string;

export type ITISgroups = number;

/** Named numbers of ITISgroups. */
export const ITISgroups = { trafficConditions: 1, accidentsAndIncidents: 2, closures: 3, roadwork: 4, obstruction: 5, delayStatusCancellation: 6, unusualDriving: 7, mobileSituation: 8, deviceStatus: 9, restrictionClass: 10, incidentResponseStatus: 11, disasters: 12, disturbances: 13, sportingEvents: 14, specialEvents: 15, parkingInformation: 16, systemInformation: 17, weatherConditions: 18, precipitation: 19, winds: 20, visibilityAndAirQuality: 21, temperature: 22, pavementConditions: 23, winterDrivingRestrictions: 24, winterDrivingIndex: 25, suggestionAdvice: 26, warningAdvice: 27, adviceInstructionsRecommendations: 28, adviceInstructionsMandatory: 29, qualifiers: 30, genericLocations: 31, laneRoadway: 32, alternateRoute: 33, units: 34, transitMode: 35, vehicleGroupAffected: 36, travelerGroupAffected: 37, responderGroupAffected: 38, incidentResponseEquipment: 39, assetStatus: 40, roadsideAssets: 41, transitOperations: 42, objects: 43, validManeuvers: 44, largeNumbers: 45, namedObjects: 46, recreationalObjectsAndActivities: 47, regulatoryAndWarningSigns: 48, smallNumbers: 49, states: 50, structures: 51, streetSuffixes: 52, mUTCDLocations: 53 } as const;

export type J2540ITIS_ITIScodes = number;

/** Named numbers of ITIScodes. */
export const J2540ITIS_ITIScodes = { "stopped-traffic": 257, "stop-and-go-traffic": 258, "slow-traffic": 259, "heavy-traffic": 260, "traffic-building": 261, "long-queues": 262, "traffic-congestion": 263, "traffic-lighter-than-normal": 264, "traffic-heavier-than-normal": 265, "traffic-much-heavier-than-normal": 266, "current-speed": 267, "speed-limit": 268, "travel-time": 269, "merging-traffic": 272, contraflow: 273, "contraflow-canceled": 378, "traffic-flowing-freely": 379, "traffic-easing": 380, "traffic-returned-to-normal": 381, "no-problems-to-report": 382, "traffic-congestion-cleared": 383, accident: 513, "serious-accident": 514, "injury-accident": 515, "minor-accident": 516, "multi-vehicle-accident": 517, "numerous-accidents": 518, "accident-involving-a-bicycle": 519, "accident-involving-a-bus": 520, "accident-involving-a-motorcycle": 521, "accident-involving-a-pedestrian": 522, "accident-involving-a-train": 523, "accident-involving-a-truck": 524, "accident-involving-a-semi-trailer": 562, "accident-involving-hazardous-materials": 525, "earlier-accident": 526, "medical-emergency": 527, "secondary-accident": 528, "rescue-and-recovery-work-REMOVED": 529, "accident-investigation-work": 530, incident: 531, "stalled-vehicle": 532, "abandoned-vehicle": 533, "disabled-vehicle": 534, "disabled-truck": 535, "disabled-semi-trailer": 536, "disabled-bus": 537, "disabled-train": 538, "vehicle-spun-out": 539, "vehicle-on-fire": 540, "vehicle-in-water": 541, "vehicles-slowing-to-look-at-accident": 542, "jackknifed-semi-trailer": 543, "jackknifed-trailer-home": 544, "jackknifed-trailer": 545, "spillage-occurring-from-moving-vehicle": 546, "acid-spill": 547, "chemical-spill": 548, "fuel-spill": 549, "hazardous-materials-spill": 550, "oil-spill": 551, "spilled-load": 552, "toxic-spill": 553, "overturned-vehicle": 554, "overturned-truck": 555, "overturned-semi-trailer": 556, "overturned-bus": 557, "derailed-train": 558, "stuck-vehicle": 559, "truck-stuck-under-bridge": 560, "bus-stuck-under-bridge": 561, "accident-cleared": 638, "incident-cleared": 639, "closed-to-traffic": 769, closed: 770, "closed-ahead": 771, "closed-intermittently": 772, "closed-for-repairs": 773, "closed-for-the-season": 774, blocked: 775, "blocked-ahead": 776, "reduced-to-one-lane": 777, "reduced-to-two-lanes": 778, "reduced-to-three-lanes": 779, collapse: 780, out: 781, "open-to-traffic": 891, open: 892, "reopened-to-traffic": 893, clearing: 894, "cleared-from-road": 895, "road-construction": 1025, "major-road-construction": 1026, "long-term-road-construction": 1027, "construction-work": 1028, "paving-operations": 1029, "work-in-the-median": 1030, "road-reconstruction": 1031, "opposing-traffic": 1032, "narrow-lanes": 1033, "construction-traffic-merging": 1034, "single-line-traffic-alternating-directions": 1035, "road-maintenance-operations": 1036, "road-marking-operations": 1037, "road-widening": 1061, cracks: 1052, "crack-REMOVE": 1058, bumps: 1053, "drop-off": 1059, "storm-drain": 1054, "bridge-maintenance-operations": 1038, "bridge-construction": 1039, "bridge-demolition-work": 1040, "seismic-retrofit": 1060, "overgrown-grass": 1055, "overgrown-brushshrubs": 1056, "overgrown-trees": 1057, blasting: 1041, "avalanche-control-activities": 1042, "water-main-work": 1043, "gas-main-work": 1044, "work-on-underground-cables": 1045, "work-on-underground-services": 1046, "new-road-construction-layout": 1047, "new-road-layout": 1048, "temporary-lane-markings": 1049, "temporary-traffic-lights": 1050, "emergency-maintenance": 1051, "utility-work": 1062, "road-maintenance-cleared": 1146, "normal-road-layout-restored": 1147, "road-work-clearance-in-progress": 1148, "road-construction-cleared": 1149, "normal-traffic-lanes-restored": 1150, "road-work-cleared": 1151, "obstruction-on-roadway": 1281, "object-on-roadway": 1282, "objects-falling-from-moving-vehicle": 1283, "debris-on-roadway": 1284, "storm-damage": 1285, "people-on-roadway": 1286, "bicyclists-on-roadway": 1287, "sightseers-obstructing-access": 1288, "large-numbers-of-visitors": 1289, "animal-on-roadway": 1290, "large-animal-on-roadway": 1291, "herd-of-animals-on-roadway": 1292, "animal-struck": 1293, "advertising-signs": 1315, "fallen-trees": 1294, "over-turned-trees": 1311, "tree-limbs": 1312, "utility-pole-down": 1314, "downed-power-lines": 1295, "downed-cables": 1296, subsidence: 1297, "road-surface-collapse": 1298, "frost-jacking": 1317, "frost-heave": 1316, "pavement-buckled": 1299, pothole: 1300, flooding: 1301, "broken-water-main": 1302, "collapsed-sewer": 1303, "wash-out": 1319, washboard: 1318, "sewer-overflow": 1304, "gas-leak": 1305, snowmelt: 1306, mudslide: 1307, avalanche: 1308, rockfall: 1309, landslide: 1310, "clearance-work": 1406, "obstruction-cleared": 1407, delays: 1537, "short-delays": 1538, "long-delays": 1539, "very-long-delays": 1540, "delays-of-uncertain-duration": 1541, "delayed-until-further-notice": 1542, busy: 1543, "very-busy": 1544, crowded: 1545, overcrowded: 1546, cancellations: 1547, "route-canceled-and-no-replacement": 1548, "service-canceled": 1549, "service-suspended": 1550, "service-withdrawn": 1551, "service-fully-booked": 1552, "all-services-fully-booked": 1553, "next-departure": 1554, "next-arrival": 1555, "very-frequent-service": 1556, "frequent-service": 1557, "fairly-frequent-service": 1558, "regular-service": 1559, "irregular-service": 1560, "not-operating": 1561, "system-busy": 1562, "system-very-busy": 1563, "system-crowded": 1564, "system-overcrowded": 1565, "deleted-travel-time": 1566, headway: 1567, "extra-services-in-operation": 1568, "delays-clearing": 1660, "delays-cleared": 1661, "normal-services-resumed": 1662, operating: 1663, "vehicle-traveling-wrong-way": 1793, "reckless-driver": 1794, "prohibited-vehicle-on-roadway": 1795, "emergency-vehicles-on-roadway": 1796, "high-speed-emergency-vehicles": 1797, "high-speed-chase": 1798, "dangerous-vehicle-warning-cleared": 1918, "emergency-vehicle-warning-cleared": 1919, "abnormal-load": 2049, "wide-load": 2050, "long-load": 2051, "slow-vehicle": 2052, "farm-equipment": 2053, "horse-drawn-vehicles": 2054, "overheight-load": 2055, "overweight-load": 2056, "tracked-vehicle": 2057, "vehicle-carrying-hazardous-materials": 2058, "slow-moving-maintenance-vehicle": 2059, convoy: 2060, "military-convoy": 2061, "refugee-convoy": 2062, motorcade: 2063, "mobile-situation-repositioning": 2064, "winter-maintenance-vehicles": 2065, snowplows: 2066, "slow-moving-maintenance-vehicle-warning-cleared": 2172, "exceptional-load-warning-cleared": 2173, "hazardous-load-warning-cleared": 2174, "convoy-cleared": 2175, "lane-control-signs-not-working": 2305, "lane-control-signs-working-incorrectly": 2306, "lane-control-signs-operating": 2307, "variable-message-signs-not-working": 2308, "variable-message-signs-working-incorrectly": 2309, "variable-message-signs-operating": 2310, "emergency-telephones-not-working": 2311, "emergency-telephone-number-not-working": 2312, "traffic-lights-not-working": 2313, "traffic-lights-working-incorrectly": 2314, "ramp-control-signals-not-working": 2315, "ramp-control-signals-working-incorrectly": 2316, "temporary-traffic-lights-not-working": 2317, "temporary-traffic-lights-working-incorrectly": 2318, "traffic-signal-control-computer-not-working": 2319, "traffic-signal-timings-changed": 2320, "overheight-warning-system-triggered": 2321, "equipment-failure": 2322, "railroad-crossing-equipment-failure": 2323, "tunnel-ventilation-not-working": 2324, "power-failure": 2325, "widespread-power-outages": 2326, "technical-problems": 2327, "sign-down": 2328, "lines-in-road-faded": 2329, "damaged-light-standard": 2330, "traffic-signal-stuck-on-flash": 2331, "guide-rail": 2332, fencing: 2333, "light-standard-hanging-by-wires": 2334, "call-box": 2335, "signal-cabinet": 2336, detector: 2337, "improper-use-of-State-vehicle-or-equipment": 2338, "bulb-out": 2339, "not-yet-operational": 2340, "not-yet-installed": 2341, "electronic-signs-repaired": 2428, "emergency-call-facilities-restored": 2429, "traffic-signals-repaired": 2430, "railroad-crossing-equipment-now-working-normally": 2431, restrictions: 2561, "ramp-restrictions": 2562, "truck-restriction": 2563, "speed-restriction": 2564, "noise-restriction": 2565, "traffic-regulations-have-been-changed": 2566, "local-access-only": 2567, "no-trailers": 2568, "no-high-profile-vehicles": 2569, "hazardous-materials-truck-restriction": 2570, "no-through-traffic": 2571, "no-motor-vehicles": 2572, "width-limit": 2573, "height-limit": 2574, "length-limit": 2575, "axle-load-limit": 2576, "gross-weight-limit": 2577, "axle-count-limit": 2578, "carpool-lane-available": 2579, "carpool-restrictions-changed": 2580, "hOV-2-no-single-occupant-vehicles": 2581, "hOV-3-no-vehicles-with-less-than-three-occupants": 2582, "bus-lane-available-for-all-vehicles": 2583, "truck-lane-available-for-all-vehicles": 2584, "permits-call-in-basis": 2585, "permits-temporarily-closed": 2586, "permits-closed": 2587, "road-use-permits-required": 2588, "permits-open": 2675, "restrictions-for-high-profile-vehicles-lifted": 2676, "width-limit-lifted": 2677, "height-limit-lifted": 2678, "length-limit-lifted": 2679, "axle-load-limit-lifted": 2680, "weight-limit-lifted": 2681, "axle-count-limit-lifted": 2682, "carpool-restrictions-lifted": 2683, "lane-restrictions-lifted": 2684, "ramp-restrictions-lifted": 2685, "motor-vehicle-restrictions-lifted": 2686, "restrictions-lifted": 2687, "unconfirmed-report": 2817, "initial-response-en-route": 2818, "follow-up-response-en-route": 2819, "initial-response-on-scene": 2820, "follow-up-response-on-scene": 2821, "confirmed-report": 2822, "scene-is-unsecured-at-this-time": 2823, "response-scene-secured": 2824, "rescue-and-recovery-work-in-progress": 2825, "extraction-in-progress": 2826, "clearance-work-in-progress": 2827, "body-removal-operations": 2828, "fire-containment-contained": 2829, "fire-containment-not-contained": 2830, "event-cleared": 2831, "traffic-clearing": 2832, "incident-closed": 2833, "flash-flood": 3073, "major-flood": 3074, "reservoir-failure": 3075, "levee-failure": 3076, tsunami: 3077, "tidal-wave": 3078, "volcanic-eruption": 3079, "ash-fall": 3080, "lava-flow": 3081, "serious-fire": 3082, "forest-fire": 3083, wildfire: 3084, "building-fire": 3085, "brush-fire": 3086, "grass-fire": 3087, "fire-danger-extreme": 3088, "fire-danger-very-high": 3089, "fire-danger-high": 3090, "fire-danger-medium": 3091, "fire-danger-low": 3092, "earthquake-damage": 3093, "air-crash": 3094, "rail-crash": 3095, "toxic-release": 3096, "toxic-leak": 3097, "radioactive-release": 3098, "radiation-hazard": 3099, "reactor-leakage": 3100, explosion: 3101, "major-hazardous-materials-fire": 3102, "major-hazardous-materials-release": 3103, "disaster-cleared": 3199, assault: 3329, crime: 3330, robbery: 3331, "fare-dispute": 3332, shooting: 3333, "gunfire-on-roadway": 3334, suicide: 3335, fight: 3336, "gang-fight": 3337, "person-harassment": 3338, "person-injured": 3339, "sick-customer": 3363, "unruly-passenger": 3340, "person-intoxicated": 3341, "crowd-control-problem": 3342, demonstration: 3343, march: 3344, "public-disturbance": 3345, riot: 3346, "civil-unrest": 3347, "civil-emergency": 3348, strike: 3349, "public-transit-strike": 3350, stampede: 3351, "teargas-used": 3352, "security-alert": 3353, "security-incident": 3354, checkpoint: 3355, "bomb-alert": 3356, "terrorist-incident": 3357, "high-velocity-shell-fire": 3358, "explosives-in-use": 3359, "air-raid": 3360, "weapons-of-mass-destruction-threat": 3361, "military-operations": 3362, "security-problem-cleared": 3454, "traffic-disturbance-cleared": 3455, "sports-event": 3585, game: 3586, tournament: 3587, "track-and-field-event": 3588, "baseball-game": 3589, "basketball-game": 3590, "boxing-match": 3591, "football-game": 3592, "soccer-game": 3593, "golf-tournament": 3594, "hockey-game": 3595, "tennis-tournament": 3596, "wrestling-match": 3597, "road-race": 3598, "automobile-race": 3599, "bicycle-race": 3600, "race-event": 3601, marathon: 3602, "horse-show": 3603, rodeo: 3604, "water-sports-event": 3605, "winter-sports-event": 3606, "skating-event": 3607, "dog-sled-race": 3608, "sporting-event-ended": 3711, "major-event": 3841, airshow: 3842, "hot-air-ballooning": 3843, concert: 3844, "state-occasion": 3845, "vIP-visit": 3846, show: 3847, festival: 3848, exhibition: 3849, "performing-arts": 3850, "outdoor-market": 3851, fair: 3852, carnival: 3853, "fireworks-display": 3854, "trade-expo": 3855, "movie-filming": 3856, "presidential-visit": 3857, parade: 3858, procession: 3859, "funeral-procession": 3860, crowd: 3861, "holiday-traffic-crowds": 3862, "event-ended": 3967, "normal-parking-restrictions-lifted": 4097, "parking-meter-restrictions-lifted": 4098, "special-parking-restrictions-in-force": 4099, "full-parking-lot": 4100, "full-parking-garage": 4101, "all-parking-lots-full": 4102, "no-parking-spaces-available": 4103, "only-a-few-spaces-available": 4104, "spaces-available": 4105, "no-parking": 4106, "parking-on-one-side-of-street-only": 4107, "parking-on-both-sides-of-street": 4108, "parallel-parking-only": 4109, "parking-meters-not-available": 4110, "use-of-parking-meters-restricted": 4111, "event-parking": 4112, "handicapped-parking": 4113, "long-term-parking": 4114, "overnight-parking": 4115, "short-term-parking": 4116, "parking-by-permit-only": 4117, "emergency-parking-only": 4118, "emergency-stopping-only": 4119, parking: 4120, stopping: 4121, standing: 4122, "tow-away-zone": 4123, "school-zone": 4124, "speed-zone": 4125, "loading-zone": 4126, "state-law": 4127, "van-accessible": 4128, "special-parking-restrictions-lifted": 4222, "no-parking-information-available": 4223, "information-available-on-radio": 4353, "information-available-on-TV": 4354, "call-to-get-information": 4355, "information-available-via-Internet": 4356, "test-message": 4357, "no-information-available": 4358, "null-description": 4359, "police-assistance": 4361, "police-monitor-CB": 4362, "emergency-notification": 4363, "in-emergency-dial-911": 4364, "travel-Info-call-511": 4365, "car-pool-information": 4366, "information-service-resumed": 4478, "information-service-is-being-suspended": 4360, "message-canceled": 4479, overcast: 4609, cloudy: 4610, "mostly-cloudy": 4611, "partly-cloudy": 4612, "partly-sunny": 4613, "mostly-sunny": 4614, sunny: 4615, "fair-skies": 4616, "clear-skies": 4617, "mostly-clear": 4618, "mostly-dry": 4619, dry: 4620, "uV-index-very-high": 4621, "uV-index-high": 4622, "uV-index-moderate": 4623, "uV-index-low": 4624, "uV-index-very-low": 4625, "barometric-pressure": 4626, "ozone-alert": 4627, "lighting-unknown": 4628, "artificial-exterior-light": 4629, "artificial-interior-light": 4630, darkness: 4631, dusk: 4632, dawn: 4633, moonlight: 4634, daylight: 4635, "weather-forecast-withdrawn": 4735, "severe-weather": 4865, blizzard: 4866, "heavy-snow": 4867, snow: 4868, "light-snow": 4869, "snow-showers": 4870, "winter-storm": 4871, "ice-glaze": 4872, "heavy-frost": 4873, frost: 4874, "ice-storm": 4875, sleet: 4876, "rain-and-snow-mixed": 4877, "rain-changing-to-snow": 4878, "damaging-hail": 4879, hail: 4880, thunderstorms: 4881, thundershowers: 4882, "extremely-heavy-downpour": 4883, "heavy-rain": 4884, rain: 4885, "light-rain": 4886, drizzle: 4887, showers: 4888, dew: 4889, "precipitation-cleared": 4991, tornado: 5121, hurricane: 5122, "hurricane-force-winds": 5123, "tropical-storm": 5124, "gale-force-winds": 5125, "storm-force-winds": 5126, "strong-winds": 5127, "moderate-winds": 5128, "light-winds": 5129, calm: 5130, "gusty-winds": 5131, crosswinds: 5132, windy: 5133, "strong-winds-have-eased": 5246, "strong-wind-forecast-withdrawn": 5247, "dense-fog": 5377, fog: 5378, "patchy-fog": 5379, "freezing-fog": 5380, "ice-fog": 5405, mist: 5381, haze: 5382, "visibility-reduced": 5383, "visibility-blocked": 5404, "white-out": 5384, "blowing-snow": 5385, "smoke-hazard": 5386, "spray-hazard": 5387, "low-sun-glare": 5388, "snow-glare": 5389, "blowing-dust": 5390, "blowing-sand": 5391, "dust-storms": 5392, sandstorms: 5393, "air-quality-good": 5394, "air-quality-fair": 5395, "air-quality-poor": 5396, "air-quality-very-poor": 5397, "severe-exhaust-pollution": 5398, "smog-alert": 5399, "pollen-count-high": 5400, "pollen-count-medium": 5401, "pollen-count-low": 5402, "swarms-of-insects": 5403, "fog-clearing": 5499, "visibility-improved": 5500, "fog-forecast-withdrawn": 5501, "pollution-alert-ended": 5502, "air-quality-improved": 5503, "maximum-temperature": 5633, temperature: 5634, "minimum-temperature": 5635, "current-temperature": 5636, "heat-index": 5637, "extreme-heat": 5638, hot: 5639, hotter: 5640, heat: 5641, warmer: 5642, warm: 5643, mild: 5644, cool: 5645, cooler: 5646, cold: 5647, colder: 5648, "very-cold": 5649, "extreme-cold": 5650, "wind-chill": 5651, dewpoint: 5652, "relative-humidity": 5653, "temperatures-close-to-the-seasonal-norm": 5758, "less-extreme-temperatures": 5759, impassable: 5889, "almost-impassable": 5890, "passable-with-care": 5891, passable: 5892, "surface-water-hazard": 5893, "danger-of-hydroplaning": 5894, "wet-pavement": 5895, "treated-pavement": 5896, slippery: 5897, "low-ground-clearance": 5938, "at-grade-level-crossing": 5937, "mud-on-roadway": 5898, "leaves-on-roadway": 5899, "loose-sand-on-roadway": 5900, "loose-gravel": 5901, "fuel-on-roadway": 5902, "oil-on-roadway": 5903, "road-surface-in-poor-condition": 5904, "melting-tar": 5905, "uneven-lanes": 5935, "rough-road": 5931, "rough-crossing": 5936, ice: 5906, "icy-patches": 5907, "black-ice": 5908, "ice-pellets-on-roadway": 5909, "ice-build-up": 5910, "freezing-rain": 5911, "wet-and-icy-roads": 5912, slush: 5914, "melting-snow": 5913, "frozen-slush": 5915, "snow-on-roadway": 5916, "packed-snow": 5917, "packed-snow-patches": 5918, "plowed-snow": 5919, "wet-snow": 5920, "fresh-snow": 5921, "powder-snow": 5922, "granular-snow": 5923, "frozen-snow": 5924, "crusted-snow": 5925, "deep-snow": 5926, "snow-drifts": 5927, "drifting-snow": 5928, "expected-snow-accumulation": 5929, "current-snow-accumulation": 5930, sand: 5932, gravel: 5933, paved: 5934, "dry-pavement": 6011, "snow-cleared": 6012, "pavement-conditions-improved": 6013, "skid-hazard-reduced": 6014, "pavement-conditions-cleared": 6015, "winter-equipment-recommended": 6145, "winter-equipment-required": 6146, "snow-chains-recommended": 6147, "snow-chains-required": 6148, "snow-chains-prohibited": 6149, "studded-tires-prohibited": 6150, "snow-tires-recommended": 6151, "snow-tires-required": 6152, "four-wheel-drive-recommended": 6153, "four-wheel-drive-required": 6154, "snow-tires-or-chains-recommended": 6155, "snow-tires-or-chains-required": 6156, "winter-driving-requirements-lifted": 6271, "driving-conditions-good": 6401, "driving-conditions-fair": 6402, "difficult-driving-conditions": 6403, "very-difficult-driving-conditions": 6404, "hazardous-driving-conditions": 6405, "extremely-hazardous-driving-conditions": 6406, "why-not-ride-share": 6657, "is-this-your-no-ride-day": 6658, "why-not-use-transit": 6659, "why-not-park-and-ride": 6660, "why-not-try-paratransit": 6661, "why-not-travel-by-rail": 6662, "why-not-use-the-subway": 6663, "why-not-try-rapid-transit": 6664, "why-not-travel-by-bus": 6665, "your-parking-ticket-covers-the-return-ride": 6666, "avoid-the-rush-hour": 6667, "do-not-allow-unnecessary-gaps": 6668, "follow-the-vehicle-in-front-smoothly": 6669, "do-not-slow-down-unnecessarily": 6670, "watch-for-muggers": 6671, "watch-for-pickpockets": 6672, "watch-for-thieves": 6673, "sorry-for-any-delay": 6674, "thank-you-for-your-understanding": 6675, "we-appreciate-your-patience": 6676, "we-are-grateful-for-your-cooperation": 6677, "share-the-road": 6678, risk: 6913, watch: 6914, warning: 6915, alert: 6916, danger: 6917, "danger-of-explosion": 6918, "danger-of-fire": 6919, "extra-police-patrols-in-operation": 6920, "look-out-for-vehicles-stopped-under-bridges": 6921, "increased-risk-of-accident": 6922, "rescue-and-recovery-work-in-progress-at-sceneREMOVED": 6923, "police-at-scene": 6924, "emergency-vehicles-at-scene": 6925, "traffic-being-directed-around-accident-area": 6926, "police-directing-traffic": 6927, "rescue-workers-directing-traffic": 6928, "repairs-in-progress": 6929, "pilot-car-in-operation": 6930, "look-out-for-flagger": 6931, "look-out-for-workers": 6952, "police-checks-in-operation": 6932, "truck-check-point": 6937, lockdown: 6935, "security-check-point": 6936, "single-occupancy-vehicle-check-point": 6938, "mandatory-speed-limit-in-force": 6933, "speed-limit-in-force-for-heavy-vehicles": 6934, "behind-you": 6950, "ride-with-traffic": 6953, "prepare-to-evacuate-area": 6954, avoid: 6955, look: 6939, "photo-enforced": 6940, "traffic-signs": 6951, "traffic-laws": 6941, "use-low-gear": 6942, "bridge-ices-before-road": 6943, "speed-checked-by-radar": 6944, "speed-checked-by-aircraft": 6945, fines: 6946, "fines-higher": 6947, "fines-doubled": 6948, "fines-tripled": 6949, "evacuation-canceled": 7033, "warning-canceled": 7034, "watch-canceled": 7035, "alert-canceled": 7036, ended: 7037, cleared: 7038, canceled: 7039, "drive-carefully": 7169, "drive-with-extreme-caution": 7170, "approach-with-care": 7171, "keep-your-distance": 7172, "increase-normal-following-distance": 7173, "test-your-brakes": 7174, "cross-intersection-with-care": 7175, "pass-with-care": 7176, pass: 7200, "use-low-beam-headlights": 7177, "use-fog-lights": 7178, "use-hazard-warning-lights": 7179, "do-not-leave-your-vehicle": 7180, "leave-your-vehicle-and-proceed-to-next-safe-place": 7181, "turn-off-engine": 7182, "close-all-windows-turn-off-heater-air-conditioner-and-vents": 7183, "turn-off-air-conditioner-to-prevent-engine-overheating": 7184, "turn-off-mobile-phones-and-two-way-radios": 7185, "prepare-to-stop": 7186, "be-prepared-to-stop": 7201, "stop-at-next-rest-area": 7187, "stop-at-next-safe-place": 7188, "only-travel-if-absolutely-necessary": 7189, "drive-to-another-service-area": 7190, "use-through-traffic-lanes": 7191, "use-local-traffic-lanes": 7192, "use-left-hand-parallel-roadway": 7193, "use-right-hand-parallel-roadway": 7194, "use-heavy-vehicle-lane": 7195, "observe-recommended-speed": 7196, "signals-sequenced-for-speed": 7202, "maintain-top-safe-speed": 7203, "facing-traffic": 7197, "push-button": 7198, "to-cross-street": 7199, "evacuate-area-voluntarily": 7204, "shelter-in-place": 7205, "keep-to-the-right": 7425, "keep-to-the-left": 7426, "use-right-lane": 7427, "use-left-lane": 7428, "stay-in-lane": 7450, merge: 7451, "heavy-vehicles-use-right-lane": 7429, "heavy-vehicles-use-left-lane": 7430, "observe-signals": 7431, "observe-signs": 7432, "no-passing": 7433, "no-smoking": 7434, "no-open-flames": 7435, "use-shoulder-as-lane": 7436, "do-not-drive-on-the-shoulder": 7437, "allow-emergency-vehicles-to-pass": 7438, "clear-a-lane-for-emergency-vehicles": 7439, "pull-over-to-the-edge-of-the-roadway": 7440, "wait-for-escort-vehicle": 7441, "in-emergency-wait-for-police-patrol": 7442, "reduce-your-speed": 7443, "observe-speed-limits": 7444, "check-point": 7445, "entry-requirements": 7446, "insurance-requirements": 7447, "firearms-requirements": 7448, "pet-requirements": 7449, "slower-traffic-keep-right": 7452, "keep-off": 7453, "evacuate-area-immediately": 7454, "shoulder-travel-no-longer-allowed": 7547, above: 7681, below: 7682, in: 7683, around: 7684, after: 7685, before: 7686, at: 7687, on: 7688, near: 7689, "from-the": 7690, terminal: 7691, "falling-slowly": 7692, falling: 7693, "falling-quickly": 7694, "rising-slowly": 7695, rising: 7696, "rising-quickly": 7697, steady: 7698, likely: 7699, "changing-to": 7700, mostly: 7701, partly: 7702, minus: 7703, "weather-ended": 7704, expected: 7705, low: 7706, mid: 7707, high: 7708, upper: 7709, middle: 7765, lower: 7764, unseasonably: 7710, reported: 7711, advice: 7712, "due-to": 7713, "proceed-to": 7714, "transferred-to": 7715, use: 7716, affecting: 7717, blocking: 7718, connecting: 7719, finished: 7720, for: 7721, or: 7722, and: 7723, later: 7724, level: 7725, shortly: 7726, soon: 7727, service: 7728, graffiti: 7733, damaged: 7729, "out-of-order": 7730, "on-State-right-of-way": 7732, "found-property": 7734, vandalism: 7731, major: 7766, minor: 7767, "begin-time": 7735, added: 7736, "end-time": 7737, no: 7738, "do-not": 7739, block: 7740, except: 7741, day: 7742, night: 7743, "any-time": 7744, has: 7745, must: 7757, "may-have": 7746, "may-exceed": 7759, only: 7747, lifted: 7748, empty: 7749, turning: 7750, "u-turn": 7751, "wait-for": 7752, "when-flashing": 7753, duration: 7754, cross: 7755, "when-wet": 7756, oncoming: 7758, "to-request": 7760, exempt: 7761, skewed: 7762, "when-children-are-present": 7763, "on-bridges": 7937, "in-tunnels": 7938, "entering-or-leaving-tunnels": 7939, "on-ramps": 7940, "in-road-construction-area": 7941, "around-a-curve": 7942, "on-curve": 8026, "on-tracks": 8009, "in-street": 8025, shoulder: 8027, "on-minor-roads": 7943, "in-the-opposing-lanes": 7944, "adjacent-to-roadway": 7945, "across-tracks": 8024, "on-bend": 7946, intersection: 8032, "entire-intersection": 7947, "in-the-median": 7948, "moved-to-side-of-road": 7949, "moved-to-shoulder": 7950, "on-the-roadway": 7951, dip: 8010, "traffic-circle": 8011, crossover: 8028, "cross-road": 8029, "side-road": 8030, to: 8014, by: 8015, through: 8016, "area-of": 8017, under: 8018, over: 8019, from: 8020, approaching: 8021, "entering-at": 8022, "exiting-at": 8023, "in-shaded-areas": 7952, "in-low-lying-areas": 7953, "in-the-downtown-area": 7954, "in-the-inner-city-area": 7955, "in-parts": 7956, "in-some-places": 7957, "in-the-ditch": 7958, "in-the-valley": 7959, "on-hill-top": 7960, "near-the-foothills": 7961, "at-high-altitudes": 7962, "near-the-lake": 7963, "near-the-shore": 7964, "nearby-basin": 8008, "over-the-crest-of-a-hill": 7965, "other-than-on-the-roadway": 7966, "near-the-beach": 7967, "near-beach-access-point": 7968, "mountain-pass": 8006, "lower-level": 7969, "upper-level": 7970, coast: 8034, airport: 7971, concourse: 7972, gate: 7973, "baggage-claim": 7974, "customs-point": 7975, "reservation-center": 8007, station: 7976, platform: 7977, dock: 7978, depot: 7979, "ev-charging-point": 7980, "information-welcome-point": 7981, "at-rest-area": 7982, "at-service-area": 7983, "at-weigh-station": 7984, "roadside-park": 8033, "picnic-areas": 7985, "rest-area": 7986, "service-stations": 7987, toilets: 7988, "bus-stop": 8031, "park-and-ride-lot": 8012, "on-the-right": 7989, "on-the-left": 7990, "in-the-center": 7991, "in-the-opposite-direction": 7992, "cross-traffic": 7993, "northbound-traffic": 7994, "eastbound-traffic": 7995, "southbound-traffic": 7996, "westbound-traffic": 7997, north: 7998, south: 7999, east: 8000, west: 8001, northeast: 8002, northwest: 8003, southeast: 8004, southwest: 8005, "all-roadways": 8193, "through-lanes": 8194, "left-lane": 8195, "right-lane": 8196, "center-lane": 8197, "middle-lanes": 8198, "middle-two-lanes": 8199, "right-turning-lanes": 8200, "left-turning-lanes": 8201, "upper-deck-lanes": 8236, "lower-deck-lanes": 8237, "reversible-lanes": 8238, "right-exit-lanes": 8239, "left-exit-lanes": 8240, "right-merging-lanes": 8241, "left-merging-lanes": 8242, "right-exit-ramp": 8202, "right-second-exit-ramp": 8243, "right-entrance-ramp": 8203, "right-second-entrance-ramp": 8245, "left-exit-ramp": 8204, "left-second-exit-ramp": 8244, "left-entrance-ramp": 8205, "left-second-entrance-ramp": 8246, "escape-ramp": 8234, "hard-shoulder": 8206, "soft-shoulder": 8207, "right-shoulder": 8208, "left-shoulder": 8209, median: 8252, sidewalk: 8251, highways: 8235, "right-hand-parallel-lanes": 8210, "left-hand-parallel-lanes": 8211, "connecting-lanes": 8212, "express-lanes": 8213, "local-lanes": 8214, "toll-lanes": 8215, "electronic-toll-lanes": 8216, "toll-plaza": 8217, "inspection-lane": 8218, "hOV-lanes": 8219, "bus-lanes": 8220, "carpool-lanes": 8221, "truck-lanes": 8222, "emergency-lanes": 8223, "passing-lanes": 8224, "climbing-lanes": 8225, "slow-lane": 8226, "service-road": 8227, "cycle-lane": 8228, tracks: 8250, bridge: 8229, overpass: 8230, "elevated-lanes": 8231, underpass: 8232, tunnel: 8233, "all-exit-lanes": 8247, "all-entry-lanes": 8248, "either-shoulder": 8249, "shoulder-work": 8253, "detour-where-possible": 8449, "no-detour-available": 8450, "follow-signs": 8451, "follow-detour-signs": 8452, "follow-special-detour-markers": 8453, "do-not-follow-detour-signs": 8454, "detour-in-operation": 8455, "follow-local-detour": 8456, "compulsory-detour-in-operation": 8457, "no-suitable-detour-available": 8458, "detour-is-no-longer-recommended": 8459, "local-drivers-are-recommended-to-avoid-the-area": 8460, "trucks-are-recommended-to-avoid-the-area": 8461, "consider-alternate-route": 8462, "consider-alternate-parking": 8463, "consider-alternate-destination": 8464, "consider-alternate-area": 8465, "snow-route": 8466, "emergency-snow-route": 8467, "evacuation-route": 8468, "truck-route": 8469, "hazardous-materials-route": 8470, detour: 8471, "square-feet": 8705, "square-meters": 8706, acres: 8707, hectares: 8708, inches: 8709, feet: 8710, mile: 8711, miles: 8712, "nautical-miles": 8713, millimeters: 8714, meters: 8715, kilometer: 8716, kilometers: 8717, "feet-per-second": 8718, "meters-per-second": 8719, mPH: 8720, kPH: 8721, knots: 8722, elevation: 8766, aM: 8723, pM: 8724, holiday: 8726, seconds: 8727, minutes: 8728, hours: 8729, days: 8730, weeks: 8731, months: 8732, "other-times": 8767, nSunday: 8758, nMonday: 8759, nTuesday: 8760, nWednesday: 8761, nThursday: 8762, nFriday: 8763, nSaturday: 8764, weekdays: 8765, weekends: 8725, "degrees-Angle": 8733, "degrees-Celsius": 8734, "degrees-Fahrenheit": 8735, grams: 8736, kilograms: 8737, ounces: 8738, pounds: 8739, tons: 8740, "fluid-ounces": 8741, gallons: 8742, milliliters: 8743, liters: 8744, "kilograms-per-lane-mile": 8745, "tons-per-lane-mile": 8746, dollar: 8747, percent: 8748, grade: 8757, "time-delimiter": 8749, dollars: 8750, "flight-number": 8751, "person-people": 8752, "response-plan": 8753, "placard-type": 8754, "placard-number": 8755, fM: 8756, travel: 8961, transit: 8962, bus: 8963, trolleybus: 8964, rail: 8965, "commuter-rail": 8966, subway: 8967, "rapid-transit": 8968, "light-rail": 8969, streetcar: 8970, "dial-a-ride": 8971, "park-and-ride": 8972, shuttle: 8973, "free-shuttle": 8974, "airport-shuttle": 8975, taxies: 8976, ferry: 8977, "passenger-ferry": 8978, "vehicle-ferry": 8979, "aerial-tramway": 8980, "automated-guideway": 8981, "cable-cars": 8982, monorail: 8983, "air-travel": 8984, "hitch-hitching": 8985, walk: 8986, "all-vehicles": 9217, bicycles: 9218, motorcycles: 9219, cars: 9220, "light-vehicles": 9221, "cars-and-light-vehicles": 9222, "cars-with-trailers": 9223, "cars-with-recreational-trailers": 9224, "vehicles-with-trailers": 9225, "heavy-vehicles": 9226, trucks: 9227, buses: 9228, "articulated-buses": 9229, "school-buses": 9230, "vehicles-with-semi-trailers": 9231, "vehicles-with-double-trailers": 9232, "high-profile-vehicles": 9233, "wide-vehicles": 9234, "long-vehicles": 9235, "hazardous-loads": 9236, "exceptional-loads": 9237, "abnormal-loads": 9238, convoys: 9239, "maintenance-vehicles": 9240, "delivery-vehicles": 9241, "vehicles-with-even-numbered-license-plates": 9242, "vehicles-with-odd-numbered-license-plates": 9243, "vehicles-with-parking-permits": 9244, "vehicles-with-catalytic-converters": 9245, "vehicles-without-catalytic-converters": 9246, "gas-powered-vehicles": 9247, "diesel-powered-vehicles": 9248, "lPG-vehicles": 9249, "military-convoys": 9250, "military-vehicles": 9251, "electric-powered-vehicles": 9252, "hybrid-powered-vehicles": 9253, "inherently-low-emission-vehicles": 9254, "commercial-vehicles": 9255, "runaway-vehicles": 9256, "vehicles-with-lugs": 9257, "motor-driven-cycles": 9258, "recreational-vehicles": 9259, "non-motorized-vehicles": 9260, traffic: 9261, "through-traffic": 9473, "holiday-traffic": 9474, residents: 9475, visitors: 9476, "long-distance-traffic": 9477, "local-traffic": 9478, "regional-traffic": 9479, arrivals: 9480, departures: 9481, "airline-travelers": 9482, "commuter-airline-travelers": 9483, "domestic-airline-travelers": 9484, "international-airline-travelers": 9485, pedestrians: 9486, bicyclists: 9487, "emergency-vehicle-units": 9729, "federal-law-enforcement-units": 9730, "state-police-units": 9731, "county-police-units": 9732, "local-police-units": 9733, "ambulance-units": 9734, "rescue-units": 9735, "fire-units": 9736, "hAZMAT-units": 9737, "light-tow-unit": 9738, "heavy-tow-unit": 9739, "private-tow-units": 9743, "freeway-service-patrols": 9740, "transportation-response-units": 9741, "private-contractor-response-units": 9742, "ground-fire-suppression": 9985, "heavy-ground-equipment": 9986, aircraft: 9988, "marine-equipment": 9989, "support-equipment": 9990, "medical-rescue-unit": 9991, other: 9993, "ground-fire-suppression-other": 9994, engine: 9995, "truck-or-aerial": 9996, quint: 9997, "tanker-pumper-combination": 9998, "brush-truck": 10000, "aircraft-rescue-firefighting": 10001, "heavy-ground-equipment-other": 10004, "dozer-or-plow": 10005, tractor: 10006, "tanker-or-tender": 10008, "aircraft-other": 10024, "aircraft-fixed-wing-tanker": 10025, helitanker: 10026, helicopter: 10027, "marine-equipment-other": 10034, "fire-boat-with-pump": 10035, "boat-no-pump": 10036, "support-apparatus-other": 10044, "breathing-apparatus-support": 10045, "light-and-air-unit": 10046, "medical-rescue-unit-other": 10054, "rescue-unit": 10055, "urban-search-rescue-unit": 10056, "high-angle-rescue": 10057, "crash-fire-rescue": 10058, "bLS-unit": 10059, "aLS-unit": 10060, "mobile-command-post": 10075, "chief-officer-car": 10076, "hAZMAT-unit": 10077, "type-i-hand-crew": 10078, "type-ii-hand-crew": 10079, "privately-owned-vehicle": 10083, "other-apparatus-resource": 10084, ambulance: 10085, "bomb-squad-van": 10086, "combine-harvester": 10087, "construction-vehicle": 10088, "farm-tractor": 10089, "grass-cutting-machines": 10090, "hAZMAT-containment-tow": 10091, "heavy-tow": 10092, "light-tow": 10094, "flatbed-tow": 10114, "hedge-cutting-machines": 10093, "mobile-crane": 10095, "refuse-collection-vehicle": 10096, "resurfacing-vehicle": 10097, "road-sweeper": 10098, "roadside-litter-collection-crews": 10099, "survey-crews": 10115, "salvage-vehicle": 10100, "sand-truck": 10101, snowplow: 10102, "steam-roller": 10103, "swat-team-van": 10104, "track-laying-vehicle": 10105, "unknown-vehicle": 10106, "white-lining-vehicle": 10107, "dump-truck": 10108, "supervisor-vehicle": 10109, "snow-blower": 10110, "rotary-snow-blower": 10111, "road-grader": 10112, "steam-truck": 10113, "unknown-status": 10240, "ready-for-use": 10241, "working-normally": 10242, "working-autonomously": 10243, "working-incorrectly": 10244, "not-working": 10245, "normal-maintenance": 10246, "in-route-to-use": 10247, "returning-from-use": 10248, "out-of-service": 10249, "off-duty": 10250, "on-patrol": 10251, "on-call": 10252, "on-break": 10253, "mandatory-time-off": 10254, "low-on-fuel": 10255, "low-on-water": 10256, "low-charge": 10257, missing: 10258, none: 10496, "light-pole": 10497, "utility-pole": 10498, "gantry-way": 10499, "sign-support": 10500, "signal-pole": 10501, "signage-public": 10502, "signage-private": 10503, "overhead-sign": 10568, "ground-sign": 10569, cones: 10504, "cones-post-type": 10505, "cones-glue-post": 10506, "cones-other": 10507, barriers: 10508, "barrier-Aframe": 10509, "barriers-heavy-duty": 10510, "barricade-type-III": 10511, "barricade-small": 10512, "solid-barrier": 10565, "moveable-barrier": 10566, "barricade-lights": 10513, beacon: 10514, "t-stand": 10515, "a-stand": 10516, drums: 10517, "sand-barrel": 10567, "impact-attenuator": 10518, "barricade-tape": 10519, "safety-fence": 10520, "temp-pavement-markings": 10521, "speed-bumps": 10522, "temp-curbs": 10523, "parking-blocks": 10524, "signboard-fixed": 10525, "signboard-portable": 10526, stripe: 10572, island: 10573, har: 10527, "har-AM": 10528, "har-FM": 10529, "har-DSRC": 10530, "traffic-light": 10531, "lane-control-signal": 10532, "traffic-detector": 10533, "vehicle-detector": 10534, "system-alarm": 10535, "arrow-board": 10536, "fixed-VMS": 10537, "mobile-VMS": 10538, "ramp-control": 10539, "gate-control": 10540, "temporary-traffic-light": 10541, "over-height-warning-system": 10542, "over-weight-warning-system": 10543, "emergency-telephones": 10544, "railroad-crossing-equipment": 10545, "tunnel-ventilation": 10546, ccTV: 10547, "environmental-sensor": 10548, "emergency-signal": 10570, "countdown-pedestrian-sign": 10571, switch: 10549, signal: 10550, "third-rail": 10551, "overhead-power": 10552, "concrete-tie": 10553, "wooden-tie": 10554, "manhole-cover": 10559, culvert: 10560, escalator: 10555, elevator: 10556, "snow-poles": 10561, track: 10557, "guide-poles": 10562, drawbridge: 10558, "expansion-joint": 10563, "shifted-plate": 10564, "unknown-transit-problem": 10753, "sleeping-customer": 10754, "assault-on-passenger": 10755, "assault-on-employee": 10756, "broken-seat": 10757, "bus-alarm": 10758, "crime-or-drug-deal": 10759, "eating-on-board": 10760, "equipment-problem-with-air-conditioning": 10761, "equipment-problem-with-air-system": 10762, "equipment-problem-with-brakes": 10763, "equipment-problem-with-chassis-or-suspension": 10764, "equipment-problem-with-cooling-system": 10765, "equipment-problem-with-doors": 10766, "equipment-problem-with-electrical": 10767, "equipment-problem-with-engine": 10768, "equipment-problem-with-exterior-or-body": 10769, "equipment-problem-with-fare-collection": 10770, "equipment-problem-with-fuel-or-exhaust": 10771, "equipment-problem-with-horn": 10772, "equipment-problem-with-interior": 10773, "equipment-problem-with-liftkneeling": 10774, "equipment-problem-with-lights": 10775, "equipment-problem-with-lubrication": 10776, "equipment-problem-with-radio-or-communication": 10777, "equipment-problem-with-signs": 10778, "equipment-problem-with-steering": 10779, "equipment-problem-with-tires": 10780, "equipment-problem-with-transmission": 10781, "equipment-problem-with-unknown-alarm": 10782, "equipment-problem-with-wipers": 10783, "fare-dispute-expired-pass": 10784, "fare-dispute-expired-transfer": 10785, "fare-dispute-expired-upgrade": 10786, "fare-dispute-other": 10787, "fare-dispute-refuses-to-pay": 10788, "lift-passenger-cycle-completed": 10789, "lift-passenger-ready-to-alight": 10790, "lift-passenger-ready-to-board": 10791, "lost-article": 10792, "objects-thrown": 10793, "passenger-accident-alighting": 10794, "passenger-accident-boarding": 10795, "passenger-accident-fallen-on-board": 10796, "passenger-load": 10797, "passenger-accident-other": 10798, "passenger-sick-or-injured": 10799, "right-of-way": 10800, theft: 10801, "theft-of-service": 10802, "waiting-to-get-relief-for-schedule-break": 10803, "waiting-to-get-relief-after-run-is-finished": 10804, "waiting-to-provide-relief": 10805, "unknown-object": 11009, tire: 11010, rim: 11011, retread: 11012, trash: 11013, cargo: 11014, diesel: 11015, gasoline: 11016, "anti-freeze": 11017, "propane-gas": 11061, "alternative-fuel": 11060, "seat-belts": 11018, "litter-container": 11019, "all-Terrain-vehicle": 11020, seaplane: 11021, chairlift: 11022, "fishing-pier": 11023, telephone: 11025, "railroad-cross-buck": 11024, horn: 11048, train: 11047, deer: 11049, horse: 11051, cattle: 11050, "golf-cart": 11052, services: 11056, "motorist-services": 11059, "food-services": 11053, "roadside-table": 11055, "ambulance-staging-point": 11054, fallout: 11026, medical: 11027, chemical: 11028, welfare: 11029, decontamination: 11063, evacuation: 11030, registration: 11062, emergency: 11064, "left-arrow-signal": 11031, "ahead-arrow-signal": 11032, "right-arrow-signal": 11033, "green-light-signal": 11034, "green-arrow-signal": 11035, "yellow-light-signal": 11036, "yellow-arrow-signal": 11037, "red-light-signal": 11038, "red-arrow-signal": 11039, "extended-green-signal": 11040, "advance-arrow-signal": 11041, "pedestrian-Signal-Stop": 11042, "pedestrian-Signal-Caution": 11043, "pedestrian-Signal-Walk": 11044, "pedestrian-Signal-Light": 11045, "pedestrian-Signal-Time-Display": 11046, "prohibit-None-Allowed-LU-LT-L45-S-R45-RT-RU": 11264, "prohibit-RU-Allowed-LU-LT-L45-S-R45-RT": 11265, "prohibit-RT-Allowed-LU-LT-L45-S-R45-RU": 11266, "prohibit-RT-RU-Allowed-LU-LT-L45-S-R45": 11267, "prohibit-R45-Allowed-LU-LT-L45-S-RT-RU": 11268, "prohibit-R45-RU-Allowed-LU-LT-L45-S-RT": 11269, "prohibit-R45-RT-Allowed-LU-LT-L45-S-RU": 11270, "prohibit-R45-RT-RU-Allowed-LU-LT-L45-S": 11271, "prohibit-S-Allowed-LU-LT-L45-R45-RT-RU": 11272, "prohibit-S-RU-Allowed-LU-LT-L45-R45-RT": 11273, "prohibit-S-RT-Allowed-LU-LT-L45-R45-RU": 11274, "prohibit-S-RT-RU-Allowed-LU-LT-L45-R45": 11275, "prohibit-S-R45-Allowed-LU-LT-L45-RT-RU": 11276, "prohibit-S-R45-RU-Allowed-LU-LT-L45-RT": 11277, "prohibit-S-R45-RT-Allowed-LU-LT-L45-RU": 11278, "prohibit-S-R45-RT-RU-Allowed-LU-LT-L45": 11279, "prohibit-L45-Allowed-LU-LT-S-R45-RT-RU": 11280, "prohibit-L45-RU-Allowed-LU-LT-S-R45-RT": 11281, "prohibit-L45-RT-Allowed-LU-LT-S-R45-RU": 11282, "prohibit-L45-RT-RU-Allowed-LU-LT-S-R45": 11283, "prohibit-L45-R45-Allowed-LU-LT-S-RT-RU": 11284, "prohibit-L45-R45-RU-Allowed-LU-LT-S-RT": 11285, "prohibit-L45-R45-RT-Allowed-LU-LT-S-RU": 11286, "prohibit-L45-R45-RT-RU-Allowed-LU-LT-S": 11287, "prohibit-L45-S-Allowed-LU-LT-R45-RT-RU": 11288, "prohibit-L45-S-RU-Allowed-LU-LT-R45-RT": 11289, "prohibit-L45-S-RT-Allowed-LU-LT-R45-RU": 11290, "prohibit-L45-S-RT-RU-Allowed-LU-LT-R45": 11291, "prohibit-L45-S-R45-Allowed-LU-LT-RT-RU": 11292, "prohibit-L45-S-R45-RU-Allowed-LU-LT-RT": 11293, "prohibit-L45-S-R45-RT-Allowed-LU-LT-RU": 11294, "prohibit-L45-S-R45-RT-RU-Allowed-LU-LT": 11295, "prohibit-LT-Allowed-LU-L45-S-R45-RT-RU": 11296, "prohibit-LT-RU-Allowed-LU-L45-S-R45-RT": 11297, "prohibit-LT-RT-Allowed-LU-L45-S-R45-RU": 11298, "prohibit-LT-RT-RU-Allowed-LU-L45-S-R45": 11299, "prohibit-LT-R45-Allowed-LU-L45-S-RT-RU": 11300, "prohibit-LT-R45-RU-Allowed-LU-L45-S-RT": 11301, "prohibit-LT-R45-RT-Allowed-LU-L45-S-RU": 11302, "prohibit-LT-R45-RT-RU-Allowed-LU-L45-S": 11303, "prohibit-LT-S-Allowed-LU-L45-R45-RT-RU": 11304, "prohibit-LT-S-RU-Allowed-LU-L45-R45-RT": 11305, "prohibit-LT-S-RT-Allowed-LU-L45-R45-RU": 11306, "prohibit-LT-S-RT-RU-Allowed-LU-L45-R45": 11307, "prohibit-LT-S-R45-Allowed-LU-L45-RT-RU": 11308, "prohibit-LT-S-R45-RU-Allowed-LU-L45-RT": 11309, "prohibit-LT-S-R45-RT-Allowed-LU-L45-RU": 11310, "prohibit-LT-S-R45-RT-RU-Allowed-LU-L45": 11311, "prohibit-LT-L45-Allowed-LU-S-R45-RT-RU": 11312, "prohibit-LT-L45-RU-Allowed-LU-S-R45-RT": 11313, "prohibit-LT-L45-RT-Allowed-LU-S-R45-RU": 11314, "prohibit-LT-L45-RT-RU-Allowed-LU-S-R45": 11315, "prohibit-LT-L45-R45-Allowed-LU-S-RT-RU": 11316, "prohibit-LT-L45-R45-RU-Allowed-LU-S-RT": 11317, "prohibit-LT-L45-R45-RT-Allowed-LU-S-RU": 11318, "prohibit-LT-L45-R45-RT-RU-Allowed-LU-S": 11319, "prohibit-LT-L45-S-Allowed-LU-R45-RT-RU": 11320, "prohibit-LT-L45-S-RU-Allowed-LU-R45-RT": 11321, "prohibit-LT-L45-S-RT-Allowed-LU-R45-RU": 11322, "prohibit-LT-L45-S-RT-RU-Allowed-LU-R45": 11323, "prohibit-LT-L45-S-R45-Allowed-LU-RT-RU": 11324, "prohibit-LT-L45-S-R45-RU-Allowed-LU-RT": 11325, "prohibit-LT-L45-S-R45-RT-Allowed-LU-RU": 11326, "prohibit-LT-L45-S-R45-RT-RU-Allowed-LU": 11327, "prohibit-LU-Allowed-LT-L45-S-R45-RT-RU": 11328, "prohibit-LU-RU-Allowed-LT-L45-S-R45-RT": 11329, "prohibit-LU-RT-Allowed-LT-L45-S-R45-RU": 11330, "prohibit-LU-RT-RU-Allowed-LT-L45-S-R45": 11331, "prohibit-LU-R45-Allowed-LT-L45-S-RT-RU": 11332, "prohibit-LU-R45-RU-Allowed-LT-L45-S-RT": 11333, "prohibit-LU-R45-RT-Allowed-LT-L45-S-RU": 11334, "prohibit-LU-R45-RT-RU-Allowed-LT-L45-S": 11335, "prohibit-LU-S-Allowed-LT-L45-R45-RT-RU": 11336, "prohibit-LU-S-RU-Allowed-LT-L45-R45-RT": 11337, "prohibit-LU-S-RT-Allowed-LT-L45-R45-RU": 11338, "prohibit-LU-S-RT-RU-Allowed-LT-L45-R45": 11339, "prohibit-LU-S-R45-Allowed-LT-L45-RT-RU": 11340, "prohibit-LU-S-R45-RU-Allowed-LT-L45-RT": 11341, "prohibit-LU-S-R45-RT-Allowed-LT-L45-RU": 11342, "prohibit-LU-S-R45-RT-RU-Allowed-LT-L45": 11343, "prohibit-LU-L45-Allowed-LT-S-R45-RT-RU": 11344, "prohibit-LU-L45-RU-Allowed-LT-S-R45-RT": 11345, "prohibit-LU-L45-RT-Allowed-LT-S-R45-RU": 11346, "prohibit-LU-L45-RT-RU-Allowed-LT-S-R45": 11347, "prohibit-LU-L45-R45-Allowed-LT-S-RT-RU": 11348, "prohibit-LU-L45-R45-RU-Allowed-LT-S-RT": 11349, "prohibit-LU-L45-R45-RT-Allowed-LT-S-RU": 11350, "prohibit-LU-L45-R45-RT-RU-Allowed-LT-S": 11351, "prohibit-LU-L45-S-Allowed-LT-R45-RT-RU": 11352, "prohibit-LU-L45-S-RU-Allowed-LT-R45-RT": 11353, "prohibit-LU-L45-S-RT-Allowed-LT-R45-RU": 11354, "prohibit-LU-L45-S-RT-RU-Allowed-LT-R45": 11355, "prohibit-LU-L45-S-R45-Allowed-LT-RT-RU": 11356, "prohibit-LU-L45-S-R45-RU-Allowed-LT-RT": 11357, "prohibit-LU-L45-S-R45-RT-Allowed-LT-RU": 11358, "prohibit-LU-L45-S-R45-RT-RU-Allowed-LT": 11359, "prohibit-LU-LT-Allowed-L45-S-R45-RT-RU": 11360, "prohibit-LU-LT-RU-Allowed-L45-S-R45-RT": 11361, "prohibit-LU-LT-RT-Allowed-L45-S-R45-RU": 11362, "prohibit-LU-LT-RT-RU-Allowed-L45-S-R45": 11363, "prohibit-LU-LT-R45-Allowed-L45-S-RT-RU": 11364, "prohibit-LU-LT-R45-RU-Allowed-L45-S-RT": 11365, "prohibit-LU-LT-R45-RT-Allowed-L45-S-RU": 11366, "prohibit-LU-LT-R45-RT-RU-Allowed-L45-S": 11367, "prohibit-LU-LT-S-Allowed-L45-R45-RT-RU": 11368, "prohibit-LU-LT-S-RU-Allowed-L45-R45-RT": 11369, "prohibit-LU-LT-S-RT-Allowed-L45-R45-RU": 11370, "prohibit-LU-LT-S-RT-RU-Allowed-L45-R45": 11371, "prohibit-LU-LT-S-R45-Allowed-L45-RT-RU": 11372, "prohibit-LU-LT-S-R45-RU-Allowed-L45-RT": 11373, "prohibit-LU-LT-S-R45-RT-Allowed-L45-RU": 11374, "prohibit-LU-LT-S-R45-RT-RU-Allowed-L45": 11375, "prohibit-LU-LT-L45-Allowed-S-R45-RT-RU": 11376, "prohibit-LU-LT-L45-RU-Allowed-S-R45-RT": 11377, "prohibit-LU-LT-L45-RT-Allowed-S-R45-RU": 11378, "prohibit-LU-LT-L45-RT-RU-Allowed-S-R45": 11379, "prohibit-LU-LT-L45-R45-Allowed-S-RT-RU": 11380, "prohibit-LU-LT-L45-R45-RU-Allowed-S-RT": 11381, "prohibit-LU-LT-L45-R45-RT-Allowed-S-RU": 11382, "prohibit-LU-LT-L45-R45-RT-RU-Allowed-S": 11383, "prohibit-LU-LT-L45-S-Allowed-R45-RT-RU": 11384, "prohibit-LU-LT-L45-S-RU-Allowed-R45-RT": 11385, "prohibit-LU-LT-L45-S-RT-Allowed-R45-RU": 11386, "prohibit-LU-LT-L45-S-RT-RU-Allowed-R45": 11387, "prohibit-LU-LT-L45-S-R45-Allowed-RT-RU": 11388, "prohibit-LU-LT-L45-S-R45-RU-Allowed-RT": 11389, "prohibit-LU-LT-L45-S-R45-RT-Allowed-RU": 11390, "prohibit-LU-LT-L45-S-R45-RT-RU-Allowed-None": 11391, "n1-16th": 11521, "n1-10th": 11522, "n1-8th": 11523, "n1-4th": 11524, "n1-3rd": 11525, "n1-2": 11526, "n3-4": 11527, n300: 11531, n350: 11532, n400: 11533, n450: 11534, n500: 11535, n550: 11536, n600: 11537, n650: 11538, n700: 11539, n750: 11540, n800: 11541, n850: 11542, n900: 11543, n950: 11544, n1000: 11545, n1100: 11546, n1200: 11547, n1300: 11548, n1400: 11549, n1500: 11550, n1600: 11551, n1700: 11552, n1800: 11553, n1900: 11554, n2000: 11555, n2100: 11556, n2200: 11557, n2300: 11558, n2400: 11559, n2500: 11560, n2600: 11561, n2700: 11562, n2800: 11563, n2900: 11564, n3000: 11565, n3500: 11566, n4000: 11567, n4500: 11568, n5000: 11569, n5500: 11570, n6000: 11571, n6500: 11572, n7000: 11573, n7500: 11574, n8000: 11575, n8500: 11576, n9000: 11577, n9500: 11578, n10000: 11579, n11000: 11580, n12000: 11581, n13000: 11582, n14000: 11583, n15000: 11584, n16000: 11585, n17000: 11586, n18000: 11587, n19000: 11588, n20000: 11589, n21000: 11590, n22000: 11591, n23000: 11592, n24000: 11593, n25000: 11594, n26000: 11595, n27000: 11596, n28000: 11597, n29000: 11598, n30000: 11599, n35000: 11600, n40000: 11601, n45000: 11602, n50000: 11603, n55000: 11604, n60000: 11605, n65000: 11606, n70000: 11607, n75000: 11608, n80000: 11609, n85000: 11610, n90000: 11611, n95000: 11612, n100000: 11613, "name-follows": 11777, freeway: 11778, "us-Route": 11779, "state-Route": 11780, interstate: 11781, "business-Loop": 11782, spur: 11797, junction: 11798, alternative: 11783, "county-Route": 11784, "forest-Route": 11785, "farm-to-Market-Route": 11786, "eisenhower-Interstate-System": 11787, "americas-Byways": 11788, "national-Network-Route": 11789, "scenic-Area": 11790, "parking-Area": 11791, "weight-Station": 11792, road: 11793, exit: 11794, "historical-route": 11795, "state-line": 11796, "bicycle-route": 11799, "bicycle-interstate-route": 11800, "national-park": 11801, "bear-viewing-area": 12033, "deer-viewing-area": 12034, "drinking-water": 12035, "environmental-study-area": 12036, "falling-rocks": 12037, firearms: 12038, "leashed-pets": 12039, "point-of-interest": 12040, smoking: 12041, dog: 12042, "tent-camping": 12043, "trailer-camping": 12044, "first-aid": 12045, handicapped: 12046, mechanic: 12047, "trailer-sanitary-station": 12048, "viewing-area": 12049, "scenic-overlook": 12095, campfire: 12050, locker: 12051, sleeping: 12052, trail: 12053, climbing: 12054, "rock-climbing": 12055, hunting: 12056, playground: 12057, "rock-collecting": 12058, spelunking: 12059, "bicycle-trail": 12060, "hiking-trail": 12061, "horse-trail": 12062, "trail-interpretive-auto": 12063, "trail-interpretive-pedestrian": 12064, "trail-road-for-4WD-vehicles": 12065, "trail-for-trail-bikes": 12066, archer: 12067, "hang-glider": 12068, "boat-tours": 12069, canoeing: 12070, diving: 12071, "scuba-diving": 12072, fishing: 12073, "marine-recreation-area": 12074, motorboating: 12075, "boat-ramp": 12076, rowboating: 12077, sailboating: 12078, "water-skiing": 12079, surfing: 12080, swimming: 12081, wading: 12082, "hand-launch": 12083, kayak: 12084, "wind-surf": 12085, "ice-skating": 12086, "ski-jumping": 12087, bobbing: 12088, "cross-country-skiing": 12089, "downhill-skiing": 12090, sledding: 12091, snowmobiling: 12092, snowshoeing: 12093, "winter-recreation-area": 12094, "regulatory-sign": 12289, "warning-sign": 12290, "information-sign": 12291, "construction-sign": 12292, "guide-sign": 12293, stop: 12294, yield: 12295, caution: 12330, temporary: 12331, "to-oncoming-traffic": 12296, "four-way": 12297, "all-way": 12298, "one-way": 12329, zone: 12299, narrows: 12300, widens: 12301, reduced: 12302, combined: 12303, minimum: 12304, maximum: 12305, "divided-road": 12306, "double-arrow": 12307, "dead-end": 12308, "no-outlet": 12309, "wrong-way": 12310, "do-not-enter": 12314, nDetour: 12312, chevron: 12313, "t-intersection-to-the-side": 12315, "t-intersection-oncoming": 12316, "y-intersection-to-the-side": 12317, "y-intersection-oncoming": 12318, "four-way-divided-highway-crossing": 12319, "t-way-divided-highway-crossing": 12320, "light-rail-divided-highway-crossing": 12321, "light-rail-t-divided-highway-crossing": 12322, "side-road-to-right": 12323, "side-road-to-left": 12324, "side-road-to-right-at-angle": 12325, "side-road-to-left-at-angle": 12326, "entering-roadway-merge": 12327, "entering-roadway-added-lane": 12328, n1: 12545, n2: 12546, n3: 12547, n4: 12548, n5: 12549, n6: 12550, n7: 12551, n8: 12552, n9: 12553, n10: 12554, n11: 12555, n12: 12556, n13: 12557, n14: 12558, n15: 12559, n16: 12560, n17: 12561, n18: 12562, n19: 12563, n20: 12564, n21: 12565, n22: 12566, n23: 12567, n24: 12568, n25: 12569, n26: 12570, n27: 12571, n28: 12572, n29: 12573, n30: 12574, n31: 12575, n32: 12576, n33: 12577, n34: 12578, n35: 12579, n36: 12580, n37: 12581, n38: 12582, n39: 12583, n40: 12584, n41: 12585, n42: 12586, n43: 12587, n44: 12588, n45: 12589, n46: 12590, n47: 12591, n48: 12592, n49: 12593, n50: 12594, n51: 12595, n52: 12596, n53: 12597, n54: 12598, n55: 12599, n56: 12600, n57: 12601, n58: 12602, n59: 12603, n60: 12604, n61: 12605, n62: 12606, n63: 12607, n64: 12608, n65: 12609, n66: 12610, n67: 12611, n68: 12612, n69: 12613, n70: 12614, n71: 12615, n72: 12616, n73: 12617, n74: 12618, n75: 12619, n76: 12620, n77: 12621, n78: 12622, n79: 12623, n80: 12624, n81: 12625, n82: 12626, n83: 12627, n84: 12628, n85: 12629, n86: 12630, n87: 12631, n88: 12632, n89: 12633, n90: 12634, n91: 12635, n92: 12636, n93: 12637, n94: 12638, n95: 12639, n96: 12640, n97: 12641, n98: 12642, n99: 12643, n100: 12644, n101: 12645, n102: 12646, n103: 12647, n104: 12648, n105: 12649, n106: 12650, n107: 12651, n108: 12652, n109: 12653, n110: 12654, n111: 12655, n112: 12656, n113: 12657, n114: 12658, n115: 12659, n116: 12660, n117: 12661, n118: 12662, n119: 12663, n120: 12664, n121: 12665, n122: 12666, n123: 12667, n124: 12668, n125: 12669, n126: 12670, n127: 12671, n128: 12672, n129: 12673, n130: 12674, n131: 12675, n132: 12676, n133: 12677, n134: 12678, n135: 12679, n136: 12680, n137: 12681, n138: 12682, n139: 12683, n140: 12684, n141: 12685, n142: 12686, n143: 12687, n144: 12688, n145: 12689, n146: 12690, n147: 12691, n148: 12692, n149: 12693, n150: 12694, n151: 12695, n152: 12696, n153: 12697, n154: 12698, n155: 12699, n156: 12700, n157: 12701, n158: 12702, n159: 12703, n160: 12704, n161: 12705, n162: 12706, n163: 12707, n164: 12708, n165: 12709, n166: 12710, n167: 12711, n168: 12712, n169: 12713, n170: 12714, n171: 12715, n172: 12716, n173: 12717, n174: 12718, n175: 12719, n176: 12720, n177: 12721, n178: 12722, n179: 12723, n180: 12724, n181: 12725, n182: 12726, n183: 12727, n184: 12728, n185: 12729, n186: 12730, n187: 12731, n188: 12732, n189: 12733, n190: 12734, n191: 12735, n192: 12736, n193: 12737, n194: 12738, n195: 12739, n196: 12740, n197: 12741, n198: 12742, n199: 12743, n200: 12744, n201: 12745, n202: 12746, n203: 12747, n204: 12748, n205: 12749, n206: 12750, n207: 12751, n208: 12752, n209: 12753, n210: 12754, n211: 12755, n212: 12756, n213: 12757, n214: 12758, n215: 12759, n216: 12760, n217: 12761, n218: 12762, n219: 12763, n220: 12764, n221: 12765, n222: 12766, n223: 12767, n224: 12768, n225: 12769, n226: 12770, n227: 12771, n228: 12772, n229: 12773, n230: 12774, n231: 12775, n232: 12776, n233: 12777, n234: 12778, n235: 12779, n236: 12780, n237: 12781, n238: 12782, n239: 12783, n240: 12784, n241: 12785, n242: 12786, n243: 12787, n244: 12788, n245: 12789, n246: 12790, n247: 12791, n248: 12792, n249: 12793, n250: 12794, n251: 12795, n252: 12796, n253: 12797, n254: 12798, n255: 12799, alabama: 12801, alaska: 12802, "american-Samoa": 12803, arizona: 12804, arkansas: 12805, california: 12806, colorado: 12807, connecticut: 12808, delaware: 12809, "district-of-Columbia": 12810, florida: 12811, georgia: 12812, guam: 12813, hawaii: 12814, idaho: 12815, illinois: 12816, indiana: 12817, iowa: 12818, kansas: 12819, kentucky: 12820, louisiana: 12821, maine: 12822, maryland: 12823, massachusetts: 12824, michigan: 12825, minnesota: 12826, mississippi: 12827, missouri: 12828, montana: 12829, nebraska: 12830, nevada: 12831, "new-Hampshire": 12832, "new-Jersey": 12833, "new-Mexico": 12834, "new-York": 12835, "north-Carolina": 12836, "north-Dakota": 12837, "northern-Marianas-Islands": 12838, ohio: 12839, oklahoma: 12840, oregon: 12841, pennsylvania: 12842, "puerto-rico": 12843, "rhode-Island": 12844, "south-Carolina": 12845, "south-Dakota": 12846, tennessee: 12847, texas: 12848, utah: 12849, vermont: 12850, virginia: 12851, "virgin-Islands": 12852, washington: 12853, "west-Virginia": 12854, wisconsin: 12855, wyoming: 12856, "rest-room": 13057, "mens-rest-room": 13058, "womens-rest-room": 13059, "family-rest-room": 13060, dam: 13061, "fish-hatchery": 13062, information: 13063, lighthouse: 13064, "lookout-tower": 13065, "ranger-station": 13066, "grocery-store": 13068, lodging: 13069, "post-office": 13070, "picnic-shelter": 13072, "group-camping": 13073, "group-picnicking": 13074, "n24-hour-pharmacy": 13075, kennel: 13076, "laundry-facilities": 13077, "shower-facilities": 13078, amphitheater: 13079, stable: 13080, hospital: 13081, "emergency-medical-service-point": 13082, library: 13083, "recycling-collection-center": 13084, school: 13085, alley: 13313, annex: 13314, arcade: 13315, avenue: 13316, bayoo: 13317, beach: 13318, bend: 13319, bluff: 13320, bottom: 13321, boulevard: 13322, branch: 13323, nBridge: 13324, brook: 13325, burg: 13326, bypass: 13327, camp: 13328, canyon: 13329, cape: 13330, causeway: 13331, nCenter: 13332, circle: 13333, cliff: 13334, club: 13335, common: 13336, corner: 13337, course: 13338, court: 13339, cove: 13340, creek: 13341, crescent: 13342, crest: 13343, nCrossing: 13344, crossroad: 13345, curve: 13346, dale: 13347, nDam: 13348, divide: 13349, drive: 13350, estate: 13351, expressway: 13352, extension: 13353, fall: 13354, nFerry: 13355, field: 13356, flat: 13357, ford: 13358, forest: 13359, forge: 13360, fork: 13361, fort: 13362, nFreeway: 13363, garden: 13364, gateway: 13365, glen: 13366, green: 13367, grove: 13368, harbor: 13369, haven: 13370, heights: 13371, highway: 13372, nHill: 13373, hollow: 13374, inlet: 13375, nIsland: 13376, isle: 13377, nJunction: 13378, key: 13379, knoll: 13380, lake: 13381, land: 13382, landing: 13383, nLane: 13384, light: 13385, loaf: 13386, lock: 13387, lodge: 13388, loop: 13389, mall: 13390, manor: 13391, meadow: 13392, mews: 13393, mill: 13394, mission: 13395, motorway: 13396, mount: 13397, mountain: 13398, neck: 13399, orchard: 13400, oval: 13401, nOverpass: 13402, park: 13403, parkway: 13404, nPass: 13405, passage: 13406, path: 13407, pike: 13408, pine: 13409, plains: 13410, plaza: 13411, point: 13412, port: 13413, prairie: 13414, radial: 13415, ramp: 13416, ranch: 13417, rapid: 13418, rest: 13419, ridge: 13420, river: 13421, nRoad: 13422, route: 13423, row: 13424, rue: 13425, run: 13426, shoal: 13427, shore: 13428, skyway: 13429, spring: 13430, nSpur: 13431, square: 13432, nStation: 13433, stravenue: 13434, stream: 13435, street: 13436, summit: 13437, terrace: 13438, throughway: 13439, trace: 13440, nTrack: 13441, trafficway: 13442, nTrail: 13443, nTunnel: 13444, turnpike: 13445, nUnderpass: 13446, union: 13447, valley: 13448, viaduct: 13449, view: 13450, village: 13451, ville: 13452, vista: 13453, nWalk: 13454, wall: 13455, way: 13456, well: 13457, ahead: 13569, here: 13570, "here-to": 13571, "here-to-alley": 13572, "here-to-corner": 13573, "here-to-sign": 13574, "between-signs": 13575, between: 13633, "this-side-of-street": 13576, "this-side-of-sign": 13577, right: 13579, left: 13580, "begin-point": 13581, next: 13582, "starting-start": 13611, "ends-end": 13583, "other-Side": 13584, crossing: 13585, crosswalks: 13586, "center-strip": 13587, lane: 13588, shelter: 13634, center: 13635, hill: 13589, "both-ways-left-and-right": 13590, "both-ways-45-degree-angle-tilting-right": 13591, "both-ways-45-degree-angle-tilting-left": 13592, "both-directions-of-travel": 13593, "left-arrow": 13610, "left-turn": 13594, "left-45-degree-arrow": 13595, "left-45-degree-turn": 13596, "ahead-and-to-the-left": 13597, "ahead-and-to-the-left-at-a-45-degree-angle": 13598, "right-arrow": 13609, "right-turn": 13599, "right-45-degree-arrow": 13600, "right-45-degree-turn": 13601, "ahead-and-to-the-right": 13602, "ahead-and-to-the-right-at-a-45-degree-angle": 13603, "downward-left-45-degree": 13604, "downward-right-45-degree": 13605, "downward-left-and-right-45-degree": 13606, "reverse-turn-to-right": 13636, "reverse-turn-to-left": 13637, "reverse-curve-to-right": 13638, "reverse-curve-to-left": 13639, "two-lane-reverse-curve-to-right": 13623, "two-lane-reverse-curve-to-left": 13624, "three-lane-reverse-curve-to-right": 13625, "three-lane-reverse-curve-to-left": 13626, "winding-road-to-right": 13640, "winding-road-to-left": 13641, "chevron-right": 13613, "chevron-left": 13614, "right-turn-with-junction": 13615, "left-turn-with-junction": 13616, "hairpin-right": 13617, "hairpin-left": 13618, "truck-rollover-right": 13619, "truck-rollover-left": 13620, "n270-degree-turn-right": 13621, "n270-degree-turn-left": 13622, "double-reverse-curve-to-right": 13627, "double-reverse-curve-to-left": 13628, "two-lane-double-reverse-curve-to-right": 13629, "two-lane-double-reverse-curve-to-left": 13630, "three-lane-double-reverse-curve-to-right": 13631, "three-lane-double-reverse-curve-to-left": 13632 } as const;

export type LaneRoadway = number;

/** Named numbers of LaneRoadway. */
export const LaneRoadway = { "all-roadways": 8193, "through-lanes": 8194, "left-lane": 8195, "right-lane": 8196, "center-lane": 8197, "middle-lanes": 8198, "middle-two-lanes": 8199, "right-turning-lanes": 8200, "left-turning-lanes": 8201, "upper-deck-lanes": 8236, "lower-deck-lanes": 8237, "reversible-lanes": 8238, "right-exit-lanes": 8239, "left-exit-lanes": 8240, "right-merging-lanes": 8241, "left-merging-lanes": 8242, "right-exit-ramp": 8202, "right-second-exit-ramp": 8243, "right-entrance-ramp": 8203, "right-second-entrance-ramp": 8245, "left-exit-ramp": 8204, "left-second-exit-ramp": 8244, "left-entrance-ramp": 8205, "left-second-entrance-ramp": 8246, "escape-ramp": 8234, "hard-shoulder": 8206, "soft-shoulder": 8207, "right-shoulder": 8208, "left-shoulder": 8209, median: 8252, sidewalk: 8251, highways: 8235, "right-hand-parallel-lanes": 8210, "left-hand-parallel-lanes": 8211, "connecting-lanes": 8212, "express-lanes": 8213, "local-lanes": 8214, "toll-lanes": 8215, "electronic-toll-lanes": 8216, "toll-plaza": 8217, "inspection-lane": 8218, "hOV-lanes": 8219, "bus-lanes": 8220, "carpool-lanes": 8221, "truck-lanes": 8222, "emergency-lanes": 8223, "passing-lanes": 8224, "climbing-lanes": 8225, "slow-lane": 8226, "service-road": 8227, "cycle-lane": 8228, tracks: 8250, bridge: 8229, overpass: 8230, "elevated-lanes": 8231, underpass: 8232, tunnel: 8233, "all-exit-lanes": 8247, "all-entry-lanes": 8248, "either-shoulder": 8249, "shoulder-work": 8253 } as const;

export type LargeNumbers = number;

/** Named numbers of LargeNumbers. */
export const LargeNumbers = { "n1-16th": 11521, "n1-10th": 11522, "n1-8th": 11523, "n1-4th": 11524, "n1-3rd": 11525, "n1-2": 11526, "n3-4": 11527, n300: 11531, n350: 11532, n400: 11533, n450: 11534, n500: 11535, n550: 11536, n600: 11537, n650: 11538, n700: 11539, n750: 11540, n800: 11541, n850: 11542, n900: 11543, n950: 11544, n1000: 11545, n1100: 11546, n1200: 11547, n1300: 11548, n1400: 11549, n1500: 11550, n1600: 11551, n1700: 11552, n1800: 11553, n1900: 11554, n2000: 11555, n2100: 11556, n2200: 11557, n2300: 11558, n2400: 11559, n2500: 11560, n2600: 11561, n2700: 11562, n2800: 11563, n2900: 11564, n3000: 11565, n3500: 11566, n4000: 11567, n4500: 11568, n5000: 11569, n5500: 11570, n6000: 11571, n6500: 11572, n7000: 11573, n7500: 11574, n8000: 11575, n8500: 11576, n9000: 11577, n9500: 11578, n10000: 11579, n11000: 11580, n12000: 11581, n13000: 11582, n14000: 11583, n15000: 11584, n16000: 11585, n17000: 11586, n18000: 11587, n19000: 11588, n20000: 11589, n21000: 11590, n22000: 11591, n23000: 11592, n24000: 11593, n25000: 11594, n26000: 11595, n27000: 11596, n28000: 11597, n29000: 11598, n30000: 11599, n35000: 11600, n40000: 11601, n45000: 11602, n50000: 11603, n55000: 11604, n60000: 11605, n65000: 11606, n70000: 11607, n75000: 11608, n80000: 11609, n85000: 11610, n90000: 11611, n95000: 11612, n100000: 11613 } as const;

export type MobileSituation = number;

/** Named numbers of MobileSituation. */
export const MobileSituation = { "abnormal-load": 2049, "wide-load": 2050, "long-load": 2051, "slow-vehicle": 2052, "farm-equipment": 2053, "horse-drawn-vehicles": 2054, "overheight-load": 2055, "overweight-load": 2056, "tracked-vehicle": 2057, "vehicle-carrying-hazardous-materials": 2058, "slow-moving-maintenance-vehicle": 2059, convoy: 2060, "military-convoy": 2061, "refugee-convoy": 2062, motorcade: 2063, "mobile-situation-repositioning": 2064, "winter-maintenance-vehicles": 2065, snowplows: 2066, "slow-moving-maintenance-vehicle-warning-cleared": 2172, "exceptional-load-warning-cleared": 2173, "hazardous-load-warning-cleared": 2174, "convoy-cleared": 2175 } as const;

export type MUTCDLocations = number;

/** Named numbers of MUTCDLocations. */
export const MUTCDLocations = { ahead: 13569, here: 13570, "here-to": 13571, "here-to-alley": 13572, "here-to-corner": 13573, "here-to-sign": 13574, "between-signs": 13575, between: 13633, "this-side-of-street": 13576, "this-side-of-sign": 13577, right: 13579, left: 13580, "begin-point": 13581, next: 13582, "starting-start": 13611, "ends-end": 13583, "other-Side": 13584, crossing: 13585, crosswalks: 13586, "center-strip": 13587, lane: 13588, shelter: 13634, center: 13635, hill: 13589, "both-ways-left-and-right": 13590, "both-ways-45-degree-angle-tilting-right": 13591, "both-ways-45-degree-angle-tilting-left": 13592, "both-directions-of-travel": 13593, "left-arrow": 13610, "left-turn": 13594, "left-45-degree-arrow": 13595, "left-45-degree-turn": 13596, "ahead-and-to-the-left": 13597, "ahead-and-to-the-left-at-a-45-degree-angle": 13598, "right-arrow": 13609, "right-turn": 13599, "right-45-degree-arrow": 13600, "right-45-degree-turn": 13601, "ahead-and-to-the-right": 13602, "ahead-and-to-the-right-at-a-45-degree-angle": 13603, "downward-left-45-degree": 13604, "downward-right-45-degree": 13605, "downward-left-and-right-45-degree": 13606, "reverse-turn-to-right": 13636, "reverse-turn-to-left": 13637, "reverse-curve-to-right": 13638, "reverse-curve-to-left": 13639, "two-lane-reverse-curve-to-right": 13623, "two-lane-reverse-curve-to-left": 13624, "three-lane-reverse-curve-to-right": 13625, "three-lane-reverse-curve-to-left": 13626, "winding-road-to-right": 13640, "winding-road-to-left": 13641, "chevron-right": 13613, "chevron-left": 13614, "right-turn-with-junction": 13615, "left-turn-with-junction": 13616, "hairpin-right": 13617, "hairpin-left": 13618, "truck-rollover-right": 13619, "truck-rollover-left": 13620, "n270-degree-turn-right": 13621, "n270-degree-turn-left": 13622, "double-reverse-curve-to-right": 13627, "double-reverse-curve-to-left": 13628, "two-lane-double-reverse-curve-to-right": 13629, "two-lane-double-reverse-curve-to-left": 13630, "three-lane-double-reverse-curve-to-right": 13631, "three-lane-double-reverse-curve-to-left": 13632 } as const;

export type NamedObjects = number;

/** Named numbers of NamedObjects. */
export const NamedObjects = { "name-follows": 11777, freeway: 11778, "us-Route": 11779, "state-Route": 11780, interstate: 11781, "business-Loop": 11782, spur: 11797, junction: 11798, alternative: 11783, "county-Route": 11784, "forest-Route": 11785, "farm-to-Market-Route": 11786, "eisenhower-Interstate-System": 11787, "americas-Byways": 11788, "national-Network-Route": 11789, "scenic-Area": 11790, "parking-Area": 11791, "weight-Station": 11792, road: 11793, exit: 11794, "historical-route": 11795, "state-line": 11796, "bicycle-route": 11799, "bicycle-interstate-route": 11800, "national-park": 11801 } as const;

export type Objects = number;

/** Named numbers of Objects. */
export const Objects = { "unknown-object": 11009, tire: 11010, rim: 11011, retread: 11012, trash: 11013, cargo: 11014, diesel: 11015, gasoline: 11016, "anti-freeze": 11017, "propane-gas": 11061, "alternative-fuel": 11060, "seat-belts": 11018, "litter-container": 11019, "all-Terrain-vehicle": 11020, seaplane: 11021, chairlift: 11022, "fishing-pier": 11023, telephone: 11025, "railroad-cross-buck": 11024, horn: 11048, train: 11047, deer: 11049, horse: 11051, cattle: 11050, "golf-cart": 11052, services: 11056, "motorist-services": 11059, "food-services": 11053, "roadside-table": 11055, "ambulance-staging-point": 11054, fallout: 11026, medical: 11027, chemical: 11028, welfare: 11029, decontamination: 11063, evacuation: 11030, registration: 11062, emergency: 11064, "left-arrow-signal": 11031, "ahead-arrow-signal": 11032, "right-arrow-signal": 11033, "green-light-signal": 11034, "green-arrow-signal": 11035, "yellow-light-signal": 11036, "yellow-arrow-signal": 11037, "red-light-signal": 11038, "red-arrow-signal": 11039, "extended-green-signal": 11040, "advance-arrow-signal": 11041, "pedestrian-Signal-Stop": 11042, "pedestrian-Signal-Caution": 11043, "pedestrian-Signal-Walk": 11044, "pedestrian-Signal-Light": 11045, "pedestrian-Signal-Time-Display": 11046 } as const;

export type Obstruction = number;

/** Named numbers of Obstruction. */
export const Obstruction = { "obstruction-on-roadway": 1281, "object-on-roadway": 1282, "objects-falling-from-moving-vehicle": 1283, "debris-on-roadway": 1284, "storm-damage": 1285, "people-on-roadway": 1286, "bicyclists-on-roadway": 1287, "sightseers-obstructing-access": 1288, "large-numbers-of-visitors": 1289, "animal-on-roadway": 1290, "large-animal-on-roadway": 1291, "herd-of-animals-on-roadway": 1292, "animal-struck": 1293, "advertising-signs": 1315, "fallen-trees": 1294, "over-turned-trees": 1311, "tree-limbs": 1312, "utility-pole-down": 1314, "downed-power-lines": 1295, "downed-cables": 1296, subsidence: 1297, "road-surface-collapse": 1298, "frost-jacking": 1317, "frost-heave": 1316, "pavement-buckled": 1299, pothole: 1300, flooding: 1301, "broken-water-main": 1302, "collapsed-sewer": 1303, "wash-out": 1319, washboard: 1318, "sewer-overflow": 1304, "gas-leak": 1305, snowmelt: 1306, mudslide: 1307, avalanche: 1308, rockfall: 1309, landslide: 1310, "clearance-work": 1406, "obstruction-cleared": 1407 } as const;

export type ParkingInformation = number;

/** Named numbers of ParkingInformation. */
export const ParkingInformation = { "normal-parking-restrictions-lifted": 4097, "parking-meter-restrictions-lifted": 4098, "special-parking-restrictions-in-force": 4099, "full-parking-lot": 4100, "full-parking-garage": 4101, "all-parking-lots-full": 4102, "no-parking-spaces-available": 4103, "only-a-few-spaces-available": 4104, "spaces-available": 4105, "no-parking": 4106, "parking-on-one-side-of-street-only": 4107, "parking-on-both-sides-of-street": 4108, "parallel-parking-only": 4109, "parking-meters-not-available": 4110, "use-of-parking-meters-restricted": 4111, "event-parking": 4112, "handicapped-parking": 4113, "long-term-parking": 4114, "overnight-parking": 4115, "short-term-parking": 4116, "parking-by-permit-only": 4117, "emergency-parking-only": 4118, "emergency-stopping-only": 4119, parking: 4120, stopping: 4121, standing: 4122, "tow-away-zone": 4123, "school-zone": 4124, "speed-zone": 4125, "loading-zone": 4126, "state-law": 4127, "van-accessible": 4128, "special-parking-restrictions-lifted": 4222, "no-parking-information-available": 4223 } as const;

export type PavementConditions = number;

/** Named numbers of PavementConditions. */
export const PavementConditions = { impassable: 5889, "almost-impassable": 5890, "passable-with-care": 5891, passable: 5892, "surface-water-hazard": 5893, "danger-of-hydroplaning": 5894, "wet-pavement": 5895, "treated-pavement": 5896, slippery: 5897, "low-ground-clearance": 5938, "at-grade-level-crossing": 5937, "mud-on-roadway": 5898, "leaves-on-roadway": 5899, "loose-sand-on-roadway": 5900, "loose-gravel": 5901, "fuel-on-roadway": 5902, "oil-on-roadway": 5903, "road-surface-in-poor-condition": 5904, "melting-tar": 5905, "uneven-lanes": 5935, "rough-road": 5931, "rough-crossing": 5936, ice: 5906, "icy-patches": 5907, "black-ice": 5908, "ice-pellets-on-roadway": 5909, "ice-build-up": 5910, "freezing-rain": 5911, "wet-and-icy-roads": 5912, slush: 5914, "melting-snow": 5913, "frozen-slush": 5915, "snow-on-roadway": 5916, "packed-snow": 5917, "packed-snow-patches": 5918, "plowed-snow": 5919, "wet-snow": 5920, "fresh-snow": 5921, "powder-snow": 5922, "granular-snow": 5923, "frozen-snow": 5924, "crusted-snow": 5925, "deep-snow": 5926, "snow-drifts": 5927, "drifting-snow": 5928, "expected-snow-accumulation": 5929, "current-snow-accumulation": 5930, sand: 5932, gravel: 5933, paved: 5934, "dry-pavement": 6011, "snow-cleared": 6012, "pavement-conditions-improved": 6013, "skid-hazard-reduced": 6014, "pavement-conditions-cleared": 6015 } as const;

export type Precipitation = number;

/** Named numbers of Precipitation. */
export const Precipitation = { "severe-weather": 4865, blizzard: 4866, "heavy-snow": 4867, snow: 4868, "light-snow": 4869, "snow-showers": 4870, "winter-storm": 4871, "ice-glaze": 4872, "heavy-frost": 4873, frost: 4874, "ice-storm": 4875, sleet: 4876, "rain-and-snow-mixed": 4877, "rain-changing-to-snow": 4878, "damaging-hail": 4879, hail: 4880, thunderstorms: 4881, thundershowers: 4882, "extremely-heavy-downpour": 4883, "heavy-rain": 4884, rain: 4885, "light-rain": 4886, drizzle: 4887, showers: 4888, dew: 4889, "precipitation-cleared": 4991 } as const;

export type Qualifiers = number;

/** Named numbers of Qualifiers. */
export const Qualifiers = { above: 7681, below: 7682, in: 7683, around: 7684, after: 7685, before: 7686, at: 7687, on: 7688, near: 7689, "from-the": 7690, terminal: 7691, "falling-slowly": 7692, falling: 7693, "falling-quickly": 7694, "rising-slowly": 7695, rising: 7696, "rising-quickly": 7697, steady: 7698, likely: 7699, "changing-to": 7700, mostly: 7701, partly: 7702, minus: 7703, "weather-ended": 7704, expected: 7705, low: 7706, mid: 7707, high: 7708, upper: 7709, middle: 7765, lower: 7764, unseasonably: 7710, reported: 7711, advice: 7712, "due-to": 7713, "proceed-to": 7714, "transferred-to": 7715, use: 7716, affecting: 7717, blocking: 7718, connecting: 7719, finished: 7720, for: 7721, or: 7722, and: 7723, later: 7724, level: 7725, shortly: 7726, soon: 7727, service: 7728, graffiti: 7733, damaged: 7729, "out-of-order": 7730, "on-State-right-of-way": 7732, "found-property": 7734, vandalism: 7731, major: 7766, minor: 7767, "begin-time": 7735, added: 7736, "end-time": 7737, no: 7738, "do-not": 7739, block: 7740, except: 7741, day: 7742, night: 7743, "any-time": 7744, has: 7745, must: 7757, "may-have": 7746, "may-exceed": 7759, only: 7747, lifted: 7748, empty: 7749, turning: 7750, "u-turn": 7751, "wait-for": 7752, "when-flashing": 7753, duration: 7754, cross: 7755, "when-wet": 7756, oncoming: 7758, "to-request": 7760, exempt: 7761, skewed: 7762, "when-children-are-present": 7763 } as const;

export type RecreationalObjectsAndActivities = number;

/** Named numbers of RecreationalObjectsAndActivities. */
export const RecreationalObjectsAndActivities = { "bear-viewing-area": 12033, "deer-viewing-area": 12034, "drinking-water": 12035, "environmental-study-area": 12036, "falling-rocks": 12037, firearms: 12038, "leashed-pets": 12039, "point-of-interest": 12040, smoking: 12041, dog: 12042, "tent-camping": 12043, "trailer-camping": 12044, "first-aid": 12045, handicapped: 12046, mechanic: 12047, "trailer-sanitary-station": 12048, "viewing-area": 12049, "scenic-overlook": 12095, campfire: 12050, locker: 12051, sleeping: 12052, trail: 12053, climbing: 12054, "rock-climbing": 12055, hunting: 12056, playground: 12057, "rock-collecting": 12058, spelunking: 12059, "bicycle-trail": 12060, "hiking-trail": 12061, "horse-trail": 12062, "trail-interpretive-auto": 12063, "trail-interpretive-pedestrian": 12064, "trail-road-for-4WD-vehicles": 12065, "trail-for-trail-bikes": 12066, archer: 12067, "hang-glider": 12068, "boat-tours": 12069, canoeing: 12070, diving: 12071, "scuba-diving": 12072, fishing: 12073, "marine-recreation-area": 12074, motorboating: 12075, "boat-ramp": 12076, rowboating: 12077, sailboating: 12078, "water-skiing": 12079, surfing: 12080, swimming: 12081, wading: 12082, "hand-launch": 12083, kayak: 12084, "wind-surf": 12085, "ice-skating": 12086, "ski-jumping": 12087, bobbing: 12088, "cross-country-skiing": 12089, "downhill-skiing": 12090, sledding: 12091, snowmobiling: 12092, snowshoeing: 12093, "winter-recreation-area": 12094 } as const;

export type RegulatoryAndWarningSigns = number;

/** Named numbers of RegulatoryAndWarningSigns. */
export const RegulatoryAndWarningSigns = { "regulatory-sign": 12289, "warning-sign": 12290, "information-sign": 12291, "construction-sign": 12292, "guide-sign": 12293, stop: 12294, yield: 12295, caution: 12330, temporary: 12331, "to-oncoming-traffic": 12296, "four-way": 12297, "all-way": 12298, "one-way": 12329, zone: 12299, narrows: 12300, widens: 12301, reduced: 12302, combined: 12303, minimum: 12304, maximum: 12305, "divided-road": 12306, "double-arrow": 12307, "dead-end": 12308, "no-outlet": 12309, "wrong-way": 12310, "do-not-enter": 12314, nDetour: 12312, chevron: 12313, "t-intersection-to-the-side": 12315, "t-intersection-oncoming": 12316, "y-intersection-to-the-side": 12317, "y-intersection-oncoming": 12318, "four-way-divided-highway-crossing": 12319, "t-way-divided-highway-crossing": 12320, "light-rail-divided-highway-crossing": 12321, "light-rail-t-divided-highway-crossing": 12322, "side-road-to-right": 12323, "side-road-to-left": 12324, "side-road-to-right-at-angle": 12325, "side-road-to-left-at-angle": 12326, "entering-roadway-merge": 12327, "entering-roadway-added-lane": 12328 } as const;

export type J2540ITIS_ResponderGroupAffected = number;

/** Named numbers of ResponderGroupAffected. */
export const J2540ITIS_ResponderGroupAffected = { "emergency-vehicle-units": 9729, "federal-law-enforcement-units": 9730, "state-police-units": 9731, "county-police-units": 9732, "local-police-units": 9733, "ambulance-units": 9734, "rescue-units": 9735, "fire-units": 9736, "hAZMAT-units": 9737, "light-tow-unit": 9738, "heavy-tow-unit": 9739, "private-tow-units": 9743, "freeway-service-patrols": 9740, "transportation-response-units": 9741, "private-contractor-response-units": 9742 } as const;

export type RestrictionClass = number;

/** Named numbers of RestrictionClass. */
export const RestrictionClass = { restrictions: 2561, "ramp-restrictions": 2562, "truck-restriction": 2563, "speed-restriction": 2564, "noise-restriction": 2565, "traffic-regulations-have-been-changed": 2566, "local-access-only": 2567, "no-trailers": 2568, "no-high-profile-vehicles": 2569, "hazardous-materials-truck-restriction": 2570, "no-through-traffic": 2571, "no-motor-vehicles": 2572, "width-limit": 2573, "height-limit": 2574, "length-limit": 2575, "axle-load-limit": 2576, "gross-weight-limit": 2577, "axle-count-limit": 2578, "carpool-lane-available": 2579, "carpool-restrictions-changed": 2580, "hOV-2-no-single-occupant-vehicles": 2581, "hOV-3-no-vehicles-with-less-than-three-occupants": 2582, "bus-lane-available-for-all-vehicles": 2583, "truck-lane-available-for-all-vehicles": 2584, "permits-call-in-basis": 2585, "permits-temporarily-closed": 2586, "permits-closed": 2587, "road-use-permits-required": 2588, "permits-open": 2675, "restrictions-for-high-profile-vehicles-lifted": 2676, "width-limit-lifted": 2677, "height-limit-lifted": 2678, "length-limit-lifted": 2679, "axle-load-limit-lifted": 2680, "weight-limit-lifted": 2681, "axle-count-limit-lifted": 2682, "carpool-restrictions-lifted": 2683, "lane-restrictions-lifted": 2684, "ramp-restrictions-lifted": 2685, "motor-vehicle-restrictions-lifted": 2686, "restrictions-lifted": 2687 } as const;

export type RoadsideAssets = number;

/** Named numbers of RoadsideAssets. */
export const RoadsideAssets = { none: 10496, "light-pole": 10497, "utility-pole": 10498, "gantry-way": 10499, "sign-support": 10500, "signal-pole": 10501, "signage-public": 10502, "signage-private": 10503, "overhead-sign": 10568, "ground-sign": 10569, cones: 10504, "cones-post-type": 10505, "cones-glue-post": 10506, "cones-other": 10507, barriers: 10508, "barrier-Aframe": 10509, "barriers-heavy-duty": 10510, "barricade-type-III": 10511, "barricade-small": 10512, "solid-barrier": 10565, "moveable-barrier": 10566, "barricade-lights": 10513, beacon: 10514, "t-stand": 10515, "a-stand": 10516, drums: 10517, "sand-barrel": 10567, "impact-attenuator": 10518, "barricade-tape": 10519, "safety-fence": 10520, "temp-pavement-markings": 10521, "speed-bumps": 10522, "temp-curbs": 10523, "parking-blocks": 10524, "signboard-fixed": 10525, "signboard-portable": 10526, stripe: 10572, island: 10573, har: 10527, "har-AM": 10528, "har-FM": 10529, "har-DSRC": 10530, "traffic-light": 10531, "lane-control-signal": 10532, "traffic-detector": 10533, "vehicle-detector": 10534, "system-alarm": 10535, "arrow-board": 10536, "fixed-VMS": 10537, "mobile-VMS": 10538, "ramp-control": 10539, "gate-control": 10540, "temporary-traffic-light": 10541, "over-height-warning-system": 10542, "over-weight-warning-system": 10543, "emergency-telephones": 10544, "railroad-crossing-equipment": 10545, "tunnel-ventilation": 10546, ccTV: 10547, "environmental-sensor": 10548, "emergency-signal": 10570, "countdown-pedestrian-sign": 10571, switch: 10549, signal: 10550, "third-rail": 10551, "overhead-power": 10552, "concrete-tie": 10553, "wooden-tie": 10554, "manhole-cover": 10559, culvert: 10560, escalator: 10555, elevator: 10556, "snow-poles": 10561, track: 10557, "guide-poles": 10562, drawbridge: 10558, "expansion-joint": 10563, "shifted-plate": 10564 } as const;

export type Roadwork = number;

/** Named numbers of Roadwork. */
export const Roadwork = { "road-construction": 1025, "major-road-construction": 1026, "long-term-road-construction": 1027, "construction-work": 1028, "paving-operations": 1029, "work-in-the-median": 1030, "road-reconstruction": 1031, "opposing-traffic": 1032, "narrow-lanes": 1033, "construction-traffic-merging": 1034, "single-line-traffic-alternating-directions": 1035, "road-maintenance-operations": 1036, "road-marking-operations": 1037, "road-widening": 1061, cracks: 1052, "crack-REMOVE": 1058, bumps: 1053, "drop-off": 1059, "storm-drain": 1054, "bridge-maintenance-operations": 1038, "bridge-construction": 1039, "bridge-demolition-work": 1040, "seismic-retrofit": 1060, "overgrown-grass": 1055, "overgrown-brushshrubs": 1056, "overgrown-trees": 1057, blasting: 1041, "avalanche-control-activities": 1042, "water-main-work": 1043, "gas-main-work": 1044, "work-on-underground-cables": 1045, "work-on-underground-services": 1046, "new-road-construction-layout": 1047, "new-road-layout": 1048, "temporary-lane-markings": 1049, "temporary-traffic-lights": 1050, "emergency-maintenance": 1051, "utility-work": 1062, "road-maintenance-cleared": 1146, "normal-road-layout-restored": 1147, "road-work-clearance-in-progress": 1148, "road-construction-cleared": 1149, "normal-traffic-lanes-restored": 1150, "road-work-cleared": 1151 } as const;

export type SmallNumbers = number;

/** Named numbers of SmallNumbers. */
export const SmallNumbers = { n1: 12545, n2: 12546, n3: 12547, n4: 12548, n5: 12549, n6: 12550, n7: 12551, n8: 12552, n9: 12553, n10: 12554, n11: 12555, n12: 12556, n13: 12557, n14: 12558, n15: 12559, n16: 12560, n17: 12561, n18: 12562, n19: 12563, n20: 12564, n21: 12565, n22: 12566, n23: 12567, n24: 12568, n25: 12569, n26: 12570, n27: 12571, n28: 12572, n29: 12573, n30: 12574, n31: 12575, n32: 12576, n33: 12577, n34: 12578, n35: 12579, n36: 12580, n37: 12581, n38: 12582, n39: 12583, n40: 12584, n41: 12585, n42: 12586, n43: 12587, n44: 12588, n45: 12589, n46: 12590, n47: 12591, n48: 12592, n49: 12593, n50: 12594, n51: 12595, n52: 12596, n53: 12597, n54: 12598, n55: 12599, n56: 12600, n57: 12601, n58: 12602, n59: 12603, n60: 12604, n61: 12605, n62: 12606, n63: 12607, n64: 12608, n65: 12609, n66: 12610, n67: 12611, n68: 12612, n69: 12613, n70: 12614, n71: 12615, n72: 12616, n73: 12617, n74: 12618, n75: 12619, n76: 12620, n77: 12621, n78: 12622, n79: 12623, n80: 12624, n81: 12625, n82: 12626, n83: 12627, n84: 12628, n85: 12629, n86: 12630, n87: 12631, n88: 12632, n89: 12633, n90: 12634, n91: 12635, n92: 12636, n93: 12637, n94: 12638, n95: 12639, n96: 12640, n97: 12641, n98: 12642, n99: 12643, n100: 12644, n101: 12645, n102: 12646, n103: 12647, n104: 12648, n105: 12649, n106: 12650, n107: 12651, n108: 12652, n109: 12653, n110: 12654, n111: 12655, n112: 12656, n113: 12657, n114: 12658, n115: 12659, n116: 12660, n117: 12661, n118: 12662, n119: 12663, n120: 12664, n121: 12665, n122: 12666, n123: 12667, n124: 12668, n125: 12669, n126: 12670, n127: 12671, n128: 12672, n129: 12673, n130: 12674, n131: 12675, n132: 12676, n133: 12677, n134: 12678, n135: 12679, n136: 12680, n137: 12681, n138: 12682, n139: 12683, n140: 12684, n141: 12685, n142: 12686, n143: 12687, n144: 12688, n145: 12689, n146: 12690, n147: 12691, n148: 12692, n149: 12693, n150: 12694, n151: 12695, n152: 12696, n153: 12697, n154: 12698, n155: 12699, n156: 12700, n157: 12701, n158: 12702, n159: 12703, n160: 12704, n161: 12705, n162: 12706, n163: 12707, n164: 12708, n165: 12709, n166: 12710, n167: 12711, n168: 12712, n169: 12713, n170: 12714, n171: 12715, n172: 12716, n173: 12717, n174: 12718, n175: 12719, n176: 12720, n177: 12721, n178: 12722, n179: 12723, n180: 12724, n181: 12725, n182: 12726, n183: 12727, n184: 12728, n185: 12729, n186: 12730, n187: 12731, n188: 12732, n189: 12733, n190: 12734, n191: 12735, n192: 12736, n193: 12737, n194: 12738, n195: 12739, n196: 12740, n197: 12741, n198: 12742, n199: 12743, n200: 12744, n201: 12745, n202: 12746, n203: 12747, n204: 12748, n205: 12749, n206: 12750, n207: 12751, n208: 12752, n209: 12753, n210: 12754, n211: 12755, n212: 12756, n213: 12757, n214: 12758, n215: 12759, n216: 12760, n217: 12761, n218: 12762, n219: 12763, n220: 12764, n221: 12765, n222: 12766, n223: 12767, n224: 12768, n225: 12769, n226: 12770, n227: 12771, n228: 12772, n229: 12773, n230: 12774, n231: 12775, n232: 12776, n233: 12777, n234: 12778, n235: 12779, n236: 12780, n237: 12781, n238: 12782, n239: 12783, n240: 12784, n241: 12785, n242: 12786, n243: 12787, n244: 12788, n245: 12789, n246: 12790, n247: 12791, n248: 12792, n249: 12793, n250: 12794, n251: 12795, n252: 12796, n253: 12797, n254: 12798, n255: 12799 } as const;

export type SpecialEvents = number;

/** Named numbers of SpecialEvents. */
export const SpecialEvents = { "major-event": 3841, airshow: 3842, "hot-air-ballooning": 3843, concert: 3844, "state-occasion": 3845, "vIP-visit": 3846, show: 3847, festival: 3848, exhibition: 3849, "performing-arts": 3850, "outdoor-market": 3851, fair: 3852, carnival: 3853, "fireworks-display": 3854, "trade-expo": 3855, "movie-filming": 3856, "presidential-visit": 3857, parade: 3858, procession: 3859, "funeral-procession": 3860, crowd: 3861, "holiday-traffic-crowds": 3862, "event-ended": 3967 } as const;

export type SportingEvents = number;

/** Named numbers of SportingEvents. */
export const SportingEvents = { "sports-event": 3585, game: 3586, tournament: 3587, "track-and-field-event": 3588, "baseball-game": 3589, "basketball-game": 3590, "boxing-match": 3591, "football-game": 3592, "soccer-game": 3593, "golf-tournament": 3594, "hockey-game": 3595, "tennis-tournament": 3596, "wrestling-match": 3597, "road-race": 3598, "automobile-race": 3599, "bicycle-race": 3600, "race-event": 3601, marathon: 3602, "horse-show": 3603, rodeo: 3604, "water-sports-event": 3605, "winter-sports-event": 3606, "skating-event": 3607, "dog-sled-race": 3608, "sporting-event-ended": 3711 } as const;

export type StatesAndTerritories = number;

/** Named numbers of StatesAndTerritories. */
export const StatesAndTerritories = { alabama: 12801, alaska: 12802, "american-Samoa": 12803, arizona: 12804, arkansas: 12805, california: 12806, colorado: 12807, connecticut: 12808, delaware: 12809, "district-of-Columbia": 12810, florida: 12811, georgia: 12812, guam: 12813, hawaii: 12814, idaho: 12815, illinois: 12816, indiana: 12817, iowa: 12818, kansas: 12819, kentucky: 12820, louisiana: 12821, maine: 12822, maryland: 12823, massachusetts: 12824, michigan: 12825, minnesota: 12826, mississippi: 12827, missouri: 12828, montana: 12829, nebraska: 12830, nevada: 12831, "new-Hampshire": 12832, "new-Jersey": 12833, "new-Mexico": 12834, "new-York": 12835, "north-Carolina": 12836, "north-Dakota": 12837, "northern-Marianas-Islands": 12838, ohio: 12839, oklahoma: 12840, oregon: 12841, pennsylvania: 12842, "puerto-rico": 12843, "rhode-Island": 12844, "south-Carolina": 12845, "south-Dakota": 12846, tennessee: 12847, texas: 12848, utah: 12849, vermont: 12850, virginia: 12851, "virgin-Islands": 12852, washington: 12853, "west-Virginia": 12854, wisconsin: 12855, wyoming: 12856 } as const;

export type StreetSuffixes = number;

/** Named numbers of StreetSuffixes. */
export const StreetSuffixes = { alley: 13313, annex: 13314, arcade: 13315, avenue: 13316, bayoo: 13317, beach: 13318, bend: 13319, bluff: 13320, bottom: 13321, boulevard: 13322, branch: 13323, nBridge: 13324, brook: 13325, burg: 13326, bypass: 13327, camp: 13328, canyon: 13329, cape: 13330, causeway: 13331, nCenter: 13332, circle: 13333, cliff: 13334, club: 13335, common: 13336, corner: 13337, course: 13338, court: 13339, cove: 13340, creek: 13341, crescent: 13342, crest: 13343, nCrossing: 13344, crossroad: 13345, curve: 13346, dale: 13347, nDam: 13348, divide: 13349, drive: 13350, estate: 13351, expressway: 13352, extension: 13353, fall: 13354, nFerry: 13355, field: 13356, flat: 13357, ford: 13358, forest: 13359, forge: 13360, fork: 13361, fort: 13362, nFreeway: 13363, garden: 13364, gateway: 13365, glen: 13366, green: 13367, grove: 13368, harbor: 13369, haven: 13370, heights: 13371, highway: 13372, nHill: 13373, hollow: 13374, inlet: 13375, nIsland: 13376, isle: 13377, nJunction: 13378, key: 13379, knoll: 13380, lake: 13381, land: 13382, landing: 13383, nLane: 13384, light: 13385, loaf: 13386, lock: 13387, lodge: 13388, loop: 13389, mall: 13390, manor: 13391, meadow: 13392, mews: 13393, mill: 13394, mission: 13395, motorway: 13396, mount: 13397, mountain: 13398, neck: 13399, orchard: 13400, oval: 13401, nOverpass: 13402, park: 13403, parkway: 13404, nPass: 13405, passage: 13406, path: 13407, pike: 13408, pine: 13409, plains: 13410, plaza: 13411, point: 13412, port: 13413, prairie: 13414, radial: 13415, ramp: 13416, ranch: 13417, rapid: 13418, rest: 13419, ridge: 13420, river: 13421, nRoad: 13422, route: 13423, row: 13424, rue: 13425, run: 13426, shoal: 13427, shore: 13428, skyway: 13429, spring: 13430, nSpur: 13431, square: 13432, nStation: 13433, stravenue: 13434, stream: 13435, street: 13436, summit: 13437, terrace: 13438, throughway: 13439, trace: 13440, nTrack: 13441, trafficway: 13442, nTrail: 13443, nTunnel: 13444, turnpike: 13445, nUnderpass: 13446, union: 13447, valley: 13448, viaduct: 13449, view: 13450, village: 13451, ville: 13452, vista: 13453, nWalk: 13454, wall: 13455, way: 13456, well: 13457 } as const;

export type Structures = number;

/** Named numbers of Structures. */
export const Structures = { "rest-room": 13057, "mens-rest-room": 13058, "womens-rest-room": 13059, "family-rest-room": 13060, dam: 13061, "fish-hatchery": 13062, information: 13063, lighthouse: 13064, "lookout-tower": 13065, "ranger-station": 13066, "grocery-store": 13068, lodging: 13069, "post-office": 13070, "picnic-shelter": 13072, "group-camping": 13073, "group-picnicking": 13074, "n24-hour-pharmacy": 13075, kennel: 13076, "laundry-facilities": 13077, "shower-facilities": 13078, amphitheater: 13079, stable: 13080, hospital: 13081, "emergency-medical-service-point": 13082, library: 13083, "recycling-collection-center": 13084, school: 13085 } as const;

export type SuggestionAdvice = number;

/** Named numbers of SuggestionAdvice. */
export const SuggestionAdvice = { "why-not-ride-share": 6657, "is-this-your-no-ride-day": 6658, "why-not-use-transit": 6659, "why-not-park-and-ride": 6660, "why-not-try-paratransit": 6661, "why-not-travel-by-rail": 6662, "why-not-use-the-subway": 6663, "why-not-try-rapid-transit": 6664, "why-not-travel-by-bus": 6665, "your-parking-ticket-covers-the-return-ride": 6666, "avoid-the-rush-hour": 6667, "do-not-allow-unnecessary-gaps": 6668, "follow-the-vehicle-in-front-smoothly": 6669, "do-not-slow-down-unnecessarily": 6670, "watch-for-muggers": 6671, "watch-for-pickpockets": 6672, "watch-for-thieves": 6673, "sorry-for-any-delay": 6674, "thank-you-for-your-understanding": 6675, "we-appreciate-your-patience": 6676, "we-are-grateful-for-your-cooperation": 6677, "share-the-road": 6678 } as const;

export type Temperature = number;

/** Named numbers of Temperature. */
export const Temperature = { "maximum-temperature": 5633, temperature: 5634, "minimum-temperature": 5635, "current-temperature": 5636, "heat-index": 5637, "extreme-heat": 5638, hot: 5639, hotter: 5640, heat: 5641, warmer: 5642, warm: 5643, mild: 5644, cool: 5645, cooler: 5646, cold: 5647, colder: 5648, "very-cold": 5649, "extreme-cold": 5650, "wind-chill": 5651, dewpoint: 5652, "relative-humidity": 5653, "temperatures-close-to-the-seasonal-norm": 5758, "less-extreme-temperatures": 5759 } as const;

export type TrafficConditions = number;

/** Named numbers of TrafficConditions. */
export const TrafficConditions = { "stopped-traffic": 257, "stop-and-go-traffic": 258, "slow-traffic": 259, "heavy-traffic": 260, "traffic-building": 261, "long-queues": 262, "traffic-congestion": 263, "traffic-lighter-than-normal": 264, "traffic-heavier-than-normal": 265, "traffic-much-heavier-than-normal": 266, "current-speed": 267, "speed-limit": 268, "travel-time": 269, "merging-traffic": 272, contraflow: 273, "contraflow-canceled": 378, "traffic-flowing-freely": 379, "traffic-easing": 380, "traffic-returned-to-normal": 381, "no-problems-to-report": 382, "traffic-congestion-cleared": 383 } as const;

export type TransitMode = number;

/** Named numbers of TransitMode. */
export const TransitMode = { travel: 8961, transit: 8962, bus: 8963, trolleybus: 8964, rail: 8965, "commuter-rail": 8966, subway: 8967, "rapid-transit": 8968, "light-rail": 8969, streetcar: 8970, "dial-a-ride": 8971, "park-and-ride": 8972, shuttle: 8973, "free-shuttle": 8974, "airport-shuttle": 8975, taxies: 8976, ferry: 8977, "passenger-ferry": 8978, "vehicle-ferry": 8979, "aerial-tramway": 8980, "automated-guideway": 8981, "cable-cars": 8982, monorail: 8983, "air-travel": 8984, "hitch-hitching": 8985, walk: 8986 } as const;

export type TransitOperations = number;

/** Named numbers of TransitOperations. */
export const TransitOperations = { "unknown-transit-problem": 10753, "sleeping-customer": 10754, "assault-on-passenger": 10755, "assault-on-employee": 10756, "broken-seat": 10757, "bus-alarm": 10758, "crime-or-drug-deal": 10759, "eating-on-board": 10760, "equipment-problem-with-air-conditioning": 10761, "equipment-problem-with-air-system": 10762, "equipment-problem-with-brakes": 10763, "equipment-problem-with-chassis-or-suspension": 10764, "equipment-problem-with-cooling-system": 10765, "equipment-problem-with-doors": 10766, "equipment-problem-with-electrical": 10767, "equipment-problem-with-engine": 10768, "equipment-problem-with-exterior-or-body": 10769, "equipment-problem-with-fare-collection": 10770, "equipment-problem-with-fuel-or-exhaust": 10771, "equipment-problem-with-horn": 10772, "equipment-problem-with-interior": 10773, "equipment-problem-with-liftkneeling": 10774, "equipment-problem-with-lights": 10775, "equipment-problem-with-lubrication": 10776, "equipment-problem-with-radio-or-communication": 10777, "equipment-problem-with-signs": 10778, "equipment-problem-with-steering": 10779, "equipment-problem-with-tires": 10780, "equipment-problem-with-transmission": 10781, "equipment-problem-with-unknown-alarm": 10782, "equipment-problem-with-wipers": 10783, "fare-dispute-expired-pass": 10784, "fare-dispute-expired-transfer": 10785, "fare-dispute-expired-upgrade": 10786, "fare-dispute-other": 10787, "fare-dispute-refuses-to-pay": 10788, "lift-passenger-cycle-completed": 10789, "lift-passenger-ready-to-alight": 10790, "lift-passenger-ready-to-board": 10791, "lost-article": 10792, "objects-thrown": 10793, "passenger-accident-alighting": 10794, "passenger-accident-boarding": 10795, "passenger-accident-fallen-on-board": 10796, "passenger-load": 10797, "passenger-accident-other": 10798, "passenger-sick-or-injured": 10799, "right-of-way": 10800, theft: 10801, "theft-of-service": 10802, "waiting-to-get-relief-for-schedule-break": 10803, "waiting-to-get-relief-after-run-is-finished": 10804, "waiting-to-provide-relief": 10805 } as const;

export type TravelerGroupAffected = number;

/** Named numbers of TravelerGroupAffected. */
export const TravelerGroupAffected = { "through-traffic": 9473, "holiday-traffic": 9474, residents: 9475, visitors: 9476, "long-distance-traffic": 9477, "local-traffic": 9478, "regional-traffic": 9479, arrivals: 9480, departures: 9481, "airline-travelers": 9482, "commuter-airline-travelers": 9483, "domestic-airline-travelers": 9484, "international-airline-travelers": 9485, pedestrians: 9486, bicyclists: 9487 } as const;

export type Units = number;

/** Named numbers of Units. */
export const Units = { "square-feet": 8705, "square-meters": 8706, acres: 8707, hectares: 8708, inches: 8709, feet: 8710, mile: 8711, miles: 8712, "nautical-miles": 8713, millimeters: 8714, meters: 8715, kilometer: 8716, kilometers: 8717, "feet-per-second": 8718, "meters-per-second": 8719, mPH: 8720, kPH: 8721, knots: 8722, elevation: 8766, aM: 8723, pM: 8724, holiday: 8726, seconds: 8727, minutes: 8728, hours: 8729, days: 8730, weeks: 8731, months: 8732, "other-times": 8767, nSunday: 8758, nMonday: 8759, nTuesday: 8760, nWednesday: 8761, nThursday: 8762, nFriday: 8763, nSaturday: 8764, weekdays: 8765, weekends: 8725, "degrees-Angle": 8733, "degrees-Celsius": 8734, "degrees-Fahrenheit": 8735, grams: 8736, kilograms: 8737, ounces: 8738, pounds: 8739, tons: 8740, "fluid-ounces": 8741, gallons: 8742, milliliters: 8743, liters: 8744, "kilograms-per-lane-mile": 8745, "tons-per-lane-mile": 8746, dollar: 8747, percent: 8748, grade: 8757, "time-delimiter": 8749, dollars: 8750, "flight-number": 8751, "person-people": 8752, "response-plan": 8753, "placard-type": 8754, "placard-number": 8755, fM: 8756 } as const;

export type UnusualDriving = number;

/** Named numbers of UnusualDriving. */
export const UnusualDriving = { "vehicle-traveling-wrong-way": 1793, "reckless-driver": 1794, "prohibited-vehicle-on-roadway": 1795, "emergency-vehicles-on-roadway": 1796, "high-speed-emergency-vehicles": 1797, "high-speed-chase": 1798, "dangerous-vehicle-warning-cleared": 1918, "emergency-vehicle-warning-cleared": 1919 } as const;

export type ValidManeuvers = number;

/** Named numbers of ValidManeuvers. */
export const ValidManeuvers = { "prohibit-None-Allowed-LU-LT-L45-S-R45-RT-RU": 11264, "prohibit-RU-Allowed-LU-LT-L45-S-R45-RT": 11265, "prohibit-RT-Allowed-LU-LT-L45-S-R45-RU": 11266, "prohibit-RT-RU-Allowed-LU-LT-L45-S-R45": 11267, "prohibit-R45-Allowed-LU-LT-L45-S-RT-RU": 11268, "prohibit-R45-RU-Allowed-LU-LT-L45-S-RT": 11269, "prohibit-R45-RT-Allowed-LU-LT-L45-S-RU": 11270, "prohibit-R45-RT-RU-Allowed-LU-LT-L45-S": 11271, "prohibit-S-Allowed-LU-LT-L45-R45-RT-RU": 11272, "prohibit-S-RU-Allowed-LU-LT-L45-R45-RT": 11273, "prohibit-S-RT-Allowed-LU-LT-L45-R45-RU": 11274, "prohibit-S-RT-RU-Allowed-LU-LT-L45-R45": 11275, "prohibit-S-R45-Allowed-LU-LT-L45-RT-RU": 11276, "prohibit-S-R45-RU-Allowed-LU-LT-L45-RT": 11277, "prohibit-S-R45-RT-Allowed-LU-LT-L45-RU": 11278, "prohibit-S-R45-RT-RU-Allowed-LU-LT-L45": 11279, "prohibit-L45-Allowed-LU-LT-S-R45-RT-RU": 11280, "prohibit-L45-RU-Allowed-LU-LT-S-R45-RT": 11281, "prohibit-L45-RT-Allowed-LU-LT-S-R45-RU": 11282, "prohibit-L45-RT-RU-Allowed-LU-LT-S-R45": 11283, "prohibit-L45-R45-Allowed-LU-LT-S-RT-RU": 11284, "prohibit-L45-R45-RU-Allowed-LU-LT-S-RT": 11285, "prohibit-L45-R45-RT-Allowed-LU-LT-S-RU": 11286, "prohibit-L45-R45-RT-RU-Allowed-LU-LT-S": 11287, "prohibit-L45-S-Allowed-LU-LT-R45-RT-RU": 11288, "prohibit-L45-S-RU-Allowed-LU-LT-R45-RT": 11289, "prohibit-L45-S-RT-Allowed-LU-LT-R45-RU": 11290, "prohibit-L45-S-RT-RU-Allowed-LU-LT-R45": 11291, "prohibit-L45-S-R45-Allowed-LU-LT-RT-RU": 11292, "prohibit-L45-S-R45-RU-Allowed-LU-LT-RT": 11293, "prohibit-L45-S-R45-RT-Allowed-LU-LT-RU": 11294, "prohibit-L45-S-R45-RT-RU-Allowed-LU-LT": 11295, "prohibit-LT-Allowed-LU-L45-S-R45-RT-RU": 11296, "prohibit-LT-RU-Allowed-LU-L45-S-R45-RT": 11297, "prohibit-LT-RT-Allowed-LU-L45-S-R45-RU": 11298, "prohibit-LT-RT-RU-Allowed-LU-L45-S-R45": 11299, "prohibit-LT-R45-Allowed-LU-L45-S-RT-RU": 11300, "prohibit-LT-R45-RU-Allowed-LU-L45-S-RT": 11301, "prohibit-LT-R45-RT-Allowed-LU-L45-S-RU": 11302, "prohibit-LT-R45-RT-RU-Allowed-LU-L45-S": 11303, "prohibit-LT-S-Allowed-LU-L45-R45-RT-RU": 11304, "prohibit-LT-S-RU-Allowed-LU-L45-R45-RT": 11305, "prohibit-LT-S-RT-Allowed-LU-L45-R45-RU": 11306, "prohibit-LT-S-RT-RU-Allowed-LU-L45-R45": 11307, "prohibit-LT-S-R45-Allowed-LU-L45-RT-RU": 11308, "prohibit-LT-S-R45-RU-Allowed-LU-L45-RT": 11309, "prohibit-LT-S-R45-RT-Allowed-LU-L45-RU": 11310, "prohibit-LT-S-R45-RT-RU-Allowed-LU-L45": 11311, "prohibit-LT-L45-Allowed-LU-S-R45-RT-RU": 11312, "prohibit-LT-L45-RU-Allowed-LU-S-R45-RT": 11313, "prohibit-LT-L45-RT-Allowed-LU-S-R45-RU": 11314, "prohibit-LT-L45-RT-RU-Allowed-LU-S-R45": 11315, "prohibit-LT-L45-R45-Allowed-LU-S-RT-RU": 11316, "prohibit-LT-L45-R45-RU-Allowed-LU-S-RT": 11317, "prohibit-LT-L45-R45-RT-Allowed-LU-S-RU": 11318, "prohibit-LT-L45-R45-RT-RU-Allowed-LU-S": 11319, "prohibit-LT-L45-S-Allowed-LU-R45-RT-RU": 11320, "prohibit-LT-L45-S-RU-Allowed-LU-R45-RT": 11321, "prohibit-LT-L45-S-RT-Allowed-LU-R45-RU": 11322, "prohibit-LT-L45-S-RT-RU-Allowed-LU-R45": 11323, "prohibit-LT-L45-S-R45-Allowed-LU-RT-RU": 11324, "prohibit-LT-L45-S-R45-RU-Allowed-LU-RT": 11325, "prohibit-LT-L45-S-R45-RT-Allowed-LU-RU": 11326, "prohibit-LT-L45-S-R45-RT-RU-Allowed-LU": 11327, "prohibit-LU-Allowed-LT-L45-S-R45-RT-RU": 11328, "prohibit-LU-RU-Allowed-LT-L45-S-R45-RT": 11329, "prohibit-LU-RT-Allowed-LT-L45-S-R45-RU": 11330, "prohibit-LU-RT-RU-Allowed-LT-L45-S-R45": 11331, "prohibit-LU-R45-Allowed-LT-L45-S-RT-RU": 11332, "prohibit-LU-R45-RU-Allowed-LT-L45-S-RT": 11333, "prohibit-LU-R45-RT-Allowed-LT-L45-S-RU": 11334, "prohibit-LU-R45-RT-RU-Allowed-LT-L45-S": 11335, "prohibit-LU-S-Allowed-LT-L45-R45-RT-RU": 11336, "prohibit-LU-S-RU-Allowed-LT-L45-R45-RT": 11337, "prohibit-LU-S-RT-Allowed-LT-L45-R45-RU": 11338, "prohibit-LU-S-RT-RU-Allowed-LT-L45-R45": 11339, "prohibit-LU-S-R45-Allowed-LT-L45-RT-RU": 11340, "prohibit-LU-S-R45-RU-Allowed-LT-L45-RT": 11341, "prohibit-LU-S-R45-RT-Allowed-LT-L45-RU": 11342, "prohibit-LU-S-R45-RT-RU-Allowed-LT-L45": 11343, "prohibit-LU-L45-Allowed-LT-S-R45-RT-RU": 11344, "prohibit-LU-L45-RU-Allowed-LT-S-R45-RT": 11345, "prohibit-LU-L45-RT-Allowed-LT-S-R45-RU": 11346, "prohibit-LU-L45-RT-RU-Allowed-LT-S-R45": 11347, "prohibit-LU-L45-R45-Allowed-LT-S-RT-RU": 11348, "prohibit-LU-L45-R45-RU-Allowed-LT-S-RT": 11349, "prohibit-LU-L45-R45-RT-Allowed-LT-S-RU": 11350, "prohibit-LU-L45-R45-RT-RU-Allowed-LT-S": 11351, "prohibit-LU-L45-S-Allowed-LT-R45-RT-RU": 11352, "prohibit-LU-L45-S-RU-Allowed-LT-R45-RT": 11353, "prohibit-LU-L45-S-RT-Allowed-LT-R45-RU": 11354, "prohibit-LU-L45-S-RT-RU-Allowed-LT-R45": 11355, "prohibit-LU-L45-S-R45-Allowed-LT-RT-RU": 11356, "prohibit-LU-L45-S-R45-RU-Allowed-LT-RT": 11357, "prohibit-LU-L45-S-R45-RT-Allowed-LT-RU": 11358, "prohibit-LU-L45-S-R45-RT-RU-Allowed-LT": 11359, "prohibit-LU-LT-Allowed-L45-S-R45-RT-RU": 11360, "prohibit-LU-LT-RU-Allowed-L45-S-R45-RT": 11361, "prohibit-LU-LT-RT-Allowed-L45-S-R45-RU": 11362, "prohibit-LU-LT-RT-RU-Allowed-L45-S-R45": 11363, "prohibit-LU-LT-R45-Allowed-L45-S-RT-RU": 11364, "prohibit-LU-LT-R45-RU-Allowed-L45-S-RT": 11365, "prohibit-LU-LT-R45-RT-Allowed-L45-S-RU": 11366, "prohibit-LU-LT-R45-RT-RU-Allowed-L45-S": 11367, "prohibit-LU-LT-S-Allowed-L45-R45-RT-RU": 11368, "prohibit-LU-LT-S-RU-Allowed-L45-R45-RT": 11369, "prohibit-LU-LT-S-RT-Allowed-L45-R45-RU": 11370, "prohibit-LU-LT-S-RT-RU-Allowed-L45-R45": 11371, "prohibit-LU-LT-S-R45-Allowed-L45-RT-RU": 11372, "prohibit-LU-LT-S-R45-RU-Allowed-L45-RT": 11373, "prohibit-LU-LT-S-R45-RT-Allowed-L45-RU": 11374, "prohibit-LU-LT-S-R45-RT-RU-Allowed-L45": 11375, "prohibit-LU-LT-L45-Allowed-S-R45-RT-RU": 11376, "prohibit-LU-LT-L45-RU-Allowed-S-R45-RT": 11377, "prohibit-LU-LT-L45-RT-Allowed-S-R45-RU": 11378, "prohibit-LU-LT-L45-RT-RU-Allowed-S-R45": 11379, "prohibit-LU-LT-L45-R45-Allowed-S-RT-RU": 11380, "prohibit-LU-LT-L45-R45-RU-Allowed-S-RT": 11381, "prohibit-LU-LT-L45-R45-RT-Allowed-S-RU": 11382, "prohibit-LU-LT-L45-R45-RT-RU-Allowed-S": 11383, "prohibit-LU-LT-L45-S-Allowed-R45-RT-RU": 11384, "prohibit-LU-LT-L45-S-RU-Allowed-R45-RT": 11385, "prohibit-LU-LT-L45-S-RT-Allowed-R45-RU": 11386, "prohibit-LU-LT-L45-S-RT-RU-Allowed-R45": 11387, "prohibit-LU-LT-L45-S-R45-Allowed-RT-RU": 11388, "prohibit-LU-LT-L45-S-R45-RU-Allowed-RT": 11389, "prohibit-LU-LT-L45-S-R45-RT-Allowed-RU": 11390, "prohibit-LU-LT-L45-S-R45-RT-RU-Allowed-None": 11391 } as const;

export type J2540ITIS_VehicleGroupAffected = number;

/** Named numbers of VehicleGroupAffected. */
export const J2540ITIS_VehicleGroupAffected = { "all-vehicles": 9217, bicycles: 9218, motorcycles: 9219, cars: 9220, "light-vehicles": 9221, "cars-and-light-vehicles": 9222, "cars-with-trailers": 9223, "cars-with-recreational-trailers": 9224, "vehicles-with-trailers": 9225, "heavy-vehicles": 9226, trucks: 9227, buses: 9228, "articulated-buses": 9229, "school-buses": 9230, "vehicles-with-semi-trailers": 9231, "vehicles-with-double-trailers": 9232, "high-profile-vehicles": 9233, "wide-vehicles": 9234, "long-vehicles": 9235, "hazardous-loads": 9236, "exceptional-loads": 9237, "abnormal-loads": 9238, convoys: 9239, "maintenance-vehicles": 9240, "delivery-vehicles": 9241, "vehicles-with-even-numbered-license-plates": 9242, "vehicles-with-odd-numbered-license-plates": 9243, "vehicles-with-parking-permits": 9244, "vehicles-with-catalytic-converters": 9245, "vehicles-without-catalytic-converters": 9246, "gas-powered-vehicles": 9247, "diesel-powered-vehicles": 9248, "lPG-vehicles": 9249, "military-convoys": 9250, "military-vehicles": 9251, "electric-powered-vehicles": 9252, "hybrid-powered-vehicles": 9253, "inherently-low-emission-vehicles": 9254, "commercial-vehicles": 9255, "runaway-vehicles": 9256, "vehicles-with-lugs": 9257, "motor-driven-cycles": 9258, "recreational-vehicles": 9259, "non-motorized-vehicles": 9260, traffic: 9261 } as const;

export type VisibilityAndAirQuality = number;

/** Named numbers of VisibilityAndAirQuality. */
export const VisibilityAndAirQuality = { "dense-fog": 5377, fog: 5378, "patchy-fog": 5379, "freezing-fog": 5380, "ice-fog": 5405, mist: 5381, haze: 5382, "visibility-reduced": 5383, "visibility-blocked": 5404, "white-out": 5384, "blowing-snow": 5385, "smoke-hazard": 5386, "spray-hazard": 5387, "low-sun-glare": 5388, "snow-glare": 5389, "blowing-dust": 5390, "blowing-sand": 5391, "dust-storms": 5392, sandstorms: 5393, "air-quality-good": 5394, "air-quality-fair": 5395, "air-quality-poor": 5396, "air-quality-very-poor": 5397, "severe-exhaust-pollution": 5398, "smog-alert": 5399, "pollen-count-high": 5400, "pollen-count-medium": 5401, "pollen-count-low": 5402, "swarms-of-insects": 5403, "fog-clearing": 5499, "visibility-improved": 5500, "fog-forecast-withdrawn": 5501, "pollution-alert-ended": 5502, "air-quality-improved": 5503 } as const;

export type WarningAdvice = number;

/** Named numbers of WarningAdvice. */
export const WarningAdvice = { risk: 6913, watch: 6914, warning: 6915, alert: 6916, danger: 6917, "danger-of-explosion": 6918, "danger-of-fire": 6919, "extra-police-patrols-in-operation": 6920, "look-out-for-vehicles-stopped-under-bridges": 6921, "increased-risk-of-accident": 6922, "rescue-and-recovery-work-in-progress-at-sceneREMOVED": 6923, "police-at-scene": 6924, "emergency-vehicles-at-scene": 6925, "traffic-being-directed-around-accident-area": 6926, "police-directing-traffic": 6927, "rescue-workers-directing-traffic": 6928, "repairs-in-progress": 6929, "pilot-car-in-operation": 6930, "look-out-for-flagger": 6931, "look-out-for-workers": 6952, "police-checks-in-operation": 6932, "truck-check-point": 6937, lockdown: 6935, "security-check-point": 6936, "single-occupancy-vehicle-check-point": 6938, "mandatory-speed-limit-in-force": 6933, "speed-limit-in-force-for-heavy-vehicles": 6934, "behind-you": 6950, "ride-with-traffic": 6953, "prepare-to-evacuate-area": 6954, avoid: 6955, look: 6939, "photo-enforced": 6940, "traffic-signs": 6951, "traffic-laws": 6941, "use-low-gear": 6942, "bridge-ices-before-road": 6943, "speed-checked-by-radar": 6944, "speed-checked-by-aircraft": 6945, fines: 6946, "fines-higher": 6947, "fines-doubled": 6948, "fines-tripled": 6949, "evacuation-canceled": 7033, "warning-canceled": 7034, "watch-canceled": 7035, "alert-canceled": 7036, ended: 7037, cleared: 7038, canceled: 7039 } as const;

export type WeatherConditions = number;

/** Named numbers of WeatherConditions. */
export const WeatherConditions = { overcast: 4609, cloudy: 4610, "mostly-cloudy": 4611, "partly-cloudy": 4612, "partly-sunny": 4613, "mostly-sunny": 4614, sunny: 4615, "fair-skies": 4616, "clear-skies": 4617, "mostly-clear": 4618, "mostly-dry": 4619, dry: 4620, "uV-index-very-high": 4621, "uV-index-high": 4622, "uV-index-moderate": 4623, "uV-index-low": 4624, "uV-index-very-low": 4625, "barometric-pressure": 4626, "ozone-alert": 4627, "lighting-unknown": 4628, "artificial-exterior-light": 4629, "artificial-interior-light": 4630, darkness: 4631, dusk: 4632, dawn: 4633, moonlight: 4634, daylight: 4635, "weather-forecast-withdrawn": 4735 } as const;

export type Winds = number;

/** Named numbers of Winds. */
export const Winds = { tornado: 5121, hurricane: 5122, "hurricane-force-winds": 5123, "tropical-storm": 5124, "gale-force-winds": 5125, "storm-force-winds": 5126, "strong-winds": 5127, "moderate-winds": 5128, "light-winds": 5129, calm: 5130, "gusty-winds": 5131, crosswinds: 5132, windy: 5133, "strong-winds-have-eased": 5246, "strong-wind-forecast-withdrawn": 5247 } as const;

export type WinterDrivingIndex = number;

/** Named numbers of WinterDrivingIndex. */
export const WinterDrivingIndex = { "driving-conditions-good": 6401, "driving-conditions-fair": 6402, "difficult-driving-conditions": 6403, "very-difficult-driving-conditions": 6404, "hazardous-driving-conditions": 6405, "extremely-hazardous-driving-conditions": 6406 } as const;

export type WinterDrivingRestrictions = number;

/** Named numbers of WinterDrivingRestrictions. */
export const WinterDrivingRestrictions = { "winter-equipment-recommended": 6145, "winter-equipment-required": 6146, "snow-chains-recommended": 6147, "snow-chains-required": 6148, "snow-chains-prohibited": 6149, "studded-tires-prohibited": 6150, "snow-tires-recommended": 6151, "snow-tires-required": 6152, "four-wheel-drive-recommended": 6153, "four-wheel-drive-required": 6154, "snow-tires-or-chains-recommended": 6155, "snow-tires-or-chains-required": 6156, "winter-driving-requirements-lifted": 6271 } as const;

export type ITISEventType = { trafficConditions: TrafficConditions; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { accidentsAndIncidents: AccidentsAndIncidents; trafficConditions?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { closures: Closures; trafficConditions?: never; accidentsAndIncidents?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { roadwork: Roadwork; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { obstruction: Obstruction; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { delayStatusCancellation: DelayStatusCancellation; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { unusualDriving: UnusualDriving; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { mobileSituation: MobileSituation; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { deviceStatus: DeviceStatus; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { restrictionClass: RestrictionClass; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { incidentResponseStatus: IncidentResponseStatus; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { disasters: Disasters; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { disturbances: Disturbances; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { sportingEvents: SportingEvents; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { specialEvents: SpecialEvents; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { parkingInformation: ParkingInformation; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { systemInformation: SystemInformation; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { weatherConditions: WeatherConditions; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { precipitation: Precipitation; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { winds: Winds; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { visibilityAndAirQuality: VisibilityAndAirQuality; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { temperature: Temperature; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { pavementConditions: PavementConditions; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { winterDrivingRestrictions: WinterDrivingRestrictions; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { winterDrivingIndex: WinterDrivingIndex; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { suggestionAdvice: SuggestionAdvice; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { warningAdvice: WarningAdvice; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { adviceInstructionsRecommendations: AdviceInstructionsRecommendations; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { adviceInstructionsMandatory: AdviceInstructionsMandatory; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { laneRoadway: LaneRoadway; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { alternateRoute: AlternateRoute; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { transitMode: TransitMode; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { vehicleGroupAffected: J2540ITIS_VehicleGroupAffected; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { travelerGroupAffected: TravelerGroupAffected; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { responderGroupAffected: J2540ITIS_ResponderGroupAffected; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never; regulatorySigns?: never }
  | { incidentResponseEquipment: J2540ITIS_IncidentResponseEquipment; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; transitOperations?: never; regulatorySigns?: never }
  | { transitOperations: TransitOperations; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; regulatorySigns?: never }
  | { regulatorySigns: RegulatoryAndWarningSigns; trafficConditions?: never; accidentsAndIncidents?: never; closures?: never; roadwork?: never; obstruction?: never; delayStatusCancellation?: never; unusualDriving?: never; mobileSituation?: never; deviceStatus?: never; restrictionClass?: never; incidentResponseStatus?: never; disasters?: never; disturbances?: never; sportingEvents?: never; specialEvents?: never; parkingInformation?: never; systemInformation?: never; weatherConditions?: never; precipitation?: never; winds?: never; visibilityAndAirQuality?: never; temperature?: never; pavementConditions?: never; winterDrivingRestrictions?: never; winterDrivingIndex?: never; suggestionAdvice?: never; warningAdvice?: never; adviceInstructionsRecommendations?: never; adviceInstructionsMandatory?: never; laneRoadway?: never; alternateRoute?: never; transitMode?: never; vehicleGroupAffected?: never; travelerGroupAffected?: never; responderGroupAffected?: never; incidentResponseEquipment?: never; transitOperations?: never };

export type J2540ITIS_ITIScodesAndText = Array<{
  item: { itis: J2540ITIS_ITIScodes; text?: never }
    | { text: J2540ITIS_ITIStext; itis?: never };
}>;

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
  doNotUse?: TrailerData;
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
  doNotUse1?: WeatherReport;
  doNotUse2?: WeatherProbe;
  doNotUse3?: ObstacleDetection;
  status?: DisabledVehicle;
  doNotUse4?: SpeedProfile;
  doNotUse5?: RTCMPackage;
  regional?: RegionalExtension[];
  fhwaVehicleClass?: RptVehicleClass;
  trailers?: TrailersJ2945Slash1B;
  schoolBus?: SchoolBusJ2945Slash1C;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TrailerData {
  doNotUse: SSPindex;
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
  doNotUse?: TrailerWeight;
  trailerPresent?: boolean;
  pivotPoint?: PivotPointDescription;
  axles?: Axles;
  leanAngle?: number;
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
  doNotUse: SSPindex;
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
  doNotUse: SSPindex;
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

export interface SchoolBusJ2945Slash1C {
  flashingAmberLights: boolean;
  flashingRedLights: boolean;
  studentsCrossingFront?: boolean;
  studentsCrossingBehind?: boolean;
  studentsLoading?: boolean;
  studentsUnloading?: boolean;
  wheelchairLiftInUse?: boolean;
  emergencyExitOpen?: boolean;
  emergencyRequestMedical?: boolean;
  emergencyRequestFire?: boolean;
  emergencyRequestPolice?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TrailersJ2945Slash1B = TrailerUnitDescJ2945Slash1B[];

export interface TrailerUnitDescJ2945Slash1B {
  width: VehicleWidth;
  length: VehicleLength;
  height?: VehicleHeight;
  weight?: TrailerWeight;
  frontPivot: PivotPointDescription;
  rearPivot?: PivotPointDescription;
  bumpers?: BumperHeights;
  axles?: Axles;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface Axles {
  totalAxles: number;
  frontAxles?: number;
  rearAxles?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

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

export interface FrictionInformation {
  roadSurfaceDescription: DescriptionOfRoadSurface;
  dryOrWet?: RoadSurfaceCondition;
  roadRoughness?: RoadRoughness;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type DescriptionOfRoadSurface = { portlandCement: PortlandCement; asphaltOrTar?: never; gravel?: never; grass?: never; cinders?: never; rock?: never; ice?: never; snow?: never; $ext?: never }
  | { asphaltOrTar: AsphaltOrTar; portlandCement?: never; gravel?: never; grass?: never; cinders?: never; rock?: never; ice?: never; snow?: never; $ext?: never }
  | { gravel: Gravel; portlandCement?: never; asphaltOrTar?: never; grass?: never; cinders?: never; rock?: never; ice?: never; snow?: never; $ext?: never }
  | { grass: Grass; portlandCement?: never; asphaltOrTar?: never; gravel?: never; cinders?: never; rock?: never; ice?: never; snow?: never; $ext?: never }
  | { cinders: Cinders; portlandCement?: never; asphaltOrTar?: never; gravel?: never; grass?: never; rock?: never; ice?: never; snow?: never; $ext?: never }
  | { rock: Rock; portlandCement?: never; asphaltOrTar?: never; gravel?: never; grass?: never; cinders?: never; ice?: never; snow?: never; $ext?: never }
  | { ice: Ice; portlandCement?: never; asphaltOrTar?: never; gravel?: never; grass?: never; cinders?: never; rock?: never; snow?: never; $ext?: never }
  | { snow: Snow; portlandCement?: never; asphaltOrTar?: never; gravel?: never; grass?: never; cinders?: never; rock?: never; ice?: never; $ext?: never }
  | { $ext: UnknownAlternative; portlandCement?: never; asphaltOrTar?: never; gravel?: never; grass?: never; cinders?: never; rock?: never; ice?: never; snow?: never };

export interface PortlandCement {
  type: PortlandCementType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type PortlandCementType = "newSharp" | "traveled" | "trafficPolished" | number;

export interface AsphaltOrTar {
  type: AsphaltOrTarType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type AsphaltOrTarType = "newSharp" | "traveled" | "trafficPolished" | "excessTar" | number;

export interface Gravel {
  type: GravelType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type GravelType = "packedOiled" | "loose" | number;

export interface Grass {
  type: GrassType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type GrassType = "lessThan30Mph" | number;

export interface Cinders {
  type: CindersType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type CindersType = "packed" | number;

export interface Rock {
  type: RockType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RockType = "crushed" | number;

export interface Ice {
  type: IceType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type IceType = "smooth" | number;

export interface Snow {
  type: SnowType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type SnowType = "packed" | "loose" | number;

export type RoadSurfaceCondition = "dry" | "wet" | number;

export interface RoadRoughness {
  meanVerticalVariation: MeanVariation;
  verticalVariationStdDev?: VariationStdDev;
  meanHorizontalVariation?: MeanVariation;
  horizontalVariationStdDev?: VariationStdDev;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type MeanVariation = number;

export type VariationStdDev = number;

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

export type RoadAuthorityID = { fullRdAuthID: FullRoadAuthorityID; relRdAuthID?: never; $ext?: never }
  | { relRdAuthID: RelativeRoadAuthorityID; fullRdAuthID?: never; $ext?: never }
  | { $ext: UnknownAlternative; fullRdAuthID?: never; relRdAuthID?: never };

export type FullRoadAuthorityID = string;

export type RelativeRoadAuthorityID = string;

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
export const VehicleEventFlags = { eventHazardLights: 0, eventStopLineViolation: 1, eventABSactivated: 2, eventTractionControlLoss: 3, eventStabilityControlactivated: 4, eventHazardousMaterials: 5, eventReserved1: 6, eventHardBraking: 7, eventLightsChanged: 8, eventWipersChanged: 9, eventFlatTire: 10, eventDisabledVehicle: 11, eventAirBagDeployment: 12, eventJackKnife: 13 } as const;

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
  roadAuthorityID?: RoadAuthorityID;
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
  value: BasicSafetyMessage | MapData | SPAT | CommonSafetyRequest | EmergencyVehicleAlert | IntersectionCollision | NMEAcorrections | ProbeDataManagement | ProbeVehicleData | RoadSideAlert | RTCMcorrections | SignalRequestMessage | SignalStatusMessage | TravelerInformation | PersonalSafetyMessage | RoadSafetyMessage | RoadWeatherMessage | ProbeDataConfigMessage | ProbeDataReportMessage | TollAdvertisementMessage | TollUsageMessage | TollUsageAckMessage | CooperativeControlMessage | SensorDataSharingMessage | ManeuverSharingAndCoordinatingMessage | RoadGeometryAndAttributes | PersonalSafetyMessage2 | TrafficSignalPhaseAndTiming | SignalControlAndPrioritizationRequest | SignalControlAndPrioritizationStatus | RoadUserChargingConfigMessage | RoadUserChargingReportMessage | TrafficLightStatusMessage | TestMessage00 | TestMessage01 | TestMessage02 | TestMessage03 | TestMessage04 | TestMessage05 | TestMessage06 | TestMessage07 | TestMessage08 | TestMessage09 | TestMessage10 | TestMessage11 | TestMessage12 | TestMessage13 | TestMessage14 | TestMessage15 | Uint8Array;
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

export type SignalControlAndPrioritizationRequest = null;

export type SignalControlAndPrioritizationStatus = null;

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
  roadAuthorityID?: RoadAuthorityID;
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

export type TrafficSignalPhaseAndTiming = null;

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

export interface TrafficLightStatusMessage {
  trafficLightID: TrafficLightID;
  long?: Longitude;
  lat?: Latitude;
  operationStatus: TrafficLightOperationStatus;
  controllerStatus: TrafficLightControllerStatus;
  cyclecounter: TimeInSecond_B16;
  cycletime: TimeInSecond_B16;
  currentTime: DDateTime;
  trafficLightStatus: TrafficLightStatusList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TrafficLightStatusList = TrafficLightStatus[];

export interface TrafficLightStatus {
  trafficLightType: TrafficLightType;
  consecutiveTrafficLight: ConsecutiveTrafficLight;
  trafficLightIntervalType: TrafficLightIntervalType;
  pedestrianCall: PedestrianCall;
  actuatedinterval: ActuatedInterval;
  permissiveNonProtected: PermissiveNonProtected;
  lightingStatus: TrafficLightingStatus;
  maxIntervalLength: TimeInSecond_B8;
  remainingTime: TimeInSecond_B8;
  directionCode: TrafficLightDirectionCode;
  reserved: ReservedBit;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ActuatedInterval = boolean;

export type ConsecutiveTrafficLight = "none" | "first" | "second" | number;

export type PedestrianCall = boolean;

export type PermissiveNonProtected = "none" | "permissive" | number;

export type ReservedBit = boolean;

export type TimeInSecond_B16 = number;

export type TimeInSecond_B8 = number;

export type TrafficLightControllerStatus = BitString;

/** Bit numbers of TrafficLightControllerStatus. */
export const TrafficLightControllerStatus = { conflict: 0, "center-comm-error": 1, "scu-comm-error": 2, reserved1: 3, reserved2: 4, reserved3: 5, reserved4: 6, reserved5: 7 } as const;

export type TrafficLightDirectionCode = number;

export type TrafficLightID = { id: number; oid?: never }
  | { oid: string; id?: never };

export type TrafficLightIntervalType = "static" | "variable" | number;

export type TrafficLightOperationStatus = BitString;

/** Bit numbers of TrafficLightOperationStatus. */
export const TrafficLightOperationStatus = { manual: 0, flashing: 1, off: 2, actuated: 3, transition: 4, priority: 5, "holding-phase": 6, reserved: 7 } as const;

export type TrafficLightingStatus = "off" | "red-on" | "yellow-on" | "green-on" | "red-blinking" | "yellow-blinking" | "green-blinking" | number;

export type TrafficLightType = "reserved" | "straight" | "left-turn" | "pedestrian" | "bicycle" | "right-turn" | "bus" | "u-turn" | number;

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
  doNotUse1: SSPindex;
  frameType: TravelerInfoType;
  msgId: { furtherInfoID: FurtherInfoID; roadSignID?: never }
    | { roadSignID: RoadSignID; furtherInfoID?: never };
  startYear?: DYear;
  startTime: MinuteOfTheYear;
  durationTime: MinutesDuration;
  priority: SignPriority;
  doNotUse2: SSPindex;
  regions: GeographicalPath[];
  doNotUse3: SSPindex;
  doNotUse4: SSPindex;
  content: { advisory: ITIScodesAndText; workZone?: never; genericSign?: never; speedLimit?: never; exitService?: never }
    | { workZone: WorkZone; advisory?: never; genericSign?: never; speedLimit?: never; exitService?: never }
    | { genericSign: GenericSignage; advisory?: never; workZone?: never; speedLimit?: never; exitService?: never }
    | { speedLimit: SpeedLimit; advisory?: never; workZone?: never; genericSign?: never; exitService?: never }
    | { exitService: ExitService; advisory?: never; workZone?: never; genericSign?: never; speedLimit?: never };
  url?: URL_Short;
  contentNew?: TravelerDataFrameNewPartIIIContent;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TravelerDataFrameNewPartIIIContent = { frictionInfo: FrictionInformation; $ext?: never }
  | { $ext: UnknownAlternative; frictionInfo?: never };

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

export type SignPriority = number;

export type TravelerInfoType = "unknown" | "advisory" | "roadSignage" | "commercialSignage" | number;

export type UniqueMSGID = Uint8Array;

export type URL_Base = string;

export type URL_Short = string;

export type Zoom = number;

export type RoadWeatherMessage = { upload: RoadWeatherUpload; download?: never; $ext?: never }
  | { download: RoadWeatherDownload; upload?: never; $ext?: never }
  | { $ext: UnknownAlternative; upload?: never; download?: never };

export type RoadWeatherUpload = { vehicleReport: VehicleReport[]; citizenReport?: never; $ext?: never }
  | { citizenReport: SnapShot; vehicleReport?: never; $ext?: never }
  | { $ext: UnknownAlternative; vehicleReport?: never; citizenReport?: never };

export interface VehicleReport {
  snapShot: SnapShot;
  wdmsFleetData?: WDMSFleetData;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RoadWeatherDownload {
  travelerData: TravelerDataFrameList;
  wdmsFleetData?: WDMSFleetData;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface WDMSFleetData {
  pavementTreat?: NtcipPavementTreatment;
  routingAdvice?: ITIStext;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface NtcipPavementTreatment {
  latitude: NTCIPEssPavementTreatmentLatitude;
  longitude: NTCIPEssPavementTreatmentLongitude;
  location: NTCIPEssPavementTreatmentLocation;
  productType?: NTCIPEssPaveTreatProductType;
  form?: NTCIPEssPaveTreatProductForm;
  percentage?: NTCIPEssPercentProductMix;
  amount?: NTCIPEssPaveTreatmentAmount;
  width?: NTCIPEssPaveTreatmentWidth;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPEssPavementTreatmentLatitude = number;

export type NTCIPEssPavementTreatmentLongitude = number;

export type NTCIPEssPavementTreatmentLocation = string;

export type NTCIPEssPaveTreatProductType = "other" | "sand" | "dirt" | "gravel" | "cinders" | "water" | "enhancedSalts" | "naCl" | "caCl" | "mgCl" | "cMA" | "kAC" | "naFormate" | "naA" | number;

export type NTCIPEssPaveTreatProductForm = "other" | "dry" | "prewet" | "liquid" | number;

export type NTCIPEssPercentProductMix = number;

export type NTCIPEssPaveTreatmentAmount = number;

export type NTCIPEssPaveTreatmentWidth = number;

export interface SnapShot {
  thePosition: FullPositionVector;
  safetyExt?: VehicleSafetyExtensions;
  dataSet?: VehicleStatus;
  weatherData?: NtcipEssData;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface NtcipEssData {
  airTemp?: NtcipAirTemperature;
  atmosphere?: NtcipAtmosphericPressure;
  wind?: NtcipWind;
  humidity?: NtcipRelativeHumidity;
  dewpoint?: NtcipDewPoint;
  pavement?: NtcipPavement;
  visibility?: NtcipVisibility;
  visSituation?: NtcipVisibilitySituation;
  cloudSitiation?: NtcipCloudSituation;
  precipitation?: NtcipPrecipitation;
  solarRadiation?: NtcipSolarRadiation;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface NtcipAirTemperature {
  temperature: NTCIPEssAirTemperature;
  measurementStdDev?: TemperatureMeasurementStdDev;
  tempSensorHeight?: NTCIPEssTemperatureSensorHeight;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPEssAirTemperature = number;

export type NTCIPEssTemperatureSensorHeight = number;

export interface NtcipAtmosphericPressure {
  pressure: NTCIPEssPressureSensorAtmosphericPressure;
  measurementStdDev?: AtmosPressureMeasurementStdDev;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPEssPressureSensorAtmosphericPressure = number;

export interface NtcipWind {
  avgSpeed?: NTCIPWindSensorAvgSpeed;
  avgDirection?: NTCIPWindSensorAvgDirection;
  currentSpeed?: NTCIPWindSensorSpotSpeed;
  curDirection?: NTCIPWindSensorSpotDirection;
  gustSpeed?: NTCIPWindSensorGustSpeed;
  gustDirection?: NTCIPWindSensorGustDirection;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPWindSensorAvgSpeed = number;

export type NTCIPWindSensorAvgDirection = number;

export type NTCIPWindSensorSpotSpeed = number;

export type NTCIPWindSensorSpotDirection = number;

export type NTCIPWindSensorGustSpeed = number;

export type NTCIPWindSensorGustDirection = number;

export interface NtcipRelativeHumidity {
  relHumidity: NTCIPHumiditySensorRelativeHumidity;
  source?: DataSourceInfo;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPHumiditySensorRelativeHumidity = number;

export interface NtcipDewPoint {
  dewTemp: NTCIPEssDewpointTemp;
  source?: DataSourceInfo;
  measurementStdDev?: DewPointTempMeasurementStdDev;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPEssDewpointTemp = number;

export interface NtcipPavement {
  surfaceTemp?: NTCIPEssSurfaceTemperature;
  tempStdDev?: SurfaceTempMeasurementStdDev;
  condition?: NTCIPPavementSensorSurfaceCondition;
  moistureDepth?: NTCIPEssSurfaceIceOrWaterDepth;
  roadRoughness?: RoadRoughness;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPEssSurfaceTemperature = number;

export type NTCIPPavementSensorSurfaceCondition = "other" | "error" | "dry" | "moist" | "chemicallyMoist" | "wet" | "chemicallyWet" | "standingWater" | "frost" | "slush" | "snow" | "ice" | "noReport" | number;

export type NTCIPEssSurfaceIceOrWaterDepth = number;

export interface NtcipVisibility {
  visibility: NTCIPEssVisibility;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPEssVisibility = number;

export interface NtcipVisibilitySituation {
  situation: NTCIPEssVisibilitySituation;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPEssVisibilitySituation = "other" | "unknown" | "clear" | "fogNotPatchy" | "patchyFog" | "blowingSnow" | "smoke" | "seaSpray" | "vehicleSpray" | "blowingDustOrSand" | "sunGlare" | "swarmsOfInsects" | number;

export interface NtcipCloudSituation {
  situation: NTCIPEssCloudSituationV4;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPEssCloudSituationV4 = number;

export interface NtcipPrecipitation {
  precipitation: NTCIPPrecipitationSensorPrecipSituation;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPPrecipitationSensorPrecipSituation = "other" | "unknown" | "noPrecipitation" | "unidentifiedSlight" | "unidentifiedModerate" | "unidentifiedHeavy" | "snowSlight" | "snowModerate" | "snowHeavy" | "rainSlight" | "rainModerate" | "rainHeavy" | "frozenPrecipitationSlight" | "frozenPrecipitationModerate" | "frozenPrecipitationHeavy" | number;

export interface NtcipSolarRadiation {
  solarRadiation: NTCIPEssTotalRadiationV4;
  measurementPeriod: NTCIPEssTotalRadiationPeriod;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NTCIPEssTotalRadiationV4 = number;

export type NTCIPEssTotalRadiationPeriod = number;

export type TemperatureMeasurementStdDev = number;

export type AtmosPressureMeasurementStdDev = number;

export type DewPointTempMeasurementStdDev = number;

export type SurfaceTempMeasurementStdDev = number;

export type DataSourceInfo = "measured" | "derived" | number;

export interface RoadSafetyMessage {
  commonContainer: CommonContainer;
  content: ContentContainer[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CommonContainer {
  eventInfo: EventInfo;
  regionInfo: RegionInfo[];
  crossLinking?: CrossLinking;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ContentContainer = { rszContainer: ReducedSpeedZoneContainer; laneClosureContainer?: never; curveContainer?: never; dynamicInfoContainer?: never; incidentsContainer?: never; situationalContainer?: never; $ext?: never }
  | { laneClosureContainer: LaneClosureContainer; rszContainer?: never; curveContainer?: never; dynamicInfoContainer?: never; incidentsContainer?: never; situationalContainer?: never; $ext?: never }
  | { curveContainer: CurveContainer; rszContainer?: never; laneClosureContainer?: never; dynamicInfoContainer?: never; incidentsContainer?: never; situationalContainer?: never; $ext?: never }
  | { dynamicInfoContainer: DynamicInfoContainer; rszContainer?: never; laneClosureContainer?: never; curveContainer?: never; incidentsContainer?: never; situationalContainer?: never; $ext?: never }
  | { incidentsContainer: IncidentsContainer; rszContainer?: never; laneClosureContainer?: never; curveContainer?: never; dynamicInfoContainer?: never; situationalContainer?: never; $ext?: never }
  | { situationalContainer: SituationalContainer; rszContainer?: never; laneClosureContainer?: never; curveContainer?: never; dynamicInfoContainer?: never; incidentsContainer?: never; $ext?: never }
  | { $ext: UnknownAlternative; rszContainer?: never; laneClosureContainer?: never; curveContainer?: never; dynamicInfoContainer?: never; incidentsContainer?: never; situationalContainer?: never };

export interface CurveContainer {
  advisorySpeed: SpeedAdvice;
  surfaceCondition?: FrictionInformation;
  minRadius?: Radius;
  bankAngle?: BankAngle;
  curveRegion?: RegionInfo;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface DynamicInfoContainer {
  priority: "low-priority" | "medium-priority" | "high-priority" | "critical";
  dmsSignString: ShortString[];
  applicableRegion: RegionInfo;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface IncidentsContainer {
  responderType?: ResponderGroupAffected[];
  incidentLocation: RegionInfo;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface LaneClosureContainer {
  laneStatus?: LaneInfo[];
  laneStatusVaries?: Activity;
  closureRegion: RegionInfo;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ReducedSpeedZoneContainer {
  speedLimit: RegulatorySpeedLimit;
  rszRegion: RegionInfo;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface SituationalContainer {
  obstructions?: Obstructions;
  visibility?: NTCIPEssVisibility;
  peoplePresent?: Activity;
  anomalousTraffic?: Activity;
  applicableRegion: RegionInfo;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ApplicableHeading {
  heading: HeadingDeg;
  tolerance: Tolerance;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type AreaType = { broadRegion: BroadRegion; paths?: never; $ext?: never }
  | { paths: PathList; broadRegion?: never; $ext?: never }
  | { $ext: UnknownAlternative; broadRegion?: never; paths?: never };

export interface AudioLink {
  amChannel?: number;
  fmChannel?: number;
  satelliteChannel?: number;
  urlChannel?: string;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface BroadRegion {
  applicableHeading: ApplicableHeading;
  broadArea: BroadRegionArea;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type BroadRegionArea = { polygon: RSMPolygon; circle?: never; $ext?: never }
  | { circle: Circle; polygon?: never; $ext?: never }
  | { $ext: UnknownAlternative; polygon?: never; circle?: never };

export interface CrossLinking {
  audioLinks?: AudioLink[];
  visualLink?: VisualLink[];
  rsmLink?: EventIdentifier[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface EventIdentifier {
  operatorID: RoadAuthorityID;
  uniqueID: TemporaryID;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface EventInfo {
  eventID: EventIdentifier;
  eventUpdate: MsgCount;
  eventCancellation: Activity;
  startDateTime: DDateTime;
  endDateTime?: DDateTime;
  eventRecurrence?: EventRecurrence[];
  causeCode: ITISgroups;
  subCauseCode?: ITIScodes;
  affectedVehicles?: VehicleGroupAffected[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface EventRecurrence {
  startTime?: DTime;
  endTime?: DTime;
  startDate?: DDate;
  endDate?: DDate;
  monday: boolean;
  tuesday: boolean;
  wednesday: boolean;
  thursday: boolean;
  friday: boolean;
  saturday: boolean;
  sunday: boolean;
  exclusion?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface LaneInfo {
  lanePosition: RSMLanePosition;
  laneClosed: LaneClosed;
  laneCloseOffset?: ObstacleDistance;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type NodePointLLE = { "node-3Dabsolute": Position3D; "node-3Doffset"?: never; $ext?: never }
  | { "node-3Doffset": Offset3D; "node-3Dabsolute"?: never; $ext?: never }
  | { $ext: UnknownAlternative; "node-3Dabsolute"?: never; "node-3Doffset"?: never };

export interface Obstructions {
  location: Position3D;
  description?: ITIScodes;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface Offset3D {
  "lat-offset": LatOffset;
  "long-offset": LongOffset;
  "elev-offset"?: ElevOffset;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface Path {
  pathWidth: number;
  pathPoints: PathPoints;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type PathList = Path[];

export type PathPoints = NodePointLLE[];

export interface RegionInfo {
  referencePoint: Position3D;
  locationUncertainty?: RegionUncertainty;
  referencePointType?: ReferencePointType;
  descriptiveName?: DescriptiveName;
  scale?: Zoom;
  approachRegion?: AreaType;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RegionUncertainty = { alongPath: Offset3D; inCoordinateFrame?: never; $ext?: never }
  | { inCoordinateFrame: Offset3D; alongPath?: never; $ext?: never }
  | { $ext: UnknownAlternative; alongPath?: never; inCoordinateFrame?: never };

export type RSMPolygon = NodePointLLE[];

export interface VisualLink {
  urlLink?: string;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type Activity = boolean;

export type LatOffset = number;

export type LongOffset = number;

export type ElevOffset = number;

export type BankAngle = number;

export type HeadingDeg = number;

export type LaneClosed = boolean;

export type Radius = number;

export type ReferencePointType = "startOfEvent" | "arbitrary" | number;

export type RSMLanePosition = number;

export type ShortString = string;

export type Tolerance = number;

export interface CooperativeControlMessage {
  coreData: BSMcoreData;
  partII?: CCMPartIIcontent[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type CooperativeControlMessage_PartII_Id = number;

export interface LightVehicleCCMExtensions {
  longCntrlState: LongitudinalControlState;
  targetId?: TemporaryID;
  accelForecast?: Acceleration;
  accelTimeConst?: AccelTimeConstant;
  seperationDist?: SeparationDistance;
  frontCutIn?: FrontCutIn;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface HeavyTruckCCMExtensions {
  longCntrlState: LongitudinalControlState;
  targetId?: TemporaryID;
  roadGrade?: RoadGrade;
  brakePedalPos?: BrakePedalPosition;
  accelPedalPos?: AcceleratorPedalPosition;
  desiredSpeed?: Speed;
  desiredAccel?: Acceleration;
  desiredTorque?: Torque;
  desiredTmRetarderTorque?: Torque;
  desiredEngRetarderTorque?: Torque;
  axesMvmt?: AxesMovement;
  separationDist?: SeparationDistance;
  totalMass?: TotalMass;
  maxAvailAccel?: MaxAvailableAcceleration;
  maxAvailDecel?: MaxAvailableDeceleration;
  ccmFaultMode?: CCMFaultMode;
  maneuverID?: ManeuverID;
  frontCutIn?: FrontCutIn;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type LongitudinalControlState = "unavailable" | "manual" | "cc" | "acc" | "caccOne" | "caccMultiple" | "sensorAuto" | "fusedAuto" | "manualOver" | number;

export interface AccelTimeConstant {
  accelTimeConst?: TimeConstant;
  decelTimeConst?: TimeConstant;
}

export type TimeConstant = number;

export interface AxesMovement {
  yaw?: Yaw;
  pitch?: Pitch;
  roll?: Roll;
  yawRate?: YawRate;
  pitchRate?: PitchRate;
  rollRate?: RollRate;
}

export type RoadGrade = number;

export type BrakePedalPosition = number;

export type AcceleratorPedalPosition = number;

export type Torque = number;

export type Yaw = number;

export type Pitch = number;

export type Roll = number;

export type PitchRate = number;

export type RollRate = number;

export type SeparationDistance = number;

export type TotalMass = number;

export type MaxAvailableAcceleration = number;

export type MaxAvailableDeceleration = number;

export type CCMFaultMode = BitString;

/** Bit numbers of CCMFaultMode. */
export const CCMFaultMode = { unavailable: 0, commFault: 1, radarFault: 2, lidarFault: 3, engingBrkCtlFault: 4, serviceBrkCtlFault: 5, transRetarderFault: 6, engineCtlFault: 7 } as const;

export type ManeuverID = number;

/** Named numbers of ManeuverID. */
export const ManeuverID = { unavailable: 0, stayAtRestManCtl: 1, stayAtRestAutoLonCtl: 2, autoSpdCtlFollowRefTrafAccel: 4, transManToAutoSpdCtl: 5, stringForm: 6, autoJoinString: 7, autoCtl: 8, increaseGapAutoCtl: 9, leftLnChgEndString: 10, rightLnChgEndString: 11, virtualGapIncDiffLane: 12, virtualGapRedDiffLane: 13, emgcyIncInterVehDistToStop: 14, vehMrgToStringFrmOnramp: 15, leftLnChgJoinString: 16, rightLnChgJoinString: 17, collisionAvoidLnChgOnly: 19, collisionAvoidLnChgWthSpdRed: 20, collisionAvoidEmgcyStp: 21, autoDecelFollowSpdProfile: 28, stoppingClosedloopVehFollowCtl: 31, stoppngOpenloopDecelCmd: 32, brakeToStopManCtl: 33, incGapContString: 34, incGapRedSpdToStp: 35, cruiseCtl: 36, adapCruiseCtl: 41, coopAdapCruiseCtl: 42, manCtl: 46, coordAutoBrkForStringWthSvcBrkEngBrk: 47, emgcyBrkForStringOnePlusVehWthSvcBrk: 48 } as const;

export type FrontCutIn = boolean;

export type PersonalSafetyMessage2 = null;

export type RoadGeometryAndAttributes = null;

export type ProbeDataConfigMessage = ProbeDataConfig[];

export interface ProbeDataConfig {
  descriptor: ConfigDescriptor;
  triggers: ConfigTriggers;
  maxAgeOfData: number;
  boundary?: ConfigBoundary;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ConfigDescriptor {
  identifier: ConfigId;
  vehClass?: CfgVehicleClass;
  roadAuthorityID?: RoadAuthorityID;
  percentOfResp?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ConfigId = number;

export interface CfgVehicleClass {
  motorcycles: boolean;
  passengerCars: boolean;
  other2axle4tireSingleUnitVehs: boolean;
  buses: boolean;
  twoAxle6TireSingleUnitTrucks: boolean;
  threeAxleSingleUnitTrucks: boolean;
  fourOrMoreAxleSingleUnitTrucks: boolean;
  fourOrFewerAxleSingleTrailerTrucks: boolean;
  fiveAxleSingleTrailerTrucks: boolean;
  sixOrMoreAxleSingleTrailerTrucks: boolean;
  fiveOrFewerAxleMultiTrailerTrucks: boolean;
  sixAxleMultiTrailerTrucks: boolean;
  sevenOrMoreAxleMultiTrailerTrucks: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ConfigBoundary = { temporalBoundary: ConfigTemporalBoundary; geoAndDistBoundary?: never; $ext?: never }
  | { geoAndDistBoundary: ValidRegion; temporalBoundary?: never; $ext?: never }
  | { $ext: UnknownAlternative; temporalBoundary?: never; geoAndDistBoundary?: never };

export interface ConfigTemporalBoundary {
  beginTime: DDateTime;
  endTime: DDateTime;
  recurring: CfgEventRecurrence;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgEventRecurrence {
  startTime?: DTime;
  endTime?: DTime;
  startDate?: DDate;
  endDate?: DDate;
  monday: boolean;
  tuesday: boolean;
  wednesday: boolean;
  thursday: boolean;
  friday: boolean;
  saturday: boolean;
  sunday: boolean;
  exclusion?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ConfigTriggers = { instantaneousTriggers: CfgInstantaneousEventTriggers; avgAndSumTriggers?: never; $ext?: never }
  | { avgAndSumTriggers: CfgAveragedAndSummaryTriggers; instantaneousTriggers?: never; $ext?: never }
  | { $ext: UnknownAlternative; instantaneousTriggers?: never; avgAndSumTriggers?: never };

export type CfgInstantaneousEventTriggers = { intervalEvents: CfgIntervalEvents; vehicleEvents?: never; roadwayEvents?: never; commSysPerfEvents?: never; $ext?: never }
  | { vehicleEvents: CfgVehicleEvents; intervalEvents?: never; roadwayEvents?: never; commSysPerfEvents?: never; $ext?: never }
  | { roadwayEvents: CfgRoadwayEvents; intervalEvents?: never; vehicleEvents?: never; commSysPerfEvents?: never; $ext?: never }
  | { commSysPerfEvents: CfgCommSysPerfEvents; intervalEvents?: never; vehicleEvents?: never; roadwayEvents?: never; $ext?: never }
  | { $ext: UnknownAlternative; intervalEvents?: never; vehicleEvents?: never; roadwayEvents?: never; commSysPerfEvents?: never };

export interface CfgIntervalEvents {
  interval: CfgInterval;
  wiperStatus?: boolean;
  vehCount?: boolean;
  weatherData?: boolean;
  transitVehData?: CfgTransitVehicleData;
  numOfOccupants?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgTransitVehicleData {
  currNumPasngers?: boolean;
  avgNumPasngers?: boolean;
  trnstVehSchAdh?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type CfgInterval = { timeInterval: number; distanceInterval?: never; $ext?: never }
  | { distanceInterval: number; timeInterval?: never; $ext?: never }
  | { $ext: UnknownAlternative; timeInterval?: never; distanceInterval?: never };

export interface CfgVehicleEvents {
  headLights?: boolean;
  fogLights?: boolean;
  hazardLights?: boolean;
  kinematicEvents?: CfgKinematicEvents;
  wiperStatusChange?: boolean;
  lowSpeed?: CfgLowSpeedCriteria;
  resumedSpeed?: number;
  vehEntrsExitsRegion?: boolean;
  emerVehDetect?: boolean;
  emerAndTransInfo?: CfgEmerAndTransitInfo;
  v2xMsgRecption?: CfgMsgRecepIndicators;
  driverAlertsAndWarnings?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgKinematicEvents {
  events: CfgEvents;
  hysteresis?: CfgHysteresis;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgEvents {
  absActivated?: boolean;
  tractionCtlLoss?: boolean;
  stabilityCtlActivated?: boolean;
  hardBraking?: boolean;
  swerveThreshold?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgHysteresis {
  hysSamples: number;
  hysRate: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type CfgEmerAndTransitInfo = { emerVehLightBar: boolean; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; $ext?: never }
  | { reqTspEvp: boolean; emerVehLightBar?: never; transitVehPassCnt?: never; transitVehDoor?: never; $ext?: never }
  | { transitVehPassCnt: boolean; emerVehLightBar?: never; reqTspEvp?: never; transitVehDoor?: never; $ext?: never }
  | { transitVehDoor: boolean; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; $ext?: never }
  | { $ext: UnknownAlternative; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never };

export interface CfgMsgRecepIndicators {
  msgDictionary?: CfgMsgDictionary;
  messages?: DSRCmsgID[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type CfgMsgDictionary = "sae" | "etsi" | "iso" | number;

export interface CfgRoadwayEvents {
  obstacleDetected: boolean;
  adverseRoadSurface: boolean;
  trafficSigEncounters?: CfgTrafficSigEncounters;
  trfsigLightOut: boolean;
  trfsigRoadGeoMismatch: boolean;
  roadSignInfo?: CfgRoadSignInfo;
  lowLaneMarkReflect?: number;
  roadsignIncnstncy: boolean;
  laneGeoIncnstncy: boolean;
  incidentDetect: boolean;
  workZoneCharDetect: boolean;
  inclWeatherDetect: boolean;
  railrdCrossActivated: boolean;
  drawBridgeActivated: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgTrafficSigEncounters {
  intersections?: IntersectionID[];
  trfcsigApproachDelay?: number;
  trfsigApproachSpeed?: number;
  trfsigArrivalGreen?: boolean;
  trfsigArrivalRed?: boolean;
  trfsigPedDelay?: number;
  trfsigSpatMismatch?: boolean;
  trfsigSpatTimingError?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgRoadSignInfo {
  roadsignDetection: CfgRoadSignTypes;
  lowRoadsignReflect1?: number;
  lowRoadsignReflect2?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgRoadSignTypes {
  whiteOnGreen?: boolean;
  blackOnYellow?: boolean;
  blackOnOrange?: boolean;
  whiteOnRed?: boolean;
  blackOnWhite?: boolean;
  octagon?: boolean;
  eqlatTriangle?: boolean;
  circle?: boolean;
  pennant?: boolean;
  pentagon?: boolean;
  crossbuck?: boolean;
  diamond?: boolean;
  trapezoid?: boolean;
  other?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgCommSysPerfEvents {
  "j2945-1ChanBusyThresh"?: number;
  rfDataRsuInfo?: boolean;
  numRsusObservedThresh?: number;
  rfV2xJamDetectThresh?: number;
  "j2945-1VehDensThresh"?: number;
  "j2945-1CqiBelowThresh"?: number;
  "j2945-1TrackErrorThresh"?: number;
  gnssHdopExceedsThresh?: number;
  gnssSatsBelowThresh?: number;
  gnssJammingDetect?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type CfgAveragedAndSummaryTriggers = { averagedTriggers: CfgAveragedTriggers; summaryTriggers?: never; $ext?: never }
  | { summaryTriggers: CfgSummaryTriggers; averagedTriggers?: never; $ext?: never }
  | { $ext: UnknownAlternative; averagedTriggers?: never; summaryTriggers?: never };

export interface CfgAveragedTriggers {
  avgSpeed?: boolean;
  avgStopDuration?: boolean;
  avgFuelConsumption?: boolean;
  avgEmissions?: boolean;
  avgNumOfOccupants?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgSummaryTriggers {
  regTravelTime?: boolean;
  regVehDistTraveled?: boolean;
  regVehTimeTraveled?: boolean;
  fuelConsumption?: boolean;
  totalVehEmissions?: boolean;
  numOfLowSpeedEvents?: CfgLowSpeedCriteria;
  timeStopped?: CfgStoppedCriteria;
  numOfStopped?: CfgStoppedCriteria;
  locOfStops?: boolean;
  regNumOfVehPassed?: boolean;
  regNumOfSurpassedVeh?: boolean;
  totalMsgsReceived?: CfgMsgRecepIndicators;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgLowSpeedCriteria {
  lowSpeedThreshold: number;
  lowSpeedTimeThresh?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface CfgStoppedCriteria {
  stoppedSpeedThreshold: number;
  amountOfTimeBelow: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ProbeDataReportMessage {
  configId: ConfigId;
  reportChar: ReportCharacteristics;
  roadAuthorityID?: RoadAuthorityID;
  instantaneousRecs?: RptInstantaneousRecords;
  avgAndSumRec?: RptAveragedAndSummaryRecord;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ReportCharacteristics {
  timeStamp: DDateTime;
  position: Position3D;
  posAccuracy: PositionalAccuracy;
  velocity: RptVelocity;
  vehicleClass?: RptVehicleClass;
  devType?: RptDevType;
  vehicleSize?: VehicleSize;
  vehicleMass?: VehicleMass;
  vehPassengerCount?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RptVehicleClass = "motorcycles" | "passengerCars" | "other2axle4tireSingleUnitVehs" | "buses" | "twoAxle6TireSingleUnitTrucks" | "threeAxleSingleUnitTrucks" | "fourOrMoreAxleSingleUnitTrucks" | "fourOrFewerAxleSingleTrailerTrucks" | "fiveAxleSingleTrailerTrucks" | "sixOrMoreAxleSingleTrailerTrucks" | "fiveOrFewerAxleMultiTrailerTrucks" | "sixAxleMultiTrailerTrucks" | "sevenOrMoreAxleMultiTrailerTrucks" | number;

export interface RptDevType {
  oemOrAftermarket: boolean;
  canOrIvnConnected: boolean;
  mcoCapable?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RptInstantaneousRecords = RptInstantaneousRecord[];

export interface RptInstantaneousRecord {
  timeOfInstantRec: DDateTime;
  locOfInstantRec: Position3D;
  accOfPosition: PositionalAccuracy;
  velOfInstantRec: RptVelocity;
  record?: RptInstantaneousRecordData;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RptVelocity {
  speed: Speed;
  speedStdDev?: StdDev;
  heading?: Heading;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RptInstantaneousRecordData = { intervalEvents: RptIntervalEvents; vehEvents?: never; roadwayEvents?: never; commSysPerfEvents?: never; $ext?: never }
  | { vehEvents: RptVehicleEvents; intervalEvents?: never; roadwayEvents?: never; commSysPerfEvents?: never; $ext?: never }
  | { roadwayEvents: RptRoadwayEvents; intervalEvents?: never; vehEvents?: never; commSysPerfEvents?: never; $ext?: never }
  | { commSysPerfEvents: RptCommSysPerfEvents; intervalEvents?: never; vehEvents?: never; roadwayEvents?: never; $ext?: never }
  | { $ext: UnknownAlternative; intervalEvents?: never; vehEvents?: never; roadwayEvents?: never; commSysPerfEvents?: never };

export interface RptAveragedAndSummaryRecord {
  startTime: DDateTime;
  startLoc: Position3D;
  startAccOfPos: PositionalAccuracy;
  endTime: DDateTime;
  endLoc: Position3D;
  endAccOfPos: PositionalAccuracy;
  record: RptAvgAndSummaryRecordData;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RptAvgAndSummaryRecordData = { averagedRecord: RptAveragedRecord; summaryRecord?: never; $ext?: never }
  | { summaryRecord: RptSummaryRecord; averagedRecord?: never; $ext?: never }
  | { $ext: UnknownAlternative; averagedRecord?: never; summaryRecord?: never };

export interface RptIntervalEvents {
  wiperStatus?: RptWiperStatus;
  vehCount?: number;
  weatherData?: RptVehicleReport;
  transitVehData?: RptTransitVehData;
  numOfOccupants?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RptVehicleReport = NtcipEssData[];

export interface RptTransitVehData {
  currNumPasngers?: number;
  avgNumPasngers?: number;
  trnstVehSchAdh?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RptVehicleEvents = { headLights: null; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { fogLights: null; headLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { hazardLights: null; headLights?: never; fogLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { kinematicEvents: RptKinematicEvents; headLights?: never; fogLights?: never; hazardLights?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { wiperStatusChange: null; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { lowSpeed: null; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { resumedSpeed: null; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { vehEntrsExitsRegion: null; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { emerVehDetect: null; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { emerVehLightBar: null; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { reqTspEvp: null; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { transitVehPassCnt: null; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { transitVehDoor: null; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { v2xMsgRecption: null; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; driverAlertsAndWarnings?: never; $ext?: never }
  | { driverAlertsAndWarnings: RptDriverAlertsAndWarnings; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; $ext?: never }
  | { $ext: UnknownAlternative; headLights?: never; fogLights?: never; hazardLights?: never; kinematicEvents?: never; wiperStatusChange?: never; lowSpeed?: never; resumedSpeed?: never; vehEntrsExitsRegion?: never; emerVehDetect?: never; emerVehLightBar?: never; reqTspEvp?: never; transitVehPassCnt?: never; transitVehDoor?: never; v2xMsgRecption?: never; driverAlertsAndWarnings?: never };

export type RptDriverAlertsAndWarnings = { j2945Slash1Eebl: null; j2945Slash1Fcw?: never; j2945Slash1BswLcw?: never; j2945Slash1Ima?: never; j2945Slash1Lta?: never; j2945Slash1Clw?: never; redLightViolationWarn?: never; emerVehAlert?: never; otherAlert?: never; otherWarning?: never; $ext?: never }
  | { j2945Slash1Fcw: null; j2945Slash1Eebl?: never; j2945Slash1BswLcw?: never; j2945Slash1Ima?: never; j2945Slash1Lta?: never; j2945Slash1Clw?: never; redLightViolationWarn?: never; emerVehAlert?: never; otherAlert?: never; otherWarning?: never; $ext?: never }
  | { j2945Slash1BswLcw: null; j2945Slash1Eebl?: never; j2945Slash1Fcw?: never; j2945Slash1Ima?: never; j2945Slash1Lta?: never; j2945Slash1Clw?: never; redLightViolationWarn?: never; emerVehAlert?: never; otherAlert?: never; otherWarning?: never; $ext?: never }
  | { j2945Slash1Ima: null; j2945Slash1Eebl?: never; j2945Slash1Fcw?: never; j2945Slash1BswLcw?: never; j2945Slash1Lta?: never; j2945Slash1Clw?: never; redLightViolationWarn?: never; emerVehAlert?: never; otherAlert?: never; otherWarning?: never; $ext?: never }
  | { j2945Slash1Lta: null; j2945Slash1Eebl?: never; j2945Slash1Fcw?: never; j2945Slash1BswLcw?: never; j2945Slash1Ima?: never; j2945Slash1Clw?: never; redLightViolationWarn?: never; emerVehAlert?: never; otherAlert?: never; otherWarning?: never; $ext?: never }
  | { j2945Slash1Clw: null; j2945Slash1Eebl?: never; j2945Slash1Fcw?: never; j2945Slash1BswLcw?: never; j2945Slash1Ima?: never; j2945Slash1Lta?: never; redLightViolationWarn?: never; emerVehAlert?: never; otherAlert?: never; otherWarning?: never; $ext?: never }
  | { redLightViolationWarn: null; j2945Slash1Eebl?: never; j2945Slash1Fcw?: never; j2945Slash1BswLcw?: never; j2945Slash1Ima?: never; j2945Slash1Lta?: never; j2945Slash1Clw?: never; emerVehAlert?: never; otherAlert?: never; otherWarning?: never; $ext?: never }
  | { emerVehAlert: null; j2945Slash1Eebl?: never; j2945Slash1Fcw?: never; j2945Slash1BswLcw?: never; j2945Slash1Ima?: never; j2945Slash1Lta?: never; j2945Slash1Clw?: never; redLightViolationWarn?: never; otherAlert?: never; otherWarning?: never; $ext?: never }
  | { otherAlert: null; j2945Slash1Eebl?: never; j2945Slash1Fcw?: never; j2945Slash1BswLcw?: never; j2945Slash1Ima?: never; j2945Slash1Lta?: never; j2945Slash1Clw?: never; redLightViolationWarn?: never; emerVehAlert?: never; otherWarning?: never; $ext?: never }
  | { otherWarning: null; j2945Slash1Eebl?: never; j2945Slash1Fcw?: never; j2945Slash1BswLcw?: never; j2945Slash1Ima?: never; j2945Slash1Lta?: never; j2945Slash1Clw?: never; redLightViolationWarn?: never; emerVehAlert?: never; otherAlert?: never; $ext?: never }
  | { $ext: UnknownAlternative; j2945Slash1Eebl?: never; j2945Slash1Fcw?: never; j2945Slash1BswLcw?: never; j2945Slash1Ima?: never; j2945Slash1Lta?: never; j2945Slash1Clw?: never; redLightViolationWarn?: never; emerVehAlert?: never; otherAlert?: never; otherWarning?: never };

export interface RptKinematicEvents {
  events: RptEvents;
  hysteresis?: RptHysteresisRecord;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RptEvents = { absActive: boolean; tractionCtlLoss?: never; stabilityCtlActive?: never; hardBraking?: never; swerve?: never; $ext?: never }
  | { tractionCtlLoss: boolean; absActive?: never; stabilityCtlActive?: never; hardBraking?: never; swerve?: never; $ext?: never }
  | { stabilityCtlActive: boolean; absActive?: never; tractionCtlLoss?: never; hardBraking?: never; swerve?: never; $ext?: never }
  | { hardBraking: boolean; absActive?: never; tractionCtlLoss?: never; stabilityCtlActive?: never; swerve?: never; $ext?: never }
  | { swerve: boolean; absActive?: never; tractionCtlLoss?: never; stabilityCtlActive?: never; hardBraking?: never; $ext?: never }
  | { $ext: UnknownAlternative; absActive?: never; tractionCtlLoss?: never; stabilityCtlActive?: never; hardBraking?: never; swerve?: never };

export type RptHysteresisRecord = RptHysteresis[];

export interface RptHysteresis {
  time: DTime;
  position: Position3D;
  positionalAccuracy?: PositionalAccuracy;
  velocity: RptVelocity;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RptRoadwayEvents = { obstacleDetected: null; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { adverseRoadSurface: RptRoadRoughness; obstacleDetected?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { trfsigEncounters: RptTrafficSigEncounters; obstacleDetected?: never; adverseRoadSurface?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { trfsigLightOut: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { trfsigRoadGeoMismatch: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { roadsignDetection: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { lowRoadsignReflect: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { lowLaneMarkReflect: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { roadsignIncnstncy: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { laneGeoIncnstncy: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { incidentDetect: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { workZoneCharDetect: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { inclWeatherDetect: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never; $ext?: never }
  | { railrdCrossActiv: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; drawBridgeActiv?: never; $ext?: never }
  | { drawBridgeActiv: null; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; $ext?: never }
  | { $ext: UnknownAlternative; obstacleDetected?: never; adverseRoadSurface?: never; trfsigEncounters?: never; trfsigLightOut?: never; trfsigRoadGeoMismatch?: never; roadsignDetection?: never; lowRoadsignReflect?: never; lowLaneMarkReflect?: never; roadsignIncnstncy?: never; laneGeoIncnstncy?: never; incidentDetect?: never; workZoneCharDetect?: never; inclWeatherDetect?: never; railrdCrossActiv?: never; drawBridgeActiv?: never };

export interface RptRoadRoughness {
  meanVerticalVariation: ProbeDataReport_MeanVariation;
  verticalVariationStdDev?: StdDev;
  meanHorizontalVariation?: ProbeDataReport_MeanVariation;
  horizontalVariationStdDev?: StdDev;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ProbeDataReport_MeanVariation = number;

export type StdDev = number;

export interface RptTrafficSigEncounters {
  intersectionID?: IntersectionID;
  trafficMetrics: RptTrafficMetrics;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type RptTrafficMetrics = { trfsigApproachDelay: null; trfsigApproachSpeed?: never; trfsigArrivalGreen?: never; trfsigArrivalRed?: never; trfsigPedDelay?: never; trfsigSpatMismatch?: never; trfsigSpatTimingError?: never; $ext?: never }
  | { trfsigApproachSpeed: null; trfsigApproachDelay?: never; trfsigArrivalGreen?: never; trfsigArrivalRed?: never; trfsigPedDelay?: never; trfsigSpatMismatch?: never; trfsigSpatTimingError?: never; $ext?: never }
  | { trfsigArrivalGreen: null; trfsigApproachDelay?: never; trfsigApproachSpeed?: never; trfsigArrivalRed?: never; trfsigPedDelay?: never; trfsigSpatMismatch?: never; trfsigSpatTimingError?: never; $ext?: never }
  | { trfsigArrivalRed: null; trfsigApproachDelay?: never; trfsigApproachSpeed?: never; trfsigArrivalGreen?: never; trfsigPedDelay?: never; trfsigSpatMismatch?: never; trfsigSpatTimingError?: never; $ext?: never }
  | { trfsigPedDelay: null; trfsigApproachDelay?: never; trfsigApproachSpeed?: never; trfsigArrivalGreen?: never; trfsigArrivalRed?: never; trfsigSpatMismatch?: never; trfsigSpatTimingError?: never; $ext?: never }
  | { trfsigSpatMismatch: null; trfsigApproachDelay?: never; trfsigApproachSpeed?: never; trfsigArrivalGreen?: never; trfsigArrivalRed?: never; trfsigPedDelay?: never; trfsigSpatTimingError?: never; $ext?: never }
  | { trfsigSpatTimingError: null; trfsigApproachDelay?: never; trfsigApproachSpeed?: never; trfsigArrivalGreen?: never; trfsigArrivalRed?: never; trfsigPedDelay?: never; trfsigSpatMismatch?: never; $ext?: never }
  | { $ext: UnknownAlternative; trfsigApproachDelay?: never; trfsigApproachSpeed?: never; trfsigArrivalGreen?: never; trfsigArrivalRed?: never; trfsigPedDelay?: never; trfsigSpatMismatch?: never; trfsigSpatTimingError?: never };

export type RptCommSysPerfEvents = { "j2945-1ChanBusy": null; rfDataRsuInfo?: never; numOfRsusObserved?: never; rfV2xJamDetect?: never; "j2945-1VehDens"?: never; "j2945-1CqiBelow"?: never; "j2945-1TrackingError"?: never; gnssHdopExceeds?: never; gnssErrElipse?: never; gnssSatsBelow?: never; jammingDetect?: never; $ext?: never }
  | { rfDataRsuInfo: Uint8Array; "j2945-1ChanBusy"?: never; numOfRsusObserved?: never; rfV2xJamDetect?: never; "j2945-1VehDens"?: never; "j2945-1CqiBelow"?: never; "j2945-1TrackingError"?: never; gnssHdopExceeds?: never; gnssErrElipse?: never; gnssSatsBelow?: never; jammingDetect?: never; $ext?: never }
  | { numOfRsusObserved: number; "j2945-1ChanBusy"?: never; rfDataRsuInfo?: never; rfV2xJamDetect?: never; "j2945-1VehDens"?: never; "j2945-1CqiBelow"?: never; "j2945-1TrackingError"?: never; gnssHdopExceeds?: never; gnssErrElipse?: never; gnssSatsBelow?: never; jammingDetect?: never; $ext?: never }
  | { rfV2xJamDetect: null; "j2945-1ChanBusy"?: never; rfDataRsuInfo?: never; numOfRsusObserved?: never; "j2945-1VehDens"?: never; "j2945-1CqiBelow"?: never; "j2945-1TrackingError"?: never; gnssHdopExceeds?: never; gnssErrElipse?: never; gnssSatsBelow?: never; jammingDetect?: never; $ext?: never }
  | { "j2945-1VehDens": null; "j2945-1ChanBusy"?: never; rfDataRsuInfo?: never; numOfRsusObserved?: never; rfV2xJamDetect?: never; "j2945-1CqiBelow"?: never; "j2945-1TrackingError"?: never; gnssHdopExceeds?: never; gnssErrElipse?: never; gnssSatsBelow?: never; jammingDetect?: never; $ext?: never }
  | { "j2945-1CqiBelow": null; "j2945-1ChanBusy"?: never; rfDataRsuInfo?: never; numOfRsusObserved?: never; rfV2xJamDetect?: never; "j2945-1VehDens"?: never; "j2945-1TrackingError"?: never; gnssHdopExceeds?: never; gnssErrElipse?: never; gnssSatsBelow?: never; jammingDetect?: never; $ext?: never }
  | { "j2945-1TrackingError": null; "j2945-1ChanBusy"?: never; rfDataRsuInfo?: never; numOfRsusObserved?: never; rfV2xJamDetect?: never; "j2945-1VehDens"?: never; "j2945-1CqiBelow"?: never; gnssHdopExceeds?: never; gnssErrElipse?: never; gnssSatsBelow?: never; jammingDetect?: never; $ext?: never }
  | { gnssHdopExceeds: null; "j2945-1ChanBusy"?: never; rfDataRsuInfo?: never; numOfRsusObserved?: never; rfV2xJamDetect?: never; "j2945-1VehDens"?: never; "j2945-1CqiBelow"?: never; "j2945-1TrackingError"?: never; gnssErrElipse?: never; gnssSatsBelow?: never; jammingDetect?: never; $ext?: never }
  | { gnssErrElipse: null; "j2945-1ChanBusy"?: never; rfDataRsuInfo?: never; numOfRsusObserved?: never; rfV2xJamDetect?: never; "j2945-1VehDens"?: never; "j2945-1CqiBelow"?: never; "j2945-1TrackingError"?: never; gnssHdopExceeds?: never; gnssSatsBelow?: never; jammingDetect?: never; $ext?: never }
  | { gnssSatsBelow: null; "j2945-1ChanBusy"?: never; rfDataRsuInfo?: never; numOfRsusObserved?: never; rfV2xJamDetect?: never; "j2945-1VehDens"?: never; "j2945-1CqiBelow"?: never; "j2945-1TrackingError"?: never; gnssHdopExceeds?: never; gnssErrElipse?: never; jammingDetect?: never; $ext?: never }
  | { jammingDetect: null; "j2945-1ChanBusy"?: never; rfDataRsuInfo?: never; numOfRsusObserved?: never; rfV2xJamDetect?: never; "j2945-1VehDens"?: never; "j2945-1CqiBelow"?: never; "j2945-1TrackingError"?: never; gnssHdopExceeds?: never; gnssErrElipse?: never; gnssSatsBelow?: never; $ext?: never }
  | { $ext: UnknownAlternative; "j2945-1ChanBusy"?: never; rfDataRsuInfo?: never; numOfRsusObserved?: never; rfV2xJamDetect?: never; "j2945-1VehDens"?: never; "j2945-1CqiBelow"?: never; "j2945-1TrackingError"?: never; gnssHdopExceeds?: never; gnssErrElipse?: never; gnssSatsBelow?: never; jammingDetect?: never };

export type RptWiperStatus = "off" | "low" | "medium" | "high" | number;

export interface RptAveragedRecord {
  avgSpeed?: Speed;
  speedStdDev?: StdDev;
  avgStopDuration?: number;
  avgStopStdDev?: StdDev;
  avgFuelConsumption?: number;
  avgEmissions?: RptEmissions;
  avgNumOfOccupants?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RptSummaryRecord {
  regTravelTime?: number;
  regVehDistTraveled?: number;
  regVehTimeTraveled?: number;
  fuelConsumption?: number;
  totalVehEmissions?: RptEmissions;
  numOfLowSpeedEvents?: number;
  timeStopped?: number;
  numOfStopped?: number;
  locOfStops?: RptLocOfStops;
  regNumOfVehPassed?: number;
  regNumOfSurpassedVeh?: number;
  totalMsgsReceived?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RptEmissions {
  hydrocarbons?: number;
  co?: number;
  co2?: number;
  no?: number;
  no2?: number;
  so2?: number;
  o3?: number;
  pm10?: number;
  pm25?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface RptLocOfStops {
  locationOfStop: Position3D;
  locAccOfStop: PositionalAccuracy;
  durationOfStop: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ManeuverSharingAndCoordinatingMessage {
  mSCMTimestamp: DDateTime;
  hVPos?: Position3D;
  hVPosXYConf?: PositionalAccuracy;
  mSCMType: MSCMType;
  sourceID: TemporaryID;
  destinationIDs?: TemporaryIDList;
  maneuverID?: ManeuverSharingAndCoordinatingMessage_ManeuverID;
  maneuver?: Maneuver;
  responseFlag?: ResponseFlag;
  reasonCode?: ReasonCode;
  maneuverExecutionStatus?: ManeuverExecutionStatus;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type MSCMType = "maneuverIntent" | "maneuverRequest" | "maneuverResponse" | "maneuverReservation" | "hVManeuverCancellation" | "rVManeuverCancellationRequest" | "emergencyManeuverReservation" | "maneuverExecutionStatus" | number;

export type TemporaryIDList = TemporaryID[];

export type ManeuverSharingAndCoordinatingMessage_ManeuverID = number;

export interface Maneuver {
  subManeuverList: SubManeuverList;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type SubManeuverList = SubManeuver[];

export interface SubManeuver {
  executantVehID: TemporaryID;
  affectedVehIDs: TemporaryIDPointer;
  currentStateData: CurrentStateData;
  targetRoadResource?: TargetRoadResource;
  startTime: DDateTime;
  endTime: DDateTime;
  minSpeed?: Speed;
  maxSpeed?: Speed;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TemporaryIDPointer = BitString;

export interface CurrentStateData {
  executantVehPos?: PositionOffsetXYZ;
  executantVehPosConfidence?: PositionConfidenceSet;
  speed: Speed;
  heading: Heading;
  accel4way?: AccelerationSet4Way;
  size: VehicleSize;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface PositionOffsetXYZ {
  offsetX: ObjectDistance;
  offsetY: ObjectDistance;
  offsetZ?: ObjectDistance;
}

export type ObjectDistance = number;

export interface TargetRoadResource {
  tRRType: TRRType;
  tRRLocation: TRRLocation;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TRRType = "tRRType1" | "tRRType2" | "tRRType3" | number;

export type TRRLocation = { tRRLocationType1: TRRLocationType1; tRRLocationType2?: never; tRRLocationType3?: never; $ext?: never }
  | { tRRLocationType2: TRRLocationType2; tRRLocationType1?: never; tRRLocationType3?: never; $ext?: never }
  | { tRRLocationType3: TRRLocationType3; tRRLocationType1?: never; tRRLocationType2?: never; $ext?: never }
  | { $ext: UnknownAlternative; tRRLocationType1?: never; tRRLocationType2?: never; tRRLocationType3?: never };

export interface TRRLocationType1 {
  tRRLength: TRRLength;
  frontSidePosition: PositionOffsetXYZ;
  laneOffset: LaneOffset;
  tRRMovement?: Speed;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TRRLocationType2 {
  safetyGap: TRRLength;
  frontSideVehicle?: SurroundingVehicleInfo;
  rearSideVehicle?: SurroundingVehicleInfo;
  tRRLength?: TRRLength;
  laneOffset: LaneOffset;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TRRLocationType3 = PositionOffsetXYZ[];

export type TRRLength = number;

export type LaneOffset = "currentLane" | "firstLeftLane" | "firstRightLane" | "secondLeftLane" | "secondRightLane" | "thirdLeftLane" | "thirdRightLane" | number;

export interface SurroundingVehicleInfo {
  surroundingVehicleID: TemporaryID;
  surroundingVehiclePosition: PositionOffsetXYZ;
  surroundingVehicleSize: VehicleSize;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ResponseFlag = boolean;

export type ReasonCode = "unknown" | "unableToConform" | "unwanted" | "unableToUnderstand" | "erroneousBehaviorDetected" | "misbehaviorAttackDetected" | "rVManeuverCancellationRequestIssued" | "sessionIDConflicted" | number;

export type ManeuverExecutionStatus = "started" | "inProgress" | "completed" | "terminated" | number;

export interface RoadUserChargingConfigMessage {
  chargerInfoTable: ChargerInfo[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ChargerInfo {
  chargerID: string;
  descriptiveName?: DescriptiveName;
  timeStamp?: DDateTime;
  chargingConfig: ChargingConfig;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ChargingConfig {
  configInfo: ConfigInfo;
  reportSched: "hourly" | "weekly" | "monthly" | "quarterly" | number;
  byPrimaryRegion: PrimaryRegionChargingInfo;
  bySubRegion?: SubRegionChargingInfo[];
  byAreaOrSegment?: AreaOrSegmentChargingInfo;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ConfigInfo {
  configID: number;
  configVersion: number;
  startDate: DDateTime;
  expirationDate: DDateTime;
  configurationFeeType: "excluded" | "replacesOtherCharges" | "addedToOtherCharges" | number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface PrimaryRegionChargingInfo {
  primaryRegionCountry: CountryCode;
  chargingPrimaryRegion: { state: PrimaryRegionState; $ext?: never }
    | { $ext: UnknownAlternative; state?: never };
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface PrimaryRegionState {
  usCanMexState: string;
  chargingFees?: ChargingFees;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface SubRegionChargingInfo {
  subRegion: string;
  chargingFees: ChargingFees;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface AreaOrSegmentChargingInfo {
  chargingAreaOrSegment: ChargingAreaOrSegment[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ChargingAreaOrSegment = { area: Area; segment?: never; $ext?: never }
  | { segment: Segment; area?: never; $ext?: never }
  | { $ext: UnknownAlternative; area?: never; segment?: never };

export interface Area {
  areaID: string;
  chargingArea: {
    direction: HeadingSlice;
    extent?: Extent;
    area: { shapePointSet: ShapePointSet; circle?: never; regionPointSet?: never }
      | { circle: Circle; shapePointSet?: never; regionPointSet?: never }
      | { regionPointSet: RegionPointSet; shapePointSet?: never; circle?: never };
  };
  chargingFees: ChargingFees;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface Segment {
  segmentID: string;
  chargingSegment: TollAdvertisementMessage[];
  chargingUnits?: ChargingUnits;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ChargingFees {
  chargingSchedule?: EventRecurrence[];
  chargesTable: ChargesTable;
  chargingUnits: ChargingUnits;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ChargingUnits = { driven: Driven; parked?: never; $ext?: never }
  | { parked: Parked; driven?: never; $ext?: never }
  | { $ext: UnknownAlternative; driven?: never; parked?: never };

export type Driven = "perMin" | "perHour" | "perDay" | "perDistMile" | "perDistKilo" | number;

export type Parked = "perMin" | "perHour" | "perDay" | number;

export interface RoadUserChargingReportMessage {
  usageReport: UsageReport;
  serviceProviderData?: Uint8Array;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type UsageReport = { feeReport: FeeReport; itemizedPaymentReport?: never; $ext?: never }
  | { itemizedPaymentReport: ItemizedPaymentReport; feeReport?: never; $ext?: never }
  | { $ext: UnknownAlternative; feeReport?: never; itemizedPaymentReport?: never };

export interface FeeReport {
  userData: UserData;
  fees: UserFeeInfo;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface UserData {
  timeStamp: DDateTime;
  svcProvID: string;
  vehicleID: VehicleId;
  vehicleType: VehicleTypes;
  vehicleDescription?: VehicleDescription;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface UserFeeInfo {
  fee: PaymentFee;
  timePeriod: TimePeriod;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ItemizedPaymentReport {
  timeStamp: DDateTime;
  timePeriod: TimePeriod;
  svcProvID: string;
  chargerData: ItemizedChargerData[];
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ItemizedChargerData {
  chargerID: string;
  chargingDescription?: DescriptiveName;
  configID?: number;
  tripInfo?: TripInfo;
  totalPaidToCharger: PaymentFee;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TripInfo {
  distanceTraveled?: number;
  distanceUnits?: DistanceUnits;
  timeTraveled?: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TimePeriod {
  startTime: DDateTime;
  endTime: DDateTime;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TollAdvertisementMessage {
  tollChargesTable: TollChargesTable;
  tollAdvInfo?: TollAdvertisementInfo;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TollAdvertisementInfo {
  tamSequenceNum: MsgCount;
  totalTams: number;
  tamNum: number;
  tollChargerInfo: TollChargerInfo;
  timestamp: DDateTime;
  tumInstructions?: TumInstructions;
  tollPointMap: TollPointMap;
  tumPublicKey: Uint8Array;
  ackPolicy: AckPolicy;
  lastTollPtDataReq?: boolean;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TumInstructions {
  maxNumOfLocTimeStamps: number;
  locTimeStampRate: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface AckPolicy {
  timeout: number;
  numOfRetries: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TollChargesTable {
  tollTypeCharge: { pointCharges: ChargesTable; perLaneCharges?: never; closedNetworkCharges?: never; timeBasedCharges?: never; $ext?: never }
    | { perLaneCharges: LaneChargesTable[]; pointCharges?: never; closedNetworkCharges?: never; timeBasedCharges?: never; $ext?: never }
    | { closedNetworkCharges: ClosedNetworkChargesTable[]; pointCharges?: never; perLaneCharges?: never; timeBasedCharges?: never; $ext?: never }
    | { timeBasedCharges: TimeChargesTable; pointCharges?: never; perLaneCharges?: never; closedNetworkCharges?: never; $ext?: never }
    | { $ext: UnknownAlternative; pointCharges?: never; perLaneCharges?: never; closedNetworkCharges?: never; timeBasedCharges?: never };
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface LaneChargesTable {
  laneId: LaneID;
  chargesTable: ChargesTable;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ClosedNetworkChargesTable = { entryChargesTable: EntryChargesTable; exitChargesTable?: never; $ext?: never }
  | { exitChargesTable: ExitChargesTable; entryChargesTable?: never; $ext?: never }
  | { $ext: UnknownAlternative; entryChargesTable?: never; exitChargesTable?: never };

export interface EntryChargesTable {
  exitInfo: ExitInfo;
  chargesTable: ChargesTable;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ExitChargesTable {
  entryInfo?: TollPointID;
  chargesTable: ChargesTable;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface ExitInfo {
  exitNumber: number;
  exitLetter?: number;
  tollPointID?: TollPointID;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TimeChargesTable {
  maxTime: number;
  chargesTable: ChargesTable;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type ChargesTable = { vehTypeBased: VehTypeChargesTable; numAxlesBased?: never; weightBased?: never; $ext?: never }
  | { numAxlesBased: AxlesChargesTable; vehTypeBased?: never; weightBased?: never; $ext?: never }
  | { weightBased: WeightChargesTable; vehTypeBased?: never; numAxlesBased?: never; $ext?: never }
  | { $ext: UnknownAlternative; vehTypeBased?: never; numAxlesBased?: never; weightBased?: never };

export type VehTypeChargesTable = VehTypeCharges[];

export interface VehTypeCharges {
  vehType: VehicleTypes;
  charges: PaymentFee;
  specialCharges?: SpecialCharges;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type VehicleTypes = "motorcycles" | "passengerCars" | "fourTireSingleUnit" | "buses" | "twoAxleSixTireSingleUnit" | "threeAxleSingleUnit" | "fourOrMoreAxleSingleUnit" | "fourOrLessAxleSingleTrailer" | "fiveAxleTractorSemitrailer" | "sixOrMoreAxleSingleTrailer" | "fiveOrLessAxleMultiTrailer" | "sixAxleMultiTrailer" | "sevenOrMoreAxleMultiTrailer" | number;

export interface SpecialCharges {
  hov2Charge?: PaymentFee;
  hov3Charge?: PaymentFee;
  hov4Charge?: PaymentFee;
  hov5PlusCharge?: PaymentFee;
  cleanAirCharge?: PaymentFee;
  operatorDefined?: OperatorDefined;
  engineCharacteristics?: EngineCharacteristics;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface OperatorDefined {
  opDefCharge1?: PaymentFee;
  opDefCharge2?: PaymentFee;
  opDefCharge3?: PaymentFee;
  opDefCharge4?: PaymentFee;
  opDefCharge5?: PaymentFee;
  opDefCharge6?: PaymentFee;
  opDefCharge7?: PaymentFee;
  opDefCharge8?: PaymentFee;
  opDefCharge9?: PaymentFee;
  opDefCharge10?: PaymentFee;
  opDefCharge11?: PaymentFee;
  opDefCharge12?: PaymentFee;
  opDefCharge13?: PaymentFee;
  opDefCharge14?: PaymentFee;
  opDefCharge15?: PaymentFee;
  opDefCharge16?: PaymentFee;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type WeightChargesTable = WeightCharges[];

export type WeightCharges = { totalWeightCharges: TotalWeightCharges; perAxleWeightCharges?: never; $ext?: never }
  | { perAxleWeightCharges: PerAxleWeightCharges; totalWeightCharges?: never; $ext?: never }
  | { $ext: UnknownAlternative; totalWeightCharges?: never; perAxleWeightCharges?: never };

export interface TotalWeightCharges {
  weightLimit: number;
  weightLimitUnits: "pounds" | "kilograms" | number;
  weightCharge: PaymentFee;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface PerAxleWeightCharges {
  totalWeightLimit: number;
  maxLadenWeightOnAxle: number;
  weightLimitUnits: "pounds" | "kilograms" | number;
  axleWeightCharge: PaymentFee;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type AxlesChargesTable = AxlesCharges[];

export interface AxlesCharges {
  axlesLimit: number;
  axlesCharge: PaymentFee;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TollPointMap {
  revisionNum: number;
  referencePoint: Position3D;
  speedLimit: RegulatorySpeedLimit;
  laneWidth: LaneWidth;
  approachLanesMap: Array<{
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
  }>;
  tollZoneLanesMap: Array<{
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
  }>;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TollChargerInfo {
  tollChargerId: string;
  tollPointId: TollPointID;
  descriptiveName?: DescriptiveName;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TollPointID = number;

export interface TollUsageAckMessage {
  tumAck: TumAck;
  ackMaxAge: number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TumAck = TumAckHash[];

export interface TumAckHash {
  signedTumHash?: Uint8Array;
  tempId: TemporaryID;
  tumSequenceNum: MsgCount;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface TollUsageMessage {
  tollPointInfo: TollChargerInfo;
  tempID: TemporaryID;
  tumSequenceNum: MsgCount;
  tamSequenceNum: MsgCount;
  tumHash?: TumHash;
  encryptedTumData: EncryptedTumData;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TumHash = Uint8Array;

export type EncryptedTumData = Uint8Array;

export interface TumData {
  tollUserData: TollUserData;
  tollServiceProviderData?: TollServiceProviderData;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type TollServiceProviderData = Uint8Array;

export interface TollUserData {
  timeStamp: DDateTime;
  tspId: string;
  vehicleId: VehicleId;
  vehType?: VehicleTypes;
  vehicleDescription?: VehicleDescription;
  vehAxlesAndWeight?: VehicleAxlesAndWeightInfo;
  numOccupants?: number;
  entryTollPointId?: TollPointID;
  entryTimeStamp?: DDateTime;
  locAndTimeStamps?: LocAndTimeStamps;
  lastTollPoints?: LastTollPointInfos;
  charge?: PaymentFee;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface VehicleAxlesAndWeightInfo {
  vehNumAxles: number;
  vehWeightPerAxle: number[];
  vehTotalWeight: number;
  vehWeightUnits: "pounds" | "kilograms" | number;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface VehicleId {
  vehicleIdentity?: Uint8Array;
  licPlateState?: string;
  licPlateNumVeh?: string;
  licPlateNumTrailer?: string;
  userId?: UserId;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type LocAndTimeStamps = LocAndTimeStamp[];

export interface LocAndTimeStamp {
  latitude: Latitude;
  longitude: Longitude;
  elevation?: Elevation;
  timeStamp: DDateTime;
  currentLane?: LaneID;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export type LastTollPointInfos = LastTollPointInfo[];

export interface LastTollPointInfo {
  tollChargerInfo: TollChargerInfo;
  timeStamp: DDateTime;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface SensorDataSharingMessage {
  msgCnt: MsgCount;
  sourceID: TemporaryID;
  equipmentType: EquipmentType;
  sDSMTimeStamp: DDateTime;
  refPos: Position3D;
  refPosXYConf: PositionalAccuracy;
  refPosElConf?: ElevationConfidence;
  objects: DetectedObjectList;
}

export type EquipmentType = "unknown" | "rsu" | "obu" | "vru" | number;

export type DetectedObjectList = DetectedObjectData[];

export interface DetectedObjectData {
  detObjCommon: DetectedObjectCommonData;
  detObjOptData?: DetectedObjectOptionalData;
}

export type DetectedObjectOptionalData = { detVeh: DetectedVehicleData; detVRU?: never; detObst?: never }
  | { detVRU: DetectedVRUData; detVeh?: never; detObst?: never }
  | { detObst: DetectedObstacleData; detVeh?: never; detVRU?: never };

export interface DetectedObjectCommonData {
  objType: ObjectType;
  objTypeCfd: ClassificationConfidence;
  objectID: ObjectID;
  measurementTime: MeasurementTimeOffset;
  timeConfidence: TimeConfidence;
  pos: SensorDataSharingMessage_PositionOffsetXYZ;
  posConfidence: PositionConfidenceSet;
  speed: Speed;
  speedConfidence: SpeedConfidence;
  speedZ?: Speed;
  speedConfidenceZ?: SpeedConfidence;
  heading: Heading;
  headingConf: HeadingConfidence;
  accel4way?: AccelerationSet4Way;
  accCfdX?: AccelerationConfidence;
  accCfdY?: AccelerationConfidence;
  accCfdZ?: AccelerationConfidence;
  accCfdYaw?: YawRateConfidence;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface DetectedVehicleData {
  lights?: ExteriorLights;
  vehAttitude?: Attitude;
  vehAttitudeConfidence?: AttitudeConfidence;
  vehAngVel?: AngularVelocity;
  vehAngVelConfidence?: AngularVelocityConfidence;
  size?: VehicleSize;
  height?: VehicleHeight;
  vehicleSizeConfidence?: VehicleSizeConfidence;
  vehicleClass?: BasicVehicleClass;
  classConf?: ClassificationConfidence;
  /** Extension additions this edition does not know, kept for re-encoding. */
  $ext?: UnknownExtensions;
}

export interface DetectedVRUData {
  basicType?: PersonalDeviceUserType;
  propulsion?: PropelledInformation;
  attachment?: Attachment;
  radius?: AttachmentRadius;
}

export interface DetectedObstacleData {
  obstSize: ObstacleSize;
  obstSizeConfidence: ObstacleSizeConfidence;
}

export type ObjectType = "unknown" | "vehicle" | "vru" | "animal" | number;

export type ObjectID = number;

export type ClassificationConfidence = number;

export type MeasurementTimeOffset = number;

export interface SensorDataSharingMessage_PositionOffsetXYZ {
  offsetX: SensorDataSharingMessage_ObjectDistance;
  offsetY: SensorDataSharingMessage_ObjectDistance;
  offsetZ?: SensorDataSharingMessage_ObjectDistance;
}

export type SensorDataSharingMessage_ObjectDistance = number;

export interface Attitude {
  pitch: PitchDetected;
  roll: RollDetected;
  yaw: YawDetected;
}

export type PitchDetected = number;

export type RollDetected = number;

export type YawDetected = number;

export interface AttitudeConfidence {
  pitchConfidence: HeadingConfidence;
  rollConfidence: HeadingConfidence;
  yawConfidence: HeadingConfidence;
}

export interface AngularVelocity {
  pitchRate: SensorDataSharingMessage_PitchRate;
  rollRate: SensorDataSharingMessage_RollRate;
}

export type SensorDataSharingMessage_PitchRate = number;

export type SensorDataSharingMessage_RollRate = number;

export interface AngularVelocityConfidence {
  pitchRateConfidence?: PitchRateConfidence;
  rollRateConfidence?: RollRateConfidence;
}

export type PitchRateConfidence = "unavailable" | "degSec-100-00" | "degSec-010-00" | "degSec-005-00" | "degSec-001-00" | "degSec-000-10" | "degSec-000-05" | "degSec-000-01";

export type RollRateConfidence = "unavailable" | "degSec-100-00" | "degSec-010-00" | "degSec-005-00" | "degSec-001-00" | "degSec-000-10" | "degSec-000-05" | "degSec-000-01";

export interface VehicleSizeConfidence {
  vehicleWidthConfidence: SizeValueConfidence;
  vehicleLengthConfidence: SizeValueConfidence;
  vehicleHeightConfidence?: SizeValueConfidence;
}

export interface ObstacleSize {
  width: SizeValue;
  length: SizeValue;
  height?: SizeValue;
}

export interface ObstacleSizeConfidence {
  widthConfidence: SizeValueConfidence;
  lengthConfidence: SizeValueConfidence;
  heightConfidence?: SizeValueConfidence;
}

export type SizeValue = number;

export type SizeValueConfidence = "unavailable" | "size-100-00" | "size-050-00" | "size-020-00" | "size-010-00" | "size-005-00" | "size-002-00" | "size-001-00" | "size-000-50" | "size-000-20" | "size-000-10" | "size-000-05" | "size-000-02" | "size-000-01";

export interface CCMPartIIcontent {
  "partII-Id": number;
  "partII-Value": VehicleSafetyExtensions | LightVehicleCCMExtensions | HeavyTruckCCMExtensions | Uint8Array;
}

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
  Int1Unsigned: Int1Unsigned;
  Int1Signed: Int1Signed;
  Int2Unsigned: Int2Unsigned;
  Int2Signed: Int2Signed;
  Int3Unsigned: Int3Unsigned;
  Int4Unsigned: Int4Unsigned;
  Int4Signed: Int4Signed;
  Int8Unsigned: Int8Unsigned;
  Int8Signed: Int8Signed;
  AccountStatus: AccountStatus;
  ActualNumberOfPassengers: ActualNumberOfPassengers;
  EfcDataDictionary_Altitude: EfcDataDictionary_Altitude;
  CO2EmissionValue: CO2EmissionValue;
  ContractAuthenticator: ContractAuthenticator;
  ContractSerialNumber: ContractSerialNumber;
  CopValue: CopValue;
  CountryCode: CountryCode;
  DescriptiveCharacteristics: DescriptiveCharacteristics;
  DetectionMode: DetectionMode;
  EmissionUnit: EmissionUnit;
  EngineCharacteristics: EngineCharacteristics;
  EquipmentIccId: EquipmentIccId;
  EquipmentObuId: EquipmentObuId;
  EquipmentStatus: EquipmentStatus;
  EuroValue: EuroValue;
  FutureCharacteristics: FutureCharacteristics;
  IssuerIdentifier: IssuerIdentifier;
  EfcDataDictionary_Latitude: EfcDataDictionary_Latitude;
  DistanceUnit: DistanceUnit;
  LocalVehicleClassId: LocalVehicleClassId;
  LocationClassId: LocationClassId;
  EfcDataDictionary_Longitude: EfcDataDictionary_Longitude;
  PaymentSecurityData: PaymentSecurityData;
  PayUnit: PayUnit;
  PersonalAccountNumber: PersonalAccountNumber;
  ReceiptAuthenticator: ReceiptAuthenticator;
  ReceiptDistance: ReceiptDistance;
  ResultFin: ResultFin;
  ReceiptIccId: ReceiptIccId;
  ReceiptObuId: ReceiptObuId;
  ResultOp: ResultOp;
  ReceiptServiceSerialNumber: ReceiptServiceSerialNumber;
  ReceiptText: ReceiptText;
  StationType: StationType;
  TariffClassId: TariffClassId;
  Time: Time;
  TimeClassId: TimeClassId;
  TimeUnit: TimeUnit;
  TrailerType: TrailerType;
  TyreConfiguration: TyreConfiguration;
  UserClassId: UserClassId;
  VehicleAuthenticator: VehicleAuthenticator;
  VehicleClass: VehicleClass;
  VehicleCurrentMaxTrainWeight: VehicleCurrentMaxTrainWeight;
  VehicleTotalDistance: VehicleTotalDistance;
  VehicleWeightLaden: VehicleWeightLaden;
  Weekday: Weekday;
  AbsolutePosition2d: AbsolutePosition2d;
  AbsolutePosition3d: AbsolutePosition3d;
  AxleWeightLimit: AxleWeightLimit;
  AxleWeightLimits: AxleWeightLimits;
  DateCompact: DateCompact;
  DieselEmissionValues: DieselEmissionValues;
  DriverCharacteristics: DriverCharacteristics;
  Distance: Distance;
  EfcDataDictionary_Duration: EfcDataDictionary_Duration;
  EngineDetails: EngineDetails;
  ExhaustEmissionValues: ExhaustEmissionValues;
  NumberOfAxles: NumberOfAxles;
  ObeId: ObeId;
  Particulate: Particulate;
  PassengerCapacity: PassengerCapacity;
  PaymentFee: PaymentFee;
  Period: Period;
  Provider: Provider;
  RelativePosition3d: RelativePosition3d;
  SessionClass: SessionClass;
  SessionLocation: SessionLocation;
  SignedValue: SignedValue;
  SoundLevel: SoundLevel;
  TimeCompact: TimeCompact;
  TrailerDetails: TrailerDetails;
  AxlesWeightLimits: AxlesWeightLimits;
  ChargeObjectId: ChargeObjectId;
  ContractValidity: ContractValidity;
  DateAndTime: DateAndTime;
  EnvironmentalCharacteristics: EnvironmentalCharacteristics;
  Lpn: Lpn;
  PaymentMeans: PaymentMeans;
  PaymentMeansBalance: PaymentMeansBalance;
  Point: Point;
  PurseBalance: PurseBalance;
  TrailerCharacteristics: TrailerCharacteristics;
  ValidityOfContract: ValidityOfContract;
  VehicleAxlesNumber: VehicleAxlesNumber;
  VehicleDimensions: VehicleDimensions;
  VehicleWeightLimits: VehicleWeightLimits;
  EfcContextMark: EfcContextMark;
  ReceiptContract: ReceiptContract;
  ReceiptData: ReceiptData;
  ReceiptFinancialPart: ReceiptFinancialPart;
  ReceiptServicePart: ReceiptServicePart;
  UserId: UserId;
  VehicleAxles: VehicleAxles;
  VehicleSpecificCharacteristics: VehicleSpecificCharacteristics;
  AggregatedSingleTariffClassSession: AggregatedSingleTariffClassSession;
  DetectedChargeObject: DetectedChargeObject;
  TariffClassDescription: TariffClassDescription;
  VehicleDescription: VehicleDescription;
  AccidentsAndIncidents: AccidentsAndIncidents;
  AlternateRoute: AlternateRoute;
  AssetStatus: AssetStatus;
  Closures: Closures;
  DelayStatusCancellation: DelayStatusCancellation;
  DeviceStatus: DeviceStatus;
  Disasters: Disasters;
  Disturbances: Disturbances;
  J2540ITIS_GenericLocations: J2540ITIS_GenericLocations;
  J2540ITIS_IncidentResponseEquipment: J2540ITIS_IncidentResponseEquipment;
  IncidentResponseStatus: IncidentResponseStatus;
  SystemInformation: SystemInformation;
  AdviceInstructionsMandatory: AdviceInstructionsMandatory;
  AdviceInstructionsRecommendations: AdviceInstructionsRecommendations;
  J2540ITIS_ITIStext: J2540ITIS_ITIStext;
  ITISgroups: ITISgroups;
  J2540ITIS_ITIScodes: J2540ITIS_ITIScodes;
  LaneRoadway: LaneRoadway;
  LargeNumbers: LargeNumbers;
  MobileSituation: MobileSituation;
  MUTCDLocations: MUTCDLocations;
  NamedObjects: NamedObjects;
  Objects: Objects;
  Obstruction: Obstruction;
  ParkingInformation: ParkingInformation;
  PavementConditions: PavementConditions;
  Precipitation: Precipitation;
  Qualifiers: Qualifiers;
  RecreationalObjectsAndActivities: RecreationalObjectsAndActivities;
  RegulatoryAndWarningSigns: RegulatoryAndWarningSigns;
  J2540ITIS_ResponderGroupAffected: J2540ITIS_ResponderGroupAffected;
  RestrictionClass: RestrictionClass;
  RoadsideAssets: RoadsideAssets;
  Roadwork: Roadwork;
  SmallNumbers: SmallNumbers;
  SpecialEvents: SpecialEvents;
  SportingEvents: SportingEvents;
  StatesAndTerritories: StatesAndTerritories;
  StreetSuffixes: StreetSuffixes;
  Structures: Structures;
  SuggestionAdvice: SuggestionAdvice;
  Temperature: Temperature;
  TrafficConditions: TrafficConditions;
  TransitMode: TransitMode;
  TransitOperations: TransitOperations;
  TravelerGroupAffected: TravelerGroupAffected;
  Units: Units;
  UnusualDriving: UnusualDriving;
  ValidManeuvers: ValidManeuvers;
  J2540ITIS_VehicleGroupAffected: J2540ITIS_VehicleGroupAffected;
  VisibilityAndAirQuality: VisibilityAndAirQuality;
  WarningAdvice: WarningAdvice;
  WeatherConditions: WeatherConditions;
  Winds: Winds;
  WinterDrivingIndex: WinterDrivingIndex;
  WinterDrivingRestrictions: WinterDrivingRestrictions;
  ITISEventType: ITISEventType;
  J2540ITIS_ITIScodesAndText: J2540ITIS_ITIScodesAndText;
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
  SchoolBusJ2945Slash1C: SchoolBusJ2945Slash1C;
  TrailersJ2945Slash1B: TrailersJ2945Slash1B;
  TrailerUnitDescJ2945Slash1B: TrailerUnitDescJ2945Slash1B;
  Axles: Axles;
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
  FrictionInformation: FrictionInformation;
  DescriptionOfRoadSurface: DescriptionOfRoadSurface;
  PortlandCement: PortlandCement;
  PortlandCementType: PortlandCementType;
  AsphaltOrTar: AsphaltOrTar;
  AsphaltOrTarType: AsphaltOrTarType;
  Gravel: Gravel;
  GravelType: GravelType;
  Grass: Grass;
  GrassType: GrassType;
  Cinders: Cinders;
  CindersType: CindersType;
  Rock: Rock;
  RockType: RockType;
  Ice: Ice;
  IceType: IceType;
  Snow: Snow;
  SnowType: SnowType;
  RoadSurfaceCondition: RoadSurfaceCondition;
  RoadRoughness: RoadRoughness;
  MeanVariation: MeanVariation;
  VariationStdDev: VariationStdDev;
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
  RoadAuthorityID: RoadAuthorityID;
  FullRoadAuthorityID: FullRoadAuthorityID;
  RelativeRoadAuthorityID: RelativeRoadAuthorityID;
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
  SignalControlAndPrioritizationRequest: SignalControlAndPrioritizationRequest;
  SignalControlAndPrioritizationStatus: SignalControlAndPrioritizationStatus;
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
  TrafficSignalPhaseAndTiming: TrafficSignalPhaseAndTiming;
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
  TrafficLightStatusMessage: TrafficLightStatusMessage;
  TrafficLightStatusList: TrafficLightStatusList;
  TrafficLightStatus: TrafficLightStatus;
  ActuatedInterval: ActuatedInterval;
  ConsecutiveTrafficLight: ConsecutiveTrafficLight;
  PedestrianCall: PedestrianCall;
  PermissiveNonProtected: PermissiveNonProtected;
  ReservedBit: ReservedBit;
  TimeInSecond_B16: TimeInSecond_B16;
  TimeInSecond_B8: TimeInSecond_B8;
  TrafficLightControllerStatus: TrafficLightControllerStatus;
  TrafficLightDirectionCode: TrafficLightDirectionCode;
  TrafficLightID: TrafficLightID;
  TrafficLightIntervalType: TrafficLightIntervalType;
  TrafficLightOperationStatus: TrafficLightOperationStatus;
  TrafficLightingStatus: TrafficLightingStatus;
  TrafficLightType: TrafficLightType;
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
  TravelerDataFrameNewPartIIIContent: TravelerDataFrameNewPartIIIContent;
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
  SignPriority: SignPriority;
  TravelerInfoType: TravelerInfoType;
  UniqueMSGID: UniqueMSGID;
  URL_Base: URL_Base;
  URL_Short: URL_Short;
  Zoom: Zoom;
  RoadWeatherMessage: RoadWeatherMessage;
  RoadWeatherUpload: RoadWeatherUpload;
  VehicleReport: VehicleReport;
  RoadWeatherDownload: RoadWeatherDownload;
  WDMSFleetData: WDMSFleetData;
  NtcipPavementTreatment: NtcipPavementTreatment;
  NTCIPEssPavementTreatmentLatitude: NTCIPEssPavementTreatmentLatitude;
  NTCIPEssPavementTreatmentLongitude: NTCIPEssPavementTreatmentLongitude;
  NTCIPEssPavementTreatmentLocation: NTCIPEssPavementTreatmentLocation;
  NTCIPEssPaveTreatProductType: NTCIPEssPaveTreatProductType;
  NTCIPEssPaveTreatProductForm: NTCIPEssPaveTreatProductForm;
  NTCIPEssPercentProductMix: NTCIPEssPercentProductMix;
  NTCIPEssPaveTreatmentAmount: NTCIPEssPaveTreatmentAmount;
  NTCIPEssPaveTreatmentWidth: NTCIPEssPaveTreatmentWidth;
  SnapShot: SnapShot;
  NtcipEssData: NtcipEssData;
  NtcipAirTemperature: NtcipAirTemperature;
  NTCIPEssAirTemperature: NTCIPEssAirTemperature;
  NTCIPEssTemperatureSensorHeight: NTCIPEssTemperatureSensorHeight;
  NtcipAtmosphericPressure: NtcipAtmosphericPressure;
  NTCIPEssPressureSensorAtmosphericPressure: NTCIPEssPressureSensorAtmosphericPressure;
  NtcipWind: NtcipWind;
  NTCIPWindSensorAvgSpeed: NTCIPWindSensorAvgSpeed;
  NTCIPWindSensorAvgDirection: NTCIPWindSensorAvgDirection;
  NTCIPWindSensorSpotSpeed: NTCIPWindSensorSpotSpeed;
  NTCIPWindSensorSpotDirection: NTCIPWindSensorSpotDirection;
  NTCIPWindSensorGustSpeed: NTCIPWindSensorGustSpeed;
  NTCIPWindSensorGustDirection: NTCIPWindSensorGustDirection;
  NtcipRelativeHumidity: NtcipRelativeHumidity;
  NTCIPHumiditySensorRelativeHumidity: NTCIPHumiditySensorRelativeHumidity;
  NtcipDewPoint: NtcipDewPoint;
  NTCIPEssDewpointTemp: NTCIPEssDewpointTemp;
  NtcipPavement: NtcipPavement;
  NTCIPEssSurfaceTemperature: NTCIPEssSurfaceTemperature;
  NTCIPPavementSensorSurfaceCondition: NTCIPPavementSensorSurfaceCondition;
  NTCIPEssSurfaceIceOrWaterDepth: NTCIPEssSurfaceIceOrWaterDepth;
  NtcipVisibility: NtcipVisibility;
  NTCIPEssVisibility: NTCIPEssVisibility;
  NtcipVisibilitySituation: NtcipVisibilitySituation;
  NTCIPEssVisibilitySituation: NTCIPEssVisibilitySituation;
  NtcipCloudSituation: NtcipCloudSituation;
  NTCIPEssCloudSituationV4: NTCIPEssCloudSituationV4;
  NtcipPrecipitation: NtcipPrecipitation;
  NTCIPPrecipitationSensorPrecipSituation: NTCIPPrecipitationSensorPrecipSituation;
  NtcipSolarRadiation: NtcipSolarRadiation;
  NTCIPEssTotalRadiationV4: NTCIPEssTotalRadiationV4;
  NTCIPEssTotalRadiationPeriod: NTCIPEssTotalRadiationPeriod;
  TemperatureMeasurementStdDev: TemperatureMeasurementStdDev;
  AtmosPressureMeasurementStdDev: AtmosPressureMeasurementStdDev;
  DewPointTempMeasurementStdDev: DewPointTempMeasurementStdDev;
  SurfaceTempMeasurementStdDev: SurfaceTempMeasurementStdDev;
  DataSourceInfo: DataSourceInfo;
  RoadSafetyMessage: RoadSafetyMessage;
  CommonContainer: CommonContainer;
  ContentContainer: ContentContainer;
  CurveContainer: CurveContainer;
  DynamicInfoContainer: DynamicInfoContainer;
  IncidentsContainer: IncidentsContainer;
  LaneClosureContainer: LaneClosureContainer;
  ReducedSpeedZoneContainer: ReducedSpeedZoneContainer;
  SituationalContainer: SituationalContainer;
  ApplicableHeading: ApplicableHeading;
  AreaType: AreaType;
  AudioLink: AudioLink;
  BroadRegion: BroadRegion;
  BroadRegionArea: BroadRegionArea;
  CrossLinking: CrossLinking;
  EventIdentifier: EventIdentifier;
  EventInfo: EventInfo;
  EventRecurrence: EventRecurrence;
  LaneInfo: LaneInfo;
  NodePointLLE: NodePointLLE;
  Obstructions: Obstructions;
  Offset3D: Offset3D;
  Path: Path;
  PathList: PathList;
  PathPoints: PathPoints;
  RegionInfo: RegionInfo;
  RegionUncertainty: RegionUncertainty;
  RSMPolygon: RSMPolygon;
  VisualLink: VisualLink;
  Activity: Activity;
  LatOffset: LatOffset;
  LongOffset: LongOffset;
  ElevOffset: ElevOffset;
  BankAngle: BankAngle;
  HeadingDeg: HeadingDeg;
  LaneClosed: LaneClosed;
  Radius: Radius;
  ReferencePointType: ReferencePointType;
  RSMLanePosition: RSMLanePosition;
  ShortString: ShortString;
  Tolerance: Tolerance;
  CooperativeControlMessage: CooperativeControlMessage;
  CooperativeControlMessage_PartII_Id: CooperativeControlMessage_PartII_Id;
  LightVehicleCCMExtensions: LightVehicleCCMExtensions;
  HeavyTruckCCMExtensions: HeavyTruckCCMExtensions;
  LongitudinalControlState: LongitudinalControlState;
  AccelTimeConstant: AccelTimeConstant;
  TimeConstant: TimeConstant;
  AxesMovement: AxesMovement;
  RoadGrade: RoadGrade;
  BrakePedalPosition: BrakePedalPosition;
  AcceleratorPedalPosition: AcceleratorPedalPosition;
  Torque: Torque;
  Yaw: Yaw;
  Pitch: Pitch;
  Roll: Roll;
  PitchRate: PitchRate;
  RollRate: RollRate;
  SeparationDistance: SeparationDistance;
  TotalMass: TotalMass;
  MaxAvailableAcceleration: MaxAvailableAcceleration;
  MaxAvailableDeceleration: MaxAvailableDeceleration;
  CCMFaultMode: CCMFaultMode;
  ManeuverID: ManeuverID;
  FrontCutIn: FrontCutIn;
  PersonalSafetyMessage2: PersonalSafetyMessage2;
  RoadGeometryAndAttributes: RoadGeometryAndAttributes;
  ProbeDataConfigMessage: ProbeDataConfigMessage;
  ProbeDataConfig: ProbeDataConfig;
  ConfigDescriptor: ConfigDescriptor;
  ConfigId: ConfigId;
  CfgVehicleClass: CfgVehicleClass;
  ConfigBoundary: ConfigBoundary;
  ConfigTemporalBoundary: ConfigTemporalBoundary;
  CfgEventRecurrence: CfgEventRecurrence;
  ConfigTriggers: ConfigTriggers;
  CfgInstantaneousEventTriggers: CfgInstantaneousEventTriggers;
  CfgIntervalEvents: CfgIntervalEvents;
  CfgTransitVehicleData: CfgTransitVehicleData;
  CfgInterval: CfgInterval;
  CfgVehicleEvents: CfgVehicleEvents;
  CfgKinematicEvents: CfgKinematicEvents;
  CfgEvents: CfgEvents;
  CfgHysteresis: CfgHysteresis;
  CfgEmerAndTransitInfo: CfgEmerAndTransitInfo;
  CfgMsgRecepIndicators: CfgMsgRecepIndicators;
  CfgMsgDictionary: CfgMsgDictionary;
  CfgRoadwayEvents: CfgRoadwayEvents;
  CfgTrafficSigEncounters: CfgTrafficSigEncounters;
  CfgRoadSignInfo: CfgRoadSignInfo;
  CfgRoadSignTypes: CfgRoadSignTypes;
  CfgCommSysPerfEvents: CfgCommSysPerfEvents;
  CfgAveragedAndSummaryTriggers: CfgAveragedAndSummaryTriggers;
  CfgAveragedTriggers: CfgAveragedTriggers;
  CfgSummaryTriggers: CfgSummaryTriggers;
  CfgLowSpeedCriteria: CfgLowSpeedCriteria;
  CfgStoppedCriteria: CfgStoppedCriteria;
  ProbeDataReportMessage: ProbeDataReportMessage;
  ReportCharacteristics: ReportCharacteristics;
  RptVehicleClass: RptVehicleClass;
  RptDevType: RptDevType;
  RptInstantaneousRecords: RptInstantaneousRecords;
  RptInstantaneousRecord: RptInstantaneousRecord;
  RptVelocity: RptVelocity;
  RptInstantaneousRecordData: RptInstantaneousRecordData;
  RptAveragedAndSummaryRecord: RptAveragedAndSummaryRecord;
  RptAvgAndSummaryRecordData: RptAvgAndSummaryRecordData;
  RptIntervalEvents: RptIntervalEvents;
  RptVehicleReport: RptVehicleReport;
  RptTransitVehData: RptTransitVehData;
  RptVehicleEvents: RptVehicleEvents;
  RptDriverAlertsAndWarnings: RptDriverAlertsAndWarnings;
  RptKinematicEvents: RptKinematicEvents;
  RptEvents: RptEvents;
  RptHysteresisRecord: RptHysteresisRecord;
  RptHysteresis: RptHysteresis;
  RptRoadwayEvents: RptRoadwayEvents;
  RptRoadRoughness: RptRoadRoughness;
  ProbeDataReport_MeanVariation: ProbeDataReport_MeanVariation;
  StdDev: StdDev;
  RptTrafficSigEncounters: RptTrafficSigEncounters;
  RptTrafficMetrics: RptTrafficMetrics;
  RptCommSysPerfEvents: RptCommSysPerfEvents;
  RptWiperStatus: RptWiperStatus;
  RptAveragedRecord: RptAveragedRecord;
  RptSummaryRecord: RptSummaryRecord;
  RptEmissions: RptEmissions;
  RptLocOfStops: RptLocOfStops;
  ManeuverSharingAndCoordinatingMessage: ManeuverSharingAndCoordinatingMessage;
  MSCMType: MSCMType;
  TemporaryIDList: TemporaryIDList;
  ManeuverSharingAndCoordinatingMessage_ManeuverID: ManeuverSharingAndCoordinatingMessage_ManeuverID;
  Maneuver: Maneuver;
  SubManeuverList: SubManeuverList;
  SubManeuver: SubManeuver;
  TemporaryIDPointer: TemporaryIDPointer;
  CurrentStateData: CurrentStateData;
  PositionOffsetXYZ: PositionOffsetXYZ;
  ObjectDistance: ObjectDistance;
  TargetRoadResource: TargetRoadResource;
  TRRType: TRRType;
  TRRLocation: TRRLocation;
  TRRLocationType1: TRRLocationType1;
  TRRLocationType2: TRRLocationType2;
  TRRLocationType3: TRRLocationType3;
  TRRLength: TRRLength;
  LaneOffset: LaneOffset;
  SurroundingVehicleInfo: SurroundingVehicleInfo;
  ResponseFlag: ResponseFlag;
  ReasonCode: ReasonCode;
  ManeuverExecutionStatus: ManeuverExecutionStatus;
  RoadUserChargingConfigMessage: RoadUserChargingConfigMessage;
  ChargerInfo: ChargerInfo;
  ChargingConfig: ChargingConfig;
  ConfigInfo: ConfigInfo;
  PrimaryRegionChargingInfo: PrimaryRegionChargingInfo;
  PrimaryRegionState: PrimaryRegionState;
  SubRegionChargingInfo: SubRegionChargingInfo;
  AreaOrSegmentChargingInfo: AreaOrSegmentChargingInfo;
  ChargingAreaOrSegment: ChargingAreaOrSegment;
  Area: Area;
  Segment: Segment;
  ChargingFees: ChargingFees;
  ChargingUnits: ChargingUnits;
  Driven: Driven;
  Parked: Parked;
  RoadUserChargingReportMessage: RoadUserChargingReportMessage;
  UsageReport: UsageReport;
  FeeReport: FeeReport;
  UserData: UserData;
  UserFeeInfo: UserFeeInfo;
  ItemizedPaymentReport: ItemizedPaymentReport;
  ItemizedChargerData: ItemizedChargerData;
  TripInfo: TripInfo;
  TimePeriod: TimePeriod;
  TollAdvertisementMessage: TollAdvertisementMessage;
  TollAdvertisementInfo: TollAdvertisementInfo;
  TumInstructions: TumInstructions;
  AckPolicy: AckPolicy;
  TollChargesTable: TollChargesTable;
  LaneChargesTable: LaneChargesTable;
  ClosedNetworkChargesTable: ClosedNetworkChargesTable;
  EntryChargesTable: EntryChargesTable;
  ExitChargesTable: ExitChargesTable;
  ExitInfo: ExitInfo;
  TimeChargesTable: TimeChargesTable;
  ChargesTable: ChargesTable;
  VehTypeChargesTable: VehTypeChargesTable;
  VehTypeCharges: VehTypeCharges;
  VehicleTypes: VehicleTypes;
  SpecialCharges: SpecialCharges;
  OperatorDefined: OperatorDefined;
  WeightChargesTable: WeightChargesTable;
  WeightCharges: WeightCharges;
  TotalWeightCharges: TotalWeightCharges;
  PerAxleWeightCharges: PerAxleWeightCharges;
  AxlesChargesTable: AxlesChargesTable;
  AxlesCharges: AxlesCharges;
  TollPointMap: TollPointMap;
  TollChargerInfo: TollChargerInfo;
  TollPointID: TollPointID;
  TollUsageAckMessage: TollUsageAckMessage;
  TumAck: TumAck;
  TumAckHash: TumAckHash;
  TollUsageMessage: TollUsageMessage;
  TumHash: TumHash;
  EncryptedTumData: EncryptedTumData;
  TumData: TumData;
  TollServiceProviderData: TollServiceProviderData;
  TollUserData: TollUserData;
  VehicleAxlesAndWeightInfo: VehicleAxlesAndWeightInfo;
  VehicleId: VehicleId;
  LocAndTimeStamps: LocAndTimeStamps;
  LocAndTimeStamp: LocAndTimeStamp;
  LastTollPointInfos: LastTollPointInfos;
  LastTollPointInfo: LastTollPointInfo;
  SensorDataSharingMessage: SensorDataSharingMessage;
  EquipmentType: EquipmentType;
  DetectedObjectList: DetectedObjectList;
  DetectedObjectData: DetectedObjectData;
  DetectedObjectOptionalData: DetectedObjectOptionalData;
  DetectedObjectCommonData: DetectedObjectCommonData;
  DetectedVehicleData: DetectedVehicleData;
  DetectedVRUData: DetectedVRUData;
  DetectedObstacleData: DetectedObstacleData;
  ObjectType: ObjectType;
  ObjectID: ObjectID;
  ClassificationConfidence: ClassificationConfidence;
  MeasurementTimeOffset: MeasurementTimeOffset;
  SensorDataSharingMessage_PositionOffsetXYZ: SensorDataSharingMessage_PositionOffsetXYZ;
  SensorDataSharingMessage_ObjectDistance: SensorDataSharingMessage_ObjectDistance;
  Attitude: Attitude;
  PitchDetected: PitchDetected;
  RollDetected: RollDetected;
  YawDetected: YawDetected;
  AttitudeConfidence: AttitudeConfidence;
  AngularVelocity: AngularVelocity;
  SensorDataSharingMessage_PitchRate: SensorDataSharingMessage_PitchRate;
  SensorDataSharingMessage_RollRate: SensorDataSharingMessage_RollRate;
  AngularVelocityConfidence: AngularVelocityConfidence;
  PitchRateConfidence: PitchRateConfidence;
  RollRateConfidence: RollRateConfidence;
  VehicleSizeConfidence: VehicleSizeConfidence;
  ObstacleSize: ObstacleSize;
  ObstacleSizeConfidence: ObstacleSizeConfidence;
  SizeValue: SizeValue;
  SizeValueConfidence: SizeValueConfidence;
  CCMPartIIcontent: CCMPartIIcontent;
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
