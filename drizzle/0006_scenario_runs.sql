CREATE TYPE "public"."scenario_run_status" AS ENUM('running', 'passed', 'failed', 'error');--> statement-breakpoint
CREATE TABLE "scenario_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scenario" text NOT NULL,
	"connection_id" uuid,
	"connection_name" text NOT NULL,
	"environment" text NOT NULL,
	"status" "scenario_run_status" DEFAULT 'running' NOT NULL,
	"actor_id" uuid,
	"actor_email" text,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "scenario_runs" ADD CONSTRAINT "scenario_runs_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scenario_runs" ADD CONSTRAINT "scenario_runs_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "scenario_runs_started_idx" ON "scenario_runs" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "scenario_runs_scenario_idx" ON "scenario_runs" USING btree ("scenario","started_at");