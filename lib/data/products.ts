import "server-only";
import { requireRole } from "@/lib/auth/session";
import { isSimulatorCapable } from "@/lib/cards/simulator";
import { activeUqpay } from "@/lib/connections";
import type { Product, RequiredField } from "@/lib/uqpay";

export type ProductView = {
  productId: string;
  cardBin: string | null;
  scheme: string | null;
  mode: string | null;
  forms: string[];
  currencies: string[];
  status: string | null;
  kycLevel: string | null;
  maxCardQuota: number | null;
  noPinPaymentAmounts: { amount: string | null; currency: string | null }[];
  requiredFields: RequiredField[];
  simulator: boolean;
  createTime: string | null;
  updateTime: string | null;
};

export type ProductList = { products: ProductView[]; fetchedAt: Date };

// Products rarely change and UQPAY's list is slow, so one answer serves every page for a minute.
// The key holds the connection's updatedAt: editing or switching the connection misses the cache.
const TTL_MS = 60_000;
const MAX_PAGES = 10;
const store = globalThis as unknown as { productCache?: Map<string, { at: number; value: Promise<ProductList> }> };

function view(p: Product, environment: string): ProductView {
  return {
    productId: p.product_id,
    cardBin: p.card_bin ?? null,
    scheme: p.card_scheme ?? null,
    mode: p.mode_type ?? null,
    forms: p.card_form ?? [],
    currencies: p.card_currency ?? [],
    status: p.product_status ?? null,
    kycLevel: p.kyc_level ?? null,
    maxCardQuota: p.max_card_quota ?? null,
    noPinPaymentAmounts: (p.no_pin_payment_amount ?? []).map((a) => ({ amount: a.amount ?? null, currency: a.currency ?? null })),
    requiredFields: p.required_fields ?? [],
    // The simulator is a sandbox tool; a production product never gets the badge.
    simulator: isSimulatorCapable(p.card_bin, environment),
    createTime: p.create_time ?? null,
    updateTime: p.update_time ?? null,
  };
}

async function fetchAll(): Promise<ProductList> {
  const { connection, uqpay } = await activeUqpay();
  const products: ProductView[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const result = await uqpay.issuing.products.list({ page_size: 100, page_number: page });
    products.push(...result.data.map((p) => view(p, connection.environment)));
    if (page >= result.total_pages) break;
  }
  return { products, fetchedAt: new Date() };
}

/** The active connection's card products, cached in-process for 60 s per connection version. */
export async function listProducts(): Promise<ProductList> {
  await requireRole("viewer");
  const { connection } = await activeUqpay();
  const key = `${connection.id}:${connection.updatedAt.getTime()}`;
  const cache = (store.productCache ??= new Map());
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.value;
  // Concurrent pages share one upstream call; a failure is not cached.
  const value = fetchAll().catch((error: unknown) => {
    if (cache.get(key)?.value === value) cache.delete(key);
    throw error;
  });
  cache.set(key, { at: Date.now(), value });
  return value;
}

export async function findProduct(productId: string): Promise<ProductView | null> {
  const { products } = await listProducts();
  return products.find((p) => p.productId === productId) ?? null;
}
