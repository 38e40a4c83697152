import { getAuth } from "@/lib/auth/auth";
import { authRequestHandler } from "@/lib/auth/handler";

export const dynamic = "force-dynamic";

const handle = authRequestHandler(getAuth);

export const GET = handle;
export const POST = handle;
