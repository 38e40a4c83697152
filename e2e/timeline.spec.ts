import { expect, test } from "@playwright/test";

test("filters live in the URL: they survive a reload and back/forward", async ({ page }) => {
  await page.goto("/timeline");
  const events = page.getByTestId("timeline-event");
  await expect(events.first()).toBeVisible();

  await page.getByLabel("Economy (either side)").selectOption("JPN");
  await expect(page).toHaveURL(/economy=JPN/);
  await page.getByLabel("Event kind").selectOption("round");
  await expect(page).toHaveURL(/kind=round/);
  await expect(events.first()).toContainText("Japan");
  const firstTitle = await events.first().getByRole("link").textContent();

  await page.reload();
  await expect(page.getByLabel("Economy (either side)")).toHaveValue("JPN");
  await expect(page.getByRole("button", { name: /Remove filter Kind: round/ })).toBeVisible();
  await expect(events.first().getByRole("link")).toHaveText(firstTitle!);
  for (const text of await events.allTextContents()) expect(text).toContain("Round");

  await page.goBack();
  await expect(page).not.toHaveURL(/kind=round/);
  await expect(page).toHaveURL(/economy=JPN/);
  await page.getByRole("button", { name: /Remove filter Economy/ }).click();
  await expect(page).not.toHaveURL(/economy=/);
});

test("oldest first and free-text search are part of the shared view", async ({ page }) => {
  await page.goto("/timeline?order=asc&kind=round");
  await expect(page.getByRole("combobox", { name: /^Order/ })).toHaveValue("asc");
  const months = page.getByTestId("event-list").getByRole("heading", { level: 2 });
  await expect(months.first()).toHaveText("February 2025");

  await page.getByRole("searchbox").fill("geneva");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/q=geneva/);
  const events = page.getByTestId("timeline-event");
  await expect(events.first()).toBeVisible();
  expect(await events.count()).toBeLessThan(10);
});

test("scrolling loads the next page of events, and Load more works from the keyboard", async ({ page }) => {
  await page.goto("/timeline");
  await expect(page.getByText(/Showing 50 events/)).toBeVisible();
  const nextPage = page.waitForResponse((r) => r.url().includes("/api/v1/events?") && r.url().includes("cursor="));
  await page.mouse.wheel(0, 4000);
  await page.keyboard.press("End");
  const response = await nextPage;
  expect(response.status()).toBe(200);
  await expect(page.getByText(/Showing (\d{3}) events/)).toBeVisible();

  await page.goto("/timeline");
  const loadMore = page.getByRole("button", { name: "Load more" });
  await loadMore.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/Showing 1\d\d events/)).toBeVisible();
});

test("a bad filter in a shared link is explained, not a crash", async ({ page }) => {
  const response = await page.goto("/timeline?from=2025-02-30");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("alert").first()).toContainText("from");
});

test("the events API rejects a bad parameter with a message naming it", async ({ request }) => {
  const response = await request.get("/api/v1/events?limit=5000");
  expect(response.status()).toBe(400);
  expect((await response.json()).error.message).toContain("limit");
  const ok = await request.get("/api/v1/events?limit=2&kind=round");
  const body = await ok.json();
  expect(body.items).toHaveLength(2);
  expect(typeof body.nextCursor).toBe("string");
});

test("the list is virtualized: with every event loaded, only the rows near the viewport are in the page", async ({ page }) => {
  await page.goto("/timeline");
  const loadMore = page.getByRole("button", { name: "Load more" });
  while (await loadMore.isVisible()) {
    // From the keyboard: rows appearing above the button while the scroll loader works can sit
    // over it for a moment, and a pointer click would land on them.
    await loadMore.focus();
    await page.keyboard.press("Enter");
    await expect(loadMore.or(page.getByText(/All \d+ events shown/))).toBeVisible();
  }
  const shown = Number((await page.getByText(/Showing \d+ events/).textContent())!.match(/\d+/)![0]);
  expect(shown).toBeGreaterThan(300);
  expect(await page.getByTestId("timeline-event").count()).toBeLessThan(80);
});

test("dragging across the density strip sets the date range", async ({ page }) => {
  await page.goto("/timeline");
  const strip = page.getByRole("img", { name: /events over \d+ weeks/ });
  await expect(strip).toBeVisible();
  const box = (await strip.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}|to=.*from=/);
  const from = await page.getByRole("textbox", { name: "From", exact: true }).inputValue();
  const to = await page.getByRole("textbox", { name: "To", exact: true }).inputValue();
  expect(from < to).toBe(true);
});
