// Real words in several European languages, for synthetic titles, names and descriptions.
export const WORDS = {
  en: ["integration", "community", "refugees", "migrants", "skills", "employment", "language", "training", "youth", "women", "health", "network", "cooperation", "inclusion", "housing", "education", "dialogue", "support", "local", "regional", "cross-border", "capacity", "services", "newcomers", "mentoring", "entrepreneurship", "culture", "participation", "guidance", "reception", "families", "schools", "volunteers", "municipalities", "labour", "market", "access", "rights", "diversity", "cohesion"],
  de: ["Integration", "Gemeinschaft", "Flüchtlinge", "Zuwanderung", "Arbeitsmarkt", "Sprache", "Bildung", "Jugend", "Frauen", "Gesundheit", "Netzwerk", "Zusammenarbeit", "Teilhabe", "Beratung", "Wohnen", "Ausbildung", "Begegnung", "Vielfalt", "Ehrenamt", "Kommune"],
  fr: ["intégration", "communauté", "réfugiés", "migrants", "emploi", "langue", "formation", "jeunesse", "femmes", "santé", "réseau", "coopération", "inclusion", "logement", "éducation", "dialogue", "accueil", "diversité", "citoyenneté", "territoire"],
  it: ["integrazione", "comunità", "rifugiati", "migranti", "lavoro", "lingua", "formazione", "giovani", "donne", "salute", "rete", "cooperazione", "inclusione", "accoglienza", "istruzione", "dialogo", "territorio", "cittadinanza", "impresa", "sociale"],
  es: ["integración", "comunidad", "refugiados", "migrantes", "empleo", "idioma", "formación", "juventud", "mujeres", "salud", "red", "cooperación", "inclusión", "vivienda", "educación", "diálogo", "acogida", "diversidad", "ciudadanía", "emprendimiento"],
  pl: ["integracja", "społeczność", "uchodźcy", "migranci", "zatrudnienie", "język", "szkolenie", "młodzież", "kobiety", "zdrowie", "sieć", "współpraca", "włączenie", "edukacja", "dialog", "różnorodność", "wsparcie", "gmina", "rynek", "pracy"],
  sv: ["integration", "gemenskap", "flyktingar", "invandrare", "arbete", "språk", "utbildning", "ungdomar", "kvinnor", "hälsa", "nätverk", "samarbete", "inkludering", "bostad", "dialog", "mångfald", "stöd", "kommun", "nyanlända", "föreningar"],
  sl: ["vključevanje", "skupnost", "begunci", "migranti", "zaposlovanje", "jezik", "usposabljanje", "mladi", "ženske", "zdravje", "mreža", "sodelovanje", "izobraževanje", "dialog", "raznolikost", "podpora", "občina", "podjetništvo", "kultura", "sobivanje"],
} as const;

export const LANGUAGES = Object.keys(WORDS) as (keyof typeof WORDS)[];

export const ORG_PATTERNS = [
  "University of {place}", "{place} City Council", "Municipality of {place}", "{place} Regional Development Agency", "Caritas {place}",
  "Red Cross {place}", "Chamber of Commerce of {place}", "Institute for Migration Studies {place}", "{place} Employment Service",
  "Università di {place}", "Stadt {place}", "Comune di {place}", "Asociación {word} {place}", "Fondation {word} {place}", "Stowarzyszenie {word} {place}",
  "{place} Integration Centre", "{place} Folk High School", "Centre for {word} {place}", "{place} Women's Network", "{place} Youth Council",
];

export const PLACE_SYLLABLES = ["ber", "lin", "gra", "za", "bor", "mar", "ko", "vi", "ta", "lo", "ne", "sk", "ov", "ri", "an", "du", "sel", "ham", "burg", "ova", "ice", "ino", "et", "ak", "ja", "no", "stad", "dorf", "ville", "polje"];
export const UNITS = ["participants", "people trained", "events", "businesses started", "workshops", "copies printed", "volunteers", "trainings", "guides published", "municipalities involved"];
