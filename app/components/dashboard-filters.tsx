// The dashboard filter: a plain GET form, so it works without JavaScript and the address
// holds the whole view (share it, reload it). Every filter combines with the others: ticket
// filters, one answer per survey question, and the interviewee's role.
import { Button, Fieldset, Label } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardFilter } from "~/domain/charts/filters";
import { answerValue } from "~/domain/charts/filters";
import { BUSINESS_AREAS, INTERVIEW_ROLES } from "~/domain/ids";

export type FilterOptions = {
  departments: string[];
  systems: string[];
  answers: Array<{ code: string; text: string; options: Array<{ value: string; label: string }> }>;
};

export function DashboardFilters({ filter, options, action }: { filter: DashboardFilter; options: FilterOptions; action: string }) {
  const { t } = useTranslation(["dashboard", "interviews"]);
  return (
    <Form method="get" action={action} className="dashboard-filters no-print" aria-labelledby="dashboard-filters-legend">
      <Fieldset>
        <Fieldset.Legend id="dashboard-filters-legend">{t("filters.legend")}</Fieldset.Legend>
        <div className="dashboard-filters__grid">
          <Select id="department" label={t("filters.department")} value={filter.department}>
            {options.departments.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </Select>
          <Select id="area" label={t("filters.area")} value={filter.area}>
            {BUSINESS_AREAS.map((a) => (
              <option key={a} value={a}>
                {t(`common:areas.${a}`)}
              </option>
            ))}
          </Select>
          <Select id="system" label={t("filters.system")} value={filter.system}>
            {options.systems.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
          <DateField id="from" label={t("filters.from")} value={filter.from} />
          <DateField id="to" label={t("filters.to")} value={filter.to} />
          <Select id="role" label={t("filters.role")} value={filter.role}>
            {INTERVIEW_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`interviews:roles.${r}`)}
              </option>
            ))}
          </Select>
        </div>
        {options.answers.length > 0 ? (
          <Fieldset className="dashboard-filters__answers">
            <Fieldset.Legend>{t("filters.answer")}</Fieldset.Legend>
            <div className="dashboard-filters__grid">
              {options.answers.map((q) => {
                const chosen = filter.answers[q.code];
                return (
                  <Select key={q.code} id={`answer-${q.code}`} name="answer" label={q.text} value={chosen ? answerValue(q.code, chosen) : undefined}>
                    {q.options.map((o) => (
                      <option key={o.value} value={answerValue(q.code, o.value)}>
                        {o.label}
                      </option>
                    ))}
                  </Select>
                );
              })}
            </div>
          </Fieldset>
        ) : null}
        <div className="dashboard-filters__actions">
          <Button type="submit">{t("filters.apply")}</Button>
          <a href={action}>{t("filters.reset")}</a>
        </div>
      </Fieldset>
    </Form>
  );
}

function Select({ id, name, label, value, children }: { id: string; name?: string; label: string; value?: string; children: ReactNode }) {
  const { t } = useTranslation("dashboard");
  return (
    <div className="ds-field dashboard-filters__field">
      <Label htmlFor={`filter-${id}`} weight="regular">
        {label}
      </Label>
      <select id={`filter-${id}`} name={name ?? id} className="ds-input" defaultValue={value ?? ""}>
        <option value="">{t("filters.any")}</option>
        {children}
      </select>
    </div>
  );
}

function DateField({ id, label, value }: { id: string; label: string; value?: string }) {
  return (
    <div className="ds-field dashboard-filters__field">
      <Label htmlFor={`filter-${id}`} weight="regular">
        {label}
      </Label>
      <input id={`filter-${id}`} name={id} type="date" className="ds-input" defaultValue={value ?? ""} />
    </div>
  );
}
