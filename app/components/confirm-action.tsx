import { Form } from "@remix-run/react";
import { Button, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

/**
 * A destructive action that asks first. The first button only opens the question (a native
 * <details>, so it works without JavaScript and changes nothing); the real submit button sits
 * inside, with the question beside it. Closing the details is the "no".
 */
export function ConfirmAction({ label, question, children }: { label: ReactNode; question: ReactNode; children: ReactNode }) {
  return (
    <details className="confirm-action">
      <summary className="ds-button" data-variant="tertiary" data-size="sm" data-color="danger">
        {label}
      </summary>
      <div className="confirm-action__panel" role="group">
        <Paragraph data-size="sm">{question}</Paragraph>
        {children}
      </div>
    </details>
  );
}

/**
 * Removing one row of a table: a short visible label ("Delete") that names the row for screen
 * readers ("Delete Skolplattformen"), the question, and a form posting `intent` with the row's id.
 */
export function ConfirmDeleteRow(props: { label: string; named: string; question: string; submit: string; intent: string; idName?: string; id: number; action?: string }) {
  return (
    <ConfirmAction
      label={
        <>
          <span aria-hidden="true">{props.label}</span>
          <span className="visually-hidden">{props.named}</span>
        </>
      }
      question={props.question}
    >
      <Form method="post" action={props.action}>
        <input type="hidden" name="intent" value={props.intent} />
        <input type="hidden" name={props.idName ?? "id"} value={props.id} />
        <Button type="submit" data-size="sm" data-color="danger">
          {props.submit}
        </Button>
      </Form>
    </ConfirmAction>
  );
}
