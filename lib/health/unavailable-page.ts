// The page served with status 503 while the database is unreachable: plain HTML, no script, styled with a nonce.
export function unavailablePage(nonce: string, requestId: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Integration Atlas</title>
<style nonce="${nonce}">body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b2430;line-height:1.5}a{color:#0b4f8a}code{background:#f4f6f9;padding:0 .3rem}</style>
</head><body><main>
<h1>The catalogue is briefly unavailable</h1>
<p>Our database is not answering just now. This usually resolves itself within seconds: please reload the page in a moment.</p>
<p>If it persists, tell us and quote this reference: <code>${requestId}</code></p>
<p><a href="/">Integration Atlas home</a></p>
</main></body></html>
`;
}
