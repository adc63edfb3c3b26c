import { Field, Fieldset, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

// A radio group for the project group's survey forms (template, language, format), plain
// inputs so it works without JavaScript.
export function SurveyRadios(props: {
  id: string;
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: Array<{ value: string; label: ReactNode; description?: ReactNode }>;
  defaultValue?: string;
}) {
  const { id, name, legend, description, error, options, defaultValue } = props;
  const describedBy = [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <Fieldset aria-describedby={describedBy}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? (
        <Paragraph id={`${id}-description`} data-size="sm" className="field-description">
          {description}
        </Paragraph>
      ) : null}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
      {options.map((o, i) => {
        const optionId = i === 0 ? id : `${id}-${o.value}`;
        return (
          <Field key={o.value}>
            <input type="radio" className="ds-input" id={optionId} name={name} value={o.value} defaultChecked={defaultValue === o.value} aria-invalid={error ? true : undefined} />
            <Label htmlFor={optionId}>{o.label}</Label>
            {o.description ? (
              <Paragraph data-size="sm" className="field-description">
                {o.description}
              </Paragraph>
            ) : null}
          </Field>
        );
      })}
    </Fieldset>
  );
}
