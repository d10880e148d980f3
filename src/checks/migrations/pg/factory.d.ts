// The Emscripten factory inside libpg-query (CommonJS, no typings of its own).
declare module 'libpg-query/wasm/libpg-query.js' {
  const factory: (moduleArg?: Record<string, unknown>) => Promise<unknown>;
  export default factory;
}
