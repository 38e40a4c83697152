import { deleteRoute, readRoute, updateRoute } from "@/lib/api/record-routes";

export const dynamic = "force-dynamic";
export const GET = readRoute("round");
export const PUT = updateRoute("round");
export const DELETE = deleteRoute("round");
