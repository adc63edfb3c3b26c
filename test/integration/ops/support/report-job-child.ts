// A stand-in for the web server in the fault test: starts a report job as the report page's
// action does, then waits on it until the test kills this process with SIGKILL.
import { useDatabase } from "~/db/client.server";
import { getMunicipality } from "~/db/municipalities.server";
import { startReportJob } from "~/services/reports/jobs.server";

const [databaseUrl, slug, userId] = process.argv.slice(2) as [string, string, string];
await useDatabase(databaseUrl);
const municipality = await getMunicipality({ slug });
if (!municipality) throw new Error(`no municipality ${slug}`);
const { id, run } = await startReportJob({ municipality, userId: Number(userId), locale: "sv" });
process.stdout.write(`${id}\n`);
await run;
// Kept alive so the job can only end by the kill (a slow machine may finish the PDF first).
setInterval(() => undefined, 1000);
