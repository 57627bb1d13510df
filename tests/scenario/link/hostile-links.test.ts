// @vitest-environment node
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { formatErrors } from '../../../src/scenario/format-errors.ts';
import { encodeBase64Url } from '../../../src/scenario/link/base64url.ts';
import { decodeScenarioLink, encodeScenarioLink, LINK_LIMITS } from '../../../src/scenario/link/index.ts';
import { getPreset } from '../../../src/scenario/presets/index.ts';
import { compressedLink, errorLines } from './link-helpers.ts';

const full = getPreset('full')!.scenario;
const fullZ = (() => {
  const s = structuredClone(full);
  s.nodes.pop();
  s.edges = s.edges.filter((e) => e.to !== 'consumer-2');
  return encodeScenarioLink(s);
})();
const queue = '#v=1&preset=queue-30-vs-5';

/** The errors of a link that must fail, as "path: message" lines. */
const fails = (link: string) => errorLines(decodeScenarioLink(link));

/** Decodes and checks the call came back quickly, whatever the outcome. */
function timed(link: string, ms: number) {
  const start = performance.now();
  const result = decodeScenarioLink(link);
  expect(performance.now() - start).toBeLessThan(ms);
  return result;
}

describe('truncated links', () => {
  it('a compressed link cut anywhere says it was cut off (or damaged), never opens', () => {
    expect(fullZ).toMatch(/^#v=1&z=/);
    for (let end = 8; end < fullZ.length; end += 7) {
      const lines = fails(fullZ.slice(0, end));
      expect(lines.join('\n')).toMatch(/^link\.z: (is empty|is cut short|is damaged)/);
    }
    expect(fails(fullZ.slice(0, -10))).toEqual([
      'link.z: is cut short: the compressed scenario ends in the middle (was the link cut off when it was copied?)',
    ]);
  });

  it('a readable link cut in a name or after "=" names the setting', () => {
    expect(fails(`${queue}&seed=7&consumer.wor`)).toEqual([
      'link["consumer.wor"]: has no value: a link is a list of name=value settings (was the link cut off?)',
    ]);
    expect(fails(`${queue}&seed=7&consumer.workers=`)).toEqual([
      'link["consumer.workers"]: has no value (was the link cut off?)',
    ]);
    expect(fails(`${queue}&seed=`)).toEqual(['link.seed: has no value (was the link cut off?)']);
    expect(fails('#v=1&pre')[0]).toMatch(/^link.pre: has no value/);
    expect(fails('#v=')).toEqual(["link.v: must be the link format number, e.g. v=1; got ''"]);
    expect(fails(`${queue}&consumer.label=Consumer%2`)[0]).toMatch(/bad percent-encoding/);
  });

  it('a readable link cut inside a number is still a valid link (it reads what is there)', () => {
    const result = decodeScenarioLink(`${queue}&seed=7&consumer.workers=1`);
    expect(result.ok).toBe(true);
  });
});

describe('damaged compressed data', () => {
  it('random base64 is refused with a readable reason', () => {
    let state = 12345;
    const random = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 200; i++) {
      const bytes = Uint8Array.from({ length: 10 + Math.floor(random() * 400) }, () =>
        Math.floor(random() * 256),
      );
      const lines = fails(`#v=1&z=${encodeBase64Url(bytes)}`);
      expect(lines.length).toBe(1);
      expect(lines[0]).toMatch(/^link\.z: (is not a compressed Flowscope scenario|is damaged|is cut short)/);
    }
  });

  it('a changed character is caught (by the format or the checksum)', () => {
    const at = fullZ.length - 40;
    const flipped = fullZ.slice(0, at) + (fullZ[at] === 'A' ? 'B' : 'A') + fullZ.slice(at + 1);
    expect(fails(flipped)[0]).toMatch(/^link\.z: is (damaged|cut short)/);
  });

  it('a character outside base64url is named with its position', () => {
    expect(fails('#v=1&z=eNo!abc')).toEqual([
      "link.z: is damaged: '!' at position 4 is not a base64url character (A-Z, a-z, 0-9, '-' and '_')",
    ]);
  });

  it('extra text after the compressed scenario is refused', () => {
    const bytes = [...deflateSync(Buffer.from(JSON.stringify(full))), 1, 2, 3];
    expect(fails(`#v=1&z=${encodeBase64Url(Uint8Array.from(bytes))}`)[0]).toMatch(/more text after the end/);
  });

  it('other zlib levels (any zlib tool) are read', () => {
    const text = JSON.stringify(full);
    for (const level of [0, 1, 6, 9]) {
      const link = `#v=1&z=${encodeBase64Url(deflateSync(Buffer.from(text), { level }))}`;
      expect(decodeScenarioLink(link)).toEqual({ ok: true, scenario: full });
    }
  });
});

