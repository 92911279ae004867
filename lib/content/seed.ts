// Writes a validated catalogue into the database in one transaction: all or nothing, same rows every run.
import { Prisma, type PrismaClient } from "../db/generated/client";
import { REFRESH_CATALOGUE_STATS_SQL } from "../catalogue/catalogue-stats";
import { refreshSearchIndex } from "../catalogue/search-index";
import { countryName } from "../format/countries";
import { firstDay, lastDay } from "../format/partial-date";
import type { Catalogue } from "./load";
import { recordRelease } from "./record-release";

/** Key of the advisory lock that keeps two seeds from interleaving. */
export const SEED_LOCK_KEY = 4_207_001;

/** Every catalogue table, emptied (ids restarted) before a seed so that a re-run gives identical rows. */
export const CATALOGUE_TABLES = [
  "project_translation", "term_translation", "agenda_item", "event", "quality_flag", "project_link", "project_target_group", "project_theme", "result",
  "objective", "participation", "project_region", "project_country", "project", "organisation_source",
  "organisation_alias", "organisation", "region", "dataset_row", "dataset", "theme", "target_group", "programme",
  "country", "source_document",
] as const;

// Built from the constant list above, never from input.
export const TRUNCATE_LIST = Prisma.raw(CATALOGUE_TABLES.map((t) => `"${t}"`).join(", "));

export type SeedOptions = { contentHash: string; log?: (line: string) => void };

/** The id of a record the loader has already checked exists (a missing one is a bug in the loader, said plainly). */
function idOf<K>(ids: Map<K, number>, key: K, what: string): number {
  const id = ids.get(key);
  if (id === undefined) throw new Error(`No ${what} ${String(key)} among the records being seeded`);
  return id;
}

