/** The glossary is complete and consistent, links the words lessons use, and explains every component. */
import { describe, expect, it } from 'vitest';
import { LB_ALGORITHMS, NODE_KINDS, OVERFLOW_POLICIES } from '../../src/scenario/types.ts';
import {
  explainComponent,
  findGlossaryMatches,
  findGlossaryTerms,
  getGlossaryEntry,
  GLOSSARY,
} from '../../src/ui/glossary/index.ts';
import { LESSONS } from '../../src/ui/lessons/index.ts';
import { occurrences, sentences } from './text.ts';

describe('glossary entries', () => {
  it('cover the words the brief lists', () => {
    const required = [
      ...['throughput', 'latency', 'percentile', 'utilisation', 'backlog', 'waiting-line', 'capacity'],
      ...['backpressure', 'dead-letter', 'eviction', 'token-bucket', 'load-balancer', 'api-gateway'],
      ...[
        'round-robin',
        'weighted-round-robin',
        'random-balancing',
        'least-connections',
        'power-of-two-choices',
      ],
      ...['ip-hash', 'least-response-time', 'fifo', 'authentication', 'validation', 'not-found'],
      ...['service-unavailable', 'orchestration', 'microservice', 'monolith', 'process-queue', 'consumer'],
      ...['producer', 'littles-law', 'mm1', 'mmc', 'warm-up', 'seed', 'poisson-arrivals', 'overload'],
    ];
    for (const id of required) expect(getGlossaryEntry(id), id).toBeDefined();
  });

  it('have unique kebab-case ids, a one-sentence short, a 2–4 sentence body and aliases', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of GLOSSARY) {
      expect(entry.id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(sentences(entry.short), entry.short).toHaveLength(1);
      const body = sentences(entry.body).length;
      expect(body, entry.id).toBeGreaterThanOrEqual(2);
      expect(body, entry.id).toBeLessThanOrEqual(4);
      expect(entry.aliases.length, entry.id).toBeGreaterThan(0);
    }
  });

  it('point only at entries that exist, never at themselves', () => {
    for (const entry of GLOSSARY)
      for (const id of entry.seeAlso) {
        expect(getGlossaryEntry(id), `${entry.id} → ${id}`).toBeDefined();
        expect(id).not.toBe(entry.id);
      }
  });

  it('link each alias to one entry only', () => {
    const owner = new Map<string, string>();
    for (const entry of GLOSSARY)
      for (const alias of entry.aliases) {
        const key = alias.toLowerCase().replace(/[\s-]+/g, ' ');
        expect(owner.get(key) ?? entry.id, `"${alias}"`).toBe(entry.id);
        owner.set(key, entry.id);
        expect(findGlossaryTerms(`Look at the ${alias} here.`), alias).toEqual([entry.id]);
      }
  });
});

