/** polylabel 2 ships no types: its one function, as its README documents it. */
declare module "polylabel" {
  /** The pole of inaccessibility of a polygon (rings of [x, y], outer first), within `precision`. */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
