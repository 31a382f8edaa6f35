/** A lint worker thread: rebuilds the file pipeline, then processes batches of files the main thread hands out. */
import { parentPort, workerData } from 'node:worker_threads';
import { pipelineFrom, processFile, type WorkerData } from './lint-one.ts';

const data = workerData as WorkerData;
const pipeline = pipelineFrom(data);

parentPort!.on('message', (batch: { start: number; files: string[] } | null) => {
  if (batch === null) {
    parentPort!.close();
    return;
  }
  parentPort!.postMessage({
    start: batch.start,
    outcomes: batch.files.map((file) => processFile(data.cwd, file, pipeline)),
  });
});
parentPort!.postMessage('ready');
