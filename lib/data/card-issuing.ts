import "server-only";
import { requireRole } from "@/lib/auth/session";
import { activeUqpay } from "@/lib/connections";
import type { RequiredField } from "@/lib/uqpay";
import { listProducts, type ProductView } from "./products";

export type IssueProduct = {
  productId: string;
  label: string;
  cardBin: string | null;
  scheme: string | null;
  mode: string | null;
  forms: string[];
  currencies: string[];
  kycLevel: string | null;
  simulator: boolean;
  requiredFields: RequiredField[];
};

export type CardholderOption = { id: string; name: string; email: string | null; status: string | null };

export function productLabel(p: Pick<ProductView, "scheme" | "cardBin" | "mode">): string {
  return [p.scheme, p.cardBin, p.mode].filter(Boolean).join(" · ");
}

/** Products a card can be issued on: ENABLED only, with their currencies and required_fields. */
export async function listIssueProducts(): Promise<IssueProduct[]> {
  // The 60 s product cache (lib/data/products) serves the issue form, the cards list and the action.
  const { products } = await listProducts();
  return products
    .filter((p) => p.status === "ENABLED")
    .map((p) => ({
      productId: p.productId,
      label: productLabel(p),
      cardBin: p.cardBin,
      scheme: p.scheme,
      mode: p.mode,
      forms: p.forms,
      currencies: p.currencies,
      kycLevel: p.kycLevel,
      simulator: p.simulator,
      requiredFields: p.requiredFields,
    }));
}

const MAX_CARDHOLDER_PAGES = 5;

/**
 * UQPAY's cardholder list cannot filter by email or name, so the picker scans its newest pages
 * (up to 500 cardholders) and matches here.
 */
export async function searchCardholders(q: string): Promise<CardholderOption[]> {
  await requireRole("viewer");
  const { uqpay } = await activeUqpay();
  const term = q.trim().toLowerCase();
  const found: CardholderOption[] = [];
  for (let page = 1; page <= MAX_CARDHOLDER_PAGES && found.length < 20; page++) {
    const result = await uqpay.issuing.cardholders.list({ page_size: 100, page_number: page });
    for (const c of result.data) {
      const name = [c.first_name, c.last_name].filter(Boolean).join(" ");
      if (!term || (c.email ?? "").toLowerCase().includes(term) || name.toLowerCase().includes(term)) {
        found.push({ id: c.cardholder_id, name: name || c.cardholder_id, email: c.email ?? null, status: c.cardholder_status ?? null });
      }
    }
    if (page >= result.total_pages) break;
  }
  return found.slice(0, 20);
}

export async function getCardholderOption(cardholderId: string): Promise<CardholderOption | null> {
  await requireRole("viewer");
  const { uqpay } = await activeUqpay();
  try {
    const c = await uqpay.issuing.cardholders.retrieve(cardholderId);
    const name = [c.first_name, c.last_name].filter(Boolean).join(" ");
    return { id: c.cardholder_id, name: name || c.cardholder_id, email: c.email ?? null, status: c.cardholder_status ?? null };
  } catch {
    return null;
  }
}
