/** Clinic staff: sign in, the day's bookings, mark a visit, no access to another clinic, sign out. */
import { expect, test, type Page } from "@playwright/test";
import { BOOKING, STAFF_PASSWORD } from "./site.ts";
import { IDP } from "../support/idp-settings.ts";
import { expectNoAxeViolations as noAxeViolations } from "./axe.ts";

async function signIn(page: Page, username: string, password = STAFF_PASSWORD): Promise<void> {
  await page.goto("/staff/");
  await page.getByLabel("Användarnamn").fill(username);
  await page.getByLabel("Lösenord").fill(password);
  await page.getByRole("button", { name: "Logga in" }).click();
}

test.use({ viewport: { width: 320, height: 640 } });

test("sign-in page and a wrong password", async ({ page }) => {
  await page.goto("/staff/");
  await noAxeViolations(page);
  await signIn(page, "anna", "not-the-password");
  await expect(page.locator(".error-summary")).toContainText("Fel användarnamn eller lösenord.");
  await expect(page.locator(".error-summary")).toBeFocused();
  await noAxeViolations(page);
});

test("clinic staff see their day list, mark a visit, and cannot see another clinic", async ({ page, context }) => {
  await signIn(page, "anna");
  await expect(page.locator("h1")).toHaveText("Hej Anna Andersson");
  const cookies = await context.cookies();
  expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite, c.path])).toEqual([["nara_staff", true, "Strict", "/staff"]]);
  await noAxeViolations(page);

  await page.goto(`/staff/bookings/${BOOKING.clinicId}?date=${BOOKING.date}`);
  const rows = page.locator("table.bookings tbody tr");
  await expect(rows.first()).toBeVisible();
  await noAxeViolations(page);
  const booked = rows.filter({ hasText: "Bokad" }).first();
  const code = (await booked.locator(".code").textContent()) ?? "";
  await booked.getByRole("button", { name: /^Kom/ }).click();
  await expect(rows.filter({ hasText: code }).locator("td").nth(4)).toHaveText("Kom");

  const denied = await page.goto(`/staff/bookings/${BOOKING.otherClinicId}?date=${BOOKING.date}`);
  expect(denied?.status()).toBe(403);
  await expect(page.locator("h1")).toHaveText("Ingen behörighet");
  await noAxeViolations(page);

  await page.getByRole("button", { name: "Logga ut" }).click();
  await expect(page.locator("h1")).toHaveText("Logga in");
  const after = await page.goto(`/staff/bookings/${BOOKING.clinicId}?date=${BOOKING.date}`);
  expect(after?.url()).toMatch(/\/staff\/$/);
});

test("a staff POST without the CSRF token is refused", async ({ page, request }) => {
  await signIn(page, "anna");
  const response = await page.request.post(`/staff/bookings/${BOOKING.clinicId}?date=${BOOKING.date}`, {
    form: { booking: "00000000-0000-0000-0000-000000000000", action: "cancel" },
    headers: { Origin: "http://127.0.0.1:4399" },
  });
  expect(response.status()).toBe(403);
  const crossSite = await request.post("/staff/", { form: { username: "anna", password: STAFF_PASSWORD }, headers: { Origin: "https://attacker.example" } });
  expect(crossSite.status()).toBe(403);
});

/** Through the stand-in provider's own login and consent pages, as a browser does. */
async function signInWithProvider(page: Page, login: string): Promise<void> {
  await page.goto("/staff/");
  await page.getByRole("link", { name: "Logga in med kommunens konto" }).click();
  await expect(page).toHaveURL(new RegExp(`^${IDP.issuer}/`));
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

test("sign-in through the municipality's OpenID provider, with the roles it gives", async ({ page, context }) => {
  await page.goto("/staff/");
  await noAxeViolations(page);
  await signInWithProvider(page, "cecilia");
  await expect(page).toHaveURL(/\/staff\/$/);
  await expect(page.locator("h1")).toHaveText("Hej Cecilia");
  const cookies = await context.cookies("http://127.0.0.1:4399/staff/");
  expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([["nara_staff", true, "Strict"]]);
  const dayList = await page.goto(`/staff/bookings/${BOOKING.clinicId}?date=${BOOKING.date}`);
  expect(dayList?.status()).toBe(200);
  await expect(page.locator("h1")).toContainText("Bokningar");
  const denied = await page.goto(`/staff/bookings/${BOOKING.otherClinicId}?date=${BOOKING.date}`);
  expect(denied?.status()).toBe(403);
});

test("the provider's answer is refused when replayed, and without roles", async ({ page }) => {
  let callback = "";
  page.on("request", (r) => {
    if (r.url().includes("/staff/oidc/callback")) callback = r.url();
  });
  await signInWithProvider(page, "cecilia");
  await expect(page.locator("h1")).toHaveText("Hej Cecilia");
  await page.getByRole("button", { name: "Logga ut" }).click();
  // The same answer again, in the same browser: the sign-in it belonged to is used up.
  const replay = await page.goto(callback);
  expect(replay?.status()).toBe(400);
  await expect(page.locator(".error-summary")).toContainText("Börja om");
  await noAxeViolations(page);

  await page.context().clearCookies();
  await signInWithProvider(page, "nobody");
  await expect(page.locator("h1")).toHaveText("Inloggningen misslyckades");
  await expect(page.locator(".error-summary")).toContainText("ingen behörighet");
  await page.goto(`/staff/bookings/${BOOKING.clinicId}?date=${BOOKING.date}`);
  await expect(page.locator("h1")).toHaveText("Logga in");
});
