import type { EmulatorConfig } from "./core/context";
import { SEEDED } from "./seed-data";

/** Seeded credentials: the first pair comes from emulatorEnv(); the second derives from it. */
export function accountsSeed(config: Pick<EmulatorConfig, "clientId" | "apiKey">) {
  return [
    { id: SEEDED.accountId, clientId: config.clientId, apiKey: config.apiKey, name: "Emulator Demo Pte. Ltd." },
    { id: SEEDED.secondAccountId, clientId: `${config.clientId}-2`, apiKey: `${config.apiKey}-2`, name: "Emulator Second Account" },
  ];
}
