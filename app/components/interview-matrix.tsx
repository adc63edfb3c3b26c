import { Table } from "@digdir/designsystemet-react";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { CRITERIA, SUPPORT_MODELS, type Criterion, type SupportModel } from "~/domain/ids";

// The coding matrix as a real table: criteria in rows, support models in columns, "pro / con"
// in each cell. A cell with quotes links to them (?model=…&criterion=…), keeping the role filter.

export type MatrixCounts = Record<SupportModel, Record<Criterion, { pro: number; con: number; neutral: number }>>;

export function InterviewMatrix(props: { counts: MatrixCounts; role?: string; selected?: { model: string; criterion: string } }) {
  const { t } = useTranslation("interviews");
  const { counts, role, selected } = props;
  const href = (model: SupportModel, criterion: Criterion) => {
    const q = new URLSearchParams();
    if (role) q.set("role", role);
    q.set("model", model);
    q.set("criterion", criterion);
    return `?${q.toString()}#quotes`;
  };
  return (
    <div className="table-wrap">
      <Table border>
        <caption>{t("matrix.caption")}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t("matrix.criterion")}</Table.HeaderCell>
            {SUPPORT_MODELS.map((m) => (
              <Table.HeaderCell key={m} scope="col">
                {t(`codebook.models.${m}`)}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {CRITERIA.map((c) => (
            <Table.Row key={c}>
              <Table.HeaderCell scope="row">{t(`codebook.criteria.${c}`)}</Table.HeaderCell>
              {SUPPORT_MODELS.map((m) => {
                const cell = counts[m][c];
                const label = t("matrix.cellLabel", { pro: cell.pro, con: cell.con });
                const current = selected?.model === m && selected.criterion === c;
                return (
                  <Table.Cell key={m} className="matrix-cell">
                    {cell.pro + cell.con + cell.neutral > 0 ? (
                      <Link to={href(m, c)} aria-current={current ? "true" : undefined} className={current ? "is-current" : undefined} preventScrollReset>
                        <span aria-hidden="true">{`${cell.pro} / ${cell.con}`}</span>
                        <span className="visually-hidden">{label}</span>
                      </Link>
                    ) : (
                      <>
                        <span aria-hidden="true" className="muted">
                          {"–"}
                        </span>
                        <span className="visually-hidden">{label}</span>
                      </>
                    )}
                  </Table.Cell>
                );
              })}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
