/**
 * Style layers that go with the incident markers (the markers themselves are a custom WebGL layer,
 * see incidentGlLayer.ts): the highlight of countries that have whole-country incidents in the time
 * window. The highlight is feature state on the countries source (promoteId "iso2"), so changing
 * which countries are lit re-tiles nothing.
 */
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from "maplibre-gl";

/** Feature-state key set on the countries source for a highlighted country. */
export const HIGHLIGHT_STATE = "highlight";

export const COUNTRY_HIGHLIGHT_LAYER = "country-highlight";

const lit: ExpressionSpecification = ["boolean", ["feature-state", HIGHLIGHT_STATE], false];

export function countryHighlightLayers(): (FillLayerSpecification | LineLayerSpecification)[] {
  return [
    {
      id: COUNTRY_HIGHLIGHT_LAYER,
      type: "fill",
      source: "countries",
      paint: { "fill-color": "#f2b705", "fill-opacity": ["case", lit, 0.16, 0] },
    },
    {
      id: "country-highlight-outline",
      type: "line",
      source: "countries",
      paint: {
        "line-color": "#b58500",
        "line-width": 1.5,
        "line-dasharray": [3, 2],
        "line-opacity": ["case", lit, 1, 0],
      },
    },
  ];
}
