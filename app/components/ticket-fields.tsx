import { Field, Fieldset, Label, Paragraph, Select, ValidationMessage } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

// Select and radio fields for the ticket forms, with explicit label/description/error links
// so they work without JavaScript (as app/components/fields.tsx does for text fields).

type Option = { value: string; label: string };

const describedBy = (id: string, description?: ReactNode, error?: string) =>
  [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

export function TicketSelect(props: { id: string; name?: string; label: ReactNode; description?: ReactNode; error?: string; options: Option[]; defaultValue?: string }) {
  const { id, label, description, error, options } = props;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? (
        <Paragraph id={`${id}-description`} data-size="sm" className="field-description">
          {description}
        </Paragraph>
      ) : null}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
      <Select id={id} name={props.name ?? id} defaultValue={props.defaultValue ?? ""} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)}>
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

export function TicketRadioGroup(props: { id: string; name: string; legend: ReactNode; description?: ReactNode; options: (Option & { description?: string })[]; defaultValue?: string }) {
  const { id, name, legend, options } = props;
  return (
    <Fieldset id={id}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {props.description ? <Fieldset.Description>{props.description}</Fieldset.Description> : null}
      {options.map((o) => (
        <Field key={o.value}>
          <input
            type="radio"
            className="ds-input"
            id={`${id}-${o.value}`}
            name={name}
            value={o.value}
            defaultChecked={props.defaultValue === o.value}
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
    </Fieldset>
  );
}
