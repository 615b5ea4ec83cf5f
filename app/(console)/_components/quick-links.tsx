import { ArrowLeftRight, CreditCard, ReceiptText, UserPlus, Wallet, Webhook, type IconComponent } from "@/components/icons";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { buttonVariants } from "@/components/ui/button";
import { roleAllows, type Role } from "@/lib/auth/roles";

// Actions first, for the roles that may take them (their pages check the same role); then places to look.
const LINKS = [
  { href: "/cards/new", key: "issueCard", Icon: CreditCard, role: "operator" },
  { href: "/cardholders/new", key: "newCardholder", Icon: UserPlus, role: "operator" },
  { href: "/payments/new", key: "newPayment", Icon: ReceiptText, role: "operator" },
  { href: "/transactions", key: "transactions", Icon: ArrowLeftRight, role: "viewer" },
  { href: "/balances", key: "balances", Icon: Wallet, role: "viewer" },
  { href: "/webhooks", key: "webhooks", Icon: Webhook, role: "viewer" },
] as const satisfies readonly { href: string; key: string; Icon: IconComponent; role: Role }[];

export async function QuickLinks({ role }: { role: Role }) {
  const t = await getTranslations("overview.quickLinks");
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex flex-wrap gap-2">
        {LINKS.filter((l) => roleAllows(role, l.role)).map(({ href, key, Icon, role: needs }) => (
          <li key={href}>
            <Link href={href} className={buttonVariants({ variant: needs === "viewer" ? "outline" : "default", size: "sm" })}>
              <Icon aria-hidden />
              {t(key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
