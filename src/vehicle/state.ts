/**
 * VehicleState: what the vehicle's own buses say about it, in SI units (angles in degrees,
 * as SAE J2735 and our GNSS contract use them), `undefined` when unknown, each field with the
 * time it was last updated (`at`, seconds since the Unix epoch on the bus or recording
 * clock: the receive timestamp of the frame that carried it).
 *
 * Sign conventions are J2735's (the BSM engine maps these fields to J2735 units without
 * changing signs), on the vehicle axes of SAE J670 that J2735 uses: x forward, y to the
 * right, z down; angles and rotations positive clockwise seen from above (to the right).
 * The J2735 ASN.1 comments give units and name the axes only ("along the vehicle
 * longitudinal / lateral axis", YawRate "signed"); the signs are those of the J2735 data
 * dictionary. Cars often report the opposite (openpilot's convention is left-positive):
 * each vehicle profile's mapping file states the sign it applies, and where it was checked.
 *
 * Source of every field: the vehicle profile's mapping file (src/vehicle/profiles/<name>/
 * profile.json) names the CAN signal(s). The RAV4 2017 sources are given per field below.
 */

/** J2735 TransmissionState without its reserved values (`unavailable` is `undefined`). */
export type Gear = 'park' | 'reverse' | 'neutral' | 'drive';
export type TurnSignal = 'none' | 'left' | 'right';
/**
 * Status of a driver-assistance brake system, as J2735's AntiLockBrakeStatus,
 * TractionControlStatus and StabilityControlStatus: `off` (switched off), `on` (available,
 * not acting), `engaged` (acting now). `unavailable` is `undefined`.
 */
export type AssistStatus = 'off' | 'on' | 'engaged';

export interface VehicleStateValues {
  /**
   * Speed over ground along the vehicle's heading, m/s, >= 0 (direction of travel is `gear`).
   * RAV4: mean of the four WHEEL_SPEEDS (as comma's own decoding); SPEED.SPEED, the
   * speedometer value, reads about 1.4 % high against GNSS on the recorded drive, the wheel
   * mean 0.8 % low.
   */
  speed: number | undefined;
  /** Wheel speeds, m/s. RAV4: WHEEL_SPEEDS.WHEEL_SPEED_FL / FR / RL / RR. */
  wheelSpeedFrontLeft: number | undefined;
  wheelSpeedFrontRight: number | undefined;
  wheelSpeedRearLeft: number | undefined;
  wheelSpeedRearRight: number | undefined;
  /**
   * Steering wheel angle, degrees, positive clockwise (turning right), as J2735
   * SteeringWheelAngle. RAV4: -(STEER_ANGLE_SENSOR.STEER_ANGLE + STEER_FRACTION).
   */
  steeringAngle: number | undefined;
  /** Steering wheel rate, degrees/s, positive clockwise. RAV4: -STEER_ANGLE_SENSOR.STEER_RATE. */
  steeringRate: number | undefined;
  /**
   * Yaw rate, degrees/s, positive clockwise seen from above (turning right), as J2735
   * YawRate. RAV4: -KINEMATICS.YAW_RATE (checked against the GNSS course of the drive).
   */
  yawRate: number | undefined;
  /**
   * Longitudinal acceleration, m/s^2, positive forward (speeding up when moving forward),
   * as J2735 AccelerationSet4Way.long. RAV4: VSC1S07.GVC.
   */
  accelLong: number | undefined;
  /**
   * Lateral acceleration, m/s^2, positive to the right, as J2735 AccelerationSet4Way.lat.
   * RAV4: KINEMATICS.ACCEL_Y.
   */
  accelLat: number | undefined;
  /** Service brakes acting (driver or driver-assistance), as J2735 BrakeAppliedStatus. RAV4: VSC1S07.BRKON. */
  brakeApplied: boolean | undefined;
  /** Brake pressure, Pa (profiles whose signal has a physical unit). */
  brakePressure: number | undefined;
  /**
   * Brake pressure as a fraction of its signal's full scale, 0..1, for vehicles whose signal
   * has no known unit. RAV4: BRAKE_MODULE.BRAKE_PRESSURE / 4047.
   */
  brakePressureLevel: number | undefined;
  /** Anti-lock brakes. RAV4: VSC1S07.FABS (1 = engaged, 0 = on). */
  abs: AssistStatus | undefined;
  /** Traction control. RAV4: ESP_CONTROL.TC_DISABLED (1 = off, 0 = on). */
  tractionControl: AssistStatus | undefined;
  /** Stability control. RAV4: ESP_CONTROL.VSC_DISABLED (0 = on, else off). */
  stabilityControl: AssistStatus | undefined;
  /** Parking brake applied (J2735 auxBrakes). RAV4: BODY_CONTROL_STATE.PARKING_BRAKE. */
  parkingBrake: boolean | undefined;
  /** Transmission state (J2735 TransmissionState). RAV4: GEAR_PACKET.GEAR (D and S are `drive`). */
  gear: Gear | undefined;
  /** Turn signal lever (J2735 ExteriorLights left/rightTurnSignalOn). RAV4: BLINKERS_STATE.TURN_SIGNALS. */
  turnSignal: TurnSignal | undefined;
  /** Hazard lights on. RAV4: BLINKERS_STATE.HAZARD_LIGHT. */
  hazardLights: boolean | undefined;
  /** Low beams on (J2735 lowBeamHeadlightsOn). RAV4: LIGHT_STALK.LOW_BEAM. */
  lowBeams: boolean | undefined;
  /** High beams on. RAV4: LIGHT_STALK.HIGH_BEAM. */
  highBeams: boolean | undefined;
  /** Parking lights on. RAV4: LIGHT_STALK.PARKING_LIGHT. */
  parkingLights: boolean | undefined;
  /** Fog lights on. RAV4: LIGHT_STALK.FRONT_FOG. */
  fogLights: boolean | undefined;
  /** Daytime running lights on. RAV4: LIGHT_STALK.DAYTIME_RUNNING_LIGHT. */
  daytimeRunningLights: boolean | undefined;
  /** Automatic light control on (J2735 automaticLightControlOn). RAV4: LIGHT_STALK.HEADLIGHT_MODE 6 or 7. */
  automaticLightControl: boolean | undefined;
}

