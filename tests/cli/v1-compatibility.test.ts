/**
 * Compatibility is a promise (DESIGN.md section 8): a format-1 scenario runs figure for figure as
 * it did before format 2. The reports in tests/fixtures/compat were recorded by the runner at
 * commit cd96c50, before format 2 existed, for every preset of that time and for an edited
 * topology carried in a compressed link. Every figure recorded then must come out identical now;
 * fields added since (`ejections`, `faultTime`, …) are not in the recording and must be zero.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { runCli } from '../../src/cli/run-cli.ts';
import { PRESETS } from '../../src/scenario/presets/index.ts';

const DIR = new URL('../fixtures/compat/', import.meta.url);
const FILES = readdirSync(DIR).filter((name) => name.endsWith('.json'));

interface Recording {
  args: string[];
  report: Record<string, unknown>;
}

function run(argv: readonly string[]): Record<string, unknown> {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readText: () => {
      throw new Error('no files in this test');
    },
    presets: PRESETS,
  });
  expect(stderr).toBe('');
  expect(code).toBe(EXIT.ok);
  return JSON.parse(stdout) as Record<string, unknown>;
}

/** The part of `actual` that has the recorded keys, so new report fields do not hide a change. */
function project(actual: unknown, recorded: unknown): unknown {
  if (typeof recorded !== 'object' || recorded === null || typeof actual !== 'object' || actual === null) {
    return actual;
  }
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(recorded)) {
    out[key] = project((actual as Record<string, unknown>)[key], (recorded as Record<string, unknown>)[key]);
  }
  return out;
}

describe('format-1 scenarios run figure for figure as before format 2', () => {
  it('has a recording for every preset of format 1 and for an edited topology', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        'edited-topology.json',
        'full.json',
        'microservices.json',
        'monolith.json',
        'orchestration.json',
        'queue-30-vs-5.json',
      ]),
    );
  });

  it.each(FILES)('%s: every recorded figure is unchanged', (file) => {
    const recording = JSON.parse(readFileSync(new URL(file, DIR), 'utf8')) as Recording;
    const report = run(recording.args);
    delete report.wallMs;
    expect(project(report, recording.report)).toEqual(recording.report);
    // New per-node figures exist and are zero: nothing about faults happened in a format-1 run.
    for (const node of Object.values(report.nodes as Record<string, Record<string, unknown>>)) {
      if ('faultTime' in node) expect(node.faultTime).toBe(0);
      if ('ejections' in node) expect(node.ejections).toBe(0);
    }
  });
});
