// The console's icons: Lucide's drawings (the `lucide` package's icon nodes) rendered as plain
// SVG. Unlike lucide-react's icons, which are client components, these render in a server
// component without shipping any JavaScript, and cost a client island only the nodes it uses.
import type { IconNode } from "lucide";
import {
  Activity as ActivityNode,
  ArrowLeftRight as ArrowLeftRightNode,
  CheckCircle2 as CheckCircle2Node,
  ChevronDown as ChevronDownNode,
  ChevronLeft as ChevronLeftNode,
  ChevronRight as ChevronRightNode,
  CircleAlert as CircleAlertNode,
  Clock as ClockNode,
  Contact as ContactNode,
  Copy as CopyNode,
  CreditCard as CreditCardNode,
  Download as DownloadNode,
  ExternalLink as ExternalLinkNode,
  Eye as EyeNode,
  EyeOff as EyeOffNode,
  FileCheck2 as FileCheck2Node,
  FlaskConical as FlaskConicalNode,
  Languages as LanguagesNode,
  LayoutDashboard as LayoutDashboardNode,
  LogOut as LogOutNode,
  Menu as MenuNode,
  Monitor as MonitorNode,
  Moon as MoonNode,
  Package as PackageNode,
  PackageOpen as PackageOpenNode,
  Pencil as PencilNode,
  Play as PlayNode,
  PlugZap as PlugZapNode,
  Plus as PlusNode,
  ReceiptText as ReceiptTextNode,
  RotateCw as RotateCwNode,
  ScrollText as ScrollTextNode,
  Search as SearchNode,
  Sun as SunNode,
  Trash2 as Trash2Node,
  TriangleAlert as TriangleAlertNode,
  UserPlus as UserPlusNode,
  Users as UsersNode,
  Wallet as WalletNode,
  Webhook as WebhookNode,
  X as XNode,
} from "lucide";
import { createElement, type SVGProps } from "react";

export type IconComponent = (props: SVGProps<SVGSVGElement>) => React.JSX.Element;

/** An icon component like lucide-react's: 24×24, 2 px stroke in currentColor, hidden from assistive technology unless labelled. */
function icon(node: IconNode): IconComponent {
  return function LucideIcon({ className, ...props }) {
    const labelled = Boolean(props["aria-label"] || props["aria-labelledby"] || props.role);
    return (
      <svg
        xmlns="http://www.w3.org/2000/svg"
        width={24}
        height={24}
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden={labelled ? undefined : true}
        className={className ? `lucide ${className}` : "lucide"}
        {...props}
      >
        {node.map(([tag, attributes], i) => createElement(tag, { key: i, ...attributes }))}
      </svg>
    );
  };
}

export const Activity = /* @__PURE__ */ icon(ActivityNode);
export const ArrowLeftRight = /* @__PURE__ */ icon(ArrowLeftRightNode);
export const CheckCircle2 = /* @__PURE__ */ icon(CheckCircle2Node);
export const ChevronDown = /* @__PURE__ */ icon(ChevronDownNode);
export const ChevronLeft = /* @__PURE__ */ icon(ChevronLeftNode);
export const ChevronRight = /* @__PURE__ */ icon(ChevronRightNode);
export const CircleAlert = /* @__PURE__ */ icon(CircleAlertNode);
export const Clock = /* @__PURE__ */ icon(ClockNode);
export const Contact = /* @__PURE__ */ icon(ContactNode);
export const Copy = /* @__PURE__ */ icon(CopyNode);
export const CreditCard = /* @__PURE__ */ icon(CreditCardNode);
export const Download = /* @__PURE__ */ icon(DownloadNode);
export const ExternalLink = /* @__PURE__ */ icon(ExternalLinkNode);
export const Eye = /* @__PURE__ */ icon(EyeNode);
export const EyeOff = /* @__PURE__ */ icon(EyeOffNode);
export const FileCheck2 = /* @__PURE__ */ icon(FileCheck2Node);
export const FlaskConical = /* @__PURE__ */ icon(FlaskConicalNode);
export const Languages = /* @__PURE__ */ icon(LanguagesNode);
export const LayoutDashboard = /* @__PURE__ */ icon(LayoutDashboardNode);
export const LogOut = /* @__PURE__ */ icon(LogOutNode);
export const Menu = /* @__PURE__ */ icon(MenuNode);
export const Monitor = /* @__PURE__ */ icon(MonitorNode);
export const Moon = /* @__PURE__ */ icon(MoonNode);
export const Package = /* @__PURE__ */ icon(PackageNode);
export const PackageOpen = /* @__PURE__ */ icon(PackageOpenNode);
export const Pencil = /* @__PURE__ */ icon(PencilNode);
export const Play = /* @__PURE__ */ icon(PlayNode);
export const PlugZap = /* @__PURE__ */ icon(PlugZapNode);
export const Plus = /* @__PURE__ */ icon(PlusNode);
export const ReceiptText = /* @__PURE__ */ icon(ReceiptTextNode);
export const RotateCw = /* @__PURE__ */ icon(RotateCwNode);
export const ScrollText = /* @__PURE__ */ icon(ScrollTextNode);
export const Search = /* @__PURE__ */ icon(SearchNode);
export const Sun = /* @__PURE__ */ icon(SunNode);
export const Trash2 = /* @__PURE__ */ icon(Trash2Node);
export const TriangleAlert = /* @__PURE__ */ icon(TriangleAlertNode);
export const UserPlus = /* @__PURE__ */ icon(UserPlusNode);
export const Users = /* @__PURE__ */ icon(UsersNode);
export const Wallet = /* @__PURE__ */ icon(WalletNode);
export const Webhook = /* @__PURE__ */ icon(WebhookNode);
export const X = /* @__PURE__ */ icon(XNode);
