import { describe, expect, it } from "vitest";
import { pageFromSearch } from "../../src/lib/directory/index.ts";
import { cardsHtml, PAGE_SIZE, pageOf, pagerHtml, pageQuery, type ListWords } from "../../src/lib/directory/list.ts";
import type { MapPlace } from "../../src/lib/directory/match.ts";
import { clusterPlaces, fitView, MAX_ZOOM, project, TILE } from "../../src/lib/map/geometry.ts";
import { STATIC_HEIGHT, STATIC_WIDTH, staticMapSvg } from "../../src/lib/map/static-map.ts";

describe("Web Mercator", () => {
  it("puts the equator and the prime meridian in the middle of the world, at every zoom", () => {
    expect(project({ lat: 0, lng: 0 }, 0)).toEqual({ x: TILE / 2, y: TILE / 2 });
    expect(project({ lat: 0, lng: 0 }, 3)).toEqual({ x: TILE * 4, y: TILE * 4 });
  });
  it("matches Leaflet's EPSG:3857 for a point in Sweden", () => {
    // Leaflet's own steps: SphericalMercator.project, then the transformation 0.5 / (π R) at 256 · 2^zoom.
    const R = 6378137;
    const d = Math.PI / 180;
    const [mx, my] = [R * 15.15 * d, R * Math.log(Math.tan(Math.PI / 4 + (60.06 * d) / 2))];
    const scale = TILE * 2 ** 11;
    const k = 0.5 / (Math.PI * R);
    const { x, y } = project({ lat: 60.06, lng: 15.15 }, 11);
    expect(x).toBeCloseTo(scale * (k * mx + 0.5), 6);
    expect(y).toBeCloseTo(scale * (-k * my + 0.5), 6);
  });
});

describe("the view that fits the areas", () => {
  const box = [
    { lat: 60.0, lng: 15.0 },
    { lat: 60.1, lng: 15.2 },
  ];
  it("is the largest whole zoom at which they fit, centred on them", () => {
    const view = fitView(box, 400, 440);
    if (!view) throw new Error("no view");
    const [a, b] = box.map((p) => project(p, view.zoom));
    const width = Math.abs((b?.x ?? 0) - (a?.x ?? 0));
    expect(width).toBeLessThanOrEqual(400 - 16);
    // One zoom more and it would not fit.
    expect(width * 2).toBeGreaterThan(400 - 16);
    expect(view.center.x).toBeCloseTo(((a?.x ?? 0) + (b?.x ?? 0)) / 2, 6);
  });
  it("has none for no points", () => {
    expect(fitView([], 400, 440)).toBeUndefined();
  });
});

describe("clusters", () => {
  const near = Array.from({ length: 5 }, (_, i) => ({ id: `n${String(i)}`, lat: 60.05 + i * 0.0005, lng: 15.1 }));
  const far = { id: "far", lat: 60.3, lng: 15.6 };
  const clusters = clusterPlaces([...near, far]);
  const world = [-180, -85, 180, 85] as const;

  it("groups places that crowd and keeps a lone one apart, counting every place once", () => {
    const items = clusters.at(world, 10);
    const counted = items.reduce((sum, item) => sum + (item.type === "cluster" ? item.count : 1), 0);
    expect(counted).toBe(6);
    expect(items.find((i) => i.type === "cluster")).toMatchObject({ count: 5 });
    expect(items.find((i) => i.type === "place")).toMatchObject({ place: far });
  });
  it("breaks a cluster up at its expansion zoom, and lists its places", () => {
    const cluster = clusters.at(world, 10).find((i) => i.type === "cluster");
    if (cluster?.type !== "cluster") throw new Error("no cluster");
    expect(clusters.places(cluster.id).map((p) => p.id).sort()).toEqual(near.map((p) => p.id));
    const zoom = clusters.expansionZoom(cluster.id);
    expect(zoom).toBeGreaterThan(10);
    expect(zoom).toBeLessThanOrEqual(MAX_ZOOM);
    const split = clusters.at(world, zoom);
    expect(split.every((i) => i.type !== "cluster" || i.count < 5)).toBe(true);
  });
  it("keeps places on one spot in one cluster even at the last zoom, where it breaks up no more", () => {
    const same = clusterPlaces([{ lat: 60, lng: 15 }, { lat: 60, lng: 15 }, { lat: 60.001, lng: 15 }]);
    const atLast = same.at(world, MAX_ZOOM);
    const cluster = atLast.find((i) => i.type === "cluster");
    if (cluster?.type !== "cluster") throw new Error("expected a cluster");
    expect(cluster.count).toBe(2);
    expect(same.expansionZoom(cluster.id)).toBeGreaterThan(MAX_ZOOM);
    expect(same.places(cluster.id)).toHaveLength(2);
    // 111 m apart is far enough at the last zoom.
    expect(atLast.filter((i) => i.type === "place")).toHaveLength(1);
  });
});

