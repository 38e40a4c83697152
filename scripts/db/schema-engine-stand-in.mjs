#!/usr/bin/env node
// Stands in for the Prisma CLI's native schema engine, which this project never downloads.
// `prisma generate` only asks for a version; every migration command is routed to scripts/db.
const args = process.argv.slice(2);
if (args.includes("--version") || args.includes("-V")) {
  process.stdout.write("schema-engine-cli stand-in (migrations: npm run db:migrate)\n");
  process.exit(0);
}
process.stderr.write(
  "This project applies migrations with `npm run db:migrate` and creates them with " +
    "`npm run db:migration:create -- <name>`; the Prisma CLI's migrate and db commands are not used.\n",
);
process.exit(1);
