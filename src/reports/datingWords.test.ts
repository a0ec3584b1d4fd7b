/** A report and an export give the words that date an event: a whole range, not one of its ends. */
import { describe, expect, it } from "vitest";
import { run } from "../testing/runPipeline";
import { reportFromEvent } from "./reportFromEvent";

const article = {
  ...run("Fighters attacked villages near Kharkiv between April and June, killing 40 people.", "2023-08-01"),
  id: "range",
};

describe("date words of an event dated by a range", () => {
  it("a report carries the range's words", () => {
    expect(reportFromEvent(article, article.events[0]!, 0, 0).dateWords).toBe("between April and June");
  });
});
