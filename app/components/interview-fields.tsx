import { Field, Fieldset, Label, Paragraph, Select, ValidationMessage } from "@digdir/designsystemet-react";
import { useEffect, useState, type ReactNode } from "react";

// Select and radio-group fields for the interview forms, with explicit label/description/error
// links (no JavaScript needed), in the same style as app/components/fields.tsx.

type Option = { value: string; label: string; description?: string };

export { SelectField as InterviewSelectField } from "./fields";

export function InterviewRadioGroup(props: { id: string; name: string; legend: ReactNode; error?: string; options: Option[]; defaultValue?: string; inline?: boolean }) {
  const { id, name, legend, error, options, defaultValue } = props;
  return (
    <Fieldset id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
      <div className={props.inline ? "inline-row inline-row--wide" : undefined}>
        {options.map((o) => (
          <Field key={o.value}>
            <input
              type="radio"
              className="ds-input"
              id={`${id}-${o.value}`}
              name={name}
              value={o.value}
              defaultChecked={defaultValue === o.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={o.description ? `${id}-${o.value}-description` : undefined}
            />
            <Label htmlFor={`${id}-${o.value}`}>{o.label}</Label>
            {o.description ? (
              <Paragraph id={`${id}-${o.value}-description`} data-size="sm" className="field-description">
                {o.description}
              </Paragraph>
            ) : null}
          </Field>
        ))}
      </div>
    </Fieldset>
  );
}

/** True once React runs in the browser: progressive enhancements render only then. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
