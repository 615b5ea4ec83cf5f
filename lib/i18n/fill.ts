/** Text handed to a client island: message key → the translated message (see island-text.ts). */
export type IslandText = Record<string, string>;

type Values = Record<string, string | number>;

/**
 * Puts values into a message the server translated with its `{name}` placeholders left in
 * (lib/i18n/island-text.ts): client islands get their words as props instead of shipping the
 * next-intl runtime and catalogue (issue #11).
 */
export function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export type Translate = ((key: string, values?: Values) => string) & { has: (key: string) => boolean };

/** A `t` over island text, as useTranslations gives one over the catalogue; a missing key reads as itself. */
export function translator(text: IslandText, prefix = ""): Translate {
  const t = (key: string, values?: Values) => {
    const message = text[prefix + key] ?? prefix + key;
    return values ? fill(message, values) : message;
  };
  return Object.assign(t, { has: (key: string) => prefix + key in text });
}
