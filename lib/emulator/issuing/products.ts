import { isoUqpay } from "../core/clock";
import type { Ctx } from "../core/context";
import { pageBody, readPage } from "../core/pagination";
import type { Sql } from "../db";
import type { ProductDef } from "../seed-data";

export interface Product extends ProductDef {
  created_at: Date;
  updated_at: Date;
}

type ProductRow = { product_id: string; data: ProductDef; created_at: Date; updated_at: Date };

const toProduct = (row: ProductRow): Product => ({
  ...row.data,
  product_id: row.product_id,
  created_at: row.created_at,
  updated_at: row.updated_at,
});

export async function loadProduct(sql: Sql, accountId: string, productId: string): Promise<Product | null> {
  const rows = await sql.query<ProductRow>("SELECT * FROM emu_products WHERE account_id = $1 AND product_id = $2", [
    accountId,
    productId,
  ]);
  return rows[0] ? toProduct(rows[0]) : null;
}

export async function insertProduct(sql: Sql, accountId: string, def: ProductDef, now: Date): Promise<void> {
  await sql.query(
    "INSERT INTO emu_products (product_id, account_id, data, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)",
    [def.product_id, accountId, JSON.stringify(def), now],
  );
}

export function productView(p: Product) {
  return {
    product_id: p.product_id,
    mode_type: p.mode_type,
    card_bin: p.card_bin,
    card_form: p.card_form,
    max_card_quota: p.max_card_quota,
    card_scheme: p.card_scheme,
    no_pin_payment_amount: p.no_pin_payment_amount,
    card_currency: p.card_currency,
    create_time: isoUqpay(p.created_at),
    update_time: isoUqpay(p.updated_at),
    product_status: p.product_status,
    kyc_level: p.kyc_level,
    required_fields: p.required_fields,
  };
}

export async function listProducts(ctx: Ctx) {
  const page = readPage(ctx.query);
  const id = ctx.account.account_id;
  const [{ count }] = await ctx.sql.query<{ count: number }>(
    "SELECT count(*)::int AS count FROM emu_products WHERE account_id = $1",
    [id],
  );
  const rows = await ctx.sql.query<ProductRow>(
    "SELECT * FROM emu_products WHERE account_id = $1 ORDER BY seq LIMIT $2 OFFSET $3",
    [id, page.size, page.offset],
  );
  return pageBody(rows.map((r) => productView(toProduct(r))), count, page);
}
