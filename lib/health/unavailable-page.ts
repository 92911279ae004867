// The response served with status 503 while the database is unreachable: plain HTML without script (its one inline
// style allowed by hash), or the API's JSON error shape. The reference is our own request id, never a client's.
import { createHash } from "node:crypto";
import type { InlineHashes } from "../security/headers";

const STYLE =
  "body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b2430;line-height:1.5}a{color:#0b4f8a}code{background:#f4f6f9;padding:0 .3rem}";
const HASHES: InlineHashes = { scripts: [], styles: [createHash("sha256").update(STYLE).digest("base64")] };

export function unavailableBody(api: boolean, requestId: string): { body: string; type: string; hashes: InlineHashes } {
  if (api) {
    const body = JSON.stringify({
      error: { code: "unavailable", message: "The database is unavailable; retry shortly.", details: [requestId] },
    });
    return { body, type: "application/json; charset=utf-8", hashes: HASHES };
  }
  const body = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Integration Atlas</title>
<style>${STYLE}</style>
</head><body><main>
<h1>The catalogue is briefly unavailable</h1>
<p>Our database is not answering just now. This usually resolves itself within seconds: please reload the page in a moment.</p>
<p>If it persists, tell us and quote this reference: <code>${requestId}</code></p>
<p><a href="/">Integration Atlas home</a></p>
</main></body></html>
`;
  return { body, type: "text/html; charset=utf-8", hashes: HASHES };
}
