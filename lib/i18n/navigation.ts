// Links that stay in the reader's language: <Link href="/projects"> leads to /de/projects on German pages.
import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

export const { Link, getPathname, usePathname } = createNavigation(routing);
