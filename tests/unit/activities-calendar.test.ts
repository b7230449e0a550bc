/**
 * Activities over time: the week calendar, the iCalendar feed (read back with ical.js, an
 * independent parser, across the spring daylight-saving change), and the proposal form's rules.
 */
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { calendarWeek, feedPath, parseCalendarQuery, parseFeedFilters, subscribeLinks, walksShown, weekStart } from "../../src/lib/activities/calendar.ts";
import { activitiesFeed, icsRule } from "../../src/lib/activities/feed.ts";
import { centreOf, proposalRequest, ruleOf, summaryOf } from "../../src/lib/activities/proposals.ts";
import { recurrenceProblem } from "../../src/lib/recurrence/occurrences.ts";
import type { Activity } from "../../src/lib/content/schemas.ts";
import { buildRule, readChoice } from "../../src/lib/recurrence/rules.ts";

const loc = (sv: string) => [{ _key: "sv", language: "sv" as const, value: sv }];

function activity(over: Partial<Activity> = {}): Activity {
  return {
    _id: "activity-walk",
    _type: "activity",
    title: loc("Nattvandring"),
    slug: { current: "nattvandring" },
    summary: loc("Vuxna ute på fredagskvällar."),
    category: "nightWalk",
    association: { _ref: "association-a" },
    area: { _ref: "area-norr" },
    place: { name: "Torget", address: { street: "Storgatan 1", postalCode: "990 10", city: "Exempelstad" }, location: { lat: 60.03, lng: 15.03 } },
    startDate: "2027-03-19",
    startTime: "18:00",
    endTime: "21:00",
    rrule: "FREQ=WEEKLY;BYDAY=FR;UNTIL=20270409",
    exdates: ["2027-04-02"],
    ageGroup: "all",
    languages: ["sv", "ar"],
    costSek: 0,
    signUpRequired: false,
    ...over,
  };
}

describe("the iCalendar feed", () => {
  it("gives UNTIL as the last second of that Stockholm day in UTC, in winter and in summer", () => {
    expect(icsRule("FREQ=WEEKLY;BYDAY=FR;UNTIL=20270108")).toBe("FREQ=WEEKLY;BYDAY=FR;UNTIL=20270108T225959Z");
    expect(icsRule("FREQ=WEEKLY;BYDAY=FR;UNTIL=20270611")).toBe("FREQ=WEEKLY;BYDAY=FR;UNTIL=20270611T215959Z");
    expect(icsRule("FREQ=MONTHLY;BYDAY=1SA")).toBe("FREQ=MONTHLY;BYDAY=1SA");
  });

  it("reads back in an independent parser with every occurrence at 18:00 Stockholm time across the spring change, the cancelled one left out", () => {
    const text = activitiesFeed([activity()], "sv", "https://nara.example.se", new Date("2027-03-01T10:00:00Z"), "Aktiviteter i Norr");
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const zone = calendar.getFirstSubcomponent("vtimezone");
    if (!zone) throw new Error("no VTIMEZONE");
    ICAL.TimezoneService.register(zone);
    const vevent = calendar.getFirstSubcomponent("vevent");
    if (!vevent) throw new Error("no VEVENT");
    const event = new ICAL.Event(vevent);
    expect(event.summary).toBe("Nattvandring");
    expect(vevent.getFirstPropertyValue("url")).toBe("https://nara.example.se/sv/activities/nattvandring/");
    const starts: string[] = [];
    const iterator = event.iterator();
    // The rule ends (UNTIL), so the iterator runs out; the bound only guards the test.
    for (let i = 0; i < 100; i++) {
      const next = iterator.next() as ICAL.Time | null;
      if (!next) break;
      starts.push(next.toJSDate().toISOString());
    }
    // 19 and 26 March in winter time (UTC+1); the clocks change on 28 March; 2 April is cancelled; 9 April in summer time (UTC+2).
    expect(starts).toEqual(["2027-03-19T17:00:00.000Z", "2027-03-26T17:00:00.000Z", "2027-04-09T16:00:00.000Z"]);
  });
});

