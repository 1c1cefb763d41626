#!/usr/bin/env node
// Installed entry point of the `scs-sim` command (built by `npm run build:cli`; `npm run cli --` runs the sources).
import '../out/cli/scs-sim.mjs';
