import { expect, test } from "@playwright/test";
import { editorStorageState, type StorageState } from "./fixtures/sign-in";
import { seriousViolations } from "./fixtures/axe";

const PAGES = [
  "/",
  "/timeline",
  "/timeline?economy=JPN&kind=round",
  "/negotiations",
  "/negotiations/us-japan-tariffs-2025",
  "/negotiations/us-japan-tariffs-2025/rounds/6",
  "/negotiations/us-china-trade-2025/rounds/1",
  "/tariffs",
  "/missing-page",
];

/** Editor pages, swept with the editor's session (the article list is still empty when readers run). */
const EDITOR_PAGES = ["/editor", "/editor/articles", "/editor/articles/new", "/editor/articles/new?via=upload", "/editor/negotiations/new", "/editor/people", "/editor/people/new"];

for (const path of PAGES) {
  test(`no serious accessibility violations on ${path}, in light and dark themes`, async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      expect(await seriousViolations(page), colorScheme).toEqual([]);
    }
  });

  test(`${path} is usable at 375 px: nothing forces sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(path);
    await expect(page.locator("main")).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
}

test.describe("editor pages", () => {
  let editorState: StorageState;
  test.beforeAll(async ({ browser }) => {
    editorState = await editorStorageState(browser);
  });

  for (const path of EDITOR_PAGES) {
    test(`no serious accessibility violations on ${path}, in light and dark themes, and usable at 375 px`, async ({ browser }) => {
      test.setTimeout(60_000);
      const context = await browser.newContext({ storageState: editorState });
      const page = await context.newPage();
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        expect(await seriousViolations(page), colorScheme).toEqual([]);
      }
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
      await context.close();
    });
  }
});

test("keyboard users get a skip link and a visible focus ring", async ({ page }) => {
  await page.goto("/timeline");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
});
