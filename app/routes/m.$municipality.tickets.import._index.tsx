import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { Alert, Button, Field, Heading, Label, Paragraph } from "@digdir/designsystemet-react";
import { useTranslation } from "react-i18next";
import { requireMembership } from "~/services/auth.server";
import { i18next } from "~/i18n/i18next.server";
import { isTicketImportError } from "~/domain/tickets/errors";
import { PRESET_IDS, type PresetId } from "~/domain/tickets/presets";
import { TICKET_FIELDS, type TicketField } from "~/domain/tickets/types";
import { IMPORT_MODES, type ImportMode } from "~/domain/tickets/modes";
import { startImportJob } from "~/services/tickets/jobs.server";
import { checkHeaders, parseMapping } from "~/services/tickets/mapping.server";
import { discardUpload, maxUploadMb, parseUpload, uploadPath } from "~/services/tickets/upload.server";
import { RadioGroupField, SelectField, TextField } from "~/components/fields";
import { TicketMappingStep } from "~/components/ticket-mapping-step";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { municipality } = await requireMembership(request, params.municipality, "project");
  const t = await i18next.getFixedT(request, "tickets");
  return { title: t("import.title"), slug: municipality.slug, maxMb: maxUploadMb() };
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? ""} – Vägval` }];

type Problem = { code: string; params: Record<string, string | number> };
type Settings = { preset: string; mode: ImportMode; dateFormat: string };
type MappingStep = { uploadId: string; fileName: string; headers: string[]; columns: Partial<Record<TicketField, string>>; problem: Problem };

const text = (form: FormData, name: string, max = 200) => String(form.get(name) ?? "").trim().slice(0, max);

function settingsOf(form: FormData): Settings {
  const preset = text(form, "preset");
  const mode = text(form, "mode");
  return {
    preset: (PRESET_IDS as readonly string[]).includes(preset) ? preset : "auto",
    mode: (IMPORT_MODES as readonly string[]).includes(mode) ? (mode as ImportMode) : "all_or_nothing",
    dateFormat: text(form, "dateFormat", 40),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { municipality, user } = await requireMembership(request, params.municipality, "project");
  const municipalityId = municipality.id;
  const multipart = (request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data");
  const parsed = multipart ? await parseUpload(request, municipalityId) : { ok: true as const, form: await request.formData() };
  if (!parsed.ok) return data({ problem: { code: parsed.code, params: parsed.params } as Problem, settings: null, mapping: null }, { status: 413 });
  const form = parsed.form;
  const settings = settingsOf(form);
  const fail = (problem: Problem, status = 400, mapping: MappingStep | null = null) => data({ problem, settings, mapping }, { status });

  let file = "file" in parsed ? parsed.file : undefined;
  let mapping;
  let columns: Partial<Record<TicketField, string>> = {};
  if (!file) {
    // The mapping step: the file was uploaded before; the user named the columns.
    const uploadId = text(form, "uploadId", 80);
    const path = uploadPath(uploadId, municipalityId);
    if (!path) return fail({ code: uploadId ? "upload_gone" : "no_file", params: {} });
    file = { uploadId, path, fileName: text(form, "fileName", 255) || "upload.csv" };
    for (const field of TICKET_FIELDS) {
      const header = String(form.get(`column.${field}`) ?? "");
      if (header) columns[field] = header;
    }
    try {
      mapping = parseMapping({ columns, ...(settings.dateFormat ? { dateFormat: settings.dateFormat } : {}) });
    } catch (e) {
      const headers = (await checkHeaders(path, {}).catch(() => null))?.headers ?? [];
      const problem = { code: "mapping_incomplete", params: isTicketImportError(e) ? e.params : {} };
      return fail(problem, 400, { uploadId, fileName: file.fileName, headers, columns, problem });
    }
  }
  try {
    const preset = settings.preset === "auto" ? undefined : (settings.preset as PresetId);
    const check = await checkHeaders(file.path, { preset, mapping });
    if (!check.ok) {
      columns = mapping?.columns ?? {};
      return fail(check.problem, 400, { uploadId: file.uploadId, fileName: file.fileName, headers: check.headers, columns, problem: check.problem });
    }
    const id = await startImportJob({
      municipalityId, userId: user.id, path: file.path, fileName: file.fileName, preset, mapping,
      dateFormat: settings.dateFormat || undefined, mode: settings.mode, removeFile: true,
    });
    return redirect(`/m/${municipality.slug}/tickets/import/${id}`);
  } catch (e) {
    if (!isTicketImportError(e)) throw e;
    discardUpload(file.path);
    return fail({ code: e.code, params: e.params });
  }
}

export default function TicketImport() {
  const { slug, maxMb } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("tickets");
  const settings = result?.settings ?? { preset: "auto", mode: "all_or_nothing", dateFormat: "" };
  return (
    <div className="stack">
      <Heading level={2} data-size="lg">
        {t("import.title")}
      </Heading>
      <Paragraph className="narrow-text">{t("import.intro")}</Paragraph>
      {result?.problem ? (
        <Alert data-color="danger" role="alert">
          {t(`errors.${result.problem.code}`, result.problem.params)}
        </Alert>
      ) : null}
      {result?.mapping ? (
        <TicketMappingStep mapping={result.mapping} settings={settings} />
      ) : (
        <Form method="post" encType="multipart/form-data" className="stack narrow">
          <Field>
            <Label htmlFor="file">{t("import.file")}</Label>
            <Paragraph id="file-description" data-size="sm" className="field-description">
              {t("import.fileHelp", { max: maxMb })}
            </Paragraph>
            <input id="file" name="file" type="file" accept=".csv,.txt,text/csv,text/plain" required aria-describedby="file-description" />
          </Field>
          <SelectField
            id="preset"
            label={t("import.preset")}
            description={t("import.presetHelp")}
            defaultValue={settings.preset}
            options={[{ value: "auto", label: t("import.autoDetect") }, ...PRESET_IDS.map((p) => ({ value: p, label: t(`presets.${p}`) }))]}
          />
          <RadioGroupField
            id="mode"
            name="mode"
            legend={t("import.mode")}
            defaultValue={settings.mode}
            options={IMPORT_MODES.map((m) => ({ value: m, label: t(`import.modes.${m}`), description: t(`import.modeHelp.${m}`) }))}
          />
          <TextField id="dateFormat" name="dateFormat" label={t("import.dateFormat")} description={t("import.dateFormatHelp")} defaultValue={settings.dateFormat} />
          <div>
            <Button type="submit" disabled={navigation.state === "submitting"}>
              {t("import.submit")}
            </Button>
          </div>
        </Form>
      )}
      <Paragraph>
        <Link to={`/m/${slug}/tickets`}>{t("import.back")}</Link>
      </Paragraph>
    </div>
  );
}
