CREATE TABLE "card_index" (
	"connection_id" uuid NOT NULL,
	"card_id" text NOT NULL,
	"last4" text,
	"masked_number" text,
	"card_bin" text,
	"cardholder_id" text,
	"cardholder_email" text,
	"cardholder_name" text,
	"product_id" text,
	"currency" text,
	"status" text,
	"mode" text,
	"form_factor" text,
	"available_balance" text,
	"create_time" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "card_index_connection_id_card_id_pk" PRIMARY KEY("connection_id","card_id")
);
--> statement-breakpoint
ALTER TABLE "card_index" ADD CONSTRAINT "card_index_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "card_index_last4_idx" ON "card_index" USING btree ("connection_id","last4");--> statement-breakpoint
CREATE INDEX "card_index_email_idx" ON "card_index" USING btree ("connection_id","cardholder_email");--> statement-breakpoint
CREATE INDEX "card_index_status_idx" ON "card_index" USING btree ("status");