import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import type { AccountRole } from "./fixtures/accounts";
import { storageStateAs, type StorageState } from "./fixtures/sign-in";
import { expectAccessible } from "./fixtures/axe";

const states = new Map<AccountRole, StorageState>();

async function pageAs(browser: Browser, role: AccountRole): Promise<Page> {
  const context = await browser.newContext({ storageState: states.get(role) });
  return context.newPage();
}

/** The source's web address field (the radio beside it is "Web address"). */
const addressField = (page: Page) => page.getByRole("textbox", { name: /^Address/ });

/** The field's error text, found through its aria-describedby. */
async function describedText(page: Page, field: Locator): Promise<string> {
  const ids = (await field.getAttribute("aria-describedby")) ?? "";
  const texts = await Promise.all(ids.split(" ").filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(" ");
}

const stepRate = (page: Page, date: string) =>
  page
    .getByTestId("tariff-step-row")
    .and(page.locator(`[data-date="${date}"][data-series*="JPN"]`))
    .first()
    .getAttribute("data-rate");

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(90_000);
  for (const role of ["editor", "admin", "viewer"] as const) states.set(role, await storageStateAs(browser, role));
});

test("an editor creates a round with a participant, then corrects a tariff rate and the chart steps move", async ({ browser }) => {
  const page = await pageAs(browser, "editor");
  await page.goto("/timeline");
  await expect(page.getByTestId("correct-this").first()).toBeVisible();

  await page.goto("/editor/rounds/new?negotiation=us-japan-tariffs-2025");
  await expect(page.getByLabel("Negotiation")).toHaveValue(/.+/);
  await page.getByLabel("Round number").fill("11");
  await page.getByLabel("Status").selectOption("planned");
  await page.getByLabel("Start").fill("2025-12-01");
  await page.getByLabel("Location").fill("Tokyo");
  await page.getByRole("button", { name: "+ Add a participant" }).click();
  const person = page.getByLabel("Person");
  await person.selectOption((await person.locator("option", { hasText: "Ryosei Akazawa" }).first().getAttribute("value"))!);
  await expect(page.getByLabel("Side")).toHaveValue("JPN");
  await page.getByLabel("Role at the time").fill("Minister for Economic Revitalization");
  await addressField(page).fill("https://example.test/news/japan-us-round-11");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create round" }).click();
  await expect(page).toHaveURL(/\/editor\/rounds\/[^/]+\/edit\?created=1/);
  await page.getByRole("link", { name: "View it as readers do" }).click();
  await expect(page).toHaveURL(/\/negotiations\/us-japan-tariffs-2025\/rounds\/11$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Round 11");
  await expect(page.getByRole("table").filter({ hasText: "Ryosei Akazawa" })).toContainText("Minister for Economic Revitalization");
  await expect(page.getByRole("link", { name: "Correct this round" })).toBeVisible();

  // The chart's tooltip offers the correction; E (with the chart focused) opens it in the same page.
  await page.goto("/tariffs?target=JPN&sector=autos");
  expect(await stepRate(page, "2025-04-03")).toBe("27.5");
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  const tooltip = page.locator(".recharts-tooltip-wrapper").first();
  await page.locator(".recharts-surface").first().focus();
  for (let i = 0; i < 40 && !(await tooltip.innerText()).includes("Since 3 Apr 2025"); i++) await page.keyboard.press("ArrowRight");
  const editLink = tooltip.getByTestId("correct-this").first();
  const editUrl = (await editLink.getAttribute("href"))!;
  expect(editUrl).toMatch(/^\/editor\/tariff-measures\/[^/]+\/edit$/);
  await page.keyboard.press("e");
  await expect(page).toHaveURL(editUrl);
  await expect(page.getByLabel("Rate (%)")).toHaveValue("27.5");
  await page.getByLabel("Rate (%)").fill("26.5");
  await page.getByLabel("Reason for this change").fill("Combined rate corrected: the MFN duty on cars is 1.5 points here");
  await page.getByRole("button", { name: "Save changes" }).click();
  // Version 2 or later: an earlier review may already have cited this measure.
  await expect(page.getByRole("status").filter({ hasText: /Saved as version \d+/ })).toBeVisible();

  // Back to the chart without a reload: React Query refetches the invalidated levels.
  await page.goBack();
  await expect(page).toHaveURL(/\/tariffs\?/);
  await expect.poll(() => stepRate(page, "2025-04-03")).toBe("26.5");
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await page.context().close();
});

test("a viewer sees no edit controls and cannot write through the API", async ({ browser }) => {
  const page = await pageAs(browser, "viewer");
  const access = page.waitForResponse((r) => r.url().endsWith("/editor/access"));
  await page.goto("/timeline");
  await expect(page.getByTestId("timeline-event").first()).toBeVisible();
  expect(await (await access).json()).toEqual({ canEdit: false });
  await expect(page.getByTestId("correct-this")).toHaveCount(0);

  await page.goto("/negotiations/us-japan-tariffs-2025/rounds/6");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Round 6");
  await expect(page.getByTestId("correct-this")).toHaveCount(0);

  await page.goto("/tariffs?target=JPN&sector=autos");
  const asked = page.waitForResponse((r) => r.url().endsWith("/editor/access"));
  const tooltip = page.locator(".recharts-tooltip-wrapper").first();
  await page.locator(".recharts-surface").first().focus();
  for (let i = 0; i < 40 && !(await tooltip.innerText()).includes("Step set by"); i++) await page.keyboard.press("ArrowRight");
  expect(await (await asked).json()).toEqual({ canEdit: false });
  await expect(tooltip).toContainText("Step set by");
  await expect(tooltip.getByTestId("correct-this")).toHaveCount(0);
  await expect(tooltip).not.toContainText("Press E");

  // Editor and admin pages refuse a viewer with a 403 page, not a 200 carrying a notice.
  for (const path of ["/editor/rounds/new", "/editor/negotiations/new", "/editor/people", "/editor/articles/new", "/admin/users"]) {
    const refused = await page.goto(path);
    expect(refused?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { name: "Not open to your account" })).toBeVisible();
    await expect(page.getByText("You are signed in as a viewer.")).toBeVisible();
  }
  await expect(page.getByRole("button", { name: "Create round" })).toHaveCount(0);

  const origin = new URL(page.url()).origin;
  const response = await page.request.post("/api/v1/rounds", { headers: { origin }, data: { negotiationId: "x" } });
  expect(response.status()).toBe(403);
  await page.context().close();

  // Anonymous visitors are sent to sign in, and come back afterwards.
  const anonymous = await browser.newPage();
  await anonymous.goto("/editor/tariff-measures/new");
  await expect(anonymous).toHaveURL(/\/sign-in\?next=%2Feditor%2Ftariff-measures%2Fnew/);
  await anonymous.close();
});

