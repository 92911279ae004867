// Which data release an export was made from. CSV has no place for metadata, so every export says it in the
// `X-Atlas-Release` response header ("<id>; date=<ISO time>"); JSON exports also carry it in their `meta`.
import { apiMeta } from "../api/queries";

export async function releaseStamp() {
  const meta = await apiMeta();
  const headers: Record<string, string> = meta.release
    ? { "X-Atlas-Release": `${meta.release.id}; date=${meta.release.date}` }
    : {};
  return { meta, headers };
}
