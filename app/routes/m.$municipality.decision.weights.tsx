import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { DecisionTabs, weightTabs } from "~/components/decision-tabs";
import { requireMembership } from "~/services/auth.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality);
  return { slug: municipality.slug };
}

export default function WeightsLayout() {
  const { slug } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <DecisionTabs tabs={weightTabs(slug)} labelKey="weightsPage.tabs.label" />
      <Outlet />
    </div>
  );
}
