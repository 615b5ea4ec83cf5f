import { useTranslations } from "next-intl";
import { FailureNotice } from "@/components/failure-notice";
import type { ActionFailure } from "@/lib/actions/result";

/** FailureNotice with its words from the catalogue (forms inside NextIntlClientProvider). */
export function ErrorGuidance({ failure }: { failure: ActionFailure | null }) {
  const t = useTranslations("guidance");
  return <FailureNotice failure={failure} text={{
        "guidance.whatToDo": t("whatToDo"),
        "guidance.outcomeUnknown": t("outcomeUnknown"),
        "guidance.upstream": t("upstream", { status: "{status}", code: "{code}" }),
      }} />;
}
