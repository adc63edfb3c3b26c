// The interview guides seeded from the pre-study, by key. A guide that changes gets a higher
// version; interviews keep the version they were held with.
import type { InterviewGuide } from "~/domain/interviews/guide";
import { caseAdministratorGuide } from "./case-administrator";
import { referenceServiceCenterGuide } from "./reference-service-center";
import { referenceSharedSupportGuide } from "./reference-shared-support";

export const INTERVIEW_GUIDES = {
  "case-administrator": caseAdministratorGuide,
  "reference-shared-support": referenceSharedSupportGuide,
  "reference-service-center": referenceServiceCenterGuide,
} as const satisfies Record<string, InterviewGuide>;

export type InterviewGuideKey = keyof typeof INTERVIEW_GUIDES;

export const INTERVIEW_GUIDE_LIST: readonly InterviewGuide[] = Object.values(INTERVIEW_GUIDES);

export { caseAdministratorGuide, referenceServiceCenterGuide, referenceSharedSupportGuide };
