import { describe, expect, it } from "vitest";
import { realGazetteer } from "../testing/realGazetteer";
import { extractArticle } from "./extract";
import { runStages } from "./runStages";
import { PIPELINE, type Layer } from "./stages";
import { initialState, type PipelineContext, type PipelineState } from "./state";

const TEXT =
  "HERAT, Afghanistan, June 3 (Reuters) - Kabul said gunmen attacked a checkpoint near Kandahar on Friday. " +
  "Shelling hit Lashkar Gah, Helmand, later that day, killing two people, Afghan officials said. " +
  "Residents fled to the village of Qarqzindo. Envoys from Iran, Pakistan and India read the Washington Post.";
const published = "2021-06-04";

function present(state: PipelineState, layer: Layer): boolean {
  if (layer.startsWith("mentions.")) {
    const field = layer.slice("mentions.".length) as keyof PipelineState["mentions"][number];
    return state.mentions.some((m) => m[field] !== undefined);
  }
  const v = state[layer as keyof PipelineState];
  if (v instanceof Map) return v.size > 0;
  if (Array.isArray(v)) return v.length > 0;
  return v !== undefined;
}

describe("the stage configuration", () => {
  it("lists each stage once, each requiring only what an earlier stage assigns", () => {
    const names = PIPELINE.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    const available = new Set<Layer>();
    for (const s of PIPELINE) {
      for (const r of s.requires)
        expect({ stage: s.name, requires: r, ok: available.has(r) }).toMatchObject({ ok: true });
      for (const a of s.assigns) available.add(a);
    }
  });

  it("runs every stage in order through the onStage hook, and each assigns what it declares", () => {
    const ctx: PipelineContext = { text: TEXT, published, gazetteer: realGazetteer() };
    const seen: string[] = [];
    const missing: string[] = [];
    const state = runStages(ctx, initialState(), (stage, st, ms) => {
      seen.push(stage.name);
      expect(ms).toBeGreaterThanOrEqual(0);
      for (const a of stage.assigns) if (!present(st, a)) missing.push(`${stage.name}: ${a}`);
    });
    expect(seen).toEqual(PIPELINE.map((s) => s.name));
    expect(missing).toEqual([]);
    // The same loop as the public entry point.
    const viaExtract = extractArticle({ id: "x", text: TEXT, published }, realGazetteer());
    expect(state.events.map((e) => [state.mentions[e.mention]!.text, e.date])).toEqual(
      viaExtract.events.map((e) => [viaExtract.toponyms[e.toponym!]!.text, e.date]),
    );
  });

  it("shows each stage's settings as numbers", () => {
    const resolve = PIPELINE.find((s) => s.name === "resolve")!;
    expect(Object.keys(resolve.settings).length).toBeGreaterThan(5);
    for (const s of PIPELINE)
      for (const v of Object.values(s.settings)) expect(Number.isFinite(v)).toBe(true);
  });
});
