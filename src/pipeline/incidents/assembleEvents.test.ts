import { describe, expect, it } from "vitest";
import { run } from "../../testing/runPipeline";

// Publication date 2020-06-13 is a Saturday.
const events = (text: string) =>
  run(text).events.map(
    (e) => `${e.type} @ ${e.placeName} (${e.precision}) ${e.dateStart}..${e.dateEnd} k=${e.killed}`,
  );

describe("incident assembly", () => {
  it("places and dates an incident from its own sentence", () => {
    expect(events("Airstrikes hit a market in Mosul on Thursday, killing 12 people.")).toEqual([
      "airstrike @ Mosul (city) 2020-06-11..2020-06-11 k=12",
    ]);
  });

  it("marks 'a town near X' as near X", () => {
    expect(events("Gunmen attacked a convoy near Kandahar on Friday.")).toEqual([
      "attack @ Kandahār (near) 2020-06-12..2020-06-12 k=null",
    ]);
  });

  it("marks 'X countryside' as near X", () => {
    expect(events("Shelling hit the Daraa countryside on Friday.")[0]).toMatch(/\(near\)/);
  });

  it("does not place an incident at its agent or at a government", () => {
    // "Iran-backed" and "Moscow said" say who, not where.
    expect(events("Iran-backed fighters shelled positions in Idlib, Moscow said.")).toEqual([
      "shelling @ Idlib (city) 2020-06-12..2020-06-13 k=null",
    ]);
  });

  it("takes the event's date, not the date of the report", () => {
    expect(events("Police said Friday that a car bomb exploded in Kabul last week.")).toEqual([
      "attack @ Kabul (city) 2020-06-01..2020-06-07 k=null",
    ]);
  });

  it("uses the publication date or the day before, marked as such, when the text gives none", () => {
    const e = run("A suicide bomber struck a mosque in Quetta.").events;
    expect(e.map((x) => [x.dateStart, x.dateEnd, x.dateSource])).toEqual([
      ["2020-06-12", "2020-06-13", "published"],
    ]);
  });

  it("borrows the place from the paragraph's previous sentence, and shows it in the excerpt", () => {
    const text =
      "Doctors treated a boy in Homs on Wednesday. Officials said three people were killed by mortar fire.";
    expect(events(text)).toEqual(["shelling @ Homs (city) 2020-06-10..2020-06-10 k=3"]);
    expect(run(text).events[0]!.excerpt.text).toBe(text);
  });

  it("gives the event to each place named together, and a city the preposition of its country", () => {
    expect(events("Warplanes bombed Hama and Idlib on Thursday.")).toEqual([
      "airstrike @ Ḩamāh (city) 2020-06-11..2020-06-11 k=null",
      "airstrike @ Idlib (city) 2020-06-11..2020-06-11 k=null",
    ]);
    expect(events("Gunmen killed two people in Syria's Afrin.")).toEqual([
      "attack @ ‘Afrīn (city) 2020-06-12..2020-06-13 k=2",
    ]);
  });

  it("does not split a chain of containers into several places", () => {
    expect(events("Delegates met at a hotel in Manhattan, New York, on Tuesday.")).toHaveLength(1);
  });

  it("merges the same incident reported twice", () => {
    const text =
      "Clashes erupted in Tripoli on Monday.\n\nClashes erupted in Tripoli on Monday, witnesses said.";
    expect(run(text).events).toHaveLength(1);
  });

  it("reports nothing for hypothetical, cumulative or placeless talk", () => {
    expect(events("The war has killed 400,000 people in Syria since 2011.")).toEqual([]);
    expect(events("Leaders hope a ceasefire could be agreed in Yemen.")).toEqual([]);
    expect(events("The weather was mild on Sunday and people went to the beach.")).toEqual([]);
  });

  it("gives each clause's incident its own place", () => {
    expect(
      events("Regime forces shelled the Daraa countryside and warplanes bombed Maarat al-Numaan on Monday."),
    ).toEqual([
      "shelling @ Dar‘ā (near) 2020-06-08..2020-06-08 k=null",
      "airstrike @ Ma‘arrat an Nu‘mān (city) 2020-06-08..2020-06-08 k=null",
    ]);
  });

  it("gives a place after a preposition to the trigger before it, not the nearer one after it", () => {
    expect(events("Clashes in the southern countryside of Mosul and an explosion in Kirkuk").sort()).toEqual([
      "attack @ Kirkuk (city) 2020-06-12..2020-06-13 k=null",
      "fighting @ Mosul (near) 2020-06-12..2020-06-13 k=null",
    ]);
    // A word for the toll reports the same incident: the town after it is the airstrikes' place.
    expect(events("Airstrikes on the countryside of Mosul leaving people killed in Tal Afar")).toEqual([
      "airstrike @ Tall ‘Afar (city) 2020-06-12..2020-06-13 k=null",
    ]);
    // In a clause of its own, a word for the toll reports an incident of its own.
    expect(events("Shelling hit Mosul, and two soldiers were killed in Kirkuk").sort()).toEqual([
      "attack @ Kirkuk (city) 2020-06-12..2020-06-13 k=2",
      "shelling @ Mosul (city) 2020-06-12..2020-06-13 k=null",
    ]);
    // With no trigger before it, the place still goes to the trigger that follows.
    expect(events("Near Mosul, an explosion killed a soldier.")).toEqual([
      "attack @ Mosul (near) 2020-06-12..2020-06-13 k=1",
    ]);
  });

  it("puts an incident on the side of a town the text names ('north of X', 'the eastern countryside of X')", () => {
    const at = (text: string) => {
      const e = run(text).events[0]!;
      const t = run(text).toponyms[e.toponym!]!;
      return [
        Math.round((e.lat - t.lat) * 111),
        Math.round((e.lon - t.lon) * 111 * Math.cos((t.lat * Math.PI) / 180)),
      ];
    };
    expect(at("Shelling hit villages north of Mosul")).toEqual([25, 0]);
    expect(at("Gunmen attacked a checkpoint in the eastern countryside of Mosul")).toEqual([0, 25]);
    expect(at("Gunmen attacked a checkpoint in Mosul's south-western outskirts")).toEqual([-18, -18]);
    expect(run("Shelling hit villages north of Mosul").events[0]!.precision).toBe("near");
    // A town itself, or a capitalised side that is part of a name, stays at the town's point.
    expect(at("Shelling hit Mosul")).toEqual([0, 0]);
    expect(at("Gunmen attacked a checkpoint in East Mosul")).toEqual([0, 0]);
    expect(at("Shelling hit areas in the north and south of Mosul")).toEqual([0, 0]);
    // Two sides named together: between them.
    expect(at("Airstrikes target the southern and western countryside of Mosul")).toEqual([-18, -18]);
    expect(at("Airstrikes target the southern and eastern parts of the countryside of Mosul")).toEqual([
      -18, 18,
    ]);
  });

  it("gives another clause's incident a town of its own even when it lies near the first", () => {
    expect(events("Shelling hit Homs and clashes erupted in Hama").sort()).toEqual([
      "fighting @ Ḩamāh (city) 2020-06-12..2020-06-13 k=null",
      "shelling @ Homs (city) 2020-06-12..2020-06-13 k=null",
    ]);
  });

  it("takes the subject of 'witnesses' as the place of what it witnesses", () => {
    expect(events("Kirkuk city witnesses skirmishes and an explosion hit Mosul").sort()).toEqual([
      "attack @ Mosul (city) 2020-06-12..2020-06-13 k=null",
      "fighting @ Kirkuk (city) 2020-06-12..2020-06-13 k=null",
    ]);
    // A name that only modifies a noun governs nothing.
    expect(events("Kirkuk officials condemned skirmishes and an explosion hit Mosul")).toEqual([
      "attack @ Mosul (city) 2020-06-12..2020-06-13 k=null",
    ]);
  });

  it("gives each clause's incident its own casualty count", () => {
    const e = run(
      "Airstrikes killed 12 people in Mosul on Thursday, and a car bomb wounded 5 in Kirkuk.",
    ).events;
    expect(e.map((x) => [x.placeName, x.killed, x.wounded])).toEqual([
      ["Mosul", 12, null],
      ["Kirkuk", null, 5],
    ]);
  });

  it("reads a list of parts of places ('the west of A and the countryside of B')", () => {
    expect(events("Fighting continued in the west of Hama and the countryside of Idlib.")).toEqual([
      "fighting @ Ḩamāh (near) 2020-06-12..2020-06-13 k=null",
      "fighting @ Idlib (near) 2020-06-12..2020-06-13 k=null",
    ]);
  });

  it("keeps a place a location before an area noun, after a demonym and in a title-case headline", () => {
    expect(events("The ongoing airstrikes on Idlib Province killed 14 civilians.")).toHaveLength(1);
    expect(events("A Kurdish force claims killing five in Syrian Afrin")).toEqual([
      "attack @ ‘Afrīn (city) 2020-06-12..2020-06-13 k=5",
    ]);
    expect(events("Militants Execute Three Civilians In Idlib Over Witchcraft Accusations")).toHaveLength(1);
    // An organisation's name still is not a location.
    expect(events("The Idlib Media Center reported clashes.")).toEqual([]);
  });

  it("reads the preposition before a name with an Arabic article ('in al-Bab')", () => {
    expect(events("An explosion hit Idlib factions' positions in al-Bab.")).toEqual([
      "attack @ Al Bāb (city) 2020-06-12..2020-06-13 k=null",
    ]);
    // The article lends no preposition of its own: "in Idlib" still beats a modifier "al-Bab factions".
    expect(events("An explosion in Idlib hit positions of al-Bab factions.")).toEqual([
      "attack @ Idlib (city) 2020-06-12..2020-06-13 k=null",
    ]);
  });

  it("does not take the party a force is loyal to or backed by as the place", () => {
    expect(
      events("Tal Tamr countryside witnesses violent clashes between Ankara-loyal factions and Kurds."),
    ).toEqual(["fighting @ Tall Tamr (near) 2020-06-12..2020-06-13 k=null"]);
    expect(
      events("Explosions hit areas held by forces loyal to Turkey, leaving casualties in al-Bab."),
    ).toEqual(["attack @ Al Bāb (city) 2020-06-12..2020-06-13 k=null"]);
    // A place after "to" that is no allegiance still counts.
    expect(events("Fighters attacked a convoy on the road to Manbij.")).toEqual([
      "attack @ Manbij (city) 2020-06-12..2020-06-13 k=null",
    ]);
  });

  it("does not take the states between which something happens as its place", () => {
    expect(events("Clashes between Iran and Iraq were reported.")).toEqual([]);
  });
});