export type VehicleField = keyof VehicleStateValues;

export interface VehicleState extends VehicleStateValues {
  /** Per field: when it was last updated, seconds since the Unix epoch; undefined if never. */
  readonly at: { [K in VehicleField]: number | undefined };
}

/** What a field holds, for mapping files: a quantity in an SI unit, a flag, or one of a set. */
export type FieldSpec =
  | { kind: 'number'; unit: 'm/s' | 'deg' | 'deg/s' | 'm/s^2' | 'Pa' | 'ratio' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly string[] };

const GEARS: readonly Gear[] = ['park', 'reverse', 'neutral', 'drive'];
const TURN: readonly TurnSignal[] = ['none', 'left', 'right'];
const ASSIST: readonly AssistStatus[] = ['off', 'on', 'engaged'];

/** Every field, in the order the CLI prints them, with what it holds. */
export const VEHICLE_FIELDS: { readonly [K in VehicleField]: FieldSpec } = {
  speed: { kind: 'number', unit: 'm/s' },
  steeringAngle: { kind: 'number', unit: 'deg' },
  yawRate: { kind: 'number', unit: 'deg/s' },
  accelLong: { kind: 'number', unit: 'm/s^2' },
  accelLat: { kind: 'number', unit: 'm/s^2' },
  brakeApplied: { kind: 'boolean' },
  gear: { kind: 'enum', values: GEARS },
  turnSignal: { kind: 'enum', values: TURN },
  wheelSpeedFrontLeft: { kind: 'number', unit: 'm/s' },
  wheelSpeedFrontRight: { kind: 'number', unit: 'm/s' },
  wheelSpeedRearLeft: { kind: 'number', unit: 'm/s' },
  wheelSpeedRearRight: { kind: 'number', unit: 'm/s' },
  steeringRate: { kind: 'number', unit: 'deg/s' },
  brakePressure: { kind: 'number', unit: 'Pa' },
  brakePressureLevel: { kind: 'number', unit: 'ratio' },
  abs: { kind: 'enum', values: ASSIST },
  tractionControl: { kind: 'enum', values: ASSIST },
  stabilityControl: { kind: 'enum', values: ASSIST },
  parkingBrake: { kind: 'boolean' },
  hazardLights: { kind: 'boolean' },
  lowBeams: { kind: 'boolean' },
  highBeams: { kind: 'boolean' },
  parkingLights: { kind: 'boolean' },
  fogLights: { kind: 'boolean' },
  daytimeRunningLights: { kind: 'boolean' },
  automaticLightControl: { kind: 'boolean' },
};

export const FIELD_NAMES = Object.keys(VEHICLE_FIELDS) as VehicleField[];

/** A state with every field unknown. */
export function createVehicleState(): VehicleState {
  const values = {} as Record<VehicleField, undefined>;
  const at = {} as Record<VehicleField, undefined>;
  for (const f of FIELD_NAMES) {
    values[f] = undefined;
    at[f] = undefined;
  }
  return { ...values, at } as VehicleState;
}

/** A copy of the values only (for output or comparison). */
export function stateValues(s: VehicleState): VehicleStateValues {
  const out = {} as Record<VehicleField, unknown>;
  for (const f of FIELD_NAMES) out[f] = s[f];
  return out as unknown as VehicleStateValues;
}
