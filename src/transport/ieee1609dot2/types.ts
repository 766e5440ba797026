/**
 * IEEE 1609.2 data structures (2016 edition with the 2022 additions that are extension
 * additions or extension alternatives), as TypeScript values. Names follow the standard.
 * A CHOICE is an object with one key; `$ext` holds what this code does not know.
 */
import type { UnknownAlternative, UnknownExtensions } from '../../../asn1/runtime/values.js';

type Bytes = Uint8Array;
type Ext = { $ext: UnknownAlternative };

export type HashAlgorithm = 'sha256' | 'sha384' | 'sm3';
export type SymmAlgorithm = 'aes128Ccm' | 'sm4Ccm';

export interface Ieee1609Dot2Data {
  /** Always 3 in this version of the standard. */
  protocolVersion: number;
  content: Ieee1609Dot2Content;
}

export type Ieee1609Dot2Content =
  | { unsecuredData: Bytes }
  | { signedData: SignedData }
  | { encryptedData: EncryptedData }
  | { signedCertificateRequest: Bytes }
  | { signedX509CertificateRequest: Bytes }
  | Ext;

export interface SignedData {
  hashId: HashAlgorithm;
  tbsData: ToBeSignedData;
  signer: SignerIdentifier;
  signature: Signature;
}

export interface ToBeSignedData {
  payload: SignedDataPayload;
  headerInfo: HeaderInfo;
  /** The octets of this structure as received (what the signature covers); set by the decoder. */
  readonly $bytes?: Bytes;
}

export interface SignedDataPayload {
  data?: Ieee1609Dot2Data;
  extDataHash?: HashedData;
  /** 1609.2-2022: the data was omitted and is known to the receiver by other means. */
  omitted?: null;
  $ext?: UnknownExtensions;
}

export type HashedData = { sha256HashedData: Bytes } | { sha384HashedData: Bytes } | { sm3HashedData: Bytes } | Ext;

export interface HeaderInfo {
  /** The PSID as an integer (not P-encoded): 0x20 for BSMs, 0x82 (130) for SPaT/MAP. */
  psid: number;
  /** Microseconds since 2004-01-01 00:00:00 UTC (TAI). */
  generationTime?: bigint;
  expiryTime?: bigint;
  generationLocation?: ThreeDLocation;
  p2pcdLearningRequest?: Bytes;
  missingCrlIdentifier?: MissingCrlIdentifier;
  encryptionKey?: EncryptionKey;
  inlineP2pcdRequest?: Bytes[];
  requestedCertificate?: Certificate;
  pduFunctionalType?: number;
  /** 1609.2-2022 ContributedExtensionBlocks, kept as their octets. */
  contributedExtensions?: Bytes;
  $ext?: UnknownExtensions;
}

export interface MissingCrlIdentifier {
  cracaId: Bytes;
  crlSeries: number;
  $ext?: UnknownExtensions;
}

export interface TwoDLocation {
  /** 1/10 microdegree. */
  latitude: number;
  longitude: number;
}

export interface ThreeDLocation extends TwoDLocation {
  /** Decimetres above -409.5 m. */
  elevation: number;
}

export type SignerIdentifier = { digest: Bytes } | { certificate: Certificate[] } | { self: null } | Ext;

export type EccP256CurvePoint =
  | { 'x-only': Bytes }
  | { fill: null }
  | { 'compressed-y-0': Bytes }
  | { 'compressed-y-1': Bytes }
  | { uncompressedP256: { x: Bytes; y: Bytes } };

export type EccP384CurvePoint =
  | { 'x-only': Bytes }
  | { fill: null }
  | { 'compressed-y-0': Bytes }
  | { 'compressed-y-1': Bytes }
  | { uncompressedP384: { x: Bytes; y: Bytes } };

export interface EcdsaP256Signature {
  rSig: EccP256CurvePoint;
  sSig: Bytes;
}

export interface EcdsaP384Signature {
  rSig: EccP384CurvePoint;
  sSig: Bytes;
}

export interface EcsigP256Signature {
  rSig: Bytes;
  sSig: Bytes;
}

export type Signature =
  | { ecdsaNistP256Signature: EcdsaP256Signature }
  | { ecdsaBrainpoolP256r1Signature: EcdsaP256Signature }
  | { ecdsaBrainpoolP384r1Signature: EcdsaP384Signature }
  | { ecdsaNistP384Signature: EcdsaP384Signature }
  | { sm2Signature: EcsigP256Signature }
  | Ext;

export interface Certificate {
  version: number;
  type: 'explicit' | 'implicit';
  issuer: IssuerIdentifier;
  toBeSigned: ToBeSignedCertificate;
  signature?: Signature;
  /** The certificate's octets as received (to compute its HashedId8); set by the decoder. */
  readonly $bytes?: Bytes;
}

export type IssuerIdentifier = { sha256AndDigest: Bytes } | { self: HashAlgorithm } | { sha384AndDigest: Bytes } | Ext;

