"use client";

import { Plus } from "@/components/icons";
import { OnDemandDialog } from "@/components/on-demand-dialog";
import { ConnectionFormDialog, loadConnectionForm } from "./lazy-dialogs";

export function AddConnectionButton({ label }: { label: string }) {
  return (
    <OnDemandDialog preload={loadConnectionForm} dialog={(control) => <ConnectionFormDialog control={control} />}>
      <Plus aria-hidden /> {label}
    </OnDemandDialog>
  );
}
