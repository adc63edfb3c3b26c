import { Button, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

// Undo right after a deletion (docs/decisions/050-undo.md): "X deleted." in a status message
// that takes focus, so keyboard and screen-reader users hear it, with an "Undo" button beside
// it. The button is a plain form POST (intent "undo" and the undo id), so it works without
// JavaScript; the page's action calls undoDeleted (app/services/undo.server.ts).

export function UndoNotice({ message, undoId, intent = "undo", action, fields }: { message: string; undoId: number; intent?: string; action?: string; fields?: Record<string, string> }) {
  const { t } = useTranslation("common");
  const id = useId();
  return (
    <Form method="post" action={action} className="undo-notice inline-row inline-row--tight" preventScrollReset>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="undoId" value={undoId} />
      {Object.entries(fields ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FocusedMessage id={id} text={message} focusKey={undoId} />
      <Button type="submit" variant="secondary" data-size="sm" aria-describedby={id}>
        {t("undo.button")}
      </Button>
    </Form>
  );
}

/**
 * What an undo did, as a focused status message: `restored` is the page's own "X is back."; a used,
 * expired or someone else's undo, or one whose place is taken, says so and that nothing changed.
 */
export function UndoOutcome({ outcome, restored, conflict }: { outcome: "restored" | "gone" | "conflict"; restored: string; conflict?: string }) {
  const { t } = useTranslation("common");
  const text = outcome === "restored" ? restored : outcome === "conflict" ? (conflict ?? t("undo.conflict")) : t("undo.gone");
  return <FocusedMessage text={text} focusKey={outcome} />;
}

function FocusedMessage({ id, text, focusKey }: { id?: string; text: string; focusKey: unknown }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), [focusKey]);
  return (
    <Paragraph ref={ref} id={id} role="status" tabIndex={-1} data-size="sm">
      <strong>{text}</strong>
    </Paragraph>
  );
}
