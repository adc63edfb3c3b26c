// Exports of the coding: coded segments as CSV and the REFI-QDA codebook (.qdc). The web
// resource routes and `vagval interviews export` both call exportInterviews; each export is
// audit-logged. Quotes are anonymised (e-mail, phone, the interview's masked names).
import type { CsvKind } from "~/domain/csv";
import { csvDialect } from "~/domain/csv";
import type { Locale } from "~/domain/ids";
import { anonymiseQuote } from "~/domain/interviews/anonymise";
import type { CodedExcerpt, Interview } from "~/domain/interviews/coding";
import { refiQdaCodebook, segmentsCsv } from "~/domain/interviews/export";
import type { InterviewGuide } from "~/domain/interviews/guide";
import { audit } from "~/db/audit.server";
import { listExcerpts } from "~/db/interviews-excerpts.server";
import { listInterviewGuides, listInterviews, maskNamesByInterview } from "~/db/interviews.server";
import { resources } from "~/i18n/resources";

export type ExportFormat = "csv" | "qdc";

export type InterviewExport = { body: string; segments: number; contentType: string; filename: string };

export async function exportInterviews(args: {
  municipalityId: number;
  municipalitySlug: string;
  format: ExportFormat;
  locale: Locale;
  dialect?: CsvKind;
  userId?: number | null;
}): Promise<InterviewExport> {
  const excerpts = await codedExcerpts(args.municipalityId, args.locale);
  const day = new Date().toISOString().slice(0, 10);
  let result: InterviewExport;
  if (args.format === "qdc") {
    result = {
      body: refiQdaCodebook(excerpts, args.locale),
      segments: excerpts.length,
      contentType: "application/xml; charset=utf-8",
      filename: `vagval-${args.municipalitySlug}-codebook-${day}.qdc`,
    };
  } else {
    const { interviews, guides } = await interviewsAndGuides(args.municipalityId);
    const dialect = csvDialect(args.dialect ?? "excel", args.locale);
    result = {
      body: segmentsCsv(excerpts, interviews, guides, args.locale, dialect),
      segments: excerpts.length,
      contentType: "text/csv; charset=utf-8",
      filename: `vagval-${args.municipalitySlug}-interview-segments-${day}.csv`,
    };
  }
  await audit({
    userId: args.userId ?? null,
    municipalityId: args.municipalityId,
    action: "interviews.export",
    target: result.filename,
    detail: { format: args.format, dialect: args.format === "csv" ? (args.dialect ?? "excel") : undefined, segments: result.segments },
  });
  return result;
}

async function codedExcerpts(municipalityId: number, locale: Locale): Promise<CodedExcerpt[]> {
  const [rows, names] = await Promise.all([listExcerpts({ municipalityId }), maskNamesByInterview({ municipalityId })]);
  const masks = resources[locale].interviews.masks;
  return rows.map((r) => ({
    id: String(r.id),
    interviewId: String(r.interviewId),
    questionKey: r.questionKey,
    quote: anonymiseQuote(r.quote, names.get(r.interviewId) ?? [], masks),
    model: r.model,
    stance: r.stance,
    criterion: r.criterion,
    themes: r.themes,
  }));
}

async function interviewsAndGuides(municipalityId: number): Promise<{ interviews: Interview[]; guides: InterviewGuide[] }> {
  const [rows, withGuides] = await Promise.all([listInterviews({ municipalityId }), listInterviewGuides({ municipalityId })]);
  const interviews = rows.map((r) => ({ id: String(r.id), role: r.role, department: r.department ?? undefined, date: r.date, guideKey: r.guideKey }));
  // One guide per key: interviews are listed oldest first, so the newest version held wins.
  const guides = new Map(withGuides.map((w) => [w.guide.key, w.guide]));
  return { interviews, guides: [...guides.values()] };
}
