import { formatBytes } from "../format/bytes";
import { tooLarge } from "./http-error";

/**
 * Reads a request body, refusing it (413) as soon as it passes `maxBytes`: the declared length is
 * checked first, then the bytes are counted as they stream, so a body without (or lying about)
 * Content-Length is cut off without being held in memory.
 */
export async function readBodyCapped(request: Request, maxBytes: number, what = "The request body"): Promise<Buffer> {
  const limitMessage = `${what} is larger than the ${formatBytes(maxBytes)} limit`;
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge(limitMessage);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(limitMessage);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
