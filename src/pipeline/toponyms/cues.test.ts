import { describe, expect, it } from "vitest";
import { realGazetteer } from "../../testing/realGazetteer";
import { runStages } from "../runStages";
import { PIPELINE } from "../stages";
import { initialState } from "../state";

/** "X < Y" for each mention the cues stage places inside the next one. */
function parents(text: string): string[] {
  const upToCues = PIPELINE.slice(0, PIPELINE.findIndex((s) => s.name === "cues") + 1);
  const state = runStages(
    { text, published: "2022-03-14", gazetteer: realGazetteer() },
    initialState(),
    undefined,
    upToCues,
  );
  return state.mentions.flatMap((m) =>
    m.parent === undefined ? [] : [`${m.text} < ${state.mentions[m.parent]!.text}`],
  );
}

describe("container cues", () => {
  it("reads 'X, Parent' and not a comma that closes an opening phrase", () => {
    expect(parents("Floods closed roads in London, Ontario.")).toEqual(["London < Ontario"]);
    expect(parents("After Paris, London is the most visited city in Europe.")).toEqual([]);
  });

  it("reads 'the X area of Y district, Z governorate' as a chain of containers", () => {
    expect(
      parents("Shelling hit the Bilozerka area of Kherson district, Kherson oblast, on Monday."),
    ).toEqual(["Bilozerka < Kherson", "Kherson < Kherson"]);
    expect(parents("Gunmen attacked a village in Chora district, Urozgan province.")).toEqual([
      "Chora < Urozgan",
    ]);
  });

  it("does not read a list or a bare 'area' as containment", () => {
    expect(parents("Shelling hit Bilozerka and Kherson on Monday.")).toEqual([]);
    expect(parents("Storms hit the Portland area, officials in Maine said.")).toEqual([]);
    expect(parents("Talks in Kherson, Odesa and Mykolaiv stalled.")).toEqual([]);
  });
});
