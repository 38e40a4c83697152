/** A citation link labelled with its site, so a reader sees where a fact comes from at a glance. */
export function SourceLink({ url, label }: { url: string; label?: string | null }) {
  let host = url;
  try {
    host = new URL(url).hostname.replace(/^www\./, "");
  } catch {
    // Stored URLs are validated on write; show the raw text if an old one does not parse.
  }
  return (
    <a href={url} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
      {label ?? host}
    </a>
  );
}
