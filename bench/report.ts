/** One printed figure: what was measured, its value, and PASS/FAIL when a budget applies. */
export interface Figure {
  label: string;
  /** Already formatted with its unit. */
  value: string;
  /** e.g. "≥ 5 M events/s"; absent for figures that only inform. */
  budget?: string;
  pass?: boolean;
  note?: string;
}

export function printFigures(title: string, figures: readonly Figure[]): void {
  const labelWidth = Math.max(...figures.map((figure) => figure.label.length));
  const valueWidth = Math.max(...figures.map((figure) => figure.value.length));
  console.log(`\n${title}`);
  for (const figure of figures) {
    const verdict = figure.pass === undefined ? '    ' : figure.pass ? 'PASS' : 'FAIL';
    const budget = figure.budget ? `  budget ${figure.budget}` : '';
    const note = figure.note ? `  (${figure.note})` : '';
    console.log(
      `  ${verdict}  ${figure.label.padEnd(labelWidth)}  ${figure.value.padStart(valueWidth)}${budget}${note}`,
    );
  }
}

/** 5_230_000 → "5.23 M". */
export function millions(value: number): string {
  return `${(value / 1e6).toFixed(2)} M`;
}
