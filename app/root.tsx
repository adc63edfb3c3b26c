import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { isRouteErrorResponse, Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useChangeLanguage } from "remix-i18next/react";
import dsCss from "@digdir/designsystemet-css/index.css";
import themeCss from "~/styles/theme-vagval.css";
import appCss from "~/styles/app.css";
import { SiteHeader } from "~/components/site-header";
import { SiteFooter } from "~/components/site-footer";
import { ErrorPage } from "~/components/error-page";
import { getOptionalUser } from "~/services/auth.server";
import { i18next, localeCookie } from "~/i18n/i18next.server";
import { resources } from "~/i18n/resources";
import { useNonce } from "~/utils/nonce";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/domain/ids";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: dsCss },
  { rel: "stylesheet", href: themeCss },
  { rel: "stylesheet", href: appCss },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const detected = await i18next.getLocale(request);
  const locale: Locale = isLocale(detected) ? detected : DEFAULT_LOCALE;
  const user = await getOptionalUser(request);
  const headers = new Headers();
  // A choice made with ?lng= is remembered in a cookie, so the switcher needs no JavaScript.
  if (new URL(request.url).searchParams.has("lng")) headers.append("Set-Cookie", await localeCookie.serialize(locale));
  return data({ locale, user: user ? { email: user.email, isAdmin: user.isAdmin } : null }, { headers });
}

export const handle = { i18n: "common" };

// The default title, and a translated one for error pages (their route's meta does not run).
export const meta: MetaFunction<typeof loader> = ({ data, error }) => {
  const common = resources[data?.locale ?? DEFAULT_LOCALE].common;
  if (!error) return [{ title: common.app.name }];
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const title = status === 404 ? common.errors.notFoundTitle : status === 403 ? common.errors.forbiddenTitle : common.errors.serverTitle;
  return [{ title: `${title} – ${common.app.name}` }];
};

export function Layout({ children }: { children: React.ReactNode }) {
  const root = useRouteLoaderData<typeof loader>("root");
  const locale = root?.locale ?? DEFAULT_LOCALE;
  const nonce = useNonce();
  return (
    <html lang={locale} data-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
      </head>
      <body>
        <SiteHeader user={root?.user ?? null} locale={locale} />
        <main id="main" className="page" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter isAdmin={root?.user?.isAdmin ?? false} />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const root = useRouteLoaderData<typeof loader>("root");
  useChangeLanguage(root?.locale ?? DEFAULT_LOCALE);
  return <Outlet />;
}

export function ErrorBoundary() {
  const { t } = useTranslation();
  return <ErrorPage t={t} />;
}