describe('bad percent-encoding', () => {
  it.each([
    ['%ZZ', '%ZZ'],
    ['a lone %', '%'],
    ['a cut escape', '%4'],
    ['bytes that are not UTF-8', '%FF%FE'],
    ['a cut UTF-8 sequence', '%E2%9C'],
  ])('%s is refused and quoted', (_, bad) => {
    const lines = fails(`${queue}&api.label=x${bad}y`);
    expect(lines).toEqual([
      expect.stringMatching(/^link\["api\.label"\]: has bad percent-encoding in 'x.*y'/),
    ]);
  });

  it('in a name too', () => {
    expect(fails(`${queue}&api.lab%el=x`)[0]).toMatch(/^link: has bad percent-encoding in 'api\.lab%el'/);
  });
});

describe('size limits', () => {
  it('a 100 KB link is refused at once with its size', () => {
    const link = `${queue}&api.label=${'A'.repeat(100_000)}`;
    const result = timed(link, 20);
    expect(errorLines(result)).toEqual([
      'link: is too long: 100,036 characters; a Flowscope link has at most 65,536. Share a scenario this large as a JSON file',
    ]);
  });

  it('100 KB of random text and of base64 are refused as quickly', () => {
    expect(timed('x'.repeat(100_000), 20).ok).toBe(false);
    expect(timed(`#v=1&z=${'eNo'.repeat(33_000)}`, 20).ok).toBe(false);
  });

  it('a decompression bomb stops at the expanded-size bound, quickly', () => {
    const bomb = deflateSync(Buffer.alloc(20_000_000, 32), { level: 9 });
    const link = `#v=1&z=${encodeBase64Url(bomb)}`;
    expect(link.length).toBeLessThan(LINK_LIMITS.chars);
    expect(errorLines(timed(link, 200))).toEqual([
      'link.z: expands to more than 1,000,000 bytes, far more than any scenario holds, so it was not opened',
    ]);
  });

  it('a link at the limit with thousands of settings is read in bounded time with bounded errors', () => {
    const settings = Array.from({ length: 6000 }, (_, i) => `n${i}.x=1`).join('&');
    const result = timed(`${queue}&${settings}`.slice(0, LINK_LIMITS.chars), 1000);
    expect(errorLines(result).length).toBeLessThanOrEqual(LINK_LIMITS.errors);
  });
});

describe('versions', () => {
  it('a link from a future link format says so', () => {
    expect(fails('#v=2&preset=full&seed=1')).toEqual([
      'link: was made by a newer version of Flowscope (link format 2); this version reads link format 1. ' +
        'Open it in the newer Flowscope, or ask for the scenario as a JSON file',
    ]);
    expect(fails('#v=2&q=anything-at-all')[0]).toMatch(/newer version of Flowscope \(link format 2\)/);
  });

  it('a compressed scenario of a future scenario format says so', () => {
    expect(fails(compressedLink({ ...full, version: 3 }))).toEqual([
      'scenario: was made by a newer version of Flowscope (format v3); this version reads format 2',
    ]);
  });

  it.each([
    ['0', 'link.v: is not a link format: formats start at 1; got 0'],
    ['one', "link.v: must be the link format number, e.g. v=1; got 'one'"],
    ['1.5', "link.v: must be the link format number, e.g. v=1; got '1.5'"],
  ])('v=%s is refused', (v, line) => {
    expect(fails(`#v=${v}&preset=full`)).toEqual([line]);
  });
});

