/** A progress bar on stderr, only on a terminal and only for scans that take over a second. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): {
  update(done: number, total: number): void;
  done(): void;
} {
  if (!stream.isTTY) return { update() {}, done() {} };
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    update(done, total) {
      const now = Date.now();
      if (now - started < 1000 || now - last < 100) return;
      last = now;
      shown = true;
      const width = 30;
      const filled = Math.round((done / Math.max(1, total)) * width);
      stream.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files`);
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
    },
  };
}
