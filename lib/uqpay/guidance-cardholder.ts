import "server-only";
import { g, type GuidanceEntry } from "./guidance-types";

type E = [string, [string, string], [string, string], Parameters<typeof g>[3]?];
const build = (rows: E[]) => rows.map(([key, en, zh, flags]) => g(key, en, zh, flags));

const KYC = "kyc_verification";

// Seed 004 "cardholder errors" (envelope A, type cardholder_error) and seed 001's one-step codes.
export const CARDHOLDER_CODE_GUIDANCE: GuidanceEntry[] = build([
  ["cardholder_not_found", ["No active cardholder with this id on the account.", "Check the cardholder id in the cardholder list."], ["本账户下没有该持卡人,或其已停用。", "在持卡人列表中核对 cardholder_id。"], { field: "cardholder_id" }],
  ["cardholder_already_exists", ["A cardholder with the same identity already exists.", "Reuse that cardholder's id instead of creating a new one."], ["已存在身份信息相同的持卡人。", "直接复用该持卡人的 cardholder_id,不要重复创建。"]],
  ["email_duplicated", ["Another cardholder on this account already uses this email.", "Use a different email, or find and reuse the existing cardholder."], ["本账户下已有持卡人使用了该邮箱。", "更换邮箱,或找到并复用已有持卡人。"], { field: "email" }],
  ["phone_number_duplicated", ["Another cardholder on this account already uses this phone number.", "Use a different number, or reuse the existing cardholder."], ["本账户下已有持卡人使用了该手机号。", "更换手机号,或复用已有持卡人。"], { field: "phone_number" }],
  ["invalid_phone_number", ["The phone number or its country code is not valid.", "Enter digits only, in the national format for the chosen country (e.g. 8 digits for SG)."], ["手机号或国家代码无效。", "只填数字,并符合所选国家的本地号码格式(如新加坡为 8 位)。"], { field: "phone_number" }],
  ["invalid_first_name", ["The first name may contain only letters and spaces, without leading or trailing spaces.", "Remove digits, punctuation and surrounding spaces."], ["名字只能包含字母和空格,且首尾不能有空格。", "去掉数字、标点以及首尾空格。"], { field: "first_name" }],
  ["invalid_last_name", ["The last name may contain only letters and spaces, without leading or trailing spaces.", "Remove digits, punctuation and surrounding spaces."], ["姓氏只能包含字母和空格,且首尾不能有空格。", "去掉数字、标点以及首尾空格。"], { field: "last_name" }],
  ["invalid_date_of_birth", ["The date of birth is malformed or the cardholder is under 18.", "Enter the date as YYYY-MM-DD; the cardholder must be an adult."], ["出生日期格式错误,或持卡人未满 18 岁。", "按 YYYY-MM-DD 填写,持卡人须已成年。"], { field: "date_of_birth" }],
  ["missing_date_of_birth", ["Uploading an identity document also requires the date of birth.", "Add date_of_birth together with the document."], ["上传身份证件时必须同时提供出生日期。", "随证件一起填写 date_of_birth。"], { field: "date_of_birth" }],
  ["invalid_delivery_address", ["The address is incomplete or malformed.", "Fill in country (ISO code), state, city, postal code and line 1."], ["地址不完整或格式有误。", "补全国家(ISO 代码)、州/省、城市、邮编和地址第一行。"], { field: "delivery_address" }],
  ["missing_country_code", ["Sumsub identity verification needs the cardholder's country of residence.", "Provide country_code as an ISO 3166-1 alpha-2 code."], ["使用 Sumsub 身份核验时必须提供持卡人居住国家。", "以 ISO 3166-1 两位字母代码填写 country_code。"], { field: "country_code" }],
  ["document_duplicated", ["This identity document has already been reviewed and accepted for the cardholder.", "No need to upload it again."], ["该身份证件已通过审核。", "无需重复上传。"], { field: "document" }],
  ["file_type_not_supported", ["The document file type is not accepted.", "Upload a JPEG, PNG or PDF."], ["不支持该证件文件类型。", "上传 JPEG、PNG 或 PDF 文件。"], { field: "document_type" }],
  ["invalid_file_content", ["The document is not valid base64.", "Send plain base64 of the file bytes, with no data-URL prefix or line breaks."], ["证件内容不是合法的 Base64。", "发送文件字节的标准 Base64,不要带 data-URL 前缀或换行。"], { field: "document" }],
  ["document_size_exceeded", ["The decoded document is larger than 2 MB.", "Compress or rescan the document to under 2 MB."], ["证件解码后超过 2 MB。", "压缩或重新扫描,使文件小于 2 MB。"], { field: "document" }],
  ["document_review_required", ["The cardholder's document is still being reviewed manually.", "Wait for the KYC status webhook, or refresh the cardholder until KYC passes."], ["持卡人的证件仍在人工审核中。", "等待 KYC 状态 Webhook,或刷新持卡人直到审核通过。"]],
  ["identity_file_missing", ["A required identity document image is missing.", "Upload all required sides (front and back for an ID card)."], ["缺少必需的身份证件图片。", "上传所有必需的证件面(身份证需正反两面)。"], { field: "identity", wire: "identity.front_file" }],
  ["invalid_identity_type", ["The identity type is not accepted.", "Use ID_CARD or PASSPORT."], ["身份证件类型不被接受。", "使用 ID_CARD 或 PASSPORT。"], { field: "identity_type", wire: "identity.type" }],
  ["invalid_kyc_method", ["The KYC verification method is not accepted.", "Use THIRD_PARTY or SUMSUB_REDIRECT."], ["KYC 核验方式不被接受。", "使用 THIRD_PARTY 或 SUMSUB_REDIRECT。"], { field: "kyc_method", wire: `${KYC}.method` }],
  ["kyc_proof_required", ["Third-party KYC needs proof of your provider's verification.", "Add kyc_proof with the provider and its reference id."], ["第三方 KYC 必须附上核验凭证。", "补充 kyc_proof,填写服务商及其参考编号。"], { field: "kyc_proof", wire: `${KYC}.kyc_proof` }],
  ["reference_id_duplicated", ["Another cardholder already uses this KYC reference id.", "Send the unique reference id of this cardholder's verification."], ["该 KYC 参考编号已被其他持卡人使用。", "填写本持卡人核验记录的唯一参考编号。"], { field: "reference_id", wire: `${KYC}.kyc_proof.reference_id` }],
  ["reference_id_too_short", ["The KYC reference id is shorter than 10 characters.", "Use a reference id of at least 10 characters."], ["KYC 参考编号少于 10 个字符。", "使用至少 10 个字符的参考编号。"], { field: "reference_id", wire: `${KYC}.kyc_proof.reference_id` }],
  ["cardholder_kyc_pending", ["The cardholder's KYC is still under review, so no card can be issued yet.", "Wait for the KYC webhook or refresh the cardholder, then issue the card."], ["持卡人 KYC 仍在审核中,暂时无法发卡。", "等待 KYC Webhook 或刷新持卡人状态后再发卡。"], { retryable: true }],
  ["cardholder_kyc_failed", ["The cardholder's KYC was rejected.", "Have the cardholder resubmit documents or create a new cardholder; ask UQPAY if the reason is unclear."], ["持卡人的 KYC 被拒绝。", "请持卡人重新提交证件或新建持卡人;原因不明时咨询 UQPAY。"]],
  ["kyc_insufficient", ["The cardholder lacks information this product requires; the missing fields are listed.", "Update the cardholder with the listed fields, then issue the card again."], ["持卡人资料不满足该产品要求,缺少的字段已列出。", "按列出的字段更新持卡人后再发卡。"]],
  ["supplement_fields_incomplete", ["The supplementary cardholder fields are incomplete; the missing ones are listed.", "Add every listed field to cardholder_required_fields and retry."], ["补充的持卡人字段不完整,缺少的字段已列出。", "把列出的字段全部填入 cardholder_required_fields 后重试。"], { field: "cardholder_required_fields" }],
  ["cardholder_cannot_update_during_review", ["Identity and address fields are locked while KYC review is pending.", "Wait for the review to finish; non-KYC fields such as metadata can still change."], ["KYC 审核期间身份和地址字段被锁定。", "等审核结束后再修改;metadata 等非 KYC 字段仍可更新。"], { retryable: true }],
  ["bin_required_fields_not_configured", ["UQPAY has no required-fields setup for this card BIN, so cards cannot be created on it.", "Contact your UQPAY solutions engineer."], ["平台上缺少该卡 BIN 的必填字段配置,无法开卡。", "请联系 UQPAY 对接工程师。"]],
  ["cardholder_missing_info", ["The request has neither a cardholder id nor cardholder details for one-step issuance.", "Choose an existing cardholder, or fill in the new cardholder's details."], ["请求既没有 cardholder_id,也没有一步开卡所需的持卡人资料。", "选择已有持卡人,或填写新持卡人的资料。"], { field: "cardholder_id" }],
  ["cardholder_incomplete_fields", ["One-step issuance is missing some cardholder fields; they are listed.", "Fill in each listed field in cardholder_required_fields and submit again."], ["一步开卡缺少部分持卡人字段,缺失项已列出。", "在 cardholder_required_fields 中补齐列出的字段后重新提交。"], { field: "cardholder_required_fields" }],
]);

