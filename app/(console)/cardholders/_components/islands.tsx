"use client";

import { island } from "@/components/island";

// The cardholder forms' HTML comes with the page; their code (the required fields, the upload) once the browser is idle (issue #11).
export const CreateCardholderForm = island(() => import("./create-cardholder-form").then((m) => m.CreateCardholderForm));
export const UpdateCardholderForm = island(() => import("./update-cardholder-form").then((m) => m.UpdateCardholderForm));
