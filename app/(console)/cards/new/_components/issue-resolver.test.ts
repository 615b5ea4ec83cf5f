import { describe, expect, it } from "vitest";
import { buildRequiredFields } from "@/lib/required-fields";
import { formPathOf, issueResolver } from "./issue-resolver";

describe("issue form field mapping", () => {
  it("puts UQPAY's missing cardholder fields under cardholder_required_fields and keeps card fields", () => {
    expect(formPathOf("email")).toBe("cardholder_required_fields.email");
    expect(formPathOf("residential_address.city")).toBe("cardholder_required_fields.residential_address.city");
    expect(formPathOf("card_limit")).toBe("card_limit");
    expect(formPathOf("cardholder_id")).toBe("cardholder_id");
    expect(formPathOf("cardholder_required_fields.email")).toBe("cardholder_required_fields.email");
  });

  it("validates the product's cardholder fields in one-step mode, nested by wire path", async () => {
    const model = buildRequiredFields([
      { name: "email", type: "string", required: true },
      { name: "residential_address", type: "object", required: true, fields: [{ name: "city", type: "string", required: true }] },
    ]);
    const values = {
      operationId: "3f3d036e-732c-4f9e-a4b7-3019c0adf749",
      mode: "one_step" as const,
      card_product_id: "467e993f-317a-49fc-9ea0-bf49de7d1f76",
      card_currency: "USD",
      cardholder_required_fields: { email: "", residential_address: { city: "" } },
    };
    const result = await issueResolver(model.schema)(values, undefined, { fields: {}, shouldUseNativeValidation: false });
    const errors = result.errors as Record<string, Record<string, unknown>>;
    expect(errors.cardholder_required_fields.email).toBeTruthy();
    expect((errors.cardholder_required_fields.residential_address as Record<string, unknown>).city).toBeTruthy();
    const ok = await issueResolver(model.schema)(
      { ...values, cardholder_required_fields: { email: "mei.tan@example.com", residential_address: { city: "Singapore" } } },
      undefined,
      { fields: {}, shouldUseNativeValidation: false },
    );
    expect(ok.errors).toEqual({});
  });
});
