import { Alert, Button, Field, Heading, Label, Paragraph, Table, ValidationMessage } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

// Import of a system inventory (CSV) on the organisation page: which columns the file may
// have, the upload, and the outcome: what was stored, or every line to fix (nothing stored).

export type ImportResult = {
  intent: "import";
  at?: number;
  summary?: { systems: number; created: number; updated: number; departments: number; areas: number; ignored: string[] };
  problems?: Array<{ line: number; message: string }>;
  fileError?: string;
};

export function ImportSection({ action, result }: { action: string; result: ImportResult | undefined }) {
  const { t } = useTranslation("organisation");
  const problems = result?.problems ?? [];
  const fileError = result?.fileError;
  return (
    <section aria-labelledby="import" className="stack">
      <Heading level={3} data-size="md" id="import">
        {t("import.title")}
      </Heading>
      <Paragraph className="narrow-text">{t("import.intro")}</Paragraph>
      <ul className="narrow-text">
        <li>{t("import.columns.name")}</li>
        <li>{t("import.columns.vendor")}</li>
        <li>{t("import.columns.department")}</li>
        <li>{t("import.columns.business_area")}</li>
        <li>{t("import.columns.administrators")}</li>
      </ul>
      <Paragraph className="narrow-text">{t("import.rules")}</Paragraph>
      <Paragraph data-size="sm">{t("import.example")}</Paragraph>
      <pre className="table-wrap" tabIndex={0}>
        <code>{t("import.exampleFile")}</code>
      </pre>
      {result?.summary ? (
        <Alert data-color="success" role="status">
          <Paragraph>{t("import.done", { count: result.summary.systems, created: result.summary.created, updated: result.summary.updated, departments: result.summary.departments, areas: result.summary.areas })}</Paragraph>
          {result.summary.ignored.length > 0 ? <Paragraph>{t("import.ignored", { columns: result.summary.ignored.join(", ") })}</Paragraph> : null}
        </Alert>
      ) : null}
      {problems.length > 0 ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t("import.rejected", { count: problems.length })}</Paragraph>
        </Alert>
      ) : null}
      {problems.length > 0 ? (
        <div className="table-wrap" tabIndex={0}>
          <Table data-size="sm">
            <caption>{t("import.problemsCaption")}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("import.line")}</Table.HeaderCell>
                <Table.HeaderCell>{t("import.problem")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {problems.map((p, i) => (
                <Table.Row key={i}>
                  <Table.Cell>{p.line}</Table.Cell>
                  <Table.Cell>{p.message}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      ) : null}
      <Form method="post" action={action} encType="multipart/form-data" className="stack narrow" key={`import-${result?.at ?? ""}`}>
        <input type="hidden" name="intent" value="import" />
        <Field>
          <Label htmlFor="import-file">{t("import.file")}</Label>
          <Paragraph id="import-file-description" data-size="sm" className="field-description">
            {t("import.fileHelp")}
          </Paragraph>
          {fileError ? <ValidationMessage id="import-file-error">{fileError}</ValidationMessage> : null}
          <input
            type="file"
            id="import-file"
            name="file"
            accept=".csv,.txt,text/csv"
            aria-describedby={fileError ? "import-file-description import-file-error" : "import-file-description"}
            aria-invalid={fileError ? true : undefined}
          />
        </Field>
        <div>
          <Button type="submit">{t("import.submit")}</Button>
        </div>
      </Form>
    </section>
  );
}
