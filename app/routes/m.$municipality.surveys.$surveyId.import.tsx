// Import responses from a file: upload → preview (rejected rows by line, columns that
// matched no question with a mapping step) → import. A file imports whole or not at all.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, Field, Heading, Label, Paragraph, Select, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { SurveyLinkButton } from "~/components/survey-link-button";
import { allQuestions } from "~/domain/surveys/template";
import { audit } from "~/db/audit.server";
import { i18next } from "~/i18n/i18next.server";
import { isSurveyError } from "~/services/surveys/errors";
import { IMPORT_FORMATS } from "~/services/surveys/import.server";
import { importFormat, importForPage, importMapping, importText, previewForPage, readImportForm } from "~/services/surveys/import-page.server";
import { field, requestLocale, requireSurveyAccess } from "~/services/surveys/route-helpers.server";
import { RadioGroupField } from "~/components/fields";
import { SurveySubpageHeading } from "~/components/survey-subpage-heading";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality, survey } = await requireSurveyAccess(request, params);
  const locale = await requestLocale(request);
  return {
    slug: municipality.slug,
    id: survey.id,
    title: survey.definition.title[locale],
    questions: allQuestions(survey.definition).map((q) => ({ code: q.code, text: q.text[locale] })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

type Preview = Awaited<ReturnType<typeof previewForPage>>;
type ActionData = { step: "preview"; content: string; format: string; mapping: Record<string, string>; preview: Preview } | { step: "done"; imported: number; skipped: number } | { step: "error"; message: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, municipality, survey } = await requireSurveyAccess(request, params);
  const t = await i18next.getFixedT(request, "survey");
  const locale = await requestLocale(request);
  try {
    const form = await readImportForm(request);
    const text = await importText(form);
    if (text === null) return data<ActionData>({ step: "error", message: t("flow_errors.no_file") }, { status: 400 });
    const input = { municipalityId: municipality.id, surveyId: survey.id, text, format: importFormat(form), mapping: importMapping(form), locale };
    if (field(form, "intent") === "confirm") {
      const summary = await importForPage(input, t);
      if (summary.errors.length > 0) {
        const preview = await previewForPage(input, t);
        return data<ActionData>({ step: "preview", content: text, format: preview.format, mapping: input.mapping, preview }, { status: 400 });
      }
      await audit({ userId: user.id, municipalityId: municipality.id, action: "survey.import", target: `survey:${survey.id}`, detail: { imported: summary.imported, skipped: summary.skipped, format: summary.format } });
      return data<ActionData>({ step: "done", imported: summary.imported, skipped: summary.skipped });
    }
    const preview = await previewForPage(input, t);
    return data<ActionData>({ step: "preview", content: text, format: preview.format, mapping: input.mapping, preview });
  } catch (e) {
    if (isSurveyError(e)) return data<ActionData>({ step: "error", message: t(`flow_errors.${e.code}`, e.params) }, { status: 400 });
    throw e;
  }
}

export default function ImportResponses() {
  const { slug, id, questions } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionData | undefined;
  const { t } = useTranslation("survey");
  return (
    <div className="stack">
      <SurveySubpageHeading slug={slug} id={id} title={t("importPage.title")} />
      <Paragraph>{t("importPage.intro")}</Paragraph>
      {result?.step === "error" ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{result.message}</Paragraph>
        </Alert>
      ) : null}
      {result?.step === "done" ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("importPage.done", { imported: result.imported, skipped: result.skipped })}</Paragraph>
          <Paragraph>
            <Link to={`/m/${slug}/surveys/${id}/results`}>{t("overview.results")}</Link>
          </Paragraph>
        </Alert>
      ) : null}
      {result?.step === "preview" ? <PreviewStep result={result} questions={questions} /> : <UploadStep />}
    </div>
  );
}

function UploadStep() {
  const { t } = useTranslation("survey");
  return (
    <Form method="post" encType="multipart/form-data" className="stack narrow">
      <Field>
        <Label htmlFor="file">{t("importPage.file")}</Label>
        <Paragraph id="file-description" data-size="sm" className="field-description">
          {t("importPage.fileHelp")}
        </Paragraph>
        <input type="file" id="file" name="file" accept=".csv,.txt,text/csv" aria-describedby="file-description" />
      </Field>
      <RadioGroupField id="format" name="format" legend={t("importPage.format")} defaultValue="auto" options={["auto", ...IMPORT_FORMATS].map((f) => ({ value: f, label: t(`importPage.formats.${f}`) }))} />
      <div>
        <Button type="submit" name="intent" value="preview">
          {t("importPage.preview")}
        </Button>
      </div>
    </Form>
  );
}

function PreviewStep({ result, questions }: { result: Extract<ActionData, { step: "preview" }>; questions: Array<{ code: string; text: string }> }) {
  const { t } = useTranslation("survey");
  const p = result.preview;
  return (
    <Form method="post" className="stack">
      <input type="hidden" name="content" value={result.content} />
      <input type="hidden" name="format" value={result.format} />
      <Heading level={3} data-size="sm">
        {t("importPage.previewTitle")}
      </Heading>
      <Paragraph>{t("importPage.summary", { format: t(`importPage.formats.${p.format}`), rows: p.rows, skipped: p.skipped })}</Paragraph>
      {p.errors.length > 0 ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t("importPage.allOrNothing", { count: p.errors.length })}</Paragraph>
        </Alert>
      ) : null}
      {p.errors.length > 0 ? (
        <div className="table-wrap">
          <Table>
            <caption>{t("importPage.rejectedTitle")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("importPage.line")}</Table.HeaderCell>
                <Table.HeaderCell>{t("importPage.reason")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {p.errors.map((e, i) => (
                <Table.Row key={i}>
                  <Table.Cell>{e.line}</Table.Cell>
                  <Table.Cell>{e.message}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : null}
      {p.unmatched.length > 0 || Object.keys(result.mapping).length > 0 ? (
        <section aria-labelledby="mapping" className="stack narrow">
          <Heading level={4} data-size="xs" id="mapping">
            {t("importPage.unmatchedTitle")}
          </Heading>
          <Paragraph>{t("importPage.unmatchedText")}</Paragraph>
          {[...new Set([...Object.keys(result.mapping), ...p.unmatched])].map((header, i) => (
            <Field key={header}>
              <input type="hidden" name={`header.${i}`} value={header} />
              <Label htmlFor={`map-${i}`}>{header}</Label>
              <Select id={`map-${i}`} name={`map.${i}`} defaultValue={result.mapping[header] ?? "__unset"}>
                <Select.Option value="__unset">{t("importPage.unset")}</Select.Option>
                <Select.Option value="">{t("importPage.ignore")}</Select.Option>
                {questions.map((q) => (
                  <Select.Option key={q.code} value={q.code}>
                    {`${q.code}: ${q.text}`}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          ))}
        </section>
      ) : null}
      <div className="inline-row">
        {p.errors.length === 0 && p.rows > 0 ? (
          <Button type="submit" name="intent" value="confirm">
            {t("importPage.confirm", { count: p.rows })}
          </Button>
        ) : null}
        <Button type="submit" name="intent" value="preview" variant="secondary">
          {t("importPage.recheck")}
        </Button>
        <SurveyLinkButton to="." variant="tertiary">
          {t("importPage.another")}
        </SurveyLinkButton>
      </div>
    </Form>
  );
}
