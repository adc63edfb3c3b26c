// Which character set a service-desk export is in. Swedish and Norwegian Excel save CSV in
// Windows-1252 unless told otherwise, ServiceNow defaults to it, LimeSurvey and Jira write
// UTF-8, and "Unicode text" from Excel is UTF-16 LE. We guess from the bytes, never the name.
import { TicketImportError } from "./errors";

export type Charset = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

const SAMPLE = 8192;

/** Known container formats people upload instead of CSV; named so the UI can say "save as CSV". */
function binaryKind(b: Uint8Array): string | null {
  const at = (i: number) => b[i] ?? -1;
  if (at(0) === 0x50 && at(1) === 0x4b && at(2) === 0x03 && at(3) === 0x04) return "zip_or_xlsx";
  if (at(0) === 0xd0 && at(1) === 0xcf && at(2) === 0x11 && at(3) === 0xe0) return "xls";
  if (at(0) === 0x25 && at(1) === 0x50 && at(2) === 0x44 && at(3) === 0x46) return "pdf";
  return null;
}

function bomCharset(b: Uint8Array): Charset | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return "utf-8";
  if (b[0] === 0xff && b[1] === 0xfe) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return null;
}

/** UTF-16 without BOM: ASCII text puts a NUL in every other byte (odd index for LE). */
function nulPattern(b: Uint8Array): Charset | null {
  const n = Math.min(b.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return "utf-16le";
  if (even > pairs * 0.3 && odd < pairs * 0.05) return "utf-16be";
  return null;
}

/** Text has almost no control bytes besides tab, CR, LF, FF and the old ^Z end marker. */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, SAMPLE);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i] ?? 0;
    if (c === 0) nul++;
    else if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1a) control++;
  }
  return nul > n * 0.01 || control > n * 0.05;
}

/** Valid UTF-8 so far; a multi-byte character cut at the end of the sample is allowed. */
function isUtf8Prefix(b: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(b, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * The encoding to hand TextDecoder for a file that starts with `firstChunk`.
 * Throws TicketImportError `binary_file` (param `kind`) for spreadsheets, PDFs and other binaries,
 * `empty_file` when there are no bytes at all.
 * A UTF-8 verdict may be revised by ChunkDecoder if a later chunk proves it Windows-1252.
 */
export function detectCharset(firstChunk: Uint8Array): Charset {
  if (firstChunk.length === 0) throw new TicketImportError("empty_file");
  const kind = binaryKind(firstChunk);
  if (kind) throw new TicketImportError("binary_file", { kind });
  const byBom = bomCharset(firstChunk) ?? nulPattern(firstChunk);
  if (byBom) return byBom;
  if (looksBinary(firstChunk)) throw new TicketImportError("binary_file", { kind: "unknown" });
  return isUtf8Prefix(firstChunk.subarray(0, SAMPLE * 8)) ? "utf-8" : "windows-1252";
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. Node 20's TextDecoder("windows-1252")
// wrongly decodes those as Latin-1 control characters, so we map them ourselves.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";
const latin1 = new TextDecoder("latin1");

/** Windows-1252 bytes to text. Single-byte, so chunks can be decoded independently. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/** Decode a whole buffer (small files, tests, uploads held in memory). BOMs are dropped. */
export function decodeBytes(buf: Uint8Array): { text: string; charset: Charset } {
  let charset = detectCharset(buf);
  if (charset === "utf-8") {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf), charset };
    } catch {
      charset = "windows-1252";
    }
  }
  const text = charset === "windows-1252" ? decodeWindows1252(buf) : new TextDecoder(charset).decode(buf);
  return { text, charset };
}

/** Bytes at the end of `b` that start a UTF-8 character not yet complete. */
function incompleteUtf8Tail(b: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, b.length); back++) {
    const c = b[b.length - back] ?? 0;
    if (c < 0x80) return 0; // ASCII: nothing pending
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return need > back ? back : 0;
    }
  }
  return 0;
}

/**
 * Streaming decoder that starts from detectCharset's verdict. In UTF-8 mode it decodes
 * strictly, and on the first invalid byte switches to Windows-1252 for that chunk and the
 * rest: a 1252 file whose first non-ASCII letter comes late was plain ASCII until then,
 * which both charsets decode alike, so nothing already emitted was wrong.
 */
export class ChunkDecoder {
  private strict: TextDecoder | null;
  private utf16: TextDecoder | null;
  private carry: Uint8Array = new Uint8Array(0);
  charset: Charset;

  constructor(charset: Charset) {
    this.charset = charset;
    this.strict = charset === "utf-8" ? new TextDecoder("utf-8", { fatal: true }) : null;
    this.utf16 = charset.startsWith("utf-16") ? new TextDecoder(charset) : null;
  }

  decode(chunk: Uint8Array): string {
    if (this.utf16) return this.utf16.decode(chunk, { stream: true });
    if (!this.strict) return decodeWindows1252(chunk);
    const all = this.carry.length ? concat(this.carry, chunk) : chunk;
    const keep = incompleteUtf8Tail(all);
    try {
      const text = this.strict.decode(all.subarray(0, all.length - keep), { stream: true });
      this.carry = all.slice(all.length - keep);
      return text;
    } catch {
      this.strict = null;
      this.charset = "windows-1252";
      this.carry = new Uint8Array(0);
      return decodeWindows1252(all);
    }
  }

  /** Flush at end of input; a truncated last character becomes U+FFFD rather than vanishing. */
  end(): string {
    if (this.utf16) return this.utf16.decode();
    if (!this.strict) return "";
    const rest = this.carry;
    this.carry = new Uint8Array(0);
    return rest.length ? new TextDecoder("utf-8").decode(rest) : "";
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}
