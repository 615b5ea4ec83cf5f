/** The fields of a UQPAY webhook the console indexes, read tolerantly from the v1.6 envelope. */
export type ParsedEvent = {
  eventId: string | null;
  eventType: string | null;
  eventName: string | null;
  sourceId: string | null;
  cardId: string | null;
  cardholderId: string | null;
  occurredAt: string | null;
  data: Record<string, unknown>;
};

const str = (v: unknown) => (typeof v === "string" && v.length > 0 ? v : typeof v === "number" ? String(v) : null);
const obj = (v: unknown) => (v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

// The time UQPAY says the reported change happened, most specific first.
const TIME_FIELDS = ["update_time", "complete_time", "transaction_time", "posted_time", "create_time"];

export function parseEnvelope(payload: Record<string, unknown>): ParsedEvent {
  const data = obj(payload.data);
  let eventType = str(payload.event_type);
  let eventName = str(payload.event_name);
  // v1.5-era payloads (and one SDK's fixtures) swap the two: the dotted name is the event type.
  if (eventType && !eventType.includes(".") && eventName?.includes(".")) [eventType, eventName] = [eventName, eventType];
  return {
    eventId: str(payload.event_id),
    eventType,
    eventName,
    sourceId: str(payload.source_id),
    cardId: str(data.card_id),
    cardholderId: str(data.cardholder_id) ?? str(obj(data.cardholder).cardholder_id),
    occurredAt: TIME_FIELDS.map((f) => str(data[f])).find(Boolean) ?? null,
    data,
  };
}

/** UQPAY's timestamps: ISO with an offset, or "YYYY-MM-DD HH:mm:ss" (taken as UQPAY's +08:00). */
export function parseUqpayTime(value: string | null): Date | null {
  if (!value) return null;
  const normalised = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(value) ? `${value.replace(" ", "T")}+08:00` : value;
  const date = new Date(normalised);
  return Number.isNaN(date.getTime()) ? null : date;
}
