import { Form, Link as RemixLink, useLocation } from "@remix-run/react";
import { Button, SkipLink } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { LOCALES, type Locale } from "~/domain/ids";

type Props = { user: { email: string; isAdmin: boolean } | null; locale: Locale };

export function SiteHeader({ user, locale }: Props) {
  const { t } = useTranslation();
  const location = useLocation();
  const withLocale = (lng: Locale) => {
    const params = new URLSearchParams(location.search);
    params.set("lng", lng);
    return `${location.pathname}?${params.toString()}`;
  };
  return (
    <header className="site-header">
      <SkipLink href="#main">{t("nav.skip")}</SkipLink>
      <div className="site-header__bar">
        <RemixLink to="/" className="site-header__brand">
          <span className="site-header__name">{t("app.name")}</span>
          <span className="site-header__tagline">{t("app.tagline")}</span>
        </RemixLink>
        <nav aria-label={t("nav.language")} className="site-header__languages">
          <ul>
            {LOCALES.map((lng) => (
              <li key={lng}>
                <a href={withLocale(lng)} lang={lng} hrefLang={lng} aria-current={lng === locale ? "true" : undefined}>
                  {t(`languages.${lng}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="site-header__account">
          {user ? (
            <>
              <span className="site-header__user">{t("nav.signedInAs", { email: user.email })}</span>
              <Form method="post" action="/logout">
                <Button type="submit" variant="secondary" data-size="sm">
                  {t("nav.signOut")}
                </Button>
              </Form>
            </>
          ) : (
            <RemixLink to="/login" className="ds-button" data-variant="secondary" data-size="sm">
              {t("nav.signIn")}
            </RemixLink>
          )}
        </div>
      </div>
    </header>
  );
}
