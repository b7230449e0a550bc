/**
 * src/lib/recruitment/store.ts on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set: an
 * information evening's seats are enforced by the database under 200 simultaneous requests; an
 * applicant's export holds everything and the erasure leaves nothing of them in any table (read
 * with SQL over every table of the schema); and what people wrote is not readable in the
 * database's own files.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate, openPglite, type Db, type Queryable } from "../../src/lib/db/index.ts";
import { addNote, bookSeat, changeStatus, eraseInterest, historyOf, interestById, notesOf, registerInterest, seatsTaken, type InterestDetails } from "../../src/lib/recruitment/store.ts";
import { engines } from "../support/db.ts";

const key = randomBytes(32);
const NOW = new Date("2026-11-24T17:30:00+01:00");
const DETAILS: InterestDetails = {
  name: "Ebba Ödmark-Qvist",
  phone: "070-174 06 55",
  email: "ebba.qvist@example.se",
  postalCode: "990 51",
  adults: 2,
  childrenAges: "6, 11",
  reachTimes: "Tisdagar efter 17",
  message: "Vi har ett gästrum som står tomt sedan i våras.",
};
const PLAIN: string[] = [DETAILS.name, DETAILS.phone, "ebba.qvist@example.se", DETAILS.postalCode, DETAILS.reachTimes, "gästrum", "Qvist"];

/** Every row of every table in the schema, as text: what an erasure must leave no trace in. */
async function everything(db: Queryable): Promise<string> {
  const tables = await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");
  const parts: string[] = [];
  for (const { table_name } of tables) {
    const rows = await db.query<{ row: string }>(`SELECT row_to_json(t)::text AS row FROM "${table_name}" t`);
    parts.push(...rows.map((r) => `${table_name}: ${r.row}`));
  }
  return parts.join("\n");
}

describe.each(engines("nara_test_recruitment"))("recruitment on %s", (_, open) => {
  let db: Db;
  beforeAll(async () => {
    db = await open();
  }, 60_000);
  afterAll(async () => {
    await db.close();
  });

  it("gives 200 simultaneous requests for an evening's 30 seats exactly 30 seats", async () => {
    const made = await Promise.all(
      Array.from({ length: 200 }, (_, n) =>
        bookSeat(db, key, { eveningId: "evening-x", eveningDate: "2026-12-10", capacity: 30, persons: 1 + (n % 2), contact: { name: `Person ${String(n)}`, email: `p${String(n)}@example.se` }, locale: "sv" }, new Date("2027-01-10T00:00:00Z")),
      ),
    );
    const booked = made.flatMap((m) => (m.ok ? [m.seat.persons] : []));
    expect(booked.reduce((a, b) => a + b, 0)).toBe(30);
    expect((await seatsTaken(db, ["evening-x"])).get("evening-x")).toBe(30);
    const [rows] = await db.query<{ persons: number }>("SELECT sum(persons)::int AS persons FROM info_evening_bookings WHERE evening_id = 'evening-x'");
    expect(rows?.persons).toBe(30);
    expect(made.filter((m) => !m.ok).length).toBe(200 - booked.length);
  }, 120_000);

  it("exports everything held about an applicant, and erasing it leaves nothing of them in any table", async () => {
    const { id, receipt } = await registerInterest(db, key, { roles: ["familyHome"], areaId: "area-kvarnby", languages: ["sv", "fi"], details: DETAILS, locale: "fi", promisedBy: "2026-12-08" }, NOW, 365);
    await changeStatus(db, id, { status: "contacted", by: "rita", now: NOW, retentionDays: 365 });
    await addNote(db, key, id, "rita", "Ringde Ebba, hembesök i januari.", NOW, 365);
    const other = await registerInterest(db, key, { roles: ["contactPerson"], areaId: undefined, languages: [], details: { ...DETAILS, name: "Annan Person", email: "annan@example.se", phone: "070-174 06 56", message: undefined }, locale: "sv", promisedBy: "2026-12-08" }, NOW, 365);

    const interest = await interestById(db, key, id);
    expect(interest?.details).toEqual(DETAILS);
    expect((await notesOf(db, key, id)).map((n) => n.body)).toEqual(["Ringde Ebba, hembesök i januari."]);
    expect((await historyOf(db, id)).map((h) => h.status)).toEqual(["received", "contacted"]);
    // Sealed at rest: the rows hold none of it in the clear.
    const before = await everything(db);
    for (const plain of [...PLAIN, "hembesök", receipt]) expect(before).not.toContain(plain);
    expect(before).toContain(id);

    expect(await eraseInterest(db, id)).toBe(true);
    const after = await everything(db);
    expect(after).not.toContain(id);
    for (const plain of [...PLAIN, "hembesök"]) expect(after).not.toContain(plain);
    // The other applicant is untouched.
    expect((await interestById(db, key, other.id))?.details.name).toBe("Annan Person");
  });
});

describe("what people wrote, in the database's own files", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "nara-recruitment-files-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("is not readable in PGlite's data directory", async () => {
    const db = await openPglite(join(dir, "pglite"));
    await migrate(db);
    const { id } = await registerInterest(db, key, { roles: ["emergencyHome"], areaId: "area-kvarnby", languages: ["so"], details: DETAILS, locale: "so", promisedBy: "2026-12-08" }, NOW, 365);
    await addNote(db, key, id, "rita", "Ebba Ödmark-Qvist vill ta emot syskon.", NOW, 365);
    await bookSeat(db, key, { eveningId: "evening-y", eveningDate: "2026-12-10", capacity: 10, persons: 2, contact: { name: DETAILS.name, email: DETAILS.email }, locale: "so" }, new Date("2027-01-10T00:00:00Z"));
    await db.query("CHECKPOINT");
    await db.close();
    const files: string[] = [];
    const walk = (path: string) => {
      for (const name of readdirSync(path)) {
        const full = join(path, name);
        if (statSync(full).isDirectory()) walk(full);
        else files.push(full);
      }
    };
    walk(dir);
    expect(files.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const plain of PLAIN) if (bytes.includes(Buffer.from(plain, "utf8"))) found.push(`${plain} in ${file}`);
    }
    expect(found).toEqual([]);
    // The check can fail: the roles, kept in the clear for the board, are found.
    expect(files.some((file) => readFileSync(file).includes(Buffer.from("emergencyHome", "utf8")))).toBe(true);
  }, 60_000);
});
