/** src/lib/followup/suppress.ts: small numbers hidden, and no hidden cell recoverable from a total. */
import { describe, expect, it } from "vitest";
import { shown, suppressList, suppressTable, type Cell } from "../../src/lib/followup/suppress.ts";

const view = (cells: Cell[]) => cells.map((c) => shown(c, 5));

/** Every line whose total is shown, with exactly one hidden cell, would give that cell back. */
function solvable(table: ReturnType<typeof suppressTable>): boolean {
  const lines: [Cell[], Cell][] = [
    ...table.cells.map((row, i): [Cell[], Cell] => [row, table.rowTotals[i] ?? { value: 0, hidden: true }]),
    ...table.columnTotals.map((total, j): [Cell[], Cell] => [table.cells.map((row) => row[j] ?? { value: 0, hidden: false }), total]),
    [table.rowTotals, table.total],
    [table.columnTotals, table.total],
  ];
  return lines.some(([line, total]) => !total.hidden && line.filter((c) => c.hidden).length === 1);
}

describe("suppression", () => {
  it("hides counts from 1 to below the threshold, shows zero and larger counts", () => {
    expect(view(suppressList([0, 7, 12], 5).cells)).toEqual(["0", "7", "12"]);
    expect(view(suppressList([4, 5, 6, 6], 5).cells)).toEqual(["< 5", "< 5", "6", "6"]);
  });

  it("hides a second cell when a total would give the only hidden one back", () => {
    // 3 + 9 + 20 = 32: with only the 3 hidden, 32 − 9 − 20 = 3. The 9 goes too.
    const list = suppressList([3, 9, 20], 5);
    expect(view(list.cells)).toEqual(["< 5", "< 5", "20"]);
    expect(list.total).toEqual({ value: 32, hidden: false });
  });

  it("hides a total that is itself small, and a large cell when only zeros are beside the hidden one", () => {
    const alone = suppressList([2, 0, 0], 5);
    expect(view(alone.cells)).toEqual(["< 5", "0", "0"]);
    expect(alone.total).toEqual({ value: 2, hidden: true });
    const beside = suppressList([2, 0, 0, 30], 5);
    expect(view(beside.cells)).toEqual(["< 5", "0", "0", "< 5"]);
    expect(beside.total).toEqual({ value: 32, hidden: false });
  });

  it("never leaves a line from which a hidden cell can be solved, across rows, columns and totals", () => {
    const table = suppressTable(
      [
        [12, 3, 40],
        [15, 22, 18],
        [9, 11, 2],
      ],
      5,
    );
    expect(table.cells.flat().filter((c) => c.hidden).length).toBeGreaterThanOrEqual(4);
    expect(solvable(table)).toBe(false);
    // The totals themselves are large and shown.
    expect(table.total).toEqual({ value: 132, hidden: false });
  });

  it("keeps a threshold of at least 3, whatever the setting says", () => {
    expect(suppressList([2, 10, 10], 1).cells.map((c) => shown(c, 1))).toEqual(["< 3", "< 3", "10"]);
  });
});
