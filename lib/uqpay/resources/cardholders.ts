import "server-only";
import { cardholder, cardholderPage, cardholderResult, type CardholderStatus } from "../schemas/issuing-cardholders";
import { callSpec, type CallOptions, compact, issuingPaging, type PageParams, pathId, type Transport } from "./shared";

export type CardholderAddress = {
  country: string;
  city: string;
  line1: string;
  state?: string;
  district?: string;
  line2?: string;
  line_en?: string;
  postal_code?: string;
};

export type CardholderIdentity = {
  type: "ID_CARD" | "PASSPORT";
  number: string;
  front_file: string;
  back_file?: string;
  hand_file?: string;
};

export type KycVerification =
  | { method: "SUMSUB_REDIRECT" }
  | { method: "THIRD_PARTY"; kyc_proof: { provider: string; reference_id: string } };

type CardholderKycFields = {
  date_of_birth?: string;
  gender?: "MALE" | "FEMALE";
  nationality?: string;
  residential_address?: CardholderAddress;
  identity?: CardholderIdentity;
  kyc_verification?: KycVerification;
  document_type?: "pdf" | "png" | "jpg" | "jpeg";
  document?: string;
  /** Deprecated by UQPAY in favour of residential_address. */
  delivery_address?: Omit<CardholderAddress, "district" | "line_en">;
};

export type CreateCardholderParams = CardholderKycFields & {
  email: string;
  first_name: string;
  last_name: string;
  country_code: string;
  phone_number: string;
};

/** first_name and last_name cannot be changed after creation. */
export type UpdateCardholderParams = CardholderKycFields & {
  email?: string;
  phone_number?: string;
  country_code?: string;
};

export type ListCardholdersParams = PageParams & { cardholder_status?: CardholderStatus };

export function cardholdersResource(request: Transport) {
  return {
    create: async (params: CreateCardholderParams, opts?: CallOptions) =>
      request({ method: "POST", path: "/v1/issuing/cardholders", body: compact(params), ...callSpec(opts) }, cardholderResult),

    list: async (params: ListCardholdersParams = {}, opts?: CallOptions) =>
      request(
        {
          method: "GET",
          path: "/v1/issuing/cardholders",
          query: { ...issuingPaging(params), cardholder_status: params.cardholder_status },
          ...callSpec(opts),
        },
        cardholderPage,
      ),

    retrieve: async (cardholderId: string, opts?: CallOptions) =>
      request({ method: "GET", path: `/v1/issuing/cardholders/${pathId(cardholderId, "cardholder_id")}`, ...callSpec(opts) }, cardholder),

    // UQPAY updates with POST on the resource path (there is no PATCH/PUT).
    update: async (cardholderId: string, params: UpdateCardholderParams, opts?: CallOptions) =>
      request(
        {
          method: "POST",
          path: `/v1/issuing/cardholders/${pathId(cardholderId, "cardholder_id")}`,
          body: compact(params),
          ...callSpec(opts),
        },
        cardholderResult,
      ),
  };
}
