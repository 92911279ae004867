// The SHA-256 hashes of a page's inline scripts and styles, for its Content-Security-Policy. Pages are rendered by
// React, which escapes "</" inside inline elements, so an element's text runs exactly to its closing tag.
import { createHash } from "node:crypto";
import type { InlineHashes } from "../security/headers";

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;
// Data blocks (JSON-LD and the like) are never executed, so the policy need not list them.
const EXECUTABLE_TYPE = /^\s*(text\/javascript|application\/javascript|module)?\s*$/i;

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

function attribute(attributes: string, name: string): string | null {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, "i").exec(attributes);
  return match ? (match[2] ?? match[3] ?? match[4] ?? "") : null;
}

export function inlineHashes(html: string): InlineHashes {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, attributes, text] of html.matchAll(INLINE_SCRIPT)) {
    if (attribute(attributes, "src") !== null || text.length === 0) continue;
    if (!EXECUTABLE_TYPE.test(attribute(attributes, "type") ?? "")) continue;
    scripts.add(sha256(text));
  }
  for (const [, text] of html.matchAll(INLINE_STYLE)) if (text.length > 0) styles.add(sha256(text));
  return { scripts: [...scripts], styles: [...styles] };
}
