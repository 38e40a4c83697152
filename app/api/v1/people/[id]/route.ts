import { deleteRoute, readRoute, updateRoute } from "@/lib/api/record-routes";

export const dynamic = "force-dynamic";
export const GET = readRoute("person");
export const PUT = updateRoute("person");
export const DELETE = deleteRoute("person");
