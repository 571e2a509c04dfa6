import { runMain, runServer } from '@cppcc/server/dist/run';
import { seedDemoCounty } from './index';

// npm start: the product with the demo county in an empty database; NODE_ENV=production starts it without.
runMain(() => runServer({ seed: process.env.NODE_ENV === 'production' ? undefined : seedDemoCounty }));
