import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { i18next } from "~/i18n/i18next.server";
import { CONCEPTS } from "~/components/help-text";

// A walk through a pre-study with Vägval, from plan to decision, and the words it uses.
// Public: a new user reads it before anyone has given them access.

const STEPS = ["plan", "survey", "interviews", "tickets", "weights", "recommendation", "report"] as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const t = await i18next.getFixedT(request, "help");
  return { title: t("title") };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export default function Help() {
  const { t } = useTranslation("help");
  return (
    <article className="stack narrow-text">
      <Heading level={1} data-size="lg">
        {t("title")}
      </Heading>
      <Paragraph>{t("intro")}</Paragraph>
      <nav aria-labelledby="help-toc">
        <Heading level={2} data-size="xs" id="help-toc">
          {t("toc")}
        </Heading>
        <ol className="help-toc">
          {STEPS.map((step) => (
            <li key={step}>
              <a href={`#${step}`}>{t(`steps.${step}.heading`)}</a>
            </li>
          ))}
          <li>
            <a href="#concepts">{t("conceptsHeading")}</a>
          </li>
        </ol>
      </nav>
      {STEPS.map((step) => (
        <section key={step} aria-labelledby={step} className="stack">
          <Heading level={2} data-size="md" id={step}>
            {t(`steps.${step}.heading`)}
          </Heading>
          <Paragraph>{t(`steps.${step}.text`)}</Paragraph>
        </section>
      ))}
      <section aria-labelledby="concepts" className="stack">
        <Heading level={2} data-size="md" id="concepts">
          {t("conceptsHeading")}
        </Heading>
        <dl className="help-concepts">
          {CONCEPTS.map((c) => (
            <div key={c} id={`concept-${c}`}>
              <dt>{t(`concepts.${c}.term`)}</dt>
              <dd>{t(`concepts.${c}.text`)}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
