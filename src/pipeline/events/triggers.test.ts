import { describe, expect, it } from "vitest";
import { bestTrigger, findTriggers, type Trigger } from "./triggers";

const all = (s: string): Trigger[] => findTriggers(s, { start: 0, end: s.length });
const best = (s: string): Trigger | undefined => bestTrigger(all(s));
const incidents = (s: string): Trigger[] =>
  all(s).filter((t) => !t.hypothetical && !t.negated && t.type !== "statement");

describe("findTriggers: types", () => {
  it.each([
    ["Government warplanes carried out air strikes on two villages overnight.", "airstrike", "air strikes"],
    ["An air-strike flattened the clinic.", "airstrike", "air-strike"],
    ["The market was bombed by jets on Monday.", "airstrike", "bombed"],
    ["Coalition aircraft struck ammunition depots near the river.", "airstrike", "struck"],
    ["Helicopters dropped barrel bombs on the suburb.", "airstrike", "barrel bombs"],
    ["A drone strike hit a car on the highway.", "airstrike", "drone strike"],
    ["Rebel rocket fire hit a school in the west of the city.", "shelling", "rocket fire"],
    ["Army artillery shelled the northern districts.", "shelling", "shelled"],
    ["Mortars landed near the stadium.", "shelling", "Mortars"],
    ["Clashes broke out between police units and armed men.", "fighting", "Clashes"],
    ["Heavy fighting was reported on the southern front.", "fighting", "Heavy fighting"],
    ["Troops launched an offensive on the port town.", "fighting", "offensive"],
    ["A suicide bombing at the checkpoint left many dead.", "attack", "suicide bombing"],
    ["A car bomb exploded outside the ministry.", "attack", "car bomb"],
    ["Gunmen ambushed a convoy on the mountain road.", "attack", "Gunmen"],
    ["Two guards were shot dead at the gate.", "attack", "shot dead"],
    ["A suicidal operation in the town was thwarted.", "attack", "suicidal operation"],
    ["A landmine killed a shepherd.", "attack", "landmine"],
    ["The negotiators held talks in the capital on Friday.", "diplomacy", "held talks"],
    ["Foreign ministers met at a summit in the lakeside city.", "diplomacy", "met"],
    ["A cease-fire took effect at midnight.", "ceasefire", "cease-fire"],
    ["The two sides agreed a truce on Sunday.", "ceasefire", "truce"],
    ["An aid convoy reached the besieged town.", "aid", "aid convoy"],
    ["Hundreds of residents were evacuated from the eastern districts.", "aid", "evacuated"],
    ["Police arrested six men after the protest.", "other", "arrested"],
    ["Rebel fighters continued their operations in the valley.", "fighting", "operations"],
    ["The province witnesses a war of assassinating former commanders.", "attack", "assassinating"],
    ["More detonations shook the town overnight.", "attack", "detonations"],
    ["Causalities in the city after shelling.", "attack", "Causalities"],
    ["The body of a fighter was found, and the bodies were buried.", "attack", "bodies"],
    [
      "A fight between militia members ends with casualties against the background of a moral case.",
      "attack",
      "casualties",
    ],
  ])("%s -> %s", (sentence, type, text) => {
    const ts = all(sentence).filter((t) => t.type === type && !t.hypothetical);
    expect(ts.map((t) => t.text)).toContain(text);
  });

  it("reads multiword phrases as one trigger with offsets into the text", () => {
    const text = "Intro line.\nThe rocket fire stopped at dawn.";
    const sentence = { start: 12, end: text.length };
    const [t] = findTriggers(text, sentence);
    expect(t).toMatchObject({ type: "shelling", text: "rocket fire" });
    expect(text.slice(t?.start, t?.end)).toBe("rocket fire");
  });

  it("is case-insensitive", () => {
    expect(best("AIRSTRIKES POUNDED THE TOWN")?.type).toBe("airstrike");
  });
});

