/**
 * The progress of `--compare`/`--sweep` on stderr: on a terminal one line rewritten in place
 * (at most every 200 ms); into a file or pipe, a line at each tenth, so logs stay short.
 */
export function progressLine(
  label: string,
  write: (text: string) => void,
  terminal: boolean,
): (done: number, total: number) => void {
  const startMs = performance.now();
  let shownMs = -Infinity;
  let shownTenth = 0;
  return (done, total) => {
    const nowMs = performance.now();
    const text = `${label}: ${done}/${total} runs (${Math.floor((done / total) * 100)}%) · ${((nowMs - startMs) / 1000).toFixed(1)} s`;
    if (terminal) {
      if (done < total && nowMs - shownMs < 200) return;
      shownMs = nowMs;
      write(`\r${text}${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor((done / total) * 10);
    if (tenth > shownTenth || done === total) {
      shownTenth = tenth;
      write(`${text}\n`);
    }
  };
}