test("two editors save the same round: the second sees a conflict panel and keeps their input", async ({ browser }) => {
  const a = await pageAs(browser, "editor");
  await a.goto("/negotiations/us-japan-tariffs-2025/rounds/6");
  await a.getByRole("link", { name: "Correct this round" }).click();
  await expect(a).toHaveURL(/\/editor\/rounds\/[^/]+\/edit$/);
  const editUrl = new URL(a.url()).pathname;
  const b = await pageAs(browser, "admin");
  await b.goto(editUrl);
  const version = Number(/Version (\d+)/.exec((await b.getByText(/^Version \d+$/).textContent())!)![1]);

  await a.getByLabel("Location").fill("Washington, D.C. (checked by A)");
  await a.getByLabel("Reason for this change").fill("Venue confirmed by the embassy");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByRole("status").filter({ hasText: `Saved as version ${version + 1}` })).toBeVisible();

  await b.getByLabel("Location").fill("Washington (B)");
  await b.getByLabel("Outcome").fill("Outcome as B heard it");
  await b.getByLabel("Reason for this change").fill("Outcome added from the readout");
  await b.getByRole("button", { name: "Save changes" }).click();
  const panel = b.getByTestId("conflict-panel");
  await expect(panel).toBeVisible();
  await expect(panel.getByRole("heading")).toBeFocused();
  const location = panel.getByTestId("conflict-change").filter({ hasText: "Location" });
  await expect(location).toContainText("Washington, D.C. (checked by A)");
  await expect(location).toContainText("Washington (B)");
  await expect(location).toContainText("both changed");
  await expect(b.getByLabel("Location")).toHaveValue("Washington (B)");
  await expect(b.getByLabel("Outcome")).toHaveValue("Outcome as B heard it");
  await expect(b.getByLabel("Reason for this change")).toHaveValue("Outcome added from the readout");
  await expectAccessible(b);

  await panel.getByRole("button", { name: `Re-apply my changes to version ${version + 1}` }).click();
  await expect(panel).toHaveCount(0);
  await expect(b.getByText(`Your save is based on version ${version + 1}.`)).toBeVisible();
  await expect(b.getByLabel("Location")).toHaveValue("Washington (B)");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByRole("status").filter({ hasText: `Saved as version ${version + 2}` })).toBeVisible();

  const saved = await (await b.request.get(`/api/v1/rounds/${editUrl.split("/")[3]}`)).json();
  expect(saved).toMatchObject({ version: version + 2, location: "Washington (B)", outcome: "Outcome as B heard it" });
  await a.context().close();
  await b.context().close();
});

