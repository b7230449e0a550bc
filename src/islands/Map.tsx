/**
 * The live map beside the list: the same places, filtered by the same rule and clustered as
 * the server's picture of the map (src/lib/map/geometry.ts), which it replaces once its places
 * have arrived. With JavaScript the filter form filters in place (map, list and address bar
 * together) instead of reloading; without it, the list, the picture and the GET form work on
 * their own.
 */
import type { LatLngExpression, LeafletKeyboardEvent, Map as LeafletMap, Marker } from "leaflet";
import { useEffect, useRef } from "preact/hooks";
import { cardsHtml, pageOf, pagerHtml, type ListWords } from "../lib/directory/list.ts";
import { matches, type MapPlace, type MatchFilters } from "../lib/directory/match.ts";
import { escapeHtml } from "../lib/html.ts";
import { clusterPlaces, FALLBACK_VIEW, LABEL_SHIFTS, MAX_ZOOM, MIN_ZOOM, PADDING, type Clusters } from "../lib/map/geometry.ts";
import "leaflet/dist/leaflet.css";
import "./map.css";

interface Props {
  /** `places.json` of the page's locale. */
  dataUrl: string;
  areas: { slug: string; name: string; boundary: { lat: number; lng: number }[] }[];
  countForms: Record<string, string>;
  /** The kinds' names and the list's words (src/lib/directory/list.ts). */
  words: ListWords;
  mapPath: string;
  locale: string;
  dir: "ltr" | "rtl";
  openLabel: string;
  /** The zoom buttons' names in the page's language. */
  zoomLabels: { in: string; out: string };
  tileUrl?: string | undefined;
  tileAttribution?: string | undefined;
}

const FILTER_NAMES = ["kind", "area", "open", "lang", "age", "q"] as const;

function filtersFrom(params: URLSearchParams): MatchFilters {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name) ?? undefined]));
}

