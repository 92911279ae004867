// Loads a synthetic catalogue in one transaction through multi-row INSERT … SELECT FROM unnest(…): the same tables
// and rows the content seed writes, at bulk speed. Records are validated with the content schemas as generated.
import pg from "pg";
import { REFRESH_CATALOGUE_STATS_SQL } from "../catalogue/catalogue-stats";
import { REFRESH_SEARCH_INDEX_SQL } from "../catalogue/search-index";
import { loadCatalogue } from "../content/load";
import { CATALOGUE_TABLES, SEED_LOCK_KEY } from "../content/seed";
import { countryName } from "../format/countries";
import { firstDay, lastDay } from "../format/partial-date";
import { organisationPool, regionsFor, SYNTHETIC_COUNTRIES, SYNTHETIC_SOURCE, syntheticProject } from "./generate";
import { seededRandom } from "./random";

const BATCH = 2_000;

/**
 * INSERT … SELECT FROM unnest($1::type[], …): one statement per batch and table. `computed` adds columns whose value
 * is an SQL expression over the unnested columns (table, column names and expressions are constants of this module;
 * only values are parameters).
 */
async function insert(
  client: pg.Client,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
  computed: Record<string, string> = {},
) {
  if (rows.length === 0) return;
  const names = Object.keys(columns);
  const values = names.map((n) => rows.map((r) => r[n] ?? null));
  const unnest = names.map((n, i) => `$${i + 1}::${columns[n]}[]`).join(", ");
  const targets = [...names, ...Object.keys(computed)].map((n) => `"${n}"`).join(", ");
  const select = [...names.map((n) => `u."${n}"`), ...Object.values(computed)].join(", ");
  await client.query(
    `INSERT INTO "${table}" (${targets}) SELECT ${select} FROM unnest(${unnest}) AS u(${names.map((n) => `"${n}"`).join(", ")})`,
    values,
  );
}

const PROJECT_DEFAULTS = { source_pages: `'{}'::text[]` };

export type SyntheticOptions = {
  url: string;
  projects: number;
  seed: number;
  progress?: (done: number, total: number) => void;
  log?: (line: string) => void;
};

