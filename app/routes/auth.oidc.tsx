// Starts single sign-on: the sign-in page's link leads here, and this redirects to the identity
// provider. A link rather than a form: the Content-Security-Policy's form-action 'self' would
// stop a form post from being redirected to another site. Starting a flow changes no data;
// it only sets the short-lived flow cookie.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { OidcError, startOidcSignIn } from "~/services/oidc.server";
import { logger } from "~/services/logger.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const redirectTo = new URL(request.url).searchParams.get("redirectTo");
  try {
    return await startOidcSignIn(redirectTo);
  } catch (error) {
    if (error instanceof OidcError) return redirect(`/login?oidc=${error.code}`);
    logger().error({ event: "oidc_discovery_failed", reason: error instanceof Error ? error.message : "unknown" }, "identity provider unreachable");
    return redirect("/login?oidc=unavailable");
  }
}
