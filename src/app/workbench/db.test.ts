import { Dexie } from "dexie";
import { IDBFactory, IDBKeyRange } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { anchorOf, type Correction } from "../../workbench/corrections";
import { declareVersions, openStorage, WorkbenchDb } from "./db";
import { MemoryStorage } from "./storage";
import type { StoredArticle } from "../../workbench/storedArticle";
import { fixtureArticle } from "../../workbench/fixtures";
import { contentHash } from "./identity";

const article = fixtureArticle("kidal-1", [
  {
    sentence: "A drone strike hit Kidal on Monday.",
    trigger: "drone strike",
    place: "Kidal",
    lat: 18.44,
    lon: 1.41,
  },
]);

function stored(key: string, addedAt: number): StoredArticle {
  return {
    key,
    input: { id: key, text: article.text, title: "Kidal", published: "2023-06-04" },
    result: { ...article, id: key },
    source: { kind: "paste", name: "Pasted article" },
    urlKey: null,
    contentHash: contentHash(article.text),
    addedAt,
    pipelineVersion: "test",
    publishedFrom: "input",
  };
}

const correction: Correction = {
  id: "c1",
  articleKey: "kidal-1",
  anchor: anchorOf(article, article.events[0]!),
  change: { kind: "type", type: "airstrike" },
  createdAt: 5,
};

describe("openStorage", () => {
  it("keeps articles, corrections and decisions across a reopen (a reload)", async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const first = await openStorage(deps, "t1");
    expect(first.problem).toBeNull();
    expect(first.storage.persistent).toBe(true);
    await first.storage.putArticles([stored("kidal-2", 2), stored("kidal-1", 1)]);
    await first.storage.putCorrection(correction);
    await first.storage.putDecision({ id: "d", kind: "split", key: "a", others: ["b"], createdAt: 1 });

    const again = await openStorage(deps, "t1");
    const data = await again.storage.loadAll();
    expect(data.articles.map((a) => a.key)).toEqual(["kidal-1", "kidal-2"]);
    expect(data.articles[0]?.result?.events[0]?.placeName).toBe("Kidal");
    expect(data.corrections).toEqual([correction]);
    expect(data.mergeDecisions.map((d) => d.id)).toEqual(["d"]);
  });

  it("removes an article together with its corrections", async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const { storage } = await openStorage(deps, "t2");
    await storage.putArticles([stored("kidal-1", 1), stored("kidal-2", 2)]);
    await storage.putCorrection(correction);
    await storage.deleteArticle("kidal-1");
    const data = await storage.loadAll();
    expect(data.articles.map((a) => a.key)).toEqual(["kidal-2"]);
    expect(data.corrections).toEqual([]);
  });

  it("falls back to memory, with a reason, when IndexedDB is missing", async () => {
    const { storage, problem } = await openStorage({ indexedDB: undefined, IDBKeyRange: undefined });
    expect(problem).toMatch(/IndexedDB is missing/);
    expect(storage.persistent).toBe(false);
    await storage.putArticles([stored("kidal-1", 1)]);
    expect((await storage.loadAll()).articles).toHaveLength(1);
  });

  it("falls back to memory when the browser refuses to open the database", async () => {
    const refusing = new IDBFactory();
    refusing.open = () => {
      throw new DOMException("The user denied permission to access the database.", "SecurityError");
    };
    const { storage, problem } = await openStorage({ indexedDB: refusing, IDBKeyRange }, "t3");
    expect(problem).toMatch(/refused storage.*denied permission/);
    expect(storage).toBeInstanceOf(MemoryStorage);
  });
});

describe("schema migration", () => {
  it("upgrades version 1 data when a version 2 is declared after it", async () => {
    const deps = { indexedDB: new IDBFactory(), IDBKeyRange };
    const v1 = new WorkbenchDb("mig", deps);
    await v1.articles.put(stored("kidal-1", 1));
    v1.close();

    const v2 = new Dexie("mig", deps);
    declareVersions(v2);
    v2.version(2)
      .stores({ articles: "key, contentHash, urlKey, addedAt, *tags" })
      .upgrade((tx) =>
        tx
          .table("articles")
          .toCollection()
          .modify((a: StoredArticle & { tags?: string[] }) => {
            a.tags ??= ["from v1"];
          }),
      );
    await v2.open();
    expect(v2.verno).toBe(2);
    const rows = (await v2.table("articles").where("tags").equals("from v1").toArray()) as StoredArticle[];
    expect(rows.map((r) => r.key)).toEqual(["kidal-1"]);
    expect(rows[0]?.result?.events).toHaveLength(1);
    v2.close();
  });
});
