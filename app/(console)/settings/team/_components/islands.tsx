"use client";

import { island } from "@/components/island";

// The team page's controls: their HTML comes with the page, their code once the browser is idle (issue #11).
export const AddMemberForm = island(() => import("./add-member-form").then((m) => m.AddMemberForm));
export const MemberRoleSelect = island(() => import("./member-controls").then((m) => m.MemberRoleSelect));
export const MemberToggle = island(() => import("./member-controls").then((m) => m.MemberToggle));
