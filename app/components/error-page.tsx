import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { Alert, Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";
import type { TFunction } from "i18next";

/** A translated, friendly page for 404, 403 and 500; never shows internals. */
export function ErrorPage({ t }: { t: TFunction }) {
  const error = useRouteError();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const kind = status === 404 ? "notFound" : status === 403 ? "forbidden" : "server";
  if (kind === "server" && typeof document === "undefined") console.error(error);
  return (
    <section className="error-page" aria-labelledby="error-title">
      <Heading level={1} data-size="lg" id="error-title">
        {t(`errors.${kind}Title`)}
      </Heading>
      <Paragraph>{t(`errors.${kind}Text`)}</Paragraph>
      <Paragraph>
        <a href="/">{t("errors.backHome")}</a>
      </Paragraph>
    </section>
  );
}

/**
 * A public link's own refusal (too many unknown links, a used or expired link): the title and
 * text the server translated, as a warning, with what to do next below it.
 */
export function LinkRefusal({ data, children }: { data: unknown; children?: ReactNode }) {
  const { title, text } = data as { title: string; text: string };
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Alert data-color="warning">
        <Paragraph>{text}</Paragraph>
      </Alert>
      {children}
    </div>
  );
}
