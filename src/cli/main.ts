/**
 * Entry point of `npm run sim` (DESIGN.md section 4; docs/cli.md). Wires the real process into
 * `runCli`: arguments, output streams, the file system and the built-in presets.
 */
import { PRESETS } from '../scenario/presets/index.ts';
import { readTextFile } from './read-text-file.ts';
import { runCli } from './run-cli.ts';

const code = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readText: readTextFile,
  presets: PRESETS,
  progress: { write: (text) => process.stderr.write(text), terminal: process.stderr.isTTY === true },
});
void Promise.resolve(code).then((exitCode) => {
  process.exitCode = exitCode;
});
