/**
 * A node's FIFO waiting line (a station's waiting room, a `fifo` balancer's shared line, a
 * queue's backlog). The node's waiting level is integrated before it changes, and a token's
 * sequence number gives its place in line for the view.
 */
import type { NodeState } from './node-state.ts';
import { DOT_STATE } from './report-types.ts';
import type { Simulation } from './simulation.ts';
import type { Token } from './token.ts';

export function joinLine(sim: Simulation, node: NodeState, token: Token): void {
  node.stats.integrate(sim.nowS);
  node.stats.waiting++;
  token.node = node.index;
  token.state = DOT_STATE.waiting;
  token.lineSeq = node.line.pushedCount;
  node.line.push(token);
}

/** Takes the token at the head of a line that is known not to be empty. */
export function leaveLine(sim: Simulation, node: NodeState): Token {
  const token = node.line.shift() as Token;
  node.stats.integrate(sim.nowS);
  node.stats.waiting--;
  return token;
}
