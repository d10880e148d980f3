// dotenv-parse-variables ships no types.
declare module 'dotenv-parse-variables' {
  type Parsed = string | number | boolean | Parsed[];
  interface Options {
    assignToProcessEnv?: boolean;
    overrideProcessEnv?: boolean;
    ignoreFunctions?: boolean;
  }
  export default function parseVariables(env: Record<string, string>, options?: Options): Record<string, Parsed>;
}
