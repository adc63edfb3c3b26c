import { listRules } from "~/db/tickets-rules.server";
import { importTickets } from "~/services/tickets/import.server";
import { loadRules, reclassifyTickets, removeRule, rulesWithHits, saveRule } from "~/services/tickets/rules.server";
import { ticketStats } from "~/services/tickets/stats.server";
import { makeMunicipality } from "../../support/factories";
import { HAND_MADE, writeTmp } from "./helpers";

let municipalityId: number;
beforeAll(async () => {
  ({ id: municipalityId } = await makeMunicipality());
  await importTickets({ municipalityId, path: writeTmp("hand.csv", HAND_MADE), mode: "all_or_nothing" });
});

const hitsOf = async () => Object.fromEntries((await rulesWithHits({ municipalityId })).rules.map((r) => [r.id, r.hits]));

test("the default rules are seeded once and classify during import", async () => {
  const rules = await loadRules({ municipalityId });
  expect(rules.map((r) => r.id)).toEqual(["password", "login", "permission_structure", "permission", "vendor", "infrastructure", "how_to", "change", "fault"]);
  expect(await loadRules({ municipalityId })).toHaveLength(9);
  const { unmatched } = await rulesWithHits({ municipalityId });
  // H-1 password, H-2 permission, H-3 fault, H-4 how_to, H-6 vendor; H-5 ("Synpunkt") nothing
  expect(await hitsOf()).toEqual({ password: 1, login: 0, permission_structure: 0, permission: 1, vendor: 1, infrastructure: 0, how_to: 1, change: 0, fault: 1 });
  expect(unmatched).toBe(1);
});

test("a deleted rule set is not seeded again", async () => {
  const other = await makeMunicipality();
  for (const r of await loadRules({ municipalityId: other.id })) await removeRule({ municipalityId: other.id, rowId: r.rowId });
  expect(await loadRules({ municipalityId: other.id })).toEqual([]);
  // and another municipality's rule ids are not ours to delete
  const mine = (await listRules({ municipalityId }))[0]!;
  expect(await removeRule({ municipalityId: other.id, rowId: mine.rowId })).toBe(false);
  expect(await listRules({ municipalityId })).toHaveLength(9);
});

test("editing a rule and re-running re-classifies every ticket and the figures follow", async () => {
  const before = await ticketStats({ municipalityId });
  expect(before.byType.other).toBe(1);
  // The project group decides "synpunkt" (feedback) is a change request on line 2 …
  await saveRule({ municipalityId, rule: { field: "any", keywords: ["synpunkt"], setType: "change", setLine: 2, order: 85 } });
  // … and that vendor tickets are how-to questions for the first line.
  const vendor = (await listRules({ municipalityId })).find((r) => r.id === "vendor")!;
  await saveRule({ municipalityId, rowId: vendor.rowId, rule: { field: "any", keywords: ["leverantör"], setType: "how_to", setLine: 1, order: vendor.order } });
  // Nothing changes until the rules are re-run.
  expect((await ticketStats({ municipalityId })).byType).toEqual(before.byType);
  expect(await reclassifyTickets({ municipalityId })).toEqual({ tickets: 6 });
  const after = await ticketStats({ municipalityId });
  expect(after.byType).toMatchObject({ other: 0, change: 1, vendor: 0, how_to: 2 });
  // H-6 is escalated twice, so it stays on line 2 at least although the rule says line 1.
  expect(after.byLine).toEqual({ "1": 3, "2": 3, "3": 0 });
  // H-1, H-2, H-4 and now H-6 (how_to) are line-one capable
  expect(after.lineOneCapableShare).toBe(0.6667);
  const hits = await hitsOf();
  expect(hits.vendor).toBe(1);
  expect(Object.entries(hits).find(([id]) => id.startsWith("custom-"))?.[1]).toBe(1);
  expect((await rulesWithHits({ municipalityId })).unmatched).toBe(0);
});
