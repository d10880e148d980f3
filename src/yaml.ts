// The YAML parser (260 KB of JavaScript) loads only when there is a YAML file to read: a run without a
// config file or compose file does not pay for it (bench/startup).
export type YamlModule = typeof import('yaml');

let loaded: Promise<YamlModule> | undefined;
/** yaml is CommonJS: bundled, a dynamic import gives its exports under `default`. */
export const loadYaml = (): Promise<YamlModule> =>
  (loaded ??= import('yaml').then((m) =>
    (m as { parse?: unknown }).parse ? m : (m as unknown as { default: YamlModule }).default,
  ));
