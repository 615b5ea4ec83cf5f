import "server-only";
import type { UqpayError } from "./errors";
import { CARD_CODE_GUIDANCE, CARD_MESSAGE_GUIDANCE } from "./guidance-card";
import {
  CARDHOLDER_CODE_GUIDANCE,
  TRANSACTION_CODE_GUIDANCE,
  TRANSACTION_MESSAGE_GUIDANCE,
  TRANSACTION_NOT_FOUND_KEY,
  TRANSACTION_NOT_FOUND_RE,
} from "./guidance-cardholder";
import { COMMON_CODE_GUIDANCE, COMMON_MESSAGE_GUIDANCE } from "./guidance-common";
import { g, type GuidanceEntry, type GuidanceLocale, normalizeMessageKey } from "./guidance-types";

export type { GuidanceEntry, GuidanceLocale, GuidanceText } from "./guidance-types";
export { normalizeMessageKey } from "./guidance-types";

export type Guidance = {
  /** Which catalogue entry answered; "type:<type>" / "status:<n>" / "generic" for fallbacks. */
  key: string;
  matched: "code" | "message" | "type" | "status" | "generic";
  explanation: string;
  action: string;
  retryable: boolean;
  fieldPath?: string;
  wirePath?: string;
  /** UQPAY's missing_fields names, for highlighting form fields. */
  missingFields?: string[];
};

function index(entries: GuidanceEntry[], keyOf: (key: string) => string): Map<string, GuidanceEntry> {
  const map = new Map<string, GuidanceEntry>();
  for (const entry of entries) {
    const key = keyOf(entry.key);
    if (!map.has(key)) map.set(key, entry);
  }
  return map;
}

const byCode = index([...COMMON_CODE_GUIDANCE, ...CARD_CODE_GUIDANCE, ...CARDHOLDER_CODE_GUIDANCE, ...TRANSACTION_CODE_GUIDANCE], (k) => k);
const byMessage = index([...COMMON_MESSAGE_GUIDANCE, ...CARD_MESSAGE_GUIDANCE, ...TRANSACTION_MESSAGE_GUIDANCE], normalizeMessageKey);

/** Envelope-A codes (and client codes) that have an entry. */
export const CATALOGUED_CODES: readonly string[] = [...byCode.keys()];
/** Envelope-B / auth-middleware messages that have an entry, normalised with normalizeMessageKey. */
export const CATALOGUED_MESSAGES: readonly string[] = [...byMessage.keys()];

export function guidanceEntryForCode(code: string): GuidanceEntry | undefined {
  return byCode.get(code) ?? byCode.get(code.trim().toLowerCase());
}

export function guidanceEntryForMessage(message: string): GuidanceEntry | undefined {
  return byMessage.get(normalizeMessageKey(message));
}

// When the code is unknown, the envelope-A `type` still says which rulebook was broken.
const BY_TYPE = index([
  g("invalid_request_error", ["The request failed validation.", "Fix the field named in the message and try again."], ["请求未通过校验。", "按错误信息修正对应字段后重试。"]),
  g("card_error", ["The request breaks a rule for this card.", "Check the card's status and the product's rules, then try again."], ["请求违反了卡片规则。", "检查卡片状态和产品规则后重试。"]),
  g("cardholder_error", ["The request breaks a rule for cardholders.", "Review the cardholder details named in the message."], ["请求违反了持卡人规则。", "检查错误信息中提到的持卡人资料。"]),
  g("account_error", ["The request breaks an account, product or balance rule.", "Check the account's products and balances."], ["请求违反了账户、产品或余额规则。", "检查账户的产品配置和余额。"]),
  g("idempotency_error", ["The idempotency key was replayed or does not match the original request.", "Use a new key for a new operation; reuse a key only to retry the identical call."], ["幂等键被重放或与原请求不匹配。", "新操作使用新键;只有重试完全相同的调用时才复用旧键。"]),
  g("unauthorized_error", ["UQPAY refused the credentials or token.", "Check the connection's credentials and IP allow-list."], ["UQPAY 拒绝了凭证或令牌。", "检查连接凭证和 IP 白名单。"]),
  g("api_error", ["UQPAY had an internal or capacity problem.", "Retry later with the same idempotency key."], ["UQPAY 出现内部或容量问题。", "稍后用相同的幂等键重试。"], { retryable: true }),
  g("payment_error", ["UQPAY could not process the payment operation.", "Check the payment intent's status and the message, then decide whether to retry."], ["UQPAY 无法处理该支付操作。", "查看支付意图状态和错误信息,再决定是否重试。"]),
  g("refund_error", ["The refund was refused.", "Check the refundable amount left on the payment and the refund reason."], ["退款被拒绝。", "检查该笔支付的剩余可退金额和退款原因。"]),
  g("customer_error", ["The customer details were refused.", "Review the customer fields named in the message."], ["客户信息被拒绝。", "检查错误信息中提到的客户字段。"]),
  g("payout_error", ["The payout was refused.", "Check the payout amount, currency and bank account."], ["提现被拒绝。", "检查提现金额、币种和银行账户。"]),
  g("product_error", ["The product setup does not allow this operation.", "Contact your UQPAY solutions engineer."], ["产品配置不允许该操作。", "请联系 UQPAY 对接工程师。"]),
  g("not_found", ["UQPAY could not find that resource on this account.", "Check the id; it may belong to another account or environment."], ["UQPAY 在本账户下找不到该资源。", "核对 ID,它可能属于其他账户或环境。"]),
], (k) => k);

