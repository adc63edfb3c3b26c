// The personal set-password link (docs/decisions/003-accounts-and-sessions.md): someone given
// access on a municipality's settings page chooses a password here and is signed in, landing
// on that municipality. Public: the token is the key. Unknown tokens are slowed down per client
// address like survey links; a used or expired link says so and whom to ask.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, isRouteErrorResponse, Link, useActionData, useLoaderData, useNavigation, useRouteError } from "@remix-run/react";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { i18next } from "~/i18n/i18next.server";
import { ErrorPage, LinkRefusal } from "~/components/error-page";
import { TextField } from "~/components/fields";
import { FormErrorSummary } from "~/components/form-error-summary";
import { signIn } from "~/services/auth.server";
import { fieldErrors } from "~/services/forms.server";
import { passwordLoginEnabled } from "~/services/oidc.server";
import { newPasswordSchema, PASSWORD_LINK_DAYS, passwordLinkState, setPasswordWithLink } from "~/services/password-links.server";
import { clientAddress, tokenLimiter } from "~/services/rate-limit.server";
import { MIN_PASSWORD_LENGTH } from "~/services/users.server";

type Context = { clientIp?: string } | undefined;

/** Once an address has tried too many unknown tokens it gets 429 before any lookup (like /s/:token). */
async function blocked(request: Request, context: Context) {
  const wait = tokenLimiter.retryAfter(`ip:${clientAddress(context)}`);
  if (wait <= 0) return null;
  const seconds = Math.ceil(wait / 1000);
  const t = await i18next.getFixedT(request, "settings");
  return data({ title: t("password.blockedTitle"), text: t("password.blockedText", { seconds }) }, { status: 429, headers: { "Retry-After": String(seconds) } });
}

/** A used or expired link: 410 with what to do, translated on the server. */
async function gone(request: Request, kind: "used" | "expired") {
  const t = await i18next.getFixedT(request, "settings");
  return data({ title: t("password.goneTitle"), text: t(`password.${kind}Text`, { days: PASSWORD_LINK_DAYS }), signIn: true }, { status: 410 });
}

function notFound(context: Context): never {
  tokenLimiter.fail(`ip:${clientAddress(context)}`);
  throw new Response("Not found", { status: 404 });
}

async function guard(request: Request, context: Context) {
  if (!passwordLoginEnabled()) throw new Response("Password sign-in is turned off", { status: 403 });
  const stop = await blocked(request, context);
  if (stop) throw stop;
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await guard(request, context as Context);
  const state = await passwordLinkState(params.token ?? "");
  if (state.kind === "not_found") notFound(context as Context);
  if (state.kind !== "open") throw await gone(request, state.kind);
  const t = await i18next.getFixedT(request, "settings");
  return { title: t("password.title"), email: state.email, min: MIN_PASSWORD_LENGTH };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export async function action({ request, params, context }: ActionFunctionArgs) {
  await guard(request, context as Context);
  const token = params.token ?? "";
  const form = await request.formData();
  const values = { password: String(form.get("password") ?? ""), confirm: String(form.get("confirm") ?? "") };
  const parsed = newPasswordSchema.safeParse(values);
  if (!parsed.success) {
    // A wrong form on an unknown link is still an unknown link.
    const state = await passwordLinkState(token);
    if (state.kind === "not_found") notFound(context as Context);
    if (state.kind !== "open") throw await gone(request, state.kind);
    return data({ errors: fieldErrors(parsed.error) }, { status: 400 });
  }
  const result = await setPasswordWithLink({ token, password: parsed.data.password });
  if (result.kind === "not_found") notFound(context as Context);
  if (result.kind !== "set") throw await gone(request, result.kind);
  return signIn(request, result.userId, result.municipalitySlug ? `/m/${result.municipalitySlug}` : "/");
}

export default function SetPassword() {
  const { title, email, min } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("settings");
  const errors: Record<string, string> = result?.errors ?? {};
  const err = (field: string) => (errors[field] ? t(errors[field]!, { min }) : undefined);
  const summary = Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, `settings:${key}`]));
  return (
    <div className="stack narrow">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph>{t("password.intro")}</Paragraph>
      <FormErrorSummary errors={summary} params={{ min }} />
      <Form method="post" className="stack" noValidate>
        <TextField id="email" name="email" type="email" label={t("password.account")} value={email} readOnly autoComplete="username" />
        <TextField id="password" type="password" autoComplete="new-password" label={t("password.password")} description={t("password.passwordHelp", { min })} error={err("password")} />
        <TextField id="confirm" type="password" autoComplete="new-password" label={t("password.confirm")} error={err("confirm")} />
        <div>
          <Button type="submit" aria-disabled={navigation.state === "submitting"}>
            {t("password.submit")}
          </Button>
        </div>
      </Form>
    </div>
  );
}

/** 410 (used or expired) and 429 (too many unknown links) with their texts; else the site's error page. */
export function ErrorBoundary() {
  const error = useRouteError();
  const { t } = useTranslation("settings");
  const { t: common } = useTranslation();
  if (!isRouteErrorResponse(error) || (error.status !== 410 && error.status !== 429)) return <ErrorPage t={common} />;
  return (
    <LinkRefusal data={error.data}>
      {error.status === 410 ? (
        <div>
          <Link to="/login">{t("password.signIn")}</Link>
        </div>
      ) : null}
    </LinkRefusal>
  );
}
