import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES } from "@/lib/ingest/limits";
import { defaultsErrors, fileWarning, outcomeSummary, uploadOutcome, type UploadOutcome } from "./upload-results";

const stored = (duplicate: boolean) => ({
  articles: [{ file: "a.txt", duplicate, article: { id: "art-1", title: "Talks resume" }, extraction: { id: "x", reviewStatus: "pending", factCount: 4 } }],
});
const failure = (message: string, fields?: Record<string, string>) => ({ error: { code: "x", message, fields } });

describe("per-file upload results", () => {
  it("reads a stored file and a duplicate, with the article to link to", () => {
    expect(uploadOutcome("a.txt", 201, stored(false))).toEqual({ file: "a.txt", state: "stored", articleId: "art-1", title: "Talks resume", facts: 4 });
    expect(uploadOutcome("a.txt", 200, stored(true))).toMatchObject({ state: "duplicate", articleId: "art-1" });
  });

  it("names each refusal and keeps the server's message", () => {
    expect(uploadOutcome("big.txt", 413, failure("big.txt is 6 MB; each file may be at most 5 MB"))).toEqual({
      file: "big.txt",
      state: "too-large",
      status: 413,
      message: "big.txt is 6 MB; each file may be at most 5 MB",
    });
    expect(uploadOutcome("x.pdf", 415, failure("x.pdf: only .txt files are accepted"))).toMatchObject({ state: "wrong-type", status: 415 });
    expect(uploadOutcome("a.txt", 400, failure("a.txt: no publication time found. Use…"))).toMatchObject({ state: "needs-time" });
    expect(uploadOutcome("a.txt", 400, failure("a.txt: No article text was found"))).toMatchObject({ state: "refused" });
    expect(uploadOutcome("a.txt", 403, failure("Only editors can change records"))).toMatchObject({ state: "refused", message: "Only editors can change records" });
  });

  it("explains failures that carry no message", () => {
    expect(uploadOutcome("a.txt", 0, null)).toMatchObject({ state: "failed", message: expect.stringMatching(/could not be reached/) });
    expect(uploadOutcome("a.txt", 502, "<html>")).toMatchObject({ state: "failed", message: expect.stringMatching(/on the server/) });
    // A success without the expected body is not shown as stored.
    expect(uploadOutcome("a.txt", 201, {})).toMatchObject({ state: "refused" });
  });

  it("tells a refusal of the batch defaults from a refusal of the file", () => {
    expect(defaultsErrors(400, failure("publishedAt: Use…", { publishedAt: "Use an ISO time" }))).toEqual({ publishedAt: "Use an ISO time" });
    expect(defaultsErrors(400, failure("a.txt: no publication time", { "a.txt": "no publication time" }))).toBeNull();
    expect(defaultsErrors(413, failure("too big", { publishedAt: "x" }))).toBeNull();
    expect(defaultsErrors(400, null)).toBeNull();
  });

  it("sums a batch up in one sentence", () => {
    const ok: UploadOutcome = { file: "a", state: "stored", articleId: "1", title: null, facts: null };
    const bad: UploadOutcome = { file: "b", state: "too-large", status: 413, message: "m" };
    expect(outcomeSummary([ok, bad, { ...bad, state: "wrong-type" }])).toBe("3 files: 1 stored, 2 not stored.");
    expect(outcomeSummary([{ ...ok, state: "duplicate" }])).toBe("1 file: 1 already stored.");
  });

  it("warns before sending a file the server will refuse", () => {
    expect(fileWarning({ name: "story.md", size: 10 })).toBeNull();
    expect(fileWarning({ name: "Story.HTML", size: 10 })).toBeNull();
    expect(fileWarning({ name: "story.pdf", size: 10 })).toMatch(/Not a \.txt/);
    expect(fileWarning({ name: "story", size: 10 })).toMatch(/Not a \.txt/);
    expect(fileWarning({ name: "story.txt", size: MAX_ARTICLE_BYTES + 1 })).toMatch(/Larger than 5 MB/);
  });
});
