import type { CardPaymentInput } from "@/lib/schemas/payments";

// Seed 003's direct-payment example. The seed's e-mail address reached us obfuscated, so an
// example.com address stands in for it.
export const SEED_TEST_CARD: CardPaymentInput = {
  card_name: "UQPAY",
  card_number: "5346930100108117",
  expiry_month: "12",
  expiry_year: "2026",
  cvc: "811",
  network: "mastercard",
  billing: {
    first_name: "UQPAY",
    last_name: "ACQ",
    email: "acq@example.com",
    phone_number: "0524-91353515",
    address: { country_code: "SG", state: "Singapore", city: "Singapore", street: "444 Orchard Rd, Midpoint Orchard, Singapore", postcode: "924011" },
  },
  auto_capture: true,
  authorization_type: "authorization",
  three_ds_action: "skip_3ds",
};

export const EMPTY_CARD: CardPaymentInput = {
  card_name: "",
  card_number: "",
  expiry_month: "",
  expiry_year: "",
  cvc: "",
  network: "mastercard",
  billing: { first_name: "", last_name: "", email: "", phone_number: "", address: { country_code: "", state: "", city: "", street: "", postcode: "" } },
  auto_capture: true,
  authorization_type: "authorization",
  three_ds_action: "skip_3ds",
};

/** The card a payment form starts with: seed 003's test card against the emulator, blank otherwise. Chosen by the page, so the browser gets one of them. */
export const initialCard = (environment: string | null | undefined): CardPaymentInput => (environment === "emulator" ? SEED_TEST_CARD : EMPTY_CARD);
