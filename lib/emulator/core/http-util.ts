import { ApiError } from "./errors";

const dropped = new WeakSet<Response>();

/** A response the node adapter must not send: it destroys the socket instead (lost response, hang). */
export function droppedResponse(): Response {
  const response = new Response(null, { status: 599 });
  dropped.add(response);
  return response;
}

export function isDropped(response: Response): boolean {
  return dropped.has(response);
}

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", ...headers },
  });
}

export function errorResponse(error: ApiError): Response {
  return json(error.body, error.status);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Parses a JSON request body; UQPAY answers malformed JSON with envelope B "Params JSON error". */
export function parseBody(text: string): Record<string, unknown> {
  if (text.trim() === "") return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, { code: 400, message: "Params JSON error" });
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new ApiError(400, { code: 400, message: "Request parameters invalid" });
  }
  return value as Record<string, unknown>;
}
