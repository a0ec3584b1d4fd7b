/**
 * The incident markers as one MapLibre custom layer (WebGL2): every incident is one instance in a GPU
 * buffer, uploaded once per data change; the time window is two uniforms, so a slider step is a
 * uniform update and a repaint — no GeoJSON, no tiles, no worker.
 *
 * Buffer rows are grouped by how a marker is drawn (country halos under region areas under near
 * rings under dots, see markerStyle.ts), each group in time order; per draw, a binary search per group
 * narrows the instances to the rows that can overlap the window, and the vertex shader drops the
 * rest, and those inside a cluster at this zoom (a second per-instance byte, the zoom from which the
 * row is drawn on its own, sent by the cluster worker once the window settles; `u_zoom` is a
 * uniform, so zooming needs no new data). Positions are web-mercator [0, 1] and projected with `defaultProjectionData.mainMatrix`
 * (MapLibre 6; this map uses the mercator projection), drawn once per visible world copy.
 */
import type { CustomLayerInterface, CustomRenderMethodInput, Map as MlMap } from "maplibre-gl";
import {
  candidateRows,
  casualtyRadius,
  countryHaloRadius,
  type DayWindow,
  type IncidentColumns,
} from "../model/columns";
import { EVENT_TYPES } from "../model/eventTypes";
import { DRAW_GROUPS, REGION_RADIUS_M, drawGroup, drawKind } from "./markerStyle";
import { noteIncidentsDrawn } from "../firstFrame";

export const INCIDENT_GL_LAYER = "incident-markers";
/** The selected incident, drawn by its own layer above everything else on the map (clusters included). */
export const SELECTED_GL_LAYER = "incident-selected";

/** Bytes per instance: x, y, t0, t1 as float32, then type, kind, flags, radius*8 as uint8. */
const STRIDE = 20;

const VERTEX = `#version 300 es
precision highp float;
uniform mat4 u_matrix;
uniform vec2 u_window;
uniform vec2 u_viewport;
uniform float u_wrap;
uniform float u_halo;
uniform float u_mode;
uniform float u_zoom;
uniform float u_world;
uniform float u_region;
uniform vec3 u_colors[${EVENT_TYPES.length}];
in vec2 a_corner;
in vec2 a_pos;
in vec2 a_time;
in uvec4 a_style;
in uint a_free;
out vec2 v_px;
flat out float v_r;
flat out float v_area;
flat out vec3 v_color;
flat out uint v_kind;
flat out uint v_flags;
void main() {
  if (a_time.y < u_window.x || a_time.x > u_window.y || float(a_free) > u_zoom) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    return;
  }
  uint kind = a_style.y;
  float base = float(a_style.w) / 8.0;
  float r = kind == 2u ? u_halo : ((kind == 1u || kind == 3u) ? 6.0 + base : base);
  // A region's area: REGION_RADIUS_M on the ground (mercator scale 1/cos(lat) = cosh of the mercator y).
  float area = kind == 3u ? min(4096.0, max(r, u_region * cosh(3.14159265 * (1.0 - 2.0 * a_pos.y)) * u_world)) : 0.0;
  float outer = max(r + (u_mode > 0.5 ? 8.0 : 4.0), u_mode > 0.5 ? 0.0 : area + 2.0);
  vec4 c = u_matrix * vec4(a_pos.x + u_wrap, a_pos.y, 0.0, 1.0);
  v_px = a_corner * outer;
  v_r = r;
  v_area = area;
  v_color = u_colors[min(a_style.x, ${EVENT_TYPES.length - 1}u)];
  v_kind = kind;
  v_flags = a_style.z;
  gl_Position = c + vec4(a_corner * outer / u_viewport * 2.0 * c.w, 0.0, 0.0);
}`;

