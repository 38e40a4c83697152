import type { Db } from "../../lib/db/open";
import type { Engine } from "../../lib/db/url";

/**
 * A sorted, comparable description of a database's structure (tables, columns, indexes, foreign
 * keys), leaving out the migrations bookkeeping table.
 */
export async function describeSchema(db: Db, engine: Engine, schema = "public"): Promise<string[]> {
  const lines: string[] = [];
  if (engine === "sqlite") {
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`,
    );
    for (const { name } of tables) {
      const columns = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA table_info("${name}")`);
      for (const c of columns) lines.push(`column ${name}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
      const indexes = await db.$queryRawUnsafe<{ name: string; unique: bigint | number }[]>(`PRAGMA index_list("${name}")`);
      for (const index of indexes) {
        const cols = await db.$queryRawUnsafe<{ name: string }[]>(`PRAGMA index_info("${index.name}")`);
        lines.push(`index ${name} ${index.name} unique=${Number(index.unique)} (${cols.map((c) => c.name).join(",")})`);
      }
      const fks = await db.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA foreign_key_list("${name}")`);
      for (const fk of fks) lines.push(`fk ${name}.${fk.from} -> ${fk.table}.${fk.to} delete=${fk.on_delete}`);
    }
  } else {
    const columns = await db.$queryRawUnsafe<Record<string, unknown>[]>(
      `SELECT table_name, column_name, data_type, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = $1 AND table_name <> '_prisma_migrations'`,
      schema,
    );
    for (const c of columns) {
      lines.push(`column ${c.table_name}.${c.column_name} ${c.data_type} nullable=${c.is_nullable} default=${c.column_default}`);
    }
    const indexes = await db.$queryRawUnsafe<{ indexdef: string }[]>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename <> '_prisma_migrations'`,
      schema,
    );
    for (const i of indexes) lines.push(`index ${i.indexdef.replace(/ON \S+\./, "ON ")}`);
    const constraints = await db.$queryRawUnsafe<{ conname: string; def: string }[]>(
      `SELECT conname, pg_get_constraintdef(c.oid) AS def FROM pg_constraint c
       JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = $1 AND c.conname NOT LIKE '\_prisma\_migrations%'`,
      schema,
    );
    for (const c of constraints) lines.push(`constraint ${c.conname} ${c.def.replace(/REFERENCES \S+\./, "REFERENCES ")}`);
  }
  return lines.sort();
}
