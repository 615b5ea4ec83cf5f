"use client";

import { island } from "@/components/island";

// The connection controls: their HTML comes with the page, their code once the browser is idle (issue #11).
export const AddConnectionButton = island(() => import("./add-connection-button").then((m) => m.AddConnectionButton));
export const ConnectionActions = island(() => import("./connection-actions").then((m) => m.ConnectionActions));