export async function loadSyntheticCatalogue(options: SyntheticOptions) {
  const log = options.log ?? (() => {});
  const r = seededRandom(options.seed);
  const reference = await loadCatalogue();
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query("BEGIN");
    await client.query("SELECT pg_advisory_xact_lock($1)", [SEED_LOCK_KEY]);
    await client.query(`TRUNCATE ${CATALOGUE_TABLES.map((t) => `"${t}"`).join(", ")} RESTART IDENTITY CASCADE`);

    await insert(
      client,
      "source_document",
      { id: "int", file: "text", title: "text", kind: '"SourceKind"', language: "text", description: "text" },
      [
        {
          id: 1,
          file: SYNTHETIC_SOURCE,
          title: "Synthetic catalogue (generated for benchmarks)",
          kind: "brochure",
          language: "en",
          description: `Generated from seed ${options.seed}; not real projects.`,
        },
      ],
    );
    await insert(
      client,
      "country",
      { code: "text", name: "text" },
      SYNTHETIC_COUNTRIES.map((code) => ({ code, name: countryName(code) })),
    );

    // Programmes: the real hierarchy plus named programmes under each strand, as Kohesio and keep.eu have.
    const programmes = reference.programmes.map((p, i) => ({ ...p, id: i + 1, position: i }));
    const ids = new Map(programmes.map((p) => [p.slug, p.id]));
    for (const strand of ["interreg-a", "interreg-b", "interreg-c", "ipa-cbc", "enpi-cbc", "amif"]) {
      for (let k = 1; k <= 6; k++) {
        const slug = `${strand}-programme-${k}`;
        programmes.push({
          slug,
          name: `${reference.programmes.find((p) => p.slug === strand)?.shortName ?? strand} programme ${k}`,
          shortName: null,
          kind: "programme",
          parent: strand,
          funder: "EU",
          description: "Synthetic programme.",
          id: programmes.length + 1,
          position: programmes.length,
        });
        ids.set(slug, programmes.length);
      }
    }
    await insert(
      client,
      "programme",
      {
        id: "int",
        slug: "text",
        name: "text",
        short_name: "text",
        kind: '"ProgrammeKind"',
        funder: '"Funder"',
        description: "text",
        position: "int",
        parent_id: "int",
      },
      programmes.map((p) => ({
        ...p,
        short_name: p.shortName,
        kind: p.kind === "programme-family" ? "programme_family" : p.kind,
        parent_id: p.parent ? ids.get(p.parent) : null,
      })),
    );
    await insert(
      client,
      "theme",
      { id: "int", slug: "text", name: "text", definition: "text", position: "int" },
      reference.themes.map((t, i) => ({ ...t, id: i + 1, position: i })),
    );
    await insert(
      client,
      "target_group",
      { id: "int", slug: "text", name: "text", definition: "text", position: "int" },
      reference.targetGroups.map((t, i) => ({ ...t, id: i + 1, position: i })),
    );
    const themeIds = new Map(reference.themes.map((t, i) => [t.slug, i + 1]));
    const groupIds = new Map(reference.targetGroups.map((t, i) => [t.slug, i + 1]));

    const regionNames = new Map(SYNTHETIC_COUNTRIES.map((c) => [c, regionsFor(r, c)]));
    const regionRows = [...regionNames].flatMap(([country, names]) =>
      names.map((name) => ({ country_code: country, name })),
    );
    regionRows.forEach((row, i) => Object.assign(row, { id: i + 1 }));
    await insert(client, "region", { id: "int", name: "text", country_code: "text" }, regionRows);
    const regionIds = new Map(regionRows.map((row, i) => [`${row.country_code}\0${row.name}`, i + 1]));

    const organisations = organisationPool(r, Math.max(50, Math.round(options.projects / 4)));
    const orgIds = new Map(organisations.map((o, i) => [o.slug, i + 1]));
    await insert(
      client,
      "organisation",
      { id: "int", slug: "text", name: "text", country_code: "text" },
      organisations.map((o, i) => ({ id: i + 1, slug: o.slug, name: o.name, country_code: o.country })),
    );
    await insert(
      client,
      "organisation_alias",
      { organisation_id: "int", name: "text" },
      organisations.flatMap((o, i) => o.aliases.map((name) => ({ organisation_id: i + 1, name }))),
    );
    await insert(
      client,
      "organisation_source",
      { organisation_id: "int", source_document_id: "int" },
      organisations.map((_, i) => ({ organisation_id: i + 1, source_document_id: 1 })),
    );
    log(`  ${organisations.length} organisations, ${regionRows.length} regions, ${programmes.length} programmes`);

    // Plain (non-unique) indexes are dropped for the load and rebuilt from their own definitions afterwards:
    // building an index once is far cheaper than updating it row by row (GIN above all).
    const indexes = await client.query<{ indexname: string; indexdef: string }>(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_index x ON x.indexrelid = (quote_ident(i.indexname))::regclass
       WHERE i.schemaname = 'public' AND NOT x.indisunique AND NOT x.indisprimary
         AND i.tablename IN ('project', 'participation', 'project_country', 'project_region', 'project_theme', 'project_target_group', 'result', 'objective', 'event', 'quality_flag')`,
    );
    for (const { indexname } of indexes.rows) await client.query(`DROP INDEX "${indexname}"`);

    const ctx = {
      organisations,
      regions: regionNames,
      programmes: programmes.map((p) => p.slug),
      themes: [...themeIds.keys()],
      groups: [...groupIds.keys()],
    };
    const created = new Date("2026-01-01T00:00:00Z").getTime();
    let eventId = 0;
    for (let start = 0; start < options.projects; start += BATCH) {
      const batch = Array.from({ length: Math.min(BATCH, options.projects - start) }, (_, k) =>
        syntheticProject(r, start + k, ctx),
      );
      const rows = batch.map((p, k) => ({ id: start + k + 1, p }));
      await insert(
        client,
        "project",
        {
          id: "int",
          slug: "text",
          acronym: "text",
          title: "text",
          sort_name: "text",
          summary: "text",
          description: "text",
          programme_id: "int",
          start_text: "text",
          end_text: "text",
          start_date: "date",
          end_date: "date",
          total_budget: "int",
          grant_amount: "int",
          stated_partner_count: "int",
          source_document_id: "int",
          created_at: "timestamptz",
        },
        rows.map(({ id, p }) => ({
          id,
          slug: p.slug,
          acronym: p.acronym,
          title: p.title,
          sort_name: (p.acronym ?? p.title).toLowerCase(),
          summary: p.summary,
          description: p.description,
          programme_id: p.programme ? ids.get(p.programme) : null,
          start_text: p.period.start,
          end_text: p.period.end,
          start_date: p.period.start ? firstDay(p.period.start) : null,
          end_date: p.period.end ? lastDay(p.period.end) : null,
          total_budget: p.budget.total,
          grant_amount: p.budget.grant,
          stated_partner_count: p.statedPartnerCount,
          source_document_id: 1,
          created_at: new Date(created + id * 60_000),
        })),
        PROJECT_DEFAULTS,
      );
      await insert(
        client,
        "project_country",
        { project_id: "int", country_code: "text" },
        rows.flatMap(({ id, p }) => p.countries.map((c) => ({ project_id: id, country_code: c }))),
      );
      await insert(
        client,
        "project_region",
        { project_id: "int", region_id: "int", position: "int" },
        rows.flatMap(({ id, p }) =>
          [...new Set(p.regions.flatMap((x) => regionIds.get(`${x.country}\0${x.name}`) ?? []))].map(
            (region_id, position) => ({ project_id: id, region_id, position }),
          ),
        ),
      );
      await insert(
        client,
        "participation",
        {
          project_id: "int",
          organisation_id: "int",
          role: '"ParticipationRole"',
          name_as_stated: "text",
          country_code: "text",
          position: "int",
        },
        rows.flatMap(({ id, p }) =>
          p.partners.map((x, position) => ({
            project_id: id,
            organisation_id: orgIds.get(x.organisation),
            role: x.role,
            name_as_stated: x.nameAsStated,
            country_code: x.country,
            position,
          })),
        ),
      );
      await insert(
        client,
        "objective",
        { project_id: "int", position: "int", text: "text" },
        rows.flatMap(({ id, p }) => p.objectives.map((text, position) => ({ project_id: id, position, text }))),
      );
      await insert(
        client,
        "result",
        { project_id: "int", position: "int", text: "text", figure: "float8", unit: "text", expected: "boolean" },
        rows.flatMap(({ id, p }) => p.results.map((x, position) => ({ project_id: id, position, ...x }))),
      );
      await insert(
        client,
        "project_theme",
        { project_id: "int", theme_id: "int" },
        rows.flatMap(({ id, p }) => p.themes.map((t) => ({ project_id: id, theme_id: themeIds.get(t) }))),
      );
      await insert(
        client,
        "project_target_group",
        { project_id: "int", target_group_id: "int" },
        rows.flatMap(({ id, p }) => p.targetGroups.map((t) => ({ project_id: id, target_group_id: groupIds.get(t) }))),
      );
      await insert(
        client,
        "quality_flag",
        { project_id: "int", position: "int", field: "text", raw: "text", reading: "text", note: "text" },
        rows.flatMap(({ id, p }) => p.flags.map((f, position) => ({ project_id: id, position, ...f }))),
      );
      const events = rows.flatMap(({ id, p }) =>
        p.events.map((e, position) => ({
          id: ++eventId,
          project_id: id,
          position,
          title: e.title,
          start_text: e.start,
          start_date: e.start ? firstDay(e.start) : null,
          end_date: e.start ? lastDay(e.start) : null,
          place: e.place,
          country_code: e.country,
          online: e.online,
        })),
      );
      await insert(
        client,
        "event",
        {
          id: "int",
          project_id: "int",
          position: "int",
          title: "text",
          start_text: "text",
          start_date: "date",
          end_date: "date",
          place: "text",
          country_code: "text",
          online: "boolean",
        },
        events,
      );
      options.progress?.(start + batch.length, options.projects);
    }
    log(`  rebuilding ${indexes.rows.length} indexes…`);
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    for (const { indexdef } of indexes.rows) await client.query(indexdef);
    for (const [table, column] of [
      ["project", "id"],
      ["organisation", "id"],
      ["region", "id"],
      ["programme", "id"],
      ["theme", "id"],
      ["target_group", "id"],
      ["source_document", "id"],
      ["event", "id"],
    ]) {
      await client.query(
        `SELECT setval(pg_get_serial_sequence('"${table}"', '${column}'), GREATEST((SELECT max("${column}") FROM "${table}"), 1))`,
      );
    }
    // The search columns by the seed's own statement (one definition of the index), once the joins have their indexes.
    log("  indexing text for search…");
    await client.query(REFRESH_SEARCH_INDEX_SQL);
    log("  refreshing catalogue statistics…");
    await client.query(REFRESH_CATALOGUE_STATS_SQL);
    await client.query(`INSERT INTO seed_run (kind, content_hash, projects) VALUES ('synthetic', $1, $2)`, [
      `seed:${options.seed}`,
      options.projects,
    ]);
    await client.query("COMMIT");
    // VACUUM sets the visibility map, so that the sort indexes serve pages by index-only scans.
    await client.query("VACUUM (ANALYZE)");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}
