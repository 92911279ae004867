// axe with every WCAG 2.x A/AA tag up to 2.2 and best practice; any violation fails (new templates start clean).
import type { Page } from "@playwright/test";
import { expectNoAxeViolations as expectNoViolations } from "./fixtures";

/** axe runs in the page, so it needs JavaScript: variants without it check the same markup in its JS-on twin. */
export async function expectNoAxeViolations(page: Page, js = true) {
  if (js) await expectNoViolations(page);
}

/** Each test of a feature runs at phone and desktop width, with JavaScript and without. */
export const VARIANTS = [
  { js: true, width: 360 },
  { js: true, width: 1280 },
  { js: false, width: 360 },
  { js: false, width: 1280 },
] as const;
