// The home-screen icon (180×180 PNG): the logo mark of app/icon.svg, drawn by next/og at build time.
import { ImageResponse } from "next/og";
import { BRAND } from "@/lib/og/brand";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  const ring = {
    position: "absolute",
    top: 53,
    width: 74,
    height: 74,
    borderRadius: 37,
    border: `14px solid ${BRAND.paper}`,
  } as const;
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", position: "relative", background: BRAND.brand }}>
      <div style={{ ...ring, left: 34 }} />
      <div style={{ ...ring, left: 72 }} />
    </div>,
    size,
  );
}
