/** The named text fields of a form as a plain object (what a form kept in the DOM hands its schema and action). */
export function formText<K extends string>(form: HTMLFormElement, names: readonly K[]): Record<K, string> {
  const data = new FormData(form);
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? "")])) as Record<K, string>;
}
