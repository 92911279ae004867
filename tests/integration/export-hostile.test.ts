// Exports of records whose names carry quotes, commas, newlines and formula prefixes open safely in spreadsheets.
import { parse } from "csv-parse/sync";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { seedFromContent } from "../../lib/content/run-seed";
import { createPrismaClient } from "../../lib/db/client";
import { csvStream, jsonStream } from "../../lib/export/export-stream";
import { PROJECT_COLUMNS } from "../../lib/export/project-columns";
import { projectExportRows as projectRows } from "../../lib/catalogue/export-rows";
import { DEFAULT_FILTERS } from "../../lib/filters/project-filters";
import { switchToClonedDatabase } from "./database";

const HOSTILE_TITLE = '=HYPERLINK("http://evil.example","click"), "quoted"\nsecond line';
const HOSTILE_PARTNER = "+cmd|' /C calc'!A0";
const HOSTILE_ACRONYM = "@SUM(A1:A9)";

beforeAll(async () => {
  const url = await switchToClonedDatabase("empty");
  const root = await mkdtemp(path.join(tmpdir(), "atlas-hostile-"));
  await cp("content", root, { recursive: true });
  const file = path.join(root, "projects", "arc.json");
  const arc = JSON.parse(await readFile(file, "utf8"));
  arc.title = HOSTILE_TITLE;
  arc.acronym = HOSTILE_ACRONYM;
  arc.partners[1].nameAsStated = HOSTILE_PARTNER;
  arc.summary = "-2+3 starts like a formula, and has a tab\there";
  await writeFile(file, JSON.stringify(arc));
  const prisma = createPrismaClient(url);
  await seedFromContent(prisma, { root, force: true, log: () => {} });
  await prisma.$disconnect();
});

async function text(stream: ReadableStream<Uint8Array>) {
  return new Response(stream).text();
}

describe("hostile characters in exports", () => {
  it("CSV quotes every special character and defuses formula prefixes", async () => {
    const bytes = new Uint8Array(
      await new Response(
        csvStream(projectRows({ ...DEFAULT_FILTERS, q: "Hiedanranta" }), PROJECT_COLUMNS),
      ).arrayBuffer(),
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records: Record<string, string>[] = parse(new TextDecoder().decode(bytes), { columns: true });
    expect(records).toHaveLength(1);
    const row = records[0];
    expect(row.title).toBe(`'${HOSTILE_TITLE}`);
    expect(row.acronym).toBe(`'${HOSTILE_ACRONYM}`);
    expect(row.partners).toContain(HOSTILE_PARTNER);
    expect(row.summary).toBe("'-2+3 starts like a formula, and has a tab\there");
    expect(row.total_budget_eur).toBe("169956");
    for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("JSON keeps the exact text and stays valid JSON", async () => {
    const json = JSON.parse(
      await text(
        jsonStream(
          projectRows({ ...DEFAULT_FILTERS, q: "Hiedanranta" }),
          (r) => ({ title: r.title, acronym: r.acronym }),
          {},
          "projects",
        ),
      ),
    );
    expect(json.projects).toEqual([{ title: HOSTILE_TITLE, acronym: HOSTILE_ACRONYM }]);
    expect(json.count).toBe(1);
  });

  it("streams every project of the view, not only the first page", async () => {
    const csv = await text(csvStream(projectRows(DEFAULT_FILTERS), PROJECT_COLUMNS.slice(0, 1)));
    expect(parse(csv, { columns: true })).toHaveLength(22);
  });
});
