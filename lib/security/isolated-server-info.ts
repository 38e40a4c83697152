/** What scripts/security/isolated-server.ts reports once its server answers. */
export interface IsolatedServerInfo {
  baseURL: string;
  /** The server's SQLite file, for read-only checksums. */
  dbFile: string;
  distDir: string;
  /** A string planted in admin-only data: the names and emails of accounts. */
  marker: string;
  /** A string planted in a record (a milestone title): readers' data, protected with REQUIRE_LOGIN=true. */
  recordMarker: string;
  password: string;
  requireLogin: boolean;
  /** viewer, editor, admin (signed in), and target / victim (accounts the admin acts on). */
  users: Partial<Record<"viewer" | "editor" | "admin" | "target" | "victim", { id: string; email: string }>>;
  /** A Cookie header per signed-in role. */
  cookies: Partial<Record<"viewer" | "editor" | "admin", string>>;
  /** More sessions of the same accounts, for tests that end one. */
  spareCookies: Record<"viewer" | "editor" | "admin", string[]>;
  /** Viewer accounts with one session each, for admin calls that ban, delete or sign out an account. */
  subjects: { id: string; email: string; cookie: string; sessionToken: string }[];
  /** Every Better Auth endpoint of this configuration, below /api/auth. */
  authEndpoints: { path: string; methods: string[] }[];
}
