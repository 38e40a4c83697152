/** Typed fetch for our JSON API; a non-2xx answer becomes an Error carrying the API's message. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.error?.message ?? `Request failed (${response.status})`;
    throw Object.assign(new Error(message), { status: response.status, body });
  }
  return body as T;
}
