import { z } from "zod";

/** Every money-moving or state-changing UQPAY action carries the form's operation id (see useOperationId). */
export const operationIdField = z.uuid("invalid");
