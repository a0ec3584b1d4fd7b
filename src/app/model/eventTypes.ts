import type { EventType } from "../../pipeline/contract";

/** Marker colours and legend labels, one per event type (colour-blind-safe-ish, distinct on the light basemap). */
export const EVENT_TYPES: readonly { type: EventType; label: string; color: string }[] = [
  { type: "airstrike", label: "Airstrike", color: "#c62828" },
  { type: "shelling", label: "Shelling", color: "#ef6c00" },
  { type: "fighting", label: "Fighting", color: "#8e24aa" },
  { type: "attack", label: "Attack", color: "#ad1457" },
  { type: "ceasefire", label: "Ceasefire", color: "#2e7d32" },
  { type: "diplomacy", label: "Diplomacy", color: "#1565c0" },
  { type: "aid", label: "Aid", color: "#00838f" },
  { type: "statement", label: "Statement", color: "#5d6d7e" },
  { type: "other", label: "Other", color: "#6d4c41" },
];

const BY_TYPE = new Map(EVENT_TYPES.map((e) => [e.type as string, e]));

export function eventColor(type: string): string {
  return BY_TYPE.get(type)?.color ?? "#6d4c41";
}

export function eventLabel(type: string): string {
  return BY_TYPE.get(type)?.label ?? type;
}
