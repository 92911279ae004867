// The design tokens that must exist outside CSS: link-preview images, the app icon and the browser theme colour are
// drawn without the stylesheet. Each value equals its token in app/globals.css (a unit test keeps them in step).
export const BRAND = {
  brand: "#0f5c8e",
  brandDark: "#0a4067",
  brandWash: "#e8f1f8",
  paper: "#ffffff",
  accent: "#ffd45c",
} as const;

/** globals.css token name of each BRAND entry. */
export const BRAND_TOKENS: Record<keyof typeof BRAND, string> = {
  brand: "--color-brand",
  brandDark: "--color-brand-dark",
  brandWash: "--color-brand-wash",
  paper: "--color-paper",
  accent: "--color-accent",
};
