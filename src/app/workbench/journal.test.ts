import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { anchorOf, type Correction } from "../../workbench/corrections";
import { openStorage } from "./db";
import { fixtureArticle } from "../../workbench/fixtures";
import { contentHash } from "./identity";
import {
  Journal,
  JOURNAL_PREFIX,
  MAX_ENTRY_CHARS,
  PENDING_VERSION,
  replayJournal,
  type JournalOp,
  type JournalStore,
} from "./journal";
import type { WorkbenchStorage } from "./storage";
import type { StoredArticle } from "../../workbench/storedArticle";

/** localStorage's contract over a Map (insertion order, like the browser's). */
class MapStore implements JournalStore {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.items.set(k, v);
  }
  removeItem(k: string) {
    this.items.delete(k);
  }
}

const article = fixtureArticle("gao-1", [
  {
    sentence: "A drone strike hit Gao on Monday.",
    trigger: "drone strike",
    place: "Gao",
    lat: 16.27,
    lon: -0.04,
  },
]);

function stored(key: string, addedAt = 1, text = article.text): StoredArticle {
  return {
    key,
    input: { id: key, text, title: "Gao", published: "2023-06-04" },
    result: { ...article, id: key, text },
    source: { kind: "paste", name: "Pasted article" },
    urlKey: null,
    contentHash: contentHash(text),
    addedAt,
    pipelineVersion: "test",
    publishedFrom: "input",
  };
}

function correctionOf(articleKey: string, id = `c-${articleKey}`): Correction {
  return {
    id,
    articleKey,
    anchor: anchorOf(article, article.events[0]!),
    change: { kind: "type", type: "airstrike" },
    createdAt: 5,
  };
}

let dbCount = 0;
async function freshDb(): Promise<WorkbenchStorage> {
  const { storage } = await openStorage({ indexedDB: new IDBFactory(), IDBKeyRange }, `j${dbCount++}`);
  return storage;
}

const journalKeys = (s: MapStore) => [...s.items.keys()].filter((k) => k.startsWith(JOURNAL_PREFIX));

/** Journals `ops` as the page does, and then "reloads" before any transaction commits. */
function interrupted(ls: MapStore, ops: JournalOp[]): void {
  const page = new Journal(ls);
  for (const op of ops) expect(page.append(op)).not.toBeNull();
}

