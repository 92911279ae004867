// Proves that prisma/migrations, applied by our migrator, build exactly the database schema.prisma describes:
// every model's table, columns, types, nullability, unique and plain indexes — and nothing else.
import { readFileSync } from "node:fs";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { REFRESH_CATALOGUE_STATS_SQL } from "../../lib/catalogue/catalogue-stats";
import { parsePrismaSchema, type SchemaField } from "../prisma-schema";
import { cloneDatabase } from "./database";

const schemaText = readFileSync("prisma/schema.prisma", "utf8");

type Column = { table: string; column: string; type: string; nullable: boolean };
type Index = { table: string; name: string; columns: string[]; unique: boolean; method: string };

const SCALAR_TYPES: Record<string, string> = {
  Int: "integer",
  BigInt: "bigint",
  Bytes: "bytea",
  String: "text",
  Boolean: "boolean",
  Float: "double precision",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
};

/** The PostgreSQL type Prisma's migrations give a field. */
function columnType(f: SchemaField, enums: Set<string>): string {
  if (f.unsupported) return f.type;
  if (enums.has(f.type)) return /[A-Z]/.test(f.type) ? `"${f.type}"` : f.type;
  if (f.native?.name === "Char") return `character(${f.native.args[0]})`;
  if (f.native?.name === "Date") return "date";
  if (f.native?.name === "Timestamptz") return `timestamp(${f.native.args[0] ?? 6}) with time zone`;
  if (f.native) throw new Error(`No mapping for @db.${f.native.name}`);
  const base = SCALAR_TYPES[f.type];
  if (!base) throw new Error(`No mapping for ${f.type}`);
  return base;
}

function expectedFromSchema() {
  const schema = parsePrismaSchema(schemaText);
  const enums = new Set(schema.enums.map((e) => e.name));
  const columns: Column[] = [];
  const indexes: Index[] = [];
  for (const model of schema.models) {
    const table = model.table;
    const columnOf = new Map(model.fields.map((f) => [f.name, f.column]));
    for (const f of model.fields) {
      const type = columnType(f, enums);
      // Prisma creates scalar lists without NOT NULL.
      columns.push({ table, column: f.column, type: f.list ? `${type}[]` : type, nullable: f.list || f.optional });
    }
    for (const i of model.indexes) {
      const cols = i.fields.map((f) => columnOf.get(f) ?? f);
      const suffix = i.kind === "id" ? "pkey" : i.kind === "unique" ? "key" : "idx";
      const name = i.map ?? (i.kind === "id" ? `${table}_pkey` : `${table}_${cols.join("_")}_${suffix}`);
      indexes.push({
        table,
        name,
        columns: cols,
        unique: i.kind !== "normal",
        method: (i.type ?? "btree").toLowerCase(),
      });
    }
  }
  return { tables: schema.models.map((m) => m.table).sort(), columns, indexes, enums: schema.enums };
}

async function actualFromDatabase(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY 1`,
    );
    const columns = await client.query<Column>(`
      SELECT c.relname AS table, a.attname AS column, format_type(a.atttypid, a.atttypmod) AS type, NOT a.attnotnull AS nullable
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped AND c.relname <> '_prisma_migrations'`);
    const indexes = await client.query<Index>(`
      SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, am.amname AS method,
        array(SELECT a.attname FROM unnest(ix.indkey) WITH ORDINALITY k(attnum, ord) JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
      FROM pg_index ix JOIN pg_class i ON i.oid = ix.indexrelid JOIN pg_class t ON t.oid = ix.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace JOIN pg_am am ON am.oid = i.relam
      WHERE n.nspname = 'public' AND t.relkind = 'r' AND t.relname <> '_prisma_migrations'`);
    const views = await client.query<{ relname: string }>(
      `SELECT relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'm' ORDER BY 1`,
    );
    const enums = await client.query<{ name: string; values: string[] }>(`
      SELECT t.typname AS name, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS values
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`);
    const migrations = await client.query<{ migration_name: string; finished_at: Date | null; checksum: string }>(
      `SELECT migration_name, finished_at, checksum FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    return {
      tables: tables.rows.map((r) => r.table_name),
      columns: columns.rows,
      indexes: indexes.rows,
      enums: enums.rows,
      migrations: migrations.rows,
      views: views.rows.map((r) => r.relname),
    };
  } finally {
    await client.end();
  }
}

const key = (c: { table: string; column?: string; name?: string }) => `${c.table}.${c.column ?? c.name}`;
const byKey = <T extends { table: string }>(rows: T[]) => [...rows].sort((a, b) => key(a).localeCompare(key(b)));

describe("the migrated database matches schema.prisma", () => {
  let expected: ReturnType<typeof expectedFromSchema>;
  let actual: Awaited<ReturnType<typeof actualFromDatabase>>;
  beforeAll(async () => {
    expected = expectedFromSchema();
    actual = await actualFromDatabase(await cloneDatabase("empty"));
  });

  it("has exactly one table per model", () => {
    expect(actual.tables).toEqual(expected.tables);
  });
  it("has every column with its type and nullability, and no other column", () => {
    expect(byKey(actual.columns)).toEqual(byKey(expected.columns));
  });
  it("has every unique, primary and plain index on the right columns, and no other index", () => {
    // Sort and covering indexes (DESC NULLS LAST, INCLUDE, WHERE) cannot be written in schema.prisma; they live in
    // SQL only.
    const sqlOnly = new Set(
      [
        "sort_name_slug",
        "total_budget_asc",
        "total_budget_desc",
        "grant_amount_asc",
        "grant_amount_desc",
        "start_date_asc",
        "start_date_desc",
        "id_start_budget",
      ]
        .map((i) => `project_${i}_idx`)
        .concat(["participation_organisation_id_project_id_idx", "result_planned_idx"]),
    );
    expect(
      actual.indexes
        .filter((i) => sqlOnly.has(i.name))
        .map((i) => i.name)
        .sort(),
    ).toEqual([...sqlOnly].sort());
    expect(byKey(actual.indexes.filter((i) => !sqlOnly.has(i.name)))).toEqual(byKey(expected.indexes));
  });
  it("has the materialized views of whole-catalogue figures that the seed refreshes", () => {
    expect(actual.views).toEqual([
      "amount_bitmap",
      "catalogue_totals",
      "country_organisation",
      "country_partner",
      "country_stats",
      "facet_baseline",
      "organisation_name",
      "prefix_bitmap",
      "programme_stats",
      "project_bitmap",
      "region_stats",
      "result_baseline",
      "result_bitmap",
      "result_figure",
      "result_odd_figure",
      "search_word",
      "source_stats",
      "start_year_bitmap",
      "word_bitmap",
    ]);
    // Every view is refreshed by the seed.
    expect(
      REFRESH_CATALOGUE_STATS_SQL.match(/"[a-z_]+"/g)
        ?.map((v) => v.slice(1, -1))
        .sort(),
    ).toEqual(actual.views);
  });
  it("has every enum with its values in order", () => {
    const want = expected.enums.map((e) => ({ name: e.name, values: e.values }));
    expect([...actual.enums].sort((a, b) => a.name.localeCompare(b.name))).toEqual(
      want.sort((a, b) => a.name.localeCompare(b.name)),
    );
  });
  it("records every migration in _prisma_migrations as finished, as Prisma does", () => {
    const dirs = readFileSync("prisma/migrations/migration_lock.toml", "utf8");
    expect(dirs).toContain('provider = "postgresql"');
    expect(actual.migrations.length).toBeGreaterThan(0);
    for (const m of actual.migrations) {
      expect(m.finished_at).toBeInstanceOf(Date);
      expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
  });
});