const BY_STATUS: Record<string, GuidanceEntry> = {
  "401": g("status:401", ["UQPAY did not accept the credentials.", "Check the connection's client id, API key and IP allow-list."], ["UQPAY 不接受当前凭证。", "检查连接的 client id、API 密钥和 IP 白名单。"]),
  "403": g("status:403", ["This API key lacks permission for the operation.", "Ask UQPAY to grant the permission."], ["该 API 密钥没有执行此操作的权限。", "请 UQPAY 开通相应权限。"]),
  "404": g("status:404", ["The resource was not found.", "Check the id and the environment."], ["未找到该资源。", "核对 ID 和所用环境。"]),
  "429": g("status:429", ["UQPAY is rate-limiting requests.", "Wait a little and retry."], ["UQPAY 正在限流。", "稍等后重试。"], { retryable: true }),
  "5xx": g("status:5xx", ["UQPAY had a server error; the operation may or may not have been applied.", "Retry with the same idempotency key."], ["UQPAY 服务器出错,操作是否生效未知。", "使用相同的幂等键重试。"], { retryable: true }),
  "4xx": g("status:4xx", ["UQPAY rejected the request.", "Read the message, correct the request and try again."], ["UQPAY 拒绝了请求。", "阅读错误信息,修正请求后重试。"]),
};

const GENERIC = g("generic", ["Something went wrong talking to UQPAY.", "Try again; if it keeps happening, contact support with the time of the request."], ["与 UQPAY 通信时出现问题。", "请重试;如持续出现,请带上请求时间联系支持。"]);

type Found = { entry: GuidanceEntry; matched: Guidance["matched"] };

function find(error: UqpayError): Found {
  if (error.code === "invalid_request_error" && TRANSACTION_NOT_FOUND_RE.test(error.message)) {
    return { entry: byCode.get(TRANSACTION_NOT_FOUND_KEY)!, matched: "code" };
  }
  if (!error.legacy) {
    // A code that only repeats its type (unauthorized_error) says less than a catalogued message
    // does ("Invalid API key", "token has expired"), so such a message answers first.
    const specific = error.code === error.type ? guidanceEntryForMessage(error.message) : undefined;
    if (specific) return { entry: specific, matched: "message" };
    const entry = guidanceEntryForCode(error.code);
    if (entry) return { entry, matched: "code" };
  }
  const byMsg = guidanceEntryForMessage(error.message);
  if (byMsg) return { entry: byMsg, matched: "message" };
  if (/request is processing/i.test(error.message)) {
    return { entry: guidanceEntryForMessage("Request is processing, please try again later")!, matched: "message" };
  }
  const byType = error.type ? BY_TYPE.get(error.type) : undefined;
  if (byType) return { entry: byType, matched: "type" };
  const s = error.httpStatus;
  const byStatus = BY_STATUS[String(s)] ?? (s >= 500 ? BY_STATUS["5xx"] : s >= 400 ? BY_STATUS["4xx"] : undefined);
  if (byStatus) return { entry: byStatus, matched: "status" };
  return { entry: GENERIC, matched: "generic" };
}

/** Explanation and next step for a UQPAY error, in English or Simplified Chinese. */
export function guidanceFor(error: UqpayError, locale: GuidanceLocale = "en"): Guidance {
  const { entry, matched } = find(error);
  const text = locale === "zh-CN" ? entry.zh : entry.en;
  const missing = error.missingFields?.map((f) => f.name);
  return {
    key: entry.key,
    matched,
    explanation: text.explanation,
    action: text.action,
    retryable: entry.retryable,
    fieldPath: entry.fieldPath,
    wirePath: entry.wirePath,
    missingFields: missing && missing.length > 0 ? missing : undefined,
  };
}
