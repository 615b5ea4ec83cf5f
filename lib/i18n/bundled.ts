import { CATALOGUE_FILES, mergeCatalogue, type Messages } from "./catalogue";
import type { Locale } from "./config";

const cache = new Map<Locale, Promise<Messages>>();

/**
 * A locale's catalogue as the build compiled it: next.config.mjs has next-intl precompile every
 * messages/ file, so neither server nor browser parses ICU messages at run time, and the browser
 * ships a formatter without the ICU parser.
 */
export function bundledMessages(locale: Locale): Promise<Messages> {
  let messages = cache.get(locale);
  if (!messages) {
    messages = Promise.all(
      CATALOGUE_FILES.map(async (file) => [file, (await import(`../../messages/${locale}/${file}.json`)).default as Messages] as [string, Messages]),
    ).then((parts) => mergeCatalogue(locale, parts));
    cache.set(locale, messages);
  }
  return messages;
}
