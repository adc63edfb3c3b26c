import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** One guide question with its follow-up prompts; notes and coding go inside. */
export function InterviewQuestion({ questionKey, text, prompts, children }: { questionKey: string; text: string; prompts: string[]; children: ReactNode }) {
  const { t } = useTranslation("interviews");
  return (
    <section
      id={`question-${questionKey}`}
      aria-labelledby={`question-${questionKey}-heading`}
      className="stack interview-question-block"
    >
      <Heading level={4} data-size="xs" id={`question-${questionKey}-heading`}>
        {text}
      </Heading>
      {prompts.length > 0 ? (
        <div>
          <Paragraph data-size="sm" className="muted">
            {t("interview.prompts")}
          </Paragraph>
          <ul className="flush-block">
            {prompts.map((p) => (
              <li key={p}>
                <Paragraph data-size="sm">{p}</Paragraph>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {children}
    </section>
  );
}
