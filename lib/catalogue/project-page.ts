// A project page's data in one promise: the record, its latest release change and its text in the page's language.
// The page and its generateMetadata both await this one promise (React cache, per request), so they resume in the
// same order on every render. Awaiting different sets of queries let a slow query decide whether the metadata's or
// the page's payload row came first: the same URL rendered to other bytes under load (docs/decisions/003).
import { cache } from "react";
import type { Locale } from "../i18n/locales";
import { getProject } from "./get-project";
import { localiseProjectPage } from "./localise";
import { projectLastChange } from "./releases";

export const getProjectPage = cache(async (slug: string, locale: Locale) => {
  const [found, lastChange] = await Promise.all([getProject(slug), projectLastChange(slug)]);
  if (!found) return null;
  // `english`: the record as stored, for what is cited in English whatever the page's language (the citation).
  return { ...(await localiseProjectPage(found, locale)), lastChange, english: found };
});
