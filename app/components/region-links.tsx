// The start page's links to the regional comparisons the user may open: their own regions for
// a regional coordinator, every region for an administrator.
import { Heading } from "@digdir/designsystemet-react";
import { Link as RemixLink } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function RegionLinks({ regions }: { regions: ReadonlyArray<{ slug: string; name: string }> }) {
  const { t } = useTranslation("report");
  if (regions.length === 0) return null;
  return (
    <section aria-labelledby="your-regions" className="stack">
      <Heading level={2} data-size="md" id="your-regions">
        {t("region.yourRegions")}
      </Heading>
      <ul>
        {regions.map((r) => (
          <li key={r.slug}>
            <RemixLink to={`/r/${r.slug}`}>{t("region.title", { region: r.name })}</RemixLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
