import { scaleBand, scaleLinear } from "d3-scale";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReadFailurePanel } from "@/components/read-failure";
import type { Settled } from "@/lib/data/failure";
import { SCAN_PAGES, type Activity } from "@/lib/data/overview";
import { formatAmount, formatAxisAmount, isZero, toPlotNumber } from "@/lib/money";
import type { SpendSeries } from "@/lib/overview/spend";

// Drawn on the server as SVG (no chart code reaches the browser). The plot stretches to its box
// (preserveAspectRatio="none"); text stays HTML around it, so labels keep their size on a phone.
const PLOT_WIDTH = 300;
const LABEL_EVERY = 7;

export async function SpendCharts({ data }: { data: Promise<Settled<Activity>> }) {
  const [result, t] = await Promise.all([data, getTranslations("overview.spend")]);
  if (!result.ok) return <ReadFailurePanel title={t("failed")} failure={result.failure} />;
  if (result.data.spend.length === 0) return <p className="py-10 text-center text-sm text-muted-foreground">{t("empty")}</p>;
  return (
    <div className="grid gap-8">
      {result.data.spend.map((series) => (
        <SpendChart key={series.currency} series={series} />
      ))}
      {result.data.truncated ? <p className="text-xs text-warning">{t("truncated", { count: SCAN_PAGES * 100 })}</p> : null}
    </div>
  );
}

async function SpendChart({ series }: { series: SpendSeries }) {
  const [t, format, locale] = await Promise.all([getTranslations("overview.spend"), getFormatter(), getLocale()]);
  const money = (amount: string) => formatAmount(amount, series.currency, locale);
  // Day keys are calendar dates already in the reader's zone: format them as dates, not instants.
  const dayLabel = (day: string, month: "short" | "long" = "short") => format.dateTime(new Date(`${day}T00:00:00Z`), { month, day: "numeric", timeZone: "UTC" });

  const y = scaleLinear().domain([0, toPlotNumber(series.max)]).nice(4).range([100, 0]);
  const x = scaleBand<string>()
    .domain(series.days.map((d) => d.day))
    .range([0, PLOT_WIDTH])
    .paddingInner(0.25)
    .paddingOuter(0.1);
  const spent = series.days.filter((d) => !isZero(d.amount));
  const labelled = series.days.filter((_, i) => (series.days.length - 1 - i) % LABEL_EVERY === 0);
  const centre = (day: string) => (((x(day) ?? 0) + x.bandwidth() / 2) / PLOT_WIDTH) * 100;

  return (
    <figure className="grid gap-2">
      <figcaption className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
        <span className="font-medium">{series.currency}</span>
        <span className="text-muted-foreground">{t("total", { total: money(series.total) })}</span>
      </figcaption>
      <div className="relative h-44 pl-14">
        {y.ticks(4).map((tick) => (
          <div key={tick} aria-hidden className="absolute inset-x-0 border-t border-dashed border-border" style={{ top: `${y(tick)}%` }}>
            <span className="absolute left-0 w-12 -translate-y-1/2 bg-card pr-1 text-right text-[11px] tabular-nums text-muted-foreground">
              {formatAxisAmount(tick, series.currency, locale)}
            </span>
          </div>
        ))}
        <svg
          role="img"
          aria-label={t("chart", { currency: series.currency, total: money(series.total), days: spent.length, max: money(series.max) })}
          viewBox={`0 0 ${PLOT_WIDTH} 100`}
          preserveAspectRatio="none"
          className="absolute inset-y-0 left-14 right-0 h-full w-[calc(100%-3.5rem)] overflow-visible"
        >
          {series.days.map((d) => {
            const top = y(toPlotNumber(d.amount));
            const height = isZero(d.amount) ? 0 : Math.max(100 - top, 0.75);
            return (
              <g key={d.day}>
                <title>{t("bar", { day: dayLabel(d.day), amount: money(d.amount) })}</title>
                <rect x={(x(d.day) ?? 0) - (x.step() - x.bandwidth()) / 2} y={0} width={x.step()} height={100} fill="transparent" />
                <rect x={x(d.day)} y={100 - height} width={x.bandwidth()} height={height} className="fill-primary" rx={0.5} />
              </g>
            );
          })}
        </svg>
      </div>
      <div aria-hidden className="relative ml-14 h-4 text-[11px] text-muted-foreground">
        {labelled.map((d) => (
          <span key={d.day} className="absolute -translate-x-1/2 whitespace-nowrap" style={{ left: `${centre(d.day)}%` }}>
            {dayLabel(d.day)}
          </span>
        ))}
      </div>
      <table className="sr-only">
        <caption>{t("table", { currency: series.currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("day")}</th>
            <th scope="col">{t("amount")}</th>
          </tr>
        </thead>
        <tbody>
          {spent.map((d) => (
            <tr key={d.day}>
              <td>{dayLabel(d.day, "long")}</td>
              <td>{money(d.amount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
