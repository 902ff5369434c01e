#!/usr/bin/env node
import { runProcess } from '../dist/cli/runProcess.js';

// No top-level await: a promise that never settles must not end the process with Node's exit 13.
runProcess(process.argv.slice(2));
