import { describe, expect, it } from "vitest";
import { places, run } from "../../testing/runPipeline";

describe("toponym recognition", () => {
  it("finds countries, cities and multi-word names", () => {
    expect(places("Officials met in Geneva and later flew to Buenos Aires and Saudi Arabia.")).toEqual([
      "Geneva -> CH",
      "Buenos Aires -> AR",
      "Saudi Arabia -> SA",
    ]);
  });

  it("matches transliteration variants of multi-word names loosely", () => {
    expect(places("Shelling hit Deir Ezzor and Al-Quneitra.")).toEqual([
      "Deir Ezzor -> SY",
      "Al-Quneitra -> SY",
    ]);
  });

  it("finds names in possessives, hyphenated and X-based forms", () => {
    expect(places("Kenya's president and a Nigeria-based group met Ghana-backed envoys.")).toEqual([
      "Kenya -> KE",
      "Nigeria -> NG",
      "Ghana -> GH",
    ]);
  });

  it("reads a demonym that is only a region's alternate name as its country", () => {
    const r = run("A dead Australian black swan was found near Canberra.");
    const demonym = r.toponyms.find((t) => t.text === "Australian");
    expect([demonym?.name, demonym?.adjectival]).toEqual(["Australia", true]);
  });

  it("resolves descriptive references from the gazetteer", () => {
    const r = run("Protests spread across the Iraqi capital and in Turkey's largest city.");
    expect(r.toponyms.map((t) => [t.text, t.name, t.cue])).toEqual([
      ["Iraqi capital", "Baghdad", "capital-of"],
      ["Turkey's largest city", "Istanbul", "largest-city"],
    ]);
  });

  it("keeps a region whose name is also a given name, unless the surname recurs alone", () => {
    expect(places("The Georgia Bureau of Investigation and Virginia police responded.")).toEqual([
      "Georgia -> US",
      "Virginia -> US",
    ]);
  });

  it("does not take people for places", () => {
    expect(places("Jordan Smith and President Kenyatta spoke. Later, Smith said nothing.")).toEqual([]);
    // A surname seen in a full name stays a person later in the article.
    expect(places("Paul Lincoln arrived on time. Lincoln said he was tired.")).toEqual([]);
  });

  it("does not take newspapers, streets, months or everyday words for places", () => {
    expect(places("The Washington Post reported it from Dublin Road in May.")).toEqual([]);
    expect(places("Reading is fun. Police said the White House was informed.")).toEqual([]);
    expect(places("We ate turkey and said nothing at all.")).toEqual([]);
  });

  it("does not take a car model or a president's administration for a place", () => {
    expect(places("A 1992 Toyota Corolla hit a truck. The Toyota failed to yield, police said.")).toEqual([]);
    expect(places("Their red 1991 Honda broke down on the way home.")).toEqual([]);
    expect(places("The policies of the Obama administration differ from the Bush administration.")).toEqual(
      [],
    );
    // A capital or a bigger region stays itself: "the 2008 Beijing Olympics".
    expect(places("Tickets for the 2008 Beijing Olympics sold out.")).toEqual(["Beijing -> CN"]);
  });

  it("does not take an organisation's acronym or a hospital's name for a place", () => {
    expect(places("The African Leaders Malaria Alliance (ALMA) met. ALMA said funds arrived.")).toEqual([]);
    expect(places("She was flown to the Royal Free on Monday.")).toEqual([]);
  });

  it("keeps a place inside an organisation's name as a toponym", () => {
    expect(places("The Kenya Red Cross Society sent teams.")).toEqual(["Kenya -> KE"]);
  });

  it("lists names in place position that the gazetteer does not know", () => {
    const r = run("Shelling hit the village of Qzwertyville on Tuesday.");
    expect(r.unresolved.map((u) => [u.text, u.reason])).toEqual([["Qzwertyville", "no gazetteer entry"]]);
  });

  it("finds nothing in text with no places", () => {
    const r = run("The committee will meet again next week to discuss the budget.");
    expect(r.toponyms).toEqual([]);
    expect(r.unresolved).toEqual([]);
  });

  it("reads dotted initials as a two-word name, and no abbreviation as a loose spelling", () => {
    const r = run("He flew from L.A. to N.Y. in the U.S. on Monday.").toponyms;
    expect(r.map((t) => `${t.text} -> ${t.name}`)).toEqual([
      "L.A. -> Los Angeles",
      "N.Y. -> New York",
      "U.S. -> United States",
    ]);
    expect(places("The U.N. and the E.U. sent aid to the D.R.C. on Monday.")).toEqual(["D.R.C. -> CD"]);
    // "LA" without dots is the state's code; "U.S. Sen." and "D-W. Va." are no towns.
    expect(places("Trailers arrived in Shreveport, LA.")).toEqual(["Shreveport -> US", "LA -> US"]);
    const r2 = run("U.S. Sen. Byrd, D-W. Va., spoke.").toponyms;
    expect(r2[0]!.name).toBe("United States");
    expect(r2.every((t) => t.countryCode === "US")).toBe(true);
  });

  it("reads a disease named after a place as the disease, in every mention of a small place", () => {
    expect(places("Marburg virus causes Marburg hemorrhagic fever. Marburg kills more slowly.")).toEqual([]);
    expect(places("The Hong Kong flu spread. Schools in Hong Kong closed.")).toEqual(["Hong Kong -> HK"]);
  });

  it("takes the name after an abbreviated title for a person", () => {
    expect(places("Ms. Corby, who says she is innocent, spoke in Bali. Corby wept.")).toEqual(["Bali -> ID"]);
  });

  it("reads a long official name with 'the' inside", () => {
    expect(places("Cases rose in the Democratic Republic of the Congo.")).toEqual([
      "Democratic Republic of the Congo -> CD",
    ]);
  });

  it("reads a country's demonym as the country, not as a town spelled the same", () => {
    const t = run("I got tired of Canadian winters.").toponyms;
    expect(t.map((x) => [x.name, x.adjectival])).toEqual([["Canada", true]]);
  });

  it("does not read a demonym that names a language or a people as the country", () => {
    const text =
      "She spoke only French. The English version came out, subtitled in Italian, and Native Americans gathered.";
    expect(run(text).toponyms.map((x) => x.text)).toEqual([]);
    expect(run("Portuguese officials met Spanish farmers.").toponyms.map((x) => x.name)).toEqual([
      "Portugal",
      "Spain",
    ]);
  });
});

