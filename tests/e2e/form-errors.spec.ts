/**
 * Every form's refusal follows GOV.UK's error pattern, checked the same way for all of them: the
 * title starts with the locale's word for an error, the error summary takes the focus, each of
 * its links leads to an element of the form, that field (or each input of that group) is marked
 * invalid, and it is described by its own message, shown at the field.
 *
 * The public forms are sent without JavaScript, so that what is checked is the server's answer
 * and not a script's. Nothing is filled in, so every refusal is the fields' own: those come
 * before the proof that a person sent the form, and no waiting for the form's minimum fill time
 * is needed. The staff forms are used as staff use them, with JavaScript (staffPage's context),
 * on data made first through the public forms.
 */
import { expect, test, type Page } from "@playwright/test";
import { createTranslator } from "../../src/lib/i18n/index.ts";
import { ENDONYMS, type Locale } from "../../src/lib/i18n/locales.ts";
import { BASE_URL, BOOKING, PAGE_TYPES, staffPage } from "./site.ts";

const sv = createTranslator("sv");
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The one check of a refused form. `fields` are the ids the summary must link to (at least);
 * every link it has is checked. `focused`: the page ran its scripts, so the summary must have the
 * focus; without JavaScript nothing can move it, so the summary must be ready to take it
 * (tabindex -1) and carry the script that does.
 */
