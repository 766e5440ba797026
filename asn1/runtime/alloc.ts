/**
 * Byte arrays for codec output. A fresh typed array larger than 64 octets gets its own
 * backing store, which costs about 0.7 us in V8, more than encoding a whole BSM; larger
 * arrays are therefore handed out as views of a shared 64 KiB slab (as Node's Buffer pool
 * does). Each array is independent to read and write, but its `.buffer` is the slab: use
 * the array (or `.slice()`), never `.buffer`, when handing the bytes on.
 */
const SLAB = 64 * 1024;
const SMALL = 64;
let slab = new ArrayBuffer(SLAB);
let used = 0;

export function allocBytes(n: number): Uint8Array {
  if (n <= SMALL || n > SLAB / 8) return new Uint8Array(n);
  if (used + n > SLAB) {
    slab = new ArrayBuffer(SLAB);
    used = 0;
  }
  const out = new Uint8Array(slab, used, n);
  used += (n + 7) & ~7;
  return out;
}
