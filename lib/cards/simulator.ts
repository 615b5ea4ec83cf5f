// UQPAY's sandbox simulates authorisations only for BIN 40963608 and MCC 5734 (seed 000,
// testing-in-sandbox), and never in production.

export const SIMULATOR_BIN = "40963608";
export const SIMULATOR_DEFAULT_MCC = "5734";

export function isSimulatorCapable(cardBin: string | null | undefined, environment: string | null | undefined): boolean {
  return cardBin === SIMULATOR_BIN && Boolean(environment) && environment !== "production";
}
