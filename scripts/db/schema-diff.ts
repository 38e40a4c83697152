/**
 * Schema diffs with Prisma's own migration engine, compiled to WebAssembly and run in-process.
 * Only model-to-model diffs are used, so no database is needed: the engine gets an adapter that
 * answers the single server-version probe it makes and refuses anything else.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  mockAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { Engine } from "../../lib/db/url";

interface WasmSchemaEngine {
  diff(params: unknown): Promise<{ exitCode: number; stdout: string | null }>;
}

const require = createRequire(import.meta.url);

const DATASOURCE: Record<Engine, string> = {
  sqlite: 'datasource db {\n  provider = "sqlite"\n}\n',
  postgres: 'datasource db {\n  provider = "postgresql"\n}\n',
};

function offlineAdapter(engine: Engine): SqlMigrationAwareDriverAdapterFactory {
  const provider = engine === "sqlite" ? "sqlite" : "postgres";
  const adapter = mockAdapter(provider);
  if (engine === "postgres") {
    // The PostgreSQL describer first asks whether the schema exists and which server it talks to.
    adapter.queryRaw = async () => ({
      columnNames: ["exists", "version", "numeric_version"],
      columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
      rows: [[true, "PostgreSQL 15.0", 150000]],
    });
    adapter.executeRaw = async () => 0;
  }
  return {
    provider,
    adapterName: "offline-diff",
    connect: async () => adapter,
    connectToShadowDb: async () => adapter,
  };
}

interface WasmGlue {
  SchemaEngine: { new: (options: unknown, log: () => void, adapter: unknown) => Promise<WasmSchemaEngine> };
}

let panicMessage = "";
let gluePromise: Promise<WasmGlue> | undefined;

// The module holds global state, so it is instantiated once per process and shared by both engines.
async function loadGlue(): Promise<WasmGlue> {
  (globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY ??= {
    set_message: (message: string) => (panicMessage = message),
  };
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const glue = await import(pathToFileURL(gluePath).href);
  const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  return glue as WasmGlue;
}

async function loadEngine(engine: Engine): Promise<WasmSchemaEngine> {
  gluePromise ??= loadGlue();
  const glue = await gluePromise;
  const factory = bindMigrationAwareSqlAdapterFactory(offlineAdapter(engine));
  return glue.SchemaEngine.new({ datamodels: undefined }, () => undefined, factory);
}

/**
 * SQL that turns a database built from `fromModels` (null: an empty database) into one matching
 * `toModels`, for the given engine. Empty string when the two are equivalent.
 */
export async function diffModels(engine: Engine, fromModels: string | null, toModels: string): Promise<string> {
  const wasm = await loadEngine(engine);
  const target = (models: string) => ({
    tag: "schemaDatamodel",
    files: [{ path: "schema.prisma", content: DATASOURCE[engine] + models }],
  });
  const result = await wasm
    .diff({
    from: fromModels === null ? { tag: "empty" } : target(fromModels),
    to: target(toModels),
    script: true,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
    })
    .catch((error: unknown) => {
      throw new Error(`Schema diff failed for ${engine}: ${panicMessage || (error as Error).message}`);
    });
  return result.exitCode === 2 ? (result.stdout ?? "") : "";
}
