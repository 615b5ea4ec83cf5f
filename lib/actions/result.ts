export type FieldErrors = Record<string, string[]>;

export type ActionFailure = {
  ok: false;
  code: string;
  message: string;
  fieldErrors?: FieldErrors;
  guidance?: { explanation: string; action: string };
};
export type ActionResult<T = undefined> = { ok: true; data: T } | ActionFailure;

export const ok = <T,>(data: T): ActionResult<T> => ({ ok: true, data });
