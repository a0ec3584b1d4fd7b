/**
 * The codes the incident columns hold for an incident's precision and type (src/app/model/columns.ts),
 * and the bits of its flags: shared by the columns, incident sets and the binary set format.
 */
import type { EventType, PlacePrecision } from "../../pipeline/contract";
import { EVENT_TYPES } from "./eventTypes";

/** Precision codes, in this order (the `precision` column holds the index). */
export const PRECISIONS: readonly PlacePrecision[] = ["exact", "city", "near", "region", "country"];
export const PRECISION_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  PRECISIONS.map((p, i) => [p, i]),
);
export const COUNTRY_PRECISION = PRECISION_INDEX.country as number;

/** Type codes: the index in EVENT_TYPES; an unknown type counts as "other". */
export const TYPE_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  EVENT_TYPES.map((e, i) => [e.type, i]),
);
const OTHER_TYPE = TYPE_INDEX.other as number;

export function typeIndex(type: string): number {
  return TYPE_INDEX[type] ?? OTHER_TYPE;
}

export function typeOfIndex(index: number): EventType {
  return (EVENT_TYPES[index] ?? EVENT_TYPES[OTHER_TYPE])?.type ?? "other";
}

export function precisionIndex(precision: string): number {
  return PRECISION_INDEX[precision] ?? (PRECISION_INDEX.city as number);
}

/** Bits of the `flags` column. */
export const FLAG_USER_EDITED = 1;