describe('findGlossaryTerms', () => {
  it('finds whole words, plurals, either spelling, and the longest phrase', () => {
    expect(findGlossaryTerms('The backlog grows while consumers are busy: utilization near 1.')).toEqual([
      'backlog',
      'consumer',
      'utilisation',
    ]);
    expect(findGlossaryTerms('Weighted round robin, then round robin.')).toEqual([
      'weighted-round-robin',
      'round-robin',
    ]);
    expect(findGlossaryTerms('Dead letters and dead-lettered jobs; p99 and ρ.')).toEqual([
      'dead-letter',
      'percentile',
      'utilisation',
    ]);
    expect(findGlossaryTerms('online, guideline, seeded, backlogged')).toEqual([]);
    expect(findGlossaryTerms("Little's law and Little’s law")).toEqual(['littles-law']);
    expect(findGlossaryTerms('')).toEqual([]);
  });

  it('gives offsets the UI can wrap in links', () => {
    const text = 'A 503 from the queue';
    expect(findGlossaryMatches(text).map((m) => text.slice(m.start, m.end))).toEqual(['503', 'queue']);
  });

  it('links every glossary word a lesson step uses in what to look for', () => {
    for (const lesson of LESSONS)
      for (const step of lesson.steps) {
        const matches = findGlossaryMatches(step.lookFor);
        for (const entry of GLOSSARY)
          for (const alias of entry.aliases)
            for (const at of occurrences(step.lookFor, alias)) {
              // Linked as this entry, or inside a longer phrase that is an entry of its own.
              const cover = matches.find((m) => m.start <= at.start && m.end >= at.end);
              expect(cover, `${step.id}: "${alias}"`).toBeDefined();
              if (cover && cover.id !== entry.id)
                expect(cover.end - cover.start).toBeGreaterThan(at.end - at.start);
            }
      }
  });

  it('links the key words of each lesson', () => {
    const expected: Record<string, string[]> = {
      'why-load-balancer': ['load-balancer', 'round-robin', 'least-connections', 'waiting-line'],
      'balancing-algorithms': ['round-robin', 'least-connections', 'power-of-two-choices', 'fifo'],
      'monolith-vs-microservices': ['api-gateway', 'service-unavailable'],
      'gateway-filter': ['authentication', 'validation', 'token-bucket', 'not-found'],
      orchestration: ['orchestration', 'time-in-system'],
      'queue-30-vs-5': ['backlog', 'producer', 'consumer', 'eviction', 'dead-letter', 'backpressure'],
      'server-dies': ['crash', 'round-robin', 'outlier-detection'],
      'retry-storm': ['timeout', 'retry', 'backoff', 'jitter', 'retry-budget', 'circuit-breaker'],
      'autoscaling-lags': ['autoscaling', 'cold-start', 'backlog'],
    };
    for (const lesson of LESSONS) {
      const found = new Set(lesson.steps.flatMap((s) => findGlossaryTerms(s.lookFor)));
      for (const id of expected[lesson.id]) expect(found, `${lesson.id}: ${id}`).toContain(id);
    }
  });
});

describe('explainComponent', () => {
  const count = (text: string) => sentences(text).length;

  it('explains every kind in 3–6 sentences, with defaults', () => {
    for (const kind of NODE_KINDS) {
      const e = explainComponent(kind);
      expect(count(e.text), kind).toBeGreaterThanOrEqual(3);
      expect(count(e.text), kind).toBeLessThanOrEqual(6);
      expect(e.parameters.length, kind).toBeGreaterThan(0);
    }
  });

  it('describes the current algorithm of a load balancer', () => {
    const texts = LB_ALGORITHMS.map((algorithm) => explainComponent('loadBalancer', { algorithm }));
    expect(new Set(texts.map((e) => e.current)).size).toBe(LB_ALGORITHMS.length);
    expect(texts.find((e) => e.current?.startsWith('FIFO'))?.text).toMatch(/one shared line/);
    for (const e of texts) expect(count(e.text)).toBeLessThanOrEqual(6);
  });

  it('describes the current overflow policy of a queue', () => {
    const current = OVERFLOW_POLICIES.map(
      (overflow) => explainComponent('queue', { overflow, capacity: 500 }).current,
    );
    expect(current).toEqual([
      expect.stringMatching(/rejects new jobs with 503/),
      expect.stringMatching(/evicted/),
      expect.stringMatching(/dead-letter/),
      expect.stringMatching(/backpressure/),
    ]);
    expect(explainComponent('queue', { capacity: 500 }).text).toMatch(/500 waiting jobs/);
  });

  it('uses the actual values', () => {
    const service = explainComponent('service', {
      workers: 2,
      serviceTime: { dist: 'exponential', mean: 0.15 },
    });
    expect(service.text).toMatch(
      /2 workers serve requests, each taking 0\.15 s on average, so it can finish about 13\.3 per second/,
    );
    expect(explainComponent('service', { down: true }).current).toMatch(/down/);
    const gateway = explainComponent('gateway', {
      auth: false,
      rateLimit: { rate: 1, burst: 3, per: 'user' },
    });
    expect(gateway.text).toMatch(/each user through 1 request per second, in bursts of up to 3/);
    expect(gateway.current).not.toMatch(/401/);
    expect(explainComponent('orchestrator', { mode: 'sequential' }).current).toMatch(/add up/);
    expect(explainComponent('client', { device: 'mobile', rate: 12 }).text).toMatch(
      /mobile app.*12 requests per second/,
    );
  });
});
