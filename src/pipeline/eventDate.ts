import type { ArticleResult, DateOut, DateRangeOut } from "./contract";

/**
 * The words that date an event, for provenance (reader marks, details, exports): the whole range
 * when its date is one end of a range ("between April and June"), else its date; undefined when the
 * event has no date of its own in the text.
 */
export function datingWords(
  article: Pick<ArticleResult, "dates"> | undefined,
  event: { date: number | null },
): DateOut | DateRangeOut | undefined {
  if (event.date === null) return undefined;
  const date = article?.dates[event.date];
  return date?.range ?? date;
}
