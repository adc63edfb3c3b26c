// Where the identity provider sends the browser back. Problems go back to the sign-in page
// with a code that the page explains in the user's language.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { finishOidcSignIn, OidcError } from "~/services/oidc.server";
import { logger } from "~/services/logger.server";

export async function loader({ request }: LoaderFunctionArgs) {
  try {
    return await finishOidcSignIn(request);
  } catch (error) {
    if (error instanceof Response) throw error;
    if (!(error instanceof OidcError)) logger().error({ event: "oidc_callback_error", reason: error instanceof Error ? error.message : "unknown" }, "oidc callback error");
    return redirect(`/login?oidc=${error instanceof OidcError ? error.code : "failed"}`);
  }
}
