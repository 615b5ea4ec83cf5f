import type { ReactNode } from "react";
import { SectionProviders } from "@/components/section-providers";

export default function TransactionsLayout({ children }: { children: ReactNode }) {
  return <SectionProviders query>{children}</SectionProviders>;
}
