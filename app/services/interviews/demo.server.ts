// The Swedish demo municipality gets the five interviews of seeds/demo/interviews.ts (held and
// done), their notes and coded quotes. The Norwegian one starts empty, so its list shows the
// empty state a new municipality sees.
import { db } from "~/db/client.server";
import { addExcerpt } from "~/db/interviews-excerpts.server";
import { createInterview, saveNote } from "~/db/interviews.server";
import { DEMO_EXCERPTS, DEMO_INTERVIEWS } from "../../../seeds/demo/interviews";
import { INTERVIEW_GUIDES } from "../../../seeds/templates/interviews";
import type { DemoSeeder } from "../demo.server";

export const seedDemoInterviews: DemoSeeder = async (municipalities, progress) => {
  for (const m of municipalities.filter((x) => x.country === "SE")) {
    progress?.(`${m.slug}: interviews`);
    await db().transaction(async (trx) => {
      const ids: number[] = [];
      for (const demo of DEMO_INTERVIEWS) {
        const interviewId = await createInterview(
          {
            municipalityId: m.municipalityId,
            assessmentId: m.assessmentId,
            guide: INTERVIEW_GUIDES[demo.guideKey],
            role: demo.role,
            department: demo.department,
            date: demo.date,
            status: "done",
          },
          trx,
        );
        ids.push(interviewId);
        for (const [questionKey, text] of Object.entries(demo.notes)) {
          await saveNote({ municipalityId: m.municipalityId, interviewId, questionKey, text }, trx);
        }
      }
      for (const { interview, ...excerpt } of DEMO_EXCERPTS) {
        const interviewId = ids[interview];
        if (interviewId === undefined) continue;
        await addExcerpt({ municipalityId: m.municipalityId, excerpt: { ...excerpt, interviewId } }, trx);
      }
    });
  }
};
