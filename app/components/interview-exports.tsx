import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";

// Download links for the coding (resource routes: plain <a>, not client-side navigation).
export function InterviewExports({ base }: { base: string }) {
  const { t } = useTranslation("interviews");
  return (
    <section aria-labelledby="interview-exports" className="stack">
      <Heading level={3} data-size="sm" id="interview-exports">
        {t("page.exports")}
      </Heading>
      <Paragraph data-size="sm">{t("page.exportHelp")}</Paragraph>
      <ul>
        <li>
          <a href={`${base}/export.csv?dialect=excel`} download>
            {t("page.exportCsvExcel")}
          </a>
        </li>
        <li>
          <a href={`${base}/export.csv?dialect=standard`} download>
            {t("page.exportCsvStandard")}
          </a>
        </li>
        <li>
          <a href={`${base}/export.qdc`} download>
            {t("page.exportQdc")}
          </a>
        </li>
      </ul>
    </section>
  );
}
