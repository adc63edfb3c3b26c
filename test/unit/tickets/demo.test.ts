import { DEFAULT_RULES } from "../../../seeds/rules/default-rules";
import { DEMO_AREAS, DEMO_SYSTEMS, dayFactor, generateDemoTickets, type DemoOptions } from "../../../seeds/demo/tickets";
import { classify } from "~/domain/tickets/classify";
import { dayOf } from "~/domain/tickets/dates";
import type { Ticket } from "~/domain/tickets/types";

const opts: DemoOptions = { seed: 42, from: "2023-01-01", days: 730, areas: DEMO_AREAS, systems: DEMO_SYSTEMS, dailyMean: 20 };
const tickets: Ticket[] = [...generateDemoTickets(opts)];
const share = (pred: (t: Ticket) => boolean) => tickets.filter(pred).length / tickets.length;

test("is deterministic for a seed and differs between seeds", () => {
  expect([...generateDemoTickets(opts)]).toEqual(tickets);
  expect([...generateDemoTickets({ ...opts, seed: 43 })].slice(0, 20)).not.toEqual(tickets.slice(0, 20));
});

test("covers two years in opening order with unique ids", () => {
  expect(dayOf(tickets[0]!.openedAt) >= "2023-01-01").toBe(true);
  expect(dayOf(tickets[tickets.length - 1]!.openedAt) <= "2024-12-30").toBe(true);
  expect(new Set(tickets.map((t) => t.externalId)).size).toBe(tickets.length);
  for (let i = 1; i < tickets.length; i++) expect(tickets[i]!.openedAt >= tickets[i - 1]!.openedAt).toBe(true);
  for (const t of tickets) if (t.closedAt) expect(t.closedAt >= t.openedAt).toBe(true);
});

test("Mondays peak, weekends and July are quiet, Christmas is quieter than November", () => {
  const byWeekday = Array.from({ length: 7 }, () => 0);
  const byMonth = Array.from({ length: 12 }, () => 0);
  for (const t of tickets) {
    const d = new Date(t.openedAt);
    byWeekday[d.getUTCDay()]!++;
    byMonth[d.getUTCMonth()]!++;
  }
  expect(Math.max(...byWeekday)).toBe(byWeekday[1]);
  expect(byWeekday[0]! + byWeekday[6]!).toBeLessThan(byWeekday[3]! * 0.2);
  expect(byMonth[6]!).toBeLessThan(byMonth[5]! * 0.6);
  expect(dayFactor(new Date("2024-12-27T00:00:00Z"))).toBeLessThan(dayFactor(new Date("2024-11-29T00:00:00Z")));
});

test("channel mix is mostly phone and e-mail, some portal", () => {
  expect(share((t) => t.channel === "phone" || t.channel === "email")).toBeGreaterThan(0.7);
  expect(share((t) => t.channel === "portal")).toBeGreaterThan(0.08);
  expect(share((t) => t.channel === "portal")).toBeLessThan(0.16);
});

test("password + permission is about a third, and the seeded rules agree with the types", () => {
  expect(share((t) => t.type === "password" || t.type === "permission")).toBeGreaterThan(0.3);
  expect(share((t) => t.type === "password" || t.type === "permission")).toBeLessThan(0.38);
  const agree = tickets.filter((t) => classify({ ...t, type: undefined, line: undefined }, DEFAULT_RULES).type === t.type).length;
  expect(agree / tickets.length).toBeGreaterThan(0.95);
});

test("a Norwegian municipality's tickets are written in bokmål, and the seeded rules agree with them too", () => {
  const norwegian = [...generateDemoTickets({ ...opts, days: 120, language: "nb" })];
  expect(norwegian.some((t) => /passord|tilgang|hvordan/i.test(t.text ?? ""))).toBe(true);
  expect(norwegian.some((t) => /lösenord|behörighet|hur gör/i.test(`${t.text} ${t.category}`))).toBe(false);
  const agree = norwegian.filter((t) => classify({ ...t, type: undefined, line: undefined }, DEFAULT_RULES).type === t.type).length;
  expect(agree / norwegian.length).toBeGreaterThan(0.95);
});

test("a weekday averages near dailyMean", () => {
  const perDay = new Map<string, number>();
  for (const t of tickets) perDay.set(dayOf(t.openedAt), (perDay.get(dayOf(t.openedAt)) ?? 0) + 1);
  const wednesdaysInMarch = [...perDay].filter(([d]) => new Date(d).getUTCDay() === 3 && d.slice(5, 7) === "03").map(([, n]) => n);
  const mean = wednesdaysInMarch.reduce((a, b) => a + b, 0) / wednesdaysInMarch.length;
  expect(mean).toBeGreaterThan(15);
  expect(mean).toBeLessThan(25);
});