test("a rejected form keeps its values, marks and describes each invalid field, and guards leaving", async ({ browser }) => {
  const page = await pageAs(browser, "editor");
  await page.goto("/editor/tariff-measures/new");
  await page.getByLabel("On imports from").selectOption("JPN");
  await page.getByLabel("Rate (%)").fill("-5");
  await page.getByLabel("In effect from").fill("2025-05-01");
  await page.getByLabel("No longer applied from").fill("2025-04-01");
  await addressField(page).fill("not-a-web-address");
  await page.getByRole("button", { name: "Create tariff measure" }).click();

  await expect(page.getByLabel("Rate (%)")).toBeFocused();
  for (const [field, message] of [
    [page.getByLabel("Rate (%)"), "Rate cannot be negative"],
    [page.getByLabel("No longer applied from"), "Must be after the effective-from date"],
    [addressField(page), "Use a full http(s):// address"],
  ] as const) {
    await expect(field).toHaveAttribute("aria-invalid", "true");
    expect(await describedText(page, field)).toContain(message);
  }
  await expect(page.getByLabel("On imports from")).toHaveValue("JPN");
  await expect(page.getByLabel("Rate (%)")).toHaveValue("-5");
  await expect(page.getByLabel("In effect from")).toHaveValue("2025-05-01");
  await expect(addressField(page)).toHaveValue("not-a-web-address");
  await expect(page).toHaveURL(/\/editor\/tariff-measures\/new$/);
  await expectAccessible(page);

  // A rejection by the server lands on its field the same way.
  await page.route("**/api/v1/tariff-measures", (route) =>
    route.fulfill({
      status: 400,
      json: { error: { code: "invalid", message: "legalBasis: Unknown statute", fields: { legalBasis: "Unknown statute" } } },
    }),
  );
  await page.getByLabel("Rate (%)").fill("15");
  await page.getByLabel("No longer applied from").fill("");
  await addressField(page).fill("https://example.test/notice");
  await page.getByLabel("Legal basis").fill("Section 999");
  await page.getByRole("button", { name: "Create tariff measure" }).click();
  await expect(page.getByLabel("Legal basis")).toBeFocused();
  await expect(page.getByLabel("Legal basis")).toHaveAttribute("aria-invalid", "true");
  expect(await describedText(page, page.getByLabel("Legal basis"))).toContain("Unknown statute");
  await expect(page.getByLabel("Legal basis")).toHaveValue("Section 999");
  await expect(page.getByLabel("Rate (%)")).toHaveValue("15");

  // Leaving asks first: an in-app link, then closing the tab.
  page.once("dialog", (dialog) => {
    expect(dialog.type()).toBe("confirm");
    void dialog.dismiss();
  });
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
  await expect(page).toHaveURL(/\/editor\/tariff-measures\/new$/);
  await expect(page.getByLabel("Legal basis")).toHaveValue("Section 999");

  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);

  const beforeUnload = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const dialog = await beforeUnload;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
});

test("an editor deletes a milestone with a reason and restores it", async ({ browser }) => {
  const page = await pageAs(browser, "editor");
  await page.goto("/timeline?kind=milestone");
  const link = page.getByTestId("correct-this").first();
  await link.click();
  await expect(page).toHaveURL(/\/editor\/milestones\/[^/]+\/edit$/);
  const id = new URL(page.url()).pathname.split("/")[3];

  await page.getByRole("button", { name: "Delete this milestone…" }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this milestone?" });
  await dialog.getByRole("button", { name: "Delete milestone" }).click();
  await expect(dialog.getByLabel("Reason")).toHaveAttribute("aria-invalid", "true");
  await dialog.getByLabel("Reason").fill("Duplicate of the summit entry");
  await dialog.getByRole("button", { name: "Delete milestone" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Deleted \(version \d+\)/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save changes" })).toBeDisabled();
  expect((await (await page.request.get(`/api/v1/milestones/${id}`)).json()).deletedAt).not.toBeNull();

  await page.getByRole("button", { name: "Restore this milestone…" }).click();
  const restore = page.getByRole("dialog", { name: "Restore this milestone?" });
  await restore.getByLabel("Reason").fill("Not a duplicate after all");
  await restore.getByRole("button", { name: "Restore milestone" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Restored as version \d+/ })).toBeVisible();
  expect((await (await page.request.get(`/api/v1/milestones/${id}`)).json()).deletedAt).toBeNull();
  await page.context().close();
});