// Seed 004 "transaction errors": envelope A refinement of invalid_request_error, and envelope B.
export const TRANSACTION_NOT_FOUND_KEY = "invalid_request_error/transaction_not_found";
export const TRANSACTION_NOT_FOUND_RE = /^transaction\[.*\] not found/i;

export const TRANSACTION_CODE_GUIDANCE: GuidanceEntry[] = build([
  [TRANSACTION_NOT_FOUND_KEY, ["That transaction is not on the connected account.", "Look the id up in the card transactions list."], ["当前关联账户下没有这笔交易。", "在卡交易列表中查找正确的交易 ID。"], { field: "transaction_id" }],
]);

export const TRANSACTION_MESSAGE_GUIDANCE: GuidanceEntry[] = build([
  ["Card authorize transaction is error", ["The simulated authorisation failed (sandbox only).", "Retry; if it keeps failing, check the card is active and the amount and currency fit the card."], ["模拟授权失败(仅沙盒)。", "重试;持续失败时确认卡已激活,金额和币种与卡匹配。"], { retryable: true }],
  ["Card reversal transaction is error", ["The simulated reversal failed (sandbox only).", "Make sure the transaction id is a previously simulated authorisation."], ["模拟冲正失败(仅沙盒)。", "确认交易 ID 对应的是此前模拟过的授权。"], { field: "transaction_id" }],
  ["Invalid channel code", ["The sandbox channel value is not supported.", "Use a supported channel; UQPAY can share the allowed list."], ["沙盒渠道取值不受支持。", "使用受支持的渠道值,可向 UQPAY 获取允许列表。"], { field: "channel" }],
  ["MCC is error", ["The merchant category code is not allowed for this card (the simulator accepts 5734).", "Send a 4-digit MCC the card's controls allow, e.g. 5734."], ["商户类别码不被该卡允许(模拟器接受 5734)。", "填写该卡消费控制允许的 4 位 MCC,例如 5734。"], { field: "merchant_category_code" }],
  ["Account status error", ["The account's status does not allow simulating transactions.", "Check in the UQPAY dashboard that the account is active."], ["账户当前状态不允许模拟交易。", "在 UQPAY 后台确认账户处于有效状态。"]],
]);
