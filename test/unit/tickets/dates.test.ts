import fc from "fast-check";
import { dayOf, hoursBetween, parseDate } from "~/domain/tickets/dates";

describe("parseDate: built-in formats", () => {
  test.each([
    ["2024-03-05T10:17:00", "2024-03-05T10:17:00Z"],
    ["2024-03-05T10:17:00.123+01:00", "2024-03-05T10:17:00Z"], // offset ignored: wall clock kept
    ["2024-03-05T23:30:00Z", "2024-03-05T23:30:00Z"],
    ["2019-09-05 00:41:01", "2019-09-05T00:41:01Z"], // ServiceNow raw
    ["2024-03-05 10:17", "2024-03-05T10:17:00Z"],
    ["2024-03-05", "2024-03-05T00:00:00Z"],
    ["05.03.2024 10:17", "2024-03-05T10:17:00Z"], // Norwegian / TOPdesk
    ["5.3.2024 9:05:30", "2024-03-05T09:05:30Z"],
    ["05.03.2024 kl. 10.17", "2024-03-05T10:17:00Z"],
    ["05/03/2024 10:17", "2024-03-05T10:17:00Z"], // day first
    ["05/03/2024", "2024-03-05T00:00:00Z"],
    ["10/29/2024 11:02", "2024-10-29T11:02:00Z"], // month first only when day > 12
    ["25/Feb/26 10:17 PM", "2026-02-25T22:17:00Z"], // Jira
    ["25/Feb/26 12:05 AM", "2026-02-25T00:05:00Z"],
    ["01/Maj/25 12:00 PM", "2025-05-01T12:00:00Z"], // Swedish month name
    ["3 okt 2024 08:00", "2024-10-03T08:00:00Z"],
    ["45000.5", "2023-03-15T12:00:00Z"], // Excel serial
    ["45000", "2023-03-15T00:00:00Z"],
    ["45000,75", "2023-03-15T18:00:00Z"],
  ])("%s → %s", (value, iso) => {
    expect(parseDate(value)).toBe(iso);
  });

  test.each(["", "  ", "igår", "31.04.2024", "2024-02-30", "2024-13-01 10:00", "05.03.2024 25:00", "12345", "99999", "25/Foo/26 10:17 PM"])(
    "unreadable %j → null",
    (value) => {
      expect(parseDate(value)).toBeNull();
    },
  );

  test("29 February exists only in leap years", () => {
    expect(parseDate("29.02.2024")).toBe("2024-02-29T00:00:00Z");
    expect(parseDate("29.02.2023")).toBeNull();
  });
});

describe("parseDate: dateFormat override", () => {
  test.each([
    ["dd/MMM/yy h:mm a", "25/Feb/26 10:17 PM", "2026-02-25T22:17:00Z"],
    ["yyyy-MM-dd HH:mm:ss", "2024-03-05 07:08:09", "2024-03-05T07:08:09Z"],
    ["MM/dd/yyyy hh:mm a", "03/05/2024 01:15 pm", "2024-03-05T13:15:00Z"],
    ["dd.MM.yy HH:mm", "05.03.24 10:17", "2024-03-05T10:17:00Z"],
    ["yyyyMMdd", "20240305", "2024-03-05T00:00:00Z"],
    ["d MMM yyyy", "5 mars 2024", "2024-03-05T00:00:00Z"],
  ])("%s reads %s", (format, value, iso) => {
    expect(parseDate(value, format)).toBe(iso);
  });

  test("with a format, only that format is accepted", () => {
    expect(parseDate("2024-03-05 10:17", "dd.MM.yyyy HH:mm")).toBeNull();
    expect(parseDate("03/05/2024", "dd/MM/yyyy")).toBe("2024-05-03T00:00:00Z");
    expect(parseDate("03/05/2024", "MM/dd/yyyy")).toBe("2024-03-05T00:00:00Z");
  });

  test("a matching but impossible date is still null", () => {
    expect(parseDate("31/04/2024", "dd/MM/yyyy")).toBeNull();
  });
});

describe("stored form", () => {
  test("round-trips any wall-clock moment written as yyyy-mm-dd hh:mm:ss and dd.mm.yyyy", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 19) + "Z";
        const [date, time] = [iso.slice(0, 10), iso.slice(11, 19)];
        const [y, m, day] = date.split("-");
        expect(parseDate(`${date} ${time}`)).toBe(iso);
        expect(parseDate(`${day}.${m}.${y} ${time}`)).toBe(iso);
      }),
    );
  });

  test("day buckets and durations need no time zone", () => {
    expect(dayOf("2024-03-05T23:30:00Z")).toBe("2024-03-05");
    expect(hoursBetween("2024-03-05T23:30:00Z", "2024-03-06T01:00:00Z")).toBe(1.5);
  });
});
