import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { TextField } from "~/components/fields";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { authenticate, getUserId, safeRedirect, signIn } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { FormErrorSummary } from "~/components/form-error-summary";
import { clientAddress, loginLimiter } from "~/services/rate-limit.server";
import { oidcSettings, passwordLoginEnabled } from "~/services/oidc.server";
import { demoSignInHint } from "~/services/demo.server";

const OIDC_ERRORS = ["not_configured", "expired", "failed", "no_email", "email_unverified", "unavailable"];

const LoginSchema = z.object({
  email: z.string().trim().min(1, "login.emailRequired").email("login.emailRequired"),
  password: z.string().min(1, "login.passwordRequired"),
  redirectTo: z.string().optional(),
});

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = safeRedirect(new URL(request.url).searchParams.get("redirectTo"));
  if (await getUserId(request)) throw redirect(redirectTo);
  const t = await i18next.getFixedT(request);
  const oidc = oidcSettings();
  const oidcError = new URL(request.url).searchParams.get("oidc");
  return {
    title: t("login.title"),
    redirectTo,
    oidcLabel: oidc?.label ?? null,
    passwordLogin: passwordLoginEnabled(),
    demo: passwordLoginEnabled() ? await demoSignInHint() : null,
    oidcError: oidcError && OIDC_ERRORS.includes(oidcError) ? oidcError : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export async function action({ request, context }: ActionFunctionArgs) {
  if (!passwordLoginEnabled()) throw new Response("Password sign-in is turned off", { status: 403 });
  const form = Object.fromEntries(await request.formData());
  const parsed = LoginSchema.safeParse(form);
  const email = typeof form.email === "string" ? form.email : "";
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    return data({ email, fieldErrors, formError: null, seconds: 0 }, { status: 400 });
  }
  const keys = [`ip:${clientAddress(context)}`, `email:${parsed.data.email.toLowerCase()}`];
  const wait = Math.max(...keys.map((k) => loginLimiter.retryAfter(k)));
  if (wait > 0) {
    const seconds = Math.ceil(wait / 1000);
    return data({ email, fieldErrors: {}, formError: "login.tooMany", seconds }, { status: 429, headers: { "Retry-After": String(seconds) } });
  }
  const user = await authenticate(parsed.data.email, parsed.data.password);
  if (!user) {
    keys.forEach((k) => loginLimiter.fail(k));
    return data({ email, fieldErrors: {}, formError: "login.invalid", seconds: 0 }, { status: 400 });
  }
  keys.forEach((k) => loginLimiter.succeed(k));
  return signIn(request, user.id, safeRedirect(parsed.data.redirectTo));
}

export default function Login() {
  const { redirectTo, oidcLabel, passwordLogin, demo, oidcError } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation();
  const { t: tOps } = useTranslation("ops");
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {t("login.title")}
      </Heading>
      {result?.formError ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(result.formError, { seconds: result.seconds })}</Paragraph>
        </Alert>
      ) : null}
      {demo ? (
        <Alert data-color="info">
          <Paragraph>{t("login.demoHint", { email: demo.email, password: demo.password })}</Paragraph>
        </Alert>
      ) : null}
      {oidcError ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{tOps(`login.errors.${oidcError}`)}</Paragraph>
        </Alert>
      ) : null}
      {oidcLabel ? (
        <div>
          <Button asChild variant={passwordLogin ? "secondary" : "primary"}>
            {/* The site's plain link colour would otherwise win over the button's own. */}
            <a href={`/auth/oidc?redirectTo=${encodeURIComponent(redirectTo)}`} className="link-button">
              {tOps("login.withProvider", { provider: oidcLabel })}
            </a>
          </Button>
        </div>
      ) : null}
      {passwordLogin ? <PasswordForm redirectTo={redirectTo} /> : null}
    </div>
  );
}

function PasswordForm({ redirectTo }: { redirectTo: string }) {
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation();
  const errors: Record<string, string> = result?.fieldErrors ?? {};
  return (
    <>
      <FormErrorSummary errors={errors} />
      <Form method="post" className="stack" noValidate>
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          id="email"
          type="email"
          autoComplete="username"
          label={t("login.email")}
          defaultValue={result?.email ?? ""}
          error={errors.email ? t(errors.email) : undefined}
        />
        <TextField
          id="password"
          type="password"
          autoComplete="current-password"
          label={t("login.password")}
          error={errors.password ? t(errors.password) : undefined}
        />
        <div>
          <Button type="submit" aria-disabled={navigation.state === "submitting"}>
            {t("login.submit")}
          </Button>
        </div>
      </Form>
    </>
  );
}
