#!/usr/bin/env node
// The CLI is written in TypeScript under scripts/ and compiled to dist/lib by `npm run build:cli`.
import { main } from '../dist/lib/cli/livery.js';

process.exitCode = await main(process.argv.slice(2));
