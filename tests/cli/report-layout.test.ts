/**
 * The runner's readable report and its `--theory` and `jobs` figures: every line fits 120 columns,
 * no figure reads "0 ± 0", a queue says what its utilisation and wait mean, the publisher says what
 * became of its jobs, and `--theory` puts the same prediction as the app's panel beside each station.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.ts';
import { nodeTheory, theoryFigures } from '../../src/engine/theory/node-theory.ts';
import { PRESETS, getPreset } from '../../src/scenario/presets/index.ts';

function cli(argv: string[]) {
  let stdout = '';
  const code = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
    readText: () => {
      throw new Error('no files here');
    },
    presets: PRESETS,
  });
  return { code, stdout };
}

describe('the report table', () => {
  for (const preset of PRESETS) {
    it(`${preset.id}: fits 120 columns with replications and theory, and never reads "0 ± 0"`, () => {
      const { code, stdout } = cli([preset.id, '--duration', '60', '--replications', '3', '--theory']);
      expect(code).toBe(0);
      for (const line of stdout.split('\n')) expect(line.length, line).toBeLessThanOrEqual(120);
      expect(stdout).not.toMatch(/(^|[^\d.,])0 ± 0(?![\d.])/);
    });
  }

  it('says what util % and the wait mean for a queue, and what became of the published jobs', () => {
    const { stdout } = cli(['queue-30-vs-5', '--duration', '120', '--theory']);
    expect(stdout).toMatch(
      /util % = share of the consumers’ workers busy; wait = enqueued → a consumer starts/,
    );
    // The API's own requests all succeed, yet most of its jobs are refused: the report says both.
    expect(stdout).toMatch(/^ {2}producer .*ok 100\.0 %/m);
    expect(stdout).toMatch(/^ +jobs published: [\d,]+ · done [\d,]+ · refused [\d,]+/m);
    expect(stdout).toMatch(/^ +theory M\/M\/1\/501: util [\d.]+ % · mean wait 100 s/m);
    expect(stdout).toMatch(
      /^Jobs published to queues \(all publishers\): published [\d,]+, done [\d,]+, refused [\d,]+$/m,
    );
  });
});

describe('--theory and jobs in the JSON', () => {
  it('puts the prediction beside the measurement, the same as nodeTheory gives the app', () => {
    const { stdout } = cli(['queue-30-vs-5', '--duration', '600', '--theory', '--json']);
    const result = JSON.parse(stdout);
    const queue = result.nodes.jobs;
    expect(Object.keys(queue.theory)).toEqual([
      'model',
      'utilization',
      'meanWait',
      'meanQueueLength',
      'meanTimeInSystem',
      'dropProbability',
    ]);
    expect(queue.theory.model).toBe('M/M/1/501');
    const lambda = queue.arrivals / (result.duration - result.warmup);
    const scenario = getPreset('queue-30-vs-5')!.scenario;
    expect(queue.theory).toEqual(theoryFigures(nodeTheory(scenario, 'jobs', lambda)!));
    // The line is full from ≈ 20 s, before the 60 s warm-up ends, so every measured wait is that of a
    // full 500-slot line drained at 5/s (≈ 100 s); one run of 540 s holds ≈ 5 independent line
    // turnovers, so its mean lands within a few per cent: 10 % is the honest bound.
    expect(Math.abs(queue.meanWait - queue.theory.meanWait)).toBeLessThan(0.1 * queue.theory.meanWait);
    expect(Math.abs(queue.dropProbability - queue.theory.dropProbability)).toBeLessThan(0.02);
    // A station that does not queue, and a queue's consumer, get no theory of their own.
    expect(result.nodes.producer.theory).toBeUndefined();
    expect(result.nodes.consumer.theory).toBeUndefined();
    expect(result.nodes.api.theory.model).toBe('M/M/4');
    // Without --theory there is none.
    expect(
      JSON.parse(cli(['queue-30-vs-5', '--duration', '30', '--json']).stdout).nodes.jobs.theory,
    ).toBeUndefined();
  });

  it('counts the jobs per publishing node and in the totals', () => {
    const { stdout } = cli(['queue-30-vs-5', '--duration', '300', '--json']);
    const result = JSON.parse(stdout);
    const jobs = result.nodes.api.jobs;
    expect(Object.keys(jobs).sort()).toEqual(
      ['published', 'done', 'failed', 'refused', 'evicted', 'deadLettered', 'heldAtEnd'].sort(),
    );
    expect(jobs.published).toBe(result.nodes.jobs.arrivals);
    expect(jobs.refused).toBe(result.nodes.jobs.failed['queue-full']);
    // ≈ 25 refused per second of the window (the queue is full from 20 s on; the window starts at 30 s).
    expect(jobs.refused / (result.duration - result.warmup)).toBeGreaterThan(22);
    expect(result.totals.jobs).toEqual(jobs);
    expect(result.nodes.producer.jobs).toBeUndefined();
  });
});
