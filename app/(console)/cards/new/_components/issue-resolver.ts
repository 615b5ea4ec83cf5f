import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, Resolver } from "react-hook-form";
import type { z } from "zod";
import { issueCardSchema, type IssueCardInput } from "@/lib/schemas/cards";

function setPath(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  path.slice(0, -1).forEach((key) => {
    node[key] = (node[key] as Record<string, unknown> | undefined) ?? {};
    node = node[key] as Record<string, unknown>;
  });
  node[path[path.length - 1]] = value;
}

/**
 * The issue form's validation: the card fields by the shared issueCardSchema, and the cardholder
 * fields (one-step: all of them; two-step: the ones being supplemented) by the product's
 * required_fields schema, under cardholder_required_fields.
 */
export function issueResolver(holderSchema: z.ZodType | null): Resolver<IssueCardInput> {
  const base = zodResolver(issueCardSchema) as unknown as Resolver<IssueCardInput>;
  return async (values, context, options) => {
    const result = await base(values, context, options);
    if (!holderSchema) return result;
    const holder = holderSchema.safeParse(values.cardholder_required_fields ?? {});
    if (holder.success) return result;
    const errors = { ...result.errors } as Record<string, unknown>;
    for (const issue of holder.error.issues) {
      setPath(errors, ["cardholder_required_fields", ...issue.path.map(String)], { type: "custom", message: issue.message });
    }
    return { values: {}, errors: errors as FieldErrors<IssueCardInput> };
  };
}

const CARD_FIELDS = new Set(Object.keys(issueCardSchema.shape));

/**
 * UQPAY names missing cardholder fields by their wire path inside cardholder_required_fields
 * ("email", "residential_address.city"); card fields keep their own names.
 */
export function formPathOf(field: string): string {
  const top = field.split(".")[0];
  return CARD_FIELDS.has(top) ? field : `cardholder_required_fields.${field}`;
}
