import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

/**
 * A link that looks like a button (the next step an empty list or page points to). The app's
 * global `a { color }` outranks Designsystemet's zero-specificity button colour, so the
 * `.link-button` class sets it again from the button's own variable.
 */
export function LinkButton({ to, variant = "primary", children }: { to: string; variant?: "primary" | "secondary" | "tertiary"; children: ReactNode }) {
  return (
    <Link to={to} className="ds-button link-button" data-variant={variant}>
      {children}
    </Link>
  );
}
