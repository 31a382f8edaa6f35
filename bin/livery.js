#!/usr/bin/env node
// The CLI is written in TypeScript under scripts/ and compiled to dist/lib by `npm run build:cli`.
import { main } from '../dist/lib/cli/livery.js';

// `livery resolve | head` closes the pipe early; that is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
