import type { StateCreator } from "zustand";
import type { AppState } from "./store";

export type IngestLevel = "error" | "warning" | "info";

export interface IngestMessage {
  id: number;
  level: IngestLevel;
  text: string;
}

/** Where one file (or one article of a file) of a batch stands. */
export type ItemState = "waiting" | "working" | "done" | "failed" | "duplicate" | "needsDate" | "cancelled";

export interface BatchItem {
  id: number;
  name: string;
  state: ItemState;
  /** What happened, in words ("3 incidents", "not valid JSON", "same text as “…”"). */
  detail: string;
  /** The stored article it became, if any. */
  articleKey?: string;
}

export interface Batch {
  items: readonly BatchItem[];
  running: boolean;
  cancelled: boolean;
  startedAt: number;
  finishedAt: number | null;
}

export interface IngestSlice {
  /** Articles being processed right now. */
  pending: number;
  /** What happened to the articles the user added, newest last. */
  messages: readonly IngestMessage[];
  /** The last batch of files or pasted articles, while it runs and after. */
  batch: Batch | null;
  setPending: (delta: number) => void;
  report: (messages: readonly Omit<IngestMessage, "id">[]) => void;
  clearMessages: () => void;
  setBatch: (batch: Batch | null) => void;
  /** Applies item changes (batched by the caller: once per frame at most). */
  patchBatch: (patches: ReadonlyMap<number, Partial<BatchItem>>, added?: readonly BatchItem[]) => void;
  cancelBatch: () => void;
}

let nextMessageId = 1;

/** Counts per state, for the progress line. */
export function batchCounts(batch: Batch): Record<ItemState, number> {
  const counts: Record<ItemState, number> = {
    waiting: 0,
    working: 0,
    done: 0,
    failed: 0,
    duplicate: 0,
    needsDate: 0,
    cancelled: 0,
  };
  for (const item of batch.items) counts[item.state]++;
  return counts;
}

export const createIngestSlice: StateCreator<AppState, [], [], IngestSlice> = (set, get) => ({
  pending: 0,
  messages: [],
  batch: null,
  setPending: (delta) => set({ pending: Math.max(0, get().pending + delta) }),
  report: (messages) =>
    set({
      messages: [...get().messages, ...messages.map((m) => ({ ...m, id: nextMessageId++ }))].slice(-50),
    }),
  clearMessages: () => set({ messages: [] }),
  setBatch: (batch) => set({ batch }),
  patchBatch: (patches, added = []) => {
    const batch = get().batch;
    if (!batch) return;
    const apply = (item: BatchItem) => {
      const p = patches.get(item.id);
      return p ? { ...item, ...p } : item;
    };
    set({ batch: { ...batch, items: [...batch.items.map(apply), ...added.map(apply)] } });
  },
  cancelBatch: () => {
    const batch = get().batch;
    if (batch?.running) set({ batch: { ...batch, cancelled: true } });
  },
});
