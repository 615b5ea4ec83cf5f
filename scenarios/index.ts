import { scenarioSchema, type Scenario } from "@/lib/sandbox/scenario";
import cardLifecycle from "./card-lifecycle";
import errorTour from "./error-tour";
import oneStepIssuance from "./one-step-issuance";
import paymentIntents from "./payment-intents";
import quickstart from "./quickstart";

// The built-in scenarios, one per seed document, in seed order. Each file is validated here, so
// a malformed scenario fails at load time (and in the scenario tests) rather than mid-run.
export const SCENARIOS: readonly Scenario[] = [quickstart, oneStepIssuance, cardLifecycle, paymentIntents, errorTour].map((s) => scenarioSchema.parse(s));

export function findScenario(name: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.name === name);
}
