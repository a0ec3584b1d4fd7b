import { describe, expect, it } from "vitest";
import { run } from "../../testing/runPipeline";

const referent = (text: string, phrase: string) => {
  const t = run(text).toponyms.find((x) => x.text === phrase);
  return t && `${t.name}, ${t.countryCode}`;
};

describe("toponym resolution", () => {
  it("prefers the big, well-known referent without context", () => {
    expect(referent("He moved to Paris last year.", "Paris")).toBe("Paris, FR");
  });

  it("follows a local parent: 'X, State'", () => {
    expect(referent("He moved to Paris, Texas, last year.", "Paris")).toMatch(/, US$/);
  });

  it("reads the parent of 'X, Parent' as a container of X: the state, not its city", () => {
    const r = run("A girl from Buffalo, New York, fell ill.").toponyms;
    const parent = r.find((x) => x.text === "New York")!;
    expect(parent.featureCode).toBe("ADM1");
    expect(parent.why?.features).toHaveProperty("holdsChild");
  });

  it("uses the other places of the article (co-location)", () => {
    const text =
      "Flooding closed roads in Alexandria. Rapides Parish officials in Pineville and Louisiana state police helped.";
    const t = run(text).toponyms.find((x) => x.text === "Alexandria")!;
    expect(t.countryCode).toBe("US");
    expect(t.alternatives.some((a) => a.countryCode === "EG")).toBe(true);
  });

  it("gives one referent per name in an article, with a score and alternatives", () => {
    const r = run("Georgia's president spoke in Tbilisi. Georgia will hold elections.");
    const georgia = r.toponyms.filter((t) => t.text === "Georgia");
    expect(new Set(georgia.map((t) => t.countryCode))).toEqual(new Set(["GE"]));
    expect(georgia[0]!.score).toBeGreaterThan(0.5);
    expect(georgia[0]!.score).toBeLessThanOrEqual(1);
  });

  it("puts a town near the article's other towns and counties (spatial co-location)", () => {
    // Two homonyms that only make sense together: the Paris that lies in a Henry County.
    const text = "The rescue squad serves Paris and Henry County. Volunteers in Paris met on Monday.";
    const r = run(text).toponyms;
    const paris = r.find((x) => x.text === "Paris")!;
    const county = r.find((x) => x.text === "Henry County")!;
    expect(paris.countryCode).toBe("US");
    expect(Math.hypot(paris.lat - county.lat, paris.lon - county.lon)).toBeLessThan(1);
  });

  it("does not pull a country's name to its capital city because the article names its towns", () => {
    const text = "Officials in Mexico said cases rose in Toluca, Cuernavaca and Ecatepec.";
    expect(referent(text, "Mexico")).toBe("Mexico, MX");
    expect(run(text).toponyms.find((x) => x.text === "Mexico")!.featureCode).toBe("PCLI");
  });

  it("reads 'A, B, and C' with country names as a list, not as a town inside a country", () => {
    const text = "Many countries, among them China, Japan, and Brazil, reported cases.";
    expect(referent(text, "China")).toBe("China, CN");
  });

  it("does not take a country's name for its capital named 'X City'", () => {
    const text = "Schools closed in Mexico. In Mexico City, the metro ran half empty.";
    expect(run(text).toponyms.find((x) => x.text === "Mexico")!.featureCode).toBe("PCLI");
  });

  it("reads each member of a list of states or countries as the list's kind", () => {
    const text = "Cases were reported in Michigan, Oregon, New Mexico, Washington and Ohio.";
    const wa = run(text).toponyms.find((x) => x.text === "Washington")!;
    expect([wa.featureCode, wa.countryCode]).toEqual(["ADM1", "US"]);
    const on = run("Recalls reached Ontario, Alberta and Manitoba.").toponyms.find(
      (x) => x.text === "Ontario",
    )!;
    expect([on.featureCode, on.countryCode]).toEqual(["ADM1", "CA"]);
  });

  it("reads 'X, Parent' only when the parent contains X, and not when the comma ends a phrase", () => {
    const text = "After Paris, London is the most visited city in Europe.";
    expect(referent(text, "Paris")).toBe("Paris, FR");
    expect(referent(text, "London")).toBe("London, GB");
    // A real container still decides: the London of Ontario.
    expect(referent("Floods closed roads in London, Ontario.", "London")).toBe("London, CA");
  });

  it("weighs the countries an article names above the votes of ambiguous towns", () => {
    const text = "Britain's health agency said cases rose in Cambridge and Reading.";
    expect(referent(text, "Cambridge")).toBe("Cambridge, GB");
    expect(referent("Spanish police raided homes in Toledo.", "Toledo")).toBe("Toledo, ES");
    expect(referent("Ohio police raided homes in Toledo.", "Toledo")).toBe("Toledo, US");
  });

  describe("a big city abroad against a town of the article's country", () => {
    it("keeps the big city when only the article's country points elsewhere", () => {
      expect(referent("Americans visiting Paris this summer face strikes.", "Paris")).toBe("Paris, FR");
      const text = "U.S. officials said the delegation would travel to Athens and then to Rome.";
      expect(referent(text, "Athens")).toBe("Athens, GR");
      expect(referent(text, "Rome")).toBe("Rome, IT");
    });

    it("keeps a country's own name for the country against a town of the article's country", () => {
      expect(referent("Texas troopers patrolled the Mexico border near Laredo.", "Mexico")).toBe(
        "Mexico, MX",
      );
      expect(referent("He grew up in Mexico, Missouri.", "Mexico")).toBe("Mexico, US");
      expect(
        referent("Palestine police and Anderson County deputies in Texas searched the woods.", "Palestine"),
      ).toBe("Palestine, US");
    });

    it("gives the name to the town when the article names its region or its neighbours", () => {
      expect(referent("Texas officials said Paris schools closed.", "Paris")).toBe("Paris, US");
      expect(referent("The Ohio delegation visited Athens and Dublin last week.", "Athens")).toBe(
        "Athens, US",
      );
      expect(referent("Ontario officials said London hospitals were full.", "London")).toBe("London, CA");
    });
  });

  it("gives a name matched by a variant spelling to the candidate in the article's countries", () => {
    // A bigger namesake abroad that is called so only by a variant or spelling-tolerant name loses
    // to a candidate of the countries the article's other names lie in.
    expect(referent("Rebels shelled Idlib and Aleppo and then al-Susah.", "Susah")).toMatch(/, SY$/);
    expect(referent("Clashes in Aleppo and Idlib spread to Ras al-Ayn.", "Ras al-Ayn")).toMatch(/, SY$/);
  });

  it("keeps a variant name's place abroad when no candidate lies in the article's countries", () => {
    expect(referent("Officials in Idlib and Aleppo met envoys in Bombay.", "Bombay")).toMatch(/, IN$/);
  });
});
