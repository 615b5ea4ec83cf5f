import { ArrowLeftRight, Contact, CreditCard, FlaskConical, LayoutDashboard, Menu, Package, PlugZap, ReceiptText, ScrollText, Users, Wallet, Webhook, type IconComponent } from "@/components/icons";
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

/**
 * The sections the role may open, as links; the sidebar's and the phone menu's. The phone menu's
 * go without icons: they are in every page's HTML twice, and the icons are most of their markup.
 */
async function MainNavigation({ role, icons }: { role: Role; icons: boolean }) {
  const t = await getTranslations();
  return (
    <nav aria-label={t("nav.mainNavigation")} className="flex flex-col gap-0.5 p-2">
      {SECTIONS.filter((s) => roleAllows(role, s.role)).map(({ href, key, Icon }) => (
        <NavLink key={href} href={href} className={NAV_LINK_CLASS}>
          {icons ? <Icon aria-hidden /> : null}
          {t(`nav.${key}`)}
        </NavLink>
      ))}
    </nav>
  );
}

/** From md up: the sections beside the page. */
export async function Sidebar({ role }: { role: Role }) {
  const t = await getTranslations();
  return (
    <aside className="hidden w-56 shrink-0 border-r bg-card md:flex md:flex-col">
      <Link href="/" className="flex h-14 items-center gap-2 border-b px-4 font-semibold">
        <CreditCard className="size-5 text-primary" aria-hidden />
        {t("app.name")}
      </Link>
      <MainNavigation role={role} icons />
    </aside>
  );
}

/**
 * Below md, where the sidebar is hidden: the sections behind a menu button in the header. A
 * <details>, so it opens before the page's JavaScript has loaded; choosing a section closes it (NavLink).
 */
export async function PhoneMenu({ role }: { role: Role }) {
  const t = await getTranslations();
  return (
    <details className="relative md:hidden">
      <summary
        aria-label={t("nav.menu")}
        className="flex size-9 cursor-pointer list-none items-center justify-center rounded-md border hover:bg-secondary [&::-webkit-details-marker]:hidden"
      >
        <Menu className="size-4" aria-hidden />
      </summary>
      <div className="absolute left-0 top-11 z-40 w-60 rounded-md border bg-card shadow-md">
        <MainNavigation role={role} icons={false} />
      </div>
    </details>
  );
}
