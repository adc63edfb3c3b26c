import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { Heading } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { DecisionTabs, decisionTabs } from "~/components/decision-tabs";
import { i18next } from "~/i18n/i18next.server";
import { requireMembership } from "~/services/auth.server";

export const handle = { i18n: "decision" };

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality);
  const t = await i18next.getFixedT(request, "decision");
  return { slug: municipality.slug, title: `${t("page.title")} – ${municipality.name}` };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export default function DecisionLayout() {
  const { slug } = useLoaderData<typeof loader>();
  const { t } = useTranslation("decision");
  return (
    <div className="stack">
      <Heading level={2} data-size="lg">
        {t("page.title")}
      </Heading>
      <DecisionTabs tabs={decisionTabs(slug)} labelKey="page.tabs.label" />
      <Outlet />
    </div>
  );
}
