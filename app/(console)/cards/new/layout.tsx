import type { ReactNode } from "react";
import { LiveSection } from "@/components/live-section";

// The rest of /cards renders on the server and ships neither provider; the issue form as committed
// still uses both (useTranslations, TanStack Query in the cardholder picker). Delete this layout
// once the form takes its words as props and reads the cardholders route itself.
export default function IssueCardLayout({ children }: { children: ReactNode }) {
  return <LiveSection>{children}</LiveSection>;
}
