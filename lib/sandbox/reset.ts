/** The word an operator types to reset the emulator; a plain module so the reset panel ships without zod (issue #11). */
export const RESET_CONFIRMATION = "RESET";
