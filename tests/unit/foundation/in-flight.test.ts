import { describe, expect, it } from "vitest";
import { InFlightWork } from "../../../src/core/shared/in-flight.js";

describe("in-flight work", () => {
  it("drains work tracked before and during the drain", async () => {
    const work = new InFlightWork();
    const done: string[] = [];
    work.track(new Promise((r) => setTimeout(r, 20)).then(() => done.push("a")));
    work.track(
      new Promise((r) => setTimeout(r, 10)).then(() => {
        done.push("b");
        work.track(new Promise((r) => setTimeout(r, 10)).then(() => done.push("c")));
      }),
    );
    expect(await work.drain(5_000)).toBe(0);
    expect(done.sort()).toEqual(["a", "b", "c"]);
  });

  it("gives up after the timeout and says how much is left", async () => {
    const work = new InFlightWork();
    work.track(new Promise(() => {}));
    work.track(Promise.reject(new Error("x"))).catch(() => {});
    expect(await work.drain(30)).toBe(1);
  });
});
