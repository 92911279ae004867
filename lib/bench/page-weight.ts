// Bytes a browser downloads: the HTML (gzip) and the JavaScript a first visit loads (gzip).
import { gzipSync } from "node:zlib";

export async function pageWeight(
  url: string,
): Promise<{ htmlGzip: number; htmlRaw: number; firstLoadJsGzip: number; scripts: number }> {
  const html = await (await fetch(url)).text();
  const origin = new URL(url).origin;
  // noModule scripts (legacy polyfills) are skipped by every browser that runs modules, so they do not count.
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script([^>]+)>/g)]
        .filter((m) => !/noModule/i.test(m[1]))
        .map((m) => m[1].match(/src="([^"]+\.js)"/)?.[1])
        .filter((s): s is string => Boolean(s)),
    ),
  ];
  let js = 0;
  for (const src of scripts)
    js += gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())).length;
  return {
    htmlGzip: gzipSync(Buffer.from(html)).length,
    htmlRaw: Buffer.byteLength(html),
    firstLoadJsGzip: js,
    scripts: scripts.length,
  };
}
