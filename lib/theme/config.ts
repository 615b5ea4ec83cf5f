/** Light, dark, or the system's choice (the default); kept in a cookie so the server renders it. */
export const THEMES = ["light", "dark", "system"] as const;
export type Theme = (typeof THEMES)[number];
export const THEME_COOKIE = "theme";

export const isTheme = (value: unknown): value is Theme => THEMES.includes(value as Theme);
export const themeFromCookie = (value: string | undefined): Theme => (isTheme(value) ? value : "system");
