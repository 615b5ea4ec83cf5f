import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { openTestDb } from "@/lib/testing/test-db";
import { reencryptConnections } from "./rotate";
import { createConnection, loadConnection } from "./store";

const oldKey = randomBytes(32).toString("base64");
const newKey = randomBytes(32).toString("base64");
let handle: DbHandle;

beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

describe("key rotation", () => {
  it("re-encrypts every secret under the new key, and is safe to run twice", async () => {
    const a = await createConnection(handle.db, oldKey, { name: "a", environment: "sandbox", baseUrl: "https://x/api", clientId: "c", apiKey: "key-a", webhookSecret: "wh-a" });
    const b = await createConnection(handle.db, oldKey, { name: "b", environment: "sandbox", baseUrl: "https://x/api", clientId: "c", apiKey: "key-b" });
    expect(await reencryptConnections(handle.db, oldKey, newKey)).toEqual({ rotated: 2, skipped: 0 });
    expect(await loadConnection(handle.db, newKey, a.id)).toMatchObject({ apiKey: "key-a", webhookSecret: "wh-a" });
    expect(await loadConnection(handle.db, newKey, b.id)).toMatchObject({ apiKey: "key-b", webhookSecret: null });
    await expect(loadConnection(handle.db, oldKey, a.id)).rejects.toThrow(/another key/);
    expect(await reencryptConnections(handle.db, oldKey, newKey)).toEqual({ rotated: 0, skipped: 2 });
  });

  it("changes nothing when a secret cannot be opened with the old key", async () => {
    const wrong = randomBytes(32).toString("base64");
    await expect(reencryptConnections(handle.db, wrong, randomBytes(32).toString("base64"))).rejects.toThrow();
    expect(await loadConnection(handle.db, newKey, (await handle.db.query.connections.findFirst())!.id)).toBeTruthy();
  });
});
