// Title, description, canonical URL, OpenGraph and Twitter tags of a page, all on the configured origin.
import type { Metadata } from "next";
import { absoluteUrl } from "../config";

export function pageMetadata(page: { title: string; description: string; path: string; image?: string }): Metadata {
  const url = absoluteUrl(page.path);
  const images = page.image ? [{ url: absoluteUrl(page.image), width: 1200, height: 630, alt: page.title }] : undefined;
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: "Integration Atlas", locale: "en_GB", url, title: page.title, description: page.description, images },
    twitter: { card: images ? "summary_large_image" : "summary", title: page.title, description: page.description, images: images?.map((i) => i.url) },
  };
}

/** A description that fits previews: whole words, at most `max` characters. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  return `${text.slice(0, text.lastIndexOf(" ", max - 1))}…`;
}