export async function seedCatalogue(prisma: PrismaClient, catalogue: Catalogue, options: SeedOptions) {
  const log = options.log ?? (() => {});
  const started = Date.now();
  await prisma.$transaction(
    async (tx) => {
      const waited = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${SEED_LOCK_KEY}) AS locked`;
      if (!waited[0]?.locked) {
        log("Another seed is running; waiting for it to finish…");
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      }
      // A project keeps the date it first entered the catalogue (feeds announce new projects by it).
      const firstSeen = new Map(
        (await tx.project.findMany({ select: { slug: true, createdAt: true } })).map((p) => [p.slug, p.createdAt]),
      );
      const now = new Date();
      await tx.$executeRaw`TRUNCATE ${TRUNCATE_LIST} RESTART IDENTITY CASCADE`;

      const sourceIds = new Map<string, number>();
      for (const s of catalogue.sources) {
        const row = await tx.sourceDocument.create({
          data: {
            file: s.file, slug: s.slug, title: s.title, titleIsEditorial: s.titleIsEditorial, shortTitle: s.shortTitle,
            publisher: s.publisher, kind: s.kind === "web-page" ? "web_page" : "brochure", language: s.language,
            date: s.date, url: s.url, description: s.description,
          },
        });
        sourceIds.set(s.file, row.id);
      }

      const codes = new Set<string>();
      for (const p of catalogue.projects) {
        p.countries.forEach((c) => codes.add(c));
        p.regions.forEach((r) => codes.add(r.country));
        p.partners.forEach((x) => x.country && codes.add(x.country));
        p.events.forEach((e) => e.country && codes.add(e.country));
      }
      catalogue.organisations.forEach((o) => o.country && codes.add(o.country));
      await tx.country.createMany({ data: [...codes].sort().map((code) => ({ code, name: countryName(code) })) });

      const programmeIds = new Map<string, number>();
      for (const [position, p] of catalogue.programmes.entries()) {
        const row = await tx.programme.create({
          data: {
            slug: p.slug, name: p.name, shortName: p.shortName, kind: p.kind === "programme-family" ? "programme_family" : p.kind,
            funder: p.funder, description: p.description, position, parentId: p.parent ? programmeIds.get(p.parent) : null,
          },
        });
        programmeIds.set(p.slug, row.id);
      }

      const themeIds = new Map<string, number>();
      for (const [position, t] of catalogue.themes.entries())
        themeIds.set(t.slug, (await tx.theme.create({ data: { ...t, position } })).id);
      const groupIds = new Map<string, number>();
      for (const [position, t] of catalogue.targetGroups.entries())
        groupIds.set(t.slug, (await tx.targetGroup.create({ data: { ...t, position } })).id);

      const organisationIds = new Map<string, number>();
      for (const o of catalogue.organisations) {
        const row = await tx.organisation.create({
          data: {
            slug: o.slug, name: o.name, shortName: o.shortName, countryCode: o.country,
            aliases: { create: o.aliases.map((name) => ({ name })) },
          },
        });
        organisationIds.set(o.slug, row.id);
      }
      log(`  ${catalogue.organisations.length} organisations`);

      const regionIds = new Map<string, number>();
      const projectIds = new Map<string, number>();
      const organisationSources = new Set<string>();
      for (const [i, p] of catalogue.projects.entries()) {
        const regionRefs: number[] = [];
        for (const r of p.regions) {
          const key = `${r.country}\0${r.name}`;
          if (!regionIds.has(key)) regionIds.set(key, (await tx.region.create({ data: { countryCode: r.country, name: r.name } })).id);
          regionRefs.push(idOf(regionIds, key, "region"));
        }
        const sourceDocumentId = idOf(sourceIds, p.source.document, "source document");
        const { id: projectId } = await tx.project.create({
          data: {
            slug: p.slug, acronym: p.acronym, title: p.title, titleIsEditorial: p.titleIsEditorial, sortName: (p.acronym ?? p.title).toLowerCase(),
            summary: p.summary, description: p.description,
            programmeId: p.programme ? programmeIds.get(p.programme) : null,
            startText: p.period.start, endText: p.period.end,
            startDate: p.period.start ? firstDay(p.period.start) : null,
            endDate: p.period.end ? lastDay(p.period.end) : null,
            totalBudget: p.budget.total, grantAmount: p.budget.grant, statedPartnerCount: p.statedPartnerCount,
            sourceDocumentId, sourcePages: p.source.pages, createdAt: firstSeen.get(p.slug) ?? now,
            countries: { create: [...new Set(p.countries)].map((countryCode) => ({ countryCode })) },
            regions: { create: [...new Set(regionRefs)].map((regionId, position) => ({ regionId, position })) },
            participations: {
              create: p.partners.map((x, position) => ({
                organisationId: idOf(organisationIds, x.organisation, "organisation"), role: x.role, nameAsStated: x.nameAsStated,
                countryCode: x.country, position,
              })),
            },
            objectives: { create: p.objectives.map((text, position) => ({ text, position })) },
            results: { create: p.results.map((r, position) => ({ ...r, position })) },
            events: {
              create: p.events.map((e, position) => ({
                position, title: e.title, startText: e.start, endText: e.end,
                startDate: e.start ? firstDay(e.start) : null, endDate: e.end ? lastDay(e.end) : e.start ? lastDay(e.start) : null,
                place: e.place, countryCode: e.country, online: e.online, description: e.description,
                agenda: { create: e.agenda.map((a, pos) => ({ position: pos, dateText: a.date, time: a.time, title: a.title })) },
              })),
            },
            themes: { create: p.themes.map((slug) => ({ themeId: idOf(themeIds, slug, "theme") })) },
            targetGroups: { create: p.targetGroups.map((slug) => ({ targetGroupId: idOf(groupIds, slug, "target group") })) },
            links: { create: p.links.map((l, position) => ({ ...l, position })) },
            flags: { create: p.flags.map((f, position) => ({ ...f, position })) },
          },
          select: { id: true },
        });
        projectIds.set(p.slug, projectId);
        for (const x of p.partners) organisationSources.add(`${organisationIds.get(x.organisation)}:${sourceDocumentId}`);
        if ((i + 1) % 100 === 0) log(`  ${i + 1}/${catalogue.projects.length} projects`);
      }
      await tx.organisationSource.createMany({
        data: [...organisationSources].sort().map((k) => {
          const [organisationId, sourceDocumentId] = k.split(":").map(Number);
          return { organisationId, sourceDocumentId };
        }),
      });
      log(`  ${catalogue.projects.length} projects`);

      for (const d of catalogue.datasets) {
        await tx.dataset.create({
          data: {
            slug: d.slug, title: d.title, unit: d.unit, periods: d.periods, totals: d.totals, note: d.note,
            sourceDocumentId: idOf(sourceIds, d.source.document, "source document"), sourcePages: d.source.pages,
            rows: { create: d.rows.map((r, position) => ({ position, label: r.label, values: r.values, programmeId: r.programme ? programmeIds.get(r.programme) : null })) },
          },
        });
      }
      await seedTranslations(tx, catalogue, projectIds);
      log(`  ${catalogue.translations.length} translations`);
      await refreshSearchIndex(tx);
      await tx.$executeRaw`${Prisma.raw(REFRESH_CATALOGUE_STATS_SQL)}`;
      // The release is written before the seed run, in the same transaction: a server that sees the new seed run
      // (lib/server/seed-version.ts) always finds its release.
      const release = await recordRelease(tx, catalogue, options.contentHash);
      if (release !== null) log(`  data release ${release}`);
      await tx.seedRun.create({ data: { kind: "content", contentHash: options.contentHash, projects: catalogue.projects.length } });
    },
    { timeout: 600_000, maxWait: 600_000 },
  );
  log(`Seeded ${catalogue.projects.length} projects in ${Date.now() - started} ms`);
}

/** The translation files' records, by project id and by slug; the search index reads them (search-index.ts). */
async function seedTranslations(tx: Prisma.TransactionClient, catalogue: Catalogue, projectIds: Map<string, number>) {
  for (const t of catalogue.translations) {
    const terms = (kind: "programme" | "theme" | "target_group", records: Record<string, { name: string; definition: string }>) =>
      Object.entries(records).map(([slug, r]) => ({ kind, slug, locale: t.locale, name: r.name, definition: r.definition }));
    await tx.termTranslation.createMany({
      data: [
        ...terms("programme", Object.fromEntries(Object.entries(t.programmes).map(([slug, p]) => [slug, { name: p.name, definition: p.description }]))),
        ...terms("theme", t.themes),
        ...terms("target_group", t.targetGroups),
      ],
    });
    await tx.projectTranslation.createMany({
      data: Object.entries(t.projects).map(([slug, p]) => ({
        projectId: idOf(projectIds, slug, "project"), locale: t.locale, summary: p.summary, description: p.description,
        objectives: p.objectives, results: p.results,
      })),
    });
  }
}
