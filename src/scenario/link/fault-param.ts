/**
 * Faults in the readable link form: one `fault=` parameter per fault, in the scenario's order,
 * `kind,target,at[,until[,value]]` — e.g. `fault=crash,app-2,31`, `fault=slow,app-1,10,20,3`,
 * `fault=latency,lb~app-1,60,-,0.25` (`-` = never heals). Edge targets are written `from~to`, as
 * edges are elsewhere in links. When a scenario's faults equal its preset's, none are written;
 * `fault=none` says "no faults" for a preset that has some.
 */
import { FAULT_EDGE_SEPARATOR } from '../fault.ts';
import type { Fault, ScenarioError } from '../types.ts';
import { paramPath, quote } from './link-errors.ts';
import { EDGE_SEPARATOR } from './link-format.ts';
import type { LinkParam } from './link-params.ts';
import { formatLinkValue } from './link-values.ts';

export const FAULT_PARAM = 'fault';
const NONE = 'none';

/** The `fault=` parameters that turn the preset's faults into these; [] when they are equal. */
export function faultParams(base: readonly Fault[], faults: readonly Fault[]): LinkParam[] {
  if (JSON.stringify(base) === JSON.stringify(faults)) return [];
  if (faults.length === 0) return [{ name: FAULT_PARAM, value: NONE }];
  return faults.map((fault) => ({ name: FAULT_PARAM, value: formatFault(fault) }));
}

function formatFault(fault: Fault): string {
  const target = fault.target.replace(FAULT_EDGE_SEPARATOR, EDGE_SEPARATOR);
  const parts = [fault.kind, target, formatLinkValue(fault.at)];
  const value =
    fault.kind === 'slow'
      ? fault.factor
      : fault.kind === 'errors'
        ? fault.errorRate
        : fault.kind === 'latency'
          ? fault.latency
          : undefined;
  if (fault.until !== null || value !== undefined)
    parts.push(fault.until === null ? '-' : formatLinkValue(fault.until));
  if (value !== undefined) parts.push(formatLinkValue(value));
  return parts.join(',');
}

/** The raw faults of a link's `fault=` values (checked later by parseScenario), or problems. */
export function readFaultParams(values: readonly string[]): { faults: unknown[]; errors: ScenarioError[] } {
  const faults: unknown[] = [];
  const errors: ScenarioError[] = [];
  for (const value of values) {
    if (value === NONE) continue;
    const parts = value.split(',');
    if (parts.length < 3 || parts.length > 5) {
      errors.push({
        path: paramPath(FAULT_PARAM),
        message: `must be kind,target,at[,until[,value]] (e.g. 'crash,app-2,31'); got ${quote(value)}`,
      });
      continue;
    }
    const [kind, target, at, until, extra] = parts;
    const raw: Record<string, unknown> = {
      at: number(at),
      until: until === undefined || until === '-' ? null : number(until),
      target: target.replace(EDGE_SEPARATOR, FAULT_EDGE_SEPARATOR),
      kind,
    };
    if (extra !== undefined) {
      const field = kind === 'slow' ? 'factor' : kind === 'errors' ? 'errorRate' : 'latency';
      raw[field] = number(extra);
    }
    faults.push(raw);
  }
  return { faults, errors };
}

/** A number, or the text itself so that parseScenario names it in its message. */
function number(text: string): unknown {
  return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
}
