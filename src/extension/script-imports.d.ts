// crxjs turns `import file from './x.ts?script&iife'` into the built file's name, for scripting.executeScript.
declare module '*?script&iife' {
  const fileName: string;
  export default fileName;
}

