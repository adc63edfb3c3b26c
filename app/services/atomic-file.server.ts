// Files other people open (reports) are written whole or not at all: into a temporary file in
// the same folder, flushed to disk, then renamed over the target. A rename inside one folder
// is atomic, so a crash or a kill mid-write never leaves half a PDF under the real name.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";

/** The temporary name used while `target` is written (hidden, and never the target's own name). */
export const temporaryName = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(target), { recursive: true });
  const tmp = temporaryName(target);
  try {
    const file = await fs.open(tmp, "w");
    try {
      await file.writeFile(data);
      await file.sync();
    } finally {
      await file.close();
    }
    await fs.rename(tmp, target);
  } catch (error) {
    await fs.rm(tmp, { force: true });
    throw error;
  }
}
