// Times analyzeArticle() on one generated article in a Node process of its own: src/tools/bench.ts
// starts one per size and language, so that no measurement inherits the heap another one left behind
// (the garbage of a 10,000-word German article slowed the English one after it by half, now and then).
// Usage: node --import tsx src/tools/bench-analysis-node.ts LANG WORDS 'OPTIONS-JSON'; prints the timings as JSON.
import '../core/languages';
import { ARTICLE_LANGUAGES, generateArticle, type BenchLanguage } from './bench-articles';
import { measureAnalysis, type AnalysisMeasureOptions } from './bench-measure';

const [lang, words, options] = process.argv.slice(2);
if (!ARTICLE_LANGUAGES.includes(lang as BenchLanguage) || !Number.isInteger(Number(words)) || !options) {
  process.stderr.write('usage: node --import tsx src/tools/bench-analysis-node.ts LANG WORDS OPTIONS-JSON\n');
  process.exit(2);
}
process.stdout.write(JSON.stringify(measureAnalysis(generateArticle(lang as BenchLanguage, Number(words)), JSON.parse(options) as AnalysisMeasureOptions)));
