// The mixed traffic of the soak test: every page type, filtered and searched lists, the API, exports and feeds,
// drawn from the database that is being served.
import pg from "pg";

export async function soakUrls(url: string, perKind = 150): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const col = async (sql: string) => (await client.query<{ v: string }>(sql)).rows.map((r) => r.v);
    // One client: one query at a time.
    const projects = await col(`SELECT slug AS v FROM project ORDER BY md5(slug) LIMIT ${perKind}`);
    const organisations = await col(`SELECT slug AS v FROM organisation ORDER BY md5(slug) LIMIT ${perKind}`);
    const countries = await col(`SELECT code AS v FROM country_stats WHERE projects > 0`);
    const programmes = await col(`SELECT slug AS v FROM programme`);
    const themes = await col(`SELECT slug AS v FROM theme`);
    const pick = <T>(list: T[], i: number) => list[i % list.length];
    const urls: string[] = [
      "/",
      "/projects",
      "/countries",
      "/programmes",
      "/organisations",
      "/about",
      "/data-dictionary",
      "/api",
      "/sitemap.xml",
      "/robots.txt",
      "/healthz",
      "/api/v1/countries",
      "/api/v1/programmes",
    ];
    // Mostly record pages, as on a public catalogue; one list view in five.
    for (let i = 0; i < perKind; i++) {
      const c = pick(countries, i);
      urls.push(
        `/projects/${pick(projects, i)}`,
        `/organisations/${pick(organisations, i)}`,
        `/countries/${c.toLowerCase()}`,
        `/programmes/${pick(programmes, i)}`,
        `/api/v1/projects/${pick(projects, i + 7)}`,
      );
      if (i % 5 === 0) {
        urls.push(
          `/projects?country=${c}&theme=${pick(themes, i)}`,
          `/projects?programme=${pick(programmes, i)}&sort=budget-desc&page=${1 + (i % 5)}`,
          `/projects?q=${["refugees", "women", "youth", "language", "employment"][i % 5]}&country=${c}`,
          `/api/v1/projects?country=${c}&page=${1 + (i % 3)}`,
        );
      }
      if (i % 15 === 0)
        urls.push(
          `/projects.csv?country=${c}&theme=${pick(themes, i)}&status=completed`,
          `/feed.xml?country=${c}`,
          `/og/project/${pick(projects, i)}`,
        );
    }
    return urls;
  } finally {
    await client.end();
  }
}

export function residentMemoryMb(pid: number, readFile: (p: string) => string): number {
  const kb = Number(readFile(`/proc/${pid}/status`).match(/VmRSS:\s+(\d+)/)?.[1] ?? 0);
  return Math.round(kb / 1024);
}
