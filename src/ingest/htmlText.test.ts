/** Block text from real linkedom documents, adversarial markup included. */
import { describe, expect, it } from "vitest";
import { blockText } from "./htmlText";
import { parseHtmlWithLinkedom } from "./linkedomParser";
import { parseInputFile } from "./parseInputFile";

const body = (html: string) =>
  parseHtmlWithLinkedom(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`)!.body;

describe("blockText", () => {
  it("separates blocks by a blank line, breaks lines at <br>, joins inline text and drops scripts", () => {
    expect(
      blockText(
        body(
          "<h2>Title</h2><p>One <em>two</em>\n   three<br>four</p><script>alert(1)</script><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table>",
        ),
      ),
    ).toBe("Title\n\nOne two three\nfour\n\na\n\nb\n\nx y");
  });

  it("walks 12,000 nested elements without overflowing the stack", () => {
    const html = "<span>".repeat(12_000) + "Fighting near Juba.";
    expect(blockText(body(html)).trim()).toBe("Fighting near Juba.");
  });

  const read = (name: string, html: string) =>
    parseInputFile({ name, bytes: new TextEncoder().encode(html) }, { parseHtml: parseHtmlWithLinkedom });

  it("refuses a page of 100,000 unclosed tags with a clear problem, before parsing it", () => {
    const r = read(
      "deep.html",
      "<html><body>" + "<div><span>Shelling near Juba. ".repeat(50_000) + "</body></html>",
    );
    expect(r.articles).toEqual([]);
    expect(r.problems[0]!.message).toBe(
      "deep.html: the page nests 100,002 tags inside one another (more than 2,000), which no article page does",
    );
  });

  it("reads a page too deep for Readability as its body text, without the page chrome", () => {
    const html =
      "<html><body><nav>Home World</nav>" +
      "<div><p>Shelling near Juba. ".repeat(500) +
      "</div>".repeat(500) +
      "<footer>Copyright</footer></body></html>";
    const r = read("nested.html", html);
    expect(r.problems).toEqual([]);
    expect(r.articles[0]!.text.startsWith("Shelling near Juba.\n\nShelling near Juba.")).toBe(true);
    expect(r.articles[0]!.text).not.toMatch(/Home|Copyright/);
  });
});
