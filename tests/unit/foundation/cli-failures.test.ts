import { describe, expect, it } from "vitest";
import { describeFailure } from "../../../src/cli/run-guarded.js";
import { ConfigError } from "../../../src/config.js";
import { AppError } from "../../../src/core/shared/app-error.js";

describe("CLI failures", () => {
  it("names every bad variable and exits 2 for configuration errors", () => {
    expect(describeFailure(new ConfigError(["PORT: expected a port", "ROLES: expected web"]))).toEqual({
      lines: ["invalid configuration: PORT: expected a port", "invalid configuration: ROLES: expected web"],
      exitCode: 2,
    });
  });

  it("exits 2 for bad input and 1 for what could not run", () => {
    expect(describeFailure(new AppError("bad_input", "the question is empty", 400))).toEqual({ lines: ["the question is empty"], exitCode: 2 });
    expect(describeFailure(new AppError("data_dir_in_use", "in use", 503)).exitCode).toBe(1);
    const refused = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    expect(describeFailure(refused)).toEqual({ lines: ["cannot reach the database (ECONNREFUSED); check DATABASE_URL"], exitCode: 1 });
    expect(describeFailure(new Error("boom")).lines[0]).toBe("unexpected error: boom");
  });
});
