/** Text and attribute values for HTML and SVG written as strings (the map's picture, the island's list and popups). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/**
 * A page that shows a form's errors says so first in its title ("Fel: Boka besök – Nära"), as
 * GOV.UK's pages do: the title is what a screen reader reads first, and what a tab shows. The
 * error summary marks itself (`data-error-summary`); a page without it is returned as it is. The
 * mark is looked for as an attribute inside a tag, so that text someone wrote ("data-error-summary"
 * in a message, escaped) does not count.
 */
const ERROR_SUMMARY = /<[a-z][a-z0-9-]*[^>]*\sdata-error-summary[\s>=]/i;

export function titleWithError(html: string, word: string): string {
  if (!ERROR_SUMMARY.test(html)) return html;
  return html.replace(/<title>/, `<title>${escapeHtml(word)}: `);
}
