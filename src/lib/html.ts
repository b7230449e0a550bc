/** Text and attribute values for HTML and SVG written as strings (the map's picture, the island's list and popups). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}
