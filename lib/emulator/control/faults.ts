import { z } from "zod";

export const faultKinds = ["latency", "error500", "error429", "hang", "lost_response"] as const;

export const faultRuleSchema = z.object({
  id: z.string().optional(),
  /** `*` matches within one path segment, `**` across segments; matched against the path after `/api`. */
  path: z.string().min(1),
  method: z.string().optional(),
  probability: z.number().min(0).max(1).default(1),
  kind: z.enum(faultKinds),
  /** Extra delay for `latency`. */
  ms: z.number().int().min(0).max(600_000).optional(),
  /**
   * Where `latency` waits: "before" the request is processed (default), or "inside" — after the
   * handler ran, while the idempotency key and write lock are held (makes request_being_processed reachable).
   */
  phase: z.enum(["before", "inside"]).optional(),
  /** Fire at most this many times, then the rule goes quiet. */
  count: z.number().int().min(1).optional(),
});

export type FaultRuleInput = z.input<typeof faultRuleSchema>;
export type FaultRule = z.infer<typeof faultRuleSchema> & { id: string; fired: number };

function globToRegExp(glob: string): RegExp {
  const escaped = glob.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
  const pattern = escaped.replace(/\*\*/g, "\u0000").replace(/\*/g, "[^/]*").replace(/\u0000/g, ".*");
  return new RegExp(`^${pattern}$`);
}

export class FaultStore {
  private rules: FaultRule[] = [];

  list(): FaultRule[] {
    return this.rules;
  }

  set(inputs: FaultRuleInput[]): FaultRule[] {
    this.rules = inputs.map((input, i) => {
      const rule = faultRuleSchema.parse(input);
      return { ...rule, id: rule.id ?? `rule-${i + 1}`, fired: 0 };
    });
    return this.rules;
  }

  clear(): void {
    this.rules = [];
  }

  /** Picks the first rule that matches and wins its coin toss. `path` excludes the `/api` prefix. */
  pick(method: string, path: string, random: () => number = Math.random): FaultRule | null {
    for (const rule of this.rules) {
      if (rule.count !== undefined && rule.fired >= rule.count) continue;
      if (rule.method && rule.method.toUpperCase() !== method) continue;
      const target = rule.path.startsWith("/api/") ? `/api${path}` : path;
      if (!globToRegExp(rule.path).test(target)) continue;
      if (random() >= rule.probability) continue;
      rule.fired += 1;
      return rule;
    }
    return null;
  }
}
