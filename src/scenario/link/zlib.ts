/**
 * The zlib container (RFC 1950) around DEFLATE: a two-byte header and an Adler-32 checksum of
 * the content. The checksum is why it is used rather than raw DEFLATE: a changed character in a
 * compressed link is reported, instead of opening a subtly different scenario. It also means any
 * zlib tool (`zlib.inflateSync`, `DecompressionStream('deflate')`) can read a link's payload.
 */
import { adler32 } from './adler32.ts';
import { deflateRaw } from './deflate-raw.ts';
import { inflateRaw, type InflateProblem } from './inflate-raw.ts';

/** CMF 0x78: DEFLATE with a 32 KiB window; FLG 0xDA: "maximum compression", no dictionary. */
const HEADER = [0x78, 0xda];

export function zlibCompress(data: Uint8Array): Uint8Array {
  const body = deflateRaw(data);
  const out = new Uint8Array(body.length + 6);
  out.set(HEADER, 0);
  out.set(body, 2);
  const sum = adler32(data);
  out[body.length + 2] = sum >>> 24;
  out[body.length + 3] = (sum >>> 16) & 0xff;
  out[body.length + 4] = (sum >>> 8) & 0xff;
  out[body.length + 5] = sum & 0xff;
  return out;
}

export type ZlibProblem = InflateProblem | 'header' | 'checksum' | 'trailing';

export type ZlibResult =
  { ok: true; bytes: Uint8Array } | { ok: false; problem: ZlibProblem; detail: string };

/** The content of a zlib stream, refusing more than `maxBytes` of output. */
export function zlibDecompress(data: Uint8Array, maxBytes: number): ZlibResult {
  if (data.length < 2) return { ok: false, problem: 'truncated', detail: 'the data ends in the middle' };
  const [cmf, flg] = data;
  if ((cmf & 0x0f) !== 8 || cmf >> 4 > 7 || ((cmf << 8) | flg) % 31 !== 0 || (flg & 0x20) !== 0) {
    return { ok: false, problem: 'header', detail: 'it does not start with a zlib header' };
  }
  const inflated = inflateRaw(data, maxBytes, 2);
  if (!inflated.ok) return inflated;
  const end = inflated.end;
  if (end + 4 > data.length) return { ok: false, problem: 'truncated', detail: 'the checksum is missing' };
  if (end + 4 < data.length) return { ok: false, problem: 'trailing', detail: 'there is data after its end' };
  const stored = ((data[end] << 24) | (data[end + 1] << 16) | (data[end + 2] << 8) | data[end + 3]) >>> 0;
  if (stored !== adler32(inflated.bytes)) {
    return { ok: false, problem: 'checksum', detail: 'its checksum does not match its content' };
  }
  return { ok: true, bytes: inflated.bytes };
}
