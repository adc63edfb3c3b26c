import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { requireMembership } from "~/services/auth.server";
import { listDepartments, listSystems } from "~/db/organisation.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality);
  const [departments, systems] = await Promise.all([
    listDepartments({ municipalityId: municipality.id }),
    listSystems({ municipalityId: municipality.id }),
  ]);
  return { name: municipality.name, departments, systems };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.name ?? ""} – Vägval` }];

export default function MunicipalityOverview() {
  const { departments, systems } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  const singlePerson = systems.filter((s) => s.administrators <= 1).length;
  return (
    <div className="stack">
      <section aria-labelledby="departments" className="stack">
        <Heading level={2} data-size="md" id="departments">
          {t("municipality.departments")}
        </Heading>
        <ul>
          {departments.map((d) => (
            <li key={d.id}>{d.name}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="systems" className="stack">
        <Heading level={2} data-size="md" id="systems">
          {t("municipality.systems")}
        </Heading>
        {systems.length === 0 ? (
          <Paragraph>{t("municipality.noSystems")}</Paragraph>
        ) : (
          <>
            <Paragraph>
              {t("municipality.countSystems", { count: systems.length })}. {t("municipality.busFactorOne", { count: singlePerson })}
            </Paragraph>
            <div className="table-wrap">
              <Table zebra>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell>{t("municipality.system")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("municipality.vendor")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("municipality.department")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("municipality.area")}</Table.HeaderCell>
                    <Table.HeaderCell>{t("municipality.administrators")}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {systems.map((s) => (
                    <Table.Row key={s.id}>
                      <Table.Cell>{s.name}</Table.Cell>
                      <Table.Cell>{s.vendor}</Table.Cell>
                      <Table.Cell>{s.department}</Table.Cell>
                      <Table.Cell>{s.area ? t(`areas.${s.area}`) : null}</Table.Cell>
                      <Table.Cell>{s.administrators}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </>
        )}
      </section>
    </div>
  );
}
