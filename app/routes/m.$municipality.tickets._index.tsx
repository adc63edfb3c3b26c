import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { canEdit, requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { listBusinessAreas } from "~/db/organisation.server";
import { listImports } from "~/db/tickets-imports.server";
import { currentClusterProposal, getDefaultMinutes, saveClusterProposal, setDefaultMinutes } from "~/db/tickets-settings.server";
import { TICKET_TYPES } from "~/domain/ids";
import { DEFAULT_MINUTES } from "~/domain/tickets/kpis";
import { ticketStats } from "~/services/tickets/stats.server";
import { TextField } from "~/components/fields";
import { TicketBreakdowns, TicketCapacity, TicketSummary } from "~/components/ticket-kpi-tables";
import { TicketClusterEditor, TicketClusterLoad } from "~/components/ticket-cluster-editor";
import { TicketBusFactor } from "~/components/ticket-bus-factor";
import { TicketImportList } from "~/components/ticket-import-list";
import { LinkButton } from "~/components/link-button";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireMembership(request, params.municipality);
  const municipalityId = access.municipality.id;
  const t = await i18next.getFixedT(request, "tickets");
  const [stats, areas, proposal, minutes, imports] = await Promise.all([
    ticketStats({ municipalityId }),
    listBusinessAreas({ municipalityId }),
    currentClusterProposal({ municipalityId }),
    getDefaultMinutes({ municipalityId }),
    listImports({ municipalityId, limit: 5 }),
  ]);
  // Areas from the register plus any an export used that the register lacks.
  const known = new Set(areas.map((a) => a.code));
  const extra = Object.keys(stats.byArea).filter((a) => !known.has(a)).map((a) => ({ code: a, name: a }));
  const assignment: Record<string, string> = {};
  for (const [name, codes] of Object.entries(proposal?.clusters ?? {})) for (const c of codes) assignment[c] = name;
  return {
    title: t("page.title"),
    slug: access.municipality.slug,
    canEdit: canEdit(access),
    stats,
    areas: [...areas.map((a) => ({ code: a.code, name: a.name })), ...extra],
    proposalName: proposal?.name ?? "",
    assignment,
    minutes: { ...DEFAULT_MINUTES, ...minutes },
    imports: imports.map(({ rejected: _r, ...i }) => i),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality, "project");
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "cluster") {
    const proposal = String(form.get("proposal") ?? "").trim().slice(0, 200);
    const clusters: Record<string, string[]> = {};
    for (const [key, value] of form) {
      const name = String(value).trim().slice(0, 200);
      if (!key.startsWith("area.") || !name) continue;
      (clusters[name] ??= []).push(key.slice("area.".length));
    }
    const errors = { proposal: proposal ? undefined : "clusters.nameRequired", areas: Object.keys(clusters).length ? undefined : "clusters.areasRequired" };
    if (errors.proposal || errors.areas) return data({ intent, errors }, { status: 400 });
    await saveClusterProposal({ municipalityId: municipality.id, name: proposal, clusters });
    return { intent, saved: true };
  }
  if (intent === "minutes") {
    const minutes: Record<string, number> = {};
    const errors: Record<string, string> = {};
    for (const type of TICKET_TYPES) {
      const raw = String(form.get(`minutes.${type}`) ?? "").trim().replace(",", ".");
      if (!raw) continue;
      const n = Number(raw);
      if (!Number.isFinite(n) || n < 0 || n > 1440) errors[type] = "minutes.invalid";
      else minutes[type] = n;
    }
    if (Object.keys(errors).length) return data({ intent, errors }, { status: 400 });
    await setDefaultMinutes({ municipalityId: municipality.id, minutes });
    return { intent, saved: true };
  }
  throw new Response("Bad request", { status: 400 });
}

export default function TicketsPage() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("tickets");
  const errors = (result && "errors" in result ? result.errors : undefined) as Record<string, string | undefined> | undefined;
  const base = `/m/${d.slug}/tickets`;
  return (
    <div className="stack">
      <Heading level={2} data-size="lg">
        {d.title}
      </Heading>
      <Paragraph className="narrow-text">{t("page.intro")}</Paragraph>
      <ul className="no-print inline-links">
        {d.canEdit ? (
          <li>
            <Link to={`${base}/import`}>{t("page.import")}</Link>
          </li>
        ) : null}
        <li>
          <Link to={`${base}/rules`}>{t("page.rules")}</Link>
        </li>
      </ul>
      {d.stats.total === 0 ? (
        <div className="stack">
          <Paragraph>{d.stats.source.perDay === "survey" ? t("page.surveyOnly") : t("page.empty")}</Paragraph>
          {d.canEdit ? (
            <div>
              <LinkButton to={`${base}/import`}>{t("page.importFirst")}</LinkButton>
            </div>
          ) : null}
        </div>
      ) : null}
      {d.stats.from ? <Paragraph className="muted">{t("page.period", { from: d.stats.from, to: d.stats.to })}</Paragraph> : null}
      <TicketSummary stats={d.stats} />
      {d.stats.total > 0 ? <TicketBreakdowns stats={d.stats} /> : null}
      <TicketCapacity stats={d.stats} />
      <section aria-labelledby="clusters" className="stack">
        <Heading level={3} data-size="sm" id="clusters">
          {t("clusters.title")}
        </Heading>
        <TicketClusterLoad load={d.stats.clusterLoad} />
        {result?.intent === "cluster" && "saved" in result ? <Paragraph role="status">{t("clusters.saved")}</Paragraph> : null}
        {d.canEdit ? <TicketClusterEditor organisationHref={`/m/${d.slug}/organisation`} areas={d.areas} name={d.proposalName} assignment={d.assignment} errors={result?.intent === "cluster" ? errors : undefined} /> : null}
      </section>
      <TicketBusFactor busFactor={d.stats.busFactor} />
      {d.canEdit ? (
        <section aria-labelledby="minutes" className="stack">
          <Heading level={3} data-size="sm" id="minutes">
            {t("minutes.title")}
          </Heading>
          <Paragraph data-size="sm" className="narrow-text">
            {t("minutes.help")}
          </Paragraph>
          <Form method="post" className="stack narrow">
            <input type="hidden" name="intent" value="minutes" />
            {TICKET_TYPES.map((type) => (
              <TextField
                key={type}
                id={`minutes-${type}`}
                name={`minutes.${type}`}
                inputMode="decimal"
                label={t("minutes.label", { type: t(`types.${type}`) })}
                defaultValue={String(d.minutes[type])}
                error={result?.intent === "minutes" && errors?.[type] ? t(errors[type]!) : undefined}
              />
            ))}
            {result?.intent === "minutes" && "saved" in result ? <Paragraph role="status">{t("minutes.saved")}</Paragraph> : null}
            <div>
              <Button type="submit">{t("minutes.save")}</Button>
            </div>
          </Form>
        </section>
      ) : null}
      <TicketImportList slug={d.slug} imports={d.imports} />
    </div>
  );
}

