/**
 * Reading and validating a brand needs no Style Dictionary: `diff`, `release-check` and `figma`
 * load brands through here, so they run where only the runtime dependencies are installed.
 */
import { Diagnostics, DiagnosticsError } from '../diagnostics.ts';
import { composeBrand, type Brand } from '../resolver/compose-brand.ts';
import { loadResolver } from '../resolver/load-resolver.ts';
import { checkUnlistedFiles } from '../resolver/unlisted-files.ts';
import { addTokenLines, TokenLines } from '../tokens/token-lines.ts';
import { cssNamesOf } from './css-declarations.ts';

/** Reads and validates the brand; throws DiagnosticsError listing every problem. Writes nothing. */
export function loadBrand(resolverFile: string, diagnostics = new Diagnostics()): Brand {
  const resolver = loadResolver(resolverFile, diagnostics);
  // A broken resolver leaves nothing sound to read tokens from; an unlisted file does not, so the
  // token files are still checked and every error of the run is reported together.
  const structural = diagnostics.hasErrors();
  if (resolver) checkUnlistedFiles(resolver, diagnostics);
  const lines = new TokenLines();
  const brand = resolver && !structural ? composeBrand(resolver, diagnostics, lines) : undefined;
  if (brand) checkCssNameCollisions(brand, diagnostics);
  addTokenLines(diagnostics.items, lines);
  if (!brand || diagnostics.hasErrors()) throw new DiagnosticsError(diagnostics.items);
  return brand;
}

function checkCssNameCollisions(brand: Brand, diagnostics: Diagnostics): void {
  const owners = new Map<string, { name: string; file: string }>();
  for (const token of brand.tokens.values()) {
    for (const cssName of cssNamesOf(token)) {
      const owner = owners.get(cssName);
      if (owner && owner.name !== token.name) {
        diagnostics.error({
          group: 'tokens',
          file: token.file,
          at: token.name,
          message: `maps to the CSS variable ${cssName}, which ${owner.name} (${owner.file}) already uses`,
          fix: `rename one of the two tokens so their paths differ after kebab-casing`,
        });
      } else {
        owners.set(cssName, { name: token.name, file: token.file });
      }
    }
  }
}
