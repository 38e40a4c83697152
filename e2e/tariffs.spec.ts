import { expect, test } from "@playwright/test";

test("the chart for U.S. tariffs on Japanese autos steps at 3 Apr 2025 and 16 Sep 2025", async ({ page }) => {
  await page.goto("/tariffs?view=country&imposer=USA&target=JPN&sector=autos&from=2025-01-01&to=2025-12-31");
  const steps = page.getByTestId("tariff-step-row");
  await expect(steps.first()).toBeVisible();
  const rows = await steps.evaluateAll((els) =>
    els
      .filter((el) => el.getAttribute("data-series")?.includes("JPN"))
      .map((el) => ({ date: el.getAttribute("data-date"), rate: Number(el.getAttribute("data-rate")) })),
  );
  expect(rows).toEqual(
    expect.arrayContaining([
      { date: "2025-01-01", rate: 2.5 },
      { date: "2025-04-03", rate: 27.5 },
      { date: "2025-09-16", rate: 15 },
    ]),
  );
  await expect(page.locator(".recharts-wrapper svg").first()).toBeVisible();
});

test("chart state lives in the URL and the view downloads as CSV", async ({ page }) => {
  await page.goto("/tariffs?view=country&target=JPN,CHN&sector=all");
  await expect(page.getByTestId("tariff-data-table")).toBeVisible();
  await page.reload();
  await expect(page).toHaveURL(/target=JPN%2CCHN|target=JPN,CHN/);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: /CSV/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.csv$/);
  const text = await (await file.createReadStream()).toArray();
  const csv = Buffer.concat(text.map((c) => Buffer.from(c))).toString("utf8");
  expect(csv.split("\n")[0]).toContain("rate_percent");
  expect(csv).toContain("145");
});

test("the current-rates matrix links each cell to its series", async ({ page }) => {
  await page.goto("/tariffs");
  const matrix = page.getByTestId("rate-matrix");
  await expect(matrix).toBeVisible();
  const cell = matrix.getByTestId("matrix-cell").first();
  const href = await cell.getAttribute("href");
  expect(href).toMatch(/\/tariffs\?.*target=/);
});

test("the tariff-levels API answers the documented shape and rejects bad parameters", async ({ request }) => {
  const ok = await request.get("/api/v1/tariff-levels?imposer=USA&target=JPN,CHN&sector=autos&from=2025-01-01&to=2025-12-31");
  expect(ok.status()).toBe(200);
  const body = await ok.json();
  expect(body.series).toHaveLength(2);
  expect(body.series[0]).toMatchObject({ imposer: "USA", target: "JPN", sector: "autos" });
  expect(body.series[0].points[0]).toHaveProperty("layers");
  const bad = await request.get("/api/v1/tariff-levels?target=JPN&sector=cars");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.message).toContain("sector");
});

test("a negotiation page carries the chart pre-filtered to its parties", async ({ page }) => {
  await page.goto("/negotiations/us-china-trade-2025");
  const chart = page.getByRole("region", { name: "Tariff levels between the parties" });
  await expect(chart).toBeVisible();
  await expect(chart.locator(".recharts-wrapper svg").first()).toBeVisible();
});
