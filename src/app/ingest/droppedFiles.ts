/** Files from a drop: plain files, and every file inside dropped folders (recursively). */

function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const out: FileSystemEntry[] = [];
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(out);
        else {
          out.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function walk(
  entry: FileSystemEntry,
  path: string,
  out: { file: File; path: string }[],
): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    out.push({ file, path: path + file.name });
  } else if (entry.isDirectory) {
    const children = await readAll((entry as FileSystemDirectoryEntry).createReader());
    for (const child of children) await walk(child, `${path}${entry.name}/`, out);
  }
}

export async function droppedFiles(data: DataTransfer): Promise<{ file: File; path: string }[]> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.() ?? null);
  if (entries.some((e) => e !== null)) {
    const out: { file: File; path: string }[] = [];
    for (const e of entries) if (e) await walk(e, "", out);
    return out;
  }
  return [...data.files].map((file) => ({ file, path: file.name }));
}
