import { expect, test } from "@playwright/test";

test("a round's share link opens the same round in a fresh browser, with a preview image that is a PNG", async ({
  page,
  browser,
  request,
}) => {
  await page.goto("/negotiations/us-japan-tariffs-2025/rounds/6");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Round 6/);
  await expect(page.getByTestId("tariff-state")).toBeVisible();
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByText("Link copied")).toBeVisible();
  const shareLink = await page.evaluate(() => navigator.clipboard.readText());
  expect(shareLink).toMatch(/\/rounds\/[a-z0-9]+$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(shareLink);
  await expect(other).toHaveURL(/\/negotiations\/us-japan-tariffs-2025\/rounds\/6$/);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(/Round 6/);
  await expect(other.getByRole("row", { name: /Ryosei Akazawa/ })).toBeVisible();

  const ogImage = await other.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toBeTruthy();
  const twitterCard = await other.locator('meta[name="twitter:card"]').getAttribute("content");
  expect(twitterCard).toBe("summary_large_image");
  const image = await request.get(ogImage!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  const bytes = await image.body();
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  await fresh.close();
});

test("a round reached by its id redirects to the canonical numbered URL; rounds sharing a number stay by id", async ({
  page,
}) => {
  await page.goto("/negotiations/us-japan-tariffs-2025");
  await page.getByRole("link", { name: "3rd", exact: true }).click();
  await expect(page).toHaveURL(/\/rounds\/3$/);
  await expect(page.getByRole("link", { name: /^Previous: Round 2/ })).toBeVisible();
  await page.getByRole("link", { name: /^Next: Round 4/ }).click();
  await expect(page).toHaveURL(/\/rounds\/4$/);
  // The 30 May meeting is counted 4th by some outlets and 5th by Kyodo; both are shown with their sources.
  await expect(page.getByRole("region", { name: "How outlets number this round" })).toContainText("Kyodo");

  const response = await page.request.get("/rounds/not-a-round", { maxRedirects: 0 });
  expect(response.status()).toBe(404);
});
