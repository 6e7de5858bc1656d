/**
 * SHA-256 (FIPS 180-4) of a string's UTF-8 bytes, base64-encoded: the Content-Security-Policy hash of
 * the page's inline <style> and <script>. Formatters may not import node:crypto, so it is computed here.
 */

/** Initial hash: the first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const INITIAL = firstPrimes(8).map((p) => fraction32(Math.sqrt(p)));
/** Round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const ROUND = firstPrimes(64).map((p) => fraction32(Math.cbrt(p)));
/** Bytes per message block. */
const BLOCK = 64;

function firstPrimes(count: number): number[] {
  const primes: number[] = [];
  for (let n = 2; primes.length < count; n += 1) {
    if (primes.every((p) => n % p !== 0)) primes.push(n);
  }
  return primes;
}

function fraction32(value: number): number {
  return Math.floor((value - Math.floor(value)) * 2 ** 32) | 0;
}

function rotate(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}

/** The message, a 1 bit, zeros and the 64-bit big-endian bit length, filling whole blocks. */
function pad(bytes: Uint8Array): DataView {
  const length = Math.ceil((bytes.length + 9) / BLOCK) * BLOCK;
  const out = new Uint8Array(length);
  out.set(bytes);
  out[bytes.length] = 0x80;
  const view = new DataView(out.buffer);
  view.setUint32(length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(length - 4, (bytes.length * 8) >>> 0);
  return view;
}

function schedule(view: DataView, offset: number): number[] {
  const w: number[] = [];
  for (let t = 0; t < 16; t += 1) w.push(view.getUint32(offset + t * 4) | 0);
  for (let t = 16; t < 64; t += 1) {
    const a = w[t - 15]!;
    const b = w[t - 2]!;
    const s0 = rotate(a, 7) ^ rotate(a, 18) ^ (a >>> 3);
    const s1 = rotate(b, 17) ^ rotate(b, 19) ^ (b >>> 10);
    w.push((w[t - 16]! + s0 + w[t - 7]! + s1) | 0);
  }
  return w;
}

/** One compression round over a block, updating the hash state h. */
function compress(h: number[], w: readonly number[]): void {
  let [a, b, c, d, e, f, g, k] = h as [number, number, number, number, number, number, number, number];
  for (let t = 0; t < 64; t += 1) {
    const t1 = (k + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + ROUND[t]! + w[t]!) | 0;
    const t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    [k, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
  }
  [a, b, c, d, e, f, g, k].forEach((value, i) => { h[i] = (h[i]! + value) | 0; });
}

/** Base64 of the SHA-256 digest of text encoded as UTF-8. */
export function sha256Base64(text: string): string {
  const view = pad(new TextEncoder().encode(text));
  const h = [...INITIAL];
  for (let offset = 0; offset < view.byteLength; offset += BLOCK) compress(h, schedule(view, offset));
  const digest = new DataView(new ArrayBuffer(32));
  h.forEach((value, i) => digest.setUint32(i * 4, value >>> 0));
  return btoa(String.fromCharCode(...new Uint8Array(digest.buffer)));
}
