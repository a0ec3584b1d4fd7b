/**
 * Light and dark themes: the system's `prefers-color-scheme` unless the user chose one (kept in
 * localStorage). The choice is the `data-theme` attribute of <html>; app.css does the rest.
 */
import { useSyncExternalStore } from "react";

export type ThemeChoice = "system" | "light" | "dark";
export type Theme = "light" | "dark";

const KEY = "conflict-map-theme";
const listeners = new Set<() => void>();
const darkQuery =
  typeof window !== "undefined" ? window.matchMedia?.("(prefers-color-scheme: dark)") : undefined;

export function themeChoice(): ThemeChoice {
  try {
    const stored = window.localStorage.getItem(KEY);
    return stored === "light" || stored === "dark" ? stored : "system";
  } catch {
    return "system";
  }
}

/** The theme in effect now. */
export function currentTheme(): Theme {
  const choice = themeChoice();
  if (choice !== "system") return choice;
  return darkQuery?.matches ? "dark" : "light";
}

/**
 * Puts the stored choice on <html> (call before the first render). app.css's colours are
 * light-dark() pairs picked by the root's color-scheme, which the attribute sets.
 */
export function applyTheme(): void {
  const choice = themeChoice();
  if (choice === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === "system") window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, choice);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
  applyTheme();
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  darkQuery?.addEventListener("change", listener);
  return () => {
    listeners.delete(listener);
    darkQuery?.removeEventListener("change", listener);
  };
}

/** The theme in effect, re-rendering when the choice or the system setting changes. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme, () => "light");
}

export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(subscribe, themeChoice, () => "system");
}
