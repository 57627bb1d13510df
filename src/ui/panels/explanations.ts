/**
 * The plain-language paragraph the inspector shows for each component: what it is (its record's
 * line, src/content/kinds), where it matters the figures that set how its line grows, and how the
 * option currently chosen behaves (an algorithm's record line, an overflow policy, a mode). The
 * parameter list under it (parameter-explanations.tsx) says what each setting does.
 */
import type { ScenarioNode } from '../../scenario/types.ts';
// From the glossary's module, not the file behind it: the inspector then shares the glossary's
// chunk instead of splitting a new one (each chunk adds to the first page's preload lists).
import { explainComponent } from '../glossary/index.ts';

/** How a service's or a queue's waiting line behaves with its current figures; '' for other kinds. */
function lineSentence(node: ScenarioNode): string {
  switch (node.kind) {
    case 'service': {
      const all = node.workers === 1 ? 'it' : 'them all';
      const room = node.capacity === null ? 'with no limit' : `up to ${node.capacity} places, then get 503`;
      return `It has ${node.workers} worker${node.workers === 1 ? '' : 's'}; requests that find ${all} busy wait in line, ${room}.`;
    }
    case 'queue':
      return `If jobs arrive faster than they are consumed, the backlog grows ${node.capacity === null ? 'steadily and never stops' : `until it reaches its capacity of ${node.capacity}`}.`;
    default:
      return '';
  }
}

export function explain(node: ScenarioNode): string {
  const { id: _id, kind, label: _label, ...params } = node as ScenarioNode & { position?: unknown };
  const explanation = explainComponent(kind, params as never);
  return [explanation.what, lineSentence(node), explanation.current].filter(Boolean).join(' ');
}
