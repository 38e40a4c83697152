/**
 * The negotiation and person forms: create with the server's validation shown on the fields,
 * correct with a reason, and see the change where readers look (the negotiation page, the timeline).
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { editorStorageState, type StorageState } from "./fixtures/sign-in";

let editor: StorageState;
const run = Date.now().toString(36);

async function editorPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ storageState: editor })).newPage();
}

test.beforeAll(async ({ browser }) => {
  editor = await editorStorageState(browser);
});

test("an editor creates a negotiation, and renaming it renames its rounds on the timeline", async ({ browser }) => {
  const page = await editorPage(browser);
  await page.goto("/editor");
  await page.getByRole("link", { name: "New negotiation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New negotiation" })).toBeVisible();

  const title = `UK–India trade talks ${run}`;
  await page.getByLabel("Title").fill(title);
  await expect(page.getByLabel("Address (slug)")).toHaveValue(`uk-india-trade-talks-${run}`);
  await page.getByRole("checkbox", { name: "United Kingdom (GBR)" }).check();
  await page.getByRole("textbox", { name: "Address (required)", exact: true }).fill("https://example.test/uk-india");
  await page.getByRole("button", { name: "Create negotiation" }).click();

  // One party is not a negotiation: the group is marked, described and focused; the input stays.
  const firstBox = page.getByRole("checkbox").first();
  await expect(firstBox).toBeFocused();
  await expect(firstBox).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("A negotiation has at least two parties").first()).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(page.getByRole("checkbox", { name: "United Kingdom (GBR)" })).toBeChecked();

  await page.getByRole("checkbox", { name: "India (IND)" }).check();
  await page.getByRole("button", { name: "Create negotiation" }).click();
  await expect(page).toHaveURL(/\/editor\/negotiations\/[^/]+\/edit\?created=1$/);
  const id = new URL(page.url()).pathname.split("/")[3];

  // A round of it, so the timeline has a row that carries the negotiation's title.
  const origin = new URL(page.url()).origin;
  const round = await page.request.post("/api/v1/rounds", {
    headers: { origin },
    data: { negotiationId: id, number: 1, level: "ministerial", status: "held", date: { dateStart: "2025-06-10", dateEnd: null, datePrecision: "day" }, citations: [{ url: "https://example.test/uk-india-round" }] },
  });
  expect(round.status()).toBe(201);

  await page.goto(`/negotiations/uk-india-trade-talks-${run}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("link", { name: "Correct this negotiation" }).click();
  const renamed = `UK–India FTA negotiations ${run}`;
  await page.getByLabel("Title").fill(renamed);
  await page.getByLabel("Reason for this change").fill("The talks' official name");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Version 2", { exact: true })).toBeVisible();

  await page.goto(`/timeline?q=${encodeURIComponent(run)}`);
  await expect(page.getByText(`Round 1 · ${renamed}`)).toBeVisible();
  await expect(page.getByText(`Round 1 · ${title}`)).toHaveCount(0);

  await page.goto(`/history/negotiation/${id}`);
  await expect(page.getByTestId("revision").first()).toContainText("The talks' official name");
  await page.context().close();
});

test("an editor adds a person, is told about a duplicate, and corrects the title", async ({ browser }) => {
  const page = await editorPage(browser);
  const name = `Asha Menon ${run}`;
  await page.goto("/editor/people/new");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Country").selectOption("IND");
  await page.getByLabel("Title or office").fill("Commerce Secretary");
  await page.getByRole("textbox", { name: "Address (required)", exact: true }).fill("https://example.test/asha");
  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page).toHaveURL(/\/editor\/people\/[^/]+\/edit\?created=1$/);

  // The same name with other case and accents is the same person: the server says so on the name field.
  await page.goto("/editor/people/new");
  await page.getByLabel("Name").fill(name.toUpperCase());
  await page.getByLabel("Country").selectOption("IND");
  await page.getByRole("textbox", { name: "Address (required)", exact: true }).fill("https://example.test/asha-again");
  await page.getByRole("button", { name: "Create person" }).click();
  await expect(page.getByLabel("Name")).toBeFocused();
  await expect(page.getByLabel("Name")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/is already recorded/).first()).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue(name.toUpperCase());

  await page.goto("/editor/people");
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Commerce Secretary");
  await row.getByRole("link", { name: `Edit ${name}` }).click();
  await page.getByLabel("Title or office").fill("Commerce Secretary of India");
  await page.getByLabel("Reason for this change").fill("Full title");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Version 2", { exact: true })).toBeVisible();
  await page.goto("/editor/people");
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Commerce Secretary of India");
  await page.context().close();
});

test("T20: every editor form keeps its values after a refused submit, marks and describes each invalid field, and focuses the first", async ({ browser }) => {
  const context = await browser.newContext({ storageState: editor });
  const forms = [
    { path: "/editor/rounds/new", button: "Create round", fill: ["Location", "Geneva, T20 check"] },
    { path: "/editor/tariff-measures/new", button: "Create tariff measure", fill: ["Legal basis", "Section T20"] },
    { path: "/editor/milestones/new", button: "Create milestone", fill: ["Address (required)", "https://example.test/t20"] },
    { path: "/editor/negotiations/new", button: "Create negotiation", fill: ["Summary", "What the T20 check is about"] },
    { path: "/editor/people/new", button: "Create person", fill: ["Title or office", "T20 office"] },
  ] as const;
  for (const { path, button, fill } of forms) {
    // A page per form: the dirty form left behind guards its unload.
    const page = await context.newPage();
    await page.goto(path);
    const [label, value] = fill;
    const field = label === "Address (required)" ? page.getByRole("textbox", { name: label, exact: true }) : page.getByLabel(label);
    await field.fill(value);
    await page.getByRole("button", { name: button }).click();

    const form = page.locator("#record-form");
    const invalid = form.locator('[aria-invalid="true"]');
    await expect(invalid.first(), path).toBeFocused();
    const count = await invalid.count();
    expect(count, path).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const ids = ((await invalid.nth(i).getAttribute("aria-describedby")) ?? "").split(" ").filter(Boolean);
      const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
      expect(texts.join(" ").trim(), `${path}: field ${await invalid.nth(i).getAttribute("id")} says why`).not.toBe("");
    }
    await expect(field, path).toHaveValue(value);
    await expect(page, path).toHaveURL(new RegExp(`${path}$`));
    // Leaving the page now would lose the input: an in-app link asks first.
    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Timeline" }).click();
    await expect(page, path).toHaveURL(new RegExp(`${path}$`));
    await page.close();
  }
  await context.close();
});
