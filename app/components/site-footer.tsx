import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function SiteFooter({ isAdmin }: { isAdmin: boolean }) {
  const { t } = useTranslation();
  return (
    <footer className="site-footer no-print" aria-label={t("footer.label")}>
      <ul>
        <li>
          <Link to="/help">{t("help:link")}</Link>
        </li>
        <li>
          <Link to="/accessibility">{t("accessibility.footerLink")}</Link>
        </li>
        {isAdmin ? (
          <li>
            <Link to="/admin/audit">{t("audit.link")}</Link>
          </li>
        ) : null}
      </ul>
    </footer>
  );
}
