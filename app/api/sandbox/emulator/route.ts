import { polledGet } from "@/lib/api/polled-get";
import { emulatorStatus } from "@/lib/sandbox/emulator-status";

export async function GET() {
  return polledGet(emulatorStatus);
}
