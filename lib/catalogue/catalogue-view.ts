// Everything /projects shows for one set of filters, fetched in parallel.
import type { ProjectFilters } from "../filters/project-filters";
import { projectFacets } from "./project-facets";
import { filterBits } from "./project-bits";
import { expandProgrammes, getProgrammeTree } from "./programme-tree";
import { resultTotals } from "./result-totals";
import { searchProjects } from "./search-projects";
import { suggestSpellings } from "./suggest";

export async function getCatalogueView(filters: ProjectFilters) {
  const tree = await getProgrammeTree();
  // The filters as bits once (a search's words are looked up once), shared by the list, the facets and the totals.
  const bits = await filterBits(filters, expandProgrammes(tree, filters.programme));
  const [search, facets, totals] = await Promise.all([
    searchProjects(filters, bits),
    projectFacets(filters, tree, bits),
    resultTotals(filters, tree, 6, bits),
  ]);
  const suggestions = search.total === 0 && filters.q ? await suggestSpellings(filters.q) : [];
  return { search, facets, totals, suggestions };
}

export type CatalogueView = Awaited<ReturnType<typeof getCatalogueView>>;
