import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/**
 * A link that looks like a button. The app's global `a { color }` outranks Designsystemet's
 * zero-specificity button colour, so `.link-button` sets it again from the button's own variable.
 */
export function SurveyLinkButton({ to, variant = "secondary", children }: { to: string; variant?: "primary" | "secondary" | "tertiary"; children: ReactNode }) {
  return (
    <Link to={to} className="ds-button link-button" data-variant={variant}>
      {children}
    </Link>
  );
}
