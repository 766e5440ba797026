/**
 * Provider Service Identifiers (IEEE 1609.12).
 *
 * A PSID is an integer. On the air (the WSMP T-header) and in most RSU configuration (the
 * RSU 4.1 Immediate Forward `PSID=` field) it is written P-encoded: 1 to 4 octets whose
 * leading bits give the length, each length starting where the previous one ends:
 *
 * | PSID                    | octets | P-encoding                |
 * |-------------------------|--------|---------------------------|
 * | 0x00 .. 0x7F            | 1      | 0x00 .. 0x7F              |
 * | 0x80 .. 0x407F          | 2      | 0x8000 .. 0xBFFF          |
 * | 0x4080 .. 0x20407F      | 3      | 0xC00000 .. 0xDFFFFF      |
 * | 0x204080 .. 0x1020407F  | 4      | 0xE0000000 .. 0xEFFFFFFF  |
 *
 * So SPaT and MAP (PSID 0x82 = 130, "intersection safety and awareness") are written 0x8002,
 * TIM (0x83) 0x8003, BSM (0x20) 0x20. Inside IEEE 1609.2 (`HeaderInfo.psid`) the PSID is the
 * plain integer. Writing the plain value where the P-encoding belongs (0x82 in an IFM) or the
 * reverse (32770 in a 1609.2 header) is the classic field failure that `checkPsid` catches.
 */

export const PSID_MAX = 0x1020407f;

const RANGES = [
  { octets: 1, first: 0x0, last: 0x7f, prefix: 0x0, prefixBits: 1 },
  { octets: 2, first: 0x80, last: 0x407f, prefix: 0x2, prefixBits: 2 },
  { octets: 3, first: 0x4080, last: 0x20407f, prefix: 0x6, prefixBits: 3 },
  { octets: 4, first: 0x204080, last: 0x1020407f, prefix: 0xe, prefixBits: 4 },
] as const;

export class PsidError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PsidError';
  }
}

/** The P-encoding of a PSID as octets. */
export function pEncode(psid: number): Uint8Array {
  if (!Number.isInteger(psid) || psid < 0 || psid > PSID_MAX) throw new PsidError(`PSID ${psid} outside 0..0x${PSID_MAX.toString(16)}`);
  const r = RANGES.find((x) => psid <= x.last)!;
  const v = psid - r.first;
  const out = new Uint8Array(r.octets);
  for (let i = 0; i < r.octets; i++) out[i] = Math.floor(v / 2 ** (8 * (r.octets - 1 - i))) & 0xff;
  out[0]! |= (r.prefix << (8 - r.prefixBits)) & 0xff;
  return out;
}

/** The P-encoding as one integer (what the IFM `PSID=0x...` field shows): 0x82 -> 0x8002. */
export function pEncodedValue(psid: number): number {
  let v = 0;
  for (const b of pEncode(psid)) v = v * 256 + b;
  return v;
}

/** Reads a P-encoded PSID at `offset`. Throws PsidError when the first octet is 0xF0..0xFF or octets are missing. */
export function pDecode(bytes: Uint8Array, offset = 0): { psid: number; octets: number } {
  const first = bytes[offset];
  if (first === undefined) throw new PsidError('no octet for a PSID');
  const r = RANGES.find((x) => first >>> (8 - x.prefixBits) === x.prefix);
  if (!r) throw new PsidError(`0x${first.toString(16)} cannot start a P-encoded PSID (at most 4 octets)`);
  if (offset + r.octets > bytes.length) throw new PsidError(`a ${r.octets}-octet PSID needs ${offset + r.octets - bytes.length} more octet(s)`);
  let v = first & (0xff >>> r.prefixBits);
  for (let i = 1; i < r.octets; i++) v = v * 256 + bytes[offset + i]!;
  return { psid: v + r.first, octets: r.octets };
}

/** Whether an integer, read as written (minimal octets), is a valid P-encoding. */
export function isPEncoded(value: number): boolean {
  if (!Number.isInteger(value) || value < 0 || value > 0xefffffff) return false;
  const octets = value <= 0xff ? 1 : value <= 0xffff ? 2 : value <= 0xffffff ? 3 : 4;
  const first = Math.floor(value / 2 ** (8 * (octets - 1)));
  const r = RANGES[octets - 1]!;
  return first >>> (8 - r.prefixBits) === r.prefix;
}

/** The PSID a P-encoded value stands for (0x8002 -> 0x82); throws when it is not a P-encoding. */
export function psidFromPEncoded(value: number): number {
  if (!isPEncoded(value)) throw new PsidError(`${hex(value)} is not a P-encoded PSID`);
  const octets = value <= 0xff ? 1 : value <= 0xffff ? 2 : value <= 0xffffff ? 3 : 4;
  const b = new Uint8Array(octets);
  for (let i = 0; i < octets; i++) b[i] = Math.floor(value / 2 ** (8 * (octets - 1 - i))) & 0xff;
  return pDecode(b).psid;
}

export function hex(v: number): string {
  return `0x${v.toString(16).toUpperCase()}`;
}

