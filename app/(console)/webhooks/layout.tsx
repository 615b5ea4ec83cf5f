import type { ReactNode } from "react";
import { SectionProviders } from "@/components/section-providers";

export default function WebhooksLayout({ children }: { children: ReactNode }) {
  return <SectionProviders>{children}</SectionProviders>;
}
