import { Field, Fieldset, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import type { TOptions } from "i18next";
import type { Locale } from "~/domain/ids";
import { questionOptions } from "~/domain/surveys/fixed-options";
import { OTHER_VALUE, otherKey, type Question } from "~/domain/surveys/template";
import { TextAreaField, TextField } from "./fields";

// One survey question as plain form fields (works without JavaScript). Field names follow
// app/domain/surveys/answers.ts; the first focusable element has the id `q-<code>`, which
// the error summary links to.

type Values = Record<string, string | string[]>;
type Props = { question: Question; locale: Locale; values: Values; error?: string; disabled?: boolean };

export const questionFieldId = (code: string) => `q-${code}`;

const valueList = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const first = (v: string | string[] | undefined) => valueList(v)[0] ?? "";

/** Texts in the question's language (a preview may show another language than the page). */
function useSurveyT(locale: Locale) {
  const { t } = useTranslation("survey");
  return (key: string, options: TOptions = {}) => t(key, { ...options, lng: locale });
}

function Title({ q, locale }: { q: Question; locale: Locale }) {
  const t = useSurveyT(locale);
  return (
    <>
      {q.text[locale]}
      {q.required ? <span className="survey-required"> ({t("form.required")})</span> : null}
    </>
  );
}

export function SurveyQuestion({ question: q, locale, values, error, disabled }: Props) {
  const t = useSurveyT(locale);
  const id = questionFieldId(q.code);
  const help = q.help?.[locale];
  const unit = q.unit?.[locale];
  const description = [help, unit ? t("form.unit", { unit }) : null].filter(Boolean).join(" ") || undefined;
  if (q.kind === "number" || q.kind === "short_text")
    return (
      <TextField
        id={id}
        name={q.code}
        label={<Title q={q} locale={locale} />}
        description={description}
        error={error}
        defaultValue={first(values[q.code])}
        inputMode={q.kind === "number" ? "decimal" : undefined}
        aria-required={q.required || undefined}
        disabled={disabled}
      />
    );
  if (q.kind === "long_text")
    return (
      <TextAreaField id={id} name={q.code} label={<Title q={q} locale={locale} />} description={description} error={error} defaultValue={first(values[q.code])} rows={4} aria-required={q.required || undefined} disabled={disabled} />
    );
  const describedBy = [help ? `${id}-help` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <Fieldset aria-describedby={describedBy} className="survey-question">
      <Fieldset.Legend>
        <Title q={q} locale={locale} />
      </Fieldset.Legend>
      {help ? (
        <Paragraph id={`${id}-help`} data-size="sm" className="field-description">
          {help}
        </Paragraph>
      ) : null}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
      {q.kind === "list" ? <ListItems q={q} locale={locale} values={values} disabled={disabled} invalid={Boolean(error)} /> : <Choices q={q} locale={locale} values={values} disabled={disabled} invalid={Boolean(error)} />}
    </Fieldset>
  );
}

function Choices({ q, locale, values, disabled, invalid }: { q: Question; locale: Locale; values: Values; disabled?: boolean; invalid: boolean }) {
  const t = useSurveyT(locale);
  const chosen = valueList(values[q.code]);
  const type = q.kind === "multiple" ? "checkbox" : "radio";
  const options = questionOptions(q);
  return (
    <div className={q.kind === "scale" ? "survey-scale" : "survey-choices"}>
      {q.kind === "scale" && q.scale ? <Paragraph data-size="sm" className="muted">{t("form.scaleEnds", { min: q.scale.min, minLabel: q.scale.minLabel[locale], max: q.scale.max, maxLabel: q.scale.maxLabel[locale] })}</Paragraph> : null}
      {options.map((o, i) => {
        const optionId = i === 0 ? questionFieldId(q.code) : `${questionFieldId(q.code)}-${o.value}`;
        return (
          <Field key={o.value}>
            <input type={type} className="ds-input" id={optionId} name={q.code} value={o.value} defaultChecked={chosen.includes(o.value)} aria-invalid={invalid || undefined} disabled={disabled} />
            <Label htmlFor={optionId}>{o.label[locale]}</Label>
          </Field>
        );
      })}
      {q.allowOther && options.some((o) => o.value === OTHER_VALUE) ? (
        <TextField id={`${questionFieldId(q.code)}-other-text`} name={otherKey(q.code)} label={t("form.other_namely")} defaultValue={first(values[otherKey(q.code)])} disabled={disabled} />
      ) : null}
    </div>
  );
}

function ListItems({ q, locale, values, disabled, invalid }: { q: Question; locale: Locale; values: Values; disabled?: boolean; invalid: boolean }) {
  const t = useSurveyT(locale);
  const items = Array.from({ length: q.maxItems ?? 1 }, (_, i) => i);
  return (
    <div className="stack">
      {items.map((i) => (
        <TextField
          key={i}
          id={i === 0 ? questionFieldId(q.code) : `${questionFieldId(q.code)}-${i}`}
          name={`${q.code}.${i}`}
          label={t("form.list_item", { n: i + 1 })}
          defaultValue={first(values[`${q.code}.${i}`])}
          aria-invalid={invalid || undefined}
          disabled={disabled}
        />
      ))}
    </div>
  );
}
