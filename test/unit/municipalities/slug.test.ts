import { SLUG_PATTERN, suggestSlug } from "~/domain/municipalities/slug";

test("a slug is suggested from the name without the word for municipality", () => {
  expect(suggestSlug("Ale kommun")).toBe("ale");
  expect(suggestSlug("Bergen kommune")).toBe("bergen");
  expect(suggestSlug("Lilla Edet")).toBe("lilla-edet");
});

test("Swedish and Norwegian letters become plain ones", () => {
  expect(suggestSlug("Härryda")).toBe("harryda");
  expect(suggestSlug("Ærø og Bø")).toBe("aero-og-bo");
  expect(suggestSlug("Öckerö kommun")).toBe("ockero");
});

test("the suggestion always satisfies the slug rule when the name has letters", () => {
  for (const name of ["Ale kommun", "  Tjörn  ", "Stenungsund!!", "x".repeat(200), "Kommun"]) {
    expect(suggestSlug(name)).toMatch(SLUG_PATTERN);
  }
  expect(suggestSlug("!!!")).toBe("");
});
