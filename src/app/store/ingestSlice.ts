import type { StateCreator } from "zustand";
import type { AppState } from "./store";

export type IngestLevel = "error" | "warning" | "info";

export interface IngestMessage {
  id: number;
  level: IngestLevel;
  text: string;
}

export interface IngestSlice {
  /** Articles being processed right now. */
  pending: number;
  /** What happened to the articles the user added, newest last. */
  messages: readonly IngestMessage[];
  setPending: (delta: number) => void;
  report: (messages: readonly Omit<IngestMessage, "id">[]) => void;
  clearMessages: () => void;
}

let nextMessageId = 1;

export const createIngestSlice: StateCreator<AppState, [], [], IngestSlice> = (set, get) => ({
  pending: 0,
  messages: [],
  setPending: (delta) => set({ pending: Math.max(0, get().pending + delta) }),
  report: (messages) =>
    set({
      messages: [...get().messages, ...messages.map((m) => ({ ...m, id: nextMessageId++ }))].slice(-50),
    }),
  clearMessages: () => set({ messages: [] }),
});