/** Parses `0x8002`, `8002h` or decimal text into an integer (no interpretation). */
export function parsePsidText(text: string): number {
  const s = text.trim();
  let v: number;
  if (/^0x[0-9a-f]+$/i.test(s)) v = parseInt(s.slice(2), 16);
  else if (/^[0-9a-f]+h$/i.test(s)) v = parseInt(s.slice(0, -1), 16);
  else if (/^\d+$/.test(s)) v = Number(s);
  else throw new PsidError(`'${text}' is not a PSID (0x8002, 8002h or decimal)`);
  if (v > 0xffffffff) throw new PsidError(`'${text}' is larger than 4 octets`);
  return v;
}

/** Application areas of the J2735 messages (1609.12 allocations, as deployed). */
export interface PsidUse {
  psid: number;
  name: string;
  messages: readonly string[];
}

export const J2735_PSIDS: readonly PsidUse[] = [
  { psid: 0x20, name: 'vehicle-to-vehicle safety and awareness', messages: ['BSM'] },
  { psid: 0x27, name: 'vulnerable road users safety', messages: ['PSM'] },
  { psid: 0x82, name: 'intersection safety and awareness', messages: ['SPAT', 'MAP', 'SSM', 'SRM'] },
  { psid: 0x83, name: 'traveller information and roadside signage', messages: ['TIM', 'RSA'] },
  { psid: 0x90, name: 'sensor data sharing (as deployed)', messages: ['SDSM'] },
];

/** The J2735 messageId of each message name used in logs and RSU formats. */
export const J2735_MESSAGE_IDS: Readonly<Record<string, number>> = {
  MAP: 18, SPAT: 19, BSM: 20, CSR: 21, EVA: 22, ICA: 23, NMEA: 24, PDM: 25, PVD: 26, RSA: 27, RTCM: 28, SRM: 29, SSM: 30, TIM: 31, PSM: 32, RSM: 33, SDSM: 41,
};

export function messageNameOf(messageId: number): string | undefined {
  for (const [name, id] of Object.entries(J2735_MESSAGE_IDS)) if (id === messageId) return name;
  return undefined;
}

/** The expected PSID of a message by name (BSM -> 0x20), or undefined when not in the table. */
export function expectedPsid(message: string): number | undefined {
  const m = message.toUpperCase();
  return J2735_PSIDS.find((u) => u.messages.includes(m))?.psid;
}

export type PsidIssueCode = 'NOT_P_ENCODED' | 'LOOKS_P_ENCODED' | 'MISMATCH' | 'UNKNOWN_MESSAGE' | 'OUT_OF_RANGE';

export interface PsidIssue {
  code: PsidIssueCode;
  message: string;
}

function describe(psid: number): string {
  const use = J2735_PSIDS.find((u) => u.psid === psid);
  return use ? `${hex(psid)} (${use.name}: ${use.messages.join('/')})` : hex(psid);
}

/**
 * The sanity check for a PSID configured or received for a message.
 *
 * - `form: 'p-encoded'` (IFM PSID= field, WSMP configuration): the value must be a valid
 *   P-encoding (0x82 is not: it is PSID 0x82 written plain; its P-encoding is 0x8002).
 * - `form: 'integer'` (1609.2 HeaderInfo.psid): a value that is a P-encoding of the message's
 *   PSID (32770 = 0x8002 for a SPaT) is flagged as written P-encoded by mistake.
 *
 * In both forms the PSID must be the one of the message (a BSM with 0x8002 is a mismatch).
 * Returns the problems found (empty when all is well).
 */
export function checkPsid(message: string, value: number, form: 'p-encoded' | 'integer'): PsidIssue[] {
  const issues: PsidIssue[] = [];
  const want = expectedPsid(message);
  let psid: number;
  if (form === 'p-encoded') {
    if (!isPEncoded(value)) {
      const fix = value <= PSID_MAX ? `; if PSID ${hex(value)} is meant, its P-encoding is ${hex(pEncodedValue(value))}` : '';
      issues.push({ code: 'NOT_P_ENCODED', message: `${message}: PSID ${hex(value)} is not P-encoded${fix}` });
      psid = value;
    } else psid = psidFromPEncoded(value);
  } else {
    if (!Number.isInteger(value) || value < 0 || value > PSID_MAX) {
      issues.push({ code: 'OUT_OF_RANGE', message: `${message}: PSID ${value} outside 0..${hex(PSID_MAX)}` });
      return issues;
    }
    psid = value;
    if (want !== undefined && value !== want && value > 0x7f && isPEncoded(value) && psidFromPEncoded(value) === want) {
      issues.push({ code: 'LOOKS_P_ENCODED', message: `${message}: PSID ${hex(value)} is the P-encoding of ${hex(want)}; 1609.2 headers carry the plain PSID ${hex(want)}` });
      return issues;
    }
  }
  if (want === undefined) issues.push({ code: 'UNKNOWN_MESSAGE', message: `${message}: no known PSID for this message; cannot check ${hex(psid)}` });
  else if (psid !== want && issues.length === 0) {
    const expected = form === 'p-encoded' ? hex(pEncodedValue(want)) : hex(want);
    issues.push({ code: 'MISMATCH', message: `${message}: PSID ${describe(psid)} does not match the message; a ${message} goes with ${expected}` });
  }
  return issues;
}
