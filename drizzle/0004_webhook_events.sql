CREATE TYPE "public"."webhook_status" AS ENUM('accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "webhook_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"connection_id" uuid NOT NULL,
	"status" "webhook_status" NOT NULL,
	"signature_result" text NOT NULL,
	"event_id" text,
	"event_type" text,
	"event_name" text,
	"source_id" text,
	"card_id" text,
	"cardholder_id" text,
	"occurred_at" text,
	"payload" jsonb,
	"raw_body" text NOT NULL,
	"signature_header" text,
	"timestamp_header" text,
	"delivery_count" integer DEFAULT 1 NOT NULL,
	"apply_result" text,
	"apply_error" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_object_state" (
	"connection_id" uuid NOT NULL,
	"object_key" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"event_id" text NOT NULL,
	"state" jsonb NOT NULL,
	CONSTRAINT "webhook_object_state_connection_id_object_key_pk" PRIMARY KEY("connection_id","object_key")
);
--> statement-breakpoint
ALTER TABLE "webhook_events" ADD CONSTRAINT "webhook_events_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_object_state" ADD CONSTRAINT "webhook_object_state_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_events_event_idx" ON "webhook_events" USING btree ("connection_id","event_id") WHERE "webhook_events"."status" = 'accepted';--> statement-breakpoint
CREATE INDEX "webhook_events_received_idx" ON "webhook_events" USING btree ("connection_id","received_at");--> statement-breakpoint
CREATE INDEX "webhook_events_card_idx" ON "webhook_events" USING btree ("connection_id","card_id");--> statement-breakpoint
CREATE INDEX "webhook_events_type_idx" ON "webhook_events" USING btree ("connection_id","event_type");