const FRAGMENT = `#version 300 es
precision highp float;
uniform float u_mode;
in vec2 v_px;
flat in float v_r;
flat in float v_area;
flat in vec3 v_color;
flat in uint v_kind;
flat in uint v_flags;
out vec4 fragColor;
// Coverage of distance d by the band [a, b], antialiased over one pixel.
float band(float d, float a, float b) {
  return clamp(d - a + 0.5, 0.0, 1.0) * clamp(b - d + 0.5, 0.0, 1.0);
}
// Premultiplied "top over bottom".
vec4 over(vec4 top, vec4 bottom) {
  return top + bottom * (1.0 - top.a);
}
void main() {
  float d = length(v_px);
  float r = v_r;
  vec4 col = vec4(0.0);
  if (u_mode > 0.5) {
    col = vec4(0.067, 0.094, 0.153, 1.0) * band(d, r + 4.0, r + 7.0);
  } else if (v_kind == 0u || v_kind == 4u) {
    float fill = clamp(r - d + 0.5, 0.0, 1.0);
    col = over(vec4(v_color, 1.0) * fill, vec4(1.0) * band(d, r - 0.5, r + 1.5));
    // Exact: a white centre point.
    if (v_kind == 4u) col = over(vec4(1.0) * clamp(1.8 - d + 0.5, 0.0, 1.0), col);
  } else if (v_kind == 1u || v_kind == 3u) {
    float fill = 0.12 * clamp(r - d + 0.5, 0.0, 1.0);
    col = over(vec4(v_color, 1.0) * band(d, r - 1.5, r + 1.5), vec4(v_color, 1.0) * fill);
    if (v_kind == 3u && v_area > r + 2.0) {
      // The region: a light fill and a dashed outline (dashes of 8 px along the circle).
      float dash = step(fract(atan(v_px.y, v_px.x) * v_area / 12.0), 0.65);
      vec4 edge = vec4(v_color, 1.0) * 0.85 * dash * band(d, v_area - 1.0, v_area + 1.0);
      vec4 inside = vec4(v_color, 1.0) * 0.1 * clamp(v_area - d + 0.5, 0.0, 1.0);
      col = over(col, over(edge, inside));
    }
  } else {
    float fill = 0.22 * (1.0 - smoothstep(r * 0.55, r, d));
    col = over(vec4(v_color, 1.0) * 0.6 * band(d, r - 0.75, r + 0.75), vec4(v_color, 1.0) * fill);
  }
  if ((v_flags & 1u) != 0u && u_mode < 0.5) {
    col = over(vec4(0.067, 0.094, 0.153, 1.0) * band(d, r + 1.5, r + 3.5), col);
  }
  if (col.a <= 0.002) discard;
  fragColor = col;
}`;

function hexToRgb(hex: string): [number, number, number] {
  const v = Number.parseInt(hex.slice(1), 16);
  return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255];
}

const COLORS = new Float32Array(EVENT_TYPES.flatMap((e) => hexToRgb(e.color)));

/** A draw group: rows of one band of kinds, in time order. */
interface Group {
  /** Rows of this group in the buffer: [start, start + t0.length). */
  start: number;
  t0: Int32Array;
  maxSpan: number;
}

/** The instance rows, grouped for drawing: what the buffer holds and where each group is. */
export interface DrawOrder {
  /** bufferRow -> column row. */
  rows: Uint32Array;
  groups: Group[];
}

export function drawOrder(cols: IncidentColumns): DrawOrder {
  // precision index -> group index
  const groupOf = Uint8Array.from({ length: 256 }, (_, p) => drawGroup(drawKind(p)));
  const counts = DRAW_GROUPS.map(() => 0);
  for (let row = 0; row < cols.length; row++) {
    const g = groupOf[cols.precision[row] as number] as number;
    counts[g] = (counts[g] as number) + 1;
  }
  const rows = new Uint32Array(cols.length);
  const groups: Group[] = [];
  let start = 0;
  for (let g = 0; g < DRAW_GROUPS.length; g++) {
    groups.push({ start, t0: new Int32Array(counts[g] as number), maxSpan: 0 });
    start += counts[g] as number;
  }
  const fill = groups.map((g) => g.start);
  for (let row = 0; row < cols.length; row++) {
    const g = groupOf[cols.precision[row] as number] as number;
    const group = groups[g] as Group;
    const at = fill[g] as number;
    rows[at] = row;
    group.t0[at - group.start] = cols.t0[row] as number;
    group.maxSpan = Math.max(group.maxSpan, (cols.t1[row] as number) - (cols.t0[row] as number));
    fill[g] = at + 1;
  }
  return { rows, groups };
}

