// How a ticket reached the desk, from the export's own words (sv, nb, nn, en and the tools'
// fixed values) to the CHANNELS identifiers. Unknown words become `other`, never an error:
// a channel name configured in one TOPdesk installation must not block an import.
import type { Channel } from "~/domain/ids";
import { CHANNELS } from "~/domain/ids";

const WORDS: Record<Exclude<Channel, "other">, string[]> = {
  phone: ["telefon", "phone", "telephone", "tel", "samtal", "telefonsamtal", "ring", "call", "voice", "växel", "sentralbord"],
  email: ["e-post", "epost", "e-mail", "email", "mail", "mejl", "mejla", "epost/mail"],
  portal: [
    "portal", "self-service", "selfservice", "självservice", "självbetjäning", "selvbetjening", "sjølvbetjening",
    "selvbetjeningsportal", "webb", "web", "webbformulär", "webskjema", "nettskjema", "form", "formulär",
    "helpdesk", "kundportal", "serviceportal", "tjänstekatalog",
  ],
  walk_in: ["besök", "besøk", "oppmøte", "walk-in", "walkin", "walk in", "direct", "direkt", "personligt", "personleg", "personlig", "disk", "skranke", "in person"],
  chat: ["chatt", "chat", "virtual agent", "chatbot", "teams", "sms", "meddelande", "melding", "twitter", "facebook", "whatsapp", "telegram"],
};

// `note`, `monitoring`, `event` etc. are created by staff or machines, not users: `other`.
const LOOKUP = new Map<string, Channel>();
for (const [channel, words] of Object.entries(WORDS) as [Channel, string[]][]) {
  for (const w of words) LOOKUP.set(key(w), channel);
}

function key(v: string): string {
  return v.normalize("NFC").trim().toLowerCase().replace(/[\s_]+/g, " ");
}

/**
 * The channel for an export value. `codes` are tool-specific numeric codes (GLPI request
 * types 1 Helpdesk → portal, 2 E-Mail → email, 3 Phone → phone, 4 Direct → walk_in,
 * 5 Written/6 Other → other), consulted first. Identifiers themselves (`walk_in`) map to themselves.
 */
export function mapChannel(value: string | undefined, codes?: Readonly<Record<string, Channel>>): Channel {
  if (!value) return "other";
  const v = key(value);
  const coded = codes?.[v];
  if (coded) return coded;
  if ((CHANNELS as readonly string[]).includes(v.replace(/ /g, "_"))) return v.replace(/ /g, "_") as Channel;
  const direct = LOOKUP.get(v) ?? LOOKUP.get(v.replace(/-/g, ""));
  if (direct) return direct;
  // Labels like "Telefon (växel)" or "Inkommande e-post": try each word.
  for (const word of v.split(/[^\p{L}\p{N}-]+/u)) {
    const hit = word && LOOKUP.get(word);
    if (hit) return hit;
  }
  return "other";
}
