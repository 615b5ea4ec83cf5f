export type FieldErrors = Record<string, string[]>;

export type ActionFailure = {
  ok: false;
  code: string;
  message: string;
  fieldErrors?: FieldErrors;
  guidance?: { explanation: string; action: string };
  /** For UQPAY calls: "unknown" means it may have happened; retry the same operation, not a new one. */
  outcome?: "failed" | "unknown";
  /** UQPAY's own words, for the details disclosure (never credentials). */
  upstream?: { httpStatus: number; type?: string; message: string };
};
export type ActionResult<T = undefined> = { ok: true; data: T } | ActionFailure;

export const ok = <T,>(data: T): ActionResult<T> => ({ ok: true, data });
