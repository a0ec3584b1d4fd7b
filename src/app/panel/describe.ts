/** Words for people about an incident's provenance: precision, how the date was found, casualties. */
import type { ArticleResult, EventOut } from "../../pipeline/contract";

export function precisionText(event: EventOut, article: ArticleResult | undefined): string {
  const toponym = event.toponym === null ? undefined : article?.toponyms[event.toponym];
  const anchor = toponym?.name ?? event.placeName;
  switch (event.precision) {
    case "exact":
      return "exact point";
    case "city":
      return "city";
    case "near":
      return `near ${anchor} (somewhere around it)`;
    case "region":
      return "region";
    case "country":
      return "whole country (no place inside it named)";
    default:
      return String(event.precision);
  }
}

export function dateHowText(event: EventOut, article: ArticleResult | undefined): string {
  if (event.dateSource === "published" || event.date === null) {
    return "publication date or the day before (the text gives no date for it)";
  }
  const date = article?.dates[event.date];
  if (!date) return "from the text";
  return date.how ? `“${date.text}”: ${date.how}` : `from “${date.text}” (${date.precision})`;
}

export function casualtiesText(event: EventOut): string {
  const parts: string[] = [];
  if (event.killed !== null) parts.push(`${event.killed} killed`);
  if (event.wounded !== null) parts.push(`${event.wounded} wounded`);
  return parts.length > 0 ? parts.join(", ") : "none reported";
}

export function scoreText(score: number | undefined): string {
  return score === undefined || !Number.isFinite(score) ? "—" : score.toFixed(2);
}
