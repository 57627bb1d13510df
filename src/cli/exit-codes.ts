/** What `npm run sim` exits with; docs/cli.md lists the same table. */
export const EXIT = {
  ok: 0,
  /** The scenario could not be used: missing file, invalid JSON or scenario, unknown preset, bad link. */
  badScenario: 1,
  /** The command line is wrong: unknown option, bad or out-of-range value, no scenario. */
  badUsage: 2,
  /** The run stopped early because the system cannot keep up (the metrics up to then are still printed). */
  overloaded: 3,
  /** A bug in Flowscope: the message is printed without a stack trace. */
  internalError: 4,
} as const;
