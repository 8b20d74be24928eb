import type { Command } from "commander";
import { CLI_OPERATOR } from "../../core/staff/actor.js";
import { AppError, isAppError } from "../../core/shared/app-error.js";
import { STAFF_ROLES } from "../../core/staff/roles.js";
import type { StaffServices } from "../../http/console/services.js";
import { guardCli, type CliOutput } from "./ask.js";

/** Opens the configured database and the staff services over it; wired by the CLI's composition. */
export type OpenStaffServices = () => Promise<{ services: StaffServices; close(): Promise<void> }>;

const splitList = (value: string | undefined): string[] => (value ?? "").split(",").map((v) => v.trim()).filter(Boolean);

/** A service's field problems as one line ("email: taken"). */
function explain(error: unknown): never {
  if (isAppError(error) && error.fields) {
    const reasons = Object.entries(error.fields).map(([field, problem]) => `${field}: ${problem}`).join(", ");
    throw new AppError(error.code, `not created (${reasons}); roles are ${STAFF_ROLES.join(", ")}`, 400);
  }
  throw error;
}

async function withServices(open: OpenStaffServices, body: (services: StaffServices) => Promise<void>): Promise<void> {
  const { services, close } = await open();
  try {
    await body(services);
  } finally {
    await close();
  }
}

/**
 * `motcua staff create`: creates a staff account and prints its one-time password.
 *
 * @returns the exit code (0 created, 2 bad input).
 */
export async function runStaffCreate(opts: { email: string; role: string; department?: string; name?: string }, open: OpenStaffServices, io: CliOutput): Promise<number> {
  return guardCli(io, () =>
    withServices(open, async (services) => {
      const org = await services.organisation.current();
      if (!org) throw new AppError("no_organisation", "no organisation yet: run `motcua seed` or start the service once", 400);
      const departmentIds: string[] = [];
      for (const code of splitList(opts.department)) {
        const department = await services.departments.findByCode(code);
        if (!department) throw new AppError("unknown_department", `no department with code ${code}`, 400);
        departmentIds.push(department.id);
      }
      const created = await services.staffAccounts
        .create(CLI_OPERATOR, { email: opts.email, fullName: opts.name ?? "", roles: splitList(opts.role), departmentIds }, org.id)
        .catch(explain);
      const roles = [...new Set(created.account.roles.map((r) => r.role))].join(", ");
      io.stdout.write(
        `Created ${created.account.email} (${roles}).\nOne-time password: ${created.oneTimePassword}\n` +
          `It must be changed at first sign-in and is not shown again.\n`,
      );
    }).then(() => 0),
  );
}

/**
 * `motcua staff reset-password`: a new one-time password; the account's sessions end and a lockout is lifted.
 *
 * @returns the exit code (0 done, 2 unknown e-mail).
 */
export async function runStaffResetPassword(email: string, open: OpenStaffServices, io: CliOutput): Promise<number> {
  return guardCli(io, () =>
    withServices(open, async (services) => {
      const reset = await services.staffAccounts.resetPasswordByEmail(CLI_OPERATOR, email);
      io.stdout.write(`New one-time password for ${reset.account.email}: ${reset.oneTimePassword}\nIt must be changed at first sign-in and is not shown again.\n`);
    }).then(() => 0),
  );
}

/**
 * `motcua token create`: an API token with a role, printed once.
 *
 * @returns the exit code (0 created, 2 bad input).
 */
export async function runTokenCreate(opts: { role: string; name: string }, open: OpenStaffServices, io: CliOutput): Promise<number> {
  return guardCli(io, () =>
    withServices(open, async (services) => {
      const created = await services.apiTokens.create(CLI_OPERATOR, { name: opts.name, role: opts.role }).catch(explain);
      io.stdout.write(`API token "${created.record.name}" (${created.record.role}):\n${created.token}\nStore it now: it is not shown again. Send it as "Authorization: Bearer <token>".\n`);
    }).then(() => 0),
  );
}

/** Registers `motcua staff create|reset-password` and `motcua token create`. */
export function registerStaffCommands(program: Command, open: OpenStaffServices): void {
  const io: CliOutput = { stdout: process.stdout, stderr: process.stderr };
  const staff = program.command("staff").description("manage staff accounts of the console");
  staff
    .command("create")
    .description("create a staff account and print its one-time password")
    .requiredOption("--email <email>", "the person's e-mail (their sign-in name)")
    .requiredOption("--role <role>", `${STAFF_ROLES.join(", ")} (a comma list for several)`)
    .option("--department <code>", "department code(s) of an officer, comma separated (e.g. KTHTDT)")
    .option("--name <name>", "full name shown in the console")
    .action(async (opts: { email: string; role: string; department?: string; name?: string }) => {
      process.exitCode = await runStaffCreate(opts, open, io);
    });
  staff
    .command("reset-password <email>")
    .description("give an account a new one-time password (ends its sessions, lifts a lockout)")
    .action(async (email: string) => {
      process.exitCode = await runStaffResetPassword(email, open, io);
    });
  program
    .command("token")
    .description("manage API tokens")
    .command("create")
    .description("create an API token with a role and print it once")
    .requiredOption("--role <role>", "admin, triage, editor or leader (the CMS news push needs editor)")
    .requiredOption("--name <name>", "who uses it, e.g. \"CMS cổng thông tin\"")
    .action(async (opts: { role: string; name: string }) => {
      process.exitCode = await runTokenCreate(opts, open, io);
    });
}
