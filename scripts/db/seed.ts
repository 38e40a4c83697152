/** `npm run db:seed`: loads the demo data into the database named by DATABASE_URL. */
import { openDatabase } from "../../lib/db/open";
import { seed } from "../../prisma/seed";

const db = await openDatabase();
try {
  const counts = await seed(db);
  const added = Object.entries(counts)
    .map(([k, v]) => `${v} ${k}`)
    .join(", ");
  console.log(`Seed: added ${added}`);
} catch (error) {
  console.error(`Seed failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
