import "server-only";
import { requireRole } from "@/lib/auth/session";
import { activeUqpay } from "@/lib/connections";
import { CARDHOLDER_STATUSES, isUqpayError, type Card, type Cardholder, type CardholderStatus } from "@/lib/uqpay";

export const CARDHOLDERS_PAGE_SIZE = 20;

export type CardholderAddressView = Partial<Record<"country" | "state" | "city" | "district" | "line1" | "line2" | "line_en" | "postal_code", string>>;

export type CardholderView = {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  countryCode: string | null;
  phoneNumber: string | null;
  status: string | null;
  numberOfCards: number | null;
  createTime: string | null;
  dateOfBirth: string | null;
  gender: string | null;
  nationality: string | null;
  residentialAddress: CardholderAddressView | null;
  reviewStatus: string | null;
  idvStatus: string | null;
  idvVerificationUrl: string | null;
  idvUrlExpiresAt: string | null;
};

export type CardholderCardView = {
  id: string;
  number: string | null;
  status: string | null;
  currency: string | null;
  limit: string | null;
  availableBalance: string | null;
  formFactor: string | null;
  bin: string | null;
  createTime: string | null;
};

const str = (v: unknown) => (typeof v === "string" && v !== "" ? v : null);

// UQPAY reports an unknown date of birth as 0001-01-01 (cardholder webhooks); it means "none".
const dateOfBirth = (v: unknown) => (str(v) && v !== "0001-01-01" ? (v as string) : null);

function address(a: Cardholder["residential_address"]): CardholderAddressView | null {
  if (!a) return null;
  const keys = ["country", "state", "city", "district", "line1", "line2", "line_en", "postal_code"] as const;
  const out: CardholderAddressView = {};
  for (const k of keys) if (str(a[k])) out[k] = a[k] as string;
  return Object.keys(out).length > 0 ? out : null;
}

export function cardholderView(c: Cardholder): CardholderView {
  return {
    id: c.cardholder_id,
    firstName: str(c.first_name),
    lastName: str(c.last_name),
    email: str(c.email),
    countryCode: str(c.country_code),
    phoneNumber: str(c.phone_number),
    status: str(c.cardholder_status),
    numberOfCards: c.number_of_cards ?? null,
    createTime: str(c.create_time),
    dateOfBirth: dateOfBirth(c.date_of_birth),
    gender: str(c.gender),
    nationality: str(c.nationality),
    residentialAddress: address(c.residential_address),
    reviewStatus: str(c.review_status),
    idvStatus: str(c.idv_status),
    idvVerificationUrl: str(c.idv_verification_url),
    idvUrlExpiresAt: str(c.idv_url_expires_at),
  };
}

function cardView(c: Card): CardholderCardView {
  return {
    id: c.card_id,
    number: str(c.card_number),
    status: str(c.card_status),
    currency: str(c.card_currency),
    limit: str(c.card_limit),
    availableBalance: str(c.available_balance),
    formFactor: str(c.form_factor),
    bin: str(c.card_bin),
    createTime: str(c.create_time),
  };
}

export type CardholderFilters = { status?: CardholderStatus; page: number };

/** `?status=&page=` from the URL; anything unknown is ignored rather than sent to UQPAY. */
export function parseCardholderFilters(params: Record<string, string | string[] | undefined>): CardholderFilters {
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const status = one(params.status);
  const page = Number(one(params.page) ?? "1");
  return {
    status: (CARDHOLDER_STATUSES as readonly string[]).includes(status ?? "") ? (status as CardholderStatus) : undefined,
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

export type CardholderPage = { items: CardholderView[]; page: number; totalPages: number; totalItems: number };

export async function listCardholders(filters: CardholderFilters): Promise<CardholderPage> {
  await requireRole("viewer");
  const { uqpay } = await activeUqpay();
  const result = await uqpay.issuing.cardholders.list({ page_size: CARDHOLDERS_PAGE_SIZE, page_number: filters.page, cardholder_status: filters.status });
  return { items: result.data.map(cardholderView), page: filters.page, totalPages: result.total_pages, totalItems: result.total_items };
}

/** A cardholder; null when UQPAY does not know the id. */
export async function getCardholder(cardholderId: string): Promise<CardholderView | null> {
  await requireRole("viewer");
  const { uqpay } = await activeUqpay();
  try {
    return cardholderView(await uqpay.issuing.cardholders.retrieve(cardholderId));
  } catch (error) {
    if (isUqpayError(error) && (error.code === "cardholder_not_found" || error.message === "Cardholder not found or deactivated")) return null;
    if (isUqpayError(error) && error.code === "client_validation_error") return null;
    throw error;
  }
}

export type CardholderCards = { cards: CardholderCardView[]; total: number };

/** A cardholder's cards: the first 100, and how many there are. */
export async function listCardholderCards(cardholderId: string): Promise<CardholderCards> {
  await requireRole("viewer");
  const { uqpay } = await activeUqpay();
  const page = await uqpay.issuing.cards.list({ cardholder_id: cardholderId, page_size: 100, page_number: 1 });
  return { cards: page.data.map(cardView), total: page.total_items };
}
