/**
 * base64url (RFC 4648 §5) without btoa/atob, which the pure core may not use. The URL-safe
 * alphabet needs no percent-encoding in an address, and padding is left out because it carries
 * no information.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Character code → 6-bit value, or -1. Also reads standard base64's '+' and '/', which a hand-copied link may carry. */
const VALUES = (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  table['+'.charCodeAt(0)] = 62;
  table['/'.charCodeAt(0)] = 63;
  return table;
})();

/** Bytes as unpadded base64url text. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    out += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return out;
}

export type Base64Result =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'character'; index: number; character: string }
  | { ok: false; problem: 'length' };

/** The bytes of base64url (or base64) text; trailing '=' padding is ignored. */
export function decodeBase64Url(text: string): Base64Result {
  let end = text.length;
  while (end > 0 && text[end - 1] === '=') end--;
  // One leftover character holds only 6 bits: less than a byte, so the text was cut.
  if (end % 4 === 1) return { ok: false, problem: 'length' };
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let bits = 0;
  let count = 0;
  let n = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUES[code] : -1;
    if (value < 0) {
      const character = String.fromCodePoint(text.codePointAt(i) ?? code);
      return { ok: false, problem: 'character', index: i, character };
    }
    bits = ((bits << 6) | value) & 0xffffff;
    count += 6;
    if (count >= 8) {
      count -= 8;
      out[n++] = (bits >> count) & 0xff;
    }
  }
  return { ok: true, bytes: out };
}
