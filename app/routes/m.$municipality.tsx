import type { LoaderFunctionArgs } from "@remix-run/node";
import { NavLink, Outlet, useLoaderData } from "@remix-run/react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { requireMembership } from "~/services/auth.server";
import { municipalitySections } from "~/components/municipality-sections";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality, role } = await requireMembership(request, params.municipality);
  return { municipality: { slug: municipality.slug, name: municipality.name, regionName: municipality.regionName }, role };
}

export default function MunicipalityLayout() {
  const { municipality, role } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack">
      <div>
        <Heading level={1} data-size="xl">
          {municipality.name}
        </Heading>
        <Paragraph className="muted" data-size="sm">
          {t("home.yourRole")}: {t(`roles.${role}`)}
          {municipality.regionName ? ` · ${municipality.regionName}` : null}
        </Paragraph>
      </div>
      <nav aria-label={t("nav.main")} className="sub-nav no-print">
        <ul>
          {municipalitySections(role).map((s) => (
            <li key={s.to}>
              <NavLink to={`/m/${municipality.slug}${s.to}`} end={s.to === ""}>
                {t(s.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
