import "server-only";
import { islandText } from "@/lib/i18n/island-text";

/** The words the payment forms and dialogs show, translated for their client islands (issue #11). */
export const paymentText = () =>
  islandText(null, [
    "payments.new",
    "payments.fields",
    "payments.method",
    "payments.card",
    "payments.validation",
    "payments.confirm",
    "payments.actions",
    "payments.capture",
    "payments.refund",
    "payments.cancel",
    "payments.update",
    "validation",
    "guidance",
    "common.close",
    "common.back",
  ]);
