"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const active = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={active ? "page" : undefined}
      // Plain strings: the island needs no class helper.
      className={`flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm transition-colors hover:bg-secondary hover:text-foreground [&_svg]:size-4 ${
        active ? "bg-secondary font-medium text-foreground" : "text-muted-foreground"
      }`}
    >
      {children}
    </Link>
  );
}
