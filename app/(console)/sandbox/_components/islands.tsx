"use client";

import { island } from "@/components/island";

// The workbench's interactive parts; the page and a run's live view are rendered on the server.
export const ScenarioList = island(() => import("./scenario-list").then((m) => m.ScenarioList));
export const EmulatorControls = island(() => import("./emulator-controls").then((m) => m.EmulatorControls));
