// A tiny XML reader for tests (no new packages): checks well-formedness — one root, matched
// tags, well-formed attributes, only known entities, no raw `<` or `&` — and returns a tree
// with entities decoded. Enough for the codebooks we write; not a general XML parser.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const ENTITY = /&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;
const NAME = "[A-Za-z_][\\w.-]*(?::[\\w.-]+)?";
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, "gy");

export function parseXml(xml: string): XmlElement {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  for (const token of body.match(/<[^>]*>|[^<]+/g) ?? []) {
    if (!token.startsWith("<")) {
      const parent = stack.at(-1);
      if (!parent) {
        if (token.trim() !== "") throw new Error(`text outside the root: ${token}`);
        continue;
      }
      parent.text += decode(token);
      continue;
    }
    if (token.startsWith("</")) {
      const name = token.slice(2, -1).trim();
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const element = parseTag(token);
    if (stack.length === 0) {
      if (root) throw new Error("more than one root element");
      root = element;
    } else stack.at(-1)?.children.push(element);
    if (!token.endsWith("/>")) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)?.name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

function parseTag(token: string): XmlElement {
  const inner = token.slice(1, token.endsWith("/>") ? -2 : -1);
  const head = new RegExp(`^${NAME}`).exec(inner);
  if (!head) throw new Error(`bad tag ${token}`);
  const attributes: Record<string, string> = {};
  ATTRIBUTE.lastIndex = head[0].length;
  let end = head[0].length;
  for (let m = ATTRIBUTE.exec(inner); m; m = ATTRIBUTE.exec(inner)) {
    const [, key = "", dq, sq] = m;
    if (key in attributes) throw new Error(`attribute ${key} twice in ${token}`);
    attributes[key] = decode(dq ?? sq ?? "");
    end = ATTRIBUTE.lastIndex;
  }
  if (inner.slice(end).trim() !== "") throw new Error(`malformed attributes in ${token}`);
  return { name: head[0], attributes, children: [], text: "" };
}

function decode(raw: string): string {
  if (/&/.test(raw.replace(ENTITY, ""))) throw new Error(`raw & in ${raw}`);
  return raw.replace(ENTITY, (_, e: string) => {
    if (e.startsWith("#x")) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith("#")) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e] ?? "";
  });
}

/** All elements below (and including) `root`, depth first. */
export function walk(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(walk)];
}
