import { CRITERIA, SUPPORT_MODELS, textIn } from "~/domain/ids";

test("the decision grid has six models and eleven criteria (66 cells)", () => {
  expect(SUPPORT_MODELS.length * CRITERIA.length).toBe(66);
});

test("localized text picks the requested locale", () => {
  expect(textIn({ sv: "Skola", nb: "Skole", nn: "Skule", en: "School" }, "nn")).toBe("Skule");
});
