"use client";

import { useRouter } from "next/navigation";
import { useTransition, type ReactNode } from "react";

/** The filled-in fields of a filter form as a query string (empty fields and the page dropped). */
function filterQuery(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === "string" && value.trim() !== "") params.set(name, value.trim());
  return params.toString();
}

/**
 * A server-rendered list under a GET filter form, changed in place: submitting the form (or, with
 * `autoSubmit`, changing one of its selects) and following a link marked `data-in-place` (the pager)
 * are client navigations, and the rows on screen stay, marked busy, until the server has rendered the
 * next ones. Without JavaScript the form and links work as plain GETs. The fields and rows are server
 * components passed in; this island only carries the navigation (issue #11).
 */
export function InPlaceList({
  action,
  label,
  formClassName,
  autoSubmit = false,
  loading,
  form,
  children,
}: {
  action: string;
  label: string;
  formClassName?: string;
  autoSubmit?: boolean;
  loading: string;
  form: ReactNode;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (href: string) => startTransition(() => router.push(href, { scroll: false }));
  return (
    <>
      <form
        method="get"
        action={action}
        role="search"
        aria-label={label}
        className={formClassName}
        onSubmit={(event) => {
          event.preventDefault();
          const qs = filterQuery(event.currentTarget);
          go(qs ? `${action}?${qs}` : action);
        }}
        onChange={autoSubmit ? (event) => void ((event.target as Element).tagName === "SELECT" && event.currentTarget.requestSubmit()) : undefined}
      >
        {form}
      </form>
      <div
        aria-busy={pending}
        className={pending ? "grid gap-3 opacity-60 transition-opacity" : "grid gap-3"}
        onClick={(event) => {
          const link = (event.target as Element).closest("a[data-in-place]");
          if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          go(link.getAttribute("href")!);
        }}
      >
        {children}
      </div>
      {pending ? (
        <p role="status" className="text-sm text-muted-foreground">
          {loading}
        </p>
      ) : null}
    </>
  );
}