describe("the write-ahead journal", () => {
  it("replays changes whose transactions a reload aborted, in order, then removes them", async () => {
    const ls = new MapStore();
    const db = await freshDb();
    interrupted(ls, [
      { kind: "putArticles", articles: [stored("gao-1")] },
      { kind: "putCorrection", correction: correctionOf("gao-1") },
      {
        kind: "putDecision",
        decision: { id: "d1", kind: "split", key: "a::e", others: ["b::e"], createdAt: 2 },
      },
      { kind: "deleteDecision", id: "d1" },
    ]);
    expect(journalKeys(ls)).toHaveLength(4);
    const { data, replayed, problems } = await replayJournal(db, new Journal(ls));
    expect(replayed).toBe(4);
    expect(problems).toEqual([]);
    expect(data.articles.map((a) => a.key)).toEqual(["gao-1"]);
    expect(data.articles[0]?.result?.events).toHaveLength(1);
    expect(data.corrections.map((c) => c.id)).toEqual(["c-gao-1"]);
    expect(data.mergeDecisions).toEqual([]);
    expect(journalKeys(ls)).toEqual([]);
    // What the database holds now, read again without the journal.
    expect((await db.loadAll()).corrections).toEqual(data.corrections);
  });

  it("is idempotent: replaying the same entries again, or entries already committed, changes nothing", async () => {
    const ls = new MapStore();
    const db = await freshDb();
    const ops: JournalOp[] = [
      { kind: "putArticles", articles: [stored("gao-1"), stored("gao-2", 2, `${article.text} Again.`)] },
      { kind: "putCorrection", correction: correctionOf("gao-2") },
      { kind: "deleteCorrection", id: "c-none" },
    ];
    interrupted(ls, ops);
    const saved = new Map(ls.items);
    const once = (await replayJournal(db, new Journal(ls))).data;
    for (const [k, v] of saved) ls.setItem(k, v);
    const twice = (await replayJournal(db, new Journal(ls))).data;
    expect(twice).toEqual(once);
    expect(twice.articles.map((a) => a.key)).toEqual(["gao-1", "gao-2"]);
    expect(twice.corrections).toHaveLength(1);
  });

  it("does not bring back a removed article, nor its corrections", async () => {
    const ls = new MapStore();
    const db = await freshDb();
    // In one page: the removal drops the article from the earlier entries at once.
    const page = new Journal(ls);
    page.append({ kind: "putArticles", articles: [stored("gao-1"), stored("gao-2", 2, "Another text.")] });
    page.append({ kind: "putCorrection", correction: correctionOf("gao-1") });
    page.append({ kind: "deleteArticle", key: "gao-1" });
    const left = journalKeys(ls).map((k) => JSON.parse(ls.getItem(k) ?? "") as { op: JournalOp });
    expect(left.map((e) => e.op.kind)).toEqual(["putArticles", "deleteArticle"]);
    expect(JSON.stringify(left)).not.toContain('"key":"gao-1","input"');
    const { data } = await replayJournal(db, new Journal(ls));
    expect(data.articles.map((a) => a.key)).toEqual(["gao-2"]);
    expect(data.corrections).toEqual([]);
  });

  it("drops a leftover correction of an article the replay removes, and keeps one of an article never stored", async () => {
    const ls = new MapStore();
    const db = await freshDb();
    await db.putArticles([stored("gao-1")]);
    // Written directly (as an older page could have left them), in this order.
    const raw = (seq: number, op: JournalOp) =>
      ls.setItem(JOURNAL_PREFIX + seq, JSON.stringify({ v: 1, op }));
    raw(10, { kind: "deleteArticle", key: "gao-1" });
    raw(11, { kind: "putCorrection", correction: correctionOf("gao-1") });
    raw(12, { kind: "putCorrection", correction: correctionOf("bundled-article") });
    const { data } = await replayJournal(db, new Journal(ls));
    expect(data.articles).toEqual([]);
    expect(data.corrections.map((c) => c.articleKey)).toEqual(["bundled-article"]);
  });

  it("ignores a corrupt entry with a message, and replays the others", async () => {
    const ls = new MapStore();
    const db = await freshDb();
    await db.putArticles([stored("gao-1")]);
    interrupted(ls, [{ kind: "putCorrection", correction: correctionOf("gao-1") }]);
    ls.setItem(`${JOURNAL_PREFIX}1`, "{not json");
    ls.setItem(`${JOURNAL_PREFIX}2`, JSON.stringify({ v: 1, op: { kind: "dropEverything" } }));
    ls.setItem(`${JOURNAL_PREFIX}3`, JSON.stringify({ v: 1, op: { kind: "putArticles", articles: [{}] } }));
    ls.setItem("someone-else", "kept");
    const { data, replayed, problems } = await replayJournal(db, new Journal(ls));
    expect(replayed).toBe(1);
    expect(problems).toHaveLength(3);
    expect(problems[1]).toMatch(/could not be read and was ignored \(unknown operation "dropEverything"\)/);
    expect(data.articles.map((a) => a.key)).toEqual(["gao-1"]);
    expect(data.corrections.map((c) => c.id)).toEqual(["c-gao-1"]);
    expect([...ls.items.keys()]).toEqual(["someone-else"]);
  });

  it("journals a large batch without its results, pending extraction, and never over a stored result", async () => {
    const ls = new MapStore();
    const db = await freshDb();
    const many = Array.from({ length: 60 }, (_, i) => stored(`b-${i}`, i, `${article.text} Report ${i}.`));
    expect(JSON.stringify(many).length).toBeGreaterThan(MAX_ENTRY_CHARS);
    await db.putArticles([many[0]!]);
    interrupted(ls, [{ kind: "putArticles", articles: many }]);
    const entry = ls.getItem(journalKeys(ls)[0]!) ?? "";
    expect(entry.length).toBeLessThanOrEqual(MAX_ENTRY_CHARS);
    const { data } = await replayJournal(db, new Journal(ls));
    expect(data.articles).toHaveLength(60);
    expect(data.articles[0]?.result?.events).toHaveLength(1);
    expect(data.articles[0]?.pipelineVersion).toBe("test");
    expect(data.articles[1]?.result).toBeNull();
    expect(data.articles[1]?.pipelineVersion).toBe(PENDING_VERSION);
    expect(data.articles[1]?.input.text).toBe(many[1]?.input.text);
  });

  it("says when it cannot record an entry (storage refused or full)", () => {
    expect(new Journal(null).append({ kind: "deleteDecision", id: "x" })).toBeNull();
    const full = new MapStore();
    full.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    expect(new Journal(full).append({ kind: "deleteDecision", id: "x" })).toBeNull();
  });
});
