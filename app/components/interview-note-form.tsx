import { Button, Paragraph } from "@digdir/designsystemet-react";
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "~/components/fields";
import { useHydrated } from "~/components/use-hydrated";

// Notes for one guide question. Without JavaScript: a plain form with a save button (the
// action redirects back with ?saved=<question>). With JavaScript: the form sends js=1 through a
// fetcher (the action answers with data), saves itself after a pause in typing, and says
// "saved" in a live region.

const AUTOSAVE_MS = 1200;

export type NoteSaveResult = { intent: "save-note"; questionKey: string; ok: boolean; error?: string };

export function InterviewNoteForm(props: { questionKey: string; text: string; savedWithoutJs: boolean; error?: string }) {
  const { questionKey } = props;
  const { t } = useTranslation("interviews");
  const hydrated = useHydrated();
  const fetcher = useFetcher<NoteSaveResult>();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [dirty, setDirty] = useState(false);
  useEffect(() => () => clearTimeout(timer.current), []);

  const save = () => {
    clearTimeout(timer.current);
    if (formRef.current) fetcher.submit(formRef.current);
    setDirty(false);
  };
  const onInput = () => {
    setDirty(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(save, AUTOSAVE_MS);
  };

  const result = fetcher.data;
  const error = (result && !result.ok ? result.error : undefined) ?? props.error;
  let status = "";
  if (fetcher.state !== "idle") status = t("notes.saving");
  else if (result?.ok && !dirty) status = t("notes.saved");
  else if (result && !result.ok) status = t("notes.failed");
  else if (!result && props.savedWithoutJs) status = t("notes.saved");

  // fetcher.Form renders a plain <form method="post">, so the same markup works without JavaScript.
  return (
    <fetcher.Form
      method="post"
      ref={formRef}
      className="stack"
      onSubmit={() => {
        clearTimeout(timer.current);
        setDirty(false);
      }}
    >
      <input type="hidden" name="intent" value="save-note" />
      <input type="hidden" name="questionKey" value={questionKey} />
      {hydrated ? <input type="hidden" name="js" value="1" /> : null}
      <TextAreaField
        id={`note-${questionKey}`}
        name="text"
        label={t("notes.label")}
        description={hydrated ? t("notes.autosave") : undefined}
        error={error ? t(error) : undefined}
        defaultValue={props.text}
        rows={5}
        onInput={onInput}
      />
      <div className="inline-row inline-row--loose">
        <Button type="submit" variant="secondary" data-size="sm">
          {t("notes.save")}
        </Button>
        <Paragraph role="status" data-size="sm" id={`note-${questionKey}-status`}>
          {status}
        </Paragraph>
      </div>
    </fetcher.Form>
  );
}
