// Fixed ids so tests, e2e and docs can name seeded things. The first product id is the one in seed 000/001.
export const SEEDED = {
  accountId: "5f0c7a2e-8b1d-4c3e-9a6f-000000000001",
  /** Second account: exists so `key_mismatch_account` is reachable. Credentials derive from the first. */
  secondAccountId: "5f0c7a2e-8b1d-4c3e-9a6f-000000000002",
  products: {
    visaShare: "467e993f-317a-49fc-9ea0-bf49de7d1f76",
    visaSingle: "8a1f3b6c-2d4e-4f70-8b19-000000000002",
    visaAddress: "8a1f3b6c-2d4e-4f70-8b19-000000000003",
    visaEnhanced: "8a1f3b6c-2d4e-4f70-8b19-000000000004",
    mastercard: "8a1f3b6c-2d4e-4f70-8b19-000000000005",
    disabled: "8a1f3b6c-2d4e-4f70-8b19-000000000006",
  },
  balances: { USD: "100000.00", SGD: "50000.00" },
} as const;

export interface RequiredField {
  name: string;
  type: "string" | "object";
  required: boolean;
  description?: string;
  fields?: RequiredField[];
}

export interface ProductDef {
  product_id: string;
  card_bin: string;
  card_scheme: "VISA" | "MASTERCARD";
  mode_type: "SHARE" | "SINGLE";
  card_form: string[];
  card_currency: string[];
  product_status: "ENABLED" | "DISABLED";
  kyc_level: "SIMPLIFIED" | "STANDARD" | "ENHANCED";
  max_card_quota: number;
  required_fields: RequiredField[];
  /** Emulator-internal: card_limit range (`limit_out_of_range` outside it). */
  min_card_limit: string;
  max_card_limit: string;
  no_pin_payment_amount: { amount: string; currency: string }[];
}

const str = (name: string, required: boolean, description?: string): RequiredField => ({
  name,
  type: "string",
  required,
  ...(description ? { description } : {}),
});

const BASIC: RequiredField[] = [
  str("first_name", true),
  str("last_name", true),
  str("email", true),
  str("country_code", true),
  str("phone_number", true),
  str("date_of_birth", false),
];

const ADDRESS: RequiredField = {
  name: "residential_address",
  type: "object",
  required: true,
  description: "Cardholder residential address",
  fields: [
    str("country", true),
    str("city", true),
    str("line1", true),
    str("state", false),
    str("line2", false),
    str("postal_code", false),
  ],
};

const noPin = (currencies: string[]) => currencies.map((currency) => ({ amount: "200", currency }));

const product = (def: Omit<ProductDef, "no_pin_payment_amount" | "max_card_quota"> & { max_card_quota?: number }): ProductDef => ({
  max_card_quota: 1000,
  ...def,
  no_pin_payment_amount: noPin(def.card_currency),
});

export const SEEDED_PRODUCTS: ProductDef[] = [
  product({
    product_id: SEEDED.products.visaShare,
    card_bin: "40963608",
    card_scheme: "VISA",
    mode_type: "SHARE",
    card_form: ["VIR", "PHY"],
    card_currency: ["USD", "SGD"],
    product_status: "ENABLED",
    kyc_level: "SIMPLIFIED",
    required_fields: BASIC,
    min_card_limit: "0",
    max_card_limit: "100000",
  }),
  product({
    product_id: SEEDED.products.visaSingle,
    card_bin: "40963608",
    card_scheme: "VISA",
    mode_type: "SINGLE",
    card_form: ["VIR"],
    card_currency: ["USD", "SGD"],
    product_status: "ENABLED",
    kyc_level: "SIMPLIFIED",
    required_fields: BASIC,
    min_card_limit: "0",
    max_card_limit: "50000",
  }),
  product({
    product_id: SEEDED.products.visaAddress,
    card_bin: "48512200",
    card_scheme: "VISA",
    mode_type: "SHARE",
    card_form: ["VIR"],
    card_currency: ["USD"],
    product_status: "ENABLED",
    kyc_level: "STANDARD",
    required_fields: [
      ...BASIC.slice(0, 5),
      str("date_of_birth", true),
      str("gender", false),
      str("nationality", false),
      ADDRESS,
    ],
    min_card_limit: "0",
    max_card_limit: "100000",
  }),
  product({
    product_id: SEEDED.products.visaEnhanced,
    card_bin: "42211800",
    card_scheme: "VISA",
    mode_type: "SHARE",
    card_form: ["VIR"],
    card_currency: ["USD"],
    product_status: "ENABLED",
    kyc_level: "ENHANCED",
    required_fields: [
      ...BASIC.slice(0, 5),
      str("date_of_birth", true),
      str("nationality", true),
      {
        name: "kyc_verification",
        type: "object",
        required: true,
        description: "THIRD_PARTY with kyc_proof, or SUMSUB_REDIRECT",
        fields: [
          str("method", true),
          { name: "kyc_proof", type: "object", required: false, fields: [str("provider", true), str("reference_id", true)] },
        ],
      },
    ],
    min_card_limit: "0",
    max_card_limit: "100000",
  }),
  product({
    product_id: SEEDED.products.mastercard,
    card_bin: "555243",
    card_scheme: "MASTERCARD",
    mode_type: "SHARE",
    card_form: ["VIR"],
    card_currency: ["USD", "SGD"],
    product_status: "ENABLED",
    kyc_level: "SIMPLIFIED",
    required_fields: BASIC,
    // BINs 527735/555071/555243 require card_limit ≥ 0.01 (create-card docs).
    min_card_limit: "0.01",
    max_card_limit: "100000",
  }),
  product({
    product_id: SEEDED.products.disabled,
    card_bin: "40963610",
    card_scheme: "VISA",
    mode_type: "SHARE",
    card_form: ["VIR"],
    card_currency: ["USD"],
    product_status: "DISABLED",
    kyc_level: "SIMPLIFIED",
    required_fields: BASIC,
    min_card_limit: "0",
    max_card_limit: "100000",
  }),
];
