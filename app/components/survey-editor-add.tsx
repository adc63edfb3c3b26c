import { Button, Field, Label, Paragraph, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALES, type Locale } from "~/domain/ids";
import { QUESTION_KINDS } from "~/domain/surveys/template";
import { TextAreaField, TextField } from "./fields";

type Typed = Record<string, string>;

/** The form that adds a question at the end of a section. */
export function SurveyEditorAdd({ section, locale, typed, errors }: { section: string; locale: Locale; typed?: Typed; errors?: Record<string, string> }) {
  const { t } = useTranslation("survey");
  const id = (name: string) => `add-${section}-${name}`;
  const kindError = errors?.kind;
  return (
    <details open={Boolean(errors)}>
      <summary>{t("editor.addTitle")}</summary>
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="intent" value="add" />
        <input type="hidden" name="section" value={section} />
        <TextField id={id("code")} name="code" label={t("editor.code")} description={t("editor.codeHelp")} defaultValue={typed?.code ?? ""} error={errors?.code} />
        <Field>
          <Label htmlFor={id("kind")}>{t("editor.kind")}</Label>
          {kindError ? <ValidationMessage id={id("kind-error")}>{kindError}</ValidationMessage> : null}
          <Select id={id("kind")} name="kind" defaultValue={typed?.kind ?? "single"}>
            {QUESTION_KINDS.map((k) => (
              <Select.Option key={k} value={k}>
                {t(`kinds.${k}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {LOCALES.map((l) => (
          <TextField key={l} id={id(`text-${l}`)} name={`text.${l}`} lang={l} label={t("editor.textIn", { language: t(`common:languages.${l}`) })} defaultValue={typed?.[`text.${l}`] ?? ""} />
        ))}
        <TextAreaField id={id("options")} name="options" label={t("editor.options")} description={t("editor.optionsHelp", { language: t(`common:languages.${locale}`) })} defaultValue={typed?.options ?? ""} rows={4} />
        <Field>
          <input type="checkbox" className="ds-input" id={id("required")} name="required" value="yes" defaultChecked={typed?.required === "yes"} />
          <Label htmlFor={id("required")}>{t("editor.required")}</Label>
        </Field>
        <Paragraph data-size="sm" className="muted">
          {t("editor.addNote")}
        </Paragraph>
        <div>
          <Button type="submit">{t("editor.addSubmit")}</Button>
        </div>
      </Form>
    </details>
  );
}