/** Interleaved instance data for the given rows (see STRIDE). */
export function instanceData(cols: IncidentColumns, rows: ArrayLike<number>): ArrayBuffer {
  const buffer = new ArrayBuffer(rows.length * STRIDE);
  const f32 = new Float32Array(buffer);
  const u8 = new Uint8Array(buffer);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as number;
    const f = i * 5;
    f32[f] = cols.x[row] as number;
    f32[f + 1] = cols.y[row] as number;
    f32[f + 2] = cols.t0[row] as number;
    f32[f + 3] = cols.t1[row] as number;
    const b = i * STRIDE + 16;
    u8[b] = cols.type[row] as number;
    u8[b + 1] = drawKind(cols.precision[row] as number);
    u8[b + 2] = cols.flags[row] as number;
    u8[b + 3] = Math.round(casualtyRadius(cols.casualties[row] as number) * 8);
  }
  return buffer;
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type);
  if (!shader) throw new Error("WebGL: cannot create a shader");
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) {
    throw new Error(`WebGL shader: ${gl.getShaderInfoLog(shader) ?? "does not compile"}`);
  }
  return shader;
}

const ALL: DayWindow = { start: -1e7, end: 1e7 };
const REGION_MERCATOR = REGION_RADIUS_M / 40_075_016.686;

/**
 * One layer class, two parts: "markers" draws every incident in the window (under the cluster
 * bubbles), "selected" only the selected incident with its highlight (above them), so the selected
 * one is on top of everything whatever its group, time or cluster.
 */
export type GlLayerPart = "markers" | "selected";

export class IncidentGlLayer implements CustomLayerInterface {
  readonly id: string;
  readonly type = "custom" as const;
  readonly renderingMode = "2d" as const;

  private map: MlMap | null = null;
  private program: WebGLProgram | null = null;
  private vao: WebGLVertexArrayObject | null = null;
  private corners: WebGLBuffer | null = null;
  private instances: WebGLBuffer | null = null;
  private freeZooms: WebGLBuffer | null = null;
  private uniforms: Record<string, WebGLUniformLocation | null> = {};
  private attribs: Record<string, number> = {};
  private matrix = new Float32Array(16);

  private cols: IncidentColumns | null = null;
  private order: DrawOrder | null = null;
  private uploaded = true;
  private freeZoom: Uint8Array | null = null;
  private freeZoomUploaded = true;
  private selectedRow: number | null = null;
  private range: DayWindow = ALL;
  private drawPending = false;
  /** performance.now() of the first frame drawn after the last data upload (for benchmarks). */
  drawnAt = 0;

  constructor(readonly part: GlLayerPart = "markers") {
    this.id = part === "markers" ? INCIDENT_GL_LAYER : SELECTED_GL_LAYER;
  }

  /** New data: uploaded to the GPU at the next frame. Returns the buffer's row order. */
  setColumns(cols: IncidentColumns | null): DrawOrder | null {
    this.cols = cols;
    this.order = cols && this.part === "markers" ? drawOrder(cols) : null;
    this.freeZoom = null;
    this.uploaded = false;
    this.freeZoomUploaded = false;
    this.map?.triggerRepaint();
    return this.order;
  }

  /** The time window: two uniforms and a repaint. */
  setWindow(range: DayWindow): void {
    this.range = range;
    this.map?.triggerRepaint();
  }

