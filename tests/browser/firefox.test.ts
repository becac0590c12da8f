// The built extension (dist/firefox) in the system's Firefox ESR: see suite.ts and reading.ts for what is checked.
import { browserSuite } from './suite';
import { readingSuite } from './reading';
import { privacySuite } from './privacy';

browserSuite('firefox');
readingSuite('firefox');
privacySuite('firefox');
