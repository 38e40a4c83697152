import type { Metadata } from "next";
import { listAccounts, type AccountRow } from "@/lib/auth/accounts";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { Badge } from "@/components/ui/badge";
import { BanControl, RoleControl } from "./account-controls";
import { requirePagePermission } from "../../editor/_lib/gate";
import { CreateAccountForm } from "./create-account-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Users", robots: { index: false } };

async function loadAccounts(): Promise<{ accounts: AccountRow[] } | { error: string }> {
  try {
    return { accounts: await listAccounts(await getDb()) };
  } catch (error) {
    console.error(error);
    return { error: "The accounts could not be loaded. Reload the page; if it persists, check the server log." };
  }
}

function Status({ account }: { account: AccountRow }) {
  if (!account.banned) return <span>Active</span>;
  const until = account.banExpires ? ` until ${account.banExpires.toISOString().slice(0, 10)}` : "";
  return (
    <span>
      <Badge tone="tariff">Banned{until}</Badge>
      {account.banReason && <span className="block text-muted">{account.banReason}</span>}
    </span>
  );
}

export default async function AdminUsersPage() {
  const actor = await requirePagePermission("/admin/users", "manage-users");
  const loaded = await loadAccounts();
  return (
    <div className="space-y-10">
      <section aria-labelledby="users-title">
        <h1 id="users-title" className="mb-1 text-xl font-semibold">
          Users
        </h1>
        <p className="mb-4 text-sm text-muted">
          Viewers read, editors also change records, admins also manage users. Role changes and bans apply from the
          user&apos;s next request; a ban also signs them out everywhere.
        </p>
        {"error" in loaded ? (
          <p role="alert" className="rounded border border-kind-tariff px-3 py-2">
            {loaded.error}
          </p>
        ) : loaded.accounts.length === 0 ? (
          <p className="text-muted">No accounts yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Role</th>
                  <th scope="col">Status</th>
                  <th scope="col" className="tabular">Sessions</th>
                  <th scope="col">Since</th>
                  <th scope="col">Access</th>
                </tr>
              </thead>
              <tbody>
                {loaded.accounts.map((account) => {
                  const isSelf = account.id === actor.id;
                  return (
                    <tr key={account.id}>
                      <td>
                        {account.email}
                        {isSelf && <span className="text-muted"> (you)</span>}
                        <span className="block text-muted">{account.name}</span>
                      </td>
                      <td>
                        {isSelf ? ROLE_LABELS[account.role] : <RoleControl userId={account.id} email={account.email} role={account.role} />}
                      </td>
                      <td>
                        <Status account={account} />
                      </td>
                      <td className="tabular">{account.activeSessions}</td>
                      <td className="tabular whitespace-nowrap">{account.createdAt.toISOString().slice(0, 10)}</td>
                      <td>{isSelf ? <span className="text-muted">—</span> : <BanControl userId={account.id} email={account.email} banned={account.banned} />}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section aria-labelledby="new-user-title">
        <h2 id="new-user-title" className="mb-3 text-lg font-semibold">
          Add an account
        </h2>
        <CreateAccountForm />
      </section>
    </div>
  );
}
