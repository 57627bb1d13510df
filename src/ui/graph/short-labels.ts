/**
 * Labels short enough for a share bar: words every label starts with are dropped, keeping the
 * last of them, so "API gateway 1" and "API gateway 2" read "gateway 1" and "gateway 2".
 */
export function shortLabels(labels: readonly string[]): string[] {
  if (labels.length < 2) return [...labels];
  const words = labels.map((label) => label.split(/\s+/));
  let common = 0;
  while (words.every((w) => w.length > common + 1 && w[common] === words[0][common])) common++;
  const drop = Math.max(0, common - 1);
  return words.map((w) => w.slice(drop).join(' '));
}
