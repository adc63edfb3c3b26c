import { Button, Details, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { CRITERIA, STANCES, SUPPORT_MODELS } from "~/domain/ids";
import { RadioGroupField, SelectField, TextAreaField, TextField } from "~/components/fields";
import { FormErrorSummary } from "~/components/form-error-summary";
import { useHydrated } from "~/components/use-hydrated";

// "Code a quote" for one guide question: quote, support model, stance, criterion, themes.
// Native controls only, so it works with the keyboard alone and without JavaScript; with
// JavaScript a button copies the passage selected in the question's notes into the quote.

export type ExcerptFormState = { errors: Record<string, string>; values: Record<string, string> };

export function InterviewExcerptForm({ questionKey, state }: { questionKey: string; state?: ExcerptFormState }) {
  const { t } = useTranslation("interviews");
  const hydrated = useHydrated();
  const [hint, setHint] = useState("");
  const id = (field: string) => `${field}-${questionKey}`;
  const errors = state?.errors ?? {};
  const values = state?.values ?? {};
  const error = (field: string) => (errors[field] ? t(errors[field]) : undefined);

  const copySelection = () => {
    const quote = document.getElementById(id("quote")) as HTMLTextAreaElement | null;
    const notes = document.getElementById(`note-${questionKey}`) as HTMLTextAreaElement | null;
    let text = notes && notes.selectionEnd > notes.selectionStart ? notes.value.slice(notes.selectionStart, notes.selectionEnd) : "";
    if (!text) text = window.getSelection()?.toString() ?? "";
    text = text.trim();
    if (!text || !quote) {
      setHint(t("coding.noSelection"));
      return;
    }
    quote.value = text;
    quote.focus();
    setHint("");
  };

  const summary = Object.fromEntries(Object.entries(errors).map(([field, key]) => [id(field), `interviews:${key}`]));
  return (
    <Details defaultOpen={Boolean(state)}>
      <Details.Summary>{t("coding.code")}</Details.Summary>
      <Details.Content>
        <Form method="post" className="stack" noValidate>
          <FormErrorSummary errors={summary} />
          <input type="hidden" name="intent" value="add-excerpt" />
          <input type="hidden" name="questionKey" value={questionKey} />
          <TextAreaField
            id={id("quote")}
            name="quote"
            label={t("coding.quote")}
            description={t("coding.quoteHelp")}
            error={error("quote")}
            defaultValue={values.quote ?? ""}
            rows={3}
          />
          {hydrated ? (
            <div className="inline-row inline-row--loose">
              <Button type="button" variant="secondary" data-size="sm" onClick={copySelection}>
                {t("coding.useSelection")}
              </Button>
              <Paragraph role="status" data-size="sm">
                {hint}
              </Paragraph>
            </div>
          ) : null}
          <SelectField
            id={id("model")}
            name="model"
            label={t("coding.model")}
            placeholder={t("coding.choose")}
            error={error("model")}
            defaultValue={values.model}
            options={SUPPORT_MODELS.map((m) => ({ value: m, label: t(`codebook.models.${m}`) }))}
          />
          <RadioGroupField
            id={id("stance")}
            name="stance"
            inline
            legend={t("coding.stance")}
            error={error("stance")}
            defaultValue={values.stance}
            options={STANCES.map((s) => ({ value: s, label: t(`codebook.stances.${s}`) }))}
          />
          <SelectField
            id={id("criterion")}
            name="criterion"
            label={t("coding.criterion")}
            placeholder={t("coding.choose")}
            error={error("criterion")}
            defaultValue={values.criterion}
            options={CRITERIA.map((c) => ({ value: c, label: t(`codebook.criteria.${c}`) }))}
          />
          <TextField id={id("themes")} name="themes" label={t("coding.themes")} description={t("coding.themesHelp")} error={error("themes")} defaultValue={values.themes ?? ""} />
          <div>
            <Button type="submit">{t("coding.add")}</Button>
          </div>
        </Form>
      </Details.Content>
    </Details>
  );
}