  /**
   * Per buffer row (the order setColumns returned): the zoom from which the row is drawn on its own
   * (below it, it is inside a drawn cluster); null draws every row. Ignored unless it fits the data.
   */
  setFreeZoom(freeZoom: Uint8Array | null): void {
    if (freeZoom && freeZoom.length !== (this.order?.rows.length ?? -1)) return;
    this.freeZoom = freeZoom;
    this.freeZoomUploaded = false;
    this.map?.triggerRepaint();
  }

  /** The selected incident's row (drawn on top, whatever the window), or null. */
  setSelectedRow(row: number | null): void {
    if (row === this.selectedRow) return;
    this.selectedRow = row;
    this.uploaded = false;
    this.map?.triggerRepaint();
  }

  /** True when what was last set is on the GPU. */
  isUploaded(): boolean {
    return this.uploaded && this.freeZoomUploaded;
  }

  onAdd(map: MlMap, gl: WebGL2RenderingContext): void {
    this.map = map;
    const program = gl.createProgram();
    if (!program) throw new Error("WebGL: cannot create a program");
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) {
      throw new Error(`WebGL program: ${gl.getProgramInfoLog(program) ?? "does not link"}`);
    }
    this.program = program;
    for (const name of [
      "u_matrix",
      "u_window",
      "u_viewport",
      "u_wrap",
      "u_halo",
      "u_mode",
      "u_colors",
      "u_zoom",
      "u_world",
      "u_region",
    ]) {
      this.uniforms[name] = gl.getUniformLocation(program, name);
    }
    for (const name of ["a_corner", "a_pos", "a_time", "a_style", "a_free"]) {
      this.attribs[name] = gl.getAttribLocation(program, name);
    }
    this.vao = gl.createVertexArray();
    this.corners = gl.createBuffer();
    gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
    gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
    this.instances = gl.createBuffer();
    this.freeZooms = gl.createBuffer();
    this.uploaded = false;
    this.freeZoomUploaded = false;
  }

  onRemove(_map: MlMap, gl: WebGL2RenderingContext): void {
    gl.deleteProgram(this.program);
    gl.deleteVertexArray(this.vao);
    gl.deleteBuffer(this.corners);
    gl.deleteBuffer(this.instances);
    gl.deleteBuffer(this.freeZooms);
    this.map = null;
  }

  private upload(gl: WebGL2RenderingContext): void {
    if (!this.uploaded) {
      let data = new ArrayBuffer(0);
      if (this.part === "markers" && this.cols && this.order) data = instanceData(this.cols, this.order.rows);
      const row = this.selectedRow;
      if (this.part === "selected" && this.cols && row !== null && row < this.cols.length)
        data = instanceData(this.cols, [row]);
      gl.bindBuffer(gl.ARRAY_BUFFER, this.instances);
      gl.bufferData(gl.ARRAY_BUFFER, data, this.part === "markers" ? gl.STATIC_DRAW : gl.DYNAMIC_DRAW);
      this.uploaded = true;
      if (this.part === "markers") this.drawPending = true;
    }
    if (!this.freeZoomUploaded) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.freeZooms);
      gl.bufferData(gl.ARRAY_BUFFER, this.freeZoom ?? new Uint8Array(0), gl.DYNAMIC_DRAW);
      this.freeZoomUploaded = true;
    }
  }

  /** Points the instance attributes at the instances, starting at instance `first`. */
  private bindInstances(gl: WebGL2RenderingContext, first: number): void {
    const { a_pos, a_time, a_style, a_free } = this.attribs as Record<
      "a_pos" | "a_time" | "a_style" | "a_free",
      number
    >;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.instances);
    const base = first * STRIDE;
    gl.enableVertexAttribArray(a_pos);
    gl.vertexAttribPointer(a_pos, 2, gl.FLOAT, false, STRIDE, base);
    gl.vertexAttribDivisor(a_pos, 1);
    gl.enableVertexAttribArray(a_time);
    gl.vertexAttribPointer(a_time, 2, gl.FLOAT, false, STRIDE, base + 8);
    gl.vertexAttribDivisor(a_time, 1);
    gl.enableVertexAttribArray(a_style);
    gl.vertexAttribIPointer(a_style, 4, gl.UNSIGNED_BYTE, STRIDE, base + 16);
    gl.vertexAttribDivisor(a_style, 1);
    if (a_free < 0) return;
    if (this.part === "markers" && this.freeZoom) {
      gl.bindBuffer(gl.ARRAY_BUFFER, this.freeZooms);
      gl.enableVertexAttribArray(a_free);
      gl.vertexAttribIPointer(a_free, 1, gl.UNSIGNED_BYTE, 1, first);
      gl.vertexAttribDivisor(a_free, 1);
    } else {
      gl.disableVertexAttribArray(a_free);
      gl.vertexAttribI4ui(a_free, 0, 0, 0, 0);
    }
  }

  render(gl: WebGL2RenderingContext, options: CustomRenderMethodInput): void {
    const map = this.map;
    if (!map || !this.program || !this.vao) return;
    this.upload(gl);
    const order = this.order;
    const markers = this.part === "markers";
    if (markers ? !order || order.rows.length === 0 : this.cols === null || this.selectedRow === null) return;

    gl.useProgram(this.program);
    gl.bindVertexArray(this.vao);
    const { a_corner } = this.attribs as { a_corner: number };
    gl.bindBuffer(gl.ARRAY_BUFFER, this.corners);
    gl.enableVertexAttribArray(a_corner);
    gl.vertexAttribPointer(a_corner, 2, gl.FLOAT, false, 0, 0);
    gl.vertexAttribDivisor(a_corner, 0);

    this.matrix.set(options.defaultProjectionData.mainMatrix);
    const u = this.uniforms;
    gl.uniformMatrix4fv(u.u_matrix ?? null, false, this.matrix);
    const canvas = map.getCanvas();
    // The map's pixel ratio, not canvas.clientWidth: reading a layout property in a frame forces a layout.
    const ratio = Math.max(1e-3, map.getPixelRatio());
    gl.uniform2f(u.u_viewport ?? null, canvas.width / ratio, canvas.height / ratio);
    const zoom = map.getZoom();
    gl.uniform1f(u.u_halo ?? null, countryHaloRadius(zoom));
    gl.uniform1f(u.u_zoom ?? null, Math.floor(zoom));
    gl.uniform1f(u.u_world ?? null, 512 * 2 ** zoom);
    gl.uniform1f(u.u_region ?? null, REGION_MERCATOR);
    gl.uniform3fv(u.u_colors ?? null, COLORS);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
    gl.disable(gl.DEPTH_TEST);
    gl.disable(gl.STENCIL_TEST);

    const bounds = map.getBounds();
    const wraps: number[] = [];
    const west = Math.floor((bounds.getWest() + 180) / 360);
    const east = Math.floor((bounds.getEast() + 180) / 360);
    for (let w = Math.max(west, -2); w <= Math.min(east, 2); w++) wraps.push(w);

    for (const wrap of wraps) {
      gl.uniform1f(u.u_wrap ?? null, wrap);
      gl.uniform1f(u.u_mode ?? null, 0);
      if (markers) {
        gl.uniform2f(u.u_window ?? null, this.range.start, this.range.end);
        for (const group of order?.groups ?? []) {
          const { from, to } = candidateRows(group.t0, group.maxSpan, this.range);
          if (to <= from) continue;
          this.bindInstances(gl, group.start + from);
          gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, to - from);
        }
      } else {
        this.bindInstances(gl, 0);
        gl.uniform2f(u.u_window ?? null, ALL.start, ALL.end);
        gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, 1);
        gl.uniform1f(u.u_mode ?? null, 1);
        gl.drawArraysInstanced(gl.TRIANGLE_STRIP, 0, 4, 1);
      }
    }
    gl.bindVertexArray(null);
    if (this.drawPending) {
      this.drawPending = false;
      this.drawnAt = performance.now();
      noteIncidentsDrawn();
    }
  }
}
