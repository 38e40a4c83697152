import { deleteRoute, readRoute, updateRoute } from "@/lib/api/record-routes";

export const dynamic = "force-dynamic";
export const GET = readRoute("tariffMeasure");
export const PUT = updateRoute("tariffMeasure");
export const DELETE = deleteRoute("tariffMeasure");
