"use client";

import { island } from "@/components/island";

// The card page's interactive panels. The page itself is rendered on the server; each panel's HTML
// comes with it and its code (forms, dialogs, the schemas they check) once the browser is idle.
export const StatusPanel = island(() => import("./status-panel").then((m) => m.StatusPanel));
export const FundsPanel = island(() => import("./funds-panel").then((m) => m.FundsPanel));
export const SecureDetails = island(() => import("./secure-details").then((m) => m.SecureDetails));
export const SimulatorPanel = island(() => import("./simulator-panel").then((m) => m.SimulatorPanel));
export const ControlsForm = island(() => import("./controls-form").then((m) => m.ControlsForm));
