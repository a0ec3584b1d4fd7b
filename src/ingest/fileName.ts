/** The last segment of a path or a browser file's relative path ("a/b/c.txt" -> "c.txt"). */
export function baseName(name: string): string {
  const cut = Math.max(name.lastIndexOf("/"), name.lastIndexOf("\\"));
  return cut >= 0 ? name.slice(cut + 1) : name;
}

/** The lower-case extension without its dot ("Report.HTML" -> "html"), or "". */
export function extension(name: string): string {
  const base = baseName(name);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}