describe("findTriggers: no incident", () => {
  it.each([
    "The weather was fine on Sunday.",
    "The conflict has deep roots and the war is complex.",
    "We roasted a turkey for the holiday dinner.",
    "Turkey and Greece share a long coastline.",
    "The refugee crisis dominated the agenda.",
    "Firefighters put out a small fire in the kitchen.",
    "He suffered a heart attack at home.",
    "The team's offensive line struggled all season.",
    "She received a flu shot at the clinic.",
    // An operation with no armed force in the sentence is surgery or business.
    "The hospital resumed its operations in the valley.",
    // With no armed force, "bodies" are institutions.
    "The governing bodies of the league approved the budget.",
  ])("%s", (sentence) => {
    expect(incidents(sentence)).toEqual([]);
  });

  it("gives a reporting verb only a low weight", () => {
    const ts = all("He said the conflict was complex.");
    expect(ts.map((t) => t.type)).toEqual(["statement"]);
    expect(ts[0]?.weight).toBeLessThan(0.3);
  });

  it("reads a strike by workers as a walkout, never an airstrike", () => {
    for (const s of [
      "A strike by teachers closed every school.",
      "Nurses began a strike over pay on Monday.",
    ]) {
      expect(all(s).some((t) => t.type === "airstrike")).toBe(false);
    }
    expect(all("Dock workers went on a general strike.").map((t) => t.type)).toEqual(["other"]);
  });

  it("does not call a disease death an attack", () => {
    const ts = all("The virus has killed 20 people in the province.");
    expect(ts.some((t) => t.type === "attack")).toBe(false);
  });

  it("skips a trigger word inside a hyphenated compound", () => {
    expect(incidents("The fire-fighting crew arrived.")).toEqual([]);
  });
});

describe("findTriggers: hypothetical and negated", () => {
  it.each([
    ["The meeting produced ideas that could lead to a ceasefire.", "ceasefire"],
    ["The government says it wants a ceasefire.", "ceasefire"],
    ["Neither side seems ready to stop the fighting.", "fighting"],
    ["Officials are searching for a way to hold talks.", "diplomacy"],
    ["The plan would provide humanitarian aid to the north.", "aid"],
    ["If talks fail, the army may launch a new offensive.", "fighting"],
    ["Fighting would not end with a deal.", "fighting"],
    ["Talks are expected next week.", "diplomacy"],
  ])("%s", (sentence, type) => {
    const ts = all(sentence).filter((t) => t.type === type);
    expect(ts.length).toBeGreaterThan(0);
    expect(ts.every((t) => t.hypothetical)).toBe(true);
  });

  it.each([
    ["The ministry denied involvement in the attack.", "attack"],
    ["There was no evidence of an airstrike.", "airstrike"],
    ["The rebels did not attack the town.", "attack"],
  ])("%s is negated", (sentence, type) => {
    const t = all(sentence).find((x) => x.type === type);
    expect(t?.negated).toBe(true);
  });

  it("keeps a past event real when the modal sits in another clause", () => {
    const t = all("Officials hope for peace, but airstrikes hit the town on Monday.").find(
      (x) => x.type === "airstrike",
    );
    expect(t?.hypothetical).toBeUndefined();
  });
});

describe("bestTrigger", () => {
  it("prefers the most incident-like, non-hypothetical trigger", () => {
    expect(best("State media said four children were killed by rocket fire on a school.")?.type).toBe(
      "shelling",
    );
    expect(best("Officials said airstrikes hit the town amid clashes.")?.type).toBe("airstrike");
    expect(
      best("U.S.-led talks on Saturday found ideas that could lead to a ceasefire, the minister said.")?.type,
    ).toBe("diplomacy");
  });

  it("breaks ties by specificity", () => {
    const mk = (type: Trigger["type"]): Trigger => ({ start: 0, end: 1, text: "x", type, weight: 0.5 });
    expect(bestTrigger([mk("other"), mk("diplomacy"), mk("fighting"), mk("statement")])?.type).toBe(
      "fighting",
    );
    expect(bestTrigger([mk("aid"), mk("attack")])?.type).toBe("attack");
  });

  it("returns undefined when every trigger is hypothetical or negated", () => {
    expect(best("Russia says it wants a ceasefire")?.type).toBe("statement");
    expect(bestTrigger(all("They might hold talks."))).toBeUndefined();
    expect(bestTrigger([])).toBeUndefined();
  });
});
