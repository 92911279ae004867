// The current page's language on the server (from its address), and addresses in it.
import { getLocale } from "next-intl/server";
import { localisedPath } from "./paths";

/** `path` in the language of the page being rendered: "/projects" on a German page is "/de/projects". */
export async function localHref(path: string): Promise<string> {
  return localisedPath(await getLocale(), path);
}
