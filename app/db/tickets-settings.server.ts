import type { Knex } from "knex";
import type { TicketType } from "~/domain/ids";
import { db } from "./client.server";

// Per-municipality ticket settings (rules seeded?, per-type default minutes) and the named
// cluster proposals (cluster name → business areas) whose load balance the tickets page shows.

export type ClusterGrouping = Record<string, string[]>;
export type ClusterProposal = { id: number; name: string; clusters: ClusterGrouping; updatedAt: string };

async function ensureSettings(municipalityId: number, k: Knex) {
  const row = await k("ticket_settings").where({ municipality_id: municipalityId }).first();
  if (!row) await k("ticket_settings").insert({ municipality_id: municipalityId, rules_seeded: false }).onConflict("municipality_id").ignore();
}

export async function rulesSeeded({ municipalityId }: { municipalityId: number }, k: Knex = db()): Promise<boolean> {
  const row = await k("ticket_settings").where({ municipality_id: municipalityId }).first("rules_seeded");
  return Boolean(row?.rules_seeded);
}

export async function markRulesSeeded({ municipalityId }: { municipalityId: number }, k: Knex = db()) {
  await ensureSettings(municipalityId, k);
  await k("ticket_settings").where({ municipality_id: municipalityId }).update({ rules_seeded: true });
}

export async function getDefaultMinutes({ municipalityId }: { municipalityId: number }): Promise<Partial<Record<TicketType, number>>> {
  const row = await db()("ticket_settings").where({ municipality_id: municipalityId }).first("default_minutes");
  return row?.default_minutes ? (JSON.parse(row.default_minutes as string) as Partial<Record<TicketType, number>>) : {};
}

export async function setDefaultMinutes({ municipalityId, minutes }: { municipalityId: number; minutes: Partial<Record<TicketType, number>> }) {
  await ensureSettings(municipalityId, db());
  await db()("ticket_settings").where({ municipality_id: municipalityId }).update({ default_minutes: JSON.stringify(minutes) });
}

const toProposal = (r: Record<string, unknown>): ClusterProposal => ({
  id: Number(r.id),
  name: r.name as string,
  clusters: JSON.parse(r.clusters as string) as ClusterGrouping,
  updatedAt: r.updated_at as string,
});

export async function listClusterProposals({ municipalityId }: { municipalityId: number }): Promise<ClusterProposal[]> {
  const rows = await db()("ticket_cluster_proposals").where({ municipality_id: municipalityId }).orderBy("updated_at", "desc").orderBy("id", "desc");
  return rows.map(toProposal);
}

/** The proposal the statistics use: the one saved last. */
export async function currentClusterProposal({ municipalityId }: { municipalityId: number }): Promise<ClusterProposal | undefined> {
  return (await listClusterProposals({ municipalityId }))[0];
}

export async function saveClusterProposal({ municipalityId, name, clusters }: { municipalityId: number; name: string; clusters: ClusterGrouping }, k: Knex = db()) {
  const row = { municipality_id: municipalityId, name, clusters: JSON.stringify(clusters), updated_at: new Date().toISOString() };
  await k("ticket_cluster_proposals").insert(row).onConflict(["municipality_id", "name"]).merge(["clusters", "updated_at"]);
}

export async function deleteClusterProposal({ municipalityId, id }: { municipalityId: number; id: number }) {
  return (await db()("ticket_cluster_proposals").where({ municipality_id: municipalityId, id }).delete()) > 0;
}
