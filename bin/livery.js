#!/usr/bin/env node
// The CLI is written in TypeScript under scripts/ and bundled into dist/lib by `npm run build:cli`.
// This file must parse and run on any Node, so that an old one gets one clear line instead of a
// SyntaxError from deep inside: plain ES2015 only, the version check first, the CLI imported after.
import { readFileSync } from 'fs';
import nodeModule from 'module';

var manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
var floor = /(\d+)\.(\d+)/.exec(manifest.engines.node);
var have = process.versions.node.split('.').map(Number);
var need = [Number(floor[1]), Number(floor[2])];
if (have[0] < need[0] || (have[0] === need[0] && have[1] < need[1])) {
  process.stderr.write(
    manifest.name +
      ' needs Node.js ' +
      need.join('.') +
      ' or newer (engines "' +
      manifest.engines.node +
      '"); this is Node.js ' +
      process.versions.node +
      ': install a current Node.js from https://nodejs.org and run it again\n',
  );
  process.exit(2);
}

// `livery resolve | head` closes the pipe early; that is not an error.
process.stdout.on('error', function (error) {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// V8's compiled code of the CLI's modules is kept between runs, in Node's compile cache (under the
// system temp folder, or NODE_COMPILE_CACHE; NODE_DISABLE_COMPILE_CACHE=1 turns it off): a one-file
// lint spent more time compiling them than linting (114 -> 104 ms)
if (nodeModule.enableCompileCache) nodeModule.enableCompileCache();

import('../dist/lib/livery.js').then(
  function (cli) {
    return cli.main(process.argv.slice(2)).then(function (code) {
      process.exitCode = code;
    });
  },
  function (error) {
    // the CLI itself did not load (a missing or broken dist/lib): an internal error, never a usage one
    process.stderr.write(
      'livery: internal error: the CLI did not load: ' +
        (process.env.LIVERY_DEBUG === '1' ? error.stack : error.message) +
        '\n',
    );
    process.exitCode = 70;
  },
);
