/** Vite's `?url` imports give the address the build serves the file at. */
declare module '*?url' {
  const url: string;
  export default url;
}
