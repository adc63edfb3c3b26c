// Stream a CSV file as records with their physical line numbers, in constant memory:
// bytes → charset-detecting decoder → papaparse's incremental Parser. We drive the low-level
// Parser ourselves (as papaparse's own ChunkStreamer does) rather than NODE_STREAM_INPUT,
// because that duplex drops the parse errors and cursor we need for line numbers and for
// refusing a file whose quote never closes.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import Papa from "papaparse";
import { ChunkDecoder, detectCharset, type Charset } from "~/domain/tickets/charset";
import { detectDelimiter, detectNewline, firstRecord, lineBreaksIn, type Delimiter } from "~/domain/tickets/csv";
import { TicketImportError } from "~/domain/tickets/errors";

export interface CsvRecord {
  /** Physical line (1-based) the record starts on. */
  line: number;
  cells: string[];
  /** A quote inside a field that papaparse had to guess around. */
  malformed?: true;
}

export interface CsvChunk {
  records: CsvRecord[];
  bytesRead: number;
  totalBytes: number;
  charset: Charset;
  delimiter: Delimiter;
}

/** A record longer than this without ending is taken as a quote that never closes. */
export const MAX_RECORD_CHARS = 1_000_000;

interface ParseOut {
  data: string[][];
  errors: Papa.ParseError[];
  meta: { cursor: number };
}

export async function* readCsvRecords(path: string, opts: { chunkSize?: number } = {}): AsyncGenerator<CsvChunk> {
  const totalBytes = (await stat(path)).size;
  if (totalBytes === 0) throw new TicketImportError("empty_file");
  const stream = createReadStream(path, { highWaterMark: opts.chunkSize ?? 64 * 1024 });
  let decoder: ChunkDecoder | null = null;
  let parser: Papa.Parser | null = null;
  let delimiter: Delimiter = ",";
  let pending = "";
  let nextLine = 1;
  let bytesRead = 0;

  const take = (final: boolean): CsvRecord[] => {
    if (!parser) {
      const header = firstRecord(pending);
      // Wait for the whole header line plus one character (to tell \r from \r\n).
      if (!final && header.length + 1 >= pending.length) return guard([]);
      delimiter = detectDelimiter(pending);
      parser = new Papa.Parser({ delimiter, newline: detectNewline(pending), quoteChar: '"' });
    }
    const out = parser.parse(pending, 0, !final) as ParseOut;
    pending = pending.slice(out.meta.cursor);
    const bad = new Set(out.errors.filter((e) => e.code === "InvalidQuotes").map((e) => e.row));
    const records = out.data.map((cells, i) => {
      const rec: CsvRecord = { line: nextLine, cells };
      if (bad.has(i)) rec.malformed = true;
      nextLine += 1 + lineBreaksIn(cells);
      return rec;
    });
    const unclosed = out.errors.find((e) => e.code === "MissingQuotes");
    if (unclosed) throw new TicketImportError("unclosed_quote", { line: records[unclosed.row ?? records.length - 1]?.line ?? nextLine });
    return guard(records);
  };
  const guard = (records: CsvRecord[]) => {
    if (pending.length > MAX_RECORD_CHARS) throw new TicketImportError("unclosed_quote", { line: nextLine });
    return records;
  };

  try {
    for await (const buf of stream as AsyncIterable<Buffer>) {
      bytesRead += buf.length;
      if (!decoder) decoder = new ChunkDecoder(detectCharset(buf));
      pending += decoder.decode(buf);
      const records = take(false);
      if (records.length) yield { records, bytesRead, totalBytes, charset: decoder.charset, delimiter };
    }
    if (!decoder) throw new TicketImportError("empty_file");
    pending += decoder.end();
    const records = take(true);
    yield { records, bytesRead, totalBytes, charset: decoder.charset, delimiter };
  } finally {
    stream.destroy();
  }
}
