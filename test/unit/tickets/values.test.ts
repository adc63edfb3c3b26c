import { parseCount, parseLine, parseMinutes, parseNumber, parseType } from "~/domain/tickets/values";

test.each([
  ["12,5", 12.5],
  ["12.5", 12.5],
  ["1 234,5", 1234.5],
  ["1\u00a0234", 1234],
  ["1.234,5", 1234.5],
  ["1,234.5", 1234.5],
  ["-3", -3],
  ["", null],
  ["tolv", null],
  ["1,2,3x", null],
])("parseNumber(%j) = %s", (v, n) => {
  expect(parseNumber(v)).toBe(n);
});

test("minutes from numbers and clock durations", () => {
  expect(parseMinutes("0:30")).toBe(30);
  expect(parseMinutes("1:30:30")).toBe(90.5);
  expect(parseMinutes("7,5")).toBe(7.5);
});

test("counts are whole and non-negative", () => {
  expect(parseCount("2")).toBe(2);
  expect(parseCount("2,5")).toBeNull();
  expect(parseCount("-1")).toBeNull();
});

test.each([
  ["1", 1],
  ["Linje 2", 2],
  ["L3", 3],
  ["Tier 1", 1],
  ["firstLine", 1],
  ["secondLine", 2],
  ["partial", 2],
  ["Första linjen", 1],
  ["Andre linje", 2],
  ["Tredje linjen", 3],
  ["Closed", undefined],
  ["4", undefined],
  ["12", undefined],
  ["", undefined],
])("parseLine(%j) = %s", (v, line) => {
  expect(parseLine(v)).toBe(line);
});

test.each([
  ["password", "password"],
  ["Lösenord", "password"],
  ["Behörighet", "permission"],
  ["Fråga", "how_to"],
  ["Incident", "fault"],
  ["Störning", "fault"],
  ["Change", "change"],
  ["Endring", "change"],
  ["Service request", undefined],
  ["", undefined],
])("parseType(%j) = %s", (v, type) => {
  expect(parseType(v)).toBe(type);
});
