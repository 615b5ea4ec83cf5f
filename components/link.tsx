import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The console's link: next/link without prefetching. Every console page is dynamic, so a prefetch
 * renders the target's layout on the server (session, connection, sidebar) and the browser parses
 * the answer during the page's first seconds; the overview alone shows some 30 links. A click still
 * navigates in place, fetching the page then.
 */
export function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
