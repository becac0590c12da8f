// Readability's first gate as its own file of the package, so that detection (which runs on every page)
// does not carry the 33 KB reader that the package's index brings along with it.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
