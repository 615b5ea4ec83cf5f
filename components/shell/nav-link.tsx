"use client";

import { Link } from "@/components/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/**
 * Marks the current section with aria-current; the classes (styled on aria-current) come from the
 * server. Following it closes the phone menu it sits in (a <details>, sidebar.tsx).
 */
export function NavLink({ href, className, children }: { href: string; className: string; children: ReactNode }) {
  const pathname = usePathname();
  const active = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={active ? "page" : undefined} className={className} onClick={(e) => e.currentTarget.closest("details")?.removeAttribute("open")}>
      {children}
    </Link>
  );
}
