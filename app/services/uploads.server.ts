// Uploaded text files (survey answers, the system inventory): the form read with the file held
// in memory up to a size, and the file's bytes as text in whichever encoding it came.
import { MaxPartSizeExceededError, unstable_createMemoryUploadHandler, unstable_parseMultipartFormData } from "@remix-run/node";
import { decodeBytes } from "~/domain/tickets/charset";
import { isTicketImportError } from "~/domain/tickets/errors";

/** The posted form; a multipart one keeps its file in memory, or is "too_large" past `maxBytes`. */
export async function readUploadForm(request: Request, maxBytes: number): Promise<FormData | "too_large"> {
  if (!(request.headers.get("Content-Type") ?? "").startsWith("multipart/form-data")) return request.formData();
  try {
    return await unstable_parseMultipartFormData(request, unstable_createMemoryUploadHandler({ maxPartSize: maxBytes }));
  } catch (e) {
    if (e instanceof MaxPartSizeExceededError) return "too_large";
    throw e;
  }
}

/** The file's text (UTF-8, UTF-16 or Windows-1252), or why it is not a text file. */
export function decodeTextUpload(bytes: Uint8Array): { ok: true; text: string } | { ok: false; code: "empty_file" | "binary_file"; params: Record<string, string | number> } {
  try {
    return { ok: true, text: decodeBytes(bytes).text };
  } catch (e) {
    if (isTicketImportError(e)) return { ok: false, code: e.code === "empty_file" ? "empty_file" : "binary_file", params: e.params };
    throw e;
  }
}
