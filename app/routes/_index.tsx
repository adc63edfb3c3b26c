import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link as RemixLink, useLoaderData } from "@remix-run/react";
import { LinkButton } from "~/components/link-button";
import { Alert, Card, Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { getOptionalUser } from "~/services/auth.server";
import { listMunicipalities } from "~/db/municipalities.server";
import { i18next } from "~/i18n/i18next.server";
import { listUserRegions } from "~/services/region-access.server";
import { RegionLinks } from "~/components/region-links";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  const t = await i18next.getFixedT(request);
  const municipalities = user ? await listMunicipalities({ userId: user.id, isAdmin: user.isAdmin }) : [];
  const regions = user ? (await listUserRegions({ userId: user.id, isAdmin: user.isAdmin })).map((r) => ({ slug: r.slug, name: r.name })) : [];
  return { title: t("home.title"), signedIn: Boolean(user), email: user?.email ?? "", isAdmin: user?.isAdmin ?? false, municipalities, regions };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

export default function Index() {
  const { signedIn, email, isAdmin, municipalities, regions } = useLoaderData<typeof loader>();
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Heading level={1} data-size="xl">
        {t("home.title")}
      </Heading>
      <Paragraph>{t("home.intro")}</Paragraph>
      {!signedIn ? (
        <Alert data-color="info">
          <Paragraph>
            <RemixLink to="/login">{t("home.signInPrompt")}</RemixLink>
          </Paragraph>
        </Alert>
      ) : municipalities.length === 0 ? (
        isAdmin ? (
          <FirstRun />
        ) : (
          <Alert data-color="info">
            <Heading level={2} data-size="xs">
              {t("home.emptyHeading")}
            </Heading>
            <Paragraph>{t("home.emptyEmail", { email })}</Paragraph>
            <Paragraph>
              <RemixLink to="/help">{t("home.helpLink")}</RemixLink>
            </Paragraph>
          </Alert>
        )
      ) : (
        <section aria-labelledby="your-municipalities" className="stack">
          <Heading level={2} data-size="md" id="your-municipalities">
            {t("home.yourMunicipalities")}
          </Heading>
          <ul className="cards">
            {municipalities.map((m) => (
              <li key={m.slug}>
                <Card data-color="neutral">
                  <Heading level={3} data-size="sm">
                    <RemixLink to={`/m/${m.slug}`}>{m.name}</RemixLink>
                  </Heading>
                  <Paragraph data-size="sm">
                    {t(`countries.${m.country}`)}
                    {m.regionName ? ` · ${m.regionName}` : null}
                  </Paragraph>
                </Card>
              </li>
            ))}
          </ul>
          {isAdmin ? (
            <div>
              <LinkButton to="/admin/municipalities/new" variant="secondary">
                {t("home.addMunicipality")}
              </LinkButton>
            </div>
          ) : null}
        </section>
      )}
      <RegionLinks regions={regions} />
    </div>
  );
}

/** An administrator's first visit: what the pre-study takes, and the button that starts it. */
function FirstRun() {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="first-run" className="stack first-run">
      <Heading level={2} data-size="md" id="first-run">
        {t("home.firstRunHeading")}
      </Heading>
      <Paragraph>{t("home.firstRunIntro")}</Paragraph>
      <ol>
        {(["create", "plan", "collect", "decide"] as const).map((step) => (
          <li key={step}>{t(`home.firstRunSteps.${step}`)}</li>
        ))}
      </ol>
      <div className="form-actions">
        <LinkButton to="/admin/municipalities/new">{t("home.firstRunButton")}</LinkButton>
        <RemixLink to="/help">{t("home.helpLink")}</RemixLink>
      </div>
    </section>
  );
}
