/**
 * Moved to src/time/days.ts (the command line uses it too). Kept only so that code written against
 * this path still builds; import from src/time/days.
 */
export * from "../../time/days";
