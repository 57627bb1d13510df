/**
 * A plain-text table with aligned columns: text columns flush left, numbers flush right, two
 * spaces between columns, a rule under the header. No colours, so it pipes and diffs cleanly.
 */
export type Align = 'left' | 'right';

export interface Column {
  header: string;
  align: Align;
}

export function textTable(columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        return column.align === 'left' ? cell.padEnd(widths[index]) : cell.padStart(widths[index]);
      })
      .join('  ')
      .trimEnd();
  const header = line(columns.map((column) => column.header));
  const rule = widths.map((width) => '─'.repeat(width)).join('  ');
  return [header, rule, ...rows.map(line)].join('\n');
}
