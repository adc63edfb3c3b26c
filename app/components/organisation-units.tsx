import { Button, Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { Form, Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { BUSINESS_AREAS } from "~/domain/ids";
import { ConfirmDeleteRow } from "./confirm-action";
import { SelectField, TextField } from "./fields";
import { FormErrorSummary } from "./form-error-summary";
import { UndoNotice, UndoOutcome } from "./undo-notice";

// The organisation page's departments (förvaltningar) and business areas: a table each, and
// the forms that add, rename and delete them. Plain forms: they work without JavaScript.

export type FormResult = {
  intent: string;
  done?: { key: string; params: Record<string, string | number> };
  at?: number;
  errors?: Record<string, string>;
  values?: Record<string, string>;
  /** After a deletion: the undo offered right after it. */
  undoId?: number;
  /** After an undo: what it did. */
  undone?: "restored" | "gone" | "conflict";
};
type Unit = { id: number; name: string; systems: number };

/** A form's errors keyed by the element ids on the page, for the error summary's links. */
export const errorsById = (errors: Record<string, string> | undefined, ids: Record<string, string>) =>
  Object.fromEntries(Object.entries(errors ?? {}).map(([field, key]) => [ids[field] ?? field, `organisation:${key}`]));

/**
 * The success message of a section's last change, announced to screen readers; after a deletion
 * with the button that undoes it (intent "<kind>.undo"), after an undo what it did.
 */
export function DoneStatus({ action, result, intents }: { action: string; result: FormResult | undefined; intents: string[] }) {
  const { t } = useTranslation("organisation");
  if (!result || !intents.includes(result.intent)) return null;
  const message = result.done ? t(result.done.key, result.done.params) : "";
  if (result.undone) return <UndoOutcome outcome={result.undone} restored={message} />;
  if (!result.done) return null;
  if (result.undoId !== undefined && result.intent.endsWith(".delete")) return <UndoNotice message={message} undoId={result.undoId} intent={result.intent.replace(/\.delete$/, ".undo")} action={action} />;
  return <Paragraph role="status">{message}</Paragraph>;
}

export function DepartmentsSection({ action, departments, canEdit, renameId, result }: { action: string; departments: Unit[]; canEdit: boolean; renameId: number | null; result: FormResult | undefined }) {
  const { t } = useTranslation("organisation");
  const failed = result?.errors && result.intent.startsWith("department.") ? result : undefined;
  const renaming = failed?.intent === "department.rename" ? departments.find((d) => String(d.id) === failed.values?.id) : departments.find((d) => d.id === renameId && !result?.done);
  const errors = errorsById(failed?.errors, { name: "department-name" });
  const err = (field: string) => (failed?.errors?.[field] ? t(failed.errors[field]!) : undefined);
  return (
    <section aria-labelledby="departments" className="stack">
      <Heading level={3} data-size="md" id="departments">
        {t("departments.title")}
      </Heading>
      <Paragraph className="narrow-text">{t("departments.intro")}</Paragraph>
      <DoneStatus action={action} result={result} intents={["department.add", "department.rename", "department.delete", "department.undo"]} />
      {departments.length === 0 ? (
        <Paragraph>{canEdit ? t("departments.emptyEditor") : t("departments.empty")}</Paragraph>
      ) : (
        <UnitTable
          caption={t("departments.caption", { count: departments.length })}
          nameHeader={t("departments.name")}
          units={departments}
          actions={
            canEdit
              ? (d) => (
                  <div className="row-actions">
                    <Link to={`${action}?rename=${d.id}#department-form`} aria-label={t("departments.renameNamed", { name: d.name })}>
                      {t("departments.rename")}
                    </Link>
                    <ConfirmDeleteRow label={t("actions.delete")} named={t("departments.deleteNamed", { name: d.name })} question={t("departments.confirmDelete", { name: d.name, count: d.systems })} submit={t("departments.confirmDeleteButton")} intent="department.delete" id={d.id} action={action} />
                  </div>
                )
              : undefined
          }
        />
      )}
      {canEdit ? (
        <Form method="post" action={action} className="stack narrow" id="department-form" aria-labelledby="department-form-title" key={renaming ? `rename-${renaming.id}` : `add-${result?.at ?? ""}`} noValidate>
          <Heading level={4} data-size="xs" id="department-form-title">
            {renaming ? t("departments.renameTitle", { name: renaming.name }) : t("departments.addTitle")}
          </Heading>
          <FormErrorSummary errors={errors} />
          <input type="hidden" name="intent" value={renaming ? "department.rename" : "department.add"} />
          {renaming ? <input type="hidden" name="id" value={renaming.id} /> : null}
          <TextField id="department-name" name="name" label={renaming ? t("departments.newName") : t("departments.name")} description={renaming ? undefined : t("departments.nameHelp")} error={err("name")} defaultValue={failed?.values?.name ?? renaming?.name ?? ""} autoComplete="off" />
          <div className="form-actions">
            <Button type="submit">{renaming ? t("departments.saveName") : t("departments.add")}</Button>
            {renaming ? <Link to={`${action}#departments`}>{t("actions.cancel")}</Link> : null}
          </div>
        </Form>
      ) : null}
    </section>
  );
}

export function AreasSection({ action, areas, canEdit, result }: { action: string; areas: Array<Unit & { code: string }>; canEdit: boolean; result: FormResult | undefined }) {
  const { t } = useTranslation("organisation");
  const failed = result?.errors && result.intent === "area.add" ? result : undefined;
  const errors = errorsById(failed?.errors, { code: "area-code", name: "area-name" });
  const err = (field: string) => (failed?.errors?.[field] ? t(failed.errors[field]!) : undefined);
  return (
    <section aria-labelledby="areas" className="stack">
      <Heading level={3} data-size="md" id="areas">
        {t("areas.title")}
      </Heading>
      <Paragraph className="narrow-text">{t("areas.intro")}</Paragraph>
      <DoneStatus action={action} result={result} intents={["area.add", "area.delete", "area.undo"]} />
      {areas.length === 0 ? (
        <Paragraph>{canEdit ? t("areas.emptyEditor") : t("areas.empty")}</Paragraph>
      ) : (
        <UnitTable
          caption={t("areas.caption", { count: areas.length })}
          nameHeader={t("areas.name")}
          units={areas}
          extra={{ header: t("areas.standard"), cell: (a) => t(`common:areas.${a.code}`, { defaultValue: a.code }) }}
          actions={canEdit ? (a) => <ConfirmDeleteRow label={t("actions.delete")} named={t("areas.deleteNamed", { name: a.name })} question={t("areas.confirmDelete", { name: a.name, count: a.systems })} submit={t("areas.confirmDeleteButton")} intent="area.delete" id={a.id} action={action} /> : undefined}
        />
      )}
      {canEdit ? (
        <Form method="post" action={action} className="stack narrow" id="area-form" aria-labelledby="area-form-title" key={`add-${result?.at ?? ""}`} noValidate>
          <Heading level={4} data-size="xs" id="area-form-title">
            {t("areas.addTitle")}
          </Heading>
          <FormErrorSummary errors={errors} />
          <input type="hidden" name="intent" value="area.add" />
          <SelectField
            id="area-code"
            name="code"
            label={t("areas.code")}
            description={t("areas.codeHelp")}
            error={err("code")}
            defaultValue={failed?.values?.code ?? ""}
            placeholder={t("areas.choose")}
            options={BUSINESS_AREAS.map((code) => ({ value: code, label: t(`common:areas.${code}`) }))}
          />
          <TextField id="area-name" name="name" label={t("areas.nameOptional")} description={t("areas.nameHelp")} error={err("name")} defaultValue={failed?.values?.name ?? ""} autoComplete="off" />
          <div>
            <Button type="submit">{t("areas.add")}</Button>
          </div>
        </Form>
      ) : null}
    </section>
  );
}

/** A register's table: each unit's name, an optional extra column, its number of systems and, for editors, its actions. */
function UnitTable<U extends Unit>({ caption, nameHeader, units, extra, actions }: { caption: string; nameHeader: string; units: U[]; extra?: { header: string; cell: (u: U) => ReactNode }; actions?: (u: U) => ReactNode }) {
  const { t } = useTranslation("organisation");
  return (
    <div className="table-wrap" tabIndex={0}>
      <Table zebra data-size="sm">
        <caption>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{nameHeader}</Table.HeaderCell>
            {extra ? <Table.HeaderCell>{extra.header}</Table.HeaderCell> : null}
            <Table.HeaderCell>{t("columns.systems")}</Table.HeaderCell>
            {actions ? <Table.HeaderCell>{t("columns.actions")}</Table.HeaderCell> : null}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {units.map((u) => (
            <Table.Row key={u.id}>
              <Table.HeaderCell scope="row">{u.name}</Table.HeaderCell>
              {extra ? <Table.Cell>{extra.cell(u)}</Table.Cell> : null}
              <Table.Cell>{u.systems}</Table.Cell>
              {actions ? <Table.Cell>{actions(u)}</Table.Cell> : null}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