export interface ToBeSignedCertificate {
  id: CertificateId;
  cracaId: Bytes;
  crlSeries: number;
  validityPeriod: ValidityPeriod;
  region?: GeographicRegion;
  assuranceLevel?: Bytes;
  appPermissions?: PsidSsp[];
  certIssuePermissions?: PsidGroupPermissions[];
  certRequestPermissions?: PsidGroupPermissions[];
  canRequestRollover?: null;
  encryptionKey?: PublicEncryptionKey;
  verifyKeyIndicator: VerificationKeyIndicator;
  /** 1609.2-2022 flags (BIT STRING SIZE(8), one octet). */
  flags?: Bytes;
  $ext?: UnknownExtensions;
}

export type CertificateId = { linkageData: LinkageData } | { name: string } | { binaryId: Bytes } | { none: null } | Ext;

export interface LinkageData {
  iCert: number;
  'linkage-value': Bytes;
  'group-linkage-value'?: { jValue: Bytes; value: Bytes };
}

export interface ValidityPeriod {
  /** Seconds since 2004-01-01 00:00:00 UTC (TAI). */
  start: number;
  duration: Duration;
}

export type Duration =
  | { microseconds: number }
  | { milliseconds: number }
  | { seconds: number }
  | { minutes: number }
  | { hours: number }
  | { sixtyHours: number }
  | { years: number };

export type GeographicRegion =
  | { circularRegion: { center: TwoDLocation; radius: number } }
  | { rectangularRegion: { northWest: TwoDLocation; southEast: TwoDLocation }[] }
  | { polygonalRegion: TwoDLocation[] }
  | { identifiedRegion: IdentifiedRegion[] }
  | Ext;

export type IdentifiedRegion =
  | { countryOnly: number }
  | { countryAndRegions: { countryOnly: number; regions: number[] } }
  | { countryAndSubregions: { countryOnly: number; regionAndSubregions: { region: number; subregions: number[] }[] } }
  | Ext;

export interface PsidSsp {
  psid: number;
  ssp?: ServiceSpecificPermissions;
}

export type ServiceSpecificPermissions = { opaque: Bytes } | { bitmapSsp: Bytes } | Ext;

export interface PsidGroupPermissions {
  subjectPermissions: SubjectPermissions;
  /** DEFAULT 1. */
  minChainLength?: number;
  /** DEFAULT 0. */
  chainLengthRange?: number;
  /** EndEntityType, BIT STRING SIZE(8) as one octet; DEFAULT {app} (0x80). */
  eeType?: Bytes;
}

export type SubjectPermissions = { explicit: PsidSspRange[] } | { all: null } | Ext;

export interface PsidSspRange {
  psid: number;
  sspRange?: SspRange;
}

export type SspRange = { opaque: Bytes[] } | { all: null } | { bitmapSspRange: { sspValue: Bytes; sspBitmask: Bytes } } | Ext;

export interface PublicEncryptionKey {
  supportedSymmAlg: SymmAlgorithm;
  publicKey: BasePublicEncryptionKey;
}

export type BasePublicEncryptionKey = { eciesNistP256: EccP256CurvePoint } | { eciesBrainpoolP256r1: EccP256CurvePoint } | { ecencSm2: EccP256CurvePoint } | Ext;

export type VerificationKeyIndicator = { verificationKey: PublicVerificationKey } | { reconstructionValue: EccP256CurvePoint } | Ext;

export type PublicVerificationKey =
  | { ecdsaNistP256: EccP256CurvePoint }
  | { ecdsaBrainpoolP256r1: EccP256CurvePoint }
  | { ecdsaBrainpoolP384r1: EccP384CurvePoint }
  | { ecdsaNistP384: EccP384CurvePoint }
  | { ecsigSm2: EccP256CurvePoint }
  | Ext;

export type EncryptionKey = { public: PublicEncryptionKey } | { symmetric: SymmetricEncryptionKey };

export type SymmetricEncryptionKey = { aes128Ccm: Bytes } | { sm4Ccm: Bytes } | Ext;

export interface EncryptedData {
  recipients: RecipientInfo[];
  ciphertext: SymmetricCiphertext;
}

export type RecipientInfo =
  | { pskRecipInfo: Bytes }
  | { symmRecipInfo: { recipientId: Bytes; encKey: SymmetricCiphertext } }
  | { certRecipInfo: PKRecipientInfo }
  | { signedDataRecipInfo: PKRecipientInfo }
  | { rekRecipInfo: PKRecipientInfo };

export interface PKRecipientInfo {
  recipientId: Bytes;
  encKey: EncryptedDataEncryptionKey;
}

export type EncryptedDataEncryptionKey =
  | { eciesNistP256: { v: EccP256CurvePoint; c: Bytes; t: Bytes } }
  | { eciesBrainpoolP256r1: { v: EccP256CurvePoint; c: Bytes; t: Bytes } }
  | { ecencSm2256: { v: EccP256CurvePoint; c: Bytes; t: Bytes } }
  | Ext;

export type SymmetricCiphertext = { aes128ccm: { nonce: Bytes; ccmCiphertext: Bytes } } | { sm4Ccm: { nonce: Bytes; ccmCiphertext: Bytes } } | Ext;
