/**
 * How the workbench recognises the same article added twice: by its source URL (normalised) or by
 * its text (normalised, then hashed). Pure and synchronous, so the check runs before anything is stored.
 */

/** Text as two copies of one article differ least: Unicode-normalised, lower case, whitespace collapsed. */
export function normaliseText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * cyrb53, a fast 53-bit string hash (public domain, by bryc). Not cryptographic: it only has to
 * tell articles apart, and it is synchronous in the page, the worker and Node alike.
 */
function cyrb53(str: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The content hash stored with every article: of its normalised text, with the length as a second check. */
export function contentHash(text: string): string {
  const norm = normaliseText(text);
  return `${cyrb53(norm).toString(16)}-${norm.length.toString(36)}`;
}

const TRACKING_PARAM = /^(utm_|fbclid$|gclid$|mc_cid$|mc_eid$|ref$|ocid$)/i;

/**
 * A URL as two links to one article differ least: host lower case without "www.", no fragment, no
 * tracking parameters, no trailing slash, http and https alike. Null for anything not http(s).
 */
export function normaliseUrl(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") return null;
  const params = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const host = u.hostname.toLowerCase().replace(/^www\./, "");
  const path = u.pathname.replace(/\/+$/, "");
  return `${host}${u.port ? `:${u.port}` : ""}${path}${query}`;
}

/** True for a URL the page may show as a link (http or https only). */
export function isWebUrl(url: string | undefined): url is string {
  return normaliseUrl(url) !== null;
}

export interface ArticleIdentity {
  key: string;
  title: string;
  urlKey: string | null;
  contentHash: string;
}

export interface DuplicateMatch {
  /** The stored article it matches. */
  key: string;
  title: string;
  by: "url" | "text";
}

/** The stored article the new one repeats, by URL first, then by text; null when it is new. */
export function findDuplicate(
  candidate: { url?: string; text: string },
  stored: Iterable<ArticleIdentity>,
): DuplicateMatch | null {
  const urlKey = normaliseUrl(candidate.url);
  const hash = contentHash(candidate.text);
  let byText: DuplicateMatch | null = null;
  for (const a of stored) {
    if (urlKey !== null && a.urlKey === urlKey) return { key: a.key, title: a.title, by: "url" };
    if (byText === null && a.contentHash === hash) byText = { key: a.key, title: a.title, by: "text" };
  }
  return byText;
}

/**
 * The known articles indexed by URL and by content hash, so that checking each article of a batch
 * costs the same however many are known (findDuplicate over a list is linear in the list). Answers
 * as findDuplicate does: by URL first, then the first article added with that text.
 */
export class IdentityIndex {
  private readonly byUrl = new Map<string, ArticleIdentity>();
  private readonly byHash = new Map<string, ArticleIdentity>();

  constructor(known: Iterable<ArticleIdentity> = []) {
    for (const a of known) this.add(a);
  }

  add(a: ArticleIdentity): void {
    if (a.urlKey !== null && !this.byUrl.has(a.urlKey)) this.byUrl.set(a.urlKey, a);
    if (!this.byHash.has(a.contentHash)) this.byHash.set(a.contentHash, a);
  }

  find(candidate: { url?: string; text: string }): DuplicateMatch | null {
    const urlKey = normaliseUrl(candidate.url);
    const byUrl = urlKey === null ? undefined : this.byUrl.get(urlKey);
    if (byUrl) return { key: byUrl.key, title: byUrl.title, by: "url" };
    const byText = this.byHash.get(contentHash(candidate.text));
    return byText ? { key: byText.key, title: byText.title, by: "text" } : null;
  }
}
