import { describe, expect, it } from "vitest";
import { htmlToText, looksLikeHtml } from "./cleanInput";

describe("htmlToText", () => {
  it("drops scripts, styles and comments, turns blocks into lines and decodes entities", () => {
    expect(
      htmlToText(
        "<html><body><h1>Title</h1><p>Rockets hit <b>Kabul</b>&nbsp;&amp; <i>Herat</i>.</p>" +
          "<script type='x'>alert('<p>')</script><style>p{}</style><!-- note --><div>Next &lt;line&gt;</div>" +
          "<SCRIPT>x()</SCRIPT >End</body></html>",
      ),
    ).toBe("Title\n\nRockets hit Kabul & Herat.\n\nNext <line>\nEnd");
  });

  it("breaks the line at every block element the page reader knows, so that two blocks never join", () => {
    expect(
      htmlToText("<nav>Home</nav><main><dl><dt>Homs</dt><dd>Shelling</dd></dl></main><aside>Aleppo</aside>"),
    ).toBe("Home\n\nHoms\n\nShelling\n\nAleppo");
  });

  it("trims spaces before a line break only", () => {
    expect(htmlToText("<p>a   </p>\t \n<p> b</p>   c")).toBe("a\n\n b\n   c");
  });

  it("keeps what only looks like markup: unclosed comments, scripts and tags stay as text or lose only their tag", () => {
    expect(htmlToText("<p>a <!-- b")).toBe("a <!-- b");
    expect(htmlToText("<p>a <script>b")).toBe("a b");
    expect(htmlToText("<p>a <div class=x b")).toBe("a <div class=x b");
    expect(htmlToText("<p>1 < 2 and 3 > 2</p>")).toBe("1 < 2 and 3 > 2");
  });

  it("reads long runs of unclosed markup in linear time (results on big inputs)", () => {
    const n = 100_000;
    expect(htmlToText("<p>" + "<div class=x ".repeat(n)).length).toBe(
      "<div class=x ".repeat(n).trim().length,
    );
    expect(htmlToText("<p>" + "<script>x ".repeat(n))).toBe("x ".repeat(n).trim());
    expect(htmlToText("<p>" + "<!-- x ".repeat(n))).toBe("<!-- x ".repeat(n).trim());
    expect(htmlToText("<p>" + " ".repeat(200_000) + "x")).toBe("x");
    expect(htmlToText("<p>" + "a \t".repeat(n) + "\nb")).toBe("a \t".repeat(n - 1) + "a" + "\nb");
  });
});

describe("looksLikeHtml", () => {
  it("needs a tag of an HTML element", () => {
    expect(looksLikeHtml("a <p class='x'> b")).toBe(true);
    expect(looksLikeHtml("a <P>")).toBe(true);
    expect(looksLikeHtml("1 < 2, a <b or c")).toBe(false);
    expect(looksLikeHtml("<div class=x ".repeat(100_000))).toBe(false);
  });
});
