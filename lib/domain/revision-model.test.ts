/**
 * T15 — the revision history as a model test. fast-check drives random sequences of edits,
 * reverts, soft deletes and restores (plus stale, invalid and viewer attempts that must fail) by
 * three editors against fresh rounds and tariff measures, checking the real database against a
 * model after every command and the whole history at the end of every run:
 * - revision rows = successful mutations (a refused or no-op request writes none);
 * - every revision has its actor, a UTC timestamp, before/after and a reason (creates: no reason);
 * - replaying the revisions' "after" states reproduces the current record exactly, and each
 *   revision's "before" is the previous one's "after" (nothing missing in between);
 * - a revert adds one revision and deletes none.
 * Sizes: T15_NUM_RUNS runs (default 50, the test plan's figure, on both engines) of 200–260
 * commands each; the log line reports the totals.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed";
import { createTestDb, TEST_ENGINES, type TestDb } from "../../prisma/testing/test-db";
import type { Db } from "../db/open";
import { normalizedState } from "../queries/history-diff";
import type { ChangeMeta } from "../validation/mutation";
import { ROUND_LEVELS, ROUND_STATUSES, TARIFF_KINDS, TARIFF_STATUSES } from "../vocab/vocab";
import type { Actor } from "./actor";
import { createRound } from "./create-round";
import { createTariffMeasure } from "./create-tariff-measure";
import { DomainError, type DomainErrorCode } from "./errors";
import { revertToRevision } from "./revert-revision";
import { roundSnapshot } from "./round-writes";
import { setDeleted } from "./set-deleted";
import { tariffSnapshot } from "./tariff-writes";
import { updateRound } from "./update-round";
import { updateTariffMeasure } from "./update-tariff-measure";

const numRuns = () => Number(process.env.T15_NUM_RUNS ?? 50);
const MIN_COMMANDS = 200;
const MAX_COMMANDS = 260;

const EDITORS: Actor[] = [
  { id: "u-alice", label: "alice@example.test", role: "editor" },
  { id: "u-bruno", label: "bruno@example.test", role: "editor" },
  { id: "u-chen", label: "chen@example.test", role: "admin" },
];
const VIEWER: Actor = { id: "u-vera", label: "vera@example.test", role: "viewer" };

type Kind = "round" | "tariffMeasure";
const KINDS: Kind[] = ["round", "round", "tariffMeasure", "tariffMeasure"];
type Action = "create" | "update" | "revert" | "delete" | "restore";
type Outcome = "ok" | "noop" | DomainErrorCode;
type State = ReturnType<typeof normalizedState>;

interface LoggedRevision {
  action: Action;
  actorId: string | null;
  reason: string | null;
  state: State;
}
interface ModelRecord {
  kind: Kind;
  version: number;
  deleted: boolean;
  state: State;
  log: LoggedRevision[];
}
interface Model {
  records: ModelRecord[];
}
interface Real {
  db: Db;
  ids: string[];
}

interface Fixture {
  negotiationId: string;
  people: { id: string; countryCode: string }[];
}
let fixture: Fixture;
const stats = { runs: 0, commands: 0, mutations: 0, refused: 0, reverts: 0 };

const snapshotOf = (db: Db, kind: Kind, id: string) => (kind === "round" ? roundSnapshot(db, id) : tariffSnapshot(db, id));

async function current(db: Db, kind: Kind, id: string) {
  const s = await snapshotOf(db, kind, id);
  if (!s) throw new Error(`${kind} ${id} vanished`);
  return s;
}

/** The record as a form would send it back: its current fields, with the edit applied. */
async function editInput(db: Db, kind: Kind, id: string, patch: Patch, meta: ChangeMeta) {
  const { id: _id, version: _v, deletedAt: _d, ...fields } = await current(db, kind, id);
  const changes =
    kind === "tariffMeasure"
      ? patch.tariff
      : {
          ...patch.round,
          participants: patch.round.participants.map(([person, role]) => ({
            personId: fixture.people[person].id,
            role,
            sideCode: fixture.people[person].countryCode,
          })),
        };
  return { ...fields, ...changes, ...meta } as never;
}

