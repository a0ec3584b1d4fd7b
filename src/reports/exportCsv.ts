/**
 * The exported incidents as CSV: one row an incident, ACLED-like columns first, then ours.
 * RFC 4180 quoting; a cell that a spreadsheet would run as a formula (=, +, -, @ first) is prefixed
 * with an apostrophe, since article text is not trusted.
 */
import type { IncidentCollection, IncidentProperties } from "./exportGeoJson";

export const CSV_COLUMNS = [
  "event_date",
  "time_precision",
  "event_type",
  "location",
  "admin1",
  "country",
  "latitude",
  "longitude",
  "fatalities",
  "source",
  "notes",
  "excerpt",
  "date_words",
  "place_words",
  "user_corrected",
  "event_date_end",
  "geo_precision",
  "source_url",
  "reports",
  "key",
] as const;

export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(s) && !/^-?\d+(\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cellOf(p: IncidentProperties, column: (typeof CSV_COLUMNS)[number]): unknown {
  if (column === "reports") return p.reports.length;
  if (column === "user_corrected") return p.user_corrected ? "yes" : "no";
  return p[column];
}

export function exportCsv(collection: IncidentCollection): string {
  const lines = [CSV_COLUMNS.join(",")];
  for (const f of collection.features)
    lines.push(CSV_COLUMNS.map((c) => csvCell(cellOf(f.properties, c))).join(","));
  return lines.join("\r\n") + "\r\n";
}
