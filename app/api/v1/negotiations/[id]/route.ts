import { deleteRoute, readRoute, updateRoute } from "@/lib/api/record-routes";

export const dynamic = "force-dynamic";
export const GET = readRoute("negotiation");
export const PUT = updateRoute("negotiation");
export const DELETE = deleteRoute("negotiation");
