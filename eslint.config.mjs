import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Folders depend one way (docs/architecture.md): app → components → lib/(api|export|feed|seo|og|map) → lib/catalogue
// → lib/db, with lib/filters, lib/format and lib/rules pure (no queries, no app code) and lib/rules importing nothing.
// Enforced with eslint-plugin-import's no-restricted-paths (the plugin and its TypeScript resolver come with
// eslint-config-next, pinned above at 16.4.6).
const APP = ["./app", "./components"];
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });
const pure = (folder, allowed) =>
  zone(
    `./lib/${folder}`,
    "./lib",
    `lib/${folder} is pure: it may import only ${allowed.length ? allowed.join(", ") : "nothing of ours"}.`,
    [`./${folder}`, ...allowed.map((a) => `./${a}`)],
  );
const PRESENTATION = ["api", "export", "feed", "seo", "og", "map"];

const boundaries = [
  pure("rules", []),
  pure("format", ["rules"]),
  // lib/i18n/locales.ts is a pure list of the catalogue's languages (the search language `lang` is a filter).
  pure("filters", ["format", "rules", "i18n/locales.ts"]),
  ...["rules", "format", "filters", "catalogue", "db"].flatMap((folder) =>
    APP.map((from) =>
      zone(`./lib/${folder}`, from, `lib/${folder} must not import ${from.slice(2)}: dependencies point down.`),
    ),
  ),
  zone(
    "./lib/catalogue",
    "./lib",
    "lib/catalogue may import only lib/db, lib/filters, lib/format, lib/rules, lib/config and lib/i18n/locales.",
    ["./catalogue", "./db", "./filters", "./format", "./rules", "./config.ts", "./i18n/locales.ts"],
  ),
  ...PRESENTATION.map((folder) =>
    zone(
      `./lib/${folder}`,
      "./lib/db",
      "Every query lives in lib/catalogue: call a function there instead of the database client.",
    ),
  ),
  ...PRESENTATION.filter((f) => f !== "api").flatMap((folder) =>
    APP.map((from) =>
      zone(`./lib/${folder}`, from, `lib/${folder} must not import ${from.slice(2)}: dependencies point down.`),
    ),
  ),
  zone("./lib/api", "./lib/export", "Exports build on the API's JSON shapes, not the other way round."),
  zone("./components", "./lib/db", "Components receive view models from lib/catalogue; they never touch the database."),
  zone("./components", "./app", "Components must not import routes."),
  zone("./app", "./lib/db", "Routes call lib/catalogue; they never touch the database."),
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["app/**", "components/**", "lib/**"],
    rules: { "import/no-restricted-paths": ["error", { zones: boundaries }] },
  },
  {
    // Production code checks instead of asserting (tests may assert what they have just set up).
    files: ["app/**", "components/**", "lib/**", "scripts/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "error" },
  },
  globalIgnores([
    ".next/**",
    ".data/**",
    "node_modules/**",
    "lib/db/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "bench/results/**",
    "scratch/**",
  ]),
]);
