/**
 * A small raster plot for `v2x-edge soak --plot`: line charts stacked in panels, with axes,
 * grid lines, tick labels, a legend and an optional limit line, written as a PNG.
 *
 * PNG (ISO/IEC 15948): the signature, IHDR (8-bit RGB), one IDAT holding the zlib stream of
 * the scanlines (each prefixed by filter type 0), IEND; every chunk ends in its CRC-32.
 * Text uses a built-in 5x7 pixel font (upper-case letters, digits, common signs), drawn at
 * twice its size. No dependency: zlib is Node's.
 */
import { deflateSync } from 'node:zlib';

export type Rgb = readonly [number, number, number];

export class Raster {
  readonly data: Uint8Array;
  constructor(readonly width: number, readonly height: number, background: Rgb = [255, 255, 255]) {
    this.data = new Uint8Array(width * height * 3);
    for (let i = 0; i < width * height; i++) this.data.set(background, i * 3);
  }

  set(x: number, y: number, c: Rgb): void {
    const xi = Math.round(x);
    const yi = Math.round(y);
    if (xi < 0 || yi < 0 || xi >= this.width || yi >= this.height) return;
    this.data.set(c, (yi * this.width + xi) * 3);
  }

  get(x: number, y: number): Rgb {
    const o = (y * this.width + x) * 3;
    return [this.data[o]!, this.data[o + 1]!, this.data[o + 2]!];
  }

  rect(x: number, y: number, w: number, h: number, c: Rgb): void {
    for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) this.set(x + i, y + j, c);
  }

  /** A line from (x0, y0) to (x1, y1), `width` pixels thick; `dash` draws every other run of that many pixels. */
  line(x0: number, y0: number, x1: number, y1: number, c: Rgb, width = 1, dash = 0): void {
    const n = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))));
    for (let k = 0; k <= n; k++) {
      if (dash > 0 && Math.floor(k / dash) % 2 === 1) continue;
      const x = x0 + ((x1 - x0) * k) / n;
      const y = y0 + ((y1 - y0) * k) / n;
      for (let d = 0; d < width; d++) this.set(x, y + d - Math.floor(width / 2), c);
    }
  }

  /** Text with its top-left corner at (x, y); returns the width drawn. */
  text(x: number, y: number, s: string, c: Rgb, scale = 2): number {
    let cx = x;
    for (const ch of s.toUpperCase()) {
      const g = FONT[ch] ?? FONT['?']!;
      for (let row = 0; row < 7; row++) {
        for (let col = 0; col < 5; col++) if ((g[row]! >> (4 - col)) & 1) this.rect(cx + col * scale, y + row * scale, scale, scale, c);
      }
      cx += 6 * scale;
    }
    return cx - x;
  }
}

export function textWidth(s: string, scale = 2): number {
  return s.length * 6 * scale;
}

