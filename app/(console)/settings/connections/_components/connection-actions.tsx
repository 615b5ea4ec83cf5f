"use client";

import { lazy, Suspense, useState, useTransition, type ReactNode } from "react";
import { toast } from "@/lib/toast";
import { OnDemandDialog } from "@/components/on-demand-dialog";
import { Button } from "@/components/ui/button";
import type { ActionFailure } from "@/lib/actions/result";
import type { ConnectionView } from "@/lib/connections/store";
import { translator, type IslandText } from "@/lib/i18n/fill";
import { makeConnectionActive, removeConnection, testConnection } from "../actions";
import { ConfirmDialog, ConnectionFormDialog, loadConfirm, loadConnectionForm } from "./lazy-dialogs";

// Shown only when a connection test fails: loaded then (issue #11).
const FailureNotice = lazy(() => import("@/components/failure-notice").then((m) => ({ default: m.FailureNotice })));

type TestOutcome = { ok: true; tokenMs: number; productsMs: number; productCount: number } | { ok: false; failure: ActionFailure };

export type ConnectionIcons = { test: ReactNode; edit: ReactNode; delete: ReactNode };

/** Test, activate, edit and delete (an island: islands.tsx); words (`text`, the page's islandText) and icons come from the server (issue #11). */
export function ConnectionActions({ connection, text, icons }: { connection: ConnectionView; text: IslandText; icons: ConnectionIcons }) {
  const t = translator(text, "connections.");
  const [pending, startTransition] = useTransition();
  const [test, setTest] = useState<TestOutcome | null>(null);

  const runTest = () =>
    startTransition(async () => {
      setTest(null);
      const result = await testConnection({ id: connection.id });
      setTest(result.ok ? { ok: true, ...result.data } : { ok: false, failure: result });
    });

  const activate = () =>
    startTransition(async () => {
      const result = await makeConnectionActive({ id: connection.id });
      if (result.ok) toast.success(t("activated", { name: result.data.name }));
      else toast.error(result.message);
    });

  return (
    <div className="grid gap-3">
      <div className="flex min-w-0 flex-wrap gap-2">
        <Button variant="outline" size="sm" onClick={runTest} disabled={pending}>
          {icons.test} {t("test")}
        </Button>
        {connection.isActive ? null : (
          <Button variant="outline" size="sm" onClick={activate} disabled={pending}>
            {t("makeActive")}
          </Button>
        )}
        <OnDemandDialog variant="ghost" size="sm" preload={loadConnectionForm} dialog={(control) => <ConnectionFormDialog control={control} connection={connection} text={text} />}>
          {icons.edit} {t("edit")}
        </OnDemandDialog>
        {connection.isActive ? null : (
          <OnDemandDialog
            variant="ghost"
            size="sm"
            className="text-destructive"
            preload={loadConfirm}
            dialog={(control) => (
              <ConfirmDialog
                text={{ close: text["common.close"], cancel: text["common.cancel"] }}
                destructive
                control={control}
                title={t("deleteTitle", { name: connection.name })}
                description={t("deleteDescription")}
                confirmLabel={t("delete")}
                onConfirm={async () => {
                  const result = await removeConnection({ id: connection.id });
                  if (result.ok) toast.success(t("deleted", { name: result.data.name }));
                  else toast.error(result.message);
                }}
              />
            )}
          >
            {icons.delete} {t("delete")}
          </OnDemandDialog>
        )}
      </div>
      {pending && !test ? <p className="text-sm text-muted-foreground">{t("testing")}</p> : null}
      {test?.ok ? (
        <p data-testid="connection-test-result" className="text-sm text-success">
          {t("testOk", { tokenMs: test.tokenMs, productsMs: test.productsMs, count: test.productCount })}
        </p>
      ) : null}
      {test && !test.ok ? (
        <Suspense fallback={null}>
          <FailureNotice failure={test.failure} text={text} />
        </Suspense>
      ) : null}
    </div>
  );
}
