import { decodeJwt } from "jose";
import { verifyToken } from "../core/auth";
import type { Runtime } from "../core/context";
import { errorA } from "../core/errors";
import { json } from "../core/http-util";
import { CLIENT_ID_ERROR_STATUS } from "./fidelity";

/**
 * Acquiring (`/api/v2/...`) also requires `x-client-id` (api-reference 4), which route handlers
 * cannot see, so the server asks this gate first. A missing or bad token is left to the
 * pipeline's own answer; only a valid token without its client id is refused here.
 */
export async function refuseWithoutClientId(rt: Runtime, request: Request, url: URL): Promise<Response | null> {
  if (!url.pathname.startsWith("/api/v2/")) return null;
  try {
    await verifyToken(rt, request.headers);
  } catch {
    return null;
  }
  const header = request.headers.get("x-client-id");
  const token = /^Bearer (\S+)$/.exec(request.headers.get("x-auth-token") ?? "")?.[1] ?? "";
  const expected = decodeJwt(token).client_id;
  if (!header) return refuse("x-client-id header is required");
  if (header !== expected) return refuse("x-client-id does not match the access token");
  return null;
}

function refuse(message: string): Response {
  return json(errorA("unauthorized_error", "unauthorized_error", message).body, CLIENT_ID_ERROR_STATUS);
}
