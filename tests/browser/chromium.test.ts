// The built extension (dist/chrome) in the system's Chromium: see suite.ts for what is checked.
import { browserSuite } from './suite';

browserSuite('chromium');
