import { consultationRuntime, mailer, storeKind } from "@/lib/consultation/runtime";
import { healthReport } from "@/lib/outbox/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const report = await healthReport(
    () => consultationRuntime().store,
    { store: storeKind, mail: mailer().kind },
    Date.now(),
  );
  return Response.json(report.body, {
    status: report.httpStatus,
    headers: { "Cache-Control": "no-store" },
  });
}
