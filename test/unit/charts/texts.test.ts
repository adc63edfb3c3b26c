// The dashboard page lists the most frequent texts of a question; the rest are counted and
// left to the CSV download.
import { capTexts, textTotal } from "~/domain/charts/texts";

const texts = Array.from({ length: 60 }, (_, i) => ({ text: `Svar ${String(i).padStart(2, "0")}`, count: 60 - i }));

test("the page shows the first 50 distinct texts and counts the distinct texts and answers left out", () => {
  const capped = capTexts(texts);
  expect(capped.texts).toEqual(texts.slice(0, 50));
  expect(capped.more).toBe(10);
  expect(capped.moreAnswers).toBe(textTotal(texts.slice(50)));
  expect(textTotal(capped.texts) + capped.moreAnswers).toBe(textTotal(texts));
});

test("a short list is shown whole, with nothing more to download", () => {
  expect(capTexts(texts.slice(0, 3))).toEqual({ texts: texts.slice(0, 3), more: 0, moreAnswers: 0 });
  expect(capTexts(texts, 60).more).toBe(0);
});
