// The interface's messages: every language has every key of English, each message parses as ICU, keeps the same
// arguments and markup tags as English, and is actually translated.
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { LOCALES, TRANSLATED_LOCALES } from "../../lib/i18n/locales";
import { MESSAGES } from "../../lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Argument and tag names of an ICU message (plural/select branches included), sorted. */
function placeholders(message: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as {
      type: number;
      value?: string;
      options?: Record<string, { value: unknown[] }>;
      children?: unknown[];
    }[]) {
      if (node.type !== 0 && node.type !== 7 && node.value) names.add(node.value);
      if (node.options) for (const option of Object.values(node.options)) walk(option.value);
      if (node.children) walk(node.children);
    }
  };
  walk(new IntlMessageFormat(message, locale, undefined, { ignoreTag: false }).getAst());
  return [...names].sort();
}

const english = flatten(MESSAGES.en);

describe("interface messages", () => {
  it("English has messages, none empty", () => {
    expect(english.size).toBeGreaterThan(20);
    for (const [key, value] of english) expect(value.trim(), key).not.toBe("");
  });

  for (const locale of LOCALES) {
    it(`${locale} has exactly the keys of English, each a valid ICU message using only English's arguments and tags`, () => {
      const messages = flatten(MESSAGES[locale]);
      expect(
        [...messages.keys()].filter((k) => !english.has(k)),
        "keys English lacks",
      ).toEqual([]);
      expect(
        [...english.keys()].filter((k) => !messages.has(k)),
        "missing keys",
      ).toEqual([]);
      for (const [key, value] of messages) {
        expect(value.trim(), key).not.toBe("");
        // A language may leave an argument out where its grammar needs it ("in this country" rather than a name
        // that would need a case ending), but never use one that English does not pass.
        const known = placeholders(english.get(key)!, "en");
        expect(
          placeholders(value, locale).filter((name) => !known.includes(name)),
          key,
        ).toEqual([]);
      }
    });
  }

  for (const locale of TRANSLATED_LOCALES) {
    it(`${locale} is translated: fewer than one message in ten is the same as English (names, cognates)`, () => {
      const messages = flatten(MESSAGES[locale]);
      const same = [...english].filter(([key, value]) => messages.get(key) === value && /[a-z]{4}/.test(value));
      expect(same.length / english.size, same.map(([k]) => k).join(", ")).toBeLessThan(0.1);
    });
  }
});
