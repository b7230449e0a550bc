/** "svenska, engelska och arabiska" in the reader's language (Arabic uses its own comma). */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}
