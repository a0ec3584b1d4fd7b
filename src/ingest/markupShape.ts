/**
 * The shape of a page's markup, measured before any parsing and in linear time: how many tags, and
 * how many stay open (an upper bound of the nesting depth). DOM parsers and Readability slow down
 * steeply with nesting (Readability took 25 s on 1,000 nested blocks), so a page far outside what a
 * news site serves is refused with a clear message, and a deep one is read without Readability.
 */

/** Elements that never have a closing tag, or whose closing tag may be left out. */
const SELF_CLOSING = new Set(
  "area base br col embed hr img input link meta param source track wbr p li dt dd tr td th option optgroup colgroup caption thead tbody tfoot rt rp".split(
    " ",
  ),
);

export interface MarkupShape {
  tags: number;
  /** Opening tags never closed, a bound of the depth a parser builds. */
  unclosed: number;
}

export function markupShape(html: string): MarkupShape {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let tags = 0;
  let depth = 0;
  let deepest = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    tags++;
    const name = m[2]!.toLowerCase();
    if (SELF_CLOSING.has(name) || m[3] === "/") continue;
    if (m[1] === "/") depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  }
  return { tags, unclosed: deepest };
}

/** Pages past these are refused before parsing. */
export const MAX_HTML_TAGS = 200_000;
export const MAX_HTML_NESTING = 2_000;
/** Pages past these (measured on the parsed DOM) are read as their whole body, without Readability. */
export const MAX_READABILITY_ELEMENTS = 30_000;
export const MAX_READABILITY_DEPTH = 120;

/** Number of elements and deepest nesting of a parsed document, iteratively. */
export function domShape(root: Node): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, d] = stack.pop()!;
    if (node.nodeType !== 1) continue;
    elements++;
    if (d > depth) depth = d;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) stack.push([children[i]!, d + 1]);
  }
  return { elements, depth };
}
