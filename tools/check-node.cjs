#!/usr/bin/env node
/**
 * Stops with a message that says what to run when the Node running it is older than the site needs.
 * package.json runs it before `npm install`, `npm start` and `npm test`, and .ci/run uses it to
 * decide whether to fetch Node. (npm 10.9 and later stop even sooner, through `devEngines`.)
 *
 * The one place the supported versions are written is package.json's `engines.node` (devEngines
 * repeats it; tests/unit/tools/node-version.test.ts keeps the two, the README, .nvmrc and every
 * dependency's own minimum in agreement). This file is CommonJS with no dependencies and no recent
 * syntax, so that the oldest Node still gets as far as printing the message.
 *
 *   node tools/check-node.cjs           silent when the version fits; else the message, exit 1
 *   node tools/check-node.cjs --quiet   the exit status only
 */
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS on purpose: it must run on any Node. */
var fs = require('fs');
var path = require('path');

/** "22.22.3" → [22, 22, 3] (missing parts are 0). */
function parseVersion(text) {
  var match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(String(text).trim());
  if (!match) return null;
  return [Number(match[1]), Number(match[2] || 0), Number(match[3] || 0)];
}

function compare(a, b) {
  for (var i = 0; i < 3; i += 1) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/**
 * Whether a version satisfies a range written as alternatives of `^X.Y.Z` and `>=X.Y.Z` joined by
 * `||` (the forms package.json uses). Any other form throws, so that an edit to `engines` that this
 * check cannot read fails loudly instead of letting every version through.
 */
function satisfies(version, range) {
  var v = parseVersion(version);
  if (!v) throw new Error('check-node: cannot read the Node version "' + version + '"');
  return range.split('||').some(function (part) {
    var match = /^\s*(\^|>=)\s*(\S+)\s*$/.exec(part);
    var min = match && parseVersion(match[2]);
    if (!match || !min) {
      throw new Error(
        'check-node: cannot read "' +
          part.trim() +
          '" in engines.node; write alternatives of ^X.Y.Z or >=X.Y.Z joined by ||',
      );
    }
    if (compare(v, min) < 0) return false;
    return match[1] === '>=' || v[0] === min[0];
  });
}

/** The message for a Node outside the range: what is needed, what this is, and what to run. */
function advice(range, version, execPath) {
  var dir = '$HOME/.cache/node24';
  return [
    'This site needs Node ' +
      range +
      ' (package.json "engines"); this is Node ' +
      version +
      ' (' +
      execPath +
      ').',
    'Get Node 24 from the npm registry (about 30 s; it changes nothing outside the folder) and put it first on PATH:',
    '',
    '  npm install --prefix "' + dir + '" --no-save node@24',
    '  export PATH="' + dir + '/node_modules/.bin:$PATH"',
    '',
    'then run the command again (`node --version` should say v24). With nvm: `nvm install` reads .nvmrc.',
  ].join('\n');
}

function engineRange() {
  var pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
  var range = pkg.engines && pkg.engines.node;
  if (typeof range !== 'string') throw new Error('check-node: package.json has no engines.node');
  return range;
}

module.exports = { satisfies: satisfies, advice: advice, engineRange: engineRange };

if (require.main === module) {
  var range = engineRange();
  if (!satisfies(process.version, range)) {
    if (process.argv.indexOf('--quiet') === -1)
      console.error('\n' + advice(range, process.version, process.execPath) + '\n');
    process.exit(1);
  }
}
