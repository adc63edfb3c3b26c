// The respondent's page: no account, the link's token is the key. One section per page,
// saved on every step, resumable from the same link; works without JavaScript.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, isRouteErrorResponse, useActionData, useLoaderData, useRouteError } from "@remix-run/react";
import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { isLocale, type Locale } from "~/domain/ids";
import { i18next } from "~/i18n/i18next.server";
import { ErrorPage, LinkRefusal } from "~/components/error-page";
import { SurveyLinkButton } from "~/components/survey-link-button";
import { SurveyErrorSummary } from "~/components/survey-error-summary";
import { SurveyQuestion } from "~/components/survey-question";
import { formDataToRaw } from "~/services/surveys/form-values";
import { eraseByToken } from "~/services/surveys/erase.server";
import { loadRespondent, saveSection, startFromOpenLink, startResponse, type SaveIntent } from "~/services/surveys/respond.server";
import { pageData, respondentLocale } from "~/services/surveys/respond-page.server";
import { clientAddress, tokenLimiter } from "~/services/rate-limit.server";

const INTENTS: SaveIntent[] = ["next", "back", "finish"];

type Context = { clientIp?: string } | undefined;

/**
 * Guessing links is slowed down per client address: every unknown token is a failure, and once
 * an address is blocked it gets 429 before any lookup, so a blocked guesser learns nothing.
 * A valid link never resets the count (one real link must not buy more guesses).
 */
async function blocked(request: Request, context: Context) {
  const wait = tokenLimiter.retryAfter(`ip:${clientAddress(context)}`);
  if (wait <= 0) return null;
  const seconds = Math.ceil(wait / 1000);
  const t = await i18next.getFixedT(request, "survey");
  return data(
    { kind: "blocked" as const, title: t("respond.blockedTitle"), text: t("respond.blockedText", { seconds }), seconds },
    { status: 429, headers: { "Retry-After": String(seconds) } },
  );
}

const unknownToken = (context: Context) => tokenLimiter.fail(`ip:${clientAddress(context)}`);

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const token = params.token ?? "";
  const stop = await blocked(request, context as Context);
  if (stop) throw stop;
  const view = await loadRespondent(token);
  if (view.kind === "not_found") {
    unknownToken(context as Context);
    throw new Response("Not found", { status: 404 });
  }
  const locale = await respondentLocale(request, view.survey.defaultLocale);
  const url = new URL(request.url);
  const done = url.searchParams.has("done");
  // The confirmation step is a page of its own, so erasing works without JavaScript.
  const confirmErase = view.kind === "submitted" && url.searchParams.get("erase") === "confirm";
  return { ...pageData(view, locale), locale, done, confirmErase };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  const token = params.token ?? "";
  const stop = await blocked(request, context as Context);
  if (stop) throw stop;
  const detected = await i18next.getLocale(request);
  const locale: Locale = isLocale(detected) ? detected : "sv";
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const here = `/s/${token}`;
  if (intent === "erase") {
    const erased = await eraseByToken({ token });
    if (erased.kind === "not_found") unknownToken(context as Context);
    return redirect(here);
  }
  if (intent === "start") {
    const started = await startResponse(token, locale);
    if (started === "not_found") unknownToken(context as Context);
    if (started === "open_link") {
      const personal = await startFromOpenLink(token, locale);
      return redirect(personal ? `/s/${personal}` : here);
    }
    return redirect(here);
  }
  if (!INTENTS.includes(intent as SaveIntent)) return redirect(here);
  const raw = formDataToRaw(form);
  const result = await saveSection({ token, section: String(form.get("section") ?? ""), raw, intent: intent as SaveIntent, locale });
  if (result.kind === "refused" && result.reason === "not_found") unknownToken(context as Context);
  if (result.kind === "submitted") return redirect(`${here}?done=1`);
  if (result.kind !== "errors") return redirect(here);
  const t = await i18next.getFixedT(request, "survey");
  const errors = Object.fromEntries(Object.entries(result.errors).map(([code, e]) => [code, t(`errors.${e.code}`, e.params)]));
  return data({ errors, values: result.values }, { status: 400 });
}

export default function Respond() {
  const d = useLoaderData<typeof loader>();
  if (d.confirmErase) return <ConfirmErase title={d.title} />;
  if (d.kind !== "page" || !d.page) return <Notice kind={d.kind} done={d.done} title={d.title} intro={d.intro} />;
  return <SurveyPage key={d.page.section.key} />;
}

