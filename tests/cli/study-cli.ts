/** Drives `runCli` in-process for `--compare`/`--sweep` tests: captured streams and written files. */
import { runCli } from '../../src/cli/run-cli.ts';
import { PRESETS } from '../../src/scenario/presets/index.ts';

export interface StudyRun {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, string>;
}

export async function study(argv: string[], texts: Record<string, string> = {}): Promise<StudyRun> {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const code = await runCli(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    readText: (path) => {
      if (Object.hasOwn(texts, path)) return texts[path];
      throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    },
    presets: PRESETS,
    writeText: (path, text) => files.set(path, text),
  });
  return { code, stdout, stderr, files };
}
