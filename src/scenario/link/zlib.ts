/**
 * The zlib container (RFC 1950) around DEFLATE, with fflate doing the DEFLATE. The checksum is
 * why zlib is used rather than raw DEFLATE: a changed character in a compressed link is reported,
 * instead of opening a subtly different scenario. It also means any zlib tool
 * (`zlib.inflateSync`, `DecompressionStream('deflate')`) can read a link's payload.
 *
 * fflate checks neither the Adler-32 checksum nor where the stream ends, and given an output
 * buffer that is too small it silently drops what does not fit (or throws a RangeError on a
 * stored block) after doing all the work. So the header, the checksum and trailing data are
 * checked here, and the output cap is real: the input is fed in small chunks and inflating stops
 * as soon as the output passes the cap (one chunk expands to at most ~1 MB, DEFLATE's 1032:1).
 */
import { type FlateError, Inflate, zlibSync } from 'fflate';
import { adler32 } from './adler32.ts';

export function zlibCompress(data: Uint8Array): Uint8Array {
  return zlibSync(data, { level: 9 });
}

/** Why a stream could not be decompressed. */
export type ZlibProblem = 'truncated' | 'too-large' | 'invalid' | 'header' | 'checksum' | 'trailing';

export type ZlibResult =
  { ok: true; bytes: Uint8Array } | { ok: false; problem: ZlibProblem; detail: string };

type Failure = ZlibResult & { ok: false };

/** Input fed to the inflater per step: bounds the output of one step to ~1 MB. */
const CHUNK_BYTES = 1024;

/** fflate's error codes for a bad stream (FlateErrorCode): what each says about the data. */
const INVALID: Readonly<Record<number, string>> = {
  1: 'has an invalid block type',
  2: 'has an invalid length or literal code',
  3: 'refers back further than its start',
};

/**
 * The raw DEFLATE stream `data` inflated, refusing more than `maxBytes` of output. A stream that
 * ends before its last block is 'truncated'.
 */
export function inflateCapped(data: Uint8Array, maxBytes: number): Failure | { ok: true; bytes: Uint8Array } {
  if (data.length === 0) return { ok: false, problem: 'truncated', detail: 'the data ends in the middle' };
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((part) => {
    total += part.length;
    if (total <= maxBytes) parts.push(part);
  });
  try {
    for (let at = 0; at < data.length; at += CHUNK_BYTES) {
      const end = Math.min(at + CHUNK_BYTES, data.length);
      inflater.push(data.subarray(at, end), end === data.length);
      if (total > maxBytes) {
        return { ok: false, problem: 'too-large', detail: `it expands to more than ${maxBytes} bytes` };
      }
    }
  } catch (error) {
    const code = error instanceof Error ? (error as FlateError).code : undefined;
    if (code !== undefined && code in INVALID)
      return { ok: false, problem: 'invalid', detail: INVALID[code] };
    if (code === 0) return { ok: false, problem: 'truncated', detail: 'the data ends in the middle' };
    return { ok: false, problem: 'invalid', detail: 'is not valid DEFLATE data' };
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return { ok: true, bytes };
}

/** The content of a zlib stream, refusing more than `maxBytes` of output. */
export function zlibDecompress(data: Uint8Array, maxBytes: number): ZlibResult {
  if (data.length < 2) return { ok: false, problem: 'truncated', detail: 'the data ends in the middle' };
  const [cmf, flg] = data;
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0 || (flg & 0x20) !== 0) {
    return { ok: false, problem: 'header', detail: 'it does not start with a zlib header' };
  }
  if (data.length < 7) return { ok: false, problem: 'truncated', detail: 'the data ends in the middle' };
  const inflated = inflateCapped(data.subarray(2, -4), maxBytes);
  if (!inflated.ok) return inflated;
  // The DEFLATE stream must end exactly where the checksum starts: if it still inflates without
  // its last byte, it ended earlier and something follows it.
  if (data.length > 7 && inflateCapped(data.subarray(2, -5), maxBytes).ok) {
    return { ok: false, problem: 'trailing', detail: 'there is data after its end' };
  }
  const end = data.length - 4;
  const stored = ((data[end] << 24) | (data[end + 1] << 16) | (data[end + 2] << 8) | data[end + 3]) >>> 0;
  if (stored !== adler32(inflated.bytes)) {
    return { ok: false, problem: 'checksum', detail: 'its checksum does not match its content' };
  }
  return { ok: true, bytes: inflated.bytes };
}
