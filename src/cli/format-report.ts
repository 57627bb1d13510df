/**
 * The readable form of a result (what `npm run sim` prints without `--json`): a header, then the
 * nodes grouped by kind, each node a block of "name value" figures wrapped to fit 120 columns,
 * then totals and the engine's pace. With several replications each figure reads
 * "mean ± 95% half-width"; a figure that was the same in every run shows no "± 0". Figures that
 * mean nothing for a kind (a client's line, a balancer's wait) are left out rather than shown as 0.
 */
import { OUTCOMES, type NodeKind, type Outcome } from '../scenario/types.ts';
import type { CliResult, ClientResult, NodeResult } from './build-result.ts';
import {
  formatCount,
  formatPercent,
  formatPerSecond,
  formatRate,
  formatSeconds,
  formatWallMs,
  withHalfWidth,
} from './format-values.ts';
import { defenceFigures } from './format-defences.ts';

/** Every line of the report fits this many columns (a terminal of 120, or a printed page). */
export const REPORT_WIDTH = 120;
const NAME_WIDTH = 16;
const INDENT = ' '.repeat(NAME_WIDTH + 2);

export function formatReport(result: CliResult, scenarioName: string): string {
  const many = result.replications > 1;
  const theory = Object.values(result.nodes).some((node) => node.theory !== undefined);
  const sections = [header(result, scenarioName), clientSection(result.clients, many)];
  for (const group of GROUPS) {
    const ids = Object.keys(result.nodes).filter((id) => group.kinds.includes(result.nodes[id].kind));
    if (ids.length === 0) continue;
    const blocks = ids.map((id) => nodeBlock(id, result.nodes[id], many, theory));
    sections.push([wrapText(group.title), ...blocks].join('\n'));
  }
  const faults = faultLines(result.nodes);
  if (faults.length > 0) sections.push(faults.map((line) => wrapText(line)).join('\n'));
  const defences = defenceFigures(result.nodes, result.clients, (name, format, value, half) =>
    figure(name, format, value, half, many),
  );
  if (defences.length > 0) {
    const blocks = defences.map(([id, figures]) => wrapFigures(id, figures).join('\n'));
    sections.push(
      ['Overload defences (tries per request counts first tries and retries)', ...blocks].join('\n'),
    );
  }
  sections.push([totalsLine(result), paceLine(result)].join('\n'));
  return sections.join('\n\n');
}

function header(result: CliResult, scenarioName: string): string {
  const last = result.seed + result.replications - 1;
  const runs =
    result.replications > 1
      ? `${result.replications} replications (seeds ${result.seed}–${last}), mean ± 95% confidence half-width`
      : `1 replication (seed ${result.seed})`;
  return [
    wrapText(`${scenarioName} (${result.scenario})`),
    `${formatSeconds(result.duration)} simulated, measured from ${formatSeconds(result.warmup)} (warm-up) to the end`,
    runs,
  ].join('\n');
}

interface Group {
  title: string;
  kinds: NodeKind[];
}

const GROUPS: Group[] = [
  {
    title:
      'Balancers, gateways and orchestrators (util % = share of their workers busy; wait = for a worker)',
    kinds: ['loadBalancer', 'gateway', 'orchestrator'],
  },
  {
    title: 'Services (util % = share of workers busy; wait = arrival → start of service)',
    kinds: ['service'],
  },
  {
    title:
      'Queues, each with its consumers (util % = share of the consumers’ workers busy; wait = enqueued → a consumer starts; ' +
      'time in system = enqueued → consumer done)',
    kinds: ['queue'],
  },
];

/** "name value" figure; null when it says nothing. */
type Figure = string | null;

function figure(
  name: string,
  format: (value: number | null) => string,
  value: number | null,
  halfWidth: number | null | undefined,
  many: boolean,
  unit = '',
): string {
  // A figure equal in every run has half-width 0: "± 0" only adds noise.
  const text = withHalfWidth(format, value, halfWidth === 0 ? undefined : halfWidth, many && halfWidth !== 0);
  return `${name} ${text}${unit}`;
}

