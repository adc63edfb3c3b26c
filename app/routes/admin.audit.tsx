import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { Heading, Paragraph, Table } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { requireAdmin } from "~/services/auth.server";
import { listAudit } from "~/db/audit.server";
import { i18next } from "~/i18n/i18next.server";
import { formatDateTime } from "~/i18n/format";
import { isLocale, DEFAULT_LOCALE } from "~/domain/ids";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireAdmin(request);
  const t = await i18next.getFixedT(request);
  const lng = await i18next.getLocale(request);
  const locale = isLocale(lng) ? lng : DEFAULT_LOCALE;
  const rows = await listAudit({ limit: 500 });
  return {
    title: t("audit.title"),
    rows: rows.map((r) => ({ id: Number(r.id), at: formatDateTime(locale, new Date(r.at)), who: r.email ?? "–", action: String(r.action), target: r.target ?? "" })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export default function AuditLog() {
  const { rows } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Heading level={1} data-size="lg">
        {t("audit.title")}
      </Heading>
      <Paragraph>{t("audit.intro")}</Paragraph>
      {rows.length === 0 ? (
        <div className="stack">
          <Paragraph>{t("audit.empty")}</Paragraph>
          <Paragraph>
            <Link to="/">{t("audit.emptyNext")}</Link>
          </Paragraph>
        </div>
      ) : (
        <div className="table-wrap">
          <Table zebra>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t("audit.when")}</Table.HeaderCell>
                <Table.HeaderCell>{t("audit.who")}</Table.HeaderCell>
                <Table.HeaderCell>{t("audit.action")}</Table.HeaderCell>
                <Table.HeaderCell>{t("audit.target")}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((r) => (
                <Table.Row key={r.id}>
                  <Table.Cell>{r.at}</Table.Cell>
                  <Table.Cell>{r.who}</Table.Cell>
                  <Table.Cell>{r.action}</Table.Cell>
                  <Table.Cell>{r.target}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </div>
  );
}
