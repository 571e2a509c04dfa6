import { runMain, runServer } from './run';

// The production start: no demo data (the demo start is packages/demo's main).
runMain(() => runServer());