function outcomeOf(error: unknown): Outcome {
  if (error instanceof DomainError) return error.code;
  throw error;
}

// ── Commands ────────────────────────────────────────────────────────────────────────────────────

interface Patch {
  tariff: { rate: number; status: string; kind: string; note: string | null; legalBasis: string | null };
  round: { status: string; level: string; location: string | null; outcome: string | null; participants: [number, string][] };
}

abstract class RecordCommand implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly record: number,
    readonly actor: number,
    readonly stale: boolean,
    readonly reason: string,
  ) {}
  check = () => true;
  protected who(): Actor {
    return EDITORS[this.actor % EDITORS.length];
  }
  protected baseVersion(rec: ModelRecord): number {
    if (!this.stale) return rec.version;
    return rec.version > 1 ? rec.version - 1 : rec.version + 1;
  }
  abstract expected(m: Model, rec: ModelRecord): Outcome;
  abstract perform(m: Model, r: Real, rec: ModelRecord, id: string): Promise<LoggedRevision["action"] | "noop">;
  /** The record's state after a successful command. */
  abstract nextState(rec: ModelRecord): Promise<State>;

  async run(m: Model, r: Real): Promise<void> {
    const index = this.record % m.records.length;
    const rec = m.records[index];
    const id = r.ids[index];
    const idsBefore = await revisionIds(r.db, rec.kind, id);
    const expected = this.expected(m, rec);
    let outcome: Outcome;
    let action: Action | "noop" = "noop";
    try {
      action = await this.perform(m, r, rec, id);
      outcome = action === "noop" ? "noop" : "ok";
    } catch (error) {
      outcome = outcomeOf(error);
    }
    stats.commands++;
    expect(outcome, `${this.toString()} on ${rec.kind} v${rec.version}${rec.deleted ? " (deleted)" : ""}`).toBe(expected);
    if (action !== "noop" && outcome === "ok") {
      stats.mutations++;
      rec.version++;
      if (action === "delete") rec.deleted = true;
      if (action === "restore") rec.deleted = false;
      rec.state = await this.nextState(rec);
      rec.log.push({ action, actorId: this.who().id, reason: this.reason, state: rec.state });
    } else if (outcome !== "noop") {
      stats.refused++;
    }
    await checkRecord(r.db, rec, id, idsBefore);
  }
}

class Edit extends RecordCommand {
  constructor(record: number, actor: number, stale: boolean, reason: string, readonly patch: Patch, readonly invalid: boolean) {
    super(record, actor, stale, reason);
  }
  expected(_m: Model, rec: ModelRecord): Outcome {
    if (this.invalid) return "invalid";
    if (rec.deleted) return "not_found";
    return this.stale ? "conflict" : "ok";
  }
  /** What the record should look like after this edit: the state before it with the patch applied. */
  private predicted: State = {};
  async perform(_m: Model, r: Real, rec: ModelRecord, id: string) {
    const meta = { baseVersion: this.baseVersion(rec), reason: this.invalid ? " ." : this.reason };
    const input = await editInput(r.db, rec.kind, id, this.patch, meta);
    const { baseVersion: _b, reason: _r, ...fields } = input as Record<string, unknown>;
    this.predicted = normalizedState(fields);
    const ctx = { db: r.db, actor: this.who() };
    await (rec.kind === "round" ? updateRound(ctx, id, input) : updateTariffMeasure(ctx, id, input));
    return "update" as const;
  }
  async nextState() {
    return this.predicted;
  }
  toString() {
    return `Edit(${this.record}, ${this.who().label}${this.stale ? ", stale" : ""}${this.invalid ? ", invalid" : ""})`;
  }
}

