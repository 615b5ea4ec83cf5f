import { lazy } from "react";

// The dialogs (radix Dialog, react-hook-form, zod) load when their button is first used (issue #11).
export const loadConnectionForm = () => import("./connection-form-dialog");
export const loadConfirm = () => import("@/components/confirm-dialog-view");
export const ConnectionFormDialog = lazy(() => loadConnectionForm().then((m) => ({ default: m.ConnectionFormDialog })));
export const ConfirmDialog = lazy(() => loadConfirm().then((m) => ({ default: m.ConfirmDialogView })));
