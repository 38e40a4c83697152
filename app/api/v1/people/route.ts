import { createRoute } from "@/lib/api/record-routes";

export const dynamic = "force-dynamic";
export const POST = createRoute("person");