/** 5x7 glyphs: seven rows of five bits, the leftmost pixel in the highest bit. */
const FONT: Record<string, number[]> = {
  '0': [0x0e, 0x11, 0x13, 0x15, 0x19, 0x11, 0x0e],
  '1': [0x04, 0x0c, 0x04, 0x04, 0x04, 0x04, 0x0e],
  '2': [0x0e, 0x11, 0x01, 0x02, 0x04, 0x08, 0x1f],
  '3': [0x1f, 0x02, 0x04, 0x02, 0x01, 0x11, 0x0e],
  '4': [0x02, 0x06, 0x0a, 0x12, 0x1f, 0x02, 0x02],
  '5': [0x1f, 0x10, 0x1e, 0x01, 0x01, 0x11, 0x0e],
  '6': [0x06, 0x08, 0x10, 0x1e, 0x11, 0x11, 0x0e],
  '7': [0x1f, 0x01, 0x02, 0x04, 0x08, 0x08, 0x08],
  '8': [0x0e, 0x11, 0x11, 0x0e, 0x11, 0x11, 0x0e],
  '9': [0x0e, 0x11, 0x11, 0x0f, 0x01, 0x02, 0x0c],
  A: [0x0e, 0x11, 0x11, 0x1f, 0x11, 0x11, 0x11],
  B: [0x1e, 0x11, 0x11, 0x1e, 0x11, 0x11, 0x1e],
  C: [0x0e, 0x11, 0x10, 0x10, 0x10, 0x11, 0x0e],
  D: [0x1c, 0x12, 0x11, 0x11, 0x11, 0x12, 0x1c],
  E: [0x1f, 0x10, 0x10, 0x1e, 0x10, 0x10, 0x1f],
  F: [0x1f, 0x10, 0x10, 0x1e, 0x10, 0x10, 0x10],
  G: [0x0e, 0x11, 0x10, 0x17, 0x11, 0x11, 0x0f],
  H: [0x11, 0x11, 0x11, 0x1f, 0x11, 0x11, 0x11],
  I: [0x0e, 0x04, 0x04, 0x04, 0x04, 0x04, 0x0e],
  J: [0x07, 0x02, 0x02, 0x02, 0x02, 0x12, 0x0c],
  K: [0x11, 0x12, 0x14, 0x18, 0x14, 0x12, 0x11],
  L: [0x10, 0x10, 0x10, 0x10, 0x10, 0x10, 0x1f],
  M: [0x11, 0x1b, 0x15, 0x15, 0x11, 0x11, 0x11],
  N: [0x11, 0x11, 0x19, 0x15, 0x13, 0x11, 0x11],
  O: [0x0e, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0e],
  P: [0x1e, 0x11, 0x11, 0x1e, 0x10, 0x10, 0x10],
  Q: [0x0e, 0x11, 0x11, 0x11, 0x15, 0x12, 0x0d],
  R: [0x1e, 0x11, 0x11, 0x1e, 0x14, 0x12, 0x11],
  S: [0x0f, 0x10, 0x10, 0x0e, 0x01, 0x01, 0x1e],
  T: [0x1f, 0x04, 0x04, 0x04, 0x04, 0x04, 0x04],
  U: [0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x0e],
  V: [0x11, 0x11, 0x11, 0x11, 0x11, 0x0a, 0x04],
  W: [0x11, 0x11, 0x11, 0x15, 0x15, 0x15, 0x0a],
  X: [0x11, 0x11, 0x0a, 0x04, 0x0a, 0x11, 0x11],
  Y: [0x11, 0x11, 0x11, 0x0a, 0x04, 0x04, 0x04],
  Z: [0x1f, 0x01, 0x02, 0x04, 0x08, 0x10, 0x1f],
  ' ': [0, 0, 0, 0, 0, 0, 0],
  '.': [0, 0, 0, 0, 0, 0x0c, 0x0c],
  ',': [0, 0, 0, 0, 0x0c, 0x04, 0x08],
  ':': [0, 0x0c, 0x0c, 0, 0x0c, 0x0c, 0],
  '-': [0, 0, 0, 0x1f, 0, 0, 0],
  '+': [0, 0x04, 0x04, 0x1f, 0x04, 0x04, 0],
  '/': [0, 0x01, 0x02, 0x04, 0x08, 0x10, 0],
  '%': [0x18, 0x19, 0x02, 0x04, 0x08, 0x13, 0x03],
  '(': [0x02, 0x04, 0x08, 0x08, 0x08, 0x04, 0x02],
  ')': [0x08, 0x04, 0x02, 0x02, 0x02, 0x04, 0x08],
  '=': [0, 0, 0x1f, 0, 0x1f, 0, 0],
  '<': [0x02, 0x04, 0x08, 0x10, 0x08, 0x04, 0x02],
  '>': [0x08, 0x04, 0x02, 0x01, 0x02, 0x04, 0x08],
  _: [0, 0, 0, 0, 0, 0, 0x1f],
  "'": [0x0c, 0x04, 0x08, 0, 0, 0, 0],
  '#': [0x0a, 0x0a, 0x1f, 0x0a, 0x1f, 0x0a, 0x0a],
  '*': [0, 0x04, 0x15, 0x0e, 0x15, 0x04, 0],
  '!': [0x04, 0x04, 0x04, 0x04, 0x04, 0, 0x04],
  '?': [0x0e, 0x11, 0x01, 0x02, 0x04, 0, 0x04],
  '[': [0x0e, 0x08, 0x08, 0x08, 0x08, 0x08, 0x0e],
  ']': [0x0e, 0x02, 0x02, 0x02, 0x02, 0x02, 0x0e],
};

// ---- PNG ------------------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (ISO 3309, as PNG uses it). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc >>> 0;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const v = new DataView(out.buffer);
  v.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  v.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

export const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

