import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names; it does not merge conflicting Tailwind utilities. tailwind-merge did, at
 * 8.5 kB gzip in every client island that used a primitive (issue #11). Instead, the defaults a
 * caller may override are written in components/ui so that the caller's class wins by itself.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