describe("a city's government", () => {
  it("reads 'X City Council' as X when 'X City' is only a variant name of some other place", () => {
    const r = run("The Dublin City Council met in Franklin County. Columbus officials attended.");
    const dublin = r.toponyms.find((t) => t.text.startsWith("Dublin"))!;
    expect([dublin.text, dublin.countryCode]).toEqual(["Dublin", "US"]);
  });

  it("keeps 'X City' when it is the place's own name", () => {
    expect(places("The Carson City Council voted on Monday.")).toEqual(["Carson City -> US"]);
  });
});

describe("regional names and abbreviations", () => {
  it("reads elided French articles inside a name (d'Ivoire, d'Alene)", () => {
    expect(places("Cases rose in Côte d'Ivoire and in Coeur d'Alene.")).toEqual([
      "Côte d'Ivoire -> CI",
      "Coeur d'Alene -> US",
    ]);
  });

  it("knows Darfur, the Americas and Australian state abbreviations", () => {
    expect(places("Aid reached Darfur; the Americas reported cases; floods hit NSW and Qld.")).toEqual([
      "Darfur -> SD",
      "Americas -> ",
      "NSW -> AU",
      "Qld -> AU",
    ]);
  });
});

describe("possessives inside a name", () => {
  it("reads a long official name with a possessive inside as one name", () => {
    expect(places("The People's Republic of China withheld data, officials in Beijing said.")).toEqual([
      "People's Republic of China -> CN",
      "Beijing -> CN",
    ]);
  });
});

describe("lists of counties", () => {
  it("reads each name of 'A, B and C counties' as a county", () => {
    const r = run("Storms hit Geauga and Medina counties, and later Douglas, Sarpy and Lancaster counties.");
    // Longitudes place them: Ohio's counties near 81° W, Nebraska's near 96° W.
    expect(r.toponyms.map((t) => [t.text, t.name, t.featureCode, Math.round(t.lon)])).toEqual([
      ["Geauga", "Geauga County", "ADM2", -81],
      ["Medina", "Medina County", "ADM2", -82],
      ["Douglas", "Douglas County", "ADM2", -96],
      ["Sarpy", "Sarpy County", "ADM2", -96],
      ["Lancaster", "Lancaster County", "ADM2", -97],
    ]);
  });

  it("reads the names after 'the counties of' or 'counties:' as counties", () => {
    const r = run(
      "The state's largest counties: Douglas, Lancaster and Sarpy grew. So did the counties of Geauga and Medina.",
    );
    expect(r.toponyms.map((t) => [t.text, t.featureCode, Math.round(t.lon)])).toEqual([
      ["Douglas", "ADM2", -96],
      ["Lancaster", "ADM2", -97],
      ["Sarpy", "ADM2", -96],
      ["Geauga", "ADM2", -81],
      ["Medina", "ADM2", -82],
    ]);
  });

  it("does not read a state before 'counties' as a county", () => {
    expect(
      places("Unemployment rose in Indiana counties and in Georgia and Nassau and Baker counties."),
    ).toEqual(["Indiana -> US", "Georgia -> US", "Nassau -> US", "Baker -> US"]);
    const r = run("Unemployment rose in Indiana counties.").toponyms;
    expect(r.map((t) => t.featureCode)).toEqual(["ADM1"]);
  });

  it("leaves a name alone when no county goes by it", () => {
    // Which Medina is resolution's call (a big city abroad against towns of another state); the
    // list does not make it a county.
    const r = run("Officials from Chicago and Medina counties met.").toponyms;
    expect(r.map((t) => [t.text, t.featureCode === "ADM2"])).toEqual([
      ["Chicago", false],
      ["Medina", false],
    ]);
  });
});

describe("a sentence's first word", () => {
  it("does not join an everyday word to the name after it", () => {
    expect(run("As Moscow launched barrages, shelling hit Kharkiv.").toponyms.map((t) => t.text)).toEqual([
      "Moscow",
      "Kharkiv",
    ]);
  });

  it("keeps an article that belongs to the name", () => {
    expect(run("Al Quneitra was shelled on Monday.").toponyms.map((t) => t.text)).toEqual(["Al Quneitra"]);
  });
});
