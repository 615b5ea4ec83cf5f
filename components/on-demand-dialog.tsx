"use client";

import { Suspense, useRef, useState, type ComponentProps, type ReactNode, type RefObject } from "react";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/lib/use-hydrated";

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
 * The button is disabled until hydrated: a click before then would open nothing.
 */
export function OnDemandDialog({
  preload,
  dialog,
  disabled,
  ...button
}: Omit<ComponentProps<typeof Button>, "onClick" | "ref"> & { preload: () => unknown; dialog: (control: DialogControl) => ReactNode }) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const ref = useRef<HTMLButtonElement>(null);
  const live = useHydrated();
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
        disabled={disabled || !live}
        {...button}
      />
      {wanted ? <Suspense fallback={null}>{dialog({ open, onOpenChange: setOpen, returnFocus: ref })}</Suspense> : null}
    </>
  );
}
