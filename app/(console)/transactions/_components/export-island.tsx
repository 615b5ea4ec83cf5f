"use client";

import { island } from "@/components/island";

/** The CSV export (a streaming download with progress): its code loads after the list is on screen. */
export const ExportIsland = island(() => import("./export-button").then((m) => m.ExportButton));
