import { windowMode, type DayRange, type WindowLength } from "../store/selectors";
import { describeDay, describeRange } from "../../time/days";

/** The time window in words, for the timeline and for screen readers. */
export function windowText(day: number, length: WindowLength, range: DayRange, domain: DayRange): string {
  const { mode, days } = windowMode(length);
  switch (mode) {
    case "all":
      return "all dates";
    case "day":
      return describeDay(day);
    case "cumulative":
      return `everything up to ${describeDay(day)}`;
    case "last":
      return `last ${days} day${days === 1 ? "" : "s"}: ${describeRange(Math.max(range.start, domain.start), range.end)}`;
    case "range":
      return describeRange(range.start, range.end);
  }
}
