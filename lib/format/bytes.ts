const MB = 1024 * 1024;

/** "5 MB", "256 KB": a size limit as a person reads it. */
export function formatBytes(bytes: number): string {
  return bytes >= MB ? `${+(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
