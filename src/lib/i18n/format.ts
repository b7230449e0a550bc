/** "svenska, engelska och arabiska" in the reader's language (Arabic uses its own comma). */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}

/** A placeholder value that marks where a link goes in a translated sentence (see `slotsOf`). */
export const slot = (n: number) => `\u0000${String(n)}\u0000`;

/** A translated sentence cut at its slots: text, and the slot numbers where links or numbers go, in the sentence's own order. */
export function slotsOf(sentence: string): (string | number)[] {
  return sentence
    .split(/\u0000(\d+)\u0000/)
    .map((part, i) => (i % 2 === 1 ? Number(part) : part))
    .filter((part) => part !== "");
}

const durations = new Map<string, Intl.DurationFormat>();
/** A length of time in the reader's language: 120 → "2 timmar", 90 → "1 timme, 30 minuter". */
export function formatDuration(minutes: number, locale: string): string {
  let format = durations.get(locale);
  if (!format) durations.set(locale, (format = new Intl.DurationFormat(locale, { style: "long" })));
  return format.format({ hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
