// A municipality's settings, for installation admins only: its name, default language and
// region, and who has access. A person without an account gets one without a password and a
// personal set-password link, shown once or, when SMTP is configured and the admin wants,
// e-mailed to them in the municipality's default language; a removed membership can be put
// back right after (docs/decisions/050-undo.md). Plain forms: everything works without JavaScript.
import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { formatDate } from "~/i18n/format";
import { fieldErrors, postedId, typedValues, unlessNotFound } from "~/services/forms.server";
import { requestLocale } from "~/services/surveys/route-helpers.server";
import { passwordLoginEnabled } from "~/services/oidc.server";
import { PASSWORD_LINK_DAYS, passwordLinkUrl } from "~/services/password-links.server";
import { MIN_PASSWORD_LENGTH } from "~/services/users.server";
import { undoIdFrom } from "~/services/undo.server";
import {
  addMember,
  changeMemberRole,
  memberSchema,
  removeMember,
  renewPasswordLink,
  roleSchema,
  saveSettings,
  settingsPage,
  settingsSchema,
  undoRemoveMember,
  type MemberOutcome,
} from "~/services/municipality-settings.server";
import { mailConfigured } from "~/services/mail/transport.server";
import { getEnv } from "~/utils/env.server";
import { MunicipalitySettingsSection } from "~/components/municipality-settings-form";
import { MembersSection, type SettingsResult } from "~/components/municipality-members";
import { SectionLinks } from "~/components/section-links";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality, "admin");
  const t = await i18next.getFixedT(request, "settings");
  const locale = await requestLocale(request);
  const page = await settingsPage(municipality);
  return {
    title: t("title"),
    municipality: { slug: municipality.slug, name: municipality.name, defaultLocale: municipality.defaultLocale, region: municipality.regionSlug ?? "" },
    regions: page.regions,
    admins: page.admins,
    members: page.members.map((m) => ({ ...m, sinceText: m.since ? formatDate(locale, m.since) : null })),
    linkDays: PASSWORD_LINK_DAYS,
    minPassword: MIN_PASSWORD_LENGTH,
    canMail: canMailLinks(),
  };
}

/** Set-password links can be e-mailed: there are links (password sign-in) and SMTP is configured. */
const canMailLinks = () => passwordLoginEnabled() && mailConfigured();

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

/** The personal link as the person opens it: the app's public address when set, else the one the admin used. */
const linkFor = (request: Request, token: string) => passwordLinkUrl(getEnv().APP_URL ?? new URL(request.url).origin, token);

/** A member-change's answer: not a member (any more) → 404, a refusal with its error, or what was done. */
function answer<T>(intent: string, outcome: MemberOutcome<T>, done: (o: T) => SettingsResult) {
  const o = unlessNotFound(outcome);
  if (o.ok) return data<SettingsResult>(done(o as T));
  return data<SettingsResult>({ intent, errors: o.errors, at: Date.now() }, { status: 400 });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipality, user } = await requireMembership(request, params.municipality, "admin");
  const actor = { municipalityId: municipality.id, userId: user.id };
  const form = await request.formData();
  const intent = String(form.get("intent") ?? "");
  const values = typedValues(form);
  const at = Date.now();
  const invalid = (errors: Record<string, string>) => data<SettingsResult>({ intent, errors, values, at }, { status: 400 });
  // The admin asked for the link by e-mail (a checkbox, or the row's e-mail button), and it can be sent.
  const mailIn = form.get("sendMail") === "on" && canMailLinks() ? municipality.defaultLocale : undefined;

  switch (intent) {
    case "settings.save": {
      const parsed = settingsSchema.safeParse(values);
      if (!parsed.success) return invalid(fieldErrors(parsed.error));
      const saved = await saveSettings(actor, municipality, parsed.data);
      if (!saved.ok) return invalid(saved.errors);
      return data<SettingsResult>({ intent, done: { key: saved.changed.length ? "municipality.saved" : "municipality.unchanged", params: {} }, at });
    }
    case "member.add": {
      const parsed = memberSchema.safeParse(values);
      if (!parsed.success) return invalid(fieldErrors(parsed.error));
      const withLink = passwordLoginEnabled();
      const added = await addMember(actor, parsed.data, { withLink, mailIn });
      if (!added.ok) return invalid(added.errors);
      const key = !added.created ? "members.done.addedExisting" : added.mailed ? "members.done.addedNewMailed" : added.token ? "members.done.addedNew" : "members.done.addedNewSso";
      const link = added.token ? { email: added.email, url: linkFor(request, added.token) } : undefined;
      const params = { email: added.email, role: added.role, ...(added.mailed ? { days: PASSWORD_LINK_DAYS } : {}) };
      return data<SettingsResult>({ intent, done: { key, params }, link, at });
    }
    case "member.role": {
      const userId = postedId(form, "userId");
      const parsed = roleSchema.safeParse(values);
      if (!parsed.success) return invalid(fieldErrors(parsed.error));
      const role = parsed.data.role;
      return answer(intent, await changeMemberRole(actor, { userId, role }), (o) => ({
        intent,
        done: { key: o.changed ? "members.done.roleChanged" : "members.done.roleUnchanged", params: { email: o.email, role } },
        at,
      }));
    }
    case "member.link":
      return answer(intent, await renewPasswordLink(actor, { userId: postedId(form, "userId"), mailIn }), (o) => ({
        intent,
        done: { key: o.mailed ? "members.done.linkMailed" : "members.done.linkRenewed", params: { email: o.email, ...(o.mailed ? { days: PASSWORD_LINK_DAYS } : {}) } },
        link: o.token ? { email: o.email, url: linkFor(request, o.token) } : undefined,
        at,
      }));
    case "member.remove":
      return answer(intent, await removeMember(actor, { userId: postedId(form, "userId") }), (o) => ({ intent, done: { key: "members.done.removed", params: { email: o.email } }, undoId: o.undoId, at }));
    case "member.undo": {
      const { outcome, payload } = await undoRemoveMember(actor, undoIdFrom(form));
      const email = payload?.email ?? "";
      return data<SettingsResult>({ intent, undone: outcome, done: { key: outcome === "conflict" ? "members.done.conflict" : "members.done.restored", params: { email } }, at });
    }
    default:
      throw new Response("Bad request", { status: 400 });
  }
}

export default function MunicipalitySettings() {
  const d = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as SettingsResult | undefined;
  const { t } = useTranslation("settings");
  const action = `/m/${d.municipality.slug}/settings`;
  return (
    <div className="stack">
      <Heading level={2} data-size="lg">
        {d.title}
      </Heading>
      <Paragraph className="narrow-text">{t("intro")}</Paragraph>
      <SectionLinks
        label={t("sections")}
        links={[
          { href: "#municipality", text: t("municipality.title") },
          { href: "#members", text: t("members.title") },
        ]}
      />
      <MunicipalitySettingsSection action={action} municipality={d.municipality} regions={d.regions} result={result?.intent === "settings.save" ? result : undefined} />
      <MembersSection
        action={action}
        municipalityName={d.municipality.name}
        members={d.members}
        admins={d.admins}
        linkDays={d.linkDays}
        minPassword={d.minPassword}
        canMail={d.canMail}
        result={result?.intent.startsWith("member.") ? result : undefined}
      />
    </div>
  );
}
