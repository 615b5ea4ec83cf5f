CREATE TYPE "public"."connection_environment" AS ENUM('emulator', 'sandbox', 'production', 'custom');--> statement-breakpoint
CREATE TYPE "public"."operation_state" AS ENUM('pending', 'succeeded', 'failed');--> statement-breakpoint
CREATE TABLE "connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"environment" "connection_environment" NOT NULL,
	"base_url" text NOT NULL,
	"client_id" text NOT NULL,
	"api_key_enc" text NOT NULL,
	"api_key_last4" text NOT NULL,
	"webhook_secret_enc" text,
	"webhook_secret_last4" text,
	"on_behalf_of" text,
	"is_active" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "operations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"connection_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"fingerprint" text NOT NULL,
	"idempotency_key" uuid NOT NULL,
	"state" "operation_state" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"target" text,
	"request_summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"response_summary" jsonb,
	"error_code" text,
	"actor_id" uuid,
	"actor_email" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "operations_idempotency_key_unique" UNIQUE("idempotency_key")
);
--> statement-breakpoint
ALTER TABLE "operations" ADD CONSTRAINT "operations_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "connections_one_active_idx" ON "connections" USING btree ("is_active") WHERE "connections"."is_active";--> statement-breakpoint
CREATE UNIQUE INDEX "connections_name_idx" ON "connections" USING btree ("name");--> statement-breakpoint
CREATE INDEX "operations_state_idx" ON "operations" USING btree ("state","created_at");--> statement-breakpoint
CREATE INDEX "operations_target_idx" ON "operations" USING btree ("target","created_at");