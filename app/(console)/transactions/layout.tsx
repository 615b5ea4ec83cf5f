import type { ReactNode } from "react";
import { LiveSection } from "@/components/live-section";

export default function TransactionsLayout({ children }: { children: ReactNode }) {
  return <LiveSection>{children}</LiveSection>;
}
