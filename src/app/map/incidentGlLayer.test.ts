import { describe, expect, it } from "vitest";
import type { EventOut } from "../../pipeline/contract";
import { casualtyRadius, columnsFromIncidents } from "../model/columns";
import { typeIndex } from "../model/columnCodes";
import type { Incident } from "../model/incident";
import { drawOrder, instanceData } from "./incidentGlLayer";
import { KIND_COUNTRY, KIND_EXACT, KIND_NEAR, KIND_REGION } from "./markerStyle";

function incident(
  key: string,
  t0: number,
  precision: EventOut["precision"],
  killed: number | null = null,
): Incident {
  const event = {
    id: key,
    type: "aid",
    precision,
    lat: 1,
    lon: 2,
    countryCode: "KE",
    killed,
    wounded: null,
  } as EventOut;
  return { key, article: 0, event, t0, t1: t0, casualties: killed ?? 0, userEdited: key === "edited" };
}

describe("the GPU buffer of the incident layer", () => {
  const incidents = [
    incident("dot1", 1, "city"),
    incident("halo1", 2, "country"),
    incident("ring1", 3, "near"),
    incident("edited", 4, "exact", 100),
    incident("ring2", 5, "region"),
    incident("halo2", 6, "country"),
  ];
  const cols = columnsFromIncidents(incidents);

  it("draws country halos first, then region areas, near rings, dots, each group in time order", () => {
    const order = drawOrder(cols);
    const keys = [...order.rows].map((row) => (incidents[cols.source[row] as number] as Incident).key);
    expect(keys).toEqual(["halo1", "halo2", "ring2", "ring1", "dot1", "edited"]);
    expect(order.groups.map((g) => [g.start, [...g.t0]])).toEqual([
      [0, [2, 6]],
      [2, [5]],
      [3, [3]],
      [4, [1, 4]],
    ]);
  });

  it("packs position, days, type, kind, the user-edited flag and the radius of each instance", () => {
    const order = drawOrder(cols);
    const data = instanceData(cols, order.rows);
    expect(data.byteLength).toBe(6 * 20);
    const f32 = new Float32Array(data);
    const u8 = new Uint8Array(data);
    // The last instance: "edited", exact, 100 casualties.
    expect([f32[25], f32[25 + 2], f32[25 + 3]]).toEqual([cols.x[3], 4, 4]);
    expect([...u8.subarray(5 * 20 + 16, 5 * 20 + 20)]).toEqual([
      typeIndex("aid"),
      KIND_EXACT,
      1,
      Math.round(casualtyRadius(100) * 8),
    ]);
    expect(u8[0 * 20 + 17]).toBe(KIND_COUNTRY);
    expect(u8[2 * 20 + 17]).toBe(KIND_REGION);
    expect(u8[3 * 20 + 17]).toBe(KIND_NEAR);
    expect(u8[0 * 20 + 18]).toBe(0);
  });
});
