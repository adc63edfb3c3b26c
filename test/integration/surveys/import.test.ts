import type { TFunction } from "i18next";
import i18next from "i18next";
import { i18nConfig } from "~/i18n/config";
import { countSubmitted } from "~/db/surveys-responses.server";
import { decodeUpload, detectFormat, importResponses } from "~/services/surveys/import.server";
import { surveyResults } from "~/services/surveys/results.server";
import { publishedSurvey } from "./helpers";

let t: TFunction;
beforeAll(async () => {
  const instance = i18next.createInstance();
  await instance.init({ ...i18nConfig, lng: "en" });
  t = instance.t;
});

const VAGVAL = [
  "response_id,area,channels,tickets_per_day,permission_required,sees_advantages,advantages,service_level_kept",
  "r1,school|hr,phone|email,12,yes,both,Högre effektivitet|Mer tid,yes",
  "r2,school,phone,3,yes,yes,Högre effektivitet,no",
  "r3,elderly_care,email,\"2,5\",no,no,,dont_know",
  "r4,social_services,phone,20,yes,yes,,no",
  "r5,school,email,8,yes,both,,yes",
].join("\n");

const run = (m: { id: number }, surveyId: number, text: string, format?: "vagval" | "limesurvey" | "forms") =>
  importResponses({ municipalityId: m.id, surveyId, text, format: format ?? "auto", locale: "sv" }, t);

describe("importing responses", () => {
  test("Vägval's CSV imports whole, and importing it again adds nothing", async () => {
    const { m, surveyId } = await publishedSurvey();
    expect(await run(m, surveyId, VAGVAL)).toMatchObject({ imported: 5, skipped: 0, errors: [], format: "vagval" });
    expect(await run(m, surveyId, VAGVAL)).toMatchObject({ imported: 0, skipped: 5, errors: [] });
    expect(await countSubmitted({ municipalityId: m.id, surveyId })).toBe(5);
    const r = await surveyResults({ municipalityId: m.id, surveyId, locale: "sv" });
    const tickets = r!.questions.find((q) => q.code === "tickets_per_day")!;
    // 12, 3, 2.5 (decimal comma), 20, 8 → mean 9.1, median 8.
    expect(tickets.mean).toBeCloseTo(9.1, 5);
    expect(tickets.median).toBe(8);
  });

  test("one bad row stops the whole file and is reported by its line", async () => {
    const { m, surveyId } = await publishedSurvey();
    const text = VAGVAL.replace("r4,social_services,phone,20", "r4,social_services,fax,5000");
    const summary = await run(m, surveyId, text);
    expect(summary.imported).toBe(0);
    expect(summary.errors).toEqual([{ line: 5, message: 'The question channels has no option "fax".' }]);
    expect(await countSubmitted({ municipalityId: m.id, surveyId })).toBe(0);
  });

  test("a LimeSurvey export in Windows-1252 with ; is read, unfinished responses skipped", async () => {
    const { m, surveyId } = await publishedSurvey();
    const csv = [
      "id;submitdate;lastpage;startlanguage;seed;token;ipaddr;area[SQ001];area[SQ002];channels[phone];ticketsperday;permissionrequired;seesadvantages;advantages[SQ001];servicelevelkept",
      "1;2019-03-01 09:10:00;4;sv;1;tok1;10.0.0.1;Y;;Y;12;A1;A3;Högre effektivitet;yes",
      "2;;2;sv;1;tok2;10.0.0.2;Y;;Y;3;A1;A1;;",
      "3;2019-03-02 10:00:00;4;sv;1;tok3;10.0.0.3;;Y;Y;4;A2;N;;no",
    ].join("\r\n");
    const bytes = new Uint8Array([...csv].map((c) => (c === "ö" ? 0xf6 : c.charCodeAt(0))));
    const text = decodeUpload(bytes);
    expect(text).toContain("Högre effektivitet");
    expect(detectFormat(text.split("\r\n")[0]!.split(";"))).toBe("limesurvey");
    expect(await run(m, surveyId, text)).toMatchObject({ imported: 2, skipped: 1, errors: [], format: "limesurvey" });
    expect(await run(m, surveyId, text)).toMatchObject({ imported: 0, skipped: 3 });
  });

  test("a Microsoft Forms export in UTF-16 matches columns by question text", async () => {
    const { m, surveyId } = await publishedSurvey({ locale: "nb" });
    const csv = [
      "ID\tStart time\tCompletion time\tEmail\tName\tInnenfor hvilket område gir du brukerstøtte på systemer?\tHvordan får dere inn brukerstøttesaker?\tHvor mange brukerstøttesaker får dere inn per dag i gjennomsnitt?\tKreves det spesifikke tilganger for å forvalte og gi brukerstøtte på systemene du har ansvar for?\tVille dere se fordeler med en kommunefelles brukerstøtte?\tFavorittfarge",
      "1\t10/9/2024 11:02\t10/9/2024 11:09\tanonymous\t\tSkole og barnehage;\tTelefon;E-post;\t7\tJa\tBåde ja og nei\tblå",
      "2\t10/9/2024 12:02\t10/9/2024 12:09\tanonymous\t\tHelse og omsorg;\tE-post;\t15\tNei\tNei\tgrønn",
    ].join("\r\n");
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, "utf16le")]);
    const summary = await run(m, surveyId, decodeUpload(new Uint8Array(utf16)));
    expect(summary).toMatchObject({ imported: 2, errors: [], format: "forms", unmatchedHeaders: ["Favorittfarge"] });
  });

  test("a spreadsheet or an empty file is refused with a reason", async () => {
    expect(() => decodeUpload(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(expect.objectContaining({ code: "binary_file" }));
    expect(() => decodeUpload(new Uint8Array([]))).toThrow(expect.objectContaining({ code: "empty_file" }));
  });
});
