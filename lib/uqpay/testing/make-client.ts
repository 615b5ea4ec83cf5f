import { createUqpayClient, type UqpayClientOptions, type UqpayConnection } from "../client";
import { TokenCache } from "../token";
import { fakeClock, type Stub } from "./stub-server";

export const TEST_API_KEY = "sk_test_very_secret_api_key";

/** A client wired to a stub server with a virtual clock and its own token cache. */
export function makeClient(stub: Stub, options: Partial<UqpayClientOptions> = {}, connection: Partial<UqpayConnection> = {}) {
  const clock = fakeClock();
  const tokenCache = new TokenCache();
  const client = createUqpayClient(
    { id: "conn-1", baseUrl: stub.baseUrl, clientId: "client-abc", apiKey: TEST_API_KEY, ...connection },
    { clock, tokenCache, timeoutMs: 2_000, ...options },
  );
  return { client, clock, tokenCache };
}
