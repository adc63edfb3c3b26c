import { nextSection, previousSection, progress, resumeSection } from "~/domain/surveys/paging";
import { prestudy2019 } from "../../../seeds/templates/surveys";
import { opt, q, template } from "./helpers";

describe("paging over the pre-study", () => {
  test("next and previous walk the four sections", () => {
    expect(nextSection(prestudy2019, "systems", {})).toBe("permissions");
    expect(nextSection(prestudy2019, "service_level", {})).toBeNull();
    expect(previousSection(prestudy2019, "permissions", {})).toBe("systems");
    expect(previousSection(prestudy2019, "systems", {})).toBeNull();
    expect(progress(prestudy2019, "shared_support", {})).toEqual({ page: 3, total: 4 });
  });

  test("resume opens the first page with a required question left empty", () => {
    expect(resumeSection(prestudy2019, {})).toBe("systems");
    const firstPage = { area: ["school"], channels: ["phone"], tickets_per_day: 5 };
    expect(resumeSection(prestudy2019, firstPage)).toBe("permissions");
    expect(resumeSection(prestudy2019, { ...firstPage, sees_advantages: "yes" })).toBe("permissions");
  });

  test("resume continues after the last visited page, and is null when all is done", () => {
    const visited = { area: ["school"], channels: ["phone"], tickets_per_day: 5, permission_required: "no", sees_advantages: "no", disadvantages: null };
    expect(resumeSection(prestudy2019, visited)).toBe("service_level");
    expect(resumeSection(prestudy2019, { ...visited, service_level_kept: null, service_level_why: null })).toBeNull();
  });
});

describe("a page whose questions are all hidden", () => {
  const t = template(
    [q("a", "single", { options: [opt("yes"), opt("no")] })],
    [q("b", "short_text", { showIf: { question: "a", equals: ["yes"] } })],
    [q("c", "short_text")],
  );

  test("is skipped forwards and backwards and not counted", () => {
    expect(nextSection(t, "s1", { a: "no" })).toBe("s3");
    expect(previousSection(t, "s3", { a: "no" })).toBe("s1");
    expect(progress(t, "s3", { a: "no" })).toEqual({ page: 2, total: 2 });
    expect(nextSection(t, "s1", { a: "yes" })).toBe("s2");
    expect(progress(t, "s3", { a: "yes" })).toEqual({ page: 3, total: 3 });
  });
});
