import { Field, Fieldset, Label } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

// A radio group for the report forms: plain inputs, so it works without JavaScript.
export function ReportRadios(props: { id: string; name: string; legend: ReactNode; options: Array<{ value: string; label: ReactNode }>; defaultValue?: string }) {
  const { id, name, legend, options, defaultValue } = props;
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {options.map((o, i) => {
        const optionId = i === 0 ? id : `${id}-${o.value}`;
        return (
          <Field key={o.value}>
            <input type="radio" className="ds-input" id={optionId} name={name} value={o.value} defaultChecked={defaultValue === o.value} />
            <Label htmlFor={optionId}>{o.label}</Label>
          </Field>
        );
      })}
    </Fieldset>
  );
}
