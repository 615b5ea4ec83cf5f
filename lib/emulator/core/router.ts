import type { Handler } from "./context";

export interface RouteOptions {
  /** Mutating route: runs under the write lock in a transaction, with idempotency. */
  write?: boolean;
  /** The token route is the only one reachable without `x-auth-token`. */
  public?: boolean;
}

export interface Route extends Required<RouteOptions> {
  method: string;
  pattern: string;
  segments: string[];
  handler: Handler;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/**
 * A small path router under `/api`. Product modules (issuing now, acquiring later) register
 * their routes into one instance; static segments win over `:params` (`/cards/activate` vs `/cards/:id`).
 */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, pattern: string, handler: Handler, options: RouteOptions = {}): void {
    this.routes.push({
      method,
      pattern,
      segments: pattern.split("/").filter(Boolean),
      handler,
      write: options.write ?? method !== "GET",
      public: options.public ?? false,
    });
    this.routes.sort((a, b) => specificity(b) - specificity(a));
  }

  get(pattern: string, handler: Handler, options?: RouteOptions): void {
    this.add("GET", pattern, handler, options);
  }

  post(pattern: string, handler: Handler, options?: RouteOptions): void {
    this.add("POST", pattern, handler, options);
  }

  match(method: string, path: string): RouteMatch | "method_not_allowed" | null {
    const parts = path.split("/").filter(Boolean);
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, parts);
      if (!params) continue;
      if (route.method === method) return { route, params };
      pathMatched = true;
    }
    return pathMatched ? "method_not_allowed" : null;
  }
}

function specificity(route: Route): number {
  return route.segments.reduce((score, s) => score * 2 + (s.startsWith(":") ? 0 : 1), route.segments.length);
}

function matchSegments(pattern: string[], parts: string[]): Record<string, string> | null {
  if (pattern.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i].startsWith(":")) params[pattern[i].slice(1)] = decodeURIComponent(parts[i]);
    else if (pattern[i] !== parts[i]) return null;
  }
  return params;
}