class Revert extends RecordCommand {
  constructor(record: number, actor: number, stale: boolean, reason: string, readonly pick: number) {
    super(record, actor, stale, reason);
  }
  private target(rec: ModelRecord) {
    return this.pick % rec.log.length;
  }
  expected(_m: Model, rec: ModelRecord): Outcome {
    if (rec.log[this.target(rec)].action === "delete") return "invalid";
    if (rec.deleted) return "not_found";
    return this.stale ? "conflict" : "ok";
  }
  async perform(_m: Model, r: Real, rec: ModelRecord, id: string) {
    stats.reverts++;
    const ids = await revisionIds(r.db, rec.kind, id);
    await revertToRevision({ db: r.db, actor: this.who() }, ids[this.target(rec)], { baseVersion: this.baseVersion(rec), reason: this.reason });
    return "revert" as const;
  }
  async nextState(rec: ModelRecord) {
    return rec.log[this.target(rec)].state;
  }
  toString() {
    return `Revert(${this.record}, to #${this.pick}, ${this.who().label}${this.stale ? ", stale" : ""})`;
  }
}

class SetDeleted extends RecordCommand {
  constructor(record: number, actor: number, stale: boolean, reason: string, readonly deleted: boolean) {
    super(record, actor, stale, reason);
  }
  expected(_m: Model, rec: ModelRecord): Outcome {
    if (this.stale) return "conflict";
    return rec.deleted === this.deleted ? "noop" : "ok";
  }
  async perform(_m: Model, r: Real, rec: ModelRecord, id: string) {
    const before = await current(r.db, rec.kind, id);
    const result = await setDeleted({ db: r.db, actor: this.who() }, rec.kind, id, this.deleted, { baseVersion: this.baseVersion(rec), reason: this.reason });
    if (result.version === before.version) return "noop" as const;
    return this.deleted ? ("delete" as const) : ("restore" as const);
  }
  async nextState(rec: ModelRecord) {
    return rec.state;
  }
  toString() {
    return `${this.deleted ? "Delete" : "Restore"}(${this.record}, ${this.who().label}${this.stale ? ", stale" : ""})`;
  }
}

/** A viewer trying any change: always refused, nothing written. */
class ViewerAttempt extends RecordCommand {
  expected(): Outcome {
    return "forbidden";
  }
  async perform(_m: Model, r: Real, rec: ModelRecord, id: string): Promise<"noop"> {
    const ctx = { db: r.db, actor: VIEWER };
    const meta = { baseVersion: rec.version, reason: this.reason };
    if (this.actor % 3 === 0) await setDeleted(ctx, rec.kind, id, !rec.deleted, meta);
    else if (this.actor % 3 === 1) await revertToRevision(ctx, (await revisionIds(r.db, rec.kind, id))[0], meta);
    else await (rec.kind === "round" ? updateRound(ctx, id, { reason: "x" } as never) : updateTariffMeasure(ctx, id, { reason: "x" } as never));
    return "noop";
  }
  async nextState(rec: ModelRecord) {
    return rec.state;
  }
  toString() {
    return `ViewerAttempt(${this.record}, ${this.actor % 3})`;
  }
}

// ── Checks ──────────────────────────────────────────────────────────────────────────────────────

