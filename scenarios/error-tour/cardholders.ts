import type { ScenarioStepInput } from "@/lib/sandbox/scenario";
import { adult, card, ENHANCED, fails, holder, passport, PNG, post, SHARE } from "./shared";

// Cardholder and KYC errors: field rules, identity documents, KYC proofs, review states, and the
// cardholder checks of card creation (two-step and one-step).

const CREATE = "/v1/issuing/cardholders";
// Decodes to just over 2 MB; the run record keeps only its length.
const OVERSIZED_DOCUMENT = "A".repeat(2_800_000);

export const cardholderSteps: ScenarioStepInput[] = [
  fails("missing_field", "A required field is missing", "POST", CREATE, { first_name: "Omar", last_name: "Haddad", country_code: "SG", phone_number: "{{$phone_sg}}" }, { type: "invalid_request_error" }),
  fails("email_duplicated", "The email is already used", "POST", CREATE, holder({ email: "{{cardholder.$request.body.email}}" }), { code: "email_duplicated" }),
  fails("phone_number_duplicated", "The phone number is already used", "POST", CREATE, holder({ phone_number: "{{cardholder.$request.body.phone_number}}" }), { code: "phone_number_duplicated" }),
  fails("invalid_first_name", "Digits in a first name", "POST", CREATE, holder({ first_name: "Omar2" }), { code: "invalid_first_name" }),
  fails("invalid_last_name", "Punctuation in a last name", "POST", CREATE, holder({ last_name: "Haddad!" }), { code: "invalid_last_name" }),
  fails("invalid_phone_number", "A Singapore phone number of the wrong shape", "POST", CREATE, holder({ phone_number: "61234567" }), { code: "invalid_phone_number" }),
  fails("invalid_date_of_birth", "A cardholder under 18", "POST", CREATE, holder({ date_of_birth: "2020-01-01" }), { code: "invalid_date_of_birth" }),
  fails("invalid_kyc_method", "An unknown KYC method", "POST", CREATE, adult({ kyc_verification: { method: "SELFIE" } }), { code: "invalid_kyc_method" }),
  fails("missing_country_code", "Sumsub verification without a country", "POST", CREATE, holder({ country_code: undefined, kyc_verification: { method: "SUMSUB_REDIRECT" } }), { code: "missing_country_code" }),
  fails("kyc_proof_required", "THIRD_PARTY KYC without a proof", "POST", CREATE, adult({ kyc_verification: { method: "THIRD_PARTY" } }), { code: "kyc_proof_required" }),
  fails("reference_id_too_short", "A KYC proof reference shorter than 10 characters", "POST", CREATE, adult({ kyc_verification: { method: "THIRD_PARTY", kyc_proof: { provider: "Onfido", reference_id: "abc" } } }), { code: "reference_id_too_short" }),
  post("proof_holder", "Setup: a cardholder verified by a third-party KYC proof", CREATE, adult({ kyc_verification: { method: "THIRD_PARTY", kyc_proof: { provider: "Onfido", reference_id: "{{$digits16}}" } } }), { cardholder_status: "SUCCESS" }),
  fails("reference_id_duplicated", "The same KYC proof reference for another cardholder", "POST", CREATE, adult({ kyc_verification: { method: "THIRD_PARTY", kyc_proof: { provider: "Onfido", reference_id: "{{proof_holder.$request.body.kyc_verification.kyc_proof.reference_id}}" } } }), { code: "reference_id_duplicated" }),
  fails("invalid_identity_type", "An identity document of an unknown type", "POST", CREATE, adult({ identity: { type: "DRIVING_LICENCE", number: "D1234567", front_file: PNG } }), { code: "invalid_identity_type" }),
  fails("missing_date_of_birth", "An identity document without a date of birth", "POST", CREATE, holder({ identity: { type: "PASSPORT", number: "E1234567", front_file: PNG } }), { code: "missing_date_of_birth" }),
  fails("identity_file_missing", "An ID card without its back side", "POST", CREATE, adult({ identity: { type: "ID_CARD", number: "S1234567A", front_file: PNG } }), { code: "identity_file_missing" }),
  fails("file_type_not_supported", "A document of a type UQPAY does not take (GIF)", "POST", CREATE, adult({ document_type: "gif", document: PNG }), { code: "file_type_not_supported" }),
  fails("invalid_file_content", "A document that is not base64", "POST", CREATE, adult({ document_type: "png", document: "data:image/png;base64,iVBORw0KGgo=" }), { code: "invalid_file_content" }),
  // Not sandbox-safe: a gateway in front of the real sandbox may cut a 3 MB body off before UQPAY's own check.
  fails("document_size_exceeded", "A document larger than 2 MB", "POST", CREATE, adult({ document_type: "png", document: OVERSIZED_DOCUMENT }), { code: "document_size_exceeded" }, false),
  fails("invalid_delivery_address", "A delivery address without city and postal code", "POST", CREATE, holder({ delivery_address: { country: "SG", line1: "1 Raffles Place" } }), { code: "invalid_delivery_address" }),
  post("passport_holder", "Setup: a cardholder whose passport was accepted", CREATE, holder(passport("P{{$letters}}")), { cardholder_status: "SUCCESS" }),
  fails("document_duplicated", "The accepted passport sent again", "POST", "/v1/issuing/cardholders/{{passport_holder.cardholder_id}}", { identity: "{{passport_holder.$request.body.identity}}" }, { code: "document_duplicated" }),
  // Identity numbers starting REVIEW, MANUAL or REJECT are the emulator's test triggers; a real
  // sandbox accepts them, so the steps relying on them are not sandbox-safe.
  post("pending_holder", "Setup: a cardholder whose documents are under review", CREATE, holder(passport("REVIEW{{$letters}}")), { cardholder_status: "PENDING" }, false),
  fails("cardholder_cannot_update_during_review", "A KYC field changed while the review runs", "POST", "/v1/issuing/cardholders/{{pending_holder.cardholder_id}}", { date_of_birth: "1991-02-03" }, { code: "cardholder_cannot_update_during_review" }, false),
  fails("cardholder_kyc_pending", "A card for a cardholder still in review", "POST", "/v1/issuing/cards", card({ cardholder_id: "{{pending_holder.cardholder_id}}" }), { code: "cardholder_kyc_pending" }, false),
  post("manual_holder", "Setup: a cardholder whose document needs a manual review", CREATE, holder(passport("MANUAL{{$letters}}")), { cardholder_status: "PENDING" }, false),
  fails("document_review_required", "A card for a cardholder in manual review", "POST", "/v1/issuing/cards", card({ cardholder_id: "{{manual_holder.cardholder_id}}" }), { code: "document_review_required" }, false),
  post("failed_holder", "Setup: a cardholder whose KYC failed", CREATE, holder(passport("REJECT{{$letters}}")), { cardholder_status: "FAILED" }, false),
  fails("cardholder_kyc_failed", "A card for a cardholder whose KYC failed", "POST", "/v1/issuing/cards", card({ cardholder_id: "{{failed_holder.cardholder_id}}" }), { code: "cardholder_kyc_failed" }, false),
  fails("cardholder_missing_info", "A card with no cardholder at all", "POST", "/v1/issuing/cards", { card_product_id: SHARE, card_currency: "USD", card_limit: 10 }, { code: "cardholder_missing_info" }),
  fails("cardholder_not_found", "A card for an unknown cardholder", "POST", "/v1/issuing/cards", card({ cardholder_id: "00000000-0000-4000-8000-000000000000" }), { code: "cardholder_not_found" }),
  fails("kyc_insufficient", "A SIMPLIFIED cardholder on an ENHANCED product", "POST", "/v1/issuing/cards", card({ card_product_id: ENHANCED }), { code: "kyc_insufficient" }),
  fails("supplement_fields_incomplete", "The ENHANCED product with only part of the missing fields supplied", "POST", "/v1/issuing/cards", card({ card_product_id: ENHANCED, cardholder_required_fields: { nationality: "SG" } }), { code: "supplement_fields_incomplete" }),
  fails("cardholder_incomplete_fields", "One-step issuance with only a name", "POST", "/v1/issuing/cards", { card_product_id: SHARE, card_currency: "USD", card_limit: 10, cardholder_required_fields: { first_name: "Omar", last_name: "Haddad" } }, { code: "cardholder_incomplete_fields" }),
  fails("cardholder_already_exists", "One-step issuance for a person already on file (same passport)", "POST", "/v1/issuing/cards", { card_product_id: SHARE, card_currency: "USD", card_limit: 10, cardholder_required_fields: holder({ date_of_birth: "1990-01-01", identity: "{{passport_holder.$request.body.identity}}" }) }, { code: "cardholder_already_exists" }),
];
