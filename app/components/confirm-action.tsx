import { Paragraph } from "@digdir/designsystemet-react";
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
