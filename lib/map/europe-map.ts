// Server-side map of Europe: Natural Earth 1:110m boundaries (world-atlas, shipped in node_modules) projected once to
// SVG paths. 1:110m keeps the page light (about a tenth of the 1:50m paths); microstates are left to the table.
import { geoAzimuthalEqualArea, geoPath } from "d3-geo";
import type { FeatureCollection } from "geojson";
import countries from "i18n-iso-countries";
import { readFileSync } from "node:fs";
import path from "node:path";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 560;

export type CountryShape = { code: string; d: string };

let cache: CountryShape[] | null = null;

/** SVG path data of every country drawn on the Europe frame, keyed by ISO alpha-2 code. */
export function europeShapes(): CountryShape[] {
  if (cache) return cache;
  // A plain path: bundlers rewrite require.resolve into module ids. The server always runs from the project root.
  const file = path.join(process.cwd(), "node_modules", "world-atlas", "countries-110m.json");
  const topology: Topology<{ countries: GeometryCollection }> = JSON.parse(readFileSync(file, "utf8"));
  const all = feature(topology, topology.objects.countries);
  // Frame: Iceland to the Caucasus, Cyprus to the North Cape.
  const frame: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: {},
        geometry: {
          type: "MultiPoint",
          coordinates: [
            [-24, 35],
            [42, 35],
            [-10, 71],
            [35, 71],
          ],
        },
      },
    ],
  };
  const projection = geoAzimuthalEqualArea()
    .rotate([-12, -52])
    .fitExtent(
      [
        [4, 4],
        [MAP_WIDTH - 4, MAP_HEIGHT - 4],
      ],
      frame,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
  const toSvg = geoPath(projection).digits(1);
  cache = all.features.flatMap((f) => {
    const code = f.id === undefined ? undefined : countries.numericToAlpha2(String(f.id));
    const d = toSvg(f);
    if (!code || !d) return [];
    const [[x0, y0], [x1, y1]] = toSvg.bounds(f);
    // Keep only shapes that touch the frame.
    if (x1 < 0 || y1 < 0 || x0 > MAP_WIDTH || y0 > MAP_HEIGHT) return [];
    return [{ code, d }];
  });
  return cache;
}
