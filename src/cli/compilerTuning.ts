// Imported first by main.ts: the settings must be given before any checking code runs.
import { setFlagsFromString } from 'node:v8';
import { compilerFlagsFor } from './compilerFlags';

const flags = compilerFlagsFor(process.versions.v8);
if (flags) setFlagsFromString(flags);
