// 1200×630 link-preview images rendered offline with next/og and fonts shipped in node_modules: Geist (Latin and
// Cyrillic) and IBM Plex Sans Arabic (@fontsource, WOFF: Satori reads no WOFF2; Noto Sans Arabic uses a GSUB
// lookup Satori cannot read), laid out right to left in Arabic.
import { ImageResponse } from "next/og";
import type { CSSProperties } from "react";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { clipWords } from "../format/text";
import { DEFAULT_LOCALE, isRtl, type Locale } from "../i18n/locales";
import { translator } from "../i18n/messages";
import { RtlText } from "./bidi-words";
import { BRAND } from "./brand";

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

type Font = { name: string; data: Buffer; weight: 400 | 700; style: "normal" };
const modules = path.join(process.cwd(), "node_modules");
const FONT_FILES: { name: string; file: string; weight: 400 | 700 }[] = [
  { name: "Geist", file: "geist/dist/fonts/geist-sans/Geist-Regular.ttf", weight: 400 },
  { name: "Geist", file: "geist/dist/fonts/geist-sans/Geist-Bold.ttf", weight: 700 },
  {
    name: "IBM Plex Sans Arabic",
    file: "@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-400-normal.woff",
    weight: 400,
  },
  {
    name: "IBM Plex Sans Arabic",
    file: "@fontsource/ibm-plex-sans-arabic/files/ibm-plex-sans-arabic-arabic-700-normal.woff",
    weight: 700,
  },
];

let fonts: Promise<Font[]> | null = null;
function loadFonts() {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ name, file, weight }) => ({
      name,
      data: await readFile(path.join(modules, file)),
      weight,
      style: "normal" as const,
    })),
  );
  return fonts;
}

/** A headline figure always says which amount it is: "Total budget" over "€ 1.5 M". */
export type PreviewFigure = { label: string; value: string };
export type PreviewCard = { kicker: string; title: string; lines: string[]; figure?: PreviewFigure | null };

/** The logo mark of components/logo-mark.tsx, as next/og boxes: two rings on the accent square. */
function Mark() {
  const ring = {
    position: "absolute",
    top: 15,
    width: 26,
    height: 26,
    borderRadius: 13,
    border: `4px solid ${BRAND.paper}`,
  } as const;
  return (
    <div
      style={{
        width: 56,
        height: 56,
        borderRadius: 12,
        background: BRAND.brand,
        border: `2px solid ${BRAND.paper}`,
        display: "flex",
        position: "relative",
      }}
    >
      <div style={{ ...ring, left: 9 }} />
      <div style={{ ...ring, left: 19 }} />
    </div>
  );
}

/** A line of the card: plain text left to right; in Arabic a row of words from the right (./bidi-words). */
function Text({ text, rtl, style }: { text: string; rtl: boolean; style: CSSProperties & { fontSize: number } }) {
  // Intl puts direction marks into Arabic numbers and money; Satori has no glyph for them and would fetch a font.
  const plain = text.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "");
  return rtl ? <RtlText text={plain} style={style} /> : <div style={style}>{plain}</div>;
}

export async function previewImage(card: PreviewCard, locale: Locale = DEFAULT_LOCALE): Promise<ImageResponse> {
  const title = clipWords(card.title, 110);
  const rtl = isRtl(locale);
  return new ImageResponse(
    <div
      lang={locale}
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: BRAND.brandDark,
        color: BRAND.paper,
        padding: 64,
        fontFamily: rtl ? '"IBM Plex Sans Arabic", "Geist"' : '"Geist", "IBM Plex Sans Arabic"',
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <Text
          rtl={rtl}
          text={clipWords(card.kicker, 70)}
          style={{ fontSize: 30, color: BRAND.accent, fontWeight: 700 }}
        />
        <Text
          rtl={rtl}
          text={title}
          style={{ fontSize: title.length > 60 ? 54 : 68, fontWeight: 700, lineHeight: 1.1, marginTop: 18 }}
        />
        {card.lines.map((line) => (
          <Text
            key={line}
            rtl={rtl}
            text={clipWords(line, 130)}
            style={{ fontSize: 30, marginTop: 14, color: BRAND.brandWash }}
          />
        ))}
      </div>
      <div
        style={{
          display: "flex",
          flexDirection: rtl ? "row-reverse" : "row",
          justifyContent: "space-between",
          alignItems: "flex-end",
        }}
      >
        <div style={{ display: "flex", flexDirection: rtl ? "row-reverse" : "row", alignItems: "center" }}>
          <Mark />
          <Text
            rtl={rtl}
            text={translator(locale, "Site")("name")}
            style={{ fontSize: 30, fontWeight: 700, [rtl ? "marginRight" : "marginLeft"]: 16 }}
          />
        </div>
        {card.figure ? (
          <div style={{ display: "flex", flexDirection: "column", alignItems: rtl ? "flex-start" : "flex-end" }}>
            <Text rtl={rtl} text={card.figure.label} style={{ fontSize: 26, color: BRAND.brandWash }} />
            <Text rtl={rtl} text={card.figure.value} style={{ fontSize: 56, fontWeight: 700 }} />
          </div>
        ) : null}
      </div>
    </div>,
    { ...PREVIEW_SIZE, fonts: await loadFonts() },
  );
}