/** 429 for too many unknown links from this address (texts translated on the server); else the site's error page. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (!isRouteErrorResponse(error) || error.status !== 429) return <ErrorPage t={t} />;
  return <LinkRefusal data={error.data} />;
}

function ConfirmErase({ title }: { title: string }) {
  const { t } = useTranslation("survey");
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Heading level={2} data-size="sm">
        {t("respond.eraseConfirmTitle")}
      </Heading>
      <Paragraph>{t("respond.eraseConfirmText")}</Paragraph>
      <Form method="post" className="form-actions">
        <Button type="submit" name="intent" value="erase" data-color="danger">
          {t("respond.eraseConfirm")}
        </Button>
        <SurveyLinkButton to="?">{t("respond.eraseCancel")}</SurveyLinkButton>
      </Form>
    </div>
  );
}

function Notice({ kind, done, title, intro }: { kind: string; done: boolean; title: string; intro: string }) {
  const { t } = useTranslation("survey");
  const start = kind === "intro" || kind === "open_link";
  const text = kind === "submitted" ? (done ? "respond.thanksText" : "respond.submittedText") : kind === "closed" ? "respond.closedText" : kind === "erased" ? "respond.erasedText" : null;
  const heading = kind === "submitted" ? (done ? "respond.thanksTitle" : "respond.submittedTitle") : kind === "erased" ? "respond.erasedTitle" : "respond.closedTitle";
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {start ? (
        <>
          <Paragraph>{intro}</Paragraph>
          <section aria-labelledby="privacy" className="stack">
            <Heading level={2} data-size="sm" id="privacy">
              {t("respond.privacyTitle")}
            </Heading>
            <Paragraph>{t("respond.privacyText")}</Paragraph>
            <Paragraph>{t("respond.resumeText")}</Paragraph>
          </section>
          <Form method="post">
            <Button type="submit" name="intent" value="start">
              {t("respond.start")}
            </Button>
          </Form>
        </>
      ) : (
        <>
          <Alert data-color={kind === "closed" ? "warning" : "success"}>
            <Heading level={2} data-size="xs">
              {t(heading)}
            </Heading>
            {text ? <Paragraph>{t(text)}</Paragraph> : null}
          </Alert>
          {kind === "submitted" ? (
            <section aria-labelledby="erase" className="stack">
              <Heading level={2} data-size="xs" id="erase">
                {t("respond.eraseTitle")}
              </Heading>
              <Paragraph>{t("respond.eraseText")}</Paragraph>
              <div>
                <SurveyLinkButton to="?erase=confirm">{t("respond.erase")}</SurveyLinkButton>
              </div>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}

function SurveyPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("survey");
  const page = d.page!;
  const errors: Record<string, string> = result?.errors ?? {};
  const values = result?.values ?? page.values;
  const codes = page.section.questions.map((q) => q.code);
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="md">
        {d.title}
      </Heading>
      <Paragraph data-size="sm" className="muted">
        {t("paging.progress", { page: page.number, total: page.total })}
      </Paragraph>
      <progress value={page.number} max={page.total} aria-hidden="true" className="survey-progress" style={{ width: "100%" }} />
      <SurveyErrorSummary errors={errors} order={codes} texts={Object.fromEntries(page.section.questions.map((q) => [q.code, q.text[d.locale]]))} />
      <Form method="post" className="stack" noValidate>
        <Heading level={2} data-size="sm">
          {page.sectionTitle}
        </Heading>
        <input type="hidden" name="section" value={page.section.key} />
        {page.section.questions.map((q) => (
          <div key={q.code} className="stack">
            {q.hint ? (
              <Paragraph data-size="sm" className="muted">
                {t(`form.only_if_${q.hint.mode}`, { answer: q.hint.answers.join(" / ") })}
              </Paragraph>
            ) : null}
            <SurveyQuestion question={q} locale={d.locale} values={values} error={errors[q.code]} />
          </div>
        ))}
        <div style={{ display: "flex", flexWrap: "wrap", gap: "var(--ds-size-3)" }}>
          <Button type="submit" name="intent" value={page.isLast ? "finish" : "next"}>
            {t(page.isLast ? "paging.finish" : "paging.next")}
          </Button>
          {page.isFirst ? null : (
            <Button type="submit" name="intent" value="back" variant="secondary">
              {t("paging.previous")}
            </Button>
          )}
        </div>
        <Paragraph data-size="sm" className="muted">
          {t("respond.savedNote")}
        </Paragraph>
      </Form>
    </div>
  );
}
