// One municipality's PDF report: gather the sources, build the document, draw it. The CLI,
// the web page's background job and the benchmark all call createReportPdf.
import i18next from "i18next";
import type { Municipality } from "~/db/municipalities.server";
import type { Locale } from "~/domain/ids";
import { buildReport } from "~/domain/report/build";
import type { Translate } from "~/domain/report/types";
import { i18nConfig } from "~/i18n/config";
import { renderReportPdf, type PdfProgress } from "./pdf.server";
import { gatherReportInput } from "./sources.server";

const translators = new Map<Locale, Promise<Translate>>();

/** A translate function for one locale whose keys carry their namespace ("report:…"). */
export function reportTranslator(locale: Locale): Promise<Translate> {
  let made = translators.get(locale);
  if (!made) {
    made = (async () => {
      const instance = i18next.createInstance();
      await instance.init({ ...i18nConfig, lng: locale, defaultNS: "report" });
      return instance.t as unknown as Translate;
    })();
    translators.set(locale, made);
  }
  return made;
}

export const reportFileName = (slug: string, date: string, locale: Locale, extension: "pdf" | "csv" = "pdf") => `${slug}-${date}-${locale}.${extension}`;

export async function createReportPdf(args: {
  municipality: Pick<Municipality, "id" | "name" | "slug">;
  locale: Locale;
  onProgress?: PdfProgress;
  today?: Date;
}): Promise<{ pdf: Buffer; fileName: string }> {
  const t = await reportTranslator(args.locale);
  const input = await gatherReportInput({ municipality: args.municipality, locale: args.locale, t, today: args.today });
  const report = buildReport(input, t);
  const pdf = await renderReportPdf(report, { locale: args.locale, t, onProgress: args.onProgress });
  return { pdf, fileName: reportFileName(args.municipality.slug, input.generatedOn, args.locale) };
}
