// @vitest-environment node
import { deflateRawSync, deflateSync, inflateSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adler32 } from '../../../src/scenario/link/adler32.ts';
import { decodeBase64Url, encodeBase64Url } from '../../../src/scenario/link/base64url.ts';

import { decodeUtf8, encodeUtf8 } from '../../../src/scenario/link/utf8.ts';
import { inflateCapped, zlibCompress, zlibDecompress } from '../../../src/scenario/link/zlib.ts';
import { PRESETS } from '../../../src/scenario/presets/index.ts';
import { anyText } from './link-helpers.ts';

const MB = 1_000_000;
/** Byte arrays compared as hex text: much faster for the matcher than element-wise equality. */
const hex = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('hex');
/** Bytes with repeats, so the compressor's matches (near and far) get exercised. */
const repetitive = fc
  .array(
    fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.constantFrom(...PRESETS.map((p) => JSON.stringify(p.scenario))),
    ),
    {
      maxLength: 30,
    },
  )
  .map((parts) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p)))));

describe('UTF-8', () => {
  it('matches Node for any string (lone surrogates become U+FFFD, as TextEncoder does)', () => {
    fc.assert(
      fc.property(anyText(), (text) => {
        const bytes = encodeUtf8(text);
        expect(hex(bytes)).toBe(hex(new TextEncoder().encode(text)));
        expect(decodeUtf8(bytes)).toBe(new TextDecoder().decode(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses what a strict decoder refuses', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20 }), (bytes) => {
        let expected: string | undefined;
        try {
          expected = strict.decode(bytes);
        } catch {
          expected = undefined;
        }
        expect(decodeUtf8(bytes)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
    expect(decodeUtf8(Uint8Array.of(0xc0, 0x80))).toBeUndefined(); // overlong NUL
    expect(decodeUtf8(Uint8Array.of(0xed, 0xa0, 0x80))).toBeUndefined(); // a surrogate
    expect(decodeUtf8(Uint8Array.of(0xe2, 0x9c))).toBeUndefined(); // cut short
  });

  it('decodes long text (no call-stack overflow)', () => {
    const text = 'é✓😀'.repeat(50_000);
    expect(decodeUtf8(encodeUtf8(text))).toBe(text);
  });
});

describe('base64url', () => {
  it('matches Node and round-trips', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (bytes) => {
        const text = encodeBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64Url(text)).toEqual({ ok: true, bytes });
        const standard = Buffer.from(bytes).toString('base64'); // '+', '/' and '=' are read too
        expect(decodeBase64Url(standard)).toEqual({ ok: true, bytes });
      }),
      { numRuns: 500 },
    );
  });

  it('names a bad character and refuses an impossible length', () => {
    expect(decodeBase64Url('ab.d')).toEqual({ ok: false, problem: 'character', index: 2, character: '.' });
    expect(decodeBase64Url('ab😀')).toMatchObject({ ok: false, character: '😀' });
    expect(decodeBase64Url('abcde')).toEqual({ ok: false, problem: 'length' });
  });
});

describe('zlib', () => {
  it('Adler-32 matches the checksum Node writes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), (bytes) => {
        const theirs = deflateSync(bytes).subarray(-4).readUInt32BE(0);
        expect(adler32(bytes)).toBe(theirs);
      }),
      { numRuns: 100 },
    );
  });

  it('what we compress, Node decompresses; what Node compresses, we decompress', () => {
    fc.assert(
      fc.property(repetitive, fc.constantFrom(0, 1, 6, 9), (bytes, level) => {
        expect(hex(inflateSync(zlibCompress(bytes)))).toBe(hex(bytes));
        const ours = zlibDecompress(deflateSync(bytes, { level }), MB);
        expect(ours.ok && hex(ours.bytes)).toBe(hex(bytes));
        const self = zlibDecompress(zlibCompress(bytes), MB);
        expect(self.ok && hex(self.bytes)).toBe(hex(bytes));
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips edge cases: empty, one byte, long runs, incompressible, past the 32 KiB window', () => {
    let state = 1;
    const random = Buffer.from(
      Array.from({ length: 70_000 }, () => (state = (state * 48271) % 2147483647) & 0xff),
    );
    const cases = [
      Buffer.alloc(0),
      Buffer.of(7),
      Buffer.alloc(100_000, 'a'),
      random,
      Buffer.concat([random.subarray(0, 40_000), random.subarray(0, 40_000)]),
    ];
    for (const bytes of cases) {
      const packed = zlibCompress(bytes);
      expect(hex(inflateSync(packed))).toBe(hex(bytes));
      const back = zlibDecompress(packed, MB);
      expect(back.ok && hex(back.bytes)).toBe(hex(bytes));
    }
  });

  it('compresses scenario JSON about as well as zlib at its best level', () => {
    for (const preset of PRESETS) {
      const bytes = Buffer.from(JSON.stringify(preset.scenario));
      expect(zlibCompress(bytes).length).toBeLessThanOrEqual(deflateSync(bytes, { level: 9 }).length * 1.05);
    }
  });

  it('never throws on damaged streams, and reports a kind of problem', () => {
    const valid = zlibCompress(Buffer.from(JSON.stringify(PRESETS[4].scenario)));
    fc.assert(
      fc.property(
        fc.nat(valid.length - 1),
        fc.integer({ min: 1, max: 255 }),
        fc.nat(valid.length),
        (at, xor, cut) => {
          const damaged = Uint8Array.from(valid);
          damaged[at] ^= xor;
          for (const bytes of [damaged, valid.subarray(0, cut)]) {
            const result = zlibDecompress(bytes, MB);
            if (!result.ok)
              expect(['truncated', 'too-large', 'invalid', 'header', 'checksum', 'trailing']).toContain(
                result.problem,
              );
          }
        },
      ),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const result = inflateCapped(bytes, 64 * 1024);
        if (result.ok) expect(result.bytes.length).toBeLessThanOrEqual(64 * 1024);
      }),
      { numRuns: 2000 },
    );
  });

  it('caps the output of a bomb: raw, stored blocks and long matches alike', () => {
    const bomb = deflateRawSync(Buffer.alloc(5 * MB), { level: 9 });
    expect(inflateCapped(bomb, MB)).toMatchObject({ ok: false, problem: 'too-large' });
    const stored = deflateRawSync(Buffer.alloc(2 * MB, 1), { level: 0 });
    expect(inflateCapped(stored, MB)).toMatchObject({ ok: false, problem: 'too-large' });
    const exact = deflateRawSync(Buffer.alloc(MB, 1));
    expect(inflateCapped(exact, MB)).toMatchObject({ ok: true });
  });
});
