import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, type AccountRole } from "./fixtures/accounts";
import { seriousViolations } from "./fixtures/axe";

// One flow in order: the editor's correction and revert are what the corrections log and the
// viewer then see. Two sign-ins in all (the editor's session is reused), well within the sign-in
// rate limit that the other specs share.
test.describe.configure({ mode: "serial" });

const run = Date.now().toString(36);
const CORRECTION = `Outlet corrected the rate (e2e ${run})`;
const REVERT = `The first figure was right (e2e ${run})`;

async function signIn(page: Page, role: AccountRole, next: string) {
  await page.goto(`/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(ACCOUNTS[role].email);
  await page.getByLabel("Password").fill(ACCOUNTS[role].password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === next);
}

/** Canada's 25% counter-tariff on U.S. aluminum: a measure no other browser test looks at. */
async function measureId(request: APIRequestContext): Promise<string> {
  const response = await request.get("/api/v1/events?kind=tariff&economy=CAN&sector=aluminum&limit=20");
  const { items } = (await response.json()) as { items: { href: string }[] };
  const href = items.map((i) => i.href).find((h) => h.startsWith("/tariffs/measures/"));
  expect(href, "a CAN aluminum tariff measure in the demo data").toBeTruthy();
  return href!.split("/").at(-1)!;
}

/** An edit through the app's own write API, as the signed-in browser (same cookies, same origin). */
async function correctRate(page: Page, id: string, rate: number, reason: string) {
  const current = await (await page.request.get(`/api/v1/tariff-measures/${id}`)).json();
  const { id: _id, version, deletedAt: _d, ...fields } = current;
  const origin = new URL(page.url()).origin;
  const response = await page.request.put(`/api/v1/tariff-measures/${id}`, {
    headers: { origin },
    data: { ...fields, rate, baseVersion: version, reason },
  });
  expect(response.status(), await response.text()).toBe(200);
}

let id = "";
let historyPath = "";
let editorState: Awaited<ReturnType<ReturnType<Page["context"]>["storageState"]>> | null = null;

/** A page signed in as the editor, reusing the first test's session. */
async function editorPage(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext({ storageState: editorState ?? undefined });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test("an editor sees a correction's field diff, reverts it, and the revert is a new revision", async ({ page }) => {
  id = await measureId(page.request);
  historyPath = `/history/tariffMeasure/${id}`;
  await signIn(page, "editor", historyPath);
  editorState = await page.context().storageState();
  const original = (await (await page.request.get(`/api/v1/tariff-measures/${id}`)).json()) as { rate: number };
  await correctRate(page, id, original.rate + 1, CORRECTION);
  await page.reload();

  await expect(page.getByRole("heading", { level: 1 })).toContainText("History of");
  const revisions = page.getByTestId("revision");
  const correction = revisions.first();
  await expect(correction).toHaveAttribute("data-action", "update");
  await expect(correction.getByRole("heading")).toContainText("Corrected by Eddie Editor (editor)");
  await expect(correction).toContainText(CORRECTION);
  await expect(correction.locator("time")).toHaveAttribute("datetime", /Z$/);
  const rateRow = correction.locator('tr[data-path="rate"]');
  await expect(rateRow.getByRole("cell").nth(0)).toHaveText("Changed");
  await expect(rateRow.locator("del")).toContainText(`${original.rate}%`);
  await expect(rateRow.locator("ins")).toContainText(`${original.rate + 1}%`);
  // The latest revision is the current state: nothing to revert to there.
  await expect(correction.getByRole("button", { name: /Revert to this version/ })).toHaveCount(0);

  const created = page.locator('[data-testid="revision"][data-action="create"]');
  await created.getByRole("button", { name: /Revert to this version/ }).click();
  const reason = created.getByLabel(/Why return to/);
  await expect(reason).toBeFocused();
  await reason.fill(REVERT);
  await created.getByRole("button", { name: "Revert", exact: true }).click();
  await expect(created.getByRole("status")).toContainText("Reverted");

  await expect(revisions.first()).toHaveAttribute("data-action", "revert");
  await expect(revisions.first()).toContainText(REVERT);
  await expect(revisions.first().getByRole("heading")).toContainText("Reverted by Eddie Editor (editor)");
  await expect(revisions.first().locator('tr[data-path="rate"] ins')).toContainText(`${original.rate}%`);
  // Nothing was removed: the correction is still there, below the revert.
  await expect(revisions.nth(1)).toContainText(CORRECTION);
  const api = (await (await page.request.get(`/api/v1/history/tariffMeasure/${id}`)).json()) as { revisions: { action: string }[] };
  expect(api.revisions.slice(0, 2).map((r) => r.action)).toEqual(["revert", "update"]);
});

test("a revert based on a stale page is refused with a 409 that says the record changed meanwhile", async ({ browser }) => {
  const page = await editorPage(browser, historyPath);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const created = page.locator('[data-testid="revision"][data-action="create"]');
  await created.getByRole("button", { name: /Revert to this version/ }).click();
  // Someone else saves while this page is open.
  const now = (await (await page.request.get(`/api/v1/tariff-measures/${id}`)).json()) as { rate: number };
  await correctRate(page, id, now.rate + 2, `Concurrent edit (e2e ${run})`);
  await created.getByLabel(/Why return to/).fill(`Stale revert (e2e ${run})`);
  await created.getByRole("button", { name: "Revert", exact: true }).click();
  await expect(created.getByRole("alert")).toContainText("changed by someone else");
  await created.getByRole("button", { name: "Reload history" }).click();
  await expect(page.getByTestId("revision").first()).toContainText(`Concurrent edit (e2e ${run})`);
  await expect(page.getByText(`Stale revert (e2e ${run})`)).toHaveCount(0);

  // Put the measure back as the demo data has it, through the history once more.
  await created.getByRole("button", { name: /Revert to this version/ }).click();
  await created.getByLabel(/Why return to/).fill(`Restore demo value (e2e ${run})`);
  await created.getByRole("button", { name: "Revert", exact: true }).click();
  await expect(page.getByTestId("revision").first()).toContainText(`Restore demo value (e2e ${run})`);
  await page.context().close();
});

test("the corrections log lists the revert with its record, actor, reason and changed fields", async ({ page }) => {
  await page.goto("/corrections");
  await expect(page.getByRole("heading", { level: 1, name: "Corrections" })).toBeVisible();
  const row = page.getByTestId("correction").filter({ hasText: REVERT });
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute("data-action", "revert");
  await expect(row).toContainText("Eddie Editor (editor)");
  await expect(page.locator("main").getByText("@example.test")).toHaveCount(0);
  await expect(row).toContainText("rate");
  await expect(row.getByRole("link", { name: /^\d+(\.\d+)?% aluminum tariff: Canada on United States$/ })).toHaveAttribute("href", `/tariffs/measures/${id}`);
  await expect(page.getByTestId("correction").filter({ hasText: CORRECTION })).toHaveCount(1);
  // Seed creations are not corrections.
  await expect(page.getByTestId("correction").filter({ hasText: "system" })).toHaveCount(0);
  await row.getByRole("link", { name: /^History/ }).click();
  await expect(page).toHaveURL(new RegExp(`${historyPath}$`));
});

test("a viewer reads the history but gets no revert button, and the API refuses a viewer's revert", async ({ page }) => {
  await signIn(page, "viewer", historyPath);
  await expect(page.getByTestId("revision").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /Revert to this version/ })).toHaveCount(0);
  const history = (await (await page.request.get(`/api/v1/history/tariffMeasure/${id}`)).json()) as {
    record: { version: number };
    revisions: { id: string; action: string }[];
  };
  const target = history.revisions.find((r) => r.action === "create")!;
  const response = await page.request.post(`/api/v1/revisions/${target.id}/revert`, {
    headers: { origin: new URL(page.url()).origin },
    data: { baseVersion: history.record.version, reason: "Viewer should not be able to" },
  });
  expect(response.status()).toBe(403);
});

test("history and corrections pages: no serious axe violations in both themes, usable at 375 px", async ({ page }) => {
  for (const path of [historyPath, "/corrections"]) {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      // Unfold the creation's initial values so their table is checked too.
      if (path === historyPath) await page.locator("details summary").first().click();
      expect(await seriousViolations(page), `${path} ${colorScheme}`).toEqual([]);
    }
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
  expect((await page.request.get("/api/v1/history/nonsense/x")).status()).toBe(400);
  expect((await page.request.get("/api/v1/history/round/does-not-exist")).status()).toBe(404);
  expect((await page.goto("/history/round/does-not-exist"))?.status()).toBe(404);
});
