import { describe, expect, it } from "vitest";
import { tokenize } from "../tokens";
import { markPersons } from "./persons";

describe("markPersons", () => {
  it("marks names after titles and after given names, and remembers surnames", () => {
    const text = "Foreign Minister Ana Lopez met John Carter.";
    const t = tokenize(text);
    const { inPerson, surnames } = markPersons(text, t);
    expect(Array.from(inPerson)).toEqual([0, 0, 1, 1, 0, 1, 1]);
    expect([...surnames].sort()).toEqual(["carter", "lopez"]);
  });

  it("ends on given names that are also months (regression: the scan stopped advancing)", () => {
    const text = "June May April March said June Carter and May West came in June.";
    const { inPerson } = markPersons(text, tokenize(text));
    expect(inPerson.length).toBe(tokenize(text).count);
  });

  it("marks a name followed by an age in commas (news' apposition)", () => {
    const text = "Nakishia Sullivan, 24, was approached outside her home.";
    const { inPerson } = markPersons(text, tokenize(text));
    expect(Array.from(inPerson).slice(0, 3)).toEqual([1, 1, 0]);
    const place = "In Sullivan, 24 houses were flooded.";
    expect(Array.from(markPersons(place, tokenize(place)).inPerson).every((x) => x === 0)).toBe(true);
  });

  it("marks a given name and surname in capitals (interview transcripts)", () => {
    const text = "JOE FENTON (member of the crew): It grew. He moved to VIRGINIA BEACH.";
    const t = tokenize(text);
    const { inPerson } = markPersons(text, t, (i) => text.slice(t.start[i], t.end[i]) === "VIRGINIA");
    expect(Array.from(inPerson).slice(0, 2)).toEqual([1, 1]);
    expect(inPerson[t.count - 2]).toBe(0);
    expect(inPerson[t.count - 1]).toBe(0);
  });

  it("reads past a middle initial to the surname", () => {
    const text = "A pickup struck Terry A. Corbin near Corbin.";
    const { inPerson, surnames } = markPersons(text, tokenize(text));
    expect(Array.from(inPerson).slice(3, 6)).toEqual([1, 1, 1]);
    expect(surnames.has("corbin")).toBe(true);
  });

  it("marks nothing in text without people", () => {
    const text = "The river flooded the valley after heavy rain.";
    expect(Array.from(markPersons(text, tokenize(text)).inPerson).every((x) => x === 0)).toBe(true);
  });
});