describe("a sentence with no date of its own", () => {
  const dated = (text: string) =>
    run(text).events.map((e) => `${e.placeName} ${e.dateStart}..${e.dateEnd} ${e.dateSource}`);

  it("takes the article's reference time, not the previous sentence's date", () => {
    expect(dated("Rebels shelled Kadugli on Thursday. Gunmen attacked a market in Kosti.")).toEqual([
      "Kadugli 2020-06-11..2020-06-11 text",
      "Kosti 2020-06-12..2020-06-13 published",
    ]);
  });

  it("does not take a date of another clause of time ('After the attack ... three days ago failed, ...')", () => {
    expect(
      dated("After the attack in Kadugli three days ago failed, a suicide bomber blew himself up in Talodi."),
    ).toEqual(["Kadugli 2020-06-10..2020-06-10 text", "Talodi 2020-06-12..2020-06-13 published"]);
    // A clause of time that reports nothing of its own still dates the incident.
    expect(dated("Rebels attacked a market in Talodi after dawn on Thursday.")).toEqual([
      "Talodi 2020-06-11..2020-06-11 text",
    ]);
    // In the trigger's own clause the same date holds.
    expect(dated("A suicide bomber blew himself up in Talodi three days ago.")).toEqual([
      "Talodi 2020-06-10..2020-06-10 text",
    ]);
  });

  it("keeps the previous sentence's date when discourse links them", () => {
    expect(dated("Rebels shelled Kadugli on Thursday. They also shelled villages near Talodi.")[1]).toBe(
      "Talodi 2020-06-11..2020-06-11 text",
    );
    expect(dated("Rebels shelled Kadugli on Thursday. The attack also hit a market in Talodi.")[1]).toBe(
      "Talodi 2020-06-11..2020-06-11 text",
    );
  });
});
