// Whole-catalogue figures kept in materialized views (see the catalogue_stats migration), refreshed by every seed.
// Pages read them when no filter applies: a lookup instead of a scan of every project.

/** Constant SQL run at the end of each seed, inside its transaction. */
export const REFRESH_CATALOGUE_STATS_SQL = ["facet_baseline", "result_baseline", "country_stats", "programme_stats", "catalogue_totals", "search_word"]
  .map((view) => `REFRESH MATERIALIZED VIEW "${view}";`)
  .join("\n");
