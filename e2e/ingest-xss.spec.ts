import { expect, test, type Browser, type Page } from "@playwright/test";
import { XSS_PAYLOADS } from "../lib/ingest/xss-payloads";
import { editorStorageState, type StorageState } from "./fixtures/sign-in";

/**
 * T21 (browser side): HTML pasted by an editor, carrying script, event-handler, javascript: and
 * SVG/MathML payloads, is stored and shown on the article page without anything running: no
 * dialog, the window.__xss trap untouched, no CSP violation from article content.
 */
let editorState: StorageState;

/** A page with the traps armed before any of its own scripts run. */
async function trappedPage(browser: Browser): Promise<{ page: Page; dialogs: string[] }> {
  const context = await browser.newContext({ storageState: editorState });
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __xss: number; __violations: string[] };
    w.__xss = 0;
    w.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { page, dialogs };
}

/** Pastes an article the way the editor's browser sends it: a same-origin fetch with the session. */
async function paste(page: Page, body: Record<string, string>): Promise<{ status: number; id: string }> {
  return page.evaluate(async (json) => {
    const response = await fetch("/api/v1/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(json) });
    const answer = (await response.json()) as { article?: { id: string } };
    return { status: response.status, id: answer.article?.id ?? "" };
  }, body);
}

const story = (i: number, payload: string) => `<!doctype html><html><head><title>Hostile ${i}</title>
  <script>window.__xss = 1</script><style>body { display: none }</style></head>
  <body onload="window.__xss = 1"><article><h1>Tariff talks resume, part ${i}</h1>
  <p>Japan and the United States will meet again next week for round ${i} of tariff talks in Washington, officials said on Monday.</p>
  ${payload}
  <p>Negotiators expect to discuss the 25% tariff on cars before the July deadline, the ${i}th such meeting this year.</p></article></body></html>`;

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  editorState = await editorStorageState(browser);
});

test("pasted HTML with script and event-handler payloads renders inert on the article page", async ({ browser }) => {
  test.setTimeout(240_000);
  const { page, dialogs } = await trappedPage(browser);
  await page.goto("/editor");

  const ids: string[] = [];
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    const { status, id } = await paste(page, { html: story(i, payload), publishedAt: "2025-06-02T09:00:00+09:00" });
    expect(status, `payload ${i}`).toBe(201);
    ids.push(id);
  }

  for (const [i, id] of ids.entries()) {
    await page.goto(`/editor/articles/${id}`);
    const body = page.getByTestId("article-html");
    await expect(body).toContainText(`round ${i} of tariff talks`);
    // Give load, error, focus and toggle handlers their chance to fire.
    await page.waitForTimeout(50);
    const found = await body.evaluate((root) => {
      const active: string[] = [];
      for (const el of Array.from(root.querySelectorAll("*"))) {
        if (/^(SCRIPT|IFRAME|OBJECT|EMBED|FORM|BASE|META|STYLE|LINK|SVG|MATH|IMG|INPUT|TEXTAREA|SELECT|BUTTON|VIDEO|AUDIO|TEMPLATE|NOSCRIPT)$/i.test(el.tagName)) active.push(el.tagName);
        for (const attr of Array.from(el.attributes)) {
          if (/^on/i.test(attr.name) || (attr.name === "href" && !/^https?:\/\//i.test(attr.value)) || /^(src|srcset|style|action|formaction|xlink:href)$/i.test(attr.name)) {
            active.push(`${el.tagName}[${attr.name}=${attr.value}]`);
          }
        }
      }
      return active;
    });
    expect(found, `payload ${i}: ${XSS_PAYLOADS[i]}`).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss), `payload ${i}`).toBe(0);
  }
  expect(dialogs).toEqual([]);
  const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
  expect(violations.filter((v) => v.startsWith("script-src"))).toEqual([]);
});

test("payloads pasted as plain text are shown as text, never as markup", async ({ browser }) => {
  const { page, dialogs } = await trappedPage(browser);
  await page.goto("/editor");
  const text = [
    "Tariff talks resume in Geneva",
    "",
    "GENEVA — China and the United States resumed talks on Monday, officials said.",
    "",
    ...XSS_PAYLOADS.slice(0, 30).map((p, i) => `Quoted sample ${i}: ${p.replaceAll("\n", " ")}`),
  ].join("\n");
  const { status, id } = await paste(page, { text, publishedAt: "2025-06-02" });
  expect(status).toBe(201);
  await page.goto(`/editor/articles/${id}`);
  const shown = page.getByTestId("article-text");
  await expect(shown).toContainText("Quoted sample 0");
  await page.waitForTimeout(100);
  expect(await shown.evaluate((root) => root.querySelectorAll("*:not(p)").length)).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
  expect(dialogs).toEqual([]);
});

test("the article page lists the extracted facts waiting for review", async ({ browser }) => {
  const { page } = await trappedPage(browser);
  await page.goto("/editor");
  const { id } = await paste(page, {
    text: "Japan's negotiator heads to Washington\n\nTOKYO — Japan's chief negotiator Ryosei Akazawa will meet U.S. Commerce Secretary Howard Lutnick in Washington on Friday for a fourth round of tariff talks, officials said on Monday.",
    publishedAt: "2025-05-26T10:00:00+09:00",
  });
  await page.goto(`/editor/articles/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Japan's negotiator heads to Washington");
  await expect(page.getByRole("heading", { name: /Extracted facts \(waiting for review\)/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Rounds" })).toContainText("JPN–USA round 4");
  await expect(page.getByRole("link", { name: "Review these facts" })).toHaveAttribute("href", `/editor/articles/${id}/review`);
});
