import { Button, Card, Fieldset, Heading, Paragraph } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LOCALES, type Locale } from "~/domain/ids";
import type { Issue, Question } from "~/domain/surveys/template";
import { TextField } from "./fields";
import { ConfirmAction } from "./confirm-action";

// One question in the survey editor: its texts in every language, and buttons to move it up
// or down or remove it. One plain form, so it works without JavaScript.
export function SurveyEditorQuestion({ q, locale, issues, first, last }: { q: Question; locale: Locale; issues: Issue[]; first: boolean; last: boolean }) {
  const { t } = useTranslation("survey");
  const fid = (name: string) => `${q.code}-${name}`;
  return (
    <Card data-color="neutral">
      <Form method="post" className="stack">
        <input type="hidden" name="code" value={q.code} />
        <Heading level={4} data-size="xs">
          {q.text[locale] || q.code}
        </Heading>
        <Paragraph data-size="sm" className="muted">
          {t("editor.codeAndKind", { code: q.code, kind: t(`kinds.${q.kind}`) })}
        </Paragraph>
        {issues.length > 0 ? (
          <ul>
            {issues.map((i, n) => (
              <li key={n} className="survey-issue">
                {t(`template_issues.${i.code}`, { ...i.params, locale: typeof i.params.locale === "string" ? t(`common:languages.${i.params.locale}`) : "" })}
              </li>
            ))}
          </ul>
        ) : null}
        <details>
          <summary>{t("editor.editTexts")}</summary>
          <div className="stack">
            {LOCALES.map((l) => (
              <Fieldset key={l} lang={l}>
                <Fieldset.Legend>{t(`common:languages.${l}`)}</Fieldset.Legend>
                <TextField id={fid(`text.${l}`)} name={`text.${l}`} label={t("editor.text")} defaultValue={q.text[l]} />
                <TextField id={fid(`help.${l}`)} name={`help.${l}`} label={t("editor.help")} defaultValue={q.help?.[l] ?? ""} />
                {q.unit ? <TextField id={fid(`unit.${l}`)} name={`unit.${l}`} label={t("editor.unit")} defaultValue={q.unit[l]} /> : null}
                {q.scale ? (
                  <>
                    <TextField id={fid(`minLabel.${l}`)} name={`minLabel.${l}`} label={t("editor.minLabel", { n: q.scale.min })} defaultValue={q.scale.minLabel[l]} />
                    <TextField id={fid(`maxLabel.${l}`)} name={`maxLabel.${l}`} label={t("editor.maxLabel", { n: q.scale.max })} defaultValue={q.scale.maxLabel[l]} />
                  </>
                ) : null}
                {(q.options ?? []).map((o) => (
                  <TextField key={o.value} id={fid(`option.${o.value}.${l}`)} name={`option.${o.value}.${l}`} label={t("editor.option", { value: o.value })} defaultValue={o.label[l]} />
                ))}
              </Fieldset>
            ))}
            <div>
              <Button type="submit" name="intent" value="texts">
                {t("editor.saveTexts")}
              </Button>
            </div>
          </div>
        </details>
        <div className="row-actions">
          <Button type="submit" name="intent" value="up" variant="secondary" data-size="sm" disabled={first}>
            {t("editor.moveUp")}
            <span className="visually-hidden">: {q.code}</span>
          </Button>
          <Button type="submit" name="intent" value="down" variant="secondary" data-size="sm" disabled={last}>
            {t("editor.moveDown")}
            <span className="visually-hidden">: {q.code}</span>
          </Button>
          <ConfirmAction
            label={
              <>
                {t("editor.remove")}
                <span className="visually-hidden">: {q.code}</span>
              </>
            }
            question={t("editor.confirmRemove", { code: q.code })}
          >
            <Button type="submit" name="intent" value="remove" data-size="sm" data-color="danger">
              {t("editor.confirmRemoveButton")}
            </Button>
          </ConfirmAction>
        </div>
      </Form>
    </Card>
  );
}
