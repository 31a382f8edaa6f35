import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, sep } from 'node:path';
import { UserError } from '../exit-codes.ts';

/**
 * What an authoring command writes, applied all at once: every file is first written beside its
 * target under a temporary name, then each is renamed into place. A failure before the renames
 * removes the temporaries and any folder the plan created, so a run writes everything or nothing.
 */
export interface PlannedFile {
  path: string;
  content: string;
  /** `create` for a new file, `update` for an edit of an existing one (the resolver). */
  action: 'create' | 'update';
}

export class WriteRefused extends UserError {}

export interface ApplyOptions {
  force: boolean;
  dryRun: boolean;
}

/** Refuses (before touching anything) when a file the plan creates already exists and --force is not given. */
export function checkOverwrites(plan: PlannedFile[], force: boolean): void {
  if (force) return;
  const existing = plan.filter((f) => f.action === 'create' && existsSync(f.path));
  if (existing.length === 0) return;
  const shown = existing.slice(0, 5).map((f) => shownPath(f.path));
  throw new WriteRefused(
    `${shown.join(', ')}${existing.length > 5 ? ` and ${existing.length - 5} more` : ''} ` +
      `already exist${existing.length === 1 ? 's' : ''}; nothing was written (pass --force to ` +
      `overwrite, or choose another name or folder)`,
  );
}

export function applyPlan(plan: PlannedFile[], options: ApplyOptions): void {
  checkOverwrites(plan, options.force);
  if (options.dryRun) return;
  const createdDirs: string[] = [];
  const temporaries: { temp: string; path: string }[] = [];
  try {
    for (const file of plan) {
      const dir = dirname(file.path);
      if (!existsSync(dir)) {
        let top = dir;
        while (!existsSync(dirname(top)) && dirname(top) !== top) top = dirname(top);
        mkdirSync(dir, { recursive: true });
        createdDirs.push(top);
      }
      const temp = `${file.path}.livery-${process.pid}-${temporaries.length}.tmp`;
      writeFileSync(temp, file.content);
      temporaries.push({ temp, path: file.path });
    }
  } catch (error) {
    for (const { temp } of temporaries) rmSync(temp, { force: true });
    for (const dir of createdDirs.reverse()) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  for (const { temp, path } of temporaries) renameSync(temp, path);
}

export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith(`..${sep}`) && rel !== '..' ? rel : path;
}

/** "wrote …" lines and the next command, as every authoring command prints them. */
export function describePlan(plan: PlannedFile[], dryRun: boolean, next: string[]): string {
  const verb = (f: PlannedFile) =>
    dryRun ? (f.action === 'create' ? 'would create' : 'would update') : f.action === 'create' ? 'created' : 'updated';
  const width = Math.max(...plan.map((f) => verb(f).length));
  const lines = plan.map((f) => `  ${verb(f).padEnd(width)}  ${shownPath(f.path)}`);
  return [
    ...lines,
    '',
    dryRun ? 'dry run: nothing was written' : 'next:',
    ...(dryRun ? [] : next.map((n) => `  ${n}`)),
  ].join('\n');
}
