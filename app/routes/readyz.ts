// Ready to take traffic: the database answers, every migration has run, and the server is not
// shutting down (a load balancer stops sending requests while in-flight ones finish).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { checkHealth } from "~/services/health.server";

export async function loader({ context }: LoaderFunctionArgs) {
  const shuttingDown = typeof context.shuttingDown === "function" && Boolean((context.shuttingDown as () => boolean)());
  const health = await checkHealth();
  const ready = health.ok && !shuttingDown;
  return Response.json({ ready, shuttingDown, database: health.database, pendingMigrations: health.pendingMigrations }, { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
