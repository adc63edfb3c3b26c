import { Button, Heading, Paragraph, Table, Tag } from "@digdir/designsystemet-react";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { busFactorAtRisk } from "~/domain/organisation/register";
import type { RegisteredSystem } from "~/db/organisation.server";
import { ConfirmDeleteRow } from "./confirm-action";
import { SelectField, TextAreaField, TextField } from "./fields";
import { FormErrorSummary } from "./form-error-summary";
import { HelpText } from "./help-text";
import { DoneStatus, errorsById, type FormResult } from "./organisation-units";

// The organisation page's systems: the register as a table with each system's bus factor (how
// many administrators can handle its support, flagged at one or none), and the form that adds
// a system or changes the one being edited.

/** A registered system as the page shows it (the register's own row type). */
export type SystemView = Omit<RegisteredSystem, "areaCode">;

const FIELD_IDS = { name: "system-name", vendor: "system-vendor", departmentId: "system-department", areaId: "system-area", administrators: "system-administrators" };

export function SystemsSection(props: {
  action: string;
  systems: SystemView[];
  departments: Array<{ id: number; name: string }>;
  areas: Array<{ id: number; name: string }>;
  canEdit: boolean;
  editId: number | null;
  result: FormResult | undefined;
}) {
  const { action, systems, canEdit, result } = props;
  const { t } = useTranslation("organisation");
  const atRisk = systems.filter((s) => busFactorAtRisk(s.support)).length;
  return (
    <section aria-labelledby="systems" className="stack">
      <Heading level={3} data-size="md" id="systems">
        {t("systems.title")}
      </Heading>
      <Paragraph className="narrow-text">{t("systems.intro")}</Paragraph>
      <DoneStatus action={action} result={result} intents={["system.save", "system.delete", "system.undo"]} />
      {systems.length === 0 ? (
        <div className="stack empty-state">
          <Paragraph>{canEdit ? t("systems.emptyEditor") : t("systems.empty")}</Paragraph>
          {canEdit ? (
            <ul className="inline-links">
              <li>
                <a href="#system-form">{t("systems.emptyAdd")}</a>
              </li>
              <li>
                <a href="#import">{t("systems.emptyImport")}</a>
              </li>
            </ul>
          ) : null}
        </div>
      ) : (
        <>
          <Paragraph>{t("systems.summary", { count: systems.length, atRisk })}</Paragraph>
          <HelpText concept="busFactor" />
          <div className="table-wrap" tabIndex={0}>
            <Table zebra data-size="sm">
              <caption>{t("systems.caption", { count: systems.length })}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>{t("columns.system")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("columns.vendor")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("columns.department")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("columns.area")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("columns.administrators")}</Table.HeaderCell>
                  <Table.HeaderCell>{t("columns.busFactor")}</Table.HeaderCell>
                  {canEdit ? <Table.HeaderCell>{t("columns.actions")}</Table.HeaderCell> : null}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {systems.map((s) => (
                  <Table.Row key={s.id}>
                    <Table.HeaderCell scope="row">{s.name}</Table.HeaderCell>
                    <Table.Cell>{s.vendor ?? "–"}</Table.Cell>
                    <Table.Cell>{s.department ?? "–"}</Table.Cell>
                    <Table.Cell>{s.areaName ?? "–"}</Table.Cell>
                    <Table.Cell>{s.administrators.length > 0 ? s.administrators.join(", ") : "–"}</Table.Cell>
                    <Table.Cell>
                      <span className="inline-row inline-row--tight">
                        {s.support}
                        {busFactorAtRisk(s.support) ? (
                          <Tag data-color={s.support === 0 ? "danger" : "warning"} data-size="sm">
                            {s.support === 0 ? t("systems.nobody") : t("systems.onePerson")}
                          </Tag>
                        ) : null}
                      </span>
                    </Table.Cell>
                    {canEdit ? (
                      <Table.Cell>
                        <div className="row-actions">
                          <Link to={`${action}?edit=${s.id}#system-form`} aria-label={t("systems.editNamed", { name: s.name })}>
                            {t("systems.edit")}
                          </Link>
                          <ConfirmDeleteRow label={t("actions.delete")} named={t("systems.deleteNamed", { name: s.name })} question={t("systems.confirmDelete", { name: s.name })} submit={t("systems.confirmDeleteButton")} intent="system.delete" id={s.id} action={action} />
                        </div>
                      </Table.Cell>
                    ) : null}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        </>
      )}
      {canEdit ? <SystemForm {...props} /> : null}
    </section>
  );
}

function SystemForm({ action, systems, departments, areas, editId, result }: Parameters<typeof SystemsSection>[0]) {
  const { t } = useTranslation("organisation");
  const failed = result?.errors && result.intent === "system.save" ? result : undefined;
  const stored = failed ? systems.find((s) => String(s.id) === failed.values?.id) : result?.done ? undefined : systems.find((s) => s.id === editId);
  const editing = failed ? Boolean(failed.values?.id) && stored !== undefined : stored !== undefined;
  const values: Record<string, string> = failed?.values ?? {
    name: stored?.name ?? "",
    vendor: stored?.vendor ?? "",
    departmentId: stored?.departmentId ? String(stored.departmentId) : "",
    areaId: stored?.areaId ? String(stored.areaId) : "",
    administrators: stored?.administrators.join("\n") ?? "",
  };
  const err = (field: string) => (failed?.errors?.[field] ? t(failed.errors[field]!) : undefined);
  return (
    <Form method="post" action={action} className="stack narrow" id="system-form" aria-labelledby="system-form-title" key={editing ? `edit-${stored?.id}` : `add-${result?.at ?? ""}`} noValidate>
      <Heading level={4} data-size="xs" id="system-form-title">
        {editing ? t("systems.editTitle", { name: stored?.name }) : t("systems.addTitle")}
      </Heading>
      <FormErrorSummary errors={errorsById(failed?.errors, FIELD_IDS)} />
      <input type="hidden" name="intent" value="system.save" />
      {editing ? <input type="hidden" name="id" value={stored?.id} /> : null}
      <TextField id={FIELD_IDS.name} name="name" label={t("systems.name")} error={err("name")} defaultValue={values.name ?? ""} autoComplete="off" />
      <TextField id={FIELD_IDS.vendor} name="vendor" label={t("systems.vendorOptional")} error={err("vendor")} defaultValue={values.vendor ?? ""} autoComplete="off" />
      <SelectField
        id={FIELD_IDS.departmentId}
        name="departmentId"
        label={t("systems.department")}
        description={departments.length === 0 ? t("systems.noDepartments") : undefined}
        error={err("departmentId")}
        defaultValue={values.departmentId ?? ""}
        placeholder={t("systems.noDepartment")}
        options={departments.map((d) => ({ value: String(d.id), label: d.name }))}
      />
      <SelectField
        id={FIELD_IDS.areaId}
        name="areaId"
        label={t("systems.area")}
        description={areas.length === 0 ? t("systems.noAreas") : undefined}
        error={err("areaId")}
        defaultValue={values.areaId ?? ""}
        placeholder={t("systems.noArea")}
        options={areas.map((a) => ({ value: String(a.id), label: a.name }))}
      />
      <TextAreaField id={FIELD_IDS.administrators} name="administrators" label={t("systems.administrators")} description={t("systems.administratorsHelp")} error={err("administrators")} defaultValue={values.administrators ?? ""} rows={4} />
      <div className="form-actions">
        <Button type="submit">{editing ? t("systems.save") : t("systems.add")}</Button>
        {editing ? <Link to={`${action}#systems`}>{t("actions.cancel")}</Link> : null}
      </div>
    </Form>
  );
}
