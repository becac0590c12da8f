// The built extension (dist/chrome) in the system's Chromium: see suite.ts and reading.ts for what is checked.
import { browserSuite } from './suite';
import { readingSuite } from './reading';
import { privacySuite } from './privacy';

browserSuite('chromium');
readingSuite('chromium');
privacySuite('chromium');
