// The proposed clusters the dashboard weighs ticket load against until the project group has
// its own grouping. Drawn from the pre-study's interviews (school with culture and leisure;
// elderly care; social services as its own cluster) and its mention of HR and finance together.
import type { BusinessArea } from "~/domain/ids";

export const DEFAULT_CLUSTERS: Readonly<Record<string, readonly BusinessArea[]>> = {
  school_culture: ["school", "culture_leisure"],
  care: ["elderly_care"],
  social: ["social_services"],
  administration: ["hr", "finance"],
  community: ["building", "technical", "other"],
};
