import fs from "node:fs/promises";
import type { LoaderFunctionArgs } from "@remix-run/node";
import { getReportJob, reportJobFile } from "~/services/reports/jobs.server";
import { notFound, reportRequest } from "~/services/reports/request.server";

// The finished PDF of a report job; another municipality's job id is 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { access } = await reportRequest(request, params.municipality);
  const id = params.job ?? "";
  const [job, file] = await Promise.all([getReportJob({ municipalityId: access.municipality.id, id }), reportJobFile({ municipalityId: access.municipality.id, id })]);
  if (!job || !file) throw notFound();
  const body = await fs.readFile(file).catch(() => undefined);
  if (!body) throw notFound();
  return new Response(body, {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${job.fileName ?? "report.pdf"}"`,
      "Content-Length": String(body.length),
      "Cache-Control": "no-store",
    },
  });
}
