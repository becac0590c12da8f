// The built extension (dist/chrome) in the system's Chromium: see suite.ts, reading.ts, robustness.ts, privacy.ts, packages.ts and german-ui.ts for what is checked.
import { browserSuite } from './suite';
import { readingSuite } from './reading';
import { robustnessSuite } from './robustness';
import { privacySuite } from './privacy';
import { packagesSuite } from './packages';
import { germanInterfaceSuite } from './german-ui';

browserSuite('chromium');
readingSuite('chromium');
robustnessSuite('chromium');
privacySuite('chromium');
packagesSuite('chromium');
germanInterfaceSuite('chromium');
