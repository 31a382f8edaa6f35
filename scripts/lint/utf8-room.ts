/**
 * Report text encoded into buffers sized without a pass to count: UTF-8 takes at most 3 bytes per
 * UTF-16 code unit (a character beyond the BMP is two units and 4 bytes), so `length × 3` always
 * holds a string's encoding. The workers, the main thread's writes and the reader's size check
 * all rely on that bound.
 */
export const MOST_UTF8_BYTES_PER_UNIT = 3;

/** Bytes that always hold the pieces, strings encoded as UTF-8 and bytes as they are. */
export function utf8Room(pieces: readonly (string | Uint8Array)[]): number {
  let room = 0;
  for (const piece of pieces)
    room += typeof piece === 'string' ? piece.length * MOST_UTF8_BYTES_PER_UNIT : piece.length;
  return room;
}

/** Writes the pieces one after another into `buffer` from its start; returns the offset after each. */
export function writePieces(pieces: readonly (string | Uint8Array)[], buffer: Buffer): number[] {
  const ends: number[] = [];
  let at = 0;
  for (const piece of pieces) {
    if (typeof piece === 'string') at += buffer.write(piece, at, 'utf8');
    else (buffer.set(piece, at), (at += piece.length));
    ends.push(at);
  }
  return ends;
}
