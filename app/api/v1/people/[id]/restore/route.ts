import { restoreRoute } from "@/lib/api/record-routes";

export const dynamic = "force-dynamic";
export const POST = restoreRoute("person");
