/**
 * The map's geometry, shared by the map the server draws (src/lib/map/static-map.ts) and the
 * live map in the browser: Web Mercator on Leaflet's 256-pixel tiles, the view that fits the
 * areas (as Leaflet's `fitBounds`), and one clustering of places. No content imports: this
 * module is bundled into the map island.
 */
import Supercluster from "supercluster";

export const TILE = 256;
export const MIN_ZOOM = 9;
export const MAX_ZOOM = 18;
/** Pixels around the fitted areas, on every side. */
export const PADDING = 8;
/** Where the map looks when there are no areas to fit (the sample municipality's centre). */
export const FALLBACK_VIEW = { center: { lat: 60.06, lng: 15.15 }, zoom: 11 } as const;
/** Places closer than this many pixels share a cluster. */
export const CLUSTER_RADIUS = 44;

export interface LatLng {
  lat: number;
  lng: number;
}

export interface Pixel {
  x: number;
  y: number;
}

/** A point's position in world pixels at `zoom` (spherical Web Mercator, as Leaflet's EPSG:3857). */
export function project({ lat, lng }: LatLng, zoom: number): Pixel {
  const scale = TILE * 2 ** zoom;
  const sin = Math.min(Math.max(Math.sin((lat * Math.PI) / 180), -0.9999), 0.9999);
  return { x: ((lng + 180) / 360) * scale, y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale };
}

/**
 * The view that shows all `points` in a `width` × `height` map, as Leaflet's `fitBounds` with
 * whole zoom levels and `PADDING`: the largest zoom at which they fit, centred on them.
 */
export function fitView(points: readonly LatLng[], width: number, height: number): { zoom: number; center: Pixel } | undefined {
  if (points.length === 0) return undefined;
  const projected = points.map((p) => project(p, 0));
  const xs = projected.map((p) => p.x);
  const ys = projected.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const scale = Math.min((width - 2 * PADDING) / Math.max(maxX - minX, 1e-9), (height - 2 * PADDING) / Math.max(maxY - minY, 1e-9));
  const zoom = Math.min(Math.max(Math.floor(Math.log2(scale)), MIN_ZOOM), MAX_ZOOM);
  const factor = 2 ** zoom;
  return { zoom, center: { x: ((minX + maxX) / 2) * factor, y: ((minY + maxY) / 2) * factor } };
}

export type MapItem<T> =
  | { type: "place"; place: T }
  | { type: "cluster"; id: number; count: number; lat: number; lng: number };

export interface Clusters<T> {
  /** Clusters and single places inside [west, south, east, north] at a (whole) zoom level. */
  at(bounds: readonly [number, number, number, number], zoom: number): MapItem<T>[];
  /** The zoom at which a cluster breaks up; past `MAX_ZOOM` for places that crowd even at the last zoom (one spot). */
  expansionZoom(id: number): number;
  places(id: number): T[];
}

/** Places clustered once, to be asked for any view; the same on the server and in the browser. */
export function clusterPlaces<T extends LatLng>(places: readonly T[]): Clusters<T> {
  const index = new Supercluster<{ i: number }>({ radius: CLUSTER_RADIUS, extent: TILE, minZoom: MIN_ZOOM, maxZoom: MAX_ZOOM }).load(
    places.map((p, i) => ({ type: "Feature", properties: { i }, geometry: { type: "Point", coordinates: [p.lng, p.lat] } })),
  );
  const placeOf = (properties: { i: number }): T | undefined => places[properties.i];
  return {
    at(bounds, zoom) {
      const items: MapItem<T>[] = [];
      for (const feature of index.getClusters([...bounds], Math.floor(zoom))) {
        const [lng = 0, lat = 0] = feature.geometry.coordinates;
        const props = feature.properties;
        if ("cluster_id" in props) items.push({ type: "cluster", id: props.cluster_id, count: props.point_count, lat, lng });
        else {
          const place = placeOf(props);
          if (place) items.push({ type: "place", place });
        }
      }
      return items;
    },
    expansionZoom: (id) => index.getClusterExpansionZoom(id),
    places: (id) => index.getLeaves(id, Infinity).flatMap((f) => ("i" in f.properties ? (placeOf(f.properties) ?? []) : [])),
  };
}

/** Where an area's name may go, in lines from the area's middle, when the middle is taken by another name (the picture and the live map alike). */
export const LABEL_SHIFTS = [0, -1.4, 1.4, -2.8, 2.8] as const;
