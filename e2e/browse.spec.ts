import { expect, test } from "@playwright/test";

test("an analyst goes from the home page to a negotiation and on to one of its rounds", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Latest events" })).toBeVisible();
  await expect(page.getByTestId("timeline-event").first()).toBeVisible();

  await page.getByRole("link", { name: "U.S.–Japan tariff talks and 2025 trade deal" }).first().click();
  await expect(page).toHaveURL(/\/negotiations\/us-japan-tariffs-2025$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("U.S.–Japan tariff talks and 2025 trade deal");
  // Outlets disagree on the count of the 30 May meeting; both counts are shown with who uses them.
  await expect(page.getByRole("link", { name: /4th \(.*Yomiuri.*\) \/ 5th \(Kyodo/ })).toBeVisible();

  await page.getByRole("link", { name: "1st", exact: true }).click();
  await expect(page).toHaveURL(/\/negotiations\/us-japan-tariffs-2025\/rounds\/1$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Round 1");
  await expect(page.getByText("16 Apr 2025")).toBeVisible();
  const participants = page.getByRole("table");
  await expect(participants.getByRole("row", { name: /Ryosei Akazawa/ })).toBeVisible();
});

test("a round's link opened in a fresh browser shows the same round, its participants and sources", async ({
  page,
  browser,
}) => {
  await page.goto("/negotiations/us-china-trade-2025");
  await page.getByRole("link", { name: "1st", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Round 1");
  const shared = page.url();
  const heading = await page.getByRole("heading", { level: 1 }).textContent();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(shared);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(heading!);
  await expect(other.getByText("Geneva", { exact: true })).toBeVisible();
  await expect(other.getByRole("row", { name: /He Lifeng.*China/ })).toBeVisible();
  await expect(other.getByRole("row", { name: /Scott Bessent.*United States/ })).toBeVisible();
  const sources = other.getByRole("region", { name: "Sources" }).getByRole("link");
  expect(await sources.count()).toBeGreaterThan(0);
  await expect(sources.first()).toHaveAttribute("href", /^https?:\/\//);
  await fresh.close();
});

test("unknown negotiations and rounds get a real 404 page", async ({ page }) => {
  for (const path of ["/negotiations/no-such-talks", "/negotiations/us-japan-tariffs-2025/rounds/99", "/tariffs/measures/none"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Nothing here" })).toBeVisible();
  }
});