describe("the week calendar", () => {
  const area = { _id: "area-norr", name: loc("Norr"), slug: { current: "norr" } };
  const other = { _id: "area-syd", name: loc("Syd"), slug: { current: "syd" } };
  const entries = [
    { activity: activity(), area },
    { activity: activity({ _id: "activity-homework", slug: { current: "laxhjalp" }, startTime: "15:00", endTime: "17:00", rrule: "FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20270611", exdates: [], ageGroup: "children", languages: ["so"] }), area: other },
  ];

  it("starts on Monday, this week or next", () => {
    expect(weekStart("2027-03-24", "this")).toBe("2027-03-22");
    expect(weekStart("2027-03-28", "this")).toBe("2027-03-22");
    expect(weekStart("2027-03-24", "next")).toBe("2027-03-29");
  });

  it("lists each day's occurrences by start time, keeps cancelled ones marked, and filters by area, age and language", () => {
    const week = calendarWeek(entries, "2027-03-29", parseCalendarQuery(new URLSearchParams()));
    expect(week.map((d) => d.date)).toEqual(["2027-03-29", "2027-03-30", "2027-03-31", "2027-04-01", "2027-04-02", "2027-04-03", "2027-04-04"]);
    const friday = week[4]?.items.map((i) => [i.activity.slug.current, i.cancelled]);
    expect(friday).toEqual([
      ["laxhjalp", false],
      ["nattvandring", true],
    ]);
    const only = (q: string) => calendarWeek(entries, "2027-03-29", parseCalendarQuery(new URLSearchParams(q))).flatMap((d) => d.items.map((i) => `${d.date} ${i.activity.slug.current}`));
    expect(only("area=norr")).toEqual(["2027-04-02 nattvandring"]);
    expect(only("age=youth")).toEqual(["2027-04-02 nattvandring"]); // "all" is for everyone
    expect(only("lang=so")).toEqual(["2027-03-30 laxhjalp", "2027-04-02 laxhjalp"]);
    expect(parseCalendarQuery(new URLSearchParams("week=someday&age=<script>&lang=xx"))).toEqual({ week: "this", area: undefined, age: undefined, lang: undefined });
  });
});

describe("a calendar subscription", () => {
  it("follows the page's filters, in the page's language, and reads them back", () => {
    const path = feedPath("ar", { area: "kvarnby", age: "youth", lang: "ti" });
    expect(path).toBe("/api/calendar/feed.ics?lang=ar&area=kvarnby&age=youth&spoken=ti");
    expect(parseFeedFilters(new URL(path, "https://x.example").searchParams)).toEqual({ area: "kvarnby", age: "youth", lang: "ti" });
    expect(feedPath("sv", {})).toBe("/api/calendar/feed.ics?lang=sv");
    // Anything unknown is no filter.
    expect(parseFeedFilters(new URLSearchParams("area=Kvarn%20by&age=old&spoken=xx"))).toEqual({ area: undefined, age: undefined, lang: undefined });
  });

  it("is offered as webcal://, as Google Calendar's add-by-address and as the plain address", () => {
    const links = subscribeLinks("https://nara.exempelstad.example", "/api/calendar/feed.ics?lang=sv&age=youth");
    expect(links.https).toBe("https://nara.exempelstad.example/api/calendar/feed.ics?lang=sv&age=youth");
    expect(links.webcal).toBe("webcal://nara.exempelstad.example/api/calendar/feed.ics?lang=sv&age=youth");
    expect(new URL(links.google).searchParams.get("cid")).toBe(links.webcal);
  });

  it("holds night walks unless an age group other than adults or parents is chosen", () => {
    expect([undefined, "adults", "parents", "youth", "children"].map((age) => walksShown(age as never))).toEqual([true, true, true, false, false]);
  });
});

