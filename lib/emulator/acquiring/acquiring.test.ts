import { afterAll, beforeAll, describe } from "vitest";
import { Harness } from "../testing/harness";
import { captureRefundSuite } from "./capture-refund.suite";
import { flowsSuite } from "./flows.suite";
import { intentsSuite } from "./intents.suite";
import { Acq, type Env } from "./test-kit";
import { webhooksSuite } from "./webhooks.suite";

// One in-process emulator over real HTTP for every acquiring suite: booting PGlite costs far
// more than the tests themselves, so the suites share it and keep their data apart by id.

const env = {} as Env;
beforeAll(async () => {
  env.h = await Harness.start();
  env.acq = new Acq(env.h);
  await env.h.login();
}, 60_000);
afterAll(() => env.h.close());

describe("payment intents", () => intentsSuite(env));
describe("outcomes: 3DS, declines, wallets, clock", () => flowsSuite(env));
describe("capture, cancel, refunds, attempts", () => captureRefundSuite(env));
describe("webhooks", () => webhooksSuite(env));
