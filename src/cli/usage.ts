/** The `--help` text. */
import {
  DEFAULT_BASE_URL,
  DEFAULT_DURATION_S,
  DEFAULT_WARMUP_S,
  MAX_DURATION_S,
  MAX_REPLICATIONS,
} from './parse-args.ts';
import { MAX_OFFERED_REQUESTS } from './work-limit.ts';

export function usage(presetIds: readonly string[]): string {
  return `Runs a Flowscope scenario headless and prints its metrics.

Usage: npm run sim -- <scenario> [--duration S] [--warmup S] [--seed N] [--replications R] [--theory] [--json]
       npm run sim -- <scenario> --link [--seed N] [--base-url URL] [--json]
       npm run sim -- <scenario> --compare <B> [--replications R] [--threads N] [--json]
       npm run sim -- <scenario> --sweep <node.field=from..to:step|a,b,c> [--by node.field=a,b,c]
                      [--metric PATH] [--csv FILE] [--plot FILE] [--replications R] [--threads N] [--json]

<scenario>          a scenario JSON file; a preset id: ${presetIds.join(', ')};
                    or a share link: http(s)://…#v=1&…, #v=1&…, ?v=1&… or v=1&… (in quotes,
                    as # and & mean something to the shell)
--duration S        simulated seconds per run (default ${DEFAULT_DURATION_S}; at most ${MAX_DURATION_S.toLocaleString('en')})
--warmup S          simulated seconds left out of the statistics (default ${DEFAULT_WARMUP_S},
                    or a tenth of the duration when the run is shorter than ${DEFAULT_WARMUP_S * 10} s)
--seed N            seed of the first run, 0 to 4294967295 (default: the scenario's seed)
--replications R    independent runs with seeds N, N+1, …, N+R-1 (default 1, at most ${MAX_REPLICATIONS.toLocaleString('en')});
                    each metric is their mean, with a 95% confidence half-width beside it.
                    Work limit: replications × duration × offered req/s ≤ ${MAX_OFFERED_REQUESTS.toLocaleString('en')}
--theory            add queueing theory's prediction beside each station's measurement (the model,
                    utilisation, mean wait, line, time in system and share lost), as the app's panel does
--json              print one JSON object instead of tables ({"link": …} with --link)
--link              print the app's link for the scenario (with --seed applied) instead of running it
--base-url URL      the app's address the link starts with (default ${DEFAULT_BASE_URL}, npm start)
--compare B         run B beside the scenario (A) on the same seeds and print A, B and the paired
                    difference B − A with its 95% half-width. B: a file, preset id or link, or
                    node.field=value changes against A (comma-separated or repeated), e.g.
                    lb.algorithm=least-connections
--sweep P           run every value of one setting: node.field=from..to:step or node.field=a,b,c
--by P              with --sweep: one line per value of a second setting
--metric PATH       with --sweep: the figure to report, e.g. clients.web.latency.p99 (default: the
                    first client's p99), nodes.jobs.dropRate, totals.byOutcome.ok
--csv FILE          with --sweep: write CSV there (else it goes to stdout)
--plot FILE         with --sweep: write an SVG line chart there
--threads N         with --compare/--sweep: worker threads (default: every core); results do not
                    depend on it
-h, --help          show this text

Faults (scenario format 2): a file's top-level "faults" list, or a link's fault=… parameters,
schedule failures in simulated time, e.g.
  "faults": [{ "at": 30, "until": 60, "target": "app-2", "kind": "crash" }]
  …#v=1&preset=monolith&seed=1&fault=crash,app-2,30,60
Kinds: crash, slow (factor), errors (errorRate) on a node; latency (seconds), partition on an edge
written "from>to" (from~to in a link). A balancer's healthCheck and outlierDetection take failed
targets out of rotation. Reports add per node "faultTime" (seconds of the window with a fault on
the node or an edge leaving it) and "ejections" (balancer: targets taken out of rotation).

Exit codes: 0 done, 1 unusable scenario, 2 bad command line, 3 run stopped as overloaded,
4 internal error. See docs/cli.md.

Examples:
  npm run sim -- queue-30-vs-5 --duration 120
  npm run sim -- full --replications 5 --json > full.json
  npm run sim -- queue-30-vs-5 --theory
  npm run sim -- my-scenario.json --seed 42
  npm run sim -- queue-30-vs-5 --seed 7 --link
  npm run sim -- 'http://localhost:4173/#v=1&preset=queue-30-vs-5&seed=7' --duration 120
  npm run sim -- server-dies --duration 120
  npm run sim -- 'v=1&preset=monolith&seed=1&fault=crash,app-2,30' --duration 90
  npm run sim -- full --replications 10 --compare lb.algorithm=least-connections
  npm run sim -- queue-30-vs-5 --sweep consumer.workers=1..6:1 --by jobs.overflow=reject-new,block \\
    --replications 5 --csv sweep.csv --plot sweep.svg
`;
}
