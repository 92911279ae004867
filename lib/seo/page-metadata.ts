// Title, description, canonical URL, OpenGraph and Twitter tags of a page, all on the configured origin.
import type { Metadata } from "next";
import { absoluteUrl } from "../config";
import { clipWords } from "../format/text";

/** The preview image of a page that is not one record: /og/page/<id>, where id is its path ("home" for /). */
export function pagePreviewImage(path: string): string {
  return `/og/page/${path === "/" ? "home" : path.replace(/^\//, "")}`;
}

/** Every page has a preview image: its record's card, or the card of its page kind. */
export function pageMetadata(page: { title: string; description: string; path: string; image?: string }): Metadata {
  const url = absoluteUrl(page.path);
  const images = [
    { url: absoluteUrl(page.image ?? pagePreviewImage(page.path)), width: 1200, height: 630, alt: page.title },
  ];
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: url },
    openGraph: {
      type: "website",
      siteName: "Integration Atlas",
      locale: "en_GB",
      url,
      title: page.title,
      description: page.description,
      images,
    },
    twitter: {
      card: "summary_large_image",
      title: page.title,
      description: page.description,
      images: images.map((i) => i.url),
    },
  };
}

/** A description that fits previews: whole words, at most `max` characters. */
export function clip(text: string, max = 200): string {
  return clipWords(text, max);
}
