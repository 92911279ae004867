// 1200×630 link-preview images rendered offline with next/og and the Geist fonts shipped in node_modules.
import { ImageResponse } from "next/og";
import { readFile } from "node:fs/promises";
import path from "node:path";

export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: "normal" }[]> | null = null;
function loadFonts() {
  const dir = path.join(process.cwd(), "node_modules", "geist", "dist", "fonts", "geist-sans");
  fonts ??= Promise.all([
    readFile(path.join(dir, "Geist-Regular.ttf")).then((data) => ({ name: "Geist", data, weight: 400 as const, style: "normal" as const })),
    readFile(path.join(dir, "Geist-Bold.ttf")).then((data) => ({ name: "Geist", data, weight: 700 as const, style: "normal" as const })),
  ]);
  return fonts;
}

export type PreviewCard = { kicker: string; title: string; lines: string[]; figure?: string | null };

export async function previewImage(card: PreviewCard): Promise<ImageResponse> {
  const title = card.title.length > 110 ? `${card.title.slice(0, 107)}…` : card.title;
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", background: "#0b4f8a", color: "#ffffff", padding: 64, fontFamily: "Geist" }}>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontSize: 30, color: "#f2b705", fontWeight: 700 }}>{card.kicker}</div>
          <div style={{ fontSize: title.length > 60 ? 54 : 68, fontWeight: 700, lineHeight: 1.1, marginTop: 18 }}>{title}</div>
          {card.lines.map((line) => (
            <div key={line} style={{ fontSize: 30, marginTop: 14, color: "#dbe7f3" }}>{line.length > 130 ? `${line.slice(0, 127)}…` : line}</div>
          ))}
        </div>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "flex-end" }}>
          <div style={{ fontSize: 28, color: "#dbe7f3" }}>Integration Atlas</div>
          {card.figure ? <div style={{ fontSize: 56, fontWeight: 700 }}>{card.figure}</div> : null}
        </div>
      </div>
    ),
    { ...PREVIEW_SIZE, fonts: await loadFonts() },
  );
}
