import { isRouteErrorResponse, useRouteError } from "@remix-run/react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
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
