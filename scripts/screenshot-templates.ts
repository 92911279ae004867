// One URL per page template, shared by `npm run screenshots` and the accessibility e2e spec.
export const SCREENSHOT_TEMPLATES = [
  { name: "home", path: "/" },
  { name: "projects", path: "/projects" },
  { name: "project", path: "/projects/arc" },
  { name: "countries", path: "/countries" },
  { name: "country", path: "/countries/it" },
  { name: "programmes", path: "/programmes" },
  { name: "programme", path: "/programmes/interreg" },
  { name: "organisations", path: "/organisations" },
  { name: "organisation", path: "/organisations/research-centre-of-the-slovenian-academy-of-sciences-and-arts" },
  { name: "about", path: "/about" },
  { name: "data-dictionary", path: "/data-dictionary" },
  { name: "api", path: "/api" },
  { name: "accessibility", path: "/accessibility" },
  { name: "not-found", path: "/projects/no-such-project" },
] as const;
