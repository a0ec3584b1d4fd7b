import { setThemeChoice, useThemeChoice, type ThemeChoice } from "./theme";

/** Light, dark, or the system's choice. */
export function ThemeToggle() {
  const choice = useThemeChoice();
  return (
    <label className="theme-toggle">
      Theme
      <select value={choice} onChange={(e) => setThemeChoice(e.currentTarget.value as ThemeChoice)}>
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </label>
  );
}
