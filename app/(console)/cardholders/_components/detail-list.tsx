import type { ReactNode } from "react";

/** A two-column description list; empty values read "Not set" rather than vanishing. */
export function DetailList({ items, empty }: { items: [label: string, value: ReactNode][]; empty: string }) {
  return (
    <dl className="grid grid-cols-[minmax(8rem,auto)_1fr] gap-x-4 gap-y-2 text-sm">
      {items.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-muted-foreground">{label}</dt>
          <dd className="break-words">{value === null || value === undefined || value === "" ? <span className="text-muted-foreground">{empty}</span> : value}</dd>
        </div>
      ))}
    </dl>
  );
}
