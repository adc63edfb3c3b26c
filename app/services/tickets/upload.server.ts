// Uploaded ticket exports: streamed to a temporary file (never held in memory), under a size
// limit, named so that one municipality can never point at another's upload.
import { randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  MaxPartSizeExceededError, NodeOnDiskFile, unstable_composeUploadHandlers, unstable_createFileUploadHandler,
  unstable_createMemoryUploadHandler, unstable_parseMultipartFormData,
} from "@remix-run/node";

export const uploadDir = () => join(tmpdir(), "vagval-ticket-uploads");

/** Megabytes an upload may have (VAGVAL_TICKET_UPLOAD_MAX_MB, default 200). */
export const maxUploadMb = () => Number(process.env.VAGVAL_TICKET_UPLOAD_MAX_MB ?? 200);

const UPLOAD_ID = /^(\d+)-[0-9a-f-]{36}$/;
const DAY_MS = 86_400_000;

export type ParsedUpload =
  | { ok: true; form: FormData; file?: { uploadId: string; path: string; fileName: string } }
  | { ok: false; code: "upload_too_large"; params: { max: number } };

/** Uploads left behind by an abandoned mapping step are removed after a day. */
function sweep(dir: string) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    try {
      if (Date.now() - statSync(path).mtimeMs > DAY_MS) rmSync(path, { force: true });
    } catch {
      // another request removed it first
    }
  }
}

/** Parse a multipart form whose `file` part is written to the upload directory. */
export async function parseUpload(request: Request, municipalityId: number): Promise<ParsedUpload> {
  const directory = uploadDir();
  mkdirSync(directory, { recursive: true });
  sweep(directory);
  let uploadId = "";
  let fileName = "";
  const handler = unstable_composeUploadHandlers(
    unstable_createFileUploadHandler({
      directory,
      maxPartSize: maxUploadMb() * 1024 * 1024,
      avoidFileConflicts: false,
      filter: ({ name }) => name === "file",
      file: ({ filename }) => {
        fileName = filename.slice(0, 255);
        uploadId = `${municipalityId}-${randomUUID()}`;
        return `${uploadId}.csv`;
      },
    }),
    unstable_createMemoryUploadHandler({ maxPartSize: 64 * 1024 }),
  );
  try {
    const form = await unstable_parseMultipartFormData(request, handler);
    const part = form.get("file");
    if (!(part instanceof NodeOnDiskFile)) return { ok: true, form };
    return { ok: true, form, file: { uploadId, path: part.getFilePath(), fileName } };
  } catch (e) {
    if (e instanceof MaxPartSizeExceededError) return { ok: false, code: "upload_too_large", params: { max: maxUploadMb() } };
    throw e;
  }
}

/** The path of an earlier upload of this municipality (mapping step), or undefined. */
export function uploadPath(uploadId: string, municipalityId: number): string | undefined {
  const m = UPLOAD_ID.exec(uploadId);
  if (!m || Number(m[1]) !== municipalityId) return undefined;
  const path = join(uploadDir(), `${uploadId}.csv`);
  return existsSync(path) ? path : undefined;
}

export function discardUpload(path: string) {
  rmSync(path, { force: true });
}