describe("the map as a picture", () => {
  const square = [
    { lat: 60.0, lng: 15.0 },
    { lat: 60.06, lng: 15.0 },
    { lat: 60.06, lng: 15.1 },
    { lat: 60.0, lng: 15.1 },
  ];
  const areas = [{ boundary: square }, { boundary: square.map((p) => ({ lat: p.lat + 0.06, lng: p.lng })) }];
  const labels = { office: "Områdeskontor", activity: "<Aktivitet>" };

  it("draws every area and every place, the crowded ones as one cluster with their number", () => {
    const crowd = Array.from({ length: 7 }, (_, i) => ({ kind: "activity", lat: 60.03 + i * 0.0001, lng: 15.05 }));
    const svg = staticMapSvg({ areas, places: [...crowd, { kind: "office", lat: 60.1, lng: 15.02 }], kindLabels: labels });
    expect(svg).toMatch(new RegExp(`^<svg [^>]*viewBox="0 0 ${String(STATIC_WIDTH)} ${String(STATIC_HEIGHT)}" aria-hidden="true"`));
    expect(svg.match(/<path d="M[^"]+Z"\/>/g)).toHaveLength(2);
    expect(svg).toContain(">7</text>");
    expect(svg).toContain(">O</text>");
    expect(svg).toContain('<rect x="-14"');
  });
  it("escapes the letters it takes from translations", () => {
    const svg = staticMapSvg({ areas, places: [{ kind: "activity", lat: 60.03, lng: 15.05 }], kindLabels: labels });
    expect(svg).toContain(">&#60;</text>");
    expect(svg).not.toContain("<Aktivitet>");
  });
  it("writes each named area's name at its middle, escaped, under the markers", () => {
    const named = [{ name: "Kvarnby", boundary: square }, { name: "<Älv & ängen>", boundary: areas[1]?.boundary ?? [] }];
    const svg = staticMapSvg({ areas: named, places: [{ kind: "office", lat: 60.03, lng: 15.05 }], kindLabels: labels });
    expect(svg).toMatch(/<text x="[\d.]+" y="[\d.]+">Kvarnby<\/text>/);
    expect(svg).toContain(">&#60;Älv &#38; ängen&#62;</text>");
    expect(svg.indexOf(">Kvarnby<")).toBeLessThan(svg.indexOf(">O</text>"));
  });
  it("draws the areas alone when no place matches", () => {
    const svg = staticMapSvg({ areas, places: [], kindLabels: labels });
    expect(svg).not.toContain("<text");
    expect(svg.match(/<path d="M/g)).toHaveLength(2);
  });
});

describe("pages of the list", () => {
  const items = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, i) => i);
  it("cuts the list into pages and clamps the page asked for", () => {
    expect(pageOf(items, 1)).toMatchObject({ page: 1, pages: 3, items: items.slice(0, PAGE_SIZE) });
    expect(pageOf(items, 3).items).toEqual(items.slice(PAGE_SIZE * 2));
    expect(pageOf(items, 99).page).toBe(3);
    expect(pageOf([], 4)).toEqual({ items: [], page: 1, pages: 1 });
  });
  it("keeps the filters in a page's address, and page 1 needs no number", () => {
    expect(pageQuery({ kind: "activity", q: "läx hjälp", area: undefined }, 2)).toBe("?kind=activity&q=l%C3%A4x+hj%C3%A4lp&page=2");
    expect(pageQuery({}, 1)).toBe("");
  });
  it("reads the page from the address, the first page for anything else", () => {
    expect(pageFromSearch(new URLSearchParams("page=4"))).toBe(4);
    for (const bad of ["", "page=0", "page=-2", "page=1.5", "page=abc", "page=99999999"]) expect(pageFromSearch(new URLSearchParams(bad))).toBe(1);
  });
});

describe("the list as HTML, the same on the server and in the browser", () => {
  const words: ListWords = { kinds: { activity: "Aktivitet" }, area: "Område", nav: "Sidor i listan", page: "Sida {{page}} av {{pages}}", prev: "Föregående sida", next: "Nästa sida" };
  const place: MapPlace = {
    id: "a1",
    kind: "activity",
    lat: 60,
    lng: 15,
    name: "Läxhjälp <för alla>",
    href: "/sv/activities/a1/",
    status: "I dag 17:00–19:00",
    now: false,
    evening: true,
    area: "ekbacken",
    areaName: "Ekbacken",
    openish: true,
    langs: ["sv"],
    age: "all",
    text: "",
  };
  it("draws a card with the kind, the link, the status and the area, its texts escaped", () => {
    const html = cardsHtml([place], words);
    expect(html).toContain('<li class="card" data-id="a1" data-kind="activity"><span class="tag kind-activity">Aktivitet</span>');
    expect(html).toContain('<h3><a href="/sv/activities/a1/">Läxhjälp &#60;för alla&#62;</a></h3>');
    expect(html).toContain('<p class="status status-open">I dag 17:00–19:00</p><p>Område: Ekbacken</p>');
  });
  it("links the pages around this one under the same filters, and has none for a single page", () => {
    const middle = pagerHtml({ items: [], page: 2, pages: 3 }, { kind: "activity" }, "/sv/map/", words);
    expect(middle).toBe(
      '<nav class="pager" aria-label="Sidor i listan"><a rel="prev" href="/sv/map/?kind=activity">Föregående sida</a><span>Sida 2 av 3</span><a rel="next" href="/sv/map/?kind=activity&#38;page=3">Nästa sida</a></nav>',
    );
    expect(pagerHtml({ items: [], page: 1, pages: 1 }, {}, "/sv/map/", words)).toBe("");
  });
});
