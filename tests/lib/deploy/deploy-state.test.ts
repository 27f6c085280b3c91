import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nextPorts, parseDeployState, readDeployState, writeDeployState, type DeployState, type Layout } from "../../../lib/deploy/deploy-state";

const LAYOUT: Layout = { listenHost: "127.0.0.1", listenPort: 8080, portBase: 3001, processes: 2 };
const live = (ports: readonly number[]) => ({ release: "r1", buildId: "b1", processes: ports.map((port, n) => ({ port, process: { pid: 100 + n, startTime: "42" } })) });

describe("nextPorts", () => {
  it.each([
    ["the first set when nothing is live", undefined, [3001, 3002]],
    ["the second set while the first is live", live([3001, 3002]), [3003, 3004]],
    ["the first set again while the second is live", live([3003, 3004]), [3001, 3002]],
    ["the second set while even one port of the first is live", live([3002]), [3003, 3004]],
  ])("gives %s", (_name, current, expected) => {
    expect(nextPorts(LAYOUT, current)).toEqual(expected);
  });
});

describe("the state file", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-state-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const state: DeployState = { layout: LAYOUT, live: live([3001, 3002]), draining: [{ port: 3003, process: { pid: 7, startTime: "9" } }] };

  it("reads back exactly what was written", () => {
    const file = path.join(dir, "state.json");
    writeDeployState(file, state);
    expect(readDeployState(file)).toEqual(state);
  });

  it("leaves no temporary file beside it", () => {
    writeDeployState(path.join(dir, "state.json"), state);
    expect(readFileSync(path.join(dir, "state.json"), "utf8")).toBe(`${JSON.stringify(state, null, 2)}\n`);
  });

  it.each([
    ["a missing file", undefined],
    ["half a file", '{"layout": {"listenHost": "127.0.0.1"'],
    ["a process without its start time", JSON.stringify({ ...state, draining: [{ port: 3003, process: { pid: 7 } }] })],
    ["a layout with a port in words", JSON.stringify({ ...state, layout: { ...LAYOUT, portBase: "3001" } })],
  ])("is not a state when it is %s", (_name, text) => {
    const file = path.join(dir, `bad-${String(text?.length)}.json`);
    if (text !== undefined) writeFileSync(file, text);
    expect(readDeployState(file)).toBeUndefined();
  });

  it("may have no live set (before the first deploy finished)", () => {
    expect(parseDeployState({ layout: LAYOUT, draining: [] })).toEqual({ layout: LAYOUT, draining: [] });
  });
});
