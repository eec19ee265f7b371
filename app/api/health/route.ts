import { db } from "@/lib/db/client";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for monitors and load balancers. */
export async function GET() {
  try {
    await db().$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "error", code: "DATABASE_UNREACHABLE" }, { status: 503 });
  }
}
