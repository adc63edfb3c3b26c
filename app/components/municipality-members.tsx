import { Alert, Button, Field, Heading, Label, Paragraph, Select, Table } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ConfirmDeleteRow } from "./confirm-action";
import { RadioGroupField, TextField } from "./fields";
import { FormErrorSummary } from "./form-error-summary";
import { UndoNotice, UndoOutcome } from "./undo-notice";
import { useHydrated } from "./use-hydrated";

// The settings page's "who has access": members with their role and since when, installation
// admins (every municipality, not removable here), a role change per row, removal behind a
// question with undo right after, and the form that gives a person access. A new account's
// set-password link is shown once, in the answer to the form that made it, or, when the
// installation can send e-mail (`canMail`) and the admin keeps "send by e-mail" ticked, queued
// to be e-mailed to the person.

export type SettingsResult = {
  intent: string;
  at: number;
  done?: { key: string; params: Record<string, string | number> };
  errors?: Record<string, string>;
  values?: Record<string, string>;
  /** After a removal: the undo offered right after it. */
  undoId?: number;
  /** After an undo: what it did. */
  undone?: "restored" | "gone" | "conflict";
  /** A set-password link, shown this once. */
  link?: { email: string; url: string };
};

type Member = { userId: number; email: string; role: "project" | "decision"; sinceText: string | null; hasPassword: boolean };
type Admin = { userId: number; email: string };

const ROLES = ["project", "decision"] as const;

