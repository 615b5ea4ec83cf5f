// The only reader of process.env (house rule 10). Everything else imports from here.
// Deliberately free of "server-only" so the emulator and scripts (plain Node via tsx) can use it.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no"])
  .transform((v) => v === "1" || v === "true" || v === "yes");

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL");

const base64Key = z
  .string()
  .refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded");

const consoleSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().min(1).default(".data"),
  DATABASE_URL: postgresUrl.optional(),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  CONSOLE_ENCRYPTION_KEY: base64Key.optional(),
  CONSOLE_REQUIRE_SECRETS: flag.default(false),
  CONSOLE_DEFAULT_EMULATOR: flag.default(true),
  EMULATOR_URL: z.url().default("http://127.0.0.1:4010/api"),
});

const emulatorSchema = z.object({
  DATA_DIR: z.string().min(1).default(".data"),
  EMULATOR_HOST: z.string().min(1).default("127.0.0.1"),
  EMULATOR_PORT: z.coerce.number().int().min(0).max(65535).default(4010),
  // "memory", a PGlite directory, or a postgres:// URL; default: <DATA_DIR>/emulator
  EMULATOR_DB: z.string().min(1).optional(),
  // dev and test expose the control API; "sandbox" behaves like the real sandbox and refuses it.
  EMULATOR_MODE: z.enum(["dev", "test", "sandbox"]).default("dev"),
  EMULATOR_CLIENT_ID: z.string().min(1).default("uqpayEmulatorClient001"),
  EMULATOR_API_KEY: z.string().min(1).default("emu_sk_test_0123456789abcdef"),
  EMULATOR_WEBHOOK_URL: z.url().optional(),
  EMULATOR_WEBHOOK_SECRET: z.string().min(1).default("emu_whsec_0123456789abcdef"),
  EMULATOR_JWT_SECRET: z.string().min(32).optional(),
  EMULATOR_ACTIVATION_DELAY_MS: z.coerce.number().int().min(0).default(3000),
  EMULATOR_DEMO_SEED: flag.default(false),
});

export type ConsoleEnv = z.infer<typeof consoleSchema> & {
  AUTH_SECRET: string;
  CONSOLE_ENCRYPTION_KEY: string;
  pgliteDir: string;
};
export type EmulatorEnv = z.infer<typeof emulatorSchema> & { emulatorDb: string };

export class EnvError extends Error {
  constructor(scope: string, issues: z.core.$ZodIssue[]) {
    const lines = issues.map((i) => `  - ${i.path.join(".") || "(root)"}: ${i.message}`);
    super(`Invalid ${scope} environment:\n${lines.join("\n")}`);
    this.name = "EnvError";
  }
}

type EnvSource = Record<string, string | undefined>;

function parse<S extends z.ZodType>(scope: string, schema: S, source: EnvSource): z.infer<S> {
  // Empty strings are treated as unset, the way shells and .env files usually mean them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = schema.safeParse(cleaned);
  if (!result.success) throw new EnvError(scope, result.error.issues);
  return result.data;
}

type LocalSecrets = { AUTH_SECRET: string; CONSOLE_ENCRYPTION_KEY: string };

// Embedded default: secrets are generated once into <DATA_DIR>/secrets.json so a fresh clone
// starts with no configuration, and restarts keep sessions and stored credentials readable.
function localSecrets(dataDir: string): LocalSecrets {
  const file = path.resolve(dataDir, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    AUTH_SECRET: randomBytes(32).toString("base64"),
    CONSOLE_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: "wx" });
  console.warn(
    `[env] Generated AUTH_SECRET and CONSOLE_ENCRYPTION_KEY into ${file}. ` +
      "Set them in the environment (and CONSOLE_REQUIRE_SECRETS=1) for a real deployment.",
  );
  return secrets;
}

let cachedConsole: ConsoleEnv | undefined;

export function consoleEnv(source: EnvSource = process.env): ConsoleEnv {
  if (source === process.env && cachedConsole) return cachedConsole;
  const env = parse("console", consoleSchema, source);
  let { AUTH_SECRET, CONSOLE_ENCRYPTION_KEY } = env;
  if (!AUTH_SECRET || !CONSOLE_ENCRYPTION_KEY) {
    if (env.CONSOLE_REQUIRE_SECRETS) {
      const missing = [!AUTH_SECRET && "AUTH_SECRET", !CONSOLE_ENCRYPTION_KEY && "CONSOLE_ENCRYPTION_KEY"].filter(Boolean);
      throw new Error(`CONSOLE_REQUIRE_SECRETS=1 but ${missing.join(" and ")} ${missing.length > 1 ? "are" : "is"} not set.`);
    }
    const generated = localSecrets(env.DATA_DIR);
    AUTH_SECRET ??= generated.AUTH_SECRET;
    CONSOLE_ENCRYPTION_KEY ??= generated.CONSOLE_ENCRYPTION_KEY;
  }
  const result: ConsoleEnv = {
    ...env,
    AUTH_SECRET,
    CONSOLE_ENCRYPTION_KEY,
    pgliteDir: env.PGLITE_DATA_DIR ?? path.join(env.DATA_DIR, "console"),
  };
  if (source === process.env) cachedConsole = result;
  return result;
}

export function emulatorEnv(source: EnvSource = process.env): EmulatorEnv {
  const env = parse("emulator", emulatorSchema, source);
  return { ...env, emulatorDb: env.EMULATOR_DB ?? path.join(env.DATA_DIR, "emulator") };
}

const sandboxSchema = z.object({
  UQPAY_SANDBOX_CLIENT_ID: z.string().min(1).optional(),
  UQPAY_SANDBOX_API_KEY: z.string().min(1).optional(),
});

/** Credentials of a real UQPAY sandbox account, for `npm run scenario -- --sandbox`; null when unset. */
export function sandboxCredentialsEnv(source: EnvSource = process.env): { clientId: string; apiKey: string } | null {
  const env = parse("sandbox", sandboxSchema, source);
  return env.UQPAY_SANDBOX_CLIENT_ID && env.UQPAY_SANDBOX_API_KEY ? { clientId: env.UQPAY_SANDBOX_CLIENT_ID, apiKey: env.UQPAY_SANDBOX_API_KEY } : null;
}
