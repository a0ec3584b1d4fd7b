/**
 * Continents and large regions: a small table of general geographic data. GeoNames ids are given
 * where they are known (the seven continents, Middle East); the others get stable negative ids.
 * Points are GeoNames' continent points, or a rough centre of the region.
 */
import { normalizeName } from "../normalize";
import type { BuildPlace } from "./model";
import { stableNegativeId } from "./text";

interface RegionRow {
  id?: number;
  name: string;
  kind: "continent" | "region";
  lat: number;
  lon: number;
  /** Country code when the region lies inside one country. */
  cc?: string;
  aliases?: string[];
}

const REGIONS: RegionRow[] = [
  { id: 6255146, name: "Africa", kind: "continent", lat: 7.1881, lon: 21.0938 },
  { id: 6255147, name: "Asia", kind: "continent", lat: 29.8405, lon: 89.2969 },
  { id: 6255148, name: "Europe", kind: "continent", lat: 48.6909, lon: 9.1406 },
  { id: 6255149, name: "North America", kind: "continent", lat: 46.0732, lon: -100.5469 },
  { id: 6255150, name: "South America", kind: "continent", lat: -14.6048, lon: -57.6562 },
  { id: 6255151, name: "Oceania", kind: "continent", lat: -18.3128, lon: 138.5156, aliases: ["Australasia"] },
  { id: 6255152, name: "Antarctica", kind: "continent", lat: -78.1586, lon: 16.4063 },
  {
    id: 6269133,
    name: "Middle East",
    kind: "region",
    lat: 29.0,
    lon: 41.0,
    aliases: ["Mideast", "Near East"],
  },
  {
    name: "Persian Gulf",
    kind: "region",
    lat: 27.0,
    lon: 51.0,
    aliases: ["Gulf", "the Gulf", "Arabian Gulf", "Gulf region"],
  },
  { name: "Levant", kind: "region", lat: 34.0, lon: 36.5, aliases: ["the Levant"] },
  { name: "Balkans", kind: "region", lat: 43.0, lon: 21.0, aliases: ["the Balkans", "Balkan Peninsula"] },
  {
    name: "Caucasus",
    kind: "region",
    lat: 42.5,
    lon: 44.5,
    aliases: ["the Caucasus", "North Caucasus", "South Caucasus"],
  },
  { name: "Central Asia", kind: "region", lat: 43.0, lon: 65.0 },
  { name: "South Asia", kind: "region", lat: 22.0, lon: 78.0 },
  { name: "East Asia", kind: "region", lat: 35.0, lon: 115.0 },
  {
    name: "Southeast Asia",
    kind: "region",
    lat: 8.0,
    lon: 110.0,
    aliases: ["South East Asia", "South-East Asia"],
  },
  { name: "Latin America", kind: "region", lat: -5.0, lon: -65.0 },
  { name: "Americas", kind: "region", lat: 10.0, lon: -75.0, aliases: ["the Americas"] },
  { name: "Central America", kind: "region", lat: 13.5, lon: -86.0 },
  { name: "Caribbean", kind: "region", lat: 17.0, lon: -72.0, aliases: ["the Caribbean"] },
  { name: "Sub-Saharan Africa", kind: "region", lat: 0.0, lon: 20.0, aliases: ["Subsaharan Africa"] },
  { name: "North Africa", kind: "region", lat: 27.0, lon: 12.0 },
  { name: "West Africa", kind: "region", lat: 12.0, lon: -3.0 },
  { name: "East Africa", kind: "region", lat: 0.0, lon: 37.0 },
  { name: "Southern Africa", kind: "region", lat: -25.0, lon: 25.0 },
  { name: "Maghreb", kind: "region", lat: 31.0, lon: 3.0 },
  { name: "Sahel", kind: "region", lat: 15.0, lon: 5.0, aliases: ["the Sahel"] },
  { name: "Sahara", kind: "region", lat: 23.0, lon: 10.0 },
  { name: "Horn of Africa", kind: "region", lat: 8.0, lon: 45.0 },
  { name: "Arabian Peninsula", kind: "region", lat: 23.0, lon: 47.0, aliases: ["Arabia"] },
  { name: "Scandinavia", kind: "region", lat: 63.0, lon: 15.0 },
  { name: "Western Europe", kind: "region", lat: 48.0, lon: 5.0 },
  { name: "Eastern Europe", kind: "region", lat: 50.0, lon: 30.0 },
  { name: "Korean Peninsula", kind: "region", lat: 37.5, lon: 127.5 },
  { name: "Kurdistan", kind: "region", lat: 37.0, lon: 43.5 },
  { name: "Kashmir", kind: "region", lat: 34.5, lon: 76.0 },
  { name: "Darfur", kind: "region", lat: 13.5, lon: 24.0, cc: "SD" },
  // Kenya's provinces before the 2013 counties, still how reports of that time name places.
  { name: "Nyanza Province", kind: "region", lat: -0.5, lon: 34.6, cc: "KE", aliases: ["Nyanza"] },
  { name: "Rift Valley Province", kind: "region", lat: 0.5, lon: 36.0, cc: "KE", aliases: ["Rift Valley"] },
  { name: "Coast Province", kind: "region", lat: -3.0, lon: 39.5, cc: "KE" },
  { name: "North Eastern Province", kind: "region", lat: 1.5, lon: 40.0, cc: "KE" },
  { name: "Gaza Strip", kind: "region", lat: 31.42, lon: 34.38, cc: "PS", aliases: ["Gaza"] },
  { name: "West Bank", kind: "region", lat: 31.95, lon: 35.25, cc: "PS" },
  { name: "Golan Heights", kind: "region", lat: 33.0, lon: 35.8, aliases: ["the Golan", "Golan"] },
  { name: "Sinai Peninsula", kind: "region", lat: 29.5, lon: 33.8, cc: "EG", aliases: ["Sinai"] },
  { name: "Crimea", kind: "region", lat: 45.3, lon: 34.4, cc: "UA" },
  { name: "Donbas", kind: "region", lat: 48.0, lon: 38.5, cc: "UA", aliases: ["Donbass"] },
  { name: "Siberia", kind: "region", lat: 60.0, lon: 105.0, cc: "RU" },
  { name: "Arctic", kind: "region", lat: 80.0, lon: 0.0, aliases: ["the Arctic"] },
  {
    name: "Mediterranean",
    kind: "region",
    lat: 35.0,
    lon: 18.0,
    aliases: ["Mediterranean Sea", "the Mediterranean"],
  },
  { name: "Red Sea", kind: "region", lat: 20.0, lon: 38.5 },
  { name: "Black Sea", kind: "region", lat: 43.5, lon: 34.0 },
  {
    name: "Baltic Sea",
    kind: "region",
    lat: 58.0,
    lon: 20.0,
    aliases: ["Baltic", "the Baltics", "Baltic states"],
  },
  { name: "Gulf of Aden", kind: "region", lat: 12.5, lon: 48.0 },
  { name: "South China Sea", kind: "region", lat: 12.0, lon: 114.0 },
  { name: "Atlantic Ocean", kind: "region", lat: 0.0, lon: -30.0, aliases: ["the Atlantic"] },
  { name: "Pacific Ocean", kind: "region", lat: 0.0, lon: -160.0, aliases: ["the Pacific"] },
  { name: "Indian Ocean", kind: "region", lat: -20.0, lon: 80.0 },
  { name: "Arctic Ocean", kind: "region", lat: 85.0, lon: 0.0 },
  { name: "Southern Ocean", kind: "region", lat: -60.0, lon: 90.0 },
  { name: "Northern Europe", kind: "region", lat: 60.0, lon: 15.0 },
  { name: "Southern Europe", kind: "region", lat: 42.0, lon: 13.0 },
  { name: "Central Europe", kind: "region", lat: 50.0, lon: 15.0 },
  // Large islands that news names as places of their own (not populated places, so not in cities500).
  { name: "Java", kind: "region", lat: -7.5, lon: 110.0, cc: "ID" },
  { name: "Sumatra", kind: "region", lat: -0.5, lon: 101.5, cc: "ID" },
  { name: "Borneo", kind: "region", lat: 0.5, lon: 114.0 },
  { name: "Sulawesi", kind: "region", lat: -2.0, lon: 121.0, cc: "ID", aliases: ["Celebes"] },
];

export function regionPlaces(): BuildPlace[] {
  return REGIONS.map((r) => {
    const keys = new Set<string>([r.name, ...(r.aliases ?? [])].map(normalizeName));
    return {
      id: r.id ?? stableNegativeId(`RGN:${r.name}`),
      name: r.name,
      kind: r.kind,
      featureCode: r.kind === "continent" ? "CONT" : "RGN",
      countryCode: r.cc ?? "",
      admin1: "",
      lat: r.lat,
      lon: r.lon,
      population: 0,
      keys,
    };
  });
}
