import { describe, expect, it } from "vitest";
import type { ActionFailure } from "@/lib/actions/result";
import { issueCardSchema } from "@/lib/schemas/cards";
import { splitFieldErrors } from "./issue-fields";

const CARD_FIELDS = new Set(Object.keys(issueCardSchema.shape));
const failure = (fieldErrors: Record<string, string[]>) => ({ ok: false, code: "invalid_input", message: "x", fieldErrors }) as unknown as ActionFailure;

describe("issue form field errors", () => {
  it("puts UQPAY's missing cardholder fields on the cardholder fields and keeps card fields", () => {
    const { card, holder } = splitFieldErrors(
      failure({
        email: ["missing"],
        "residential_address.city": ["missing"],
        card_limit: ["amount"],
        cardholder_id: ["cardholder_required"],
        "cardholder_required_fields.phone_number": ["missing"],
        "spending_controls.0.amount": ["amount"],
      }),
      CARD_FIELDS,
    );
    expect(Object.keys(holder.fieldErrors ?? {})).toEqual(["email", "residential_address.city", "phone_number"]);
    expect(Object.keys(card.fieldErrors ?? {})).toEqual(["card_limit", "cardholder_id", "spending_controls.0.amount"]);
  });
});
