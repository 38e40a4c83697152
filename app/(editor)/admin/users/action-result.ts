/** What an admin action reports back to its form. */
export interface ActionResult {
  status: "idle" | "ok" | "error";
  message: string;
  fields?: Record<string, string>;
}

export const IDLE: ActionResult = { status: "idle", message: "" };
