// Fails when a route or component shows text that does not come from locales/.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label", "aria-description"]);

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : p.endsWith(".tsx") ? [p] : [];
  });
}

function untranslated(file: string): string[] {
  const source = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxAttribute(node) && ATTRIBUTES.has(node.name.getText()) && node.initializer && ts.isStringLiteral(node.initializer) && /\p{L}{2,}/u.test(node.initializer.text)) {
      found.push(`${node.name.getText()}="${node.initializer.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const ui = [...files("app/routes"), ...files("app/components"), "app/root.tsx"];

test.each(ui)("%s has no hard-coded text", (file) => {
  expect(untranslated(file)).toEqual([]);
});

test("the check itself catches hard-coded text", () => {
  const tmp = path.join("test/.tmp", "untranslated-probe.tsx");
  fs.mkdirSync("test/.tmp", { recursive: true });
  fs.writeFileSync(tmp, 'export const X = () => <p aria-label="Stäng">Hej världen {"ok"}</p>;');
  expect(untranslated(tmp)).toEqual(['aria-label="Stäng"', "Hej världen"]);
  fs.rmSync(tmp);
});
