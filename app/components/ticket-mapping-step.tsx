import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "~/components/fields";
import { REQUIRED_FIELDS, TICKET_FIELDS, type TicketField } from "~/domain/tickets/types";

// The mapping step: the uploaded file's headers, one choice per ticket field. The upload
// stays on the server; only its id travels in the form.

type Props = {
  mapping: { uploadId: string; fileName: string; headers: string[]; columns: Partial<Record<TicketField, string>> };
  settings: { preset: string; mode: string; dateFormat: string };
};

export function TicketMappingStep({ mapping, settings }: Props) {
  const { t } = useTranslation("tickets");
  const options = [{ value: "", label: t("mapping.notInFile") }, ...mapping.headers.filter(Boolean).map((h) => ({ value: h, label: h }))];
  return (
    <Form method="post" className="stack narrow" aria-labelledby="mapping-title">
      <Heading level={3} data-size="sm" id="mapping-title">
        {t("mapping.title", { file: mapping.fileName })}
      </Heading>
      <Paragraph>{t("mapping.intro")}</Paragraph>
      <input type="hidden" name="uploadId" value={mapping.uploadId} />
      <input type="hidden" name="fileName" value={mapping.fileName} />
      <input type="hidden" name="mode" value={settings.mode} />
      {TICKET_FIELDS.map((field) => (
        <SelectField
          key={field}
          id={`column-${field}`}
          name={`column.${field}`}
          label={(REQUIRED_FIELDS as readonly string[]).includes(field) ? t("mapping.required", { field: t(`fields.${field}`) }) : t(`fields.${field}`)}
          options={options}
          defaultValue={mapping.columns[field] ?? ""}
        />
      ))}
      <TextField id="dateFormat" name="dateFormat" label={t("import.dateFormat")} description={t("import.dateFormatHelp")} defaultValue={settings.dateFormat} />
      <div>
        <Button type="submit">{t("mapping.submit")}</Button>
      </div>
    </Form>
  );
}
