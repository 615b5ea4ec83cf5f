import { z } from "zod";

export const CONNECTION_ENVIRONMENTS = ["emulator", "sandbox", "production", "custom"] as const;
export type ConnectionEnvironment = (typeof CONNECTION_ENVIRONMENTS)[number];

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "too_long")
    .optional()
    .transform((v) => (v ? v : undefined));

const baseUrlField = z
  .string()
  .trim()
  .max(500, "too_long")
  .refine((v) => /^https?:\/\/[^\s/]+/i.test(v) && URL.canParse(v), "url")
  .transform((v) => v.replace(/\/+$/, ""));

const connectionFields = {
  name: z.string().trim().min(1, "required").max(80, "too_long"),
  environment: z.enum(CONNECTION_ENVIRONMENTS, "invalid"),
  // Only used (and required) for "custom"; the other environments have known base URLs.
  baseUrl: z.union([baseUrlField, z.literal("")]).optional(),
  clientId: z.string().trim().min(1, "required").max(200, "too_long"),
  webhookSecret: optionalText(500),
  onBehalfOf: z.union([z.uuid("uuid"), z.literal("")]).optional().transform((v) => v || undefined),
};

const customNeedsUrl = (v: { environment: ConnectionEnvironment; baseUrl?: string }) => v.environment !== "custom" || Boolean(v.baseUrl);

export const createConnectionSchema = z
  .object({ ...connectionFields, apiKey: z.string().trim().min(1, "required").max(500, "too_long") })
  .refine(customNeedsUrl, { path: ["baseUrl"], message: "required" });
export type CreateConnectionInput = z.input<typeof createConnectionSchema>;

// On edit a blank API key or webhook secret keeps the stored one: secrets are never sent back to the form.
export const updateConnectionSchema = z
  .object({ ...connectionFields, id: z.uuid("invalid"), apiKey: optionalText(500), clearWebhookSecret: z.boolean().optional() })
  .refine(customNeedsUrl, { path: ["baseUrl"], message: "required" });
export type UpdateConnectionInput = z.input<typeof updateConnectionSchema>;

export const connectionIdSchema = z.object({ id: z.uuid("invalid") });