function nodeBlock(id: string, node: NodeResult, many: boolean, theory: boolean): string {
  const ci = node.ci95;
  const balancer = node.kind === 'loadBalancer';
  const drops = node.dropProbability > 0 || (ci.dropProbability ?? 0) > 0;
  const measured: Figure[] = [
    figure('arrivals', formatCount, node.arrivals, ci.arrivals, many),
    figure('throughput', formatRate, node.throughput, ci.throughput, many, '/s'),
    balancer && node.utilization === 0
      ? null
      : figure('util', formatPercent, node.utilization, ci.utilization, many, ' %'),
    balancer ? null : figure('mean wait', formatSeconds, node.meanWait, ci.meanWait, many),
    balancer
      ? null
      : figure('time in system', formatSeconds, node.meanTimeInSystem, ci.meanTimeInSystem, many),
    balancer ? null : figure('p95', formatSeconds, node.p95, ci.p95, many),
    balancer ? null : figure('p99', formatSeconds, node.p99, ci.p99, many),
    drops ? figure('lost', formatPercent, node.dropProbability, ci.dropProbability, many, ' %') : null,
    node.waitingAtEnd > 0
      ? figure('waiting at end', formatCount, node.waitingAtEnd, ci.waitingAtEnd, many)
      : null,
  ];
  const lines = wrapFigures(id, measured);
  const failed = outcomeList(node.failed);
  if (failed) lines.push(...wrapFigures('', [`ended here: ${failed}`]));
  if (node.jobs) lines.push(...wrapFigures('', jobFigures(node, many)));
  if (theory && node.theory) lines.push(...wrapFigures('', theoryFigures(node)));
  return lines.join('\n');
}

function jobFigures(node: NodeResult, many: boolean): Figure[] {
  const jobs = node.jobs;
  const ci = node.ci95.jobs;
  if (!jobs || !ci) return [];
  const optional = (name: string, value: number, halfWidth: number | null) =>
    value > 0 ? figure(name, formatCount, value, halfWidth, many) : null;
  return [
    `jobs published: ${formatCount(jobs.published)}${many && ci.published ? ` ± ${formatCount(ci.published)}` : ''}`,
    figure('done', formatCount, jobs.done, ci.done, many),
    optional('failed at consumer', jobs.failed, ci.failed),
    optional('refused', jobs.refused, ci.refused),
    optional('evicted', jobs.evicted, ci.evicted),
    optional('dead-lettered', jobs.deadLettered, ci.deadLettered),
    optional('held at end', jobs.heldAtEnd, ci.heldAtEnd),
  ];
}

