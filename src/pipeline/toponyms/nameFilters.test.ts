import { describe, expect, it } from "vitest";
import { realGazetteer } from "../../testing/realGazetteer";
import { runStages } from "../runStages";
import { PIPELINE } from "../stages";
import { initialState } from "../state";
import { NAME_FILTERS } from "./nameFilters";

/** "text by filter" for each candidate the name filters dropped. */
function dropped(text: string): string[] {
  const upToFilters = PIPELINE.slice(0, PIPELINE.findIndex((s) => s.name === "name-filters") + 1);
  const state = runStages(
    { text, published: "2022-03-14", gazetteer: realGazetteer() },
    initialState(),
    undefined,
    upToFilters,
  );
  for (const d of state.dropped) expect(d.reason.length).toBeGreaterThan(5);
  return state.dropped.map((d) => `${d.text} by ${d.filter}`);
}

describe("the name filters", () => {
  it("have distinct names", () => {
    const names = NAME_FILTERS.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it("drop a person's name and a lone surname, and say so", () => {
    const out = dropped("Police said Jordan Smith drove to Chester. Smith was arrested.");
    expect(out).toContain("Smith by person");
    expect(out).toContain("Smith by surname");
    expect(out).not.toContain("Chester by person");
  });

  it("drop a street's and a newspaper's name but keep the place in a plain phrase", () => {
    const out = dropped("The Washington Post said Dublin Road was closed in Dublin.");
    expect(out).toEqual(
      expect.arrayContaining(["Washington by street-or-title", "Dublin by street-or-title"]),
    );
    expect(out.filter((d) => d.startsWith("Dublin "))).toHaveLength(1);
    const bodies = dropped(
      "She taught at Columbia University, read the Shanghai Daily and moved to Columbia.",
    );
    expect(bodies).toEqual(
      expect.arrayContaining(["Columbia by street-or-title", "Shanghai by street-or-title"]),
    );
    expect(bodies.filter((d) => d.startsWith("Columbia "))).toHaveLength(1);
  });

  it("drop a place's name that opens a venue's, firm's or event's name, but keep the place itself", () => {
    const out = dropped(
      "We stayed at the Clackamas Resort, ate at Springfield Mall, watched the Roskilde Festival and read the Aleppo Media Center. We drove to Roskilde.",
    );
    expect(out).toEqual(
      expect.arrayContaining([
        "Clackamas by street-or-title",
        "Springfield by street-or-title",
        "Roskilde by street-or-title",
      ]),
    );
    expect(out.filter((d) => d.startsWith("Roskilde "))).toHaveLength(1);
    expect(out.some((d) => d.startsWith("Aleppo "))).toBe(false);
  });

  it("drop a generic head after another name ('Heir Island', 'Mekong Delta'), not a name after a determiner", () => {
    const out = dropped("We sailed to Heir Island and the Mekong Delta, then Serengeti National Park.");
    expect(out).toEqual(
      expect.arrayContaining([
        "Island by generic-head",
        "Delta by generic-head",
        "National Park by generic-head",
      ]),
    );
    expect(dropped("A Delta police officer testified.").filter((d) => d.includes("generic-head"))).toEqual(
      [],
    );
  });

  it("drop a short acronym, but not the place beside it", () => {
    const out = dropped("UN officials visited Mosul in March.");
    expect(out).toContain("UN by acronym");
    expect(out.some((d) => d.startsWith("Mosul"))).toBe(false);
  });

  it("drop a word that is only small places' alternate name, unless a place cue stands by it", () => {
    const out = dropped("The Taliban claimed the attack. Wal-Mart stores opened.");
    expect(out.filter((d) => d.includes("alternate-name"))).toEqual(["Taliban by alternate-name"]);
    expect(dropped("The Tri-State company vowed to appeal.")).toContain("Tri-State by alternate-name");
    expect(dropped("Explosions hit Al-Tabqa overnight.").filter((d) => d.includes("alternate"))).toEqual([]);
    // "Wal-Mart" goes earlier, as a hyphenated compound.
    expect(out).toContain("Wal by compound");
    const cued = dropped(
      "Farmers in Pulawy and the town of Pulawy met. Pulawy, Poland is calm. Pulawy countryside, east of Pulawy.",
    );
    expect(cued.filter((d) => d.includes("alternate-name"))).toEqual([]);
  });

  it("drop a word that is a populous city's unrelated alternate name, but not a spelling variant", () => {
    const out = dropped("Google invests in wind power. Traders in Calcutta agree.");
    expect(out).toContain("Google by alternate-name");
    expect(out.some((d) => d.startsWith("Calcutta"))).toBe(false);
    const variant = dropped("Kiev shelters filled as Odessa braced for more strikes.");
    expect(variant.filter((d) => d.includes("alternate-name"))).toEqual([]);
  });

  it("drop a small place's name after a capitalised word that is no English word and no place", () => {
    const out = dropped("The officer, Kwesi Millington, fired. Nurses in Millington agree.");
    expect(out).toContain("Millington by unknown-given-name");
    expect(out.filter((d) => d.startsWith("Millington"))).toHaveLength(1);
    expect(dropped("Fighters advanced in Syrian Afrin.").some((d) => d.startsWith("Afrin"))).toBe(false);
    const later = dropped("The officer, Kwesi Millington, fired. Millington said he had no choice.");
    expect(later).toContain("Millington by surname");
  });

  it("drop a state's short abbreviation written as a plain word, but not after a town or with its dot", () => {
    const out = dropped(
      'The teacher, known as "La Maestra," left. Officials in Monroe, La agreed, as did Ga. officials.',
    );
    expect(out.filter((d) => d.includes("state-abbreviation"))).toEqual(["La by state-abbreviation"]);
  });

  it("drop a language's name that a small place bears, where the text names the language", () => {
    const out = dropped(
      "He was questioned in English, despite his poor English. Police in English, Indiana agreed.",
    );
    expect(out.filter((d) => d.includes("language"))).toEqual(["English by language"]);
  });

  it("drop a compass word that qualifies the name after it, not a region it also names", () => {
    const out = dropped("The school moved from Northwest D.C. to the Southwest Pacific, then to Northwest.");
    expect(out.filter((d) => d.includes("direction"))).toEqual([
      "Northwest by direction-qualifier",
      "Southwest by direction-qualifier",
    ]);
  });

  it("drop the name of a day, but not the place", () => {
    const out = dropped("The Lincoln Day dinner was held in Lincoln on St. Patrick's Day.");
    expect(out).toContain("Lincoln by holiday");
    expect(out).toContain("St. Patrick by holiday");
    expect(out.filter((d) => d.startsWith("Lincoln"))).toHaveLength(1);
  });

  it("drop a country's code written as a currency's prefix, not the country", () => {
    const out = dropped("Guides earn less than US$100 a month, though the US pays them more.");
    expect(out).toContain("US by currency");
    expect(out.filter((d) => d.startsWith("US "))).toHaveLength(1);
  });

  it("drop a small place's name joined by an ampersand to another name (a firm's partners)", () => {
    const out = dropped("The city owes the design firm Stevens & Wilkinson money.");
    expect(out).toContain("Stevens by partners");
    const places = dropped("Fighting spread from Bosnia & Herzegovina to Serbia.");
    expect(places.filter((d) => d.includes("partners"))).toEqual([]);
  });

  it("drop small places' names hyphenated into one compound name, but not countries in a pair", () => {
    const out = dropped("Coca-Cola opened a plant. Hewlett-Packard hired staff.");
    expect(out).toEqual(expect.arrayContaining(["Coca by compound", "Cola by compound"]));
    const pair = dropped("Egypt-Israel talks resumed in Cairo. Sen. Ann Lee, D-Marshall, agreed.");
    expect(pair.filter((d) => d.includes("compound"))).toEqual([]);
  });

  it("keep every dropped span off the mentions", () => {
    const text = "Smith told Lincoln officials that Hope and Reading were calm; Lincoln said so.";
    const state = runStages(
      { text, published: "2022-03-14", gazetteer: realGazetteer() },
      initialState(),
      undefined,
      PIPELINE.slice(0, PIPELINE.findIndex((s) => s.name === "name-filters") + 1),
    );
    for (const d of state.dropped)
      expect(state.mentions.some((m) => m.start === d.start && m.end === d.end)).toBe(false);
  });
});
