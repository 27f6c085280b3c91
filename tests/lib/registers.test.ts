import { describe, expect, it } from "vitest";
import { EMPTY_REGISTERS } from "../../lib/registers";

describe("EMPTY_REGISTERS", () => {
  it("has no person, body, document or place", () => {
    expect([EMPTY_REGISTERS.people.size, EMPTY_REGISTERS.bodies.size, EMPTY_REGISTERS.documents.size, EMPTY_REGISTERS.places.size]).toEqual([0, 0, 0, 0]);
  });
});
