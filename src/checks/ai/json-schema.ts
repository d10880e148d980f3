// The reader of `expect.json-schema`: zod's classic build, which alone can read a JSON Schema. The bundle
// builds it as its own file (scripts/bundle.mjs), so its ~180 KB of zod core never joins the config's
// zod/mini in the start-up chunk; the AI check loads it only when a case has a schema.
export { fromJSONSchema } from 'zod';
