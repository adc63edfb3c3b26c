// The dashboard filter: a plain GET form, so it works without JavaScript and the address
// holds the view (share it, reload it). Ticket filters and one survey-answer filter.
import { Button, Fieldset, Label } from "@digdir/designsystemet-react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardFilter } from "~/domain/charts/filters";
import { answerValue } from "~/domain/charts/filters";
import { BUSINESS_AREAS } from "~/domain/ids";

export type FilterOptions = {
  departments: string[];
  systems: string[];
  answers: Array<{ code: string; text: string; options: Array<{ value: string; label: string }> }>;
};

export function DashboardFilters({ filter, options, action }: { filter: DashboardFilter; options: FilterOptions; action: string }) {
  const { t } = useTranslation("dashboard");
  const [answerCode, answer] = Object.entries(filter.answers)[0] ?? [];
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
          {options.answers.length > 0 ? (
            <Select id="answer" label={t("filters.answer")} value={answerCode && answer ? answerValue(answerCode, answer) : undefined}>
              {options.answers.map((q) => (
                <optgroup key={q.code} label={q.text}>
                  {q.options.map((o) => (
                    <option key={o.value} value={answerValue(q.code, o.value)}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </Select>
          ) : null}
        </div>
        <div className="dashboard-filters__actions">
          <Button type="submit">{t("filters.apply")}</Button>
          <a href={action}>{t("filters.reset")}</a>
        </div>
      </Fieldset>
    </Form>
  );
}

function Select({ id, label, value, children }: { id: string; label: string; value?: string; children: ReactNode }) {
  const { t } = useTranslation("dashboard");
  return (
    <div className="ds-field dashboard-filters__field">
      <Label htmlFor={`filter-${id}`} weight="regular">
        {label}
      </Label>
      <select id={`filter-${id}`} name={id} className="ds-input" defaultValue={value ?? ""}>
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
