/**
 * Small numbers are never shown: a count from 1 to below the threshold (a setting, default 5,
 * never below 3) is shown as "< 5". And since a total minus the cells shown would give a hidden
 * cell back, a row or column with exactly one hidden cell hides one more (the smallest that is
 * not already hidden), and the same between totals and the grand total, until no line can be
 * solved for a hidden cell. Zero is shown: it names nobody.
 *
 * Pure: a table of counts in, each cell (and the totals) out as shown or hidden.
 */

export interface Cell {
  value: number;
  hidden: boolean;
}

export interface SuppressedTable {
  cells: Cell[][];
  rowTotals: Cell[];
  columnTotals: Cell[];
  total: Cell;
}

/** The smallest threshold any setting may ask for. */
export const MIN_THRESHOLD = 3;

const small = (value: number, threshold: number) => value > 0 && value < threshold;

/**
 * In a line (cells whose sum is a shown total), hides one more cell when exactly one is hidden:
 * the smallest shown one that is not zero, else the smallest shown one. True when it hid one.
 */
function protect(line: Cell[], total: Cell): boolean {
  if (total.hidden) return false;
  const hidden = line.filter((c) => c.hidden);
  if (hidden.length !== 1) return false;
  const shown = line.filter((c) => !c.hidden);
  const candidates = shown.filter((c) => c.value > 0);
  const pick = [...(candidates.length > 0 ? candidates : shown)].sort((a, b) => a.value - b.value)[0];
  if (pick) {
    pick.hidden = true;
    return true;
  }
  // The hidden cell is the only one in its line: the total would give it away, so hide the total.
  total.hidden = true;
  return true;
}

/** Which totals a table publishes: a total that is not shown cannot give a cell back, so it needs no second cell hidden. */
export interface Totals {
  rows: boolean;
  columns: boolean;
}

/**
 * Suppresses a table of counts (rows × columns) with the totals it publishes (rows, columns,
 * and the grand total when both are): a table of different measures side by side publishes none.
 */
export function suppressTable(values: readonly (readonly number[])[], threshold: number, totals: Totals = { rows: true, columns: true }): SuppressedTable {
  const t = Math.max(MIN_THRESHOLD, threshold);
  const columns = Math.max(0, ...values.map((row) => row.length));
  const cells = values.map((row) => Array.from({ length: columns }, (_, j) => ({ value: row[j] ?? 0, hidden: small(row[j] ?? 0, t) })));
  const rowTotals = cells.map((row) => {
    const value = row.reduce((sum, c) => sum + c.value, 0);
    return { value, hidden: small(value, t) };
  });
  const columnTotals = Array.from({ length: columns }, (_, j) => {
    const value = cells.reduce((sum, row) => sum + (row[j]?.value ?? 0), 0);
    return { value, hidden: small(value, t) };
  });
  const grand = rowTotals.reduce((sum, c) => sum + c.value, 0);
  const total = { value: grand, hidden: small(grand, t) };
  for (let changed = true; changed; ) {
    changed = false;
    if (totals.rows) {
      cells.forEach((row, i) => {
        const rowTotal = rowTotals[i];
        if (rowTotal && protect(row, rowTotal)) changed = true;
      });
    }
    if (totals.columns) {
      for (let j = 0; j < columns; j++) {
        const column = cells.map((row) => row[j]).filter((c): c is Cell => c !== undefined);
        const columnTotal = columnTotals[j];
        if (columnTotal && protect(column, columnTotal)) changed = true;
      }
    }
    if (totals.rows && totals.columns) {
      if (protect(rowTotals, total)) changed = true;
      if (protect(columnTotals, total)) changed = true;
    }
  }
  return { cells, rowTotals, columnTotals, total };
}

/** A list of counts with its total (one row). */
export function suppressList(values: readonly number[], threshold: number): { cells: Cell[]; total: Cell } {
  const table = suppressTable([values], threshold, { rows: true, columns: false });
  return { cells: table.cells[0] ?? [], total: table.rowTotals[0] ?? { value: 0, hidden: false } };
}

/** A cell as text: the number, or "< threshold" when it is hidden. */
export function shown(cell: Cell, threshold: number, format: (n: number) => string = String): string {
  return cell.hidden ? `< ${format(Math.max(MIN_THRESHOLD, threshold))}` : format(cell.value);
}
