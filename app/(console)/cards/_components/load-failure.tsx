import { CircleAlert } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { uqpayFailure } from "@/lib/actions/uqpay-failure";
import { isUqpayError } from "@/lib/uqpay";

export type LoadFailureView = { title: string; message: string; action?: string };

/** Turns a failed read (no connection, a UQPAY error) into words for the page; rethrows the unexpected. */
export async function loadFailureOf(error: unknown): Promise<LoadFailureView> {
  const t = await getTranslations("cards.load");
  if (error instanceof Error && error.name === "NoConnectionError") return { title: t("title"), message: t("noConnection") };
  if (isUqpayError(error)) {
    const failure = uqpayFailure(error, (await getLocale()) === "zh-CN" ? "zh-CN" : "en");
    return { title: t("title"), message: `${failure.message} (${failure.code})`, action: failure.guidance?.action };
  }
  throw error;
}

export function LoadFailure({ failure }: { failure: LoadFailureView }) {
  return (
    <div role="alert" className="grid gap-1 rounded-md border border-destructive/40 bg-destructive/5 p-4 text-sm">
      <p className="flex items-center gap-2 font-medium text-destructive">
        <CircleAlert className="size-4" aria-hidden />
        {failure.title}
      </p>
      <p>{failure.message}</p>
      {failure.action ? <p className="text-muted-foreground">{failure.action}</p> : null}
    </div>
  );
}
