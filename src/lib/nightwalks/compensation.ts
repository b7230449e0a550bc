/**
 * What each association is paid for a term's night walks, by the series' rule: for every
 * reported night an association walked (one of its walkers was there), the amount for a night
 * with the minimum met, or the lower amount (often none) below it. A night without a report, or
 * cancelled, pays nothing. Pure: the nights and the rules in, the table out.
 */
export interface Term {
  id: string;
  from: string;
  to: string;
}

/** The school term a date falls in: autumn (August–December) or spring (January–July). */
export function termOf(date: string): Term {
  const year = date.slice(0, 4);
  return date.slice(5, 7) >= "08" ? { id: `${year}-HT`, from: `${year}-08-01`, to: `${year}-12-31` } : { id: `${year}-VT`, from: `${year}-01-01`, to: `${year}-07-31` };
}

export interface WalkedNight {
  walkKey: string;
  seriesId: string;
  date: string;
  walkersPresent: number;
  /** Walkers present per association. */
  associations: ReadonlyMap<string, number>;
}

export interface Rule {
  minWalkers: number;
  compensation: { perNightMet: number; perNightBelow: number };
}

export interface CompensationRow {
  associationId: string;
  nights: number;
  nightsMet: number;
  walkerEvenings: number;
  amount: number;
}

export function compensation(nights: readonly WalkedNight[], rules: ReadonlyMap<string, Rule>): CompensationRow[] {
  const rows = new Map<string, CompensationRow>();
  for (const night of nights) {
    const rule = rules.get(night.seriesId);
    if (!rule) continue;
    const met = night.walkersPresent >= rule.minWalkers;
    for (const [associationId, walkers] of night.associations) {
      if (walkers <= 0) continue;
      const row = rows.get(associationId) ?? { associationId, nights: 0, nightsMet: 0, walkerEvenings: 0, amount: 0 };
      row.nights++;
      if (met) row.nightsMet++;
      row.walkerEvenings += walkers;
      row.amount += met ? rule.compensation.perNightMet : rule.compensation.perNightBelow;
      rows.set(associationId, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.associationId.localeCompare(b.associationId));
}

/** The table as CSV (RFC 4180, `;`-separated as Swedish spreadsheets expect, with a BOM so that å, ä, ö open right). */
export function compensationCsv(rows: readonly (CompensationRow & { name: string })[], term: Term): string {
  const cell = (value: string | number) => {
    const s = String(value);
    return /[";\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const lines = [
    ["Termin", "Förening", "Kvällar", "Kvällar med minsta antal", "Vandrarkvällar", "Ersättning (kr)"],
    ...rows.map((r) => [term.id, r.name, r.nights, r.nightsMet, r.walkerEvenings, r.amount]),
  ];
  return `\uFEFF${lines.map((line) => line.map(cell).join(";")).join("\r\n")}\r\n`;
}
