// The terms the catalogue is published under, said once (footer, about page, accessibility page).
// The sentence around the name is in each language's messages (Licence.sentence).
// Facts are quoted from public documents; the compilation and our own descriptions are offered under CC BY 4.0.
export const LICENCE = {
  name: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/",
} as const;
