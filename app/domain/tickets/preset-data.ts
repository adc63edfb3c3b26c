// Header names each service-desk export uses, per canonical field, in priority order
// (earlier alias wins when both are present, e.g. resolved_at before closed_at, because
// resolution time is what the pre-study's "speed" criteria are about). Sources: FORMATS.md
// (tools' API/exporter field names); the Swedish/Norwegian UI labels are installation
// dependent and weakly sourced, which is why a mapping file can always override a preset.
import type { Channel } from "~/domain/ids";
import type { TicketField } from "./types";

export const PRESET_IDS = ["topdesk", "servicenow", "jira", "glpi", "zammad", "generic"] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export interface Preset {
  id: PresetId;
  aliases: Partial<Record<TicketField, readonly string[]>>;
  /** Used only when no alias of the field matched: these columns are added up (TOPdesk minutes). */
  summed?: Partial<Record<TicketField, readonly string[]>>;
  /** Numeric channel codes that only mean something in this tool (GLPI request types). */
  channelCodes?: Readonly<Record<string, Channel>>;
}

const topdesk: Preset = {
  id: "topdesk",
  aliases: {
    id: ["number", "Anmälningsnummer", "Anmälningsnr", "Meldingsnummer", "Call number"],
    opened_at: ["callDate", "Anmälningsdatum", "Meldingsdato", "Call date", "creationDate"],
    closed_at: ["completedDate", "Färdigdatum", "Slutförd datum", "Ferdigdato", "closedDate", "Avslutsdatum", "Avslutad datum", "Lukket dato", "Avsluttet dato"],
    channel: ["entryType", "Anmälningssätt", "Meldingsmåte", "Innmeldingsmåte", "Entry type"],
    type: ["callType", "Anmälningstyp", "Meldingstype", "Call type"],
    category: ["category", "Kategori"],
    subcategory: ["subcategory", "Underkategori"],
    system: ["object", "Objekt", "asset"],
    department: ["department", "Avdelning", "branch", "Filial", "Anmälares filial"],
    line: ["status", "Status"],
    assignee: ["operatorGroup", "Operatörsgrupp", "Operatørgruppe", "operator", "Operatör"],
    minutes: ["timeSpent", "Tidsåtgång", "Tidsforbruk", "Time spent"],
    text: ["briefDescription", "Kort beskrivning", "Kort beskrivelse", "request", "Begäran"],
  },
  summed: { minutes: ["timeSpentFirstLine", "timeSpentSecondLineAndPartials"] },
};

const servicenow: Preset = {
  id: "servicenow",
  aliases: {
    id: ["number", "Number"],
    opened_at: ["opened_at", "Opened"],
    closed_at: ["resolved_at", "Resolved", "closed_at", "Closed"],
    channel: ["contact_type", "Contact type", "Channel"],
    category: ["category", "Category"],
    subcategory: ["subcategory", "Subcategory"],
    system: ["cmdb_ci", "Configuration item", "business_service", "Service"],
    assignee: ["assignment_group", "Assignment group", "assigned_to", "Assigned to"],
    reassignment_count: ["reassignment_count", "Reassignment count"],
    reopen_count: ["reopen_count", "Reopen count"],
    minutes: ["time_worked", "Time worked"],
    text: ["short_description", "Short description"],
  },
};

const jira: Preset = {
  id: "jira",
  aliases: {
    id: ["Issue key", "Key"],
    opened_at: ["Created"],
    closed_at: ["Resolved"],
    channel: ["Custom field (Source)", "Source"],
    category: ["Custom field (Request Type)", "Request Type"],
    type: ["Issue Type"],
    system: ["Custom field (System)"],
    assignee: ["Assignee"],
    text: ["Summary", "Labels", "Components"],
  },
};

const glpi: Preset = {
  id: "glpi",
  aliases: {
    id: ["ID"],
    opened_at: ["Opening date", "Öppningsdatum", "Åpningsdato", "Date d'ouverture"],
    closed_at: ["Resolution date", "Closing date", "Lösningsdatum", "Stängningsdatum", "Løsningsdato", "Lukkedato"],
    channel: ["Request source", "Request type", "Förfrågningskälla", "Förfrågningstyp", "Forespørselskilde", "Requesttypes_id"],
    category: ["Category", "Kategori"],
    assignee: ["Assigned to - Technician", "Assigned to - Group", "Tilldelad till", "Tildelt til"],
    text: ["Title", "Titel", "Tittel"],
  },
  channelCodes: { "1": "portal", "2": "email", "3": "phone", "4": "walk_in", "5": "other", "6": "other" },
};

const zammad: Preset = {
  id: "zammad",
  aliases: {
    id: ["#", "Number"],
    opened_at: ["Created At"],
    closed_at: ["Closed At"],
    first_response_at: ["First Response At"],
    channel: ["Create Channel"],
    assignee: ["Group", "Owner"],
    department: ["Organization"],
    text: ["Title", "Tags"],
  },
};

const generic: Preset = {
  id: "generic",
  aliases: {
    id: ["id", "ticket", "ticket id", "ticketnummer", "ärendenummer", "ärende", "ärendeid", "saksnummer", "saksnr", "sak", "nummer", "number", "key"],
    opened_at: ["opened_at", "opened", "created", "created at", "skapad", "registrerad", "inkom", "opprettet", "registrert", "oppretta", "datum", "dato", "date"],
    closed_at: ["closed_at", "resolved", "closed", "löst", "stängd", "avslutad", "løst", "lukket", "avsluttet"],
    first_response_at: ["first_response_at", "first response", "första svar", "første svar", "fyrste svar"],
    channel: ["channel", "kanal", "source", "källa", "kilde"],
    category: ["category", "kategori"],
    subcategory: ["subcategory", "underkategori"],
    system: ["system", "verksamhetssystem", "fagsystem", "application", "applikation", "applikasjon"],
    area: ["area", "business area", "verksamhetsområde", "område", "tjenesteområde", "tenesteområde", "verksemdsområde"],
    department: ["department", "förvaltning", "avdelning", "forvaltning", "sektor"],
    line: ["line", "linje", "support line", "supportlinje", "level", "nivå", "tier"],
    type: ["type", "ticket type", "ärendetyp", "sakstype", "typ"],
    minutes: ["minutes", "minuter", "minutter", "time spent", "tidsåtgång", "tidsbruk", "tidsforbruk"],
    text: ["text", "title", "summary", "description", "rubrik", "beskrivning", "tittel", "beskrivelse", "emne"],
    reassignment_count: ["reassignment_count", "reassignments", "omfördelningar", "omfordelinger"],
    reopen_count: ["reopen_count", "reopens", "återöppningar", "gjenåpninger"],
    assignee: ["assignee", "handläggare", "saksbehandler", "group", "grupp", "gruppe"],
  },
};

export const PRESETS: Readonly<Record<PresetId, Preset>> = { topdesk, servicenow, jira, glpi, zammad, generic };
