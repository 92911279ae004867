// Distinct URLs of every page kind, sampled from the catalogue in the database (deterministic for one catalogue):
// what crawlers, shared links with new filters and the long tail of a large catalogue request for the first time.
import pg from "pg";

export type ColdKind =
  "project pages" | "filtered lists" | "searches" | "organisation pages" | "country pages" | "programme pages";

/** A deterministic shuffle (a small LCG), so that two runs on one catalogue request the same URLs. */
function shuffle<T>(items: T[], seed = 42): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export async function sampleColdUrls(
  databaseUrl: string,
  sizes: Record<ColdKind, number>,
): Promise<Record<ColdKind, string[]>> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const column = async (sql: string) => (await client.query<{ v: string }>(sql)).rows.map((r) => r.v);
  try {
    const projects = shuffle(await column("SELECT slug AS v FROM project ORDER BY slug"));
    const organisations = shuffle(await column("SELECT slug AS v FROM organisation ORDER BY slug"));
    const countries = shuffle(await column("SELECT DISTINCT lower(country_code) AS v FROM project_country ORDER BY 1"));
    const programmes = shuffle(await column("SELECT slug AS v FROM programme ORDER BY slug"));
    const themes = await column("SELECT slug AS v FROM theme ORDER BY position");
    const groups = await column("SELECT slug AS v FROM target_group ORDER BY position");
    // Words people search for: catalogue words of every frequency, common and rare.
    const words = shuffle(
      await column(
        "SELECT word AS v FROM search_word WHERE length(word) >= 4 ORDER BY documents DESC, word LIMIT 2000",
      ),
    );

    const sorts = ["relevance", "budget-desc", "start-desc", "name"];
    const statuses = ["completed", "ongoing", "planned"];
    const filtered: string[] = [];
    for (let i = 0; filtered.length < sizes["filtered lists"] && i < sizes["filtered lists"] * 4; i++) {
      const q = new URLSearchParams();
      q.set("country", countries[i % countries.length].toUpperCase());
      if (i % 2 === 0) q.set("theme", themes[(i >> 1) % themes.length]);
      if (i % 3 === 0) q.set("group", groups[i % groups.length]);
      if (i % 5 === 1) q.set("status", statuses[i % statuses.length]);
      if (i % 4 === 2) q.set("min", String(100_000 * (1 + (i % 7))));
      if (i % 6 === 3) q.set("programme", programmes[i % programmes.length]);
      const sort = sorts[i % sorts.length];
      if (sort !== "relevance") q.set("sort", sort);
      if (i % 7 === 4) q.set("page", "2");
      const url = `/projects?${q}`;
      if (!filtered.includes(url)) filtered.push(url);
    }
    const searches = words
      .slice(0, sizes.searches)
      .map((w, i) => `/projects?q=${encodeURIComponent(i % 4 === 3 ? `${w} ${words[(i + 7) % words.length]}` : w)}`);
    return {
      "project pages": projects.slice(0, sizes["project pages"]).map((s) => `/projects/${s}`),
      "filtered lists": filtered,
      searches,
      "organisation pages": organisations.slice(0, sizes["organisation pages"]).map((s) => `/organisations/${s}`),
      "country pages": countries.slice(0, sizes["country pages"]).map((c) => `/countries/${c}`),
      "programme pages": programmes.slice(0, sizes["programme pages"]).map((s) => `/programmes/${s}`),
    };
  } finally {
    await client.end();
  }
}
