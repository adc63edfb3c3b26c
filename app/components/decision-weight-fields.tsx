import { Fieldset, Label, ValidationMessage } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { CRITERION_PAIRS, PAIR_CODES, pairField, pointsField, rankField, type PairCode } from "~/domain/decision";
import { CRITERIA, type Criterion } from "~/domain/ids";
import { TextField } from "./fields";

// The inputs of the three weight forms. Plain inputs and selects with explicit labels, so
// they work without JavaScript; names follow ~/domain/decision/weight-input.
type Props = { values: Record<string, string>; errors: Record<string, string> };

export function PointsFields({ values, errors }: Props) {
  const { t } = useTranslation("decision");
  return (
    <div className="stack">
      {CRITERIA.map((c) => {
        const name = pointsField(c);
        return (
          <TextField
            key={c}
            id={name}
            type="number"
            inputMode="numeric"
            min={0}
            max={100}
            step="any"
            label={t(`criteria.${c}.label`)}
            description={t(`criteria.${c}.definition`)}
            defaultValue={values[name] ?? ""}
            error={errors[name] ? t(`errors.${errors[name]}`) : undefined}
            className="input-narrow"
          />
        );
      })}
    </div>
  );
}

function SelectField({ id, label, value, error, options }: { id: string; label: string; value: string; error?: string; options: { value: string; label: string }[] }) {
  return (
    <div className="ds-field weight-select-field">
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
      {error ? <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage> : null}
      <select id={id} name={id} className="ds-input" defaultValue={value} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function PairwiseFields({ values, errors }: Props) {
  const { t } = useTranslation("decision");
  const label = (c: Criterion) => t(`criteria.${c}.label`);
  const options = (a: Criterion, b: Criterion) =>
    PAIR_CODES.map((code: PairCode) => ({
      value: code,
      label: code === "1" ? t("weightsPage.pairEqual") : t("weightsPage.pairOption", { criterion: label(code.startsWith("a") ? a : b), value: code.slice(1) }),
    }));
  return (
    <div className="stack">
      {CRITERIA.slice(0, -1).map((a) => (
        <Fieldset key={a}>
          <Fieldset.Legend>{label(a)}</Fieldset.Legend>
          <div className="weight-grid">
            {CRITERION_PAIRS.filter(([x]) => x === a).map(([, b]) => {
              const name = pairField(a, b);
              return (
                <SelectField
                  key={name}
                  id={name}
                  label={t("weightsPage.pairCompare", { a: label(a), b: label(b) })}
                  value={values[name] ?? "1"}
                  error={errors[name] ? t(`errors.${errors[name]}`) : undefined}
                  options={options(a, b)}
                />
              );
            })}
          </div>
        </Fieldset>
      ))}
    </div>
  );
}

export function RankFields({ values, errors }: Props) {
  const { t } = useTranslation("decision");
  const options = [{ value: "", label: t("weightsPage.rankEmpty") }, ...CRITERIA.map((_, i) => ({ value: String(i + 1), label: String(i + 1) }))];
  return (
    <div className="weight-grid">
      {CRITERIA.map((c) => {
        const name = rankField(c);
        return (
          <SelectField
            key={c}
            id={name}
            label={t("weightsPage.rankFor", { criterion: t(`criteria.${c}.label`) })}
            value={values[name] ?? ""}
            error={errors[name] ? t(`errors.${errors[name]}`) : undefined}
            options={options}
          />
        );
      })}
    </div>
  );
}

export type WeightCheckData = { total?: number; cr?: number; worstPair?: { a: Criterion; b: Criterion; given: number; suggested: number } };

const saaty = (x: number) => (x >= 1 ? String(Math.round(x)) : `1/${Math.round(1 / x)}`);

/** Says when the points do not add up to 100, and when pairwise answers are inconsistent. */
export function WeightCheck({ check, live }: { check: WeightCheckData; live?: boolean }) {
  const { t } = useTranslation("decision");
  const messages: { text: string; warn: boolean }[] = [];
  if (check.total !== undefined) {
    const total = Math.round(check.total * 10) / 10;
    messages.push(Math.abs(total - 100) < 1e-9 ? { text: t("weightsPage.pointsTotal", { total }), warn: false } : { text: t("weights.pointsIncomplete", { total }), warn: true });
  }
  if (check.cr !== undefined) {
    messages.push({ text: t("weightsPage.consistency", { cr: check.cr }), warn: false });
    if (check.worstPair) {
      const { a, b, given, suggested } = check.worstPair;
      messages.push({ text: t("weights.inconsistent", { cr: check.cr, a: t(`criteria.${a}.label`), b: t(`criteria.${b}.label`), given: saaty(given), suggested: saaty(suggested) }), warn: true });
    }
  }
  if (messages.length === 0) return null;
  return (
    <div className="stack" aria-live={live ? "polite" : undefined} data-testid={live ? "live-check" : "weight-check"}>
      {messages.map((m) => (
        <p key={m.text} className={m.warn ? "ds-paragraph weight-warning" : "ds-paragraph muted"}>
          {m.text}
        </p>
      ))}
    </div>
  );
}
