/** A lint worker thread: rebuilds the file pipeline, then processes batches of files the main thread hands out. */
import { parentPort, workerData } from 'node:worker_threads';
import { pipelineFrom, processFile, type FileOutcome, type WorkerData } from './lint-one.ts';
import { utf8Room, writePieces } from './utf8-room.ts';

const data = workerData as WorkerData;
const pipeline = pipelineFrom(data);

parentPort!.on('message', (batch: { start: number; files: string[] } | null) => {
  if (batch === null) {
    parentPort!.close();
    return;
  }
  const outcomes = batch.files.map((file) => processFile(data.cwd, file, pipeline));
  // --cache keeps chunks as text, so they travel as text; otherwise see encodeChunks
  const moved = data.cache ? [] : encodeChunks(outcomes);
  parentPort!.postMessage({ start: batch.start, outcomes }, moved);
});
parentPort!.postMessage('ready');

/**
 * The batch's report chunks as UTF-8 in one buffer that moves to the main thread without a copy.
 * As strings they were copied into the main thread's heap, kept there until written (its garbage
 * collector copying them again), and encoded there: the main thread, which also writes the report
 * and lints, spent half as long again collecting garbage as a worker.
 */
let scratch = Buffer.allocUnsafeSlow(0);
function encodeChunks(outcomes: FileOutcome[]): ArrayBuffer[] {
  const texts = outcomes.flatMap(({ chunk }) => (typeof chunk === 'string' ? [chunk] : []));
  if (!texts.length) return [];
  // encoded into a scratch buffer with room for the longest encoding, then copied to one of the
  // exact size: a pass to count costs more than the copy, and the room left over in a transferred
  // buffer counts as memory to the main thread's garbage collector
  const room = utf8Room(texts);
  if (scratch.length < room) scratch = Buffer.allocUnsafeSlow(room);
  const ends = writePieces(texts, scratch);
  const bytes = new Uint8Array(ends[ends.length - 1]!);
  bytes.set(scratch.subarray(0, bytes.length));
  let i = 0;
  let from = 0;
  for (const outcome of outcomes) {
    if (typeof outcome.chunk !== 'string') continue;
    outcome.chunk = bytes.subarray(from, (from = ends[i++]!));
  }
  return [bytes.buffer];
}
