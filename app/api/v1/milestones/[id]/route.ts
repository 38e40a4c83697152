import { deleteRoute, readRoute, updateRoute } from "@/lib/api/record-routes";

export const dynamic = "force-dynamic";
export const GET = readRoute("milestone");
export const PUT = updateRoute("milestone");
export const DELETE = deleteRoute("milestone");