describe("a proposal", () => {
  const today = "2026-11-24";
  const good = {
    association: "Somaliska föräldraföreningen",
    contactName: "Hodan",
    contactEmail: "hodan@example.com",
    title: "Kulan waalidiinta",
    description: "Kulan toddobaadle ah.",
    category: "parentGroup",
    area: "kvarnby",
    place: "Biblioteket",
    street: "Kvarnvägen 10",
    postalCode: "99051",
    date: "2026-12-03",
    start: "17:00",
    end: "19:00",
    repeat: "weekly",
    until: "2027-05-27",
    ageGroup: "parents",
    languages: ["so"],
    cost: "0",
  };
  const problems = (over: Record<string, unknown>) => {
    const result = proposalRequest(today).safeParse({ ...good, ...over });
    return result.success ? [] : [...new Set(result.error.issues.map((i) => String(i.path[0])))].sort();
  };

  it("is accepted when whole, with the postal code normalized", () => {
    const result = proposalRequest(today).safeParse(good);
    expect(result.success && result.data.postalCode).toBe("990 51");
  });

  it("is refused with the field named: an end before the start, a rule without an end or beyond a year, a past date, no language, a bad postal code", () => {
    expect(problems({ end: "16:00" })).toEqual(["end"]);
    expect(problems({ until: undefined })).toEqual(["until"]);
    expect(problems({ until: "2027-12-31" })).toEqual(["until"]);
    expect(problems({ repeat: "once", until: undefined })).toEqual([]);
    expect(problems({ date: "2026-11-23" })).toEqual(["date"]);
    expect(problems({ date: "2027-12-01", repeat: "once", until: undefined })).toEqual(["date"]);
    expect(problems({ languages: [] })).toEqual(["languages"]);
    expect(problems({ postalCode: "0123" })).toEqual(["postalCode"]);
    expect(problems({ contactEmail: "hodan" })).toEqual(["contactEmail"]);
    // A field the form does not have is refused as a whole.
    expect(proposalRequest(today).safeParse({ ...good, personnummer: "x" }).success).toBe(false);
  });

  it("turns the form's \"how often\" into the rule the calendar reads", () => {
    expect(ruleOf("once", "2026-12-03", undefined)).toBeUndefined();
    expect(ruleOf("weekly", "2026-12-03", "2027-05-27")).toBe("FREQ=WEEKLY;BYDAY=TH;UNTIL=20270527");
    expect(ruleOf("biweekly", "2026-12-03", "2027-05-27")).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;UNTIL=20270527");
    expect(ruleOf("monthly", "2026-12-19", "2027-05-27")).toBe("FREQ=MONTHLY;BYDAY=3SA;UNTIL=20270527");
  });

  it("gets a first summary from its description, and a first point in the middle of its area", () => {
    expect(summaryOf("Vi ses varje torsdag. Alla är välkomna.")).toBe("Vi ses varje torsdag.");
    expect(summaryOf("ord ".repeat(80)).length).toBeLessThanOrEqual(162);
    expect(centreOf([{ lat: 60, lng: 15 }, { lat: 60.06, lng: 15 }, { lat: 60.06, lng: 15.075 }, { lat: 60, lng: 15.075 }])).toEqual({ lat: 60.03, lng: 15.0375 });
  });
});

describe("recurrence in the Studio and the content check", () => {
  it("turns the Studio's choices into the stored rule and back", () => {
    expect(buildRule({ repeat: "once", days: [] }, "2027-03-19")).toBeUndefined();
    expect(buildRule({ repeat: "weekly", days: ["FR", "TU"], until: "2027-06-11" }, "2027-03-19")).toBe("FREQ=WEEKLY;BYDAY=TU,FR;UNTIL=20270611");
    expect(buildRule({ repeat: "biweekly", days: [] }, "2027-03-19")).toBe("FREQ=WEEKLY;INTERVAL=2;BYDAY=FR");
    expect(buildRule({ repeat: "monthly", days: [], until: "2027-12-31" }, "2027-03-20")).toBe("FREQ=MONTHLY;BYDAY=3SA;UNTIL=20271231");
    expect(readChoice("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,FR;UNTIL=20270611", "2027-03-19")).toEqual({ repeat: "biweekly", days: ["TU", "FR"], until: "2027-06-11" });
    expect(readChoice(undefined, "2027-03-19")).toEqual({ repeat: "once", days: ["FR"] });
  });

  it("refuses a rule without an end, one that ends beyond a year, an unreadable one, and cancelled dates outside the series", () => {
    const start = { startDate: "2027-03-19" };
    expect(recurrenceProblem({ ...start, rrule: "FREQ=WEEKLY;BYDAY=FR;UNTIL=20270611", exdates: ["2027-04-02"] })).toBeUndefined();
    expect(recurrenceProblem({ ...start, rrule: "FREQ=WEEKLY;BYDAY=FR" })).toMatch(/slutdatum/);
    expect(recurrenceProblem({ ...start, rrule: "FREQ=WEEKLY;BYDAY=FR;UNTIL=20280401" })).toMatch(/högst ett år/);
    expect(recurrenceProblem({ ...start, rrule: "FREQ=DAILY;UNTIL=20270401" })).toMatch(/går inte att läsa/);
    expect(recurrenceProblem({ ...start, rrule: "FREQ=WEEKLY;BYDAY=FR;UNTIL=20270611", exdates: ["2027-04-01"] })).toBe("2027-04-01 är inte ett av aktivitetens datum");
    expect(recurrenceProblem({ ...start, exdates: ["2027-03-19"] })).toMatch(/upprepas/);
  });
});
