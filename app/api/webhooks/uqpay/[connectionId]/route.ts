import { NextResponse } from "next/server";
import { z } from "zod";
import { connectionById, consoleDb } from "@/lib/connections";
import { receiveWebhook } from "@/lib/webhooks/receive";

// UQPAY calls this without a session: the HMAC signature with the connection's secret is the
// authentication, checked in receiveWebhook before anything is applied.
export async function POST(request: Request, { params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  if (!z.uuid().safeParse(connectionId).success) return NextResponse.json({ received: false, reason: "unknown_connection" }, { status: 404 });
  const connection = await connectionById(connectionId);
  if (!connection) return NextResponse.json({ received: false, reason: "unknown_connection" }, { status: 404 });
  const receipt = await receiveWebhook(await consoleDb(), connection, {
    rawBody: await request.text(),
    timestamp: request.headers.get("x-wk-timestamp"),
    signature: request.headers.get("x-wk-signature"),
    nowMs: Date.now(),
  });
  return NextResponse.json(receipt.body, { status: receipt.httpStatus });
}
