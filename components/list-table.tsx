import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

export interface ListColumn<T> {
  header: ReactNode;
  /** Right-aligns header and cells (amounts). */
  align?: "right";
  /** Classes for the column's cells. */
  className?: string;
  cell: (row: T) => ReactNode;
}

/**
 * The console's list tables: one header row, one row per item, and a designed empty state in
 * place of an empty table. Works in server and client components alike (no hooks).
 */
export function ListTable<T>({
  label,
  rows,
  rowKey,
  columns,
  empty,
  emptyClassName = "p-6 text-center",
}: {
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: ListColumn<T>[];
  empty: ReactNode;
  emptyClassName?: string;
}) {
  if (rows.length === 0) return <p className={cn("text-sm text-muted-foreground", emptyClassName)}>{empty}</p>;
  return (
    <Table aria-label={label}>
      <TableHeader>
        <TableRow>
          {columns.map((column, i) => (
            <TableHead key={i} className={column.align === "right" ? "text-right" : undefined}>
              {column.header}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {columns.map((column, i) => (
              <TableCell key={i} className={cn(column.align === "right" && "text-right", column.className)}>
                {column.cell(row)}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