function theoryFigures(node: NodeResult): Figure[] {
  const t = node.theory;
  if (!t) return [];
  return [
    `theory ${t.model}: util ${formatPercent(t.utilization)} %`,
    t.meanWait === null ? 'mean wait – (no steady state)' : `mean wait ${formatSeconds(t.meanWait)}`,
    t.meanTimeInSystem === null ? null : `time in system ${formatSeconds(t.meanTimeInSystem)}`,
    t.meanQueueLength === null ? null : `mean line ${formatCount(round1(t.meanQueueLength))}`,
    t.dropProbability === null ? null : `lost ${formatPercent(t.dropProbability)} %`,
  ];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Figures joined by " · ", wrapped under the name column so no line passes REPORT_WIDTH. */
function wrapFigures(name: string, figures: readonly Figure[]): string[] {
  const lines: string[] = [];
  let line = `  ${name.padEnd(NAME_WIDTH)}`;
  let first = true;
  for (const item of figures) {
    if (item === null) continue;
    const piece = first ? item : ` · ${item}`;
    if (!first && line.length + piece.length > REPORT_WIDTH) {
      lines.push(line);
      line = `${INDENT}${item}`;
    } else {
      line += piece;
    }
    first = false;
  }
  if (!first) lines.push(line);
  return lines.map((l) => (l.length > REPORT_WIDTH ? hardWrap(l) : l)).flat();
}

/** A single figure longer than a line (a long node id or outcome list) breaks at spaces. */
function hardWrap(line: string): string[] {
  return wrapText(line.trim())
    .split('\n')
    .map((l) => `  ${l}`);
}

function wrapText(text: string, width = REPORT_WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

function clientSection(clients: Record<string, ClientResult>, many: boolean): string {
  const blocks = Object.entries(clients).map(([id, client]) => {
    const { latency, ci95 } = client;
    const figures: Figure[] = [
      figure('sent', formatCount, client.sent, ci95.sent, many),
      `ok ${client.sent > 0 ? formatPercent(client.ok / client.sent) : '–'} %`,
      figure('latency mean', formatSeconds, latency.mean, ci95.latency.mean, many),
      figure('p50', formatSeconds, latency.p50, ci95.latency.p50, many),
      figure('p95', formatSeconds, latency.p95, ci95.latency.p95, many),
      figure('p99', formatSeconds, latency.p99, ci95.latency.p99, many),
      `failures: ${outcomeList(client.failed) || 'none'}`,
    ];
    return wrapFigures(id, figures).join('\n');
  });
  return [
    wrapText(
      'Clients (end to end: a request from sent to answered; a job published to a queue is answered at once)',
    ),
    ...blocks,
  ].join('\n');
}

/** "unauthorized 12, queue-full 3", in the engine's outcome order, zeros left out. */
function outcomeList(counts: Partial<Record<Outcome, number>>): string {
  return OUTCOMES.filter((outcome) => (counts[outcome] ?? 0) > 0)
    .map((outcome) => `${outcome} ${formatCount(counts[outcome] as number)}`)
    .join(', ');
}

function totalsLine(result: CliResult): string {
  const { totals } = result;
  const outcomes = outcomeList(totals.byOutcome);
  const jobs = totals.jobs;
  const lines = [
    wrapText(
      `Totals (requests and jobs): created ${formatCount(totals.created)}, finished ${formatCount(totals.finished)}` +
        `${outcomes ? ` (${outcomes})` : ''}, in flight at end ${formatCount(totals.inFlight)}`,
    ),
  ];
  if (jobs) {
    const parts = [
      `published ${formatCount(jobs.published)}`,
      `done ${formatCount(jobs.done)}`,
      jobs.failed > 0 ? `failed at consumer ${formatCount(jobs.failed)}` : '',
      jobs.refused > 0 ? `refused ${formatCount(jobs.refused)}` : '',
      jobs.evicted > 0 ? `evicted ${formatCount(jobs.evicted)}` : '',
      jobs.deadLettered > 0 ? `dead-lettered ${formatCount(jobs.deadLettered)}` : '',
      jobs.heldAtEnd > 0 ? `held at end ${formatCount(jobs.heldAtEnd)}` : '',
    ].filter(Boolean);
    lines.push(wrapText(`Jobs published to queues (all publishers): ${parts.join(', ')}`));
  }
  return lines.join('\n');
}

function paceLine(result: CliResult): string {
  const wallS = result.wallMs / 1000;
  const eventsPerS = wallS > 0 ? result.events / wallS : 0;
  const simulatedS = result.duration * result.replications;
  const speedup = wallS > 0 ? `, ${formatPerSecond(simulatedS / wallS)}× real time` : '';
  return `Events: ${formatCount(result.events)} in ${formatWallMs(result.wallMs)} of wall time (${formatPerSecond(eventsPerS)} events/s${speedup})`;
}

/** Format 2: which nodes had faults for how long, and what the balancers took out (only if any). */
function faultLines(nodes: Record<string, NodeResult>): string[] {
  const parts: string[] = [];
  for (const [id, node] of Object.entries(nodes)) {
    if (node.faultTime > 0) parts.push(`${id} faulted for ${formatSeconds(node.faultTime)}`);
    if (node.ejections > 0) parts.push(`${id} took ${formatCount(node.ejections)} target(s) out of rotation`);
  }
  return parts.length === 0 ? [] : [`Faults: ${parts.join('; ')}`];
}
