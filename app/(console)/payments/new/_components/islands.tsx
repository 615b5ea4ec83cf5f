"use client";

import { island } from "@/components/island";

// The new-payment form's HTML comes with the page; its code (methods, checks, the next-action follow-up) once the browser is idle (issue #11).
export const CreatePaymentForm = island(() => import("./create-payment-form").then((m) => m.CreatePaymentForm));
