/**
 * Per-stage fixture tests: for each stage of PIPELINE, a few general texts (src/testing/fixtures/
 * stageTexts.ts) run through the stages up to it, against the fixture gazetteer; the layers the stage
 * assigns, written compactly (src/testing/stageLayers.ts), must equal the stored expected file
 * stages.fixtures/<stage>.txt. Regenerate after an intended change with `npm run fixtures:update`.
 */
import { describe, expect, it } from "vitest";
import { fixtureGazetteer } from "../testing/fixtureGazetteer";
import { STAGE_TEXTS } from "../testing/fixtures/stageTexts";
import { layerLines } from "../testing/stageLayers";
import { realGazetteer } from "../testing/realGazetteer";
import type { Gazetteer } from "../gazetteer/types";
import { runStages } from "./runStages";
import { PIPELINE } from "./stages";
import { initialState, type PipelineState } from "./state";

function runUpTo(stageIndex: number, text: string, published: string, gazetteer: Gazetteer): PipelineState {
  return runStages(
    { text, published, gazetteer },
    initialState(),
    undefined,
    PIPELINE.slice(0, stageIndex + 1),
  );
}

describe("each stage's layer on the fixture texts", () => {
  PIPELINE.forEach((stage, i) => {
    it(`${stage.name}: ${stage.assigns.join(", ")}`, async () => {
      const texts = STAGE_TEXTS[stage.name];
      expect(texts?.length ?? 0).toBeGreaterThanOrEqual(2);
      const out: string[] = [];
      for (const { text, published } of texts!) {
        const state = runUpTo(i, text, published, fixtureGazetteer());
        out.push(`## ${JSON.stringify(text)} (published ${published})`);
        for (const layer of stage.assigns) {
          out.push(`${layer}:`);
          for (const line of layerLines(state, layer, text, published)) out.push(`  ${line}`);
        }
        out.push("");
      }
      await expect(out.join("\n")).toMatchFileSnapshot(`./stages.fixtures/${stage.name}.txt`);
    });
  });
});

describe("the fixture gazetteer", () => {
  it("holds a few hundred places and gives the fixture texts the places the real gazetteer gives", () => {
    expect(fixtureGazetteer().size).toBeLessThan(2000);
    const diffs: string[] = [];
    const last = PIPELINE.length - 1;
    for (const { text, published } of Object.values(STAGE_TEXTS).flat()) {
      const show = (g: Gazetteer) =>
        runUpTo(last, text, published, g)
          .mentions.map((m) => `${m.text} -> ${m.chosen?.place.id}`)
          .join("; ");
      const [fixture, real] = [show(fixtureGazetteer()), show(realGazetteer())];
      // Stale when not equal: rebuild it with `npm run fixtures:update`.
      if (fixture !== real) diffs.push(`${text}\n  fixture: ${fixture}\n  real:    ${real}`);
    }
    expect(diffs).toEqual([]);
  });
});
