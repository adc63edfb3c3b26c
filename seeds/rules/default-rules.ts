// Seeded classification rules: a starting point the project group edits per municipality.
// Keywords in Swedish, Norwegian bokmål and nynorsk, and English; matched case- and
// diacritic-insensitively at the start of a word (see domain/tickets/classify.ts).
// "lagring" alone is left out: Swedish "storage" but Norwegian "saving" ("feil ved lagring").
// Order matters: specific before general ("fel hos leverantören" is a vendor ticket,
// "behörighetsstruktur" is permission work on line 2, not a line-1 grant).
import type { ClassificationRule } from "~/domain/tickets/classify";

export const DEFAULT_RULES: ClassificationRule[] = [
  {
    id: "password",
    order: 10,
    match: { field: "any", keywords: ["lösenord", "passord", "password", "pinkod", "pin-kod", "låst konto", "låst ute", "kontoen er låst", "locked out", "reset", "återställ", "tilbakestill", "bankid", "mfa", "tvåfaktor", "tofaktor"] },
    setType: "password",
    setLine: 1,
    label: { sv: "Lösenord och konton", nb: "Passord og kontoer", nn: "Passord og kontoar", en: "Passwords and accounts" },
  },
  {
    id: "login",
    order: 20,
    match: { field: "any", keywords: ["inloggning", "logga in", "innlogging", "logge inn", "logge på", "login", "log in", "sign in", "sso"] },
    setType: "password",
    setLine: 1,
    label: { sv: "Inloggning", nb: "Innlogging", nn: "Innlogging", en: "Sign-in" },
  },
  {
    id: "permission_structure",
    order: 30,
    match: { field: "any", keywords: ["behörighetsstruktur", "rollstruktur", "behörighetsmodell", "tilgangsstruktur", "tilgongsstruktur", "rollemodell", "permission structure", "role model"] },
    setType: "permission",
    setLine: 2,
    label: { sv: "Behörighetsstrukturer", nb: "Tilgangsstrukturer", nn: "Tilgongsstrukturar", en: "Permission structures" },
  },
  {
    id: "permission",
    order: 40,
    match: { field: "any", keywords: ["behörighet", "rättighet", "åtkomst", "tilgang", "tilgong", "rettighet", "permission", "access"] },
    setType: "permission",
    setLine: 1,
    label: { sv: "Behörigheter", nb: "Tilganger", nn: "Tilgongar", en: "Permissions" },
  },
  {
    id: "vendor",
    order: 50,
    match: { field: "any", keywords: ["leverantör", "leverandør", "vendor", "supplier", "tredjepart", "third party", "avtal med", "uppgradering", "oppgradering", "upgrade"] },
    setType: "vendor",
    setLine: 3,
    label: { sv: "Leverantörsärenden", nb: "Leverandørsaker", nn: "Leverandørsaker", en: "Vendor issues" },
  },
  {
    id: "infrastructure",
    order: 60,
    match: { field: "any", keywords: ["server", "nätverk", "nettverk", "network", "storage", "lagringsyta", "san-lagring", "brandvägg", "brannmur", "firewall", "arkitektur", "architecture", "integration", "integrasjon"] },
    setLine: 3,
    label: { sv: "Infrastruktur (tredje linjen)", nb: "Infrastruktur (tredje linje)", nn: "Infrastruktur (tredje line)", en: "Infrastructure (third line)" },
  },
  {
    id: "how_to",
    order: 70,
    match: { field: "any", keywords: ["hur gör jag", "hur gör man", "hur kan jag", "fråga om", "hvordan", "korleis", "how do i", "how to", "instruktion", "manual", "bruksanvisning", "rettleiing", "veiledning", "utbildning", "opplæring"] },
    setType: "how_to",
    setLine: 1,
    label: { sv: "Hur gör jag?", nb: "Hvordan gjør jeg?", nn: "Korleis gjer eg?", en: "How do I…?" },
  },
  {
    id: "change",
    order: 80,
    match: { field: "any", keywords: ["ändring", "ändra", "endring", "endre", "change", "beställning", "bestilling", "ny funktion", "ny funksjon", "new feature", "önskemål", "ønske"] },
    setType: "change",
    setLine: 2,
    label: { sv: "Ändringar och beställningar", nb: "Endringer og bestillinger", nn: "Endringar og bestillingar", en: "Changes and requests" },
  },
  {
    id: "fault",
    order: 90,
    match: { field: "any", keywords: ["fel", "feil", "error", "fault", "bug", "krasch", "krasj", "crash", "fungerar inte", "fungerer ikke", "fungerer ikkje", "not working", "störning", "driftstörning", "avbrott", "ominstallation", "installera om", "reinstall", "installere på nytt"] },
    setType: "fault",
    setLine: 2,
    label: { sv: "Fel och störningar", nb: "Feil og driftsavbrudd", nn: "Feil og driftsavbrot", en: "Faults and outages" },
  },
];