export function encodePng(r: Raster): Uint8Array {
  const ihdr = new Uint8Array(13);
  const v = new DataView(ihdr.buffer);
  v.setUint32(0, r.width);
  v.setUint32(4, r.height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  // compression 0, filter method 0, no interlace
  const stride = r.width * 3;
  const raw = new Uint8Array((stride + 1) * r.height);
  for (let y = 0; y < r.height; y++) raw.set(r.data.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const parts = [PNG_SIGNATURE, chunk('IHDR', ihdr), chunk('IDAT', new Uint8Array(deflateSync(raw, { level: 6 }))), chunk('IEND', new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

// ---- charts ---------------------------------------------------------------------------------

export interface Series {
  label: string;
  color: Rgb;
  values: (number | undefined)[];
}

export interface Panel {
  title: string;
  series: Series[];
  /** A limit drawn as a dashed line (e.g. a target). */
  limit?: { value: number; label: string };
  /** Lowest top of the y axis (so that a flat zero line is visible). */
  minTop?: number;
}

export interface Figure {
  title: string;
  subtitle?: string;
  /** The x value of each sample (e.g. minutes). */
  x: number[];
  xLabel: string;
  panels: Panel[];
  width?: number;
  panelHeight?: number;
}

const BLACK: Rgb = [0, 0, 0];
const GREY: Rgb = [150, 150, 150];
const GRID: Rgb = [225, 225, 225];
const RED: Rgb = [200, 30, 30];

/** Round step of 1, 2 or 5 times a power of ten giving about `n` intervals over `span`. */
export function niceStep(span: number, n = 5): number {
  if (!(span > 0)) return 1;
  const raw = span / n;
  const p = 10 ** Math.floor(Math.log10(raw));
  const m = raw / p;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

export function formatTick(v: number): string {
  if (v === 0) return '0';
  const a = Math.abs(v);
  if (a >= 1e6) return `${Number((v / 1e6).toPrecision(3))}M`;
  if (a >= 1e4) return `${Number((v / 1e3).toPrecision(3))}K`;
  return String(Number(v.toPrecision(3)));
}

/** Draws the figure and returns its PNG. */
export function plot(f: Figure): Uint8Array {
  const width = f.width ?? 1200;
  const ph = f.panelHeight ?? 230;
  const top = f.subtitle ? 80 : 56;
  const left = 110;
  const right = 30;
  const gap = 70;
  const height = top + f.panels.length * (ph + gap) + 30;
  const r = new Raster(width, height);
  r.text(left, 14, f.title, BLACK, 3);
  if (f.subtitle) r.text(left, 50, f.subtitle, GREY, 2);
  const xs = f.x;
  const x0 = xs.length ? Math.min(...xs) : 0;
  const x1 = xs.length ? Math.max(...xs, x0 + 1e-9) : 1;
  const pw = width - left - right;
  const px = (x: number): number => left + ((x - x0) / (x1 - x0 || 1)) * pw;
  f.panels.forEach((p, k) => {
    const y0 = top + k * (ph + gap) + 24;
    r.text(left, y0 - 22, p.title, BLACK, 2);
    // Legend, right-aligned on the title line.
    let lx = width - right;
    for (const s of [...p.series].reverse()) {
      lx -= textWidth(s.label) + 34;
      r.rect(lx, y0 - 16, 22, 4, s.color);
      r.text(lx + 28, y0 - 22, s.label, s.color, 2);
    }
    const vals = p.series.flatMap((s) => s.values.filter((v): v is number => v !== undefined && Number.isFinite(v)));
    const hi = Math.max(p.minTop ?? 1e-9, ...vals, p.limit?.value ?? 0) * 1.1;
    const step = niceStep(hi);
    const top$ = Math.ceil(hi / step) * step;
    const py = (v: number): number => y0 + ph - (Math.max(0, v) / top$) * ph;
    for (let v = 0; v <= top$ + step / 2; v += step) {
      const y = py(v);
      r.line(left, y, left + pw, y, GRID);
      const t = formatTick(v);
      r.text(left - 10 - textWidth(t), y - 7, t, BLACK, 2);
    }
    const xstep = niceStep(x1 - x0, 8);
    for (let v = Math.ceil(x0 / xstep) * xstep; v <= x1 + 1e-9; v += xstep) {
      const x = px(v);
      r.line(x, y0, x, y0 + ph, GRID);
      const t = formatTick(v);
      r.text(x - textWidth(t) / 2, y0 + ph + 8, t, BLACK, 2);
    }
    r.line(left, y0, left, y0 + ph, BLACK);
    r.line(left, y0 + ph, left + pw, y0 + ph, BLACK);
    if (p.limit) {
      const y = py(p.limit.value);
      r.line(left, y, left + pw, y, RED, 1, 6);
      r.text(left + 6, y - 18, p.limit.label, RED, 2);
    }
    for (const s of p.series) {
      let prev: [number, number] | undefined;
      s.values.forEach((v, i) => {
        if (v === undefined || !Number.isFinite(v) || xs[i] === undefined) {
          prev = undefined;
          return;
        }
        const pt: [number, number] = [px(xs[i]!), py(v)];
        if (prev) r.line(prev[0], prev[1], pt[0], pt[1], s.color, 2);
        else r.rect(pt[0] - 1, pt[1] - 1, 3, 3, s.color);
        prev = pt;
      });
    }
  });
  const xl = f.xLabel;
  r.text(left + pw / 2 - textWidth(xl) / 2, height - 24, xl, BLACK, 2);
  return encodePng(r);
}
