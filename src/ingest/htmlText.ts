/**
 * Plain text from a parsed DOM subtree: paragraphs and other blocks separated by a blank line, <br>
 * a line break, runs of white space inside a block one space. Iterative, so a page of 100,000
 * unclosed tags does not overflow the stack; linear in the number of nodes. Uses no DOM globals
 * (node types by number), so it runs on DOMParser's documents and on linkedom's.
 */

import { HTML_BLOCK_TAGS } from "../pipeline/htmlBlockTags";

const ELEMENT = 1;
const TEXT = 3;

const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "head",
  "button",
  "select",
]);

export function blockText(root: Node): string {
  const out: string[] = [];
  let pending: "" | " " | "\n" | "\n\n" = "";
  const push = (s: string) => {
    if (out.length > 0 && pending) out.push(pending);
    pending = "";
    out.push(s);
  };
  const breakAtLeast = (b: "\n" | "\n\n") => {
    if (b === "\n\n" || pending !== "\n\n") pending = b;
  };
  // Each entry: a node to enter, or a marker to close a block once its children are done.
  const stack: (Node | "close-block")[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === "close-block") {
      breakAtLeast("\n\n");
      continue;
    }
    if (node.nodeType === TEXT) {
      const raw = node.nodeValue ?? "";
      const text = raw.replace(/\s+/g, " ");
      if (text === " ") {
        if (pending === "") pending = " ";
        continue;
      }
      if (text === "") continue;
      const lead = text.startsWith(" ");
      const trail = text.endsWith(" ");
      const body = text.trim();
      if (lead && pending === "") pending = " ";
      push(body);
      if (trail) pending = " ";
      continue;
    }
    if (node.nodeType !== ELEMENT && node !== root) continue;
    const name = (node as Element).localName?.toLowerCase() ?? "";
    if (node !== root && SKIPPED.has(name)) continue;
    if (name === "br") {
      breakAtLeast("\n");
      continue;
    }
    if ((name === "td" || name === "th") && pending === "") pending = " ";
    const block = HTML_BLOCK_TAGS.has(name);
    if (block) {
      breakAtLeast("\n\n");
      stack.push("close-block");
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out.join("");
}
