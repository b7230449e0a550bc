/**
 * The map as a picture, drawn on the server into the page: area boundaries and the filtered
 * places, clustered as the live map clusters them, each kind in its own shape and letter. It is
 * painted with the page, before any script has run, and is the whole map for a visitor without
 * JavaScript; the live Leaflet map takes its place when it is ready. Every marker's label
 * carries `elementtiming`, so that the browser reports when the markers were painted.
 */
import { escapeHtml } from "../html.ts";
import { clusterPlaces, FALLBACK_VIEW, fitView, LABEL_SHIFTS, project, type LatLng } from "./geometry.ts";

/** The size the picture is drawn for; the page scales it to the map's box. */
export const STATIC_WIDTH = 400;
export const STATIC_HEIGHT = 440;

/** The kinds' colours and shapes, as in src/islands/map.css. */
const FILL: Record<string, string> = { office: "#0b5e55", youthClinic: "#4b2d83", firstContact: "#8a1c4a", activity: "#7a4a00", nightWalk: "#1d4f91" };
const SHAPE: Record<string, string> = {
  office: '<rect x="-14" y="-14" width="28" height="28" rx="3"/>',
  youthClinic: '<circle r="14"/>',
  firstContact: '<path d="M-14 0A14 14 0 1 1 0 14H-14Z"/>',
  activity: '<path d="M0 -16L16 0L0 16L-16 0Z"/>',
  nightWalk: '<path d="M0 -16L16 13H-16Z"/>',
};

// Presentation attributes only: no <style>, which a strict CSP would refuse.
const label = (value: string): string => `<text y="5" fill="#fff" stroke="none" elementtiming="nara-static-map">${value}</text>`;
/** The areas' names' size in the picture's units. */
const NAME_SIZE = 13;

const round = (n: number): string => String(Math.round(n * 10) / 10);

export interface StaticMapInput {
  /** Each area's outline, and its name written at its middle. */
  areas: readonly { name?: string; boundary: readonly LatLng[] }[];
  places: readonly (LatLng & { kind: string })[];
  /** A kind's name; its first letter is drawn on the marker. */
  kindLabels: Readonly<Record<string, string>>;
}

export function staticMapSvg({ areas, places, kindLabels }: StaticMapInput): string {
  const outline = areas.flatMap((a) => a.boundary);
  const view = fitView(outline.length > 0 ? outline : places, STATIC_WIDTH, STATIC_HEIGHT) ?? { zoom: FALLBACK_VIEW.zoom, center: project(FALLBACK_VIEW.center, FALLBACK_VIEW.zoom) };
  const left = view.center.x - STATIC_WIDTH / 2;
  const top = view.center.y - STATIC_HEIGHT / 2;
  const at = (p: LatLng) => {
    const { x, y } = project(p, view.zoom);
    return { x: x - left, y: y - top };
  };
  const inView = ({ x, y }: { x: number; y: number }) => x > -20 && y > -20 && x < STATIC_WIDTH + 20 && y < STATIC_HEIGHT + 20;

  const boundaries = areas.map(
    (area) => `<path d="${area.boundary.map((p, i) => { const { x, y } = at(p); return `${i === 0 ? "M" : "L"}${round(x)} ${round(y)}`; }).join("")}Z"/>`,
  );
  // Each area's name at the middle of its outline (the vertices' mean), under the markers, with a light halo.
  // Each name at its area's middle, or a line above or below it where it would overlap a name
  // already written (its width estimated: about 0.6 em a letter); every area keeps its name.
  const written: { left: number; right: number; top: number; bottom: number }[] = [];
  const names = areas.flatMap((area) => {
    if (!area.name || area.boundary.length === 0) return [];
    const points = area.boundary.map(at);
    const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
    const middle = points.reduce((sum, p) => sum + p.y, 0) / points.length;
    if (!inView({ x, y: middle })) return [];
    const half = (area.name.length * NAME_SIZE * 0.6) / 2;
    const boxAt = (y: number) => ({ left: x - half, right: x + half, top: y - NAME_SIZE, bottom: y + NAME_SIZE * 0.3 });
    const free = (y: number) => !written.some((o) => { const b = boxAt(y); return b.left < o.right && o.left < b.right && b.top < o.bottom && o.top < b.bottom; });
    const y = LABEL_SHIFTS.map((shift) => middle + shift * NAME_SIZE).find(free) ?? middle;
    written.push(boxAt(y));
    return [`<text x="${round(x)}" y="${round(y)}">${escapeHtml(area.name)}</text>`];
  });
  const markers: string[] = [];
  for (const item of clusterPlaces(places).at([-180, -85, 180, 85], view.zoom)) {
    const point = at(item.type === "cluster" ? item : item.place);
    if (!inView(point)) continue;
    const translate = `translate(${round(point.x)} ${round(point.y)})`;
    if (item.type === "cluster") {
      markers.push(`<g transform="${translate}" fill="#0b5e55" stroke="none"><circle r="20" fill-opacity="0.8"/><circle r="15"/>${label(String(item.count))}</g>`);
    } else {
      const kind = item.place.kind;
      const letter = escapeHtml((kindLabels[kind] ?? kind).slice(0, 1));
      markers.push(`<g transform="${translate}" fill="${FILL[kind] ?? "#1b1f23"}">${SHAPE[kind] ?? SHAPE["office"] ?? ""}${label(letter)}</g>`);
    }
  }
  return [
    // The list below the map is its text equivalent: the picture is hidden from assistive technology.
    `<svg xmlns="http://www.w3.org/2000/svg" class="map-static" viewBox="0 0 ${String(STATIC_WIDTH)} ${String(STATIC_HEIGHT)}" aria-hidden="true" focusable="false">`,
    `<g fill="#0b5e55" fill-opacity="0.06" stroke="#0b5e55" stroke-width="2" stroke-linejoin="round">${boundaries.join("")}</g>`,
    `<g fill="#0b3f3a" stroke="#fff" stroke-width="3" paint-order="stroke" font-family="system-ui,sans-serif" font-size="${String(NAME_SIZE)}" font-weight="600" text-anchor="middle">${names.join("")}</g>`,
    `<g stroke="#fff" stroke-width="2" font-family="system-ui,sans-serif" font-weight="700" font-size="15" text-anchor="middle">`,
    markers.join(""),
    "</g></svg>",
  ].join("");
}
