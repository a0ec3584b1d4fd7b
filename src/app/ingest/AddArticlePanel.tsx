import { useId, useRef, useState, type DragEvent, type FormEvent } from "react";
import { IsolatedText } from "./isolated";
import { useAppStore } from "../store/appStore";
import { BatchProgress } from "./BatchProgress";
import { droppedFiles } from "./droppedFiles";
import { ACCEPTED_FILES, ingest, type Entry } from "./ingestClient";

/** Add articles: paste one (title, source URL, publication date, text), or pick or drop files and folders. */
export function AddArticlePanel() {
  const running = useAppStore((s) => s.batch?.running === true);
  const messages = useAppStore((s) => s.messages);
  const clearMessages = useAppStore((s) => s.clearMessages);
  const [title, setTitle] = useState("");
  const [url, setUrl] = useState("");
  const [published, setPublished] = useState("");
  const [body, setBody] = useState("");
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const id = useId();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    await ingest([{ kind: "paste", title, published, url, body }]);
  };

  const addFiles = async (files: readonly { file: File; path?: string }[]) => {
    if (files.length === 0) return;
    const entries: Entry[] = files.map((f) => ({
      kind: "file",
      file: f.file,
      ...(f.path ? { path: f.path } : {}),
      published,
    }));
    await ingest(entries);
  };

  const onFiles = async (list: FileList | null) => {
    const files = list ? [...list].map((file) => ({ file })) : [];
    if (fileInput.current) fileInput.current.value = "";
    await addFiles(files);
  };

  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    await addFiles(await droppedFiles(e.dataTransfer));
  };

  return (
    <details className="panel-section add-article">
      <summary>Add articles</summary>
      <form onSubmit={(e) => void onSubmit(e)}>
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <label htmlFor={`${id}-url`}>Source URL</label>
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          placeholder="https://…"
          value={url}
          onChange={(e) => setUrl(e.currentTarget.value)}
        />
        <label htmlFor={`${id}-published`}>Publication date</label>
        <input
          id={`${id}-published`}
          type="date"
          value={published}
          onChange={(e) => setPublished(e.currentTarget.value)}
          aria-describedby={`${id}-published-help`}
        />
        <p id={`${id}-published-help`} className="help">
          Optional: anchors “on Saturday”, “last week”… Without it, the date is read from the text, or asked
          for. Also used for files that give none.
        </p>
        <label htmlFor={`${id}-body`}>Article text</label>
        <textarea id={`${id}-body`} rows={6} value={body} onChange={(e) => setBody(e.currentTarget.value)} />
        <div className="form-actions">
          <button type="submit" disabled={running}>
            Add article
          </button>
          {body || title || url ? (
            <button
              type="button"
              className="secondary"
              onClick={() => {
                setTitle("");
                setUrl("");
                setBody("");
              }}
            >
              Clear
            </button>
          ) : null}
        </div>
        <div
          className={`drop-zone${dragging ? " dragging" : ""}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => void onDrop(e)}
        >
          <label htmlFor={`${id}-files`}>
            Or add files (.txt, .md, .html: one article each; .jsonl: one article a line), or drop files and
            folders here
          </label>
          <input
            id={`${id}-files`}
            ref={fileInput}
            type="file"
            multiple
            accept={ACCEPTED_FILES}
            onChange={(e) => void onFiles(e.currentTarget.files)}
            disabled={running}
          />
        </div>
      </form>
      <BatchProgress />
      <div className="ingest-log" role="log" aria-live="polite" aria-label="Added articles">
        {running ? <p className="busy">Processing…</p> : null}
        {messages.map((m) => (
          <p key={m.id} className={`msg msg-${m.level}`}>
            <span className="visually-hidden">{m.level}: </span>
            <IsolatedText text={m.text} />
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