describe('what the link names', () => {
  it('an unknown preset lists the valid ones', () => {
    expect(fails('#v=1&preset=queue-30-vs-50&seed=1')).toEqual([
      "link.preset: names no preset: 'queue-30-vs-50'; did you mean 'queue-30-vs-5'? " +
        'The presets are monolith, microservices, orchestration, queue-30-vs-5, full, server-dies, retry-storm, retry-storm-backoff, retry-storm-budget',
    ]);
    expect(fails('#v=1&preset=%3Cscript%3E')[0]).toContain(
      "names no preset: '<script>'. The presets are monolith",
    );
  });

  it('an unknown node or edge is named, with a guess or the list', () => {
    expect(fails(`${queue}&consumr.workers=2`)).toEqual([
      "link[\"consumr.workers\"]: names no node of preset 'queue-30-vs-5': 'consumr'; did you mean 'consumer'?",
    ]);
    expect(fails(`${queue}&database.workers=2`)).toEqual([
      "link[\"database.workers\"]: names no node of preset 'queue-30-vs-5': 'database'. " +
        'Its nodes are producer, api, jobs, consumer',
    ]);
    expect(fails(`${queue}&api~consumer.latency=1`)[0]).toContain(
      "names no edge of preset 'queue-30-vs-5': 'api' → 'consumer'. Its edges are producer~api, api~jobs, jobs~consumer",
    );
  });

  it('an unknown field gets the scenario’s did-you-mean', () => {
    expect(fails(`${queue}&consumer.wokers=2`)).toEqual([
      "nodes[id=consumer].wokers: unknown field 'wokers'; did you mean 'workers'?",
    ]);
    expect(fails(`${queue}&consumer.serviceTime.meen=2`)[0]).toMatch(/^nodes\[id=consumer\]\.serviceTime/);
  });

  it('an unknown top-level parameter gets a guess', () => {
    expect(fails(`${queue}&sed=4`)[0]).toMatch(/^link.sed: is not a link setting; did you mean 'seed'\?/);
  });

  it('identity fields and malformed names are refused', () => {
    expect(fails(`${queue}&consumer.kind=queue`)[0]).toMatch(/cannot be changed in a preset link/);
    expect(fails(`${queue}&producer~api.to=jobs`)[0]).toMatch(/cannot be changed in a preset link/);
    expect(fails(`${queue}&consumer.workers.count=2`)[0]).toMatch(/which is a single value/);
    // Three names deep is a setting (`web.retry.backoff.jitter`); an unknown one is the field's error.
    expect(fails(`${queue}&consumer.a.b.c=2`)[0]).toMatch(/unknown field 'a'/);
    expect(fails(`${queue}&consumer.a.b.c.d=2`)[0]).toMatch(/is not a setting/);
    expect(fails(`${queue}&producer.routes=x`)[0]).toMatch(/set one route at a time/);
  });

  it('preset and z together, neither, or settings beside z are refused', () => {
    expect(fails(`#v=1&preset=full&z=${fullZ.slice(7)}`)[0]).toMatch(/holds both preset=… .* and z=…/);
    expect(fails('#v=1&seed=4')).toEqual([
      "link: names no scenario: expected preset=<id> (e.g. '#v=1&preset=full&seed=1') or z=<compressed scenario>",
    ]);
    expect(fails(`${fullZ}&seed=4`)).toEqual([
      'link.seed: does not belong in a compressed link: z=… holds the whole scenario, seed included',
    ]);
  });

  it('a setting given twice is refused rather than guessed', () => {
    expect(fails(`${queue}&consumer.workers=2&consumer.workers=3`)).toEqual([
      "link[\"consumer.workers\"]: is set twice (to '2' and to '3'); a link sets each value once",
    ]);
  });

  it('text that is not a link is told what a link looks like', () => {
    for (const text of ['', '   ', 'hello', 'https://flowscope.example/', '{"version":1}']) {
      expect(fails(text)[0]).toMatch(/^link: (is empty|holds no Flowscope scenario)/);
    }
  });

  it('non-text input is refused, not thrown on', () => {
    for (const value of [undefined, null, 42, {}, ['#v=1&preset=full']]) {
      expect(fails(value as unknown as string)[0]).toMatch(/^link: must be text/);
    }
  });
});

