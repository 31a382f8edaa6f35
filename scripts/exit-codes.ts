/**
 * What an exit code means, the same in every command: 0 ok; 1 findings (lint, check, drift, build
 * errors in tokens); 2 usage or configuration (a flag, an argument, a config or baseline file, a
 * missing catalogue or build tool); 69 a remote service (the Figma API) failed or was unreachable
 * after retries; 70 an internal error, a bug in liverykit (the stack is printed under LIVERY_DEBUG=1).
 *
 * An error the user can act on carries its code as `exitCode`; the CLI's one top-level catch
 * prints its message once and exits with it. Any other error is internal.
 */
export const EXIT = { ok: 0, findings: 1, usage: 2, unavailable: 69, internal: 70 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error with a message written for the user and the exit code it means. */
export interface UserFacingError extends Error {
  readonly exitCode: number;
}

export function isUserFacing(error: unknown): error is UserFacingError {
  return error instanceof Error && typeof (error as { exitCode?: unknown }).exitCode === 'number';
}

/** A problem the user can fix that has no error class of its own (exit 2 unless told). */
export class UserError extends Error implements UserFacingError {
  override name = 'UserError';
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.exitCode = exitCode;
  }
}
