"use client";

import { island } from "@/components/island";

// The actions panel's buttons: their HTML comes with the page, their code once the browser is idle (issue #11).
export const PaymentActionButtons = island(() => import("./action-buttons").then((m) => m.PaymentActionButtons));
