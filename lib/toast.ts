/**
 * Toasts without sonner in every page's first load: a call is queued until the toaster (which
 * loads sonner on demand, components/toaster.tsx) has mounted, then shown. Same calls as sonner's
 * `toast.success(message)`; only plain messages are used in the console.
 */
export type ToastKind = "success" | "error" | "info";
export type QueuedToast = { kind: ToastKind; message: string };

const queue: QueuedToast[] = [];
let show: ((toast: QueuedToast) => void) | null = null;
let requested: (() => void) | null = null;

function enqueue(kind: ToastKind, message: string) {
  if (show) return show({ kind, message });
  queue.push({ kind, message });
  requested?.();
}

export const toast = {
  success: (message: string) => enqueue("success", message),
  error: (message: string) => enqueue("error", message),
  info: (message: string) => enqueue("info", message),
};

/** The lazy toaster asks to be woken on the first toast; returns the unsubscribe. */
export function onFirstToast(wake: () => void): () => void {
  requested = wake;
  if (queue.length) wake();
  return () => {
    if (requested === wake) requested = null;
  };
}

/** The loaded toaster takes over: queued toasts are shown now, later ones directly. */
export function attachToaster(display: (toast: QueuedToast) => void): () => void {
  show = display;
  for (const pending of queue.splice(0)) display(pending);
  return () => {
    if (show === display) show = null;
  };
}
