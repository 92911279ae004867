/** The configured public origin of the e2e server: absolute URLs must use it, whatever host a request came to. */
export const SITE_URL = "https://atlas.example.org";
