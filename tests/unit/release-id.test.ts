// A release id in a URL is a plain positive integer within PostgreSQL's integer range; anything else is "not found".
import { describe, expect, it } from "vitest";
import { parseReleaseId } from "../../lib/filters/release-id";

describe("parseReleaseId", () => {
  it.each([
    ["1", 1],
    ["42", 42],
    ["2147483647", 2147483647],
    ["0", null],
    ["01", null],
    ["-1", null],
    ["1.5", null],
    ["1e3", null],
    [" 1", null],
    ["2147483648", null],
    ["99999999999", null],
    ["abc", null],
    ["", null],
  ])("reads %j as %j", (raw, id) => {
    expect(parseReleaseId(raw)).toBe(id);
  });
});
