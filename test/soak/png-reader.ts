/** Reads PNG files with Python's zlib: an independent check of the soak plot's encoder. */
import { spawnSync } from 'node:child_process';

export const havePython = spawnSync('python3', ['-c', 'import zlib'], { encoding: 'utf8' }).status === 0;

/** Decodes an 8-bit RGB PNG with Python's zlib: { width, height, crcOk, pixels (hex per pixel) }. */
export function pythonReadPng(png: Uint8Array): { width: number; height: number; crcOk: boolean; filters: number[]; pixels: string[]; nonWhite: number } {
  const script = `
import sys, zlib, struct, json
b = sys.stdin.buffer.read()
assert b[:8] == bytes([0x89,0x50,0x4e,0x47,0x0d,0x0a,0x1a,0x0a]), 'signature'
p = 8; crc_ok = True; idat = b''; w = h = 0
while p < len(b):
    n, = struct.unpack('>I', b[p:p+4]); t = b[p+4:p+8]; body = b[p+8:p+8+n]; crc, = struct.unpack('>I', b[p+8+n:p+12+n])
    crc_ok = crc_ok and (zlib.crc32(t + body) & 0xffffffff) == crc
    if t == b'IHDR':
        w, h, depth, ctype, comp, filt, inter = struct.unpack('>IIBBBBB', body)
        assert (depth, ctype, comp, filt, inter) == (8, 2, 0, 0, 0)
    elif t == b'IDAT': idat += body
    p += 12 + n
raw = zlib.decompress(idat)
assert len(raw) == (w * 3 + 1) * h, 'scanline size'
filters = sorted(set(raw[y * (w * 3 + 1)] for y in range(h)))
px = [raw[y * (w * 3 + 1) + 1 + x * 3: y * (w * 3 + 1) + 4 + x * 3].hex() for y in range(h) for x in range(w)] if w * h <= 64 else []
nonwhite = sum(1 for y in range(h) for x in range(w) if raw[y * (w * 3 + 1) + 1 + x * 3: y * (w * 3 + 1) + 4 + x * 3] != b'\\xff\\xff\\xff') if w * h > 64 else 0
print(json.dumps({'width': w, 'height': h, 'crcOk': crc_ok, 'filters': filters, 'pixels': px, 'nonWhite': nonwhite}))
`;
  const r = spawnSync('python3', ['-c', script], { input: Buffer.from(png), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as ReturnType<typeof pythonReadPng>;
}
