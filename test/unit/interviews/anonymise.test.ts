import { anonymiseQuote } from "~/domain/interviews/coding";

const masks = { email: "[e-post]", phone: "[telefon]", name: "[namn]" };

describe("anonymiseQuote", () => {
  test("removes e-mail addresses, also with å/ä/ö and subdomains", () => {
    expect(anonymiseQuote("Mejla anna.ek@kungsbacka.se eller support@it.kommun.no.", [], masks)).toBe("Mejla [e-post] eller [e-post].");
    expect(anonymiseQuote("Skriv till åsa.öberg@kommun.se", [], masks)).toBe("Skriv till [e-post]");
  });

  test("removes Swedish, Norwegian and international phone numbers", () => {
    expect(anonymiseQuote("Ring 070-123 45 67 eller 031-123456.", [], masks)).toBe("Ring [telefon] eller [telefon].");
    expect(anonymiseQuote("Sentralbord 912 34 567, direkte 22 33 44 55", [], masks)).toBe("Sentralbord [telefon], direkte [telefon]");
    expect(anonymiseQuote("Från utlandet: +46 (0)8-123 456 78", [], masks)).toBe("Från utlandet: [telefon]");
  });

  test("keeps dates, years and counts", () => {
    const text = "Sedan 2019 får vi 2-20 ärenden per dag, senast 2024-03-12 hela 100 st.";
    expect(anonymiseQuote(text, [], masks)).toBe(text);
  });

  test("removes listed given names as whole words, with genitive s, any case", () => {
    expect(anonymiseQuote("Anna sa till ANNA-KARIN att Pers ärenden väntar, men Persson var borta.", ["Per", "Anna", "Anna-Karin"], masks)).toBe(
      "[namn] sa till [namn] att [namn] ärenden väntar, men Persson var borta.",
    );
  });

  test("treats regex characters in names literally and ignores blank names", () => {
    expect(anonymiseQuote("Hej (Bo) och Bo.", ["(Bo)", " ", ""], masks)).toBe("Hej [namn] och Bo.");
  });

  test("uses a neutral mask by default", () => {
    expect(anonymiseQuote("Eva: eva@x.se", ["Eva"])).toBe("[…]: […]");
  });
});
