import { readFileSync } from 'node:fs';
import { checkExport, ExchangeFileError, type VariablesExport } from './exchange-format.ts';

/** Reads an export file, refusing anything that is not one (another tool's, older, truncated). */
export function readExportFile(file: string): VariablesExport {
  return checkExport(readJson(file, 'export'), file);
}

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ExchangeFileError(
      `${file}: cannot read the ${what} file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const truncated = text.trim() && !/[}\]]\s*$/.test(text);
    throw new ExchangeFileError(
      `${file}: is not valid JSON (${(error as Error).message})` +
        `${truncated ? '; it looks truncated (cut off before its end): export again and save the whole file' : ''}`,
    );
  }
}
