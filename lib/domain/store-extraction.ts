import type { Db, Prisma } from "../db/open";
import { extract } from "../extraction/extract";
import type { Extraction, ExtractInput } from "../extraction/schema";
import { factIdentity, identityOf } from "../review/fact-identity";
import { FACT_SCHEMAS, listFacts, type FactType } from "../review/facts";
import { factCount } from "../ingest/article-json";
import { isIanaZone } from "../validation/published-at";
import { newId } from "./ids";

/**
 * Runs the extractor on an article's stored text and makes the row that keeps its output for
 * review. The facts stay there, pending, until an editor accepts them as records.
 */
export function runExtraction(
  article: { text: string; publishedAt: string; timeZone: string | null; url: string | null },
  knownPeople: KnownPeople = [],
): Extraction {
  return extract({
    knownPeople,
    text: article.text,
    publishedAt: article.publishedAt,
    // The extractor takes IANA names; a bare offset is already in publishedAt.
    timeZone: article.timeZone && isIanaZone(article.timeZone) ? article.timeZone : undefined,
    url: article.url,
  });
}

type KnownPeople = NonNullable<ExtractInput["knownPeople"]>;

/**
 * The tracker's own people, for the extractor to link names to before it guesses from a sentence:
 * a person recorded once (with their economy and title) is recognised in every later article.
 */
export async function knownPeople(db: Db): Promise<KnownPeople> {
  const people = await db.person.findMany({ where: { deletedAt: null }, select: { name: true, countryCode: true, title: true } });
  return people.map((p) => ({ name: p.name, economy: p.countryCode, ...(p.title ? { office: p.title } : {}) }));
}

export function extractionCreateOp(db: Db, articleId: string, result: Extraction): { id: string; op: Prisma.PrismaPromise<unknown> } {
  const id = newId();
  const data = {
    id,
    articleId,
    result: result as unknown as Prisma.InputJsonValue,
    factCount: factCount(result),
    reviewStatus: "pending",
  };
  return { id, op: db.articleExtraction.create({ data }) };
}

/**
 * What editors turned down for an article: facts they rejected, and facts they corrected into a
 * different one (the proposal was wrong even though a fact was recorded).
 */
export async function turnedDownIdentities(db: Db, articleId: string): Promise<Set<string>> {
  const rows = await db.extractionFeedback.findMany({
    where: { articleId, action: { in: ["reject", "edit"] } },
    select: { factType: true, identity: true, action: true, recorded: true },
  });
  const out = new Set<string>();
  for (const row of rows) {
    if (row.action === "reject") {
      out.add(row.identity);
      continue;
    }
    const type = row.factType as FactType;
    const recorded = FACT_SCHEMAS[type]?.safeParse(row.recorded);
    if (recorded?.success && factIdentity(type, recorded.data) !== row.identity) out.add(row.identity);
  }
  return out;
}

/** An extraction without the facts editors already turned down for this article. */
export function withoutTurnedDown(result: Extraction, turnedDown: Set<string>): Extraction {
  if (turnedDown.size === 0) return result;
  const keep = new Set(listFacts(result).filter((f) => !turnedDown.has(identityOf(f))).map((f) => f.key));
  const filter = <T>(list: T[], type: FactType) => list.filter((_, i) => keep.has(`${type}:${i}`));
  return {
    ...result,
    rounds: filter(result.rounds, "round"),
    participants: filter(result.participants, "participant"),
    tariffs: filter(result.tariffs, "tariff"),
    milestones: filter(result.milestones, "milestone"),
  };
}
