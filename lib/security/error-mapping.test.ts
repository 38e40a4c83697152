/** lib/api/handler.ts errorResponse: a dangling id is the caller's 400, a trigger's refusal our 500. */
import { describe, expect, it, vi } from "vitest";
import { errorResponse } from "../api/handler";

const prismaError = (originalCode: string, constraint: object, originalMessage = "") =>
  Object.assign(new Error("Foreign key constraint violated"), {
    name: "PrismaClientKnownRequestError",
    code: "P2003",
    meta: { modelName: "Citation", driverAdapterError: { cause: { originalCode, originalMessage, kind: "ForeignKeyConstraintViolation", constraint } } },
  });

describe("errorResponse and foreign keys", () => {
  it("answers 400 naming the field for a foreign key that names no row (SQLite, PostgreSQL)", async () => {
    const sqlite = errorResponse(prismaError("SQLITE_CONSTRAINT_FOREIGNKEY", { foreignKey: {} }));
    expect(sqlite.status).toBe(400);
    expect((await sqlite.json()).error.fields).toEqual({ "(reference)": "Citation refers to a record that does not exist" });
    const postgres = errorResponse(prismaError("23503", { index: "Citation_articleId_fkey" }));
    expect(postgres.status).toBe(400);
    expect((await postgres.json()).error.message).toMatch(/^articleId: /);
  });

  it("keeps a trigger's RAISE(ABORT), which Prisma also reports as P2003, a 500 with no detail", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = errorResponse(prismaError("SQLITE_CONSTRAINT_TRIGGER", { foreignKey: {} }, "Revision rows are append-only"));
    log.mockRestore();
    expect(response.status).toBe(500);
    expect(JSON.stringify(await response.json())).not.toContain("append-only");
  });
});
