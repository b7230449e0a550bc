/** Text and attribute values for HTML and SVG written as strings (the map's picture, the island's list and popups). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

/**
 * A page that shows a form's errors says so first in its title ("Fel: Boka besök – Nära"), as
 * GOV.UK's pages do: the title is what a screen reader reads first, and what a tab shows. The
 * error summary marks itself (`data-error-summary`); a page without it is returned as it is.
 */
export function titleWithError(html: string, word: string): string {
  if (!html.includes("data-error-summary")) return html;
  return html.replace(/<title>/, `<title>${escapeHtml(word)}: `);
}
