// Checks the .qdc against the Codebook.xsd v1.0 rules in FORMATS.md by walking the parsed XML.
import fc from "fast-check";
import { refiQdaCodebook } from "~/domain/interviews/export";
import { GUID_PATTERN, stableGuid } from "~/domain/interviews/guid";
import { excerpts } from "./fixtures";
import { parseXml, walk, type XmlElement } from "./xml-walk";

const child = (el: XmlElement | undefined, name: string) => el?.children.filter((c) => c.name === name) ?? [];
const codeByName = (el: XmlElement | undefined, name: string) => child(el, "Code").find((c) => c.attributes.name === name);
const names = (el: XmlElement | undefined) => child(el, "Code").map((c) => c.attributes.name);

describe("refiQdaCodebook", () => {
  const xml = refiQdaCodebook(excerpts, "sv");
  const root = parseXml(xml);
  const codes = child(root, "Codes")[0];

  test("root, namespace and origin", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n')).toBe(true);
    expect(root.name).toBe("CodeBook");
    expect(root.attributes).toEqual({ xmlns: "urn:QDA-XML:codebook:1.0", origin: "Vägval" });
    expect(root.children.map((c) => c.name)).toEqual(["Codes", "Sets"]);
  });

  test("every Code has a GUID, a name, isCodable true/false, a #RRGGBB colour, Description first", () => {
    const all = walk(root).filter((e) => e.name === "Code");
    expect(all.length).toBeGreaterThan(0);
    for (const code of all) {
      expect(code.attributes.guid).toMatch(GUID_PATTERN);
      expect(code.attributes.name?.length).toBeGreaterThan(0);
      expect(["true", "false"]).toContain(code.attributes.isCodable);
      expect(code.attributes.color).toMatch(/^#[0-9A-F]{6}$/);
      expect(code.children.map((c) => c.name)).toEqual(["Description", ...code.children.slice(1).map(() => "Code")]);
    }
  });

  test("GUIDs are unique across codes and sets", () => {
    const guids = walk(root)
      .filter((e) => e.name === "Code" || e.name === "Set")
      .map((e) => e.attributes.guid);
    expect(new Set(guids).size).toBe(guids.length);
  });

  test("hierarchy model → stance → criterion holds only the used combinations", () => {
    expect(names(codes)).toEqual(["Lokal support", "Kluster", "Kommungemensam support", "Servicecenter", "Delvis centralisering", "Självservice", "Teman"]);
    const shared = codeByName(codes, "Kommungemensam support");
    expect(shared?.attributes.isCodable).toBe("false");
    expect(names(shared)).toEqual(["För", "Emot", "Neutral"]);
    expect(names(codeByName(shared, "För"))).toEqual(["Effektivitet"]);
    expect(names(codeByName(shared, "Emot"))).toEqual(["Verksamhetskunskap"]);
    expect(codeByName(shared, "Emot")?.attributes.isCodable).toBe("false");
    expect(codeByName(codeByName(shared, "Emot"), "Verksamhetskunskap")?.attributes.isCodable).toBe("true");
    expect(names(codeByName(codes, "Lokal support"))).toEqual([]);
    expect(child(codeByName(codeByName(shared, "För"), "Effektivitet"), "Description")[0]?.text).toBe(
      "Modell: Kommungemensam support. Hållning: För. Kriterium: Effektivitet.",
    );
  });

  test("themes form their own category of codable codes", () => {
    const themes = codeByName(codes, "Teman");
    expect(themes?.attributes.isCodable).toBe("false");
    expect(names(themes)).toEqual(["förtroende", "verksamhetskunskap", "ärendelogg"]);
    expect(child(themes, "Code").every((c) => c.attributes.isCodable === "true")).toBe(true);
  });

  test("one Set per used criterion, whose members are codable codes in the codebook", () => {
    const sets = child(child(root, "Sets")[0], "Set");
    expect(sets.map((s) => s.attributes.name)).toEqual(["Effektivitet", "Uppföljning", "Verksamhetskunskap", "Snabbhet i komplexa frågor", "Jämn arbetsbelastning"]);
    const codable = new Set(walk(codes!).filter((c) => c.attributes.isCodable === "true").map((c) => c.attributes.guid));
    const efficiency = child(sets[0], "MemberCode").map((m) => m.attributes.guid);
    expect(efficiency).toHaveLength(2); // shared/pro and shared/neutral
    for (const set of sets) for (const m of child(set, "MemberCode")) expect(codable.has(m.attributes.guid)).toBe(true);
  });

  test("with no excerpts there are no Sets and no themes, but every model is a category", () => {
    const empty = parseXml(refiQdaCodebook([], "en"));
    expect(empty.children.map((c) => c.name)).toEqual(["Codes"]);
    expect(names(child(empty, "Codes")[0])).toEqual(["Local support", "Clusters", "Municipality-wide shared support", "Service center", "Partial centralisation", "Self-service"]);
  });

  test("escapes < & \" ' in names and descriptions", () => {
    const theme = `R&D <"bra"> 'x'`;
    const out = refiQdaCodebook([{ ...excerpts[0]!, themes: [theme] }], "sv");
    expect(out).toContain('name="R&amp;D &lt;&quot;bra&quot;&gt; &apos;x&apos;"');
    const themes = codeByName(child(parseXml(out), "Codes")[0], "Teman");
    expect(names(themes)).toEqual([theme]);
    expect(child(codeByName(themes, theme), "Description")[0]?.text).toBe(`Tema: ${theme}.`);
  });

  test("the same code gets the same GUID in every export and language", () => {
    const guidAt = (xmlText: string, path: string[]) =>
      path.reduce<XmlElement | undefined>((el, name) => codeByName(el, name), child(parseXml(xmlText), "Codes")[0])?.attributes.guid;
    const expected = stableGuid("code/shared/pro/efficiency");
    expect(guidAt(xml, ["Kommungemensam support", "För", "Effektivitet"])).toBe(expected);
    expect(guidAt(refiQdaCodebook(excerpts.slice(0, 1), "en"), ["Municipality-wide shared support", "Pro", "Efficiency"])).toBe(expected);
    expect(refiQdaCodebook(excerpts, "sv")).toBe(xml);
  });
});

describe("stableGuid", () => {
  test("is 8-4-4-4-12 hex with UUID version 5 and RFC 4122 variant bits", () => {
    fc.assert(
      fc.property(fc.string(), (path) => {
        const g = stableGuid(path);
        expect(g).toMatch(GUID_PATTERN);
        expect(g[14]).toBe("5");
        expect("89ab").toContain(g[19]);
        expect(stableGuid(path)).toBe(g);
      }),
    );
  });

  test("differs for the 300 or so paths a codebook can hold", () => {
    const paths = Array.from({ length: 6 * 3 * 11 + 100 }, (_, i) => `code/${i % 6}/${i % 3}/${i}`);
    expect(new Set(paths.map(stableGuid)).size).toBe(paths.length);
  });
});

describe("the test's XML walker", () => {
  test("rejects what an XML parser would reject", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow();
    expect(() => parseXml('<a name="R&D"/>')).toThrow();
    expect(() => parseXml('<a name="say "hi""/>')).toThrow();
    expect(() => parseXml("<a>1 & 2</a>")).toThrow();
    expect(() => parseXml("<a/><b/>")).toThrow();
    expect(parseXml('<a x="&lt;&#10;"><b/>t</a>')).toEqual({ name: "a", attributes: { x: "<\n" }, text: "t", children: [{ name: "b", attributes: {}, children: [], text: "" }] });
  });
});
