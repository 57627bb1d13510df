/** Glossary: faults and the load balancer's defences against them (DESIGN.md section 8). */
import type { GlossaryEntry } from './types.ts';

const FAMILY = [
  'fault',
  'crash',
  'partition',
  'health-check',
  'outlier-detection',
  'ejection',
  'detection-delay',
];
const others = (id: string) => ['load-balancer', ...FAMILY.filter((f) => f !== id)];

export const FAILURE_TERMS: GlossaryEntry[] = [
  {
    id: 'fault',
    term: 'Fault',
    short:
      'Something breaking for a while: a server crashing, slowing down or failing, or a network link getting slow or cut.',
    body: 'Flowscope schedules faults in simulated time, so the same failure happens at the same moment in every run of a link. A click on a component injects one at the current instant.',
    seeAlso: others('fault'),
    aliases: ['fault', 'failure injection'],
  },
  {
    id: 'crash',
    term: 'Crash',
    short: 'A server stops: the requests it was working on are lost, and every new one fails at once.',
    body: 'Lost and refused requests end with 503, service unavailable. A balancer keeps sending traffic to a crashed server until something tells it the server is gone.',
    seeAlso: others('crash'),
    aliases: ['crash', 'crashed'],
  },
  {
    id: 'partition',
    term: 'Network partition',
    short: 'A link between two components is cut: nothing gets across until it heals.',
    body: 'Requests sent over a cut link wait at the cut and pile up there. Only a timeout upstream would give their callers an answer sooner.',
    seeAlso: others('partition'),
    aliases: ['network partition', 'partition', 'cut link'],
  },
  {
    id: 'health-check',
    term: 'Health check',
    short:
      'The balancer probes every server at a fixed interval and stops sending traffic to one that fails several probes in a row.',
    body: 'With probes every 5 s and a threshold of 3, a crashed server is taken out of rotation 10 to 15 s after it dies. It returns after a number of good probes in a row.',
    seeAlso: others('health-check'),
    aliases: ['health check', 'probe'],
  },
  {
    id: 'outlier-detection',
    term: 'Outlier detection',
    short: 'The balancer watches the answers and ejects a server after several failures in a row.',
    body: 'It reacts to real traffic, so it notices a dead server within a few requests rather than a few probes. An ejected server is tried again after the ejection time.',
    seeAlso: others('outlier-detection'),
    aliases: ['outlier detection', 'outlier ejection'],
  },
  {
    id: 'ejection',
    term: 'Ejection',
    short: 'Taking a server out of the balancer’s rotation, for failed probes or failed answers.',
    body: 'The balancer card shows each server as in rotation, suspected, out or ejected. A balancer never ejects more than its maximum share of servers at once, so a bad day cannot empty the pool.',
    seeAlso: others('ejection'),
    aliases: ['ejection', 'ejected', 'out of rotation'],
  },
  {
    id: 'detection-delay',
    term: 'Detection delay',
    short: 'The time between a failure and the moment the balancer stops sending traffic to it.',
    body: 'During it, requests still reach the dead server and fail: the red 503s on the diagram. Shorter probe intervals and lower thresholds shorten it, at the price of taking servers out for a brief hiccup.',
    seeAlso: others('detection-delay'),
    aliases: ['detection delay', 'time to detect'],
  },
];
