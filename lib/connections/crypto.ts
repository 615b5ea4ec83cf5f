import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

// Sealed format: v1.<key id>.<iv>.<auth tag>.<ciphertext>, base64url parts. The key id (a hash
// prefix of the key, not the key) lets a decrypt under the wrong key fail with a clear message.
const VERSION = "v1";

export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretBoxError";
  }
}

export function keyId(keyBase64: string): string {
  return createHash("sha256").update(Buffer.from(keyBase64, "base64")).digest("hex").slice(0, 8);
}

function keyBytes(keyBase64: string): Buffer {
  const key = Buffer.from(keyBase64, "base64");
  if (key.length !== 32) throw new SecretBoxError("The encryption key must be 32 bytes (base64).");
  return key;
}

/** AES-256-GCM with a fresh 96-bit IV per value; `context` (e.g. the column) is bound as AAD. */
export function seal(plaintext: string, keyBase64: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyBytes(keyBase64), iv);
  cipher.setAAD(Buffer.from(context));
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, keyId(keyBase64), iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(".");
}

export function open(sealed: string, keyBase64: string, context: string): string {
  const [version, id, iv, tag, ciphertext] = sealed.split(".");
  if (version !== VERSION || !id || !iv || !tag || ciphertext === undefined) throw new SecretBoxError("Stored secret is not in a known format.");
  if (id !== keyId(keyBase64)) {
    throw new SecretBoxError(`Stored secret was encrypted under another key (id ${id}); re-encrypt it with scripts/rotate-encryption-key.ts.`);
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", keyBytes(keyBase64), Buffer.from(iv, "base64url"));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretBoxError("Stored secret failed its integrity check.");
  }
}

export const lastFour = (secret: string) => secret.slice(-4);
