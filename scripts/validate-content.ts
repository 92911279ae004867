// Validates content/ without touching a database: `npm run content:check`.
import { ContentError, loadCatalogue } from "../lib/content/load";

try {
  const c = await loadCatalogue();
  console.log(
    `content OK: ${c.projects.length} projects, ${c.organisations.length} organisations, ${c.programmes.length} programmes, ${c.themes.length} themes, ${c.datasets.length} datasets`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`content error in ${error.message}`);
    process.exit(1);
  }
  throw error;
}
