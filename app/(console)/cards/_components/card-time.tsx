import { useFormatter } from "next-intl";

// UQPAY card times carry an offset ("2026-04-10T18:04:44+08:00"); those are shown in the reader's
// zone. Anything without a zone is shown exactly as sent rather than guessed at.
const WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export function CardTime({ value }: { value: string | null }) {
  const format = useFormatter();
  if (!value) return <span>—</span>;
  if (!WITH_ZONE.test(value)) return <time>{value}</time>;
  return (
    <time dateTime={value} title={value} suppressHydrationWarning>
      {format.dateTime(new Date(value), { dateStyle: "medium", timeStyle: "short" })}
    </time>
  );
}
