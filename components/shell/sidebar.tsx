import { ArrowLeftRight, Contact, CreditCard, FlaskConical, LayoutDashboard, Package, PlugZap, ReceiptText, ScrollText, Users, Wallet, Webhook, type IconComponent } from "@/components/icons";
import { Link } from "@/components/link";
import { getTranslations } from "next-intl/server";
import { roleAllows, type Role } from "@/lib/auth/roles";
import { NavLink } from "./nav-link";

// Only sections that exist are listed; each later feature adds its entry here.
const SECTIONS = [
  { href: "/", key: "overview", Icon: LayoutDashboard, role: "viewer" },
  { href: "/products", key: "products", Icon: Package, role: "viewer" },
  { href: "/cardholders", key: "cardholders", Icon: Contact, role: "viewer" },
  { href: "/cards", key: "cards", Icon: CreditCard, role: "viewer" },
  { href: "/payments", key: "payments", Icon: ReceiptText, role: "viewer" },
  { href: "/transactions", key: "transactions", Icon: ArrowLeftRight, role: "viewer" },
  { href: "/balances", key: "balances", Icon: Wallet, role: "viewer" },
  { href: "/webhooks", key: "webhooks", Icon: Webhook, role: "viewer" },
  { href: "/audit", key: "audit", Icon: ScrollText, role: "viewer" },
  { href: "/sandbox", key: "sandbox", Icon: FlaskConical, role: "operator" },
  { href: "/settings/team", key: "team", Icon: Users, role: "viewer" },
  { href: "/settings/connections", key: "connections", Icon: PlugZap, role: "admin" },
] as const satisfies readonly { href: string; key: string; Icon: IconComponent; role: Role }[];

// In the server's HTML rather than the NavLink island's JavaScript.
const NAV_LINK_CLASS =
  "flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm text-muted-foreground transition-colors hover:bg-secondary hover:text-foreground aria-[current=page]:bg-secondary aria-[current=page]:font-medium aria-[current=page]:text-foreground [&_svg]:size-4";

export async function Sidebar({ role }: { role: Role }) {
  const t = await getTranslations();
  return (
    <aside className="hidden w-56 shrink-0 border-r bg-card md:flex md:flex-col">
      <Link href="/" className="flex h-14 items-center gap-2 border-b px-4 font-semibold">
        <CreditCard className="size-5 text-primary" aria-hidden />
        {t("app.name")}
      </Link>
      <nav aria-label={t("nav.mainNavigation")} className="flex flex-col gap-0.5 p-2">
        {SECTIONS.filter((s) => roleAllows(role, s.role)).map(({ href, key, Icon }) => (
          <NavLink key={href} href={href} className={NAV_LINK_CLASS}>
            <Icon aria-hidden />
            {t(`nav.${key}`)}
          </NavLink>
        ))}
      </nav>
    </aside>
  );
}