export function MembersSection(props: {
  action: string;
  municipalityName: string;
  members: Member[];
  admins: Admin[];
  linkDays: number;
  minPassword: number;
  canMail: boolean;
  result: SettingsResult | undefined;
}) {
  const { action, municipalityName, members, admins, canMail, result } = props;
  const { t } = useTranslation("settings");
  const roleName = (role: string) => t(`common:roles.${role}`);
  const message = result?.done ? t(result.done.key, { ...result.done.params, role: roleName(String(result.done.params.role ?? "")) }) : "";
  const addFailed = result?.intent === "member.add" && result.errors ? result : undefined;
  const rowError = result?.intent !== "member.add" && result?.errors ? Object.values(result.errors)[0] : undefined;
  return (
    <section aria-labelledby="members" className="stack">
      <Heading level={3} data-size="md" id="members">
        {t("members.title")}
      </Heading>
      <Paragraph className="narrow-text">{t("members.intro")}</Paragraph>
      {result?.undone ? (
        <UndoOutcome outcome={result.undone} restored={message} conflict={message} />
      ) : result?.undoId !== undefined && result.done ? (
        <UndoNotice message={message} undoId={result.undoId} intent="member.undo" action={action} />
      ) : result?.done ? (
        <Paragraph role="status">{message}</Paragraph>
      ) : null}
      {rowError ? (
        <Alert data-color="danger" role="alert">
          <Paragraph>{t(rowError)}</Paragraph>
        </Alert>
      ) : null}
      {result?.link ? <PasswordLink link={result.link} days={props.linkDays} min={props.minPassword} /> : null}
      <div className="table-wrap" tabIndex={0}>
        <Table zebra data-size="sm">
          <caption>{t("members.caption", { municipality: municipalityName })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t("members.email")}</Table.HeaderCell>
              <Table.HeaderCell>{t("members.role")}</Table.HeaderCell>
              <Table.HeaderCell>{t("members.since")}</Table.HeaderCell>
              <Table.HeaderCell>{t("members.actions")}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {members.map((m) => (
              <Table.Row key={m.userId}>
                <Table.HeaderCell scope="row">
                  {m.email}
                  {!m.hasPassword ? (
                    <>
                      <br />
                      <span className="muted">{t("members.noPassword")}</span>
                    </>
                  ) : null}
                </Table.HeaderCell>
                <Table.Cell>
                  <Form method="post" action={action} className="inline-row inline-row--tight" key={`${m.userId}-${m.role}`}>
                    <input type="hidden" name="intent" value="member.role" />
                    <input type="hidden" name="userId" value={m.userId} />
                    <Label htmlFor={`role-${m.userId}`} className="visually-hidden">
                      {t("members.roleFor", { email: m.email })}
                    </Label>
                    <Select id={`role-${m.userId}`} name="role" defaultValue={m.role} data-size="sm">
                      {ROLES.map((r) => (
                        <Select.Option key={r} value={r}>
                          {roleName(r)}
                        </Select.Option>
                      ))}
                    </Select>
                    <Button type="submit" variant="secondary" data-size="sm">
                      <span aria-hidden="true">{t("members.saveRole")}</span>
                      <span className="visually-hidden">{t("members.saveRoleNamed", { email: m.email })}</span>
                    </Button>
                  </Form>
                </Table.Cell>
                <Table.Cell>{m.sinceText ?? <span className="muted">{t("members.sinceUnknown")}</span>}</Table.Cell>
                <Table.Cell>
                  <div className="row-actions">
                    {!m.hasPassword ? (
                      <Form method="post" action={action} className="inline-row inline-row--tight">
                        <input type="hidden" name="intent" value="member.link" />
                        <input type="hidden" name="userId" value={m.userId} />
                        {canMail ? (
                          <Button type="submit" name="sendMail" value="on" variant="tertiary" data-size="sm">
                            <span aria-hidden="true">{t("members.mailLink")}</span>
                            <span className="visually-hidden">{t("members.mailLinkNamed", { email: m.email })}</span>
                          </Button>
                        ) : null}
                        <Button type="submit" variant="tertiary" data-size="sm">
                          <span aria-hidden="true">{t("members.newLink")}</span>
                          <span className="visually-hidden">{t("members.newLinkNamed", { email: m.email })}</span>
                        </Button>
                      </Form>
                    ) : null}
                    <ConfirmDeleteRow
                      label={t("members.remove")}
                      named={t("members.removeNamed", { email: m.email })}
                      question={t("members.confirmRemove", { email: m.email, municipality: municipalityName })}
                      submit={t("members.confirmRemoveButton")}
                      intent="member.remove"
                      idName="userId"
                      id={m.userId}
                      action={action}
                    />
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
            {admins.map((a) => (
              <Table.Row key={`admin-${a.userId}`}>
                <Table.HeaderCell scope="row">{a.email}</Table.HeaderCell>
                <Table.Cell>{t("members.adminRole")}</Table.Cell>
                <Table.Cell>
                  <span className="muted">{t("members.sinceAdmin")}</span>
                </Table.Cell>
                <Table.Cell>
                  <span className="muted">{t("members.adminNote")}</span>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {members.length === 0 ? <Paragraph>{t("members.empty")}</Paragraph> : null}
      <AddMemberForm action={action} canMail={canMail} failed={addFailed} added={result?.intent === "member.add" && Boolean(result.done)} at={result?.at} />
    </section>
  );
}

function AddMemberForm({ action, canMail, failed, added, at }: { action: string; canMail: boolean; failed: SettingsResult | undefined; added: boolean; at: number | undefined }) {
  const { t } = useTranslation("settings");
  const err = (field: string) => (failed?.errors?.[field] ? t(failed.errors[field]!) : undefined);
  const ids: Record<string, string> = { email: "member-email", role: "member-role" };
  const summary = Object.fromEntries(Object.entries(failed?.errors ?? {}).map(([field, key]) => [ids[field] ?? field, `settings:${key}`]));
  return (
    <Form method="post" action={action} className="stack narrow" id="add-member" aria-labelledby="add-member-title" noValidate key={added ? `added-${at}` : "add"}>
      <Heading level={4} data-size="xs" id="add-member-title">
        {t("members.addTitle")}
      </Heading>
      <Paragraph data-size="sm">{t(canMail ? "members.addIntroMail" : "members.addIntro")}</Paragraph>
      <FormErrorSummary errors={summary} />
      <input type="hidden" name="intent" value="member.add" />
      <TextField id="member-email" name="email" type="email" label={t("members.email")} description={t("members.emailHelp")} error={err("email")} defaultValue={failed?.values?.email ?? ""} autoComplete="off" spellCheck={false} />
      <RadioGroupField
        id="member-role"
        name="role"
        legend={t("members.role")}
        error={err("role")}
        defaultValue={failed?.values?.role ?? "project"}
        options={ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`), description: t(`members.roleHelp.${r}`) }))}
      />
      {canMail ? (
        <Field>
          <input type="checkbox" className="ds-input" id="member-send-mail" name="sendMail" value="on" defaultChecked={failed ? failed.values?.sendMail === "on" : true} aria-describedby="member-send-mail-help" />
          <Label htmlFor="member-send-mail">{t("members.sendMail")}</Label>
          <Paragraph data-size="sm" className="muted" id="member-send-mail-help">
            {t("members.sendMailHelp")}
          </Paragraph>
        </Field>
      ) : null}
      <div>
        <Button type="submit">{t("members.add")}</Button>
      </div>
    </Form>
  );
}

/** The set-password link, this once: to select and copy (a copy button once JavaScript runs). */
function PasswordLink({ link, days, min }: { link: { email: string; url: string }; days: number; min: number }) {
  const { t } = useTranslation("settings");
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  return (
    <div className="stack stack--tight password-link" role="group" aria-labelledby="password-link-title">
      <Heading level={4} data-size="xs" id="password-link-title">
        {t("members.link.title", { email: link.email })}
      </Heading>
      <Paragraph data-size="sm">{t("members.link.text", { email: link.email, days, min })}</Paragraph>
      <TextField id="password-link" name="link" label={t("members.link.label")} value={link.url} readOnly onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
      {hydrated ? (
        <div className="inline-row">
          <Button
            type="button"
            variant="secondary"
            data-size="sm"
            onClick={() => {
              void navigator.clipboard?.writeText(link.url).then(() => setCopied(true));
            }}
          >
            {t("members.link.copy")}
          </Button>
          <span role="status">{copied ? t("members.link.copied") : ""}</span>
        </div>
      ) : null}
    </div>
  );
}
