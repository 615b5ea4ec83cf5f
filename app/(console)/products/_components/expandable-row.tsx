"use client";

import { useId, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { TableCell, TableRow } from "@/components/ui/table";
import { useHydrated } from "@/lib/use-hydrated";

/** A table row with a disclosure button that reveals a full-width detail row beneath it; icons come rendered from the server. */
export function ExpandableRow({
  cells,
  detail,
  colSpan,
  showLabel,
  hideLabel,
  icons,
}: {
  cells: ReactNode;
  detail: ReactNode;
  colSpan: number;
  showLabel: string;
  hideLabel: string;
  icons: { open: ReactNode; closed: ReactNode };
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const live = useHydrated();
  return (
    <>
      <TableRow>
        {cells}
        <TableCell>
          <Button type="button" variant="ghost" size="sm" aria-expanded={open} aria-controls={id} disabled={!live} onClick={() => setOpen(!open)}>
            {open ? icons.open : icons.closed}
            {open ? hideLabel : showLabel}
          </Button>
        </TableCell>
      </TableRow>
      {open ? (
        <TableRow id={id} className="bg-muted/30 hover:bg-muted/30">
          <TableCell colSpan={colSpan} className="p-4">
            {detail}
          </TableCell>
        </TableRow>
      ) : null}
    </>
  );
}
