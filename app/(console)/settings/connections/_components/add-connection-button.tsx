"use client";

import type { ReactNode } from "react";
import { OnDemandDialog } from "@/components/on-demand-dialog";
import type { IslandText } from "@/lib/i18n/fill";
import { ConnectionFormDialog, loadConnectionForm } from "./lazy-dialogs";

export function AddConnectionButton({ label, icon, text }: { label: string; icon: ReactNode; text: IslandText }) {
  return (
    <OnDemandDialog preload={loadConnectionForm} dialog={(control) => <ConnectionFormDialog control={control} text={text} />}>
      {icon} {label}
    </OnDemandDialog>
  );
}
