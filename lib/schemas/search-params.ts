/** Search params as Next hands them to a page (a record) or as the browser has them (URLSearchParams). */
export type SearchParamsLike = URLSearchParams | Record<string, string | string[] | undefined>;

/** One search param's first value; empty means absent. */
export function searchParam(params: SearchParamsLike, key: string): string | undefined {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const one = Array.isArray(value) ? value[0] : value;
  return one === null || one === undefined || one === "" ? undefined : one;
}
