import { Button, Paragraph, Tag } from "@digdir/designsystemet-react";
import { Form, Link } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { Criterion, Stance, SupportModel } from "~/domain/ids";

// The quotes coded on one guide question. Deleting asks first: the "delete" link opens a
// confirmation (a GET that changes nothing) whose button POSTs, so it works without JavaScript.

export type ExcerptItem = { id: number; quote: string; model: SupportModel; stance: Stance; criterion: Criterion; themes: string[] };

const STANCE_COLOR = { pro: "success", con: "danger", neutral: "neutral" } as const;

export function InterviewExcerptList(props: { excerpts: ExcerptItem[]; canEdit: boolean; basePath: string; confirmId?: number; codedId?: number }) {
  const { t } = useTranslation("interviews");
  const { excerpts, canEdit, basePath, confirmId, codedId } = props;
  if (excerpts.length === 0) return null;
  return (
    <div className="stack">
      <Paragraph data-size="sm">
        <strong>{t("coding.list")}</strong>
      </Paragraph>
      <ul className="stack plain-list flush">
        {excerpts.map((e) => (
          <li key={e.id} id={`excerpt-${e.id}`} className="stack stack--tight quote-item">
            {codedId === e.id ? <FocusedStatus text={t("coding.added")} /> : null}
            <Paragraph id={`excerpt-${e.id}-quote`}>
              <q>{e.quote}</q>
            </Paragraph>
            <div className="inline-row inline-row--tight">
              <Tag data-color="accent">{t(`codebook.models.${e.model}`)}</Tag>
              <Tag data-color={STANCE_COLOR[e.stance]}>{t(`codebook.stances.${e.stance}`)}</Tag>
              <Tag data-color="info">{t(`codebook.criteria.${e.criterion}`)}</Tag>
            </div>
            {e.themes.length > 0 ? <Paragraph data-size="sm">{t("coding.themesLabel", { themes: e.themes.join(", ") })}</Paragraph> : null}
            {canEdit && confirmId === e.id ? (
              <ConfirmDelete id={e.id} basePath={basePath} />
            ) : canEdit ? (
              <div>
                <Link to={`${basePath}?delete=${e.id}#excerpt-${e.id}`} aria-describedby={`excerpt-${e.id}-quote`} preventScrollReset>
                  {t("coding.delete")}
                </Link>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ConfirmDelete({ id, basePath }: { id: number; basePath: string }) {
  const { t } = useTranslation("interviews");
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Form method="post" action={basePath} className="stack stack--tight">
      <input type="hidden" name="intent" value="delete-excerpt" />
      <input type="hidden" name="excerptId" value={id} />
      <Paragraph ref={ref} tabIndex={-1} id={`excerpt-${id}-confirm`}>
        <strong>{t("coding.confirmDelete")}</strong>
      </Paragraph>
      <div className="inline-row inline-row--loose">
        <Button type="submit" data-color="danger" data-size="sm" aria-describedby={`excerpt-${id}-quote`}>
          {t("coding.confirm")}
        </Button>
        <Link to={`${basePath}#excerpt-${id}`} preventScrollReset>
          {t("coding.cancel")}
        </Link>
      </div>
    </Form>
  );
}

/** A status message that takes focus, so keyboard and screen-reader users hear what happened. */
export function FocusedStatus({ text }: { text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Paragraph ref={ref} role="status" tabIndex={-1} data-size="sm">
      <strong>{text}</strong>
    </Paragraph>
  );
}
