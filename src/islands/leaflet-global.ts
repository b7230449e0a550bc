/**
 * leaflet.markercluster extends a global `L`; this module sets it. Imported between
 * `leaflet` and `leaflet.markercluster`, so that ES module order makes it run in between.
 */
import L from "leaflet";

(globalThis as unknown as { L: typeof L }).L = L;

export default L;
