import { Link } from "@remix-run/react";
import type { ReactNode } from "react";

// A link that looks like a Designsystemet button. The site-wide `a { color }` rule in app.css is
// unlayered and so beats the button's own (layered) text colour; `.link-button` restores it.
export function InterviewLinkButton({ to, variant, children }: { to: string; variant: "primary" | "secondary"; children: ReactNode }) {
  return (
    <Link to={to} className="ds-button link-button" data-variant={variant}>
      {children}
    </Link>
  );
}
