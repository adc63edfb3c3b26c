import { Field, Input, Label, Paragraph, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
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
