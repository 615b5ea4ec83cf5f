import { useFormatter } from "next-intl";

// UQPAY sends ISO times with an offset ("2024-03-21T17:17:32+08:00") but cardholder create_time
// as "2024-05-09 15:52:23" with no zone; only the former can be shown in the reader's time zone,
// the latter is shown exactly as sent rather than guessed at. No hooks beyond next-intl's, so it
// renders in server and client components alike.
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

/** A UQPAY timestamp in the reader's locale when it names its zone; the value as sent on hover. */
export function UqpayTime({ value }: { value: string | null }) {
  const format = useFormatter();
  if (!value) return <span className="text-muted-foreground">—</span>;
  if (!WITH_ZONE.test(value)) return <time>{value}</time>;
  return (
    <time dateTime={value} title={value} suppressHydrationWarning>
      {format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
}
