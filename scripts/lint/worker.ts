/** A lint worker thread: rebuilds the token index, then lints batches of files the main thread hands out. */
import { parentPort, workerData } from 'node:worker_threads';
import { readCatalogue } from '../catalogue/read-catalogue.ts';
import { lintOne, settingsFrom, type SerializableSettings } from './lint-one.ts';
import { buildTokenIndex } from './token-index.ts';

interface Data {
  cwd: string;
  catalogue: string;
  settings: SerializableSettings;
  fix: boolean;
}

const data = workerData as Data;
const settings = settingsFrom(data.settings, buildTokenIndex(readCatalogue(data.catalogue)));

parentPort!.on('message', (batch: string[] | null) => {
  if (batch === null) {
    parentPort!.close();
    return;
  }
  const results = batch.map((file) => lintOne(data.cwd, file, settings, data.fix));
  parentPort!.postMessage(results);
});
parentPort!.postMessage('ready');
