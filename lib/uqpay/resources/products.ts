import "server-only";
import { productPage } from "../schemas/issuing-cardholders";
import { callSpec, type CallOptions, issuingPaging, type PageParams, type Transport } from "./shared";

export function productsResource(request: Transport) {
  return {
    /** Card products, including each product's `required_fields` for one-step issuance. */
    list: async (params: PageParams = {}, opts?: CallOptions) =>
      request({ method: "GET", path: "/v1/issuing/products", query: issuingPaging(params), ...callSpec(opts) }, productPage),
  };
}
