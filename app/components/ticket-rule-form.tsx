import { Button, Heading } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { SelectField, TextAreaField, TextField } from "~/components/fields";
import { SUPPORT_LINES, TICKET_TYPES } from "~/domain/ids";
import { RULE_FIELDS } from "~/domain/tickets/classify";

export type RuleFormErrors = Partial<Record<"field" | "keywords" | "setType" | "setLine" | "order", string>>;

/** Add a rule, or change the one being edited (rowId set). Works without JavaScript. */
export function TicketRuleForm({ rule, errors }: { rule?: Record<string, string | undefined>; errors?: RuleFormErrors }) {
  const { t } = useTranslation("tickets");
  const editing = Boolean(rule?.rowId);
  const err = (k: keyof RuleFormErrors) => (errors?.[k] ? t(errors[k]!) : undefined);
  return (
    <Form method="post" className="stack narrow" id="rule-form" aria-labelledby="rule-form-title">
      <Heading level={3} data-size="sm" id="rule-form-title">
        {editing ? t("rules.editTitle") : t("rules.addTitle")}
      </Heading>
      <input type="hidden" name="intent" value="save" />
      {editing ? <input type="hidden" name="rowId" value={rule?.rowId} /> : null}
      <SelectField id="field" label={t("rules.field")} defaultValue={rule?.field ?? "any"} error={err("field")} options={RULE_FIELDS.map((f) => ({ value: f, label: t(`rules.fields.${f}`) }))} />
      <TextAreaField id="keywords" label={t("rules.keywords")} description={t("rules.keywordsHelp")} defaultValue={rule?.keywords ?? ""} error={err("keywords")} rows={3} />
      <SelectField
        id="setType"
        label={t("rules.setType")}
        defaultValue={rule?.setType ?? ""}
        error={err("setType")}
        options={[{ value: "", label: t("rules.keep") }, ...TICKET_TYPES.map((x) => ({ value: x, label: t(`types.${x}`) }))]}
      />
      <SelectField
        id="setLine"
        label={t("rules.setLine")}
        defaultValue={rule?.setLine ?? ""}
        error={err("setLine")}
        options={[{ value: "", label: t("rules.keep") }, ...SUPPORT_LINES.map((l) => ({ value: String(l), label: t(`lines.${l}`) }))]}
      />
      <TextField id="order" label={t("rules.order")} description={t("rules.orderHelp")} inputMode="numeric" defaultValue={rule?.order ?? "100"} error={err("order")} />
      <div>
        <Button type="submit">{editing ? t("rules.saveEdit") : t("rules.add")}</Button>
      </div>
    </Form>
  );
}
