/**
 * Reader's theme choice: stored in localStorage only while it differs from the system setting, applied as
 * <html data-theme>. ThemeHead.astro repeats the "apply stored choice" step inline, before the first paint
 * (src/lib/head-scripts.ts).
 */
import { THEME_KEY } from '../lib/head-scripts.ts';

export type Theme = 'light' | 'dark';
export const THEME_EVENT = 'chwd:themechange';

export function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function effectiveTheme(): Theme {
  const set = document.documentElement.dataset.theme;
  return set === 'dark' || set === 'light' ? set : systemTheme();
}

export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  try {
    if (theme === systemTheme()) localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, theme);
  } catch {
    // Storage can be unavailable (privacy mode): the choice then lasts for this page only.
  }
  if (theme === systemTheme()) delete root.dataset.theme;
  else root.dataset.theme = theme;
  document.dispatchEvent(new CustomEvent(THEME_EVENT, { detail: { theme } }));
}
