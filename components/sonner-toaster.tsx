"use client";

import { useEffect } from "react";
import { toast, Toaster } from "sonner";
import type { Theme } from "@/lib/theme/config";
import { attachToaster } from "@/lib/toast";

/** The toaster proper; its own effect runs after sonner's Toaster has subscribed to its store. */
export default function SonnerToaster({ theme }: { theme: Theme }) {
  useEffect(() => attachToaster(({ kind, message }) => toast[kind](message)), []);
  return <Toaster richColors closeButton position="top-right" theme={theme} />;
}
