// The built extension (dist/firefox) in the system's Firefox ESR: see suite.ts for what is checked.
import { browserSuite } from './suite';

browserSuite('firefox');
