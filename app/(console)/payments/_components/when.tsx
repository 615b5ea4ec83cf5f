import { useFormatter } from "next-intl";

/** A UQPAY timestamp (ISO with offset) in the reader's locale; "—" when absent or unreadable. */
export function When({ value }: { value: string | null }) {
  const format = useFormatter();
  const ms = value ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) return <span>—</span>;
  return <time dateTime={new Date(ms).toISOString()}>{format.dateTime(new Date(ms), { dateStyle: "medium", timeStyle: "medium" })}</time>;
}
