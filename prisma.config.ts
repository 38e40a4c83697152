import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";
import { databaseUrl, engineOf } from "./lib/db/url";

// The CLI's schema engine is a native download that this project does not use: migrations are
// generated and applied by scripts/db (see docs/decisions/0001-migrations.md). The stand-in keeps
// `prisma generate` offline and turns any other engine command into a clear error.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL("./scripts/db/schema-engine-stand-in.mjs", import.meta.url));

const url = databaseUrl();
const engine = engineOf(url);

export default defineConfig({
  schema: `prisma/${engine}`,
  migrations: { path: `prisma/${engine}/migrations` },
  datasource: { url },
});
