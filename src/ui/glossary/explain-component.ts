/**
 * The explanation of a component: what it is (its record's line, src/content/kinds), how its
 * current setting behaves, and what its parameters do, in 3–6 short sentences using its actual
 * values. Pure text: the inspector lays it out (panels/explanations.ts, parameter-explanations.tsx).
 */
import type { NodeKind } from '../../scenario/types.ts';
import type { ComponentExplanation, ExplanationBody, Given, ParamsOf } from './explanation.ts';
import { explainOrchestrator, explainQueue, explainService } from './explain-stations.ts';
import { explainClient, explainGateway, explainLoadBalancer } from './explain-traffic.ts';

export type { ComponentExplanation } from './explanation.ts';

const EXPLAINERS: Record<NodeKind, (given: Given) => ExplanationBody> = {
  client: explainClient,
  loadBalancer: explainLoadBalancer,
  gateway: explainGateway,
  orchestrator: explainOrchestrator,
  service: explainService,
  queue: explainQueue,
};

/** Explains a component of kind `kind` with these parameters (missing ones take their defaults). */
export function explainComponent<K extends NodeKind>(
  kind: K,
  params: Partial<ParamsOf<K>> = {},
): ComponentExplanation {
  const body = EXPLAINERS[kind](params as Given);
  const sentences = [body.what, body.current, ...body.parameters.map((p) => p.text)];
  return { ...body, text: sentences.filter((s) => s !== undefined).join(' ') };
}
