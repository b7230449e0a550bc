/**
 * src/lib/nightwalks/store.ts on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set: the
 * places of a walk are enforced by the database under simultaneous sign-ups, reserves keep their
 * order, and a freed place goes to the first reserve exactly once, also when cancellations race.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../src/lib/db/index.ts";
import { walkStates } from "../../src/lib/nightwalks/nights.ts";
import { addWalks, cancelSignUp, findWalker, signUp, signUpsOf, signUpsOn, walkKey, type WalkRef } from "../../src/lib/nightwalks/store.ts";
import { engines } from "../support/db.ts";

const key = randomBytes(32);
const options = { key, purgeAfter: new Date("2027-06-30T00:00:00Z") };
const contact = (n: number) => ({ name: `Vuxen ${String(n)}`, phone: `070-000 00 ${String(n).padStart(2, "0")}` });

describe.each(engines("nara_test_nightwalks"))("night-walk sign-ups on %s", (_, open) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it.each([
    ["", false, "2026-12-04"],
    [", each having seen the walk full", true, "2026-12-11"],
  ])("gives 200 simultaneous sign-ups for 6 places exactly 6 walkers and 194 reserves, in the order they came%s", async (_, seenFull, date) => {
    const walk: WalkRef = { seriesId: "nightwalk-kvarnby", date, capacity: 6, seenFull };
    const made = await Promise.all(Array.from({ length: 200 }, (_, n) => signUp(db, { kind: "adult", contact: contact(n), names: [`Vuxen ${String(n)}`], walks: [walk], locale: "sv" }, options)));
    expect(made.every((m) => m.signUps.length === 1)).toBe(true);
    const all = await signUpsOn(db, key, [walkKey(walk.seriesId, walk.date)]);
    expect(all.filter((s) => s.status === "walker")).toHaveLength(6);
    expect(all.filter((s) => s.status === "reserve")).toHaveLength(194);
    expect((await walkStates(db, [walkKey(walk.seriesId, walk.date)])).get(walkKey(walk.seriesId, walk.date))).toEqual({ walkers: 6, reserves: 194, cancelled: false });
    const [places] = await db.query<{ taken: number }>("SELECT taken FROM night_walk_places WHERE walk_key = $1", [walkKey(walk.seriesId, walk.date)]);
    expect(places?.taken).toBe(6);
    // The walk was full before any reserve was written: every walker came before every reserve.
    const walkers = all.filter((s) => s.status === "walker").map((s) => s.seq);
    const reserves = all.filter((s) => s.status === "reserve").map((s) => s.seq);
    expect(Math.max(...walkers)).toBeLessThan(Math.min(...reserves));
  }, 120_000);

  it("leaves no place free while a reserve waits when walkers cancel as others join a walk they saw full", async () => {
    const walk: WalkRef = { seriesId: "nightwalk-norrgardet", date: "2026-12-04", capacity: 4 };
    const key4 = walkKey(walk.seriesId, walk.date);
    const first = [];
    for (let n = 0; n < 4; n++) first.push(await signUp(db, { kind: "adult", contact: contact(n), names: [`F${String(n)}`], walks: [walk], locale: "sv" }, options));
    const joining = Array.from({ length: 40 }, (_, n) => signUp(db, { kind: "adult", contact: contact(n), names: [`J${String(n)}`], walks: [{ ...walk, seenFull: true }], locale: "sv" }, options));
    const cancelling = first.slice(0, 3).map((f) => cancelSignUp(db, f.signUps[0]?.id ?? "", walk.capacity));
    await Promise.all([...joining, ...cancelling]);
    const all = await signUpsOn(db, key, [key4]);
    expect(all.filter((s) => s.status === "cancelled")).toHaveLength(3);
    expect(all.filter((s) => s.status === "walker")).toHaveLength(4);
    expect(all.filter((s) => s.status === "reserve")).toHaveLength(37);
    const [places] = await db.query<{ taken: number }>("SELECT taken FROM night_walk_places WHERE walk_key = $1", [key4]);
    expect(places?.taken).toBe(4);
    // A walk seen full that is no longer full: the sign-up takes the freed place, not a reserve's.
    const small: WalkRef = { seriesId: "nightwalk-norrgardet", date: "2026-12-18", capacity: 2 };
    const two = [];
    for (let n = 0; n < 2; n++) two.push(await signUp(db, { kind: "adult", contact: contact(n), names: [`S${String(n)}`], walks: [small], locale: "sv" }, options));
    expect((await cancelSignUp(db, two[0]?.signUps[0]?.id ?? "", small.capacity)).promoted).toEqual([]);
    const late = await signUp(db, { kind: "adult", contact: contact(9), names: ["S9"], walks: [{ ...small, seenFull: true }], locale: "sv" }, options);
    expect(late.signUps.map((s) => s.status)).toEqual(["walker"]);
  }, 120_000);

  it("moves the first reserve up once when the same cancellation is sent twice at once", async () => {
    const walk: WalkRef = { seriesId: "nightwalk-tallmon", date: "2026-12-05", capacity: 2 };
    const people = [];
    for (let n = 0; n < 5; n++) people.push(await signUp(db, { kind: "adult", contact: contact(n), names: [`P${String(n)}`], walks: [walk], locale: "sv" }, options));
    const first = people[0]?.signUps[0];
    if (!first) throw new Error("no sign-up");
    const [a, b] = await Promise.all([cancelSignUp(db, first.id, walk.capacity), cancelSignUp(db, first.id, walk.capacity)]);
    expect([a.cancelled, b.cancelled].sort()).toEqual([false, true]);
    const promoted = [...a.promoted, ...b.promoted];
    expect(promoted).toEqual([people[2]?.signUps[0]?.id]);
    const all = await signUpsOn(db, key, [walkKey(walk.seriesId, walk.date)]);
    expect(all.map((s) => `${s.name} ${s.status}`)).toEqual(["P0 cancelled", "P1 walker", "P2 walker", "P3 reserve", "P4 reserve"]);
  });

  it("moves the first two reserves up, each once, when two walkers cancel at once", async () => {
    const walk: WalkRef = { seriesId: "nightwalk-stenbacka", date: "2026-12-05", capacity: 3 };
    const people = [];
    for (let n = 0; n < 7; n++) people.push(await signUp(db, { kind: "adult", contact: contact(n), names: [`P${String(n)}`], walks: [walk], locale: "sv" }, options));
    const ids = people.map((p) => p.signUps[0]?.id ?? "");
    const results = await Promise.all([cancelSignUp(db, ids[0] ?? "", walk.capacity), cancelSignUp(db, ids[1] ?? "", walk.capacity)]);
    expect(results.flatMap((r) => r.promoted).sort()).toEqual([ids[3], ids[4]].sort());
    const all = await signUpsOn(db, key, [walkKey(walk.seriesId, walk.date)]);
    expect(all.map((s) => `${s.name} ${s.status}`)).toEqual(["P0 cancelled", "P1 cancelled", "P2 walker", "P3 walker", "P4 walker", "P5 reserve", "P6 reserve"]);
    // A reserve that cancels frees nothing and moves nobody.
    expect(await cancelSignUp(db, ids[5] ?? "", walk.capacity)).toEqual({ cancelled: true, promoted: [] });
  });

  it("keeps an association's walkers and its contact person sealed, and opens them with the code and secret only", async () => {
    const walks: WalkRef[] = [
      { seriesId: "nightwalk-norrgardet", date: "2026-12-11", capacity: 5 },
      { seriesId: "nightwalk-norrgardet", date: "2026-12-12", capacity: 5 },
    ];
    const made = await signUp(
      db,
      { kind: "association", associationId: "association-trygga-kvallar", contact: { name: "Amina Yusuf", phone: "070-111 22 33", email: "amina@example.se" }, names: ["Amina Yusuf", "Hassan Ali", "Lena Berg"], walks, locale: "so" },
      options,
    );
    expect(made.signUps.map((s) => `${s.date} ${s.name} ${s.status}`)).toEqual([
      "2026-12-11 Amina Yusuf walker",
      "2026-12-11 Hassan Ali walker",
      "2026-12-11 Lena Berg walker",
      "2026-12-12 Amina Yusuf walker",
      "2026-12-12 Hassan Ali walker",
      "2026-12-12 Lena Berg walker",
    ]);
    const stored = JSON.stringify([...(await db.query("SELECT * FROM night_walkers WHERE id = $1", [made.walker.id])), ...(await db.query("SELECT * FROM night_walk_signups WHERE walker_id = $1", [made.walker.id]))]);
    for (const plain of ["Amina", "Hassan", "070-111", "amina@example.se", made.secret]) expect(stored).not.toContain(plain);
    expect((await findWalker(db, key, made.walker.code.toLowerCase(), made.secret))?.contact).toEqual({ name: "Amina Yusuf", phone: "070-111 22 33", email: "amina@example.se" });
    expect(await findWalker(db, key, made.walker.code, made.secret.replace(/^./, (c) => (c === "A" ? "B" : "A")))).toBeUndefined();
    const more = await addWalks(db, key, made.walker.id, ["Amina Yusuf"], [{ seriesId: "nightwalk-norrgardet", date: "2026-12-18", capacity: 5 }]);
    expect(more).toHaveLength(7);
    expect((await signUpsOf(db, key, made.walker.id)).at(-1)?.date).toBe("2026-12-18");
  });
});
