import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/native-select";
import { CARDHOLDER_STATUSES } from "@/lib/uqpay";

/**
 * A plain GET form: the filter lives in the URL (shareable, back-button friendly), and the page ships
 * no JavaScript for it (next/form and radix Label would, issue #11).
 */
export async function CardholdersFilter({ status }: { status?: string }) {
  const t = await getTranslations("cardholders");
  return (
    <form method="get" action="/cardholders" aria-label={t("list.filters")} className="mb-4 flex flex-wrap items-end gap-2">
      <div className="grid gap-1.5">
        <label htmlFor="cardholders-status" className="text-sm leading-none font-medium">
          {t("list.statusFilter")}
        </label>
        <NativeSelect id="cardholders-status" name="status" defaultValue={status ?? ""} className="w-48">
          <option value="">{t("list.allStatuses")}</option>
          {CARDHOLDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <Button type="submit" variant="outline">
        {t("list.apply")}
      </Button>
      {status ? (
        <Button asChild variant="ghost">
          <Link href="/cardholders">{t("list.clear")}</Link>
        </Button>
      ) : null}
    </form>
  );
}
