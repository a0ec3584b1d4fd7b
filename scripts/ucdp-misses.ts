/**
 * npx tsx scripts/ucdp-misses.ts [--class=none|unplaced|far|date] [--limit=N]
 * Lists the UCDP headlines the event scorer misses ($SHARED_DIR/eval/events-ucdp2018.jsonl), by class:
 * - none: no event at all (the headline's words are shown, to see which trigger was missed);
 * - unplaced: events, none with a place;
 * - far: placed events, none within the scorer's radius (what was chosen, and the gold place);
 * - date: a place within the radius, but no such event's dates overlap the gold interval.
 * The radius and interval test are the scorer's (score.mjs, mode "events").
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteerWithFigures } from "../src/cli/gazetteerLoadFigures";
import { extractArticle } from "../src/pipeline/extract";
import type { PipelineState } from "../src/pipeline/state";

interface Gold {
  id: string;
  text: string;
  published: string;
  gold: { lat: number; lon: number; precision: string; place: string; dateStart: string; dateEnd: string };
}

const SHARED = process.env.SHARED_DIR ?? "../shared";
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = arg("class");
const limit = Number(arg("limit") ?? 1e9);

const km = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * r) / 2) ** 2 +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};

const records = readFileSync(join(SHARED, "eval/events-ucdp2018.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Gold);
const { gazetteer } = loadGazetteerWithFigures();

const classes: Record<string, string[]> = { none: [], unplaced: [], far: [], date: [] };
let hits = 0;
for (const r of records) {
  let state: PipelineState | undefined;
  const res = extractArticle({ id: r.id, text: r.text, published: r.published }, gazetteer, {
    onStage: (_stage, s) => (state = s),
  });
  const trig = (state?.triggers ?? [])
    .map(
      (t) =>
        `${t.text}:${t.type}/${t.weight.toFixed(2)}${t.reports ? "" : "(no)"}${t.main ? "*" : ""}${t.negated ? "(neg)" : ""}${t.hypothetical ? "(hyp)" : ""}`,
    )
    .join(" ");
  const placed = res.events.filter((e) => Number.isFinite(e.lat) && Number.isFinite(e.lon));
  const radius = r.gold.precision === "region" ? 100 : 50;
  const near = placed.filter((e) => km(e, r.gold) <= radius);
  const g = `gold ${r.gold.place} (${r.gold.precision}) ${r.gold.dateStart}..${r.gold.dateEnd} pub ${r.published}`;
  const tops = res.toponyms.map((t) => `${t.text}->${t.name}/${t.countryCode}${t.metonymic ? "(met)" : ""}`);
  if (!res.events.length)
    classes.none!.push(`${r.id} «${r.text}»\n    toponyms: ${tops.join("; ")}\n    triggers: ${trig}`);
  else if (!placed.length) classes.unplaced!.push(`${r.id} «${r.text}»`);
  else if (!near.length) {
    const chosen = placed.map((e) => `${e.type}@${e.placeName} ${Math.round(km(e, r.gold))} km`).join("; ");
    classes.far!.push(`${r.id} «${r.text}»\n    chose ${chosen}; ${g}\n    toponyms: ${tops.join("; ")}`);
  } else {
    const day = (s: string) => s.slice(0, 10);
    const ok = near.some((e) => day(e.dateStart) <= r.gold.dateEnd && day(e.dateEnd) >= r.gold.dateStart);
    if (!ok) {
      const dates = near.map((e) => `${e.dateStart}..${e.dateEnd} (${e.dateSource})`).join("; ");
      classes.date!.push(`${r.id} «${r.text}»\n    dates ${dates}; ${g}`);
    } else hits++;
  }
}
console.log(`records ${records.length}, place+date hits ${hits}`);
for (const [name, rows] of Object.entries(classes)) {
  console.log(`${name}: ${rows.length}`);
  if (only === name) for (const row of rows.slice(0, limit)) console.log(`  ${row}`);
}
