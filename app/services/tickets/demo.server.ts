// Demo tickets: two years (ending 2026-10-31) of generated service-desk volume for each demo
// municipality, on its own systems and business areas, classified by the seeded rules, with
// the roll-up built and a cluster proposal saved so every ticket figure has something to show.
import { db } from "~/db/client.server";
import { listSystems } from "~/db/organisation.server";
import { upsertTickets, type TicketRow } from "~/db/tickets.server";
import { applyRollupDelta } from "~/db/tickets-rollup.server";
import { createImport, finishImport } from "~/db/tickets-imports.server";
import { saveClusterProposal, type ClusterGrouping } from "~/db/tickets-settings.server";
import { RollupDelta, type RollupTicket } from "~/domain/tickets/rollup";
import { generateDemoTickets } from "../../../seeds/demo/tickets";
import { DEMO_MUNICIPALITIES } from "../../../seeds/demo/organisation";
import type { DemoSeeder } from "../demo.server";
import { toRow } from "./import.server";
import { loadRules } from "./rules.server";

const FROM = "2024-11-01";
const DAYS = 730; // through 2026-10-31

const PLAN: Record<string, { seed: number; dailyMean: number; proposal: string; clusters: ClusterGrouping }> = {
  sjobacka: {
    seed: 2019,
    dailyMean: 30,
    proposal: "Tre kluster",
    clusters: { "Skola & kultur": ["school", "culture_leisure"], "Vård & omsorg + IFO": ["elderly_care", "social_services"], Administration: ["hr", "finance", "building", "technical"] },
  },
  fjordvik: {
    seed: 2020,
    dailyMean: 18,
    proposal: "Tre klynger",
    clusters: { "Oppvekst og kultur": ["school", "culture_leisure"], "Helse, omsorg og velferd": ["elderly_care", "social_services"], Administrasjon: ["hr", "finance", "building"] },
  },
};

export const seedDemoTickets: DemoSeeder = async (municipalities, progress) => {
  for (const m of municipalities) {
    const plan = PLAN[m.slug];
    const demo = DEMO_MUNICIPALITIES.find((d) => d.slug === m.slug);
    if (!plan || !demo) continue;
    progress?.(`${m.slug}: tickets`);
    const municipalityId = m.municipalityId;
    const rules = await loadRules({ municipalityId });
    const systems = (await listSystems({ municipalityId })).filter((s) => s.area).map((s) => ({ name: s.name, area: s.area! }));
    const importId = await createImport({ municipalityId, fileName: "demo-tickets.csv", mode: "all_or_nothing" });
    const tickets = generateDemoTickets({ seed: plan.seed, from: FROM, days: DAYS, areas: demo.areas.map((a) => a.code), systems, dailyMean: plan.dailyMean, language: m.country === "NO" ? "nb" : "sv" });
    const delta = new RollupDelta();
    let count = 0;
    await db().transaction(async (trx) => {
      let batch: TicketRow[] = [];
      const flush = async () => {
        await upsertTickets({ rows: batch }, trx);
        batch = [];
      };
      // The generator knows each ticket's type and line; like most real exports the demo
      // leaves them out, so the seeded rules classify from category and text.
      for (const { type: _type, line: _line, ...t } of tickets) {
        const row = toRow(municipalityId, importId, { ...t, lineNumber: 0 }, rules);
        delta.add(row as unknown as RollupTicket);
        batch.push(row);
        count++;
        if (batch.length >= 2000) await flush();
      }
      await flush();
      await applyRollupDelta({ municipalityId, delta }, trx);
    });
    await finishImport({ municipalityId, id: importId, status: "done", preset: "generic", rowsRead: count, imported: count, created: count });
    await saveClusterProposal({ municipalityId, name: plan.proposal, clusters: plan.clusters });
  }
};
