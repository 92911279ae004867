// Which data release an export was made from. CSV has no place for metadata, so every export says it in the
// `X-Atlas-Release` response header ("<id>; date=<ISO time>"); JSON exports also carry it in their `meta`.
import { apiMeta } from "../api/queries";

export async function releaseStamp() {
  const meta = await apiMeta();
  return { meta, headers: releaseHeaders(meta.release) };
}

/** The `X-Atlas-Release` header of a release (none before the first). */
export function releaseHeaders(release: { id: number; date: string } | null): Record<string, string> {
  return release ? { "X-Atlas-Release": `${release.id}; date=${release.date}` } : {};
}
