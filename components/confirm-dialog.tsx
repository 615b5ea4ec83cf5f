"use client";

import { useTranslations } from "next-intl";
import { ConfirmDialogView, type ConfirmDialogProps } from "@/components/confirm-dialog-view";

/** ConfirmDialogView with its close and cancel words from the catalogue (inside NextIntlClientProvider). */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const t = useTranslations("common");
  return <ConfirmDialogView {...props} text={{ close: t("close"), cancel: t("cancel") }} />;
}
