/**
 * Synthetic incident sets for benchmarks: real gazetteer places (data/gazetteer.json) weighted toward
 * conflict countries, five years (2019-2023), every type and precision, some week- and month-long
 * date spans, casualties on about half. Deterministic for a size.
 * Usage as a command: npx tsx scripts/syntheticIncidents.ts 100000 out.cmis
 */
import { readFileSync, writeFileSync } from "node:fs";
import { encodeIncidentSet } from "../src/app/data/binaryIncidentSet";
import { IncidentSetBuilder, type IncidentSet } from "../src/app/data/incidentSet";
import { PRECISIONS } from "../src/app/model/columnCodes";
import { EVENT_TYPES } from "../src/app/model/eventTypes";
import { parseDay } from "../src/time/days";

interface Gazetteer {
  featureCodes: string[];
  countryCodes: string[];
  places: { name: string[]; fc: number[]; cc: number[]; lat: number[]; lon: number[]; population: number[] };
}

/** Relative weight of incidents per country; everything else shares WORLD_SHARE. */
const CONFLICT_WEIGHTS: Record<string, number> = {
  UA: 14,
  SY: 12,
  YE: 10,
  SD: 9,
  MM: 7,
  AF: 6,
  IQ: 6,
  SO: 6,
  CD: 6,
  NG: 5,
  ML: 4,
  BF: 4,
  ET: 4,
  PS: 4,
  LY: 3,
  PK: 3,
  MX: 3,
  CO: 2,
  LB: 2,
  IL: 2,
  SS: 2,
  CF: 2,
  NE: 2,
  CM: 2,
  MZ: 2,
  HT: 2,
};
const WORLD_SHARE = 0.12;

function seeded(seed: number) {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

export function syntheticSet(size: number): IncidentSet {
  const gaz = JSON.parse(readFileSync("data/gazetteer.json", "utf8")) as Gazetteer;
  const p = gaz.places;
  const code = (i: number) => gaz.countryCodes[p.cc[i] as number] ?? "";
  const fcode = (i: number) => gaz.featureCodes[p.fc[i] as number] ?? "";
  const towns = new Map<string, number[]>();
  const regions = new Map<string, number[]>();
  const countryPoint = new Map<string, number>();
  const world: number[] = [];
  for (let i = 0; i < p.name.length; i++) {
    const fc = fcode(i);
    const cc = code(i);
    if (!cc) continue;
    if (fc === "PCLI") countryPoint.set(cc, i);
    else if (fc === "ADM1") (regions.get(cc) ?? regions.set(cc, []).get(cc))?.push(i);
    else if (fc.startsWith("PPL")) {
      (towns.get(cc) ?? towns.set(cc, []).get(cc))?.push(i);
      if ((p.population[i] as number) > 100_000) world.push(i);
    }
  }
  const countries = Object.keys(CONFLICT_WEIGHTS).filter((c) => towns.get(c)?.length && countryPoint.has(c));
  const total = countries.reduce((s, c) => s + (CONFLICT_WEIGHTS[c] as number), 0);
  const rand = seeded(2024);
  const pickCountry = () => {
    let r = rand() * total;
    for (const c of countries) if ((r -= CONFLICT_WEIGHTS[c] as number) <= 0) return c;
    return countries[0] as string;
  };
  const first = parseDay("2019-01-01") as number;
  const days = (parseDay("2023-12-31") as number) - first + 1;
  const b = new IncidentSetBuilder();
  const article = b.article({
    id: `synthetic-${size}`,
    title: `Synthetic set of ${size}`,
    published: "2024-01-01",
  });
  const rows: { t0: number; i: number }[] = [];
  for (let i = 0; i < size; i++) rows.push({ t0: first + Math.floor(rand() * days), i });
  rows.sort((a, c) => a.t0 - c.t0 || a.i - c.i);
  for (const { t0, i } of rows) {
    const precision = i % 20 < 2 ? 0 : i % 20 < 11 ? 1 : i % 20 < 14 ? 2 : i % 20 < 17 ? 3 : 4;
    let place: number;
    let cc: string;
    if (rand() < WORLD_SHARE) {
      place = world[Math.floor(rand() * world.length)] as number;
      cc = code(place);
    } else {
      cc = pickCountry();
      const list = precision === 3 && regions.get(cc)?.length ? regions.get(cc) : towns.get(cc);
      place = (list as number[])[Math.floor(rand() ** 2 * (list as number[]).length)] as number;
    }
    if (precision === 4) place = countryPoint.get(cc) ?? place;
    const span = rand() < 0.8 ? 0 : rand() < 0.5 ? 6 : 29;
    const type = i % EVENT_TYPES.length;
    const killed = rand() < 0.5 ? Math.floor(-Math.log(1 - rand()) * 8) : null;
    const name = p.name[place] as string;
    b.add({
      lon: (p.lon[place] as number) + (precision === 0 ? (rand() - 0.5) * 0.1 : 0),
      lat: (p.lat[place] as number) + (precision === 0 ? (rand() - 0.5) * 0.1 : 0),
      t0,
      t1: t0 + span,
      killed,
      wounded: killed === null ? null : Math.floor(killed * rand() * 2),
      type,
      precision,
      datePrecision: span === 0 ? 0 : span === 6 ? 1 : 2,
      flags: i % 500 === 0 ? 1 : 0,
      place: name,
      country: cc,
      article,
      excerpt: `${EVENT_TYPES[type]?.label} reported in ${name} (${PRECISIONS[precision]}).`,
      id: null,
    });
  }
  return b.finish();
}

if (process.argv[1]?.endsWith("syntheticIncidents.ts") && process.argv[3]) {
  writeFileSync(process.argv[3], encodeIncidentSet(syntheticSet(Number(process.argv[2]))));
}
