import { z } from "zod";

export { boundedRange, MAX_RANGE_DAYS, rangeTimes, type DayRange } from "@/lib/filters/day-range";

export const dayField = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
