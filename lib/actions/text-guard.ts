import type { FieldErrors } from "./result";

// Passwords are only ever hashed: any character is theirs to use. Other secrets and card data are
// never rendered, so markup in them is harmless, but they are stored (encrypted, last four in clear).
const PASSWORD_KEYS = new Set(["password", "confirmPassword"]);
const OPAQUE_KEYS = new Set([...PASSWORD_KEYS, "apiKey", "webhookSecret", "cvc", "card_number", "payment_code", "document", "front_file", "back_file"]);

// The start of an HTML tag, comment or processing instruction: text that a careless renderer, a
// CSV opened in a spreadsheet, or UQPAY's own dashboards could turn into markup.
const MARKUP = /<\s*[a-z!/?]/i;
// C0 controls except tab, newline and carriage return, and DEL. PostgreSQL refuses NUL in text and
// jsonb outright, so one NUL byte would otherwise surface as a database error.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/**
 * Every string an action accepts is plain text: no markup, no control characters, no lone UTF-16
 * surrogates (which jsonb also refuses). Checked once for all actions in serverAction, after the
 * schema, so a new action cannot forget it. Returns the offending fields, or null.
 */
export function plainTextErrors(value: unknown): FieldErrors | null {
  const errors: FieldErrors = {};
  const walk = (node: unknown, path: string[]) => {
    if (typeof node === "string") {
      const key = path[path.length - 1] ?? "";
      if (PASSWORD_KEYS.has(key)) return;
      const message = !node.isWellFormed() || CONTROL.test(node) ? "invalid_characters" : !OPAQUE_KEYS.has(key) && MARKUP.test(node) ? "markup_not_allowed" : null;
      if (message) (errors[path.join(".") || "_"] ??= []).push(message);
    } else if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, String(i)]));
    } else if (node && typeof node === "object") {
      for (const [key, item] of Object.entries(node)) {
        if (!key.isWellFormed() || CONTROL.test(key)) (errors[[...path, "_key"].join(".")] ??= []).push("invalid_characters");
        walk(item, [...path, key]);
      }
    }
  };
  walk(value, []);
  return Object.keys(errors).length ? errors : null;
}
