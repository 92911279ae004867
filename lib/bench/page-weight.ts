// Bytes a browser downloads: the HTML (gzip) and the JavaScript a first visit loads (gzip).
import { gzipSync } from "node:zlib";

export async function pageWeight(url: string): Promise<{ htmlGzip: number; firstLoadJsGzip: number; scripts: number }> {
  const html = await (await fetch(url)).text();
  const origin = new URL(url).origin;
  const scripts = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]))];
  let js = 0;
  for (const src of scripts) js += gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())).length;
  return { htmlGzip: gzipSync(Buffer.from(html)).length, firstLoadJsGzip: js, scripts: scripts.length };
}
