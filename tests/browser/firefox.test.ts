// The built extension (dist/firefox) in the system's Firefox ESR: see suite.ts and reading.ts for what is checked.
import { browserSuite } from './suite';
import { readingSuite } from './reading';
import { robustnessSuite } from './robustness';

browserSuite('firefox');
readingSuite('firefox');
robustnessSuite('firefox');
