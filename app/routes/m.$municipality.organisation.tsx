// The organisation register, the pre-study's Plan step: departments, business areas and
// systems with their administrators, added one by one or imported from the municipality's
// system inventory (CSV). Members read it; the project group and admins change it. A deleted
// department, area or system can be put back right after (docs/decisions/050-undo.md).
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { canEdit, requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { fieldErrors, postedId, typedValues, unlessNotFound } from "~/services/forms.server";
import { requestLocale } from "~/services/surveys/route-helpers.server";
import {
  addAreaTo,
  addDepartmentTo,
  areaSchema,
  deleteAreaOf,
  deleteDepartmentOf,
  deleteSystemOf,
  departmentSchema,
  organisationRegister,
  renameDepartmentOf,
  saveSystemOf,
  systemSchema,
  undoAreaDelete,
  undoDepartmentDelete,
  undoSystemDelete,
  type Outcome,
} from "~/services/organisation/register.server";
import { undoIdFrom, type UndoResult } from "~/services/undo.server";
import { readUploadForm } from "~/services/uploads.server";
import { MAX_FILE_BYTES, SystemsFileError, decodeSystemsFile, importProblemMessage, importSystems } from "~/services/organisation/import.server";
import { AreasSection, DepartmentsSection, type FormResult } from "~/components/organisation-units";
import { SystemsSection } from "~/components/organisation-systems";
import { ImportSection, type ImportResult } from "~/components/organisation-import";
import { SectionLinks } from "~/components/section-links";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireMembership(request, params.municipality);
  const t = await i18next.getFixedT(request, "organisation");
  const register = await organisationRegister({ municipalityId: access.municipality.id });
  return { title: t("title"), slug: access.municipality.slug, canEdit: canEdit(access), ...register };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

type ActionResult = FormResult | ImportResult;

/** The service's answer as the page's: a message on success, the typed values and errors otherwise. */
function answer<T>(intent: string, outcome: Outcome<T>, values: Record<string, string>, done: (o: T) => { key: string; params: Record<string, string | number> }) {
  const o = unlessNotFound(outcome);
  if (o.ok) return data<ActionResult>({ intent, done: done(o as T), at: Date.now() });
  return data<ActionResult>({ intent, errors: o.errors, values }, { status: 400 });
}

/** A deletion's answer: what was deleted, with the undo the page offers right after (docs/decisions/050-undo.md). */
function deleted(intent: string, outcome: Outcome<{ name: string; undoId: number }>, key: string) {
  if (!outcome.ok) throw new Response("Not found", { status: 404 });
  return data<ActionResult>({ intent, done: { key, params: { name: outcome.name } }, undoId: outcome.undoId, at: Date.now() });
}

/** An undo's answer: restored (named), or why not; nothing changed then. */
function undone<P>(intent: string, { outcome, payload }: UndoResult<P>, key: string, name: (p: P) => string) {
  const done = outcome === "restored" && payload !== undefined ? { key, params: { name: name(payload) } } : undefined;
  return data<ActionResult>({ intent, undone: outcome, done, at: Date.now() });
}


export async function action({ request, params }: ActionFunctionArgs) {
  const { municipality, user } = await requireMembership(request, params.municipality, "project");
  const actor = { municipalityId: municipality.id, userId: user.id };
  const t = await i18next.getFixedT(request, "organisation");
  const form = await readUploadForm(request, MAX_FILE_BYTES);
  if (form === "too_large") return data<ActionResult>({ intent: "import", fileError: t("import.errors.file_too_large", { max: MAX_FILE_BYTES / 1024 / 1024 }) }, { status: 413 });
  const intent = String(form.get("intent") ?? "");
  const values = typedValues(form);
  const invalid = (errors: Record<string, string>) => data<ActionResult>({ intent, errors, values }, { status: 400 });

  switch (intent) {
    case "department.add": {
      const parsed = departmentSchema.safeParse(values);
      if (!parsed.success) return invalid(fieldErrors(parsed.error));
      return answer(intent, await addDepartmentTo(actor, parsed.data), values, () => ({ key: "done.departmentAdded", params: { name: parsed.data.name } }));
    }
    case "department.rename": {
      const id = postedId(form);
      const parsed = departmentSchema.safeParse(values);
      if (!parsed.success) return invalid(fieldErrors(parsed.error));
      return answer(intent, await renameDepartmentOf(actor, { id, name: parsed.data.name }), values, (o) => ({ key: "done.departmentRenamed", params: { from: o.from, name: parsed.data.name } }));
    }
    case "department.delete":
      return deleted(intent, await deleteDepartmentOf(actor, { id: postedId(form) }), "done.departmentDeleted");
    case "department.undo":
      return undone(intent, await undoDepartmentDelete(actor, undoIdFrom(form)), "done.departmentRestored", (p) => p.unit.name);
    case "area.add": {
      const parsed = areaSchema.safeParse(values);
      if (!parsed.success) return invalid(fieldErrors(parsed.error));
      return answer(intent, await addAreaTo(actor, parsed.data, await requestLocale(request)), values, (o) => ({ key: "done.areaAdded", params: { name: o.name } }));
    }
    case "area.delete":
      return deleted(intent, await deleteAreaOf(actor, { id: postedId(form) }), "done.areaDeleted");
    case "area.undo":
      return undone(intent, await undoAreaDelete(actor, undoIdFrom(form)), "done.areaRestored", (p) => p.unit.name);
    case "system.save": {
      const id = values.id ? postedId(form) : undefined;
      const parsed = systemSchema.safeParse(values);
      if (!parsed.success) return invalid(fieldErrors(parsed.error));
      return answer(intent, await saveSystemOf(actor, { ...parsed.data, id }), values, (o) => ({ key: o.created ? "done.systemAdded" : "done.systemSaved", params: { name: parsed.data.name } }));
    }
    case "system.delete":
      return deleted(intent, await deleteSystemOf(actor, { id: postedId(form) }), "done.systemDeleted");
    case "system.undo":
      return undone(intent, await undoSystemDelete(actor, undoIdFrom(form)), "done.systemRestored", (p) => p.system.name);
    case "import": {
      const file = form.get("file");
      if (!file || typeof file === "string" || file.size === 0) return data<ActionResult>({ intent, fileError: t("import.errors.no_file") }, { status: 400 });
      let text: string;
      try {
        text = decodeSystemsFile(new Uint8Array(await file.arrayBuffer()));
      } catch (e) {
        if (e instanceof SystemsFileError) return data<ActionResult>({ intent, fileError: t(`import.errors.${e.code}`, e.params) }, { status: 400 });
        throw e;
      }
      const outcome = await importSystems({ ...actor, locale: municipality.defaultLocale }, text);
      if (!outcome.ok) return data<ActionResult>({ intent, problems: outcome.problems.map((p) => ({ line: p.line, message: importProblemMessage(t, p) })) }, { status: 400 });
      const { ok: _ok, ...summary } = outcome;
      return data<ActionResult>({ intent, summary, at: Date.now() });
    }
    default:
      throw new Response("Bad request", { status: 400 });
  }
}

export default function Organisation() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ActionResult | undefined;
  const { t } = useTranslation("organisation");
  const [search] = useSearchParams();
  const action = `/m/${d.slug}/organisation`;
  const asNumber = (v: string | null) => (v && /^\d+$/.test(v) ? Number(v) : null);
  const formResult = result && result.intent !== "import" ? (result as FormResult) : undefined;
  const importResult = result?.intent === "import" ? (result as ImportResult) : undefined;
  return (
    <div className="stack">
      <Heading level={2} data-size="lg">
        {d.title}
      </Heading>
      <Paragraph className="narrow-text">{t("intro")}</Paragraph>
      {!d.canEdit ? <Paragraph className="muted">{t("readOnly")}</Paragraph> : null}
      <SectionLinks
        label={t("sections")}
        links={[
          { href: "#departments", text: t("departments.title") },
          { href: "#areas", text: t("areas.title") },
          { href: "#systems", text: t("systems.title") },
          d.canEdit && { href: "#import", text: t("import.title") },
        ]}
      />
      <DepartmentsSection action={action} departments={d.departments} canEdit={d.canEdit} renameId={asNumber(search.get("rename"))} result={formResult} />
      <AreasSection action={action} areas={d.areas} canEdit={d.canEdit} result={formResult} />
      <SystemsSection action={action} systems={d.systems} departments={d.departments} areas={d.areas} canEdit={d.canEdit} editId={asNumber(search.get("edit"))} result={formResult} />
      {d.canEdit ? <ImportSection action={action} result={importResult} /> : null}
    </div>
  );
}
