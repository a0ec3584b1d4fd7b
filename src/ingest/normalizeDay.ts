import { normalizePublished } from "../pipeline/cleanInput";

/**
 * A publication date as YYYY-MM-DD when it is one in a common unambiguous form; anything else is
 * passed on unchanged, so the pipeline names it in its message.
 */
export function normalizeDay(value: string): string {
  const n = normalizePublished(value);
  return typeof n === "string" ? n : value.trim();
}
