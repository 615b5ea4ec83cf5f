import { invalidRequest } from "./errors";

export interface Page {
  size: number;
  number: number;
  offset: number;
}

/** Issuing lists: page_size 10–100 (default 10), page_number ≥ 1 (default 1); out of range → 400. */
export function readPage(query: URLSearchParams): Page {
  const size = readInt(query, "page_size", 10);
  const number = readInt(query, "page_number", 1);
  if (size < 10 || size > 100) throw invalidRequest("page_size: must be between 10 and 100");
  if (number < 1) throw invalidRequest("page_number: must be greater than or equal to 1");
  return { size, number, offset: (number - 1) * size };
}

function readInt(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^\d+$/.test(raw)) throw invalidRequest(`${name}: must be an integer`);
  return Number(raw);
}

export function pageBody<T>(items: T[], total: number, page: Page) {
  return { total_pages: Math.ceil(total / page.size), total_items: total, data: items };
}

/** Builds `AND col = $n` clauses for optional filters, keeping parameter numbering in one place. */
export class Where {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  constructor(first: string, value: unknown) {
    this.add(first, value);
  }

  add(clause: string, value: unknown): this {
    this.params.push(value);
    this.clauses.push(clause.replace("?", `$${this.params.length}`));
    return this;
  }

  addIf(condition: unknown, clause: string, value: unknown): this {
    return condition ? this.add(clause, value) : this;
  }

  sql(): string {
    return this.clauses.join(" AND ");
  }

  next(): string {
    return `$${this.params.length + 1}`;
  }
}
