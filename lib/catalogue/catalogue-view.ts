// Everything /projects shows for one set of filters, fetched in parallel.
import type { ProjectFilters } from "../filters/project-filters";
import { projectFacets } from "./project-facets";
import { getProgrammeTree } from "./programme-tree";
import { resultTotals } from "./result-totals";
import { searchProjects } from "./search-projects";
import { suggestSpellings } from "./suggest";

export async function getCatalogueView(filters: ProjectFilters) {
  const tree = await getProgrammeTree();
  const [search, facets, totals] = await Promise.all([searchProjects(filters), projectFacets(filters, tree), resultTotals(filters, tree)]);
  const suggestions = search.total === 0 && filters.q ? await suggestSpellings(filters.q) : [];
  return { search, facets, totals, suggestions };
}

export type CatalogueView = Awaited<ReturnType<typeof getCatalogueView>>;
