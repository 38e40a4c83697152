"use client";

import { useId, useRef, useState, type FormEvent } from "react";

/**
 * Posts to Better Auth's sign-in endpoint, which rate-limits it. Messages never say whether an
 * account exists: a wrong email and a wrong password read the same.
 */
function messageFor(status: number, retryAfter: string | null, code: string | undefined): string {
  if (status === 401) return "The email or password is incorrect.";
  if (status === 429) {
    const seconds = Number(retryAfter);
    return `Too many sign-in attempts. Wait ${Number.isFinite(seconds) && seconds > 0 ? `${seconds} seconds` : "a moment"} and try again.`;
  }
  if (status === 403 && code === "BANNED_USER") return "This account can't sign in. Ask an administrator.";
  if (status === 400 && code === "INVALID_EMAIL") return "Enter a valid email address.";
  return "Signing in failed. Check your connection and try again.";
}

export function SignInForm({ next }: { next: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const errorId = useId();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: data.get("email"), password: data.get("password"), rememberMe: true }),
      });
      if (response.ok) {
        // A full navigation, so every server-rendered part (the header too) sees the new session.
        window.location.assign(next);
        return;
      }
      const body = (await response.json().catch(() => ({}))) as { code?: string };
      setError(messageFor(response.status, response.headers.get("retry-after"), body.code));
    } catch {
      setError(messageFor(0, null, undefined));
    }
    setPending(false);
    requestAnimationFrame(() => errorRef.current?.focus());
  }

  const fieldClass = "mt-1 w-full rounded border border-line bg-surface px-2 py-1.5";
  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-4">
      {error && (
        <p ref={errorRef} id={errorId} role="alert" tabIndex={-1} className="rounded border border-kind-tariff px-3 py-2 text-sm">
          {error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="block text-sm font-medium">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={fieldClass}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={128}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className={fieldClass}
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-accent px-3 py-2 font-medium text-surface disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
