import type { ReactNode } from "react";
import { QueryProvider } from "@/components/query-provider";

// The payment page refreshes in place; the other payment pages need no TanStack Query (issue #11).
export default function PaymentLayout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}
