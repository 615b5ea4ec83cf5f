"use client";

import { Suspense, useRef, useState, type ComponentProps, type ReactNode, type RefObject } from "react";
import { Button } from "@/components/ui/button";

/** What a dialog loaded on demand is given: it is controlled, and gives focus back to the button that opened it. */
export type DialogControl = { open: boolean; onOpenChange: (open: boolean) => void; returnFocus: RefObject<HTMLButtonElement | null> };

/** For the dialog's DialogContent: on close, focus goes back to the opening button (there is no DialogTrigger to do it). */
export const returnFocusOnClose = (control: DialogControl) => (event: Event) => {
  event.preventDefault();
  control.returnFocus.current?.focus();
};

/**
 * A button opening a dialog whose code loads on the first click: radix Dialog and the form inside
 * are kilobytes a page need not ship before anyone asks (issue #11). Pointing at or focusing the
 * button starts the download. `dialog` renders a React.lazy component with the control it is given.
 * Render it inside an island (components/island.tsx): the island's boundary keeps the button
 * disabled until hydrated, when a click would open nothing.
 */
export function OnDemandDialog({
  preload,
  dialog,
  ...button
}: Omit<ComponentProps<typeof Button>, "onClick" | "ref"> & { preload: () => unknown; dialog: (control: DialogControl) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={ref}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
        {...button}
      />
      {wanted ? <Suspense fallback={null}>{dialog({ open, onOpenChange: setOpen, returnFocus: ref })}</Suspense> : null}
    </>
  );
}
