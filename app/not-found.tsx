import Link from "next/link";

export default function NotFound() {
  return (
    <section className="py-16 text-center">
      <p className="text-sm font-semibold text-muted">404</p>
      <h1 className="mt-2 text-2xl font-semibold">Nothing here</h1>
      <p className="mt-2 text-muted">
        This page does not exist, or the record it showed was removed.
      </p>
      <p className="mt-6 flex justify-center gap-4">
        <Link href="/timeline">Open the timeline</Link>
        <Link href="/negotiations">Browse negotiations</Link>
      </p>
    </section>
  );
}
