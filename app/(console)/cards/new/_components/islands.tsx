"use client";

import { island } from "@/components/island";

// The issue form's HTML comes with the page; its code (values, checks, the cardholder search) once the browser is idle (issue #11).
export const IssueCardForm = island(() => import("./issue-card-form").then((m) => m.IssueCardForm));
