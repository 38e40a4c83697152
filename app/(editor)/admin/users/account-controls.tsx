"use client";

import { useActionState, useId } from "react";
import { ROLES, type Role } from "@/lib/domain/actor";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { IDLE, type ActionResult } from "./action-result";
import { banUserAction, setRoleAction, unbanUserAction } from "./actions";

function Result({ result, id }: { result: ActionResult; id: string }) {
  if (result.status === "idle") return null;
  return (
    <p id={id} role={result.status === "error" ? "alert" : "status"} className={result.status === "error" ? "text-kind-tariff" : "text-muted"}>
      {result.message}
    </p>
  );
}

export function RoleControl({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const [result, action, pending] = useActionState(setRoleAction, IDLE);
  const id = useId();
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`${id}-role`} className="sr-only">
        Role of {email}
      </label>
      <select id={`${id}-role`} name="role" defaultValue={role} className="rounded border border-line bg-surface px-1 py-0.5">
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_LABELS[r]}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="rounded border border-line px-2 py-0.5 disabled:opacity-60">
        {pending ? "Saving…" : "Save role"}
      </button>
      <Result result={result} id={`${id}-result`} />
    </form>
  );
}

export function BanControl({ userId, email, banned }: { userId: string; email: string; banned: boolean }) {
  const [result, action, pending] = useActionState(banned ? unbanUserAction : banUserAction, IDLE);
  const id = useId();
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      {!banned && (
        <>
          <label htmlFor={`${id}-reason`} className="sr-only">
            Reason for banning {email} (optional)
          </label>
          <input
            id={`${id}-reason`}
            name="reason"
            maxLength={200}
            placeholder="Reason (optional)"
            className="w-36 rounded border border-line bg-surface px-1 py-0.5"
          />
        </>
      )}
      <button type="submit" disabled={pending} className="rounded border border-line px-2 py-0.5 disabled:opacity-60">
        {pending ? "Saving…" : banned ? "Lift ban" : "Ban"}
      </button>
      <Result result={result} id={`${id}-result`} />
    </form>
  );
}
