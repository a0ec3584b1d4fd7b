import { describe, expect, it } from "vitest";
import { withoutTsx } from "./workerBundle";

describe("withoutTsx", () => {
  it("drops tsx's loader however it was given and keeps every other flag", () => {
    expect(
      withoutTsx([
        "--require",
        "/repo/node_modules/tsx/dist/preflight.cjs",
        "--import",
        "file:///repo/node_modules/tsx/dist/loader.mjs",
        "--cpu-prof",
        "--import",
        "./other.mjs",
        "--import=tsx",
        "--max-old-space-size=512",
        "--require=./setup.cjs",
      ]),
    ).toEqual(["--cpu-prof", "--import", "./other.mjs", "--max-old-space-size=512", "--require=./setup.cjs"]);
  });

  it("keeps a loader whose name only contains tsx", () => {
    expect(withoutTsx(["--import", "./my-tsx-helper.mjs"])).toEqual(["--import", "./my-tsx-helper.mjs"]);
  });
});
