import "server-only";
import { NextResponse } from "next/server";
import { requireReader } from "../auth/session";
import { getDb, type Db } from "../db/client";
import type { DomainContext } from "../domain/context";
import { createMilestone } from "../domain/create-milestone";
import { createNegotiation } from "../domain/create-negotiation";
import { createRound } from "../domain/create-round";
import { createTariffMeasure } from "../domain/create-tariff-measure";
import { createPerson } from "../domain/ensure-person";
import { notFound } from "../domain/errors";
import { milestoneSnapshot } from "../domain/milestone-writes";
import { negotiationSnapshot } from "../domain/negotiation-writes";
import { personSnapshot } from "../domain/person-writes";
import { roundSnapshot } from "../domain/round-writes";
import { setDeleted, type DeletableType } from "../domain/set-deleted";
import { tariffSnapshot } from "../domain/tariff-writes";
import { updateMilestone } from "../domain/update-milestone";
import { updateNegotiation } from "../domain/update-negotiation";
import { updatePerson } from "../domain/update-person";
import { updateRound } from "../domain/update-round";
import { updateTariffMeasure } from "../domain/update-tariff-measure";
import type { ChangeMeta } from "../validation/mutation";
import { errorResponse } from "./handler";
import { mutationRoute } from "./mutation";

interface RecordKind {
  label: string;
  snapshot: (db: Db, id: string) => Promise<unknown>;
  create: (ctx: DomainContext, input: never) => Promise<{ id: string }>;
  update: (ctx: DomainContext, id: string, input: never) => Promise<{ id: string; version: number }>;
}

/** The editable records behind /api/v1/<collection>: one table of use cases, one set of routes. */
export const RECORD_KINDS: Record<DeletableType, RecordKind> = {
  round: { label: "Round", snapshot: roundSnapshot, create: createRound, update: updateRound },
  tariffMeasure: { label: "Tariff measure", snapshot: tariffSnapshot, create: createTariffMeasure, update: updateTariffMeasure },
  milestone: { label: "Milestone", snapshot: milestoneSnapshot, create: createMilestone, update: updateMilestone },
  negotiation: { label: "Negotiation", snapshot: negotiationSnapshot, create: createNegotiation, update: updateNegotiation },
  person: { label: "Person", snapshot: personSnapshot, create: createPerson, update: updatePerson },
};

type IdParams = { id: string };

/** POST /api/v1/<collection>: create. */
export const createRoute = (type: DeletableType) =>
  mutationRoute(({ body, ctx }) => RECORD_KINDS[type].create(ctx, body as never), 201);

/** GET /api/v1/<collection>/<id>: the record as a form edits it, with its version. */
export const readRoute = (type: DeletableType) => async (_request: Request, context: { params: Promise<IdParams> }) => {
  try {
    await requireReader("api");
    const snapshot = (await RECORD_KINDS[type].snapshot(await getDb(), (await context.params).id)) as { deletedAt?: unknown } | null;
    if (!snapshot) throw notFound(RECORD_KINDS[type].label);
    return NextResponse.json(snapshot);
  } catch (error) {
    return errorResponse(error);
  }
};

/** PUT /api/v1/<collection>/<id>: save an edit based on `baseVersion`, with a reason (409 if stale). */
export const updateRoute = (type: DeletableType) =>
  mutationRoute<IdParams>(({ body, params, ctx }) => RECORD_KINDS[type].update(ctx, params.id, body as never));

/** DELETE /api/v1/<collection>/<id>: soft delete, body { baseVersion, reason }. */
export const deleteRoute = (type: DeletableType) =>
  mutationRoute<IdParams>(({ body, params, ctx }) => setDeleted(ctx, type, params.id, true, body as ChangeMeta));

/** POST /api/v1/<collection>/<id>/restore: undo a soft delete, body { baseVersion, reason }. */
export const restoreRoute = (type: DeletableType) =>
  mutationRoute<IdParams>(({ body, params, ctx }) => setDeleted(ctx, type, params.id, false, body as ChangeMeta));
