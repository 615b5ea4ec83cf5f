import { UQPAY_PRODUCTION_BASE_URL, UQPAY_SANDBOX_BASE_URL } from "@/lib/uqpay/client";
import type { ConnectionEnvironment } from "@/lib/schemas/connections";

// Fixed so `npm start` can point the emulator's webhooks at this connection's receiver before the
// console has started; scripts/serve.mjs repeats it.
export const DEFAULT_EMULATOR_CONNECTION_ID = "00000000-0000-4000-8000-00000000e001";

export function baseUrlFor(environment: ConnectionEnvironment, custom: string | undefined, emulatorUrl: string): string {
  switch (environment) {
    case "sandbox":
      return UQPAY_SANDBOX_BASE_URL;
    case "production":
      return UQPAY_PRODUCTION_BASE_URL;
    case "emulator":
      return custom || emulatorUrl;
    case "custom":
      return custom ?? "";
  }
}
