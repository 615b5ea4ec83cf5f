import { describe, expect, it } from "vitest";
import { csvCell, csvLines } from "./csv";

describe("csv", () => {
  it("neutralises formulas but keeps negative amounts", () => {
    expect(csvCell("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("-10.00")).toBe("-10.00");
    expect(csvCell("-cmd")).toBe("'-cmd");
    expect(csvCell(null)).toBe("");
  });

  it("quotes commas, quotes and newlines", () => {
    expect(csvLines([["a,b", 'say "hi"', "line\nbreak"]])).toBe('"a,b","say ""hi""","line\nbreak"\n');
  });
});
