/**
 * Where the incidents stacked at one point are spread to (spiderfy), as pixel offsets from the
 * point: up to CIRCLE_MAX on a circle whose circumference gives each marker `spacing` pixels,
 * more on an outward spiral (the layout Leaflet.markercluster and OverlappingMarkerSpiderfier use).
 * The first item is at the top, the rest clockwise.
 */
export interface Offset {
  dx: number;
  dy: number;
}

const CIRCLE_MAX = 8;

export function spiderLayout(count: number, spacing = 34): Offset[] {
  if (count <= 0) return [];
  if (count === 1) return [{ dx: 0, dy: 0 }];
  if (count <= CIRCLE_MAX) {
    const radius = Math.max(spacing, (spacing * count) / (2 * Math.PI));
    return Array.from({ length: count }, (_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
      return { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
    });
  }
  // Archimedean spiral r = spacing * (1 + angle / 2π): turns `spacing` apart, items `spacing` apart along it.
  const out: Offset[] = [];
  let angle = 0;
  for (let i = 0; i < count; i++) {
    const radius = spacing * (1 + angle / (2 * Math.PI));
    out.push({ dx: radius * Math.cos(angle - Math.PI / 2), dy: radius * Math.sin(angle - Math.PI / 2) });
    angle += spacing / radius;
  }
  return out;
}
