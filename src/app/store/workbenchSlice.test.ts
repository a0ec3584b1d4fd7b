import { describe, expect, it } from "vitest";
import { MemoryStorage } from "../workbench/storage";
import type { StoredArticle } from "../../workbench/storedArticle";
import { fixtureArticle } from "../../workbench/fixtures";
import { contentHash } from "../workbench/identity";
import { setWorkbenchStorage } from "../workbench/persistence";
import { exportIncidents } from "../workbench/exportSource";
import { importGeoJson } from "../../reports/importGeoJson";
import type { ArticleResult } from "../../pipeline/contract";
import { createAppStore } from "./store";

function record(result: ArticleResult, addedAt = 1): StoredArticle {
  return {
    key: result.id,
    input: { id: result.id, text: result.text, title: result.title, published: result.published },
    result,
    source: { kind: "paste", name: "Pasted article" },
    urlKey: null,
    contentHash: contentHash(result.text),
    addedAt,
    pipelineVersion: "test",
    publishedFrom: "input",
  };
}

const menakaA = fixtureArticle("a", [
  {
    sentence: "Gunmen attacked Menaka on Friday, killing 3.",
    trigger: "attacked",
    place: "Menaka",
    lat: 15.92,
    lon: 2.4,
    killed: 3,
  },
]);
const menakaB = fixtureArticle("b", [
  {
    sentence: "An attack on Menaka left 6 dead.",
    trigger: "attack",
    place: "Menaka",
    lat: 15.92,
    lon: 2.4,
    killed: 6,
  },
]);

function fresh() {
  const storage = new MemoryStorage();
  setWorkbenchStorage(storage, () => {});
  const store = createAppStore({ articles: [], day: null, windowLength: "all" });
  return { store, storage };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe("workbench slice", () => {
  it("shows two articles' reports of one event as one incident, and keeps a split in storage", async () => {
    const { store, storage } = fresh();
    const keys = store.getState().putStoredArticles([record(menakaA), record(menakaB, 2)]);
    expect(store.getState().incidents).toHaveLength(1);
    expect(keys).toHaveLength(1);
    const key = store.getState().incidents[0]!.key;
    const other = store.getState().built.groupOf(key)!.reports[1]!.key;
    store.getState().splitReport(key, other);
    expect(store.getState().incidents).toHaveLength(2);
    await flush();
    const saved = await storage.loadAll();
    expect(saved.articles).toHaveLength(2);
    expect(saved.mergeDecisions).toHaveLength(1);

    // A reload: a new store loading what was saved shows the split again.
    const again = createAppStore({ articles: [], day: null, windowLength: "all" });
    again.getState().loadWorkbench(saved, null);
    expect(again.getState().incidents).toHaveLength(2);
  });

  it("applies, stores and undoes a correction, and places an incident by a map click", async () => {
    const { store, storage } = fresh();
    store.getState().putStoredArticles([record(menakaA)]);
    const key = store.getState().incidents[0]!.key;
    store
      .getState()
      .correct(key, { kind: "date", dateStart: "2023-05-30", dateEnd: "2023-05-30", datePrecision: "day" });
    expect(store.getState().incidents[0]).toMatchObject({ userEdited: true });
    store.getState().startPlacing(key);
    store.getState().placeSelectedAt(1.5, 16.1);
    const inc = store.getState().incidents[0]!;
    expect(inc.event).toMatchObject({ lat: 16.1, lon: 1.5, dateStart: "2023-05-30", precision: "exact" });
    expect(store.getState().placingKey).toBeNull();
    await flush();
    expect((await storage.loadAll()).corrections).toHaveLength(2);
    store.getState().undoCorrection(store.getState().corrections[1]!.id);
    expect(store.getState().incidents[0]!.event.lat).toBe(15.92);
  });

  it("removes an article with its incidents and corrections", async () => {
    const { store, storage } = fresh();
    store.getState().putStoredArticles([record(menakaA)]);
    store.getState().correct(store.getState().incidents[0]!.key, { kind: "type", type: "fighting" });
    store.getState().removeArticle("a");
    expect(store.getState().incidents).toHaveLength(0);
    await flush();
    const saved = await storage.loadAll();
    expect(saved.articles).toEqual([]);
    expect(saved.corrections).toEqual([]);
  });

  it("imports a colleague's export into an empty page, and recognises what is already there", () => {
    const { store } = fresh();
    store.getState().putStoredArticles([record(menakaA), record(menakaB, 2)]);
    const s = store.getState();
    s.correct(s.incidents[0]!.key, { kind: "casualties", killed: 4, wounded: null });
    const st = store.getState();
    const file = exportIncidents(
      st.incidents.map((i) => i.key),
      st.built,
      st.articles,
      st.stored,
      st.corrections,
      st.mergeDecisions,
    );
    const colleague = fresh().store;
    const res = colleague.getState().importWork(importGeoJson(JSON.stringify(file)));
    expect(res).toEqual({ added: 2, known: 0, corrections: 1 });
    const mine = store.getState().incidents.map((i) => ({ key: i.key, event: i.event, t0: i.t0 }));
    expect(colleague.getState().incidents.map((i) => ({ key: i.key, event: i.event, t0: i.t0 }))).toEqual(
      mine,
    );
    expect(colleague.getState().importWork(importGeoJson(JSON.stringify(file)))).toEqual({
      added: 0,
      known: 2,
      corrections: 0,
    });
  });
});
