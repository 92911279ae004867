// Whole-catalogue figures kept in materialized views (see the catalogue_stats migration), refreshed by every seed.
// Pages read them when no filter applies: a lookup instead of a scan of every project.

/** Constant SQL run at the end of each seed, inside its transaction. The bitmap index (lib/catalogue/project-bits.ts)
 * comes last, prefix_bitmap after the word_bitmap it is built from. */
export const REFRESH_CATALOGUE_STATS_SQL = [
  "facet_baseline",
  "result_baseline",
  "country_stats",
  "programme_stats",
  "catalogue_totals",
  "search_word",
  "result_figure",
  "result_odd_figure",
  "country_partner",
  "country_organisation",
  "region_stats",
  "source_stats",
  "organisation_name",
  "project_bitmap",
  "amount_bitmap",
  "word_bitmap",
  "prefix_bitmap",
  "result_bitmap",
  "start_year_bitmap",
]
  .map((view) => `REFRESH MATERIALIZED VIEW "${view}";`)
  .join("\n");
