// Baseline scores 0–100 for every support model × criterion, read from the 2019 VästKom
// pre-study and two companion sources (see sources.ts). Every score is "higher is better"
// (change_effort: higher = LESS change effort). `uncertainty` is a standard deviation in
// points: 6–8 where a reference case reports the outcome, 10–12 where it is inferred.
// These are starting points: a municipality's own evidence moves them (evidence.ts).
import type { Criterion, SupportModel } from "~/domain/ids";
import { SRC } from "./sources";
import type { BaselineCell, Grid, SourceRef } from "./types";

const c = (value: number, uncertainty: number, ...sources: SourceRef[]): BaselineCell => ({ value, uncertainty, sources });

/** Local: each administrator supports their own systems in their own department (Kungsbacka today). */
const local: Record<Criterion, BaselineCell> = {
  efficiency: c(35, 10, SRC.intro, SRC.discussion),
  development_time: c(30, 10, SRC.intro, SRC.closing),
  absence_robustness: c(25, 10, SRC.specialistSick, SRC.jarfallaVulnerable),
  availability: c(45, 12, SRC.survey, SRC.kungsbackaPro),
  follow_up: c(30, 12, SRC.kungsbackaPro, SRC.noSurvey),
  simple_speed: c(55, 12, SRC.kungsbackaPro, SRC.intro),
  domain_knowledge: c(90, 6, SRC.surveyCons, SRC.kungsbackaCon),
  complex_speed: c(80, 8, SRC.surveyCons, SRC.jarfallaHard),
  personal_contact: c(90, 6, SRC.closing, SRC.orebroContact),
  workload_balance: c(30, 12, SRC.intro, SRC.survey),
  change_effort: c(95, 4, SRC.change),
};

/** Cluster: administrators grouped by business area (HR, care, school …). */
const cluster: Record<Criterion, BaselineCell> = {
  efficiency: c(50, 12, SRC.judgement, SRC.discussion),
  development_time: c(45, 12, SRC.judgement, SRC.closing),
  absence_robustness: c(40, 12, SRC.clusterCon),
  availability: c(55, 12, SRC.judgement),
  follow_up: c(50, 12, SRC.judgement, SRC.noSurvey),
  simple_speed: c(60, 12, SRC.judgement),
  domain_knowledge: c(80, 8, SRC.clusterPro),
  complex_speed: c(70, 10, SRC.clusterPro, SRC.kungsbackaCon),
  personal_contact: c(75, 10, SRC.clusterPro, SRC.closing),
  workload_balance: c(35, 12, SRC.clusterCon),
  change_effort: c(60, 12, SRC.change, SRC.judgement),
};

/** Shared: one municipality-wide support for the chosen systems (Örebro). */
const shared: Record<Criterion, BaselineCell> = {
  efficiency: c(85, 8, SRC.orebro, SRC.surveyPros),
  development_time: c(75, 10, SRC.surveyPros, SRC.closing),
  absence_robustness: c(85, 8, SRC.discussion, SRC.surveyPros),
  availability: c(85, 8, SRC.kungsbackaPro, SRC.discussion),
  follow_up: c(85, 8, SRC.kungsbackaPro, SRC.surveyPros, SRC.noSurvey),
  simple_speed: c(75, 10, SRC.kungsbackaPro),
  domain_knowledge: c(40, 10, SRC.surveyCons, SRC.kungsbackaCon),
  complex_speed: c(40, 12, SRC.kungsbackaCon, SRC.serviceLevel),
  personal_contact: c(35, 10, SRC.orebroContact, SRC.serviceLevel),
  workload_balance: c(80, 10, SRC.orebroPace),
  change_effort: c(30, 12, SRC.change, SRC.orebroContact),
};

/** Service center: shared first line, second line stays in the business (Järfälla). */
const serviceCenter: Record<Criterion, BaselineCell> = {
  efficiency: c(75, 10, SRC.jarfalla),
  development_time: c(65, 10, SRC.jarfalla, SRC.lines),
  absence_robustness: c(75, 10, SRC.jarfallaVulnerable),
  availability: c(85, 8, SRC.jarfalla),
  follow_up: c(80, 8, SRC.jarfallaVulnerable, SRC.noSurvey),
  simple_speed: c(80, 8, SRC.lines, SRC.jarfalla),
  domain_knowledge: c(60, 10, SRC.jarfallaHard),
  complex_speed: c(55, 12, SRC.jarfallaHard),
  personal_contact: c(55, 10, SRC.jarfallaVulnerable, SRC.jarfalla),
  workload_balance: c(70, 10, SRC.jarfalla, SRC.judgement),
  change_effort: c(40, 12, SRC.change, SRC.judgement),
};

/** Partial: only password, permission and how-to questions centralised; specialists stay close. */
const partial: Record<Criterion, BaselineCell> = {
  efficiency: c(65, 10, SRC.partial),
  development_time: c(70, 10, SRC.partial, SRC.intro),
  absence_robustness: c(55, 12, SRC.partial, SRC.judgement),
  availability: c(70, 10, SRC.partial, SRC.kungsbackaPro),
  follow_up: c(65, 10, SRC.judgement),
  simple_speed: c(80, 8, SRC.partial, SRC.lines),
  domain_knowledge: c(80, 8, SRC.partial),
  complex_speed: c(75, 10, SRC.partial),
  personal_contact: c(75, 10, SRC.partial, SRC.closing),
  workload_balance: c(55, 12, SRC.judgement),
  change_effort: c(65, 12, SRC.partial, SRC.change),
};

/** Self-service: a portal (password reset, forms, knowledge base) on top of today's support. */
const selfService: Record<Criterion, BaselineCell> = {
  efficiency: c(70, 12, SRC.selfService),
  development_time: c(70, 12, SRC.selfService),
  absence_robustness: c(55, 12, SRC.selfService),
  availability: c(80, 10, SRC.noPortal),
  follow_up: c(75, 10, SRC.noPortal, SRC.noSurvey),
  simple_speed: c(85, 10, SRC.noPortal, SRC.selfService),
  domain_knowledge: c(70, 12, SRC.judgement),
  complex_speed: c(65, 12, SRC.judgement),
  personal_contact: c(55, 12, SRC.judgement, SRC.closing),
  workload_balance: c(50, 12, SRC.judgement),
  change_effort: c(45, 12, SRC.selfServiceChange),
};

export const BASELINE: Readonly<Grid<BaselineCell>> = {
  local,
  cluster,
  shared,
  service_center: serviceCenter,
  partial,
  self_service: selfService,
};

export const baselineCell = (model: SupportModel, criterion: Criterion): BaselineCell => BASELINE[model][criterion];
