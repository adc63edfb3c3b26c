import { Field, Fieldset, Input, Label, Paragraph, Select, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import type { ComponentProps, ReactNode } from "react";

// Form fields built from Designsystemet's parts with explicit label/description/error links,
// so they stay accessible without JavaScript (Designsystemet wires them in the browser).

type Common = { id: string; label: ReactNode; description?: ReactNode; error?: string };

function describedBy(id: string, description?: ReactNode, error?: string) {
  return [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

function Parts({ id, description, error }: Omit<Common, "label">) {
  return (
    <>
      {description ? (
        <Paragraph id={`${id}-description`} data-size="sm" className="field-description">
          {description}
        </Paragraph>
      ) : null}
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
    </>
  );
}

export function TextField({ id, label, description, error, ...input }: Common & Omit<ComponentProps<typeof Input>, "id">) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Parts id={id} description={description} error={error} />
      <Input id={id} name={input.name ?? id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)} {...input} />
    </Field>
  );
}

export function TextAreaField({ id, label, description, error, ...area }: Common & Omit<ComponentProps<typeof Textarea>, "id">) {
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Parts id={id} description={description} error={error} />
      <Textarea id={id} name={area.name ?? id} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)} {...area} />
    </Field>
  );
}

type SelectOption = { value: string; label: string };

/** A select with the same explicit links; `placeholder` adds an empty first option. */
export function SelectField(props: Common & { name?: string; options: SelectOption[]; placeholder?: string; defaultValue?: string }) {
  const { id, label, description, error, options, placeholder, defaultValue } = props;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Parts id={id} description={description} error={error} />
      <Select id={id} name={props.name ?? id} defaultValue={defaultValue ?? ""} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)}>
        {placeholder !== undefined ? <Select.Option value="">{placeholder}</Select.Option> : null}
        {options.map((o) => (
          <Select.Option key={o.value} value={o.value}>
            {o.label}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}

type RadioOption = { value: string; label: ReactNode; description?: ReactNode };

/**
 * A group of plain radio inputs (works without JavaScript). The first option carries the
 * group's `id`, so an error summary's link to the field lands on something focusable; the
 * others are `<id>-<value>`. `inline` lays the options out in a row.
 */
export function RadioGroupField(props: { id: string; name: string; legend: ReactNode; description?: ReactNode; error?: string; options: RadioOption[]; defaultValue?: string; inline?: boolean }) {
  const { id, name, legend, description, error, options, defaultValue } = props;
  return (
    <Fieldset aria-describedby={describedBy(id, description, error)}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Parts id={id} description={description} error={error} />
      <div className={props.inline ? "inline-row inline-row--wide" : undefined}>
        {options.map((o, i) => {
          const optionId = i === 0 ? id : `${id}-${o.value}`;
          return (
            <Field key={o.value}>
              <input
                type="radio"
                className="ds-input"
                id={optionId}
                name={name}
                value={o.value}
                defaultChecked={defaultValue === o.value}
                aria-invalid={error ? true : undefined}
                aria-describedby={o.description ? `${optionId}-description` : undefined}
              />
              <Label htmlFor={optionId}>{o.label}</Label>
              {o.description ? (
                <Paragraph id={`${optionId}-description`} data-size="sm" className="field-description">
                  {o.description}
                </Paragraph>
              ) : null}
            </Field>
          );
        })}
      </div>
    </Fieldset>
  );
}
