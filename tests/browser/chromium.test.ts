// The built extension (dist/chrome) in the system's Chromium: see suite.ts, reading.ts, privacy.ts and packages.ts for what is checked.
import { browserSuite } from './suite';
import { readingSuite } from './reading';
import { privacySuite } from './privacy';
import { packagesSuite } from './packages';

browserSuite('chromium');
readingSuite('chromium');
privacySuite('chromium');
packagesSuite('chromium');
