/** Exit codes every command uses: 0 ok, 1 findings or build errors, 2 usage or configuration error. */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(args: string[]): Promise<number>;
}

export class UsageError extends Error {}
