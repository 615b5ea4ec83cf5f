import { describe, expect, it } from "vitest";
import { csvRecordCounter } from "./export-button";

describe("csvRecordCounter", () => {
  it("counts records across chunk boundaries, not newlines inside quoted fields", () => {
    const count = csvRecordCounter();
    expect(count('id,description\n1,"two\nlines"\n2,pl')).toBe(2);
    expect(count('ain\n3,"split ""quote')).toBe(3);
    expect(count(' and\nnewline"\n')).toBe(4);
  });
});
