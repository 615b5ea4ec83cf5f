import Form from "next/form";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/native-select";
import { CARDHOLDER_STATUSES } from "@/lib/uqpay";

/** A GET form: the filter lives in the URL (shareable, back-button friendly) and works without JS. */
export async function CardholdersFilter({ status }: { status?: string }) {
  const t = await getTranslations("cardholders");
  return (
    <Form action="/cardholders" aria-label={t("list.filters")} className="mb-4 flex flex-wrap items-end gap-2">
      <div className="grid gap-1.5">
        <Label htmlFor="cardholders-status">{t("list.statusFilter")}</Label>
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
    </Form>
  );
}
