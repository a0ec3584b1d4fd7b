import { describe, expect, it } from "vitest";
import {
  anchorOf,
  applyCorrections,
  correctionsOfEvent,
  findAnchoredEvent,
  type Correction,
} from "./corrections";
import { fixtureArticle, type FixtureEvent } from "./fixtures";

const mopti: FixtureEvent = {
  sentence: "Gunmen attacked a market in Mopti on Friday, killing 4 people.",
  trigger: "attacked",
  place: "Mopti",
  lat: 14.49,
  lon: -4.19,
  killed: 4,
};
const gao: FixtureEvent = {
  sentence: "A convoy was ambushed near Gao the same day.",
  trigger: "ambushed",
  place: "Gao",
  lat: 16.27,
  lon: -0.04,
};
const segou: FixtureEvent = {
  sentence: "Shelling was also reported in Segou.",
  trigger: "Shelling",
  place: "Segou",
  type: "shelling",
  lat: 13.43,
  lon: -6.26,
};

function correction(
  id: string,
  article = fixtureArticle("a", [mopti, gao]),
  at = 1,
  change: Correction["change"],
): Correction {
  const event = article.events.find((e) => e.placeName === "Gao")!;
  return { id, articleKey: "a", anchor: anchorOf(article, event), change, createdAt: at };
}

describe("corrections anchored to evidence", () => {
  const v1 = fixtureArticle("a", [mopti, gao]);
  // A newer pipeline: one more event found before the others, other ids, shifted offsets.
  const v2 = fixtureArticle(
    "a",
    [segou, mopti, gao].map((e, i) => ({ ...e, id: `n${i}` })),
  );

  it("finds the same event after a re-extraction changed array positions, ids and offsets", () => {
    const anchor = anchorOf(v1, v1.events[1]!);
    expect(v1.events[1]!.placeName).toBe("Gao");
    const found = findAnchoredEvent(v2, anchor);
    expect(found?.id).toBe("n2");
    expect(found?.placeName).toBe("Gao");
  });

  it("applies a place change to that event and marks it as the user's", () => {
    const c = correction("c1", v1, 1, {
      kind: "place",
      placeName: "Ansongo",
      countryCode: "ML",
      geonameId: 42,
      lat: 15.66,
      lon: 0.5,
      precision: "city",
      via: "alternative",
    });
    const { events, orphaned } = applyCorrections(v2, [c]);
    expect(orphaned).toEqual([]);
    const gaoNow = events.find((e) => e.id === "n2")!;
    expect(gaoNow).toMatchObject({
      placeName: "Ansongo",
      lat: 15.66,
      userEdited: true,
      corrections: ["place"],
    });
    expect(events.find((e) => e.id === "n1")?.userEdited).toBeUndefined();
  });

  it("lets the newest correction of a kind win, and applies kinds together", () => {
    const date = (d: string, at: number) =>
      correction(`d${at}`, v1, at, { kind: "date", dateStart: d, dateEnd: d, datePrecision: "day" });
    const type = correction("t", v1, 5, { kind: "type", type: "fighting" });
    const { events } = applyCorrections(v1, [date("2023-06-02", 9), type, date("2023-06-01", 3)]);
    const e = events.find((x) => x.placeName === "Gao")!;
    expect(e.dateStart).toBe("2023-06-02");
    expect(e.type).toBe("fighting");
    expect(e.corrections?.sort()).toEqual(["date", "type"]);
  });

  it("drops an event marked not an incident, and undo (removing the correction) brings it back", () => {
    const c = correction("x", v1, 1, { kind: "notIncident" });
    const applied = applyCorrections(v1, [c]);
    expect(applied.events.map((e) => e.placeName)).toEqual(["Mopti"]);
    expect(applied.dismissed).toEqual(["e1"]);
    expect(applyCorrections(v1, []).events).toHaveLength(2);
  });

  it("says when the evidence is gone instead of correcting another event", () => {
    const c = correction("c", v1, 1, { kind: "type", type: "aid" });
    const rewritten = fixtureArticle("a", [
      mopti,
      { ...gao, sentence: "A convoy was hit near Gao.", trigger: "hit" },
    ]);
    const { events, orphaned } = applyCorrections(rewritten, [c]);
    expect(orphaned).toEqual([c]);
    expect(events.every((e) => !e.userEdited)).toBe(true);
  });

  it("lists the corrections of one event", () => {
    const c = correction("c", v1, 1, { kind: "casualties", killed: 2, wounded: 1 });
    expect(correctionsOfEvent(v2, "n2", [c])).toEqual([c]);
    expect(correctionsOfEvent(v2, "n1", [c])).toEqual([]);
  });
});