async function revisionIds(db: Db, kind: Kind, id: string): Promise<string[]> {
  const rows = await db.revision.findMany({
    where: { entityType: kind, entityId: id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** After every command: the record equals the model, and its history only ever grew. */
async function checkRecord(db: Db, rec: ModelRecord, id: string, idsBefore: string[]) {
  const now = await current(db, rec.kind, id);
  expect(now.version).toBe(rec.version);
  expect(Boolean(now.deletedAt)).toBe(rec.deleted);
  expect(normalizedState(now)).toEqual(rec.state);
  const ids = await revisionIds(db, rec.kind, id);
  expect(ids.length).toBe(rec.log.length);
  expect(ids.slice(0, idsBefore.length)).toEqual(idsBefore);
}

/** At the end of a run: the full history of every record against the model's log, and the replay. */
async function checkHistories(db: Db, m: Model, ids: string[], runStart: number) {
  for (const [index, rec] of m.records.entries()) {
    const rows = await db.revision.findMany({
      where: { entityType: rec.kind, entityId: ids[index] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    // Revision rows = successful mutations, in order, each with who, when, what and why.
    expect(rows.map((r) => [r.action, r.actorId, r.reason])).toEqual(rec.log.map((l) => [l.action, l.actorId, l.reason]));
    let state: unknown = null;
    let deleted = false;
    let previousTime = runStart - 1000;
    for (const row of rows) {
      const actor = EDITORS.find((a) => a.id === row.actorId);
      expect(row.actorLabel).toBe(actor?.label);
      const time = row.createdAt.getTime();
      // UTC instants: within the run (this process runs in a non-UTC zone) and never going back.
      expect(time).toBeGreaterThanOrEqual(previousTime);
      expect(time).toBeLessThanOrEqual(Date.now() + 1000);
      previousTime = time;
      expect(row.after).not.toBeNull();
      if (row.action === "create") {
        expect(row.before).toBeNull();
        expect(row.reason).toBeNull();
      } else {
        expect(row.before).not.toBeNull();
        expect(row.reason?.trim().length).toBeGreaterThanOrEqual(3);
        // Each "before" is exactly the state the previous revision left.
        expect(normalizedState(row.before)).toEqual(normalizedState(state));
      }
      state = row.after;
      if (row.action === "delete") deleted = true;
      if (row.action === "restore") deleted = false;
    }
    // Replaying the "after" states reproduces the current record, byte for byte.
    const now = await current(db, rec.kind, ids[index]);
    expect(JSON.stringify(normalizedState(state))).toBe(JSON.stringify(normalizedState(now)));
    expect(deleted).toBe(Boolean(now.deletedAt));
  }
}

// ── Arbitraries ─────────────────────────────────────────────────────────────────────────────────

const REASONS = ["Typo in the source", "Outlet corrected its report", "Second source disagrees", "Official notice published", "Undo a mistaken edit"];
const ROLES = ["Chief negotiator", "Minister", "Deputy", "Trade representative"];

const reasonArb = fc.tuple(fc.constantFrom(...REASONS), fc.nat(9999)).map(([r, n]) => `${r} (#${n})`);
const staleArb = fc.nat(9).map((n) => n === 0);
const recordArb = fc.nat(KINDS.length - 1);
const actorArb = fc.nat(EDITORS.length - 1);
const patchArb: fc.Arbitrary<Patch> = fc.record({
  tariff: fc.record({
    rate: fc.integer({ min: 0, max: 400 }).map((n) => n / 2),
    status: fc.constantFrom(...TARIFF_STATUSES),
    kind: fc.constantFrom(...TARIFF_KINDS),
    note: fc.option(fc.constantFrom("Per the Federal Register notice", "Unconfirmed", "Rate rounded in the source"), { nil: null }),
    legalBasis: fc.option(fc.constantFrom("IEEPA", "Section 232", "Section 301"), { nil: null }),
  }),
  round: fc.record({
    status: fc.constantFrom(...ROUND_STATUSES),
    level: fc.constantFrom(...ROUND_LEVELS),
    location: fc.option(fc.constantFrom("Washington", "Tokyo", "Geneva", "London"), { nil: null }),
    outcome: fc.option(fc.constantFrom("Agreed to keep talking", "No agreement", "Framework agreed"), { nil: null }),
    participants: fc.uniqueArray(fc.tuple(fc.nat(3), fc.constantFrom(...ROLES)), { maxLength: 4, selector: ([p]) => p }),
  }),
});

const commandArbs = [
  ...Array.from({ length: 4 }, () =>
    fc.tuple(recordArb, actorArb, staleArb, reasonArb, patchArb).map(([r, a, s, why, p]) => new Edit(r, a, s, why, p, false)),
  ),
  fc.tuple(recordArb, actorArb, reasonArb, patchArb).map(([r, a, why, p]) => new Edit(r, a, false, why, p, true)),
  ...Array.from({ length: 2 }, () =>
    fc.tuple(recordArb, actorArb, staleArb, reasonArb, fc.nat(1000)).map(([r, a, s, why, k]) => new Revert(r, a, s, why, k)),
  ),
  fc.tuple(recordArb, actorArb, staleArb, reasonArb).map(([r, a, s, why]) => new SetDeleted(r, a, s, why, true)),
  // Restores twice as likely as deletes, so records are live most of the time and edits land.
  ...Array.from({ length: 2 }, () =>
    fc.tuple(recordArb, actorArb, staleArb, reasonArb).map(([r, a, s, why]) => new SetDeleted(r, a, s, why, false)),
  ),
  fc.tuple(recordArb, fc.nat(2), reasonArb).map(([r, a, why]) => new ViewerAttempt(r, a, false, why)),
];

// ── Setup ───────────────────────────────────────────────────────────────────────────────────────

async function freshRecords(db: Db, run: number): Promise<{ model: Model; real: Real }> {
  const records: ModelRecord[] = [];
  const ids: string[] = [];
  for (const [index, kind] of KINDS.entries()) {
    const actor = EDITORS[index % EDITORS.length];
    const ctx = { db, actor };
    const { id } =
      kind === "round"
        ? await createRound(ctx, {
            negotiationId: fixture.negotiationId,
            number: null,
            level: "working",
            status: "planned",
            date: { dateStart: "2025-12-01", dateEnd: null, datePrecision: "day" },
            location: `Model run ${run}`,
            participants: [{ personId: fixture.people[0].id, role: "Chief negotiator", sideCode: fixture.people[0].countryCode }],
            citations: [{ url: `https://example.org/run-${run}/${index}` }],
          })
        : await createTariffMeasure(ctx, {
            imposerCode: "USA",
            targetCode: "JPN",
            sector: "machinery",
            rate: 10 + index,
            kind: "sectoral",
            status: "threatened",
            stacking: "adds",
            announcedOn: "2025-11-01",
            citations: [{ url: `https://example.org/run-${run}/${index}` }],
          });
    const { id: _i, version, deletedAt: _d, ...fields } = await current(db, kind, id);
    const state = normalizedState(fields);
    records.push({ kind, version, deleted: false, state, log: [{ action: "create", actorId: actor.id, reason: null, state }] });
    ids.push(id);
  }
  return { model: { records }, real: { db, ids } };
}

describe.each(TEST_ENGINES)("T15 revision history model on %s", (engine) => {
  const NUM_RUNS = numRuns();
  let t: TestDb;
  const zone = process.env.TZ;

  beforeAll(async () => {
    // Timestamps must be UTC instants whatever the server's zone: run in one far from UTC.
    process.env.TZ = "Asia/Tokyo";
    t = await createTestDb(engine);
    await seed(t.db);
    const negotiation = await t.db.negotiation.findUniqueOrThrow({ where: { slug: "us-japan-tariffs-2025" } });
    const people = await t.db.person.findMany({ where: { countryCode: { in: ["JPN", "USA"] } }, take: 4, orderBy: { name: "asc" } });
    fixture = { negotiationId: negotiation.id, people: people.map(({ id, countryCode }) => ({ id, countryCode })) };
    expect(fixture.people).toHaveLength(4);
  });
  afterAll(async () => {
    process.env.TZ = zone;
    await t?.drop();
  });

  it(
    `${NUM_RUNS} runs of ${MIN_COMMANDS}–${MAX_COMMANDS} random commands by ${EDITORS.length} editors and a viewer`,
    async () => {
      Object.assign(stats, { runs: 0, commands: 0, mutations: 0, refused: 0, reverts: 0 });
      const totalBefore = await t.db.revision.count();
      let expectedRevisions = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.commands(commandArbs, { maxCommands: MAX_COMMANDS, size: "max" }).filter((cmds) => [...cmds].length >= MIN_COMMANDS),
          async (cmds) => {
            const runStart = Date.now();
            const setup = await freshRecords(t.db, stats.runs++);
            const mutationsBefore = stats.mutations;
            await fc.asyncModelRun(async () => setup, cmds);
            await checkHistories(t.db, setup.model, setup.real.ids, runStart);
            expectedRevisions += KINDS.length + stats.mutations - mutationsBefore;
            // Nothing anywhere else in the table moved: the total grew by exactly this run's writes.
            expect(await t.db.revision.count()).toBe(totalBefore + expectedRevisions);
          },
        ),
        { numRuns: NUM_RUNS, endOnFailure: true },
      );
      console.log(`T15 on ${engine}:`, { ...stats, editors: EDITORS.length, records: KINDS.length, numRuns: NUM_RUNS });
      expect(stats.commands).toBeGreaterThanOrEqual(MIN_COMMANDS * NUM_RUNS);
      expect(stats.reverts).toBeGreaterThan(0);
    },
    600_000,
  );
});