/** The live map over `element`, with `all` the places; returns what undoes it. */
function start(L: typeof import("leaflet"), element: HTMLElement, all: MapPlace[], props: Props): () => void {
  const form = document.querySelector<HTMLFormElement>("form.filters");
  const region = document.getElementById("map-root");
  const counts = document.querySelectorAll("[data-results-count]");
  const summary = document.getElementById("filter-count");
  const list = document.querySelector<HTMLElement>("[data-places]");
  const none = document.querySelector<HTMLElement>("[data-none]");
  const pager = document.querySelector<HTMLElement>("[data-pager]");
  const plural = new Intl.PluralRules(props.locale);
  const countText = (n: number) => (props.countForms[plural.select(n)] ?? props.countForms["other"] ?? "{{count}}").replace("{{count}}", String(n));
  const kindLabel = (kind: string) => props.words.kinds[kind] ?? kind;

  const map: LeafletMap = L.map(element, { maxZoom: MAX_ZOOM, minZoom: MIN_ZOOM, zoomControl: false, attributionControl: Boolean(props.tileUrl) });
  // In Arabic and Persian the controls sit on the reading side.
  L.control.zoom({ position: props.dir === "rtl" ? "topright" : "topleft", zoomInTitle: props.zoomLabels.in, zoomOutTitle: props.zoomLabels.out }).addTo(map);
  if (props.tileUrl) {
    // Only a tile server the municipality configured; nothing is fetched otherwise.
    L.tileLayer(props.tileUrl, { maxZoom: MAX_ZOOM, attribution: props.tileAttribution ?? "" }).addTo(map);
  }
  // The areas are ground, not controls: drawn without interaction (never in the keyboard order),
  // each with its name always shown at its middle, as in the server's picture.
  const polygons = props.areas.map((area) => L.polygon(area.boundary, { color: "#0b5e55", weight: 2, fillOpacity: 0.06, interactive: false }));
  const bounds = L.featureGroup(polygons).addTo(map).getBounds();
  if (bounds.isValid()) map.fitBounds(bounds, { padding: [PADDING, PADDING] });
  else map.setView(FALLBACK_VIEW.center, FALLBACK_VIEW.zoom);
  // The names lie under the markers (a pane between the shapes and the markers); a name that
  // would overlap one already shown moves a line up or down (as in the server's picture), and
  // waits for a closer zoom when no place is free.
  map.createPane("areaLabels").style.zIndex = "450";
  const labels = props.areas.filter((area) => area.boundary.length > 0).map((area) => {
    // The vertices' mean, as the server's picture places the name.
    const middle = L.latLng(area.boundary.reduce((sum, p) => sum + p.lat, 0) / area.boundary.length, area.boundary.reduce((sum, p) => sum + p.lng, 0) / area.boundary.length);
    return L.tooltip({ permanent: true, direction: "center", className: "area-label", interactive: false, pane: "areaLabels" }).setLatLng(middle).setContent(escapeHtml(area.name)).addTo(map);
  });
  const placeLabels = () => {
    const shown: DOMRect[] = [];
    for (const label of labels) {
      const element = label.getElement();
      if (!element) continue;
      const clashes = (box: DOMRect) => shown.some((other) => box.left < other.right && other.left < box.right && box.top < other.bottom && other.top < box.bottom);
      const line = element.getBoundingClientRect().height || 16;
      const place = LABEL_SHIFTS.find((shift) => {
        label.options.offset = L.point(0, shift * line);
        label.update();
        return !clashes(element.getBoundingClientRect());
      });
      element.style.visibility = place === undefined ? "hidden" : "";
      if (place !== undefined) shown.push(element.getBoundingClientRect());
    }
  };
  map.on("zoomend", placeLabels);
  placeLabels();

  const layer = L.layerGroup().addTo(map);
  const markers = new Map<string, Marker>();
  const placeMarker = (place: MapPlace): Marker => {
    const known = markers.get(place.id);
    if (known) return known;
    const label = kindLabel(place.kind);
    const icon = L.divIcon({
      className: "",
      // Each kind differs in shape and in its letter, not only in colour.
      html: `<span class="pin pin-${place.kind}" aria-hidden="true">${escapeHtml(label.slice(0, 1))}</span>`,
      iconSize: [30, 30],
      iconAnchor: [15, 15],
      popupAnchor: [0, -14],
    });
    const marker = L.marker([place.lat, place.lng], { icon, title: `${label}: ${place.name}`, keyboard: true, riseOnHover: true }).bindPopup(
      `<p class="popup-kind">${escapeHtml(label)}</p><p class="popup-name">${escapeHtml(place.name)}</p><p>${escapeHtml(place.status)}</p><p><a href="${escapeHtml(place.href)}">${escapeHtml(props.openLabel)}</a></p>`,
    );
    markers.set(place.id, marker);
    return marker;
  };
  let clusters: Clusters<MapPlace> = clusterPlaces([]);
  const clusterMarker = (id: number, size: number, at: LatLngExpression): Marker => {
    const icon = L.divIcon({ className: "marker-cluster", html: `<div><span aria-hidden="true">${String(size)}</span></div>`, iconSize: [40, 40] });
    const marker = L.marker(at, { icon, title: countText(size), keyboard: true });
    const open = () => {
      const zoom = clusters.expansionZoom(id);
      if (zoom <= MAX_ZOOM) {
        map.setView(at, zoom);
        // The cluster is gone at the new zoom: keep keyboard focus on the map.
        map.getContainer().focus({ preventScroll: true });
        return;
      }
      // Places that share one spot never part: list them.
      const items = clusters.places(id).map((p) => `<li><a href="${escapeHtml(p.href)}">${escapeHtml(p.name)}</a> <span class="popup-kind">${escapeHtml(kindLabel(p.kind))}</span></li>`);
      marker.bindPopup(`<ul class="popup-list">${items.join("")}</ul>`).openPopup();
    };
    marker.on("click", open);
    // Leaflet opens popups from the keyboard, not clicks: a cluster is a button, so Enter and Space open it.
    marker.on("keypress", (event: LeafletKeyboardEvent) => {
      const key = event.originalEvent;
      if (key.key !== "Enter" && key.key !== " ") return;
      key.preventDefault();
      open();
    });
    marker.on("add", () => marker.getElement()?.setAttribute("aria-label", countText(size)));
    return marker;
  };
  const draw = () => {
    const view = map.getBounds().pad(0.25);
    const items = clusters.at([view.getWest(), view.getSouth(), view.getEast(), view.getNorth()], map.getZoom());
    layer.clearLayers();
    for (const item of items) layer.addLayer(item.type === "place" ? placeMarker(item.place) : clusterMarker(item.id, item.count, [item.lat, item.lng]));
  };
  map.on("moveend", draw);

  const renderList = (shown: MapPlace[], filters: MatchFilters, page: number) => {
    const current = pageOf(shown, page);
    if (list) list.innerHTML = cardsHtml(current.items, props.words);
    if (none) none.hidden = shown.length > 0;
    if (pager) pager.innerHTML = pagerHtml(current, filters, props.mapPath, props.words);
  };

  const apply = (params: URLSearchParams, withList: boolean) => {
    const filters = filtersFrom(params);
    const shown = all.filter((place) => matches(place, filters));
    clusters = clusterPlaces(shown);
    draw();
    if (withList) renderList(shown, filters, Number(params.get("page")) || 1);
    // A live region: written only when the number changes, so that loading the page announces nothing.
    const counted = countText(shown.length);
    for (const count of counts) if (count.textContent !== counted) count.textContent = counted;
    document.documentElement.dataset["mapReady"] = String(shown.length);
    // User Timing marks for `npm run bench`: when markers are on screen after a change.
    requestAnimationFrame(() => performance.mark("nara:map-painted"));
  };

  const fromForm = (): string | undefined => {
    if (!form) return undefined;
    performance.mark("nara:filter-start");
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === "string" && value !== "") params.set(name, value);
    apply(params, true);
    return params.toString();
  };
  // A change (arrow keys in a select included) filters in place and only rewrites the current
  // history entry; "show places" makes the view one entry of its own (Back returns to the view
  // before it) and brings the count, just below the button, into view.
  const address = (query: string) => (query ? `?${query}` : location.pathname);
  let committed = location.search.slice(1);
  const onChange = () => {
    const query = fromForm();
    if (query !== undefined) history.replaceState(null, "", address(query));
  };
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const query = fromForm();
    if (query === undefined) return;
    if (query !== committed) {
      history.replaceState(null, "", address(committed));
      history.pushState(null, "", address(query));
      committed = query;
    }
    summary?.scrollIntoView({ block: "nearest" });
  };
  const onPopState = () => {
    committed = location.search.slice(1);
    const params = new URLSearchParams(location.search);
    if (form) for (const name of FILTER_NAMES) {
      const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
      if (field) field.value = params.get(name) ?? "";
    }
    apply(params, true);
  };

  // The server's list already shows this address's page: only the map is drawn.
  apply(new URLSearchParams(location.search), false);
  region?.setAttribute("data-live", "");
  form?.addEventListener("change", onChange);
  form?.addEventListener("submit", onSubmit);
  window.addEventListener("popstate", onPopState);
  return () => {
    form?.removeEventListener("change", onChange);
    form?.removeEventListener("submit", onSubmit);
    window.removeEventListener("popstate", onPopState);
    map.remove();
  };
}

export default function MapIsland(props: Props) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const places = fetch(props.dataUrl).then(async (response) => {
      if (!response.ok) throw new Error(`places: ${String(response.status)}`);
      return ((await response.json()) as { places: MapPlace[] }).places;
    });
    // Leaflet is run after the next frame, so that the server's picture of the map is painted first.
    const leaflet = new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0))).then(() => import("leaflet"));
    let stopped = false;
    let stop: (() => void) | undefined;
    Promise.all([leaflet, places])
      .then(([{ default: L }, loaded]) => {
        if (!stopped) stop = start(L, element, loaded, props);
      })
      .catch(() => {
        // The server's picture of the map stays, and the list and the form work without us.
        document.getElementById("map-root")?.setAttribute("data-map-failed", "");
      });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [props]);

  return <div ref={container} class="map" />;
}
