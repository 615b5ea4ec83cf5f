"use client";

import { island } from "@/components/island";

// The card page's interactive panels. The page itself is rendered on the server; each panel's HTML
// comes with it and its code (forms, dialogs, the schemas they check) once the browser is idle, all
// panels in one chunk (panels.ts).
export const StatusPanel = island(() => import("./panels").then((m) => m.StatusPanel));
export const FundsPanel = island(() => import("./panels").then((m) => m.FundsPanel));
export const SecureDetails = island(() => import("./panels").then((m) => m.SecureDetails));
export const SimulatorPanel = island(() => import("./panels").then((m) => m.SimulatorPanel));
export const ControlsForm = island(() => import("./panels").then((m) => m.ControlsForm));
