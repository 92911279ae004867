// The terms the catalogue is published under, said once (footer, about page, accessibility page).
// Facts are quoted from public documents; the compilation and our own descriptions are offered under CC BY 4.0.
export const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
  before: "Our descriptions and the compiled data may be reused under",
  after: "with a link to the record; facts quoted from the source documents remain their publishers’.",
} as const;
