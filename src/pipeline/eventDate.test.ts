import { describe, expect, it } from "vitest";
import { run } from "../testing/runPipeline";
import { datingWords } from "./eventDate";

describe("the words that date an event", () => {
  it("are the whole range when the event is dated by one", () => {
    const article = run(
      "Fighters attacked villages near Kharkiv between April and June, killing 40 people.",
      "2023-08-01",
    );
    const event = article.events[0]!;
    expect(event.dateStart).toBe("2023-04-01");
    expect(datingWords(article, event)?.text).toBe("between April and June");
  });

  it("are the date's own words otherwise, and nothing without a date in the text", () => {
    const article = run("Shelling in Kharkiv on Friday killed three people.", "2023-08-01");
    const event = article.events[0]!;
    expect(datingWords(article, event)?.text).toBe("on Friday");
    expect(datingWords(article, { date: null })).toBeUndefined();
  });
});
