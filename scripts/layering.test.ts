/**
 * The import graph of scripts/, components/ and docs/generate/: no module imports itself through
 * others (a cycle makes load order matter and the layers unclear), and the cores of lint and
 * check know their rules only through the registry (rules/index.ts), never a rule module.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TREES = ['scripts', 'components', 'docs/generate'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Every relative import (static, re-export or dynamic; type-only ones too) of each module, as repo paths. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of TREES.flatMap((tree) => sources(join(ROOT, tree)))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((i) => i.fileName)
      .filter((name) => name.startsWith('.'))
      .map((name) =>
        relative(ROOT, resolve(dirname(file), name))
          .split('\\')
          .join('/'),
      );
    graph.set(relative(ROOT, file).split('\\').join('/'), targets);
  }
  return graph;
}

/** The cycles of a graph, each as the path that closes it (Tarjan's strongly connected components). */
function cycles(graph: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || graph.get(node)!.includes(node)) found.push(component.sort());
    }
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('layering', () => {
  const graph = importGraph();

  it('reads the whole tree', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(graph.get('scripts/lint/lint-file.ts')).toContain('scripts/lint/extract/index.ts');
  });

  it('has no import cycle', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds a cycle when there is one (the test can fail)', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
  });

  it('lint and check cores import no rule, only the rule registry', () => {
    const offending: string[] = [];
    for (const [file, targets] of graph) {
      for (const tool of ['scripts/lint', 'scripts/check']) {
        const rules = `${tool}/rules/`;
        if (!file.startsWith(`${tool}/`) || file.startsWith(rules) || file.endsWith('.test.ts')) continue;
        for (const target of targets)
          if (target.startsWith(rules) && target !== `${rules}index.ts`) offending.push(`${file} → ${target}`);
      }
    }
    expect(offending).toEqual([]);
  });
});
