// `tsx scripts/check-translation.ts <file>`: validates a translation file (content/translations/<locale>.json or a
// draft elsewhere) against its schema and against the English content it must cover.
import { readFileSync } from "node:fs";
import { loadCatalogue } from "../lib/content/load";
import { translationFile } from "../lib/content/schema";
import { translationProblems } from "../lib/content/translation-coverage";

const file = process.argv[2];
if (!file) throw new Error("usage: tsx scripts/check-translation.ts <file>");
const parsed = translationFile.safeParse(JSON.parse(readFileSync(file, "utf8")));
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.log(`${issue.path.join(".")}: ${issue.message}`);
  process.exit(1);
}
const problems = translationProblems(await loadCatalogue(), parsed.data);
for (const p of problems) console.log(`${p.path}: ${p.message}`);
console.log(problems.length ? `${problems.length} problems` : "complete: every record is covered");
process.exit(problems.length ? 1 : 0);
