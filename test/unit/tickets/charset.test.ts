import { ChunkDecoder, decodeBytes, detectCharset } from "~/domain/tickets/charset";
import { TicketImportError } from "~/domain/tickets/errors";

// Windows-1252 bytes for "Lösenord;Behörighet\r\nÅsa;Ærlig" (ö = F6, Å = C5, Æ = C6).
const cp1252 = new Uint8Array([
  0x4c, 0xf6, 0x73, 0x65, 0x6e, 0x6f, 0x72, 0x64, 0x3b, 0x42, 0x65, 0x68, 0xf6, 0x72, 0x69, 0x67, 0x68, 0x65, 0x74, 0x0d, 0x0a,
  0xc5, 0x73, 0x61, 0x3b, 0xc6, 0x72, 0x6c, 0x69, 0x67,
]);

function utf16(text: string, endian: "le" | "be", bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? "\uFEFF" : "") + text;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[i * 2 + (endian === "le" ? 0 : 1)] = u & 0xff;
    out[i * 2 + (endian === "le" ? 1 : 0)] = u >> 8;
  }
  return out;
}

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e instanceof TicketImportError ? e.code : "other";
  }
  return "none";
};

describe("decodeBytes", () => {
  test("reads UTF-8 with and without BOM, dropping the BOM", () => {
    const plain = new TextEncoder().encode("Lösenord;Behörighet");
    expect(decodeBytes(plain)).toEqual({ text: "Lösenord;Behörighet", charset: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
    expect(decodeBytes(withBom)).toEqual({ text: "Lösenord;Behörighet", charset: "utf-8" });
  });

  test("falls back to Windows-1252 when the bytes are not valid UTF-8", () => {
    expect(decodeBytes(cp1252)).toEqual({ text: "Lösenord;Behörighet\r\nÅsa;Ærlig", charset: "windows-1252" });
  });

  test("reads Windows-1252 specials (€ is 0x80, – is 0x96)", () => {
    expect(decodeBytes(new Uint8Array([0x80, 0x20, 0x96, 0x20, 0xe4])).text).toBe("€ – ä");
  });

  test.each([
    ["le", true],
    ["le", false],
    ["be", true],
    ["be", false],
  ] as const)("reads UTF-16 %s (BOM: %s)", (endian, bom) => {
    const text = "Ärendenummer\tKanal\r\n1\tTelefon\r\n2\tE-post";
    expect(decodeBytes(utf16(text, endian, bom))).toEqual({ text, charset: `utf-16${endian}` });
  });

  test("refuses spreadsheets, PDFs and other binary data as binary_file", () => {
    expect(code(() => decodeBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])))).toBe("binary_file");
    expect(code(() => decodeBytes(new TextEncoder().encode("%PDF-1.7\n")))).toBe("binary_file");
    const noise = Uint8Array.from({ length: 1000 }, (_, i) => (i * 37) % 256);
    expect(code(() => decodeBytes(noise))).toBe("binary_file");
  });

  test("refuses an empty buffer as empty_file", () => {
    expect(code(() => decodeBytes(new Uint8Array(0)))).toBe("empty_file");
  });
});

describe("detectCharset + ChunkDecoder", () => {
  test("a first chunk cut inside a UTF-8 character is still UTF-8", () => {
    const bytes = new TextEncoder().encode("id;text\n1;ö");
    expect(detectCharset(bytes.subarray(0, bytes.length - 1))).toBe("utf-8");
  });

  test("decoding byte by byte gives the same text as decoding at once", () => {
    const text = "id;text\n1;Behörighet – påminnelse 😀\n";
    const bytes = new TextEncoder().encode(text);
    const dec = new ChunkDecoder("utf-8");
    let out = "";
    for (const b of bytes) out += dec.decode(new Uint8Array([b]));
    expect(out + dec.end()).toBe(text);
  });

  test("switches to Windows-1252 when a late chunk proves the file is not UTF-8", () => {
    const ascii = new TextEncoder().encode("id;kategori\n1;Fel\n");
    expect(detectCharset(ascii)).toBe("utf-8");
    const dec = new ChunkDecoder("utf-8");
    const text = dec.decode(ascii) + dec.decode(cp1252) + dec.end();
    expect(text).toBe("id;kategori\n1;Fel\nLösenord;Behörighet\r\nÅsa;Ærlig");
    expect(dec.charset).toBe("windows-1252");
  });

  test("UTF-16 split at an odd byte is joined correctly", () => {
    const bytes = utf16("a;ö\n", "le", true);
    const dec = new ChunkDecoder(detectCharset(bytes));
    expect(dec.decode(bytes.subarray(0, 5)) + dec.decode(bytes.subarray(5)) + dec.end()).toBe("a;ö\n");
  });
});
