// A small, hand-countable set of interviews and excerpts shared by the interview tests.
import type { CodedExcerpt, Interview } from "~/domain/interviews/coding";

export const interviews: Interview[] = [
  { id: "i1", role: "administrator", department: "Vård och omsorg", date: "2024-03-06", guideKey: "case-administrator" },
  { id: "i2", role: "administrator", date: "2024-03-04", guideKey: "case-administrator" },
  { id: "i3", role: "service_center_manager", date: "2024-03-15", guideKey: "reference-service-center" },
];

const e = (
  id: string,
  interviewId: string,
  questionKey: string,
  model: CodedExcerpt["model"],
  stance: CodedExcerpt["stance"],
  criterion: CodedExcerpt["criterion"],
  themes: string[] = [],
): CodedExcerpt => ({ id, interviewId, questionKey, quote: `quote ${id}`, model, stance, criterion, themes });

export const excerpts: CodedExcerpt[] = [
  e("e1", "i1", "shared_advantages", "shared", "pro", "efficiency", ["ärendelogg"]),
  e("e2", "i1", "shared_disadvantages", "shared", "con", "domain_knowledge", ["verksamhetskunskap", "förtroende"]),
  e("e3", "i2", "shared_advantages", "shared", "pro", "efficiency"),
  e("e4", "i2", "ticket_load", "shared", "neutral", "efficiency"),
  e("e5", "i3", "hard_handover", "service_center", "con", "complex_speed"),
  e("e6", "i3", "first_line_reasons", "shared", "pro", "efficiency"),
  e("e7", "i2", "cluster_workload", "cluster", "con", "workload_balance"),
  e("e8", "i1", "shared_partial", "partial", "neutral", "follow_up"),
];
