import { DEFAULT_RULES } from "../../../seeds/rules/default-rules";
import { LOCALES } from "~/domain/ids";
import { classify, ruleHits, type ClassificationRule } from "~/domain/tickets/classify";
import type { Ticket } from "~/domain/tickets/types";

const t = (over: Partial<Ticket>): Ticket => ({ externalId: "1", openedAt: "2024-03-05T08:00:00Z", channel: "phone", ...over });

const rules: ClassificationRule[] = [
  { id: "vendor-line", order: 5, match: { field: "text", keywords: ["leverantör"] }, setLine: 3 },
  { id: "pw", order: 10, match: { field: "category", keywords: ["lösenord"] }, setType: "password", setLine: 1 },
  { id: "fault", order: 20, match: { field: "any", keywords: ["fel"] }, setType: "fault" },
  { id: "portal", order: 30, match: { field: "channel", keywords: ["portal"] }, setType: "how_to" },
];

describe("classify", () => {
  test("first matching rule decides the type, and separately the line", () => {
    const c = classify(t({ category: "Lösenord", text: "Fel hos leverantören" }), rules);
    expect(c).toEqual({ type: "password", line: 3, ruleId: "pw", typeRuleId: "pw", lineRuleId: "vendor-line" });
  });

  test("rules apply in `order`, not array position", () => {
    const reversed = [...rules].reverse();
    expect(classify(t({ category: "Lösenord fel" }), reversed).typeRuleId).toBe("pw");
  });

  test("keywords match case- and diacritic-insensitively at word start only", () => {
    expect(classify(t({ text: "FELKOD 17" }), rules).type).toBe("fault");
    expect(classify(t({ category: "losenord" }), rules).type).toBe("password");
    expect(classify(t({ text: "kaffelkoppen" }), rules).type).toBe("other");
  });

  test("the field limits where a rule looks", () => {
    expect(classify(t({ text: "lösenord" }), rules).type).toBe("other"); // pw looks at category only
    expect(classify(t({ channel: "portal" }), rules).type).toBe("how_to");
  });

  test("defaults: line from type; unknown work is line 2", () => {
    expect(classify(t({ category: "Lösenord" }), [{ ...rules[1]!, setLine: undefined }]).line).toBe(1);
    expect(classify(t({ text: "fel" }), rules).line).toBe(2);
    expect(classify(t({}), rules)).toEqual({ type: "other", line: 2 });
    expect(classify(t({ type: "vendor" }), []).line).toBe(3);
  });

  test("a reassigned ticket is at least line 2, unless the export states the line", () => {
    expect(classify(t({ category: "Lösenord", reassignmentCount: 1 }), rules).line).toBe(2);
    expect(classify(t({ category: "Lösenord", reassignmentCount: 0 }), rules).line).toBe(1);
    expect(classify(t({ category: "Lösenord", reassignmentCount: 2, line: 1 }), rules).line).toBe(1);
  });

  test("what the export states wins over rules", () => {
    expect(classify(t({ category: "Lösenord", type: "change", line: 2 }), rules)).toEqual({ type: "change", line: 2 });
  });
});

test("ruleHits counts tickets per deciding rule and the unmatched", () => {
  const tickets = [t({ category: "Lösenord" }), t({ category: "Lösenord", text: "leverantör" }), t({ text: "fel" }), t({ text: "hej" })];
  expect(ruleHits(tickets, rules)).toEqual({ byRule: { "vendor-line": 1, pw: 2, fault: 1, portal: 0 }, unmatched: 1 });
});

describe("seeded default rules", () => {
  test.each([
    ["Glömt lösenordet", "password", 1],
    ["Glemt passord", "password", 1],
    ["Can't login to payroll", "password", 1],
    ["Problem med innlogging", "password", 1],
    ["Ny behörighet för vikarie", "permission", 1],
    ["Trenger tilgang til fagsystem", "permission", 1],
    ["Treng tilgong til fagsystemet", "permission", 1],
    ["Se över behörighetsstruktur för IFO", "permission", 2],
    ["Hur gör jag en rapport?", "how_to", 1],
    ["Hvordan skriver jeg ut?", "how_to", 1],
    ["Korleis lagar eg ein rapport?", "how_to", 1],
    ["How do I export?", "how_to", 1],
    ["Fel i utskrift", "fault", 2],
    ["Feil ved lagring", "fault", 2],
    ["Error when saving", "fault", 2],
    ["Fel hos leverantören", "vendor", 3],
    ["Kontakt leverandør om oppgradering", "vendor", 3],
    ["Ändring av mall", "change", 2],
    ["Endring i skjema", "change", 2],
    ["Change of template", "change", 2],
    ["Servern svarar inte", "other", 3],
  ] as const)("%j → %s, line %i", (text, type, line) => {
    expect(classify(t({ text }), DEFAULT_RULES)).toMatchObject({ type, line });
  });

  test("every rule has a unique id and a label in every locale", () => {
    expect(new Set(DEFAULT_RULES.map((r) => r.id)).size).toBe(DEFAULT_RULES.length);
    for (const r of DEFAULT_RULES) for (const l of LOCALES) expect(r.label?.[l]?.length ?? 0).toBeGreaterThan(0);
  });
});
