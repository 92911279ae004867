// 1200×630 link-preview images rendered offline with next/og and the Geist fonts shipped in node_modules.
import { ImageResponse } from "next/og";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { clipWords } from "../format/text";
import { BRAND } from "./brand";

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | null = null;
function loadFonts() {
  const dir = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
  fonts ??= Promise.all([
    readFile(path.join(dir, "Geist-Regular.ttf")).then((data) => ({
      name: "Geist",
      data,
      weight: 400 as const,
      style: "normal" as const,
    })),
    readFile(path.join(dir, "Geist-Bold.ttf")).then((data) => ({
      name: "Geist",
      data,
      weight: 700 as const,
      style: "normal" as const,
    })),
  ]);
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

export async function previewImage(card: PreviewCard): Promise<ImageResponse> {
  const title = clipWords(card.title, 110);
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        background: BRAND.brandDark,
        color: BRAND.paper,
        padding: 64,
        fontFamily: "Geist",
      }}
    >
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ fontSize: 30, color: BRAND.accent, fontWeight: 700 }}>{clipWords(card.kicker, 70)}</div>
        <div style={{ fontSize: title.length > 60 ? 54 : 68, fontWeight: 700, lineHeight: 1.1, marginTop: 18 }}>
          {title}
        </div>
        {card.lines.map((line) => (
          <div key={line} style={{ fontSize: 30, marginTop: 14, color: BRAND.brandWash }}>
            {clipWords(line, 130)}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-end" }}>
        <div style={{ display: "flex", alignItems: "center" }}>
          <Mark />
          <div style={{ fontSize: 30, fontWeight: 700, marginLeft: 16 }}>Integration Atlas</div>
        </div>
        {card.figure ? (
          <div style={{ display: "flex", flexDirection: "column", alignItems: "flex-end" }}>
            <div style={{ fontSize: 26, color: BRAND.brandWash }}>{card.figure.label}</div>
            <div style={{ fontSize: 56, fontWeight: 700 }}>{card.figure.value}</div>
          </div>
        ) : null}
      </div>
    </div>,
    { ...PREVIEW_SIZE, fonts: await loadFonts() },
  );
}
