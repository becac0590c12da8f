// The built extension (dist/firefox) in the system's Firefox ESR: see suite.ts, reading.ts, robustness.ts, privacy.ts, packages.ts and german-ui.ts for what is checked.
import { browserSuite } from './suite';
import { readingSuite } from './reading';
import { robustnessSuite } from './robustness';
import { privacySuite } from './privacy';
import { packagesSuite } from './packages';
import { germanInterfaceSuite } from './german-ui';

browserSuite('firefox');
readingSuite('firefox');
robustnessSuite('firefox');
privacySuite('firefox');
packagesSuite('firefox');
germanInterfaceSuite('firefox');