async function expectRefusal(page: Page, { locale, fields, focused }: { locale: Locale; fields: readonly string[]; focused: boolean }): Promise<void> {
  const t = createTranslator(locale);
  await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(t("error.titlePrefix"))}: `));
  const summary = page.locator("[data-error-summary]");
  await expect(summary).toHaveCount(1);
  await expect(summary).toBeVisible();
  if (focused) {
    await expect(summary).toBeFocused();
  } else {
    await expect(summary).toHaveAttribute("tabindex", "-1");
    await expect(summary.locator('script[src="/error-summary.js"]')).toHaveCount(1);
  }
  const hrefs = await summary.locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.map((href) => href.slice(1)), "the summary links to every refused field").toEqual(expect.arrayContaining([...fields]));
  for (const href of hrefs) {
    expect(href, "a summary link is a link into the page").toMatch(/^#./);
    const id = href.slice(1);
    const target = page.locator(`[id="${id}"]`);
    await expect(target, `${href} leads to an element of the page`).toHaveCount(1);
    const kind = await target.evaluate((el) => (el.classList.contains("field-error") ? "message" : el.tagName.toLowerCase()));
    // The human check has no field to mark: its link leads to its message.
    if (kind === "message") {
      await expect(target).toBeVisible();
      continue;
    }
    if (kind === "fieldset") {
      // A group: focusable itself (the link moves the focus there), and each of its inputs marked.
      await expect(target, `${href} can take the focus`).toHaveAttribute("tabindex", "-1");
      const inputs = await target.locator("input:not([type=hidden])").all();
      expect(inputs.length, `${href} holds inputs`).toBeGreaterThan(0);
      for (const input of inputs) await expect(input, `each input of ${href} is invalid`).toHaveAttribute("aria-invalid", "true");
    } else {
      await expect(target, `${href} is invalid`).toHaveAttribute("aria-invalid", "true");
    }
    const describedBy = ((await target.getAttribute("aria-describedby")) ?? "").split(/\s+/).filter(Boolean);
    expect(describedBy.length, `${href} is described`).toBeGreaterThan(0);
    const messages = page.locator(describedBy.map((d) => `.field-error[id="${d}"]`).join(", "));
    await expect(messages, `${href} is described by its error message`).toHaveCount(1);
    await expect(messages).toBeVisible();
  }
}

/** Sends a page's one form (the only POST form in its main content) as it is. */
async function send(page: Page): Promise<void> {
  await page.locator('main form[method="post"] button[type="submit"]').last().click();
  await page.waitForLoadState("domcontentloaded");
}

test.describe("public forms, refused without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("booking: manage with a code that is not one", async ({ page }) => {
    await page.goto(`/uk/${PAGE_TYPES.bookManage}`);
    await page.locator("#code").fill("ABC");
    await send(page);
    await expectRefusal(page, { locale: "uk", fields: ["code", "secret"], focused: false });
    await expect(page.locator("#code")).toHaveValue("ABC");
  });

  test("contact: nothing filled in", async ({ page }) => {
    await page.goto(`/sv/${PAGE_TYPES.contact}`);
    await send(page);
    await expectRefusal(page, { locale: "sv", fields: ["topic", "message"], focused: false });
  });

  test("contact answer: no code", async ({ page }) => {
    await page.goto(`/ar/${PAGE_TYPES.contactAnswer}`);
    await send(page);
    await expectRefusal(page, { locale: "ar", fields: ["receipt"], focused: false });
  });

  test("activity proposal: nothing filled in", async ({ page }) => {
    await page.goto(`/en/${PAGE_TYPES.propose}`);
    await send(page);
    await expectRefusal(page, { locale: "en", fields: ["association", "contactName", "contactEmail", "title", "description", "place", "street", "postalCode", "date", "start", "end"], focused: false });
  });

  test("recruitment interest: nothing filled in", async ({ page }) => {
    await page.goto(`/sv/${PAGE_TYPES.becomeInterest}`);
    await send(page);
    await expectRefusal(page, { locale: "sv", fields: ["roles", "name", "phone", "postalCode", "reachTimes", "privacy"], focused: false });
  });

  test("recruitment status: no receipt", async ({ page }) => {
    await page.goto(`/so/${PAGE_TYPES.becomeStatus}`);
    await send(page);
    await expectRefusal(page, { locale: "so", fields: ["receipt"], focused: false });
  });

  test("information evening seat: nothing filled in", async ({ page }) => {
    await page.goto(`/fa/${PAGE_TYPES.becomeEvenings}`);
    await send(page);
    await expectRefusal(page, { locale: "fa", fields: ["evening", "name", "email"], focused: false });
  });

  test("information evening seat, manage: a code that is not one", async ({ page }) => {
    await page.goto(`/so/${PAGE_TYPES.becomeEveningsManage}`);
    await page.locator("#code").fill("ABC");
    await send(page);
    await expectRefusal(page, { locale: "so", fields: ["code", "secret"], focused: false });
  });

  test("night-walk sign-up: nothing filled in", async ({ page }) => {
    await page.goto(`/sv/${PAGE_TYPES.nightWalks}`);
    await send(page);
    await expectRefusal(page, { locale: "sv", fields: ["walks", "name", "phone", "adult", "conduct"], focused: false });
  });

  test("night-walk manage: a code that is not one", async ({ page }) => {
    await page.goto(`/fi/${PAGE_TYPES.nightWalksManage}`);
    await page.locator("#code").fill("ABC");
    await send(page);
    await expectRefusal(page, { locale: "fi", fields: ["code", "secret"], focused: false });
  });
});

test.describe("staff forms, refused", () => {
  test.describe.configure({ mode: "serial" });

  const PROPOSAL = "Form error check";
  const APPLICANT = "Felix Formsson";
  // The contact message goes to anna's clinic (contact.spec counts the mail to dina's office), and
  // is found in the inbox by its answer language, which no other spec uses.
  const ANSWER_LOCALE = "ti";

  /**
   * What the staff forms act on, made through the public forms without JavaScript: a message to
   * anna's clinic, a proposal for erik, an interest for rita. One wait for the forms' minimum
   * fill time serves all three.
   */
  test.beforeAll(async ({ browser }) => {
    const context = await browser.newContext({ baseURL: BASE_URL, javaScriptEnabled: false });
    const contact = await context.newPage();
    await contact.goto(`/sv/${PAGE_TYPES.contact}`);
    await contact.locator("#unit").selectOption(BOOKING.clinicId);
    await contact.locator('#topic input[type="radio"]').first().check();
    await contact.locator("#answerLocale").selectOption(ANSWER_LOCALE);
    await contact.locator("#message").fill("Hur ansöker man om försörjningsstöd?");

    const proposal = await context.newPage();
    await proposal.goto(`/en/${PAGE_TYPES.propose}`);
    await proposal.locator("#association").fill("Tallmons IF");
    await proposal.locator("#contactName").fill("Sam Lee");
    await proposal.locator("#contactEmail").fill("sam@example.com");
    await proposal.locator("#title").fill(PROPOSAL);
    await proposal.locator("#description").fill("Football for children on Saturdays. Everyone is welcome.");
    await proposal.locator("#area").selectOption("kvarnby");
    await proposal.locator("#place").fill("Kvarnby bibliotek");
    await proposal.locator("#street").fill("Kvarnvägen 10");
    await proposal.locator("#postalCode").fill("99051");
    await proposal.locator("#date").fill("2026-12-05");
    await proposal.locator("#start").fill("10:00");
    await proposal.locator("#end").fill("12:00");

    const interest = await context.newPage();
    await interest.goto(`/sv/${PAGE_TYPES.becomeInterest}`);
    await interest.locator("#role-familyHome").check();
    await interest.locator("#name").fill(APPLICANT);
    await interest.locator("#phone").fill("070-174 06 30");
    await interest.locator("#postalCode").fill("99061");
    await interest.locator("#reachTimes").fill("Vardagar efter 17");
    await interest.locator("#privacy").check();

    await contact.waitForTimeout(3500);
    await send(contact);
    await expect(contact.locator("h1")).toHaveText(sv("contact.done.title"));
    await send(proposal);
    await expect(proposal.locator("h1")).toHaveText(createTranslator("en")("propose.done.title"));
    await send(interest);
    await expect(interest.locator("h1")).toHaveText(sv("become.interest.done"));
    await context.close();
  });

  test("a thread: an empty reply", async ({ browser }) => {
    const staff = await staffPage(browser, "anna");
    await staff.goto("/staff/messages/");
    await staff.locator("tbody tr", { hasText: ENDONYMS[ANSWER_LOCALE] }).first().getByRole("link").click();
    await staff.getByRole("button", { name: "Skicka svaret" }).click();
    await expectRefusal(staff, { locale: "sv", fields: ["reply"], focused: true });
    await staff.context().close();
  });

  test("a proposal: approved without the Swedish texts, rejected without a reason", async ({ browser }) => {
    const staff = await staffPage(browser, "erik");
    await staff.goto("/staff/proposals/");
    await staff.getByRole("link", { name: PROPOSAL }).click();
    await staff.getByRole("button", { name: "Godkänn och publicera" }).click();
    await expectRefusal(staff, { locale: "sv", fields: ["svTitle", "svSummary"], focused: true });
    await staff.getByRole("button", { name: "Avböj och mejla skälet" }).click();
    await expectRefusal(staff, { locale: "sv", fields: ["reason"], focused: true });
    await staff.context().close();
  });

  test("an interest: an empty note", async ({ browser }) => {
    const staff = await staffPage(browser, "rita");
    await staff.goto("/staff/recruitment/");
    await staff.locator("[data-interest]", { hasText: APPLICANT }).getByRole("link").click();
    await staff.getByRole("button", { name: "Spara anteckningen" }).click();
    await expectRefusal(staff, { locale: "sv", fields: ["note"], focused: true });
    await staff.context().close();
  });

  test("a night-walk report: no route and no count of young people", async ({ browser }) => {
    const staff = await staffPage(browser, "nora");
    await staff.goto("/staff/night-walks/area-tallmon");
    // A night that has begun and has its report form (tonight's, at the server's fixed time).
    const night = staff.locator("section.night", { has: staff.locator("form.report-form") }).first();
    await night.locator("details").evaluate((details) => {
      (details as HTMLDetailsElement).open = true;
    });
    const route = night.locator('input[name="route"]');
    const suffix = ((await route.getAttribute("id")) ?? "").slice("route".length);
    await route.fill("");
    await night.locator('input[name="youngPeople"]').fill("");
    await night.locator("form.report-form button[type=submit]").click();
    await expectRefusal(staff, { locale: "sv", fields: [`route${suffix}`, `youngPeople${suffix}`], focused: true });
    await staff.context().close();
  });
});
