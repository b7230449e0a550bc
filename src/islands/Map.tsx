/**
 * The map beside the list: the same places, filtered by the same rule. With JavaScript the
 * filter form filters in place (map, list and address bar together) instead of reloading;
 * without it, the list and the GET form work on their own.
 */
import type { Map as LeafletMap, Marker, MarkerClusterGroup, Polygon } from "leaflet";
// Static imports, in this order: one module graph the browser preloads, no import waterfall.
import L from "./leaflet-global.ts";
import "leaflet.markercluster";
import { useEffect, useRef } from "preact/hooks";
import { matches, type MapPlace, type MatchFilters } from "../lib/directory/match.ts";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "./map.css";

interface Props {
  places: MapPlace[];
  areas: { slug: string; name: string; boundary: { lat: number; lng: number }[] }[];
  kindLabels: Record<string, string>;
  countForms: Record<string, string>;
  locale: string;
  dir: "ltr" | "rtl";
  openLabel: string;
  tileUrl?: string | undefined;
  tileAttribution?: string | undefined;
}

const FILTER_NAMES = ["kind", "area", "open", "lang", "age", "q"] as const;

function filtersFrom(params: URLSearchParams): MatchFilters {
  return Object.fromEntries(FILTER_NAMES.map((name) => [name, params.get(name) ?? undefined]));
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${String(c.charCodeAt(0))};`);
}

export default function MapIsland(props: Props) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current) return;
    const form = document.querySelector<HTMLFormElement>("form.filters");
    const region = document.getElementById("map-root");
    const count = document.querySelector("[data-results-count]");
    const items = new Map([...document.querySelectorAll<HTMLElement>("[data-places] > li[data-id]")].map((li) => [li.dataset["id"] ?? "", li]));
    const plural = new Intl.PluralRules(props.locale);

    if (region) region.hidden = false;

    const map: LeafletMap = L.map(container.current, { maxZoom: 18, minZoom: 9, zoomControl: false, attributionControl: Boolean(props.tileUrl) });
    // In Arabic and Persian the controls sit on the reading side.
    L.control.zoom({ position: props.dir === "rtl" ? "topright" : "topleft" }).addTo(map);
    if (props.tileUrl) {
      // Only a tile server the municipality configured; nothing is fetched otherwise.
      L.tileLayer(props.tileUrl, { maxZoom: 18, attribution: props.tileAttribution ?? "" }).addTo(map);
    }
    const polygons: Polygon[] = props.areas.map((area) =>
      L.polygon(area.boundary, { color: "#0b5e55", weight: 2, fillOpacity: 0.06 }).bindTooltip(area.name, { sticky: true }),
    );
    L.layerGroup(polygons).addTo(map);
    const bounds = L.featureGroup(polygons).getBounds();
    if (bounds.isValid()) map.fitBounds(bounds, { padding: [8, 8] });
    else map.setView([60.06, 15.15], 11);

    const clusters: MarkerClusterGroup = L.markerClusterGroup({ maxClusterRadius: 50, showCoverageOnHover: false });
    const markers = new Map(
      props.places.map((place) => {
        const label = props.kindLabels[place.kind] ?? place.kind;
        const icon = L.divIcon({
          className: "",
          // Each kind differs in shape and in its letter, not only in colour.
          html: `<span class="pin pin-${place.kind}" aria-hidden="true">${escapeHtml(label.slice(0, 1))}</span>`,
          iconSize: [30, 30],
          iconAnchor: [15, 15],
          popupAnchor: [0, -14],
        });
        const marker = L.marker([place.lat, place.lng], { icon, title: `${label}: ${place.name}`, keyboard: true, riseOnHover: true });
        marker.bindPopup(
          `<p class="popup-kind">${escapeHtml(label)}</p><p class="popup-name">${escapeHtml(place.name)}</p><p>${escapeHtml(place.status)}</p><p><a href="${escapeHtml(place.href)}">${escapeHtml(props.openLabel)}</a></p>`,
        );
        return [place.id, marker] as const;
      }),
    );
    clusters.addTo(map);

    const apply = (filters: MatchFilters) => {
      const shown = props.places.filter((place) => matches(place, filters));
      const ids = new Set(shown.map((p) => p.id));
      clusters.clearLayers();
      clusters.addLayers(shown.map((p) => markers.get(p.id)).filter((m): m is Marker => m !== undefined));
      for (const [id, li] of items) li.hidden = !ids.has(id);
      if (count) {
        const form = props.countForms[plural.select(shown.length)] ?? props.countForms["other"] ?? "{{count}}";
        count.textContent = form.replace("{{count}}", String(shown.length));
      }
      document.documentElement.dataset["mapReady"] = String(shown.length);
      // User Timing marks for `npm run bench`: when markers are on screen after a change.
      requestAnimationFrame(() => performance.mark("nara:map-painted"));
    };
    apply(filtersFrom(new URLSearchParams(location.search)));

    const fromForm = () => {
      if (!form) return;
      performance.mark("nara:filter-start");
      const params = new URLSearchParams();
      for (const [name, value] of new FormData(form)) if (typeof value === "string" && value !== "") params.set(name, value);
      const filters = filtersFrom(params);
      apply(filters);
      const query = params.toString();
      history.pushState(null, "", query ? `?${query}` : location.pathname);
    };
    form?.addEventListener("change", fromForm);
    form?.addEventListener("submit", (event) => {
      event.preventDefault();
      fromForm();
    });
    window.addEventListener("popstate", () => {
      const params = new URLSearchParams(location.search);
      if (form) for (const name of FILTER_NAMES) {
        const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
        if (field) field.value = params.get(name) ?? "";
      }
      apply(filtersFrom(params));
    });


    return () => {
      map.remove();
    };
  }, [props]);

  return <div ref={container} class="map" />;
}
