// Response headers that harden every page and route. Plain ESM so next.config.mjs and proxy.ts can
// share it; tested by e2e/security.spec.ts against `next start`.

/**
 * The page CSP. Scripts run only with this response's nonce ('strict-dynamic' lets Next's own
 * chunks load the rest), never inline or from elsewhere. Styles keep 'unsafe-inline': React style
 * attributes and sonner's injected stylesheet are inline styles, and CSS cannot run script.
 * @param {string} nonce
 * @param {{ dev?: boolean }} [options]
 */
export function contentSecurityPolicy(nonce, options = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Headers for every response, pages and API alike.
 * @param {{ production: boolean }} options
 */
export function securityHeaders({ production }) {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Browsers honour HSTS only over HTTPS, so plain-HTTP local runs are unaffected.
    ...(production ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }] : []),
  ];
}
