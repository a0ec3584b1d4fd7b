/**
 * The page's side of the cluster worker: promises over its messages. The columns are sent once per
 * data change (a copy: the page keeps its own); a build is asked for once the time window has
 * settled, so a slider step never waits for it.
 */
import type { DayWindow, IncidentColumns } from "../../model/columns";
import type { CountFeature, Members } from "./clusterIndex";
import type {
  Built,
  ClusterRequest,
  ClusterResponse,
  ClusterResult,
  DataIndexed,
  ViewQuery,
} from "./clusterMessages";

type Body<T> = T extends unknown ? Omit<T, "id"> : never;

export class ClusterClient {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (r: ClusterResult) => void; reject: (e: Error) => void }
  >();

  constructor() {
    this.worker = new Worker(new URL("./cluster.worker.ts", import.meta.url), {
      type: "module",
      name: "clusters",
    });
    this.worker.onmessage = (e: MessageEvent<ClusterResponse>) => {
      const res = e.data;
      const waiting = this.pending.get(res.id);
      if (!waiting) return;
      this.pending.delete(res.id);
      if (res.ok) waiting.resolve(res.result);
      else waiting.reject(new Error(res.error));
    };
  }

  private ask(body: Body<ClusterRequest>, transfer: Transferable[] = []): Promise<ClusterResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...body, id }, transfer);
    });
  }

  /**
   * New columns (and the GPU buffer's row order); any build before them is void. Resolves to the
   * columns' point index (for markerHits.ts), built in the worker.
   */
  async setData(cols: IncidentColumns, bufferRows: Uint32Array): Promise<ArrayBuffer> {
    // Copies of just these views, handed over (cloning a view would copy its whole buffer).
    const { length, maxSpan } = cols;
    const [x, y, t0, t1, rows] = [
      cols.x.slice(),
      cols.y.slice(),
      cols.t0.slice(),
      cols.t1.slice(),
      bufferRows.slice(),
    ];
    const indexed = (await this.ask(
      { type: "data", cols: { length, x, y, t0, t1, maxSpan }, bufferRows: rows },
      [x.buffer, y.buffer, t0.buffer, t1.buffer, rows.buffer],
    )) as DataIndexed;
    return indexed.pointIndex;
  }

  async build(range: DayWindow, view: ViewQuery): Promise<Built | null> {
    return (await this.ask({ type: "build", range, view })) as Built | null;
  }

  async view(build: number, view: ViewQuery): Promise<CountFeature[] | null> {
    return (await this.ask({ type: "view", build, view })) as CountFeature[] | null;
  }

  async members(
    build: number,
    kind: CountFeature["kind"],
    target: number,
    cap: number,
  ): Promise<Members | null> {
    return (await this.ask({ type: "members", build, kind, target, cap })) as Members | null;
  }

  async containing(build: number, row: number, zoom: number): Promise<CountFeature | null> {
    return (await this.ask({ type: "containing", build, row, zoom })) as CountFeature | null;
  }

  dispose(): void {
    this.worker.terminate();
    for (const { reject } of this.pending.values()) reject(new Error("cluster worker stopped"));
    this.pending.clear();
  }
}