describe('values out of range, through parseScenario', () => {
  it.each([
    ['producer.rate=NaN', 'nodes[id=producer].rate: must be a number from 0 to 100,000 req/s; got NaN'],
    [
      'producer.rate=Infinity',
      'nodes[id=producer].rate: must be a number from 0 to 100,000 req/s; got Infinity',
    ],
    ['producer.rate=-1', 'nodes[id=producer].rate: must be a number from 0 to 100,000 req/s; got -1'],
    ['producer.rate=1e308', 'nodes[id=producer].rate: must be a number from 0 to 100,000 req/s; got 1e+308'],
    ['producer.rate=fast', 'nodes[id=producer].rate: must be a number from 0 to 100,000 req/s; got "fast"'],
    ['consumer.workers=0', 'nodes[id=consumer].workers: must be a whole number from 1 to 1,000; got 0'],
    ['consumer.workers=2.5', 'nodes[id=consumer].workers: must be a whole number from 1 to 1,000; got 2.5'],
    [
      'consumer.serviceTime.mean=-0.1',
      'nodes[id=consumer].serviceTime.mean: must be a number from 0 to 3,600 s; got -0.1',
    ],
    [
      'jobs.capacity=-Infinity',
      'nodes[id=jobs].capacity: must be null (unbounded) or a whole number of waiting slots from 0 to 1,000,000; got -Infinity',
    ],
    [
      'jobs.overflow=explode',
      "nodes[id=jobs].overflow: must be one of 'reject-new', 'drop-oldest', 'dead-letter', 'block'; got \"explode\"",
    ],
    ['producer~api.latency=1e308', 'edges[0].latency: must be a number from 0 to 60 s; got 1e+308'],
    ['seed=-1', 'seed: must be a whole number from 0 to 4,294,967,295; got -1'],
    ['consumer.down=maybe', 'nodes[id=consumer].down: must be true or false; got "maybe"'],
  ])('%s', (setting, line) => {
    expect(fails(`${queue}&${setting}`)).toEqual([line]);
  });

  it('every problem of one link is listed at once', () => {
    const lines = fails(
      `${queue}&consumr.workers=2&producer.rate=-1&consumer.workers=0&api.serviceTime.mean=NaN`,
    );
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^link\["consumr.workers"\]: names no node/);
    const result = decodeScenarioLink(`${queue}&consumer.workers=0`);
    expect(!result.ok && formatErrors(result.errors)).toBe(
      'nodes[id=consumer].workers: must be a whole number from 1 to 1,000; got 0',
    );
  });

  it('the same limits hold inside a compressed link (JSON 1e999 is Infinity)', () => {
    const text = JSON.stringify(full)
      .replace('"rate":24', '"rate":1e999')
      .replace('"workers":2', '"workers":0');
    const link = `#v=1&z=${encodeBase64Url(deflateSync(Buffer.from(text)))}`;
    expect(fails(link)).toEqual([
      'nodes[id=mobile].rate: must be a number from 0 to 100,000 req/s; got Infinity',
      'nodes[id=users].workers: must be a whole number from 1 to 1,000; got 0',
    ]);
  });

  it('duplicate ids and edges to missing nodes are graph errors', () => {
    const broken = {
      ...full,
      nodes: [...full.nodes, { ...full.nodes[5] }],
      edges: [...full.edges, { from: 'orders', to: 'ledger', weight: 1, latency: 0 }],
    };
    const lines = fails(compressedLink(broken));
    expect(lines).toContain("nodes[15].id: duplicate id 'users': nodes[5] has it already");
    expect(lines).toContain(`edges[${full.edges.length}].to: there is no node 'ledger'`);
  });
});

describe('labels never become markup and names never reach prototypes', () => {
  it('a script label is kept as text', () => {
    const label = '<script>alert("owned")</script>';
    const result = decodeScenarioLink(`${queue}&api.label=${encodeURIComponent(label)}`);
    expect(result.ok && result.scenario.nodes[1].label).toBe(label);
  });

  it('__proto__, constructor and prototype settings pollute nothing', () => {
    for (const name of [
      'api.__proto__.polluted',
      'api.constructor.polluted',
      'api.prototype',
      '__proto__.x',
    ]) {
      const result = decodeScenarioLink(`${queue}&${name}=1`);
      expect(result.ok).toBe(false);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
