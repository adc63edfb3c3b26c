import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { canEdit, requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { audit } from "~/db/audit.server";
import { isLocale, SUPPORT_LINES, TICKET_TYPES, textIn } from "~/domain/ids";
import { RULE_FIELDS } from "~/domain/tickets/classify";
import { reclassifyTickets, removeRuleWithUndo, ruleName, rulesWithHits, saveRule, undoRemoveRule } from "~/services/tickets/rules.server";
import { undoIdFrom } from "~/services/undo.server";
import { TicketRuleForm, type RuleFormErrors } from "~/components/ticket-rule-form";
import { TicketRuleTable } from "~/components/ticket-rule-table";
import { UndoNotice, UndoOutcome } from "~/components/undo-notice";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireMembership(request, params.municipality);
  const detected = await i18next.getLocale(request);
  const locale = isLocale(detected) ? detected : "sv";
  const t = await i18next.getFixedT(request, "tickets");
  const { rules, unmatched } = await rulesWithHits({ municipalityId: access.municipality.id });
  return {
    title: t("rules.title"),
    slug: access.municipality.slug,
    canEdit: canEdit(access),
    unmatched,
    rules: rules.map((r) => ({
      rowId: r.rowId, id: r.id, order: r.order, field: r.match.field, keywords: r.match.keywords,
      setType: r.setType ?? "", setLine: r.setLine ? String(r.setLine) : "", hits: r.hits,
      label: r.label ? textIn(r.label, locale) : "",
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

const ruleSchema = z
  .object({
    rowId: z.coerce.number().int().positive().optional(),
    field: z.enum(RULE_FIELDS),
    keywords: z.string().transform((s) => s.split(/[,;\n]/).map((k) => k.trim()).filter(Boolean).slice(0, 200)).pipe(z.array(z.string().max(100)).min(1, "rules.errors.keywords")),
    setType: z.union([z.literal(""), z.enum(TICKET_TYPES)]),
    setLine: z.union([z.literal(""), z.enum(SUPPORT_LINES.map(String) as ["1", "2", "3"])]),
    order: z.coerce.number({ message: "rules.errors.order" }).int("rules.errors.order").min(0, "rules.errors.order").max(100000, "rules.errors.order"),
  })
  .refine((r) => r.setType !== "" || r.setLine !== "", { message: "rules.errors.nothingSet", path: ["setType"] });

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipality, user } = await requireMembership(request, params.municipality, "project");
  const municipalityId = municipality.id;
  const form = await request.formData();
  const intent = form.get("intent");
  if (intent === "rerun") {
    const { tickets } = await reclassifyTickets({ municipalityId });
    await audit({ userId: user.id, municipalityId, action: "tickets.reclassify", target: "tickets", detail: String(tickets) });
    return { intent, tickets };
  }
  if (intent === "delete") {
    const removed = await removeRuleWithUndo({ municipalityId, userId: user.id, rowId: Number(form.get("rowId")) });
    if (!removed) throw new Response("Not found", { status: 404 });
    const detected = await i18next.getLocale(request);
    return { intent, deleted: true, undoId: removed.undoId, name: ruleName(removed.rule, isLocale(detected) ? detected : "sv") };
  }
  if (intent === "undo") {
    const { outcome } = await undoRemoveRule({ municipalityId, userId: user.id, id: undoIdFrom(form) });
    return { intent, undone: outcome };
  }
  if (intent !== "save") throw new Response("Bad request", { status: 400 });
  const raw = Object.fromEntries(["rowId", "field", "keywords", "setType", "setLine", "order"].map((k) => [k, String(form.get(k) ?? "")]));
  if (!raw.rowId) delete raw.rowId;
  const parsed = ruleSchema.safeParse(raw);
  if (!parsed.success) {
    const errors: RuleFormErrors = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0]) as keyof RuleFormErrors] ??= issue.message.startsWith("rules.") ? issue.message : "rules.errors.invalid";
    return data({ intent, errors, values: raw }, { status: 400 });
  }
  const r = parsed.data;
  const rule = { field: r.field, keywords: r.keywords, order: r.order, setType: r.setType || undefined, setLine: r.setLine ? (Number(r.setLine) as 1 | 2 | 3) : undefined };
  const ok = await saveRule({ municipalityId, rowId: r.rowId, rule });
  if (!ok) throw new Response("Not found", { status: 404 });
  return { intent, saved: true };
}

export default function TicketRules() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("tickets");
  const [search] = useSearchParams();
  const editing = d.rules.find((r) => String(r.rowId) === search.get("edit"));
  const failed = result && "errors" in result ? result : undefined;
  return (
    <div className="stack">
      <Heading level={2} data-size="lg">
        {d.title}
      </Heading>
      <Paragraph className="narrow-text">{t("rules.intro")}</Paragraph>
      {result && "tickets" in result ? <Paragraph role="status">{t("rules.rerunDone", { count: result.tickets })}</Paragraph> : null}
      {result && "saved" in result ? <Paragraph role="status">{t("rules.saved")}</Paragraph> : null}
      {result && "undoId" in result && typeof result.undoId === "number" ? <UndoNotice message={t("rules.deleted", { name: result.name })} undoId={result.undoId} /> : null}
      {result && "undone" in result && result.undone ? <UndoOutcome outcome={result.undone} restored={t("rules.restored")} /> : null}
      <TicketRuleTable slug={d.slug} rules={d.rules} unmatched={d.unmatched} canEdit={d.canEdit} />
      {d.canEdit ? (
        <>
          <Form method="post" className="stack">
            <input type="hidden" name="intent" value="rerun" />
            <Paragraph data-size="sm">{t("rules.rerunHelp")}</Paragraph>
            <div>
              <Button type="submit">{t("rules.rerun")}</Button>
            </div>
          </Form>
          <TicketRuleForm
            key={editing?.rowId ?? "new"}
            rule={failed ? (failed.values as Record<string, string>) : editing ? { rowId: String(editing.rowId), field: editing.field, setType: editing.setType, setLine: editing.setLine, order: String(editing.order), keywords: editing.keywords.join(", ") } : undefined}
            errors={failed?.errors}
          />
        </>
      ) : null}
      <Paragraph>
        <Link to={`/m/${d.slug}/tickets`}>{t("import.back")}</Link>
      </Paragraph>
    </div>
  );
}
