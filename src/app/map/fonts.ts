/**
 * The map's label font: Noto Sans from @fontsource, bundled by Vite and served from the page's own
 * origin. MapLibre's style `font-faces` draws labels from these files (no glyph PBFs, no glyphs URL),
 * one file per Unicode block, as in @fontsource's own CSS.
 */
import type { FontFacesSpecification } from "maplibre-gl";
import latin from "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url";
import latinExt from "@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url";
import greek from "@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff2?url";
import cyrillic from "@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url";
import latinBold from "@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url";
import latinExtBold from "@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url";

export const MAP_FONT = "Noto Sans Regular";
export const MAP_FONT_BOLD = "Noto Sans SemiBold";

const LATIN = [
  "U+0000-00FF",
  "U+0131",
  "U+0152-0153",
  "U+02BB-02BC",
  "U+02C6",
  "U+02DA",
  "U+02DC",
  "U+0304",
  "U+0308",
  "U+0329",
  "U+2000-206F",
  "U+20AC",
  "U+2122",
  "U+2191",
  "U+2193",
  "U+2212",
  "U+2215",
  "U+FEFF",
  "U+FFFD",
];
const LATIN_EXT = ["U+0100-02BA", "U+02BD-02C5", "U+02C7-02CC", "U+02CE-02D7", "U+02DD-02FF", "U+1E00-1E9F"];

/** Absolute URLs on the page's origin (font files are fetched by MapLibre, not by CSS). */
function here(url: string): string {
  return new URL(url, window.location.href).href;
}

export function mapFontFaces(): FontFacesSpecification {
  return {
    [MAP_FONT]: [
      { url: here(latin), "unicode-range": LATIN },
      { url: here(latinExt), "unicode-range": LATIN_EXT },
      { url: here(greek), "unicode-range": ["U+0370-03FF"] },
      { url: here(cyrillic), "unicode-range": ["U+0400-045F", "U+0490-0491"] },
    ],
    [MAP_FONT_BOLD]: [
      { url: here(latinBold), "unicode-range": LATIN },
      { url: here(latinExtBold), "unicode-range": LATIN_EXT },
    ],
  };
}
