/**
 * The calls that go back up the module layers. `flow.ts` moves tokens and every node kind calls
 * it; when a token arrives or ends, flow must call the kinds back (arrival, a balancer's answer, a
 * publisher's ack, an orchestrator's join, a caller's attempt). Importing them would close an
 * import cycle, so flow (and the queue, which acknowledges publishers) calls them through this
 * table instead: `node-kinds.ts` fills it and every `Simulation` carries it as `sim.handlers`.
 * The module layers are listed in docs/engine.md; tests/engine/import-cycles.test.ts keeps them
 * acyclic.
 */
import type { NodeState } from './node-state.ts';
import type { Simulation } from './simulation.ts';
import type { Token } from './token.ts';

export interface KindHandlers {
  /** A token reaches a node: dispatched by kind (node-kinds.ts). */
  arriveAt(sim: Simulation, token: Token, node: NodeState): void;
  /** A request a balancer forwarded has its outcome (nodes/load-balancer.ts). */
  answeredBy(sim: Simulation, nodeIndex: number, position: number, forwardedS: number, outcome: number): void;
  /** One publish of `producer` was accepted or refused (nodes/service.ts). */
  acknowledgePublish(sim: Simulation, producer: Token): void;
  /** A branch call answered its orchestrator (nodes/orchestrator.ts). */
  branchDone(sim: Simulation, parent: Token, outcome: number, lane: number, epoch: number): void;
  /** An attempt ended; its caller decides what next (callers.ts). */
  attemptFinished(
    sim: Simulation,
    token: Token | null,
    outcome: number,
    decidedAt: number,
    epoch: number,
  ): void;
}
