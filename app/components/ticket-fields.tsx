import { Field, Fieldset, Label, Paragraph, Select } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

// Select and radio fields for the ticket forms, with explicit label/description/error links
// so they work without JavaScript (as app/components/fields.tsx does for text fields).

type Option = { value: string; label: string };

export { SelectField as TicketSelect } from "./fields";

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
