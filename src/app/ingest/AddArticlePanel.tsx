import { useId, useRef, useState, type FormEvent } from "react";
import { useAppStore } from "../store/appStore";
import { ingest, sourcesFromFiles } from "./ingestClient";

/** Add articles: paste one (title, publication date, text) or pick .txt / .jsonl files. */
export function AddArticlePanel() {
  const pending = useAppStore((s) => s.pending);
  const messages = useAppStore((s) => s.messages);
  const clearMessages = useAppStore((s) => s.clearMessages);
  const [title, setTitle] = useState("");
  const [published, setPublished] = useState("");
  const [body, setBody] = useState("");
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const source = { kind: "paste" as const, title, published, body };
    await ingest([source]);
  };

  const onFiles = async (files: FileList | null) => {
    if (!files || files.length === 0) return;
    const sources = await sourcesFromFiles([...files], published);
    if (fileInput.current) fileInput.current.value = "";
    await ingest(sources);
  };

  return (
    <details className="panel-section add-article">
      <summary>Add articles</summary>
      <form onSubmit={(e) => void onSubmit(e)}>
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <label htmlFor={`${id}-published`}>Publication date</label>
        <input
          id={`${id}-published`}
          type="date"
          value={published}
          onChange={(e) => setPublished(e.currentTarget.value)}
          aria-describedby={`${id}-published-help`}
        />
        <p id={`${id}-published-help`} className="help">
          Anchors “on Saturday”, “last week”… Also used for files that give none.
        </p>
        <label htmlFor={`${id}-body`}>Article text</label>
        <textarea id={`${id}-body`} rows={6} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
        <div className="form-actions">
          <button type="submit" disabled={pending > 0}>
            Add article
          </button>
          {body || title ? (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setTitle("");
                setBody("");
              }}
            >
              Clear
            </button>
          ) : null}
        </div>
        <label htmlFor={`${id}-files`}>Or add files (.txt: one article; .jsonl: one article a line)</label>
        <input
          id={`${id}-files`}
          ref={fileInput}
          type="file"
          multiple
          accept=".txt,.jsonl,.ndjson,text/plain"
          onChange={(e) => void onFiles(e.currentTarget.files)}
          disabled={pending > 0}
        />
      </form>
      <div className="ingest-log" role="log" aria-live="polite" aria-label="Added articles">
        {pending > 0 ? <p className="busy">Processing…</p> : null}
        {messages.map((m) => (
          <p key={m.id} className={`msg msg-${m.level}`}>
            <span className="visually-hidden">{m.level}: </span>
            {m.text}
          </p>
        ))}
        {messages.length > 0 ? (
          <button type="button" className="secondary small" onClick={clearMessages}>
            Clear messages
          </button>
        ) : null}
      </div>
    </details>
  );
}
