import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-QJROS53J.js";
import {
  readText
} from "./chunk-SY3URXUI.js";
import {
  loadYaml
} from "./chunk-O45CTJ25.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-LYD5ERHY.js";

// node_modules/dotenv/package.json
var require_package = __commonJS({
  "node_modules/dotenv/package.json"(exports, module) {
    module.exports = {
      name: "dotenv",
      version: "16.6.1",
      description: "Loads environment variables from .env file",
      main: "lib/main.js",
      types: "lib/main.d.ts",
      exports: {
        ".": {
          types: "./lib/main.d.ts",
          require: "./lib/main.js",
          default: "./lib/main.js"
        },
        "./config": "./config.js",
        "./config.js": "./config.js",
        "./lib/env-options": "./lib/env-options.js",
        "./lib/env-options.js": "./lib/env-options.js",
        "./lib/cli-options": "./lib/cli-options.js",
        "./lib/cli-options.js": "./lib/cli-options.js",
        "./package.json": "./package.json"
      },
      scripts: {
        "dts-check": "tsc --project tests/types/tsconfig.json",
        lint: "standard",
        pretest: "npm run lint && npm run dts-check",
        test: "tap run --allow-empty-coverage --disable-coverage --timeout=60000",
        "test:coverage": "tap run --show-full-coverage --timeout=60000 --coverage-report=text --coverage-report=lcov",
        prerelease: "npm test",
        release: "standard-version"
      },
      repository: {
        type: "git",
        url: "git://github.com/motdotla/dotenv.git"
      },
      homepage: "https://github.com/motdotla/dotenv#readme",
      funding: "https://dotenvx.com",
      keywords: [
        "dotenv",
        "env",
        ".env",
        "environment",
        "variables",
        "config",
        "settings"
      ],
      readmeFilename: "README.md",
      license: "BSD-2-Clause",
      devDependencies: {
        "@types/node": "^18.11.3",
        decache: "^4.6.2",
        sinon: "^14.0.1",
        standard: "^17.0.0",
        "standard-version": "^9.5.0",
        tap: "^19.2.0",
        typescript: "^4.8.4"
      },
      engines: {
        node: ">=12"
      },
      browser: {
        fs: false
      }
    };
  }
});

// node_modules/dotenv/lib/main.js
var require_main = __commonJS({
  "node_modules/dotenv/lib/main.js"(exports, module) {
    var fs = __require("fs");
    var path = __require("path");
    var os = __require("os");
    var crypto = __require("crypto");
    var packageJson = require_package();
    var version = packageJson.version;
    var LINE = /(?:^|^)\s*(?:export\s+)?([\w.-]+)(?:\s*=\s*?|:\s+?)(\s*'(?:\\'|[^'])*'|\s*"(?:\\"|[^"])*"|\s*`(?:\\`|[^`])*`|[^#\r\n]+)?\s*(?:#.*)?(?:$|$)/mg;
    function parse(src) {
      const obj = {};
      let lines = src.toString();
      lines = lines.replace(/\r\n?/mg, "\n");
      let match;
      while ((match = LINE.exec(lines)) != null) {
        const key = match[1];
        let value = match[2] || "";
        value = value.trim();
        const maybeQuote = value[0];
        value = value.replace(/^(['"`])([\s\S]*)\1$/mg, "$2");
        if (maybeQuote === '"') {
          value = value.replace(/\\n/g, "\n");
          value = value.replace(/\\r/g, "\r");
        }
        obj[key] = value;
      }
      return obj;
    }
    function _parseVault(options) {
      options = options || {};
      const vaultPath = _vaultPath(options);
      options.path = vaultPath;
      const result = DotenvModule.configDotenv(options);
      if (!result.parsed) {
        const err = new Error(`MISSING_DATA: Cannot parse ${vaultPath} for an unknown reason`);
        err.code = "MISSING_DATA";
        throw err;
      }
      const keys = _dotenvKey(options).split(",");
      const length = keys.length;
      let decrypted;
      for (let i = 0; i < length; i++) {
        try {
          const key = keys[i].trim();
          const attrs = _instructions(result, key);
          decrypted = DotenvModule.decrypt(attrs.ciphertext, attrs.key);
          break;
        } catch (error) {
          if (i + 1 >= length) {
            throw error;
          }
        }
      }
      return DotenvModule.parse(decrypted);
    }
    function _warn(message) {
      console.log(`[dotenv@${version}][WARN] ${message}`);
    }
    function _debug(message) {
      console.log(`[dotenv@${version}][DEBUG] ${message}`);
    }
    function _log(message) {
      console.log(`[dotenv@${version}] ${message}`);
    }
    function _dotenvKey(options) {
      if (options && options.DOTENV_KEY && options.DOTENV_KEY.length > 0) {
        return options.DOTENV_KEY;
      }
      if (process.env.DOTENV_KEY && process.env.DOTENV_KEY.length > 0) {
        return process.env.DOTENV_KEY;
      }
      return "";
    }
    function _instructions(result, dotenvKey) {
      let uri;
      try {
        uri = new URL(dotenvKey);
      } catch (error) {
        if (error.code === "ERR_INVALID_URL") {
          const err = new Error("INVALID_DOTENV_KEY: Wrong format. Must be in valid uri format like dotenv://:key_1234@dotenvx.com/vault/.env.vault?environment=development");
          err.code = "INVALID_DOTENV_KEY";
          throw err;
        }
        throw error;
      }
      const key = uri.password;
      if (!key) {
        const err = new Error("INVALID_DOTENV_KEY: Missing key part");
        err.code = "INVALID_DOTENV_KEY";
        throw err;
      }
      const environment = uri.searchParams.get("environment");
      if (!environment) {
        const err = new Error("INVALID_DOTENV_KEY: Missing environment part");
        err.code = "INVALID_DOTENV_KEY";
        throw err;
      }
      const environmentKey = `DOTENV_VAULT_${environment.toUpperCase()}`;
      const ciphertext = result.parsed[environmentKey];
      if (!ciphertext) {
        const err = new Error(`NOT_FOUND_DOTENV_ENVIRONMENT: Cannot locate environment ${environmentKey} in your .env.vault file.`);
        err.code = "NOT_FOUND_DOTENV_ENVIRONMENT";
        throw err;
      }
      return { ciphertext, key };
    }
    function _vaultPath(options) {
      let possibleVaultPath = null;
      if (options && options.path && options.path.length > 0) {
        if (Array.isArray(options.path)) {
          for (const filepath of options.path) {
            if (fs.existsSync(filepath)) {
              possibleVaultPath = filepath.endsWith(".vault") ? filepath : `${filepath}.vault`;
            }
          }
        } else {
          possibleVaultPath = options.path.endsWith(".vault") ? options.path : `${options.path}.vault`;
        }
      } else {
        possibleVaultPath = path.resolve(process.cwd(), ".env.vault");
      }
      if (fs.existsSync(possibleVaultPath)) {
        return possibleVaultPath;
      }
      return null;
    }
    function _resolveHome(envPath) {
      return envPath[0] === "~" ? path.join(os.homedir(), envPath.slice(1)) : envPath;
    }
    function _configVault(options) {
      const debug = Boolean(options && options.debug);
      const quiet = options && "quiet" in options ? options.quiet : true;
      if (debug || !quiet) {
        _log("Loading env from encrypted .env.vault");
      }
      const parsed = DotenvModule._parseVault(options);
      let processEnv = process.env;
      if (options && options.processEnv != null) {
        processEnv = options.processEnv;
      }
      DotenvModule.populate(processEnv, parsed, options);
      return { parsed };
    }
    function configDotenv(options) {
      const dotenvPath = path.resolve(process.cwd(), ".env");
      let encoding = "utf8";
      const debug = Boolean(options && options.debug);
      const quiet = options && "quiet" in options ? options.quiet : true;
      if (options && options.encoding) {
        encoding = options.encoding;
      } else {
        if (debug) {
          _debug("No encoding is specified. UTF-8 is used by default");
        }
      }
      let optionPaths = [dotenvPath];
      if (options && options.path) {
        if (!Array.isArray(options.path)) {
          optionPaths = [_resolveHome(options.path)];
        } else {
          optionPaths = [];
          for (const filepath of options.path) {
            optionPaths.push(_resolveHome(filepath));
          }
        }
      }
      let lastError;
      const parsedAll = {};
      for (const path2 of optionPaths) {
        try {
          const parsed = DotenvModule.parse(fs.readFileSync(path2, { encoding }));
          DotenvModule.populate(parsedAll, parsed, options);
        } catch (e) {
          if (debug) {
            _debug(`Failed to load ${path2} ${e.message}`);
          }
          lastError = e;
        }
      }
      let processEnv = process.env;
      if (options && options.processEnv != null) {
        processEnv = options.processEnv;
      }
      DotenvModule.populate(processEnv, parsedAll, options);
      if (debug || !quiet) {
        const keysCount = Object.keys(parsedAll).length;
        const shortPaths = [];
        for (const filePath of optionPaths) {
          try {
            const relative = path.relative(process.cwd(), filePath);
            shortPaths.push(relative);
          } catch (e) {
            if (debug) {
              _debug(`Failed to load ${filePath} ${e.message}`);
            }
            lastError = e;
          }
        }
        _log(`injecting env (${keysCount}) from ${shortPaths.join(",")}`);
      }
      if (lastError) {
        return { parsed: parsedAll, error: lastError };
      } else {
        return { parsed: parsedAll };
      }
    }
    function config(options) {
      if (_dotenvKey(options).length === 0) {
        return DotenvModule.configDotenv(options);
      }
      const vaultPath = _vaultPath(options);
      if (!vaultPath) {
        _warn(`You set DOTENV_KEY but you are missing a .env.vault file at ${vaultPath}. Did you forget to build it?`);
        return DotenvModule.configDotenv(options);
      }
      return DotenvModule._configVault(options);
    }
    function decrypt(encrypted, keyStr) {
      const key = Buffer.from(keyStr.slice(-64), "hex");
      let ciphertext = Buffer.from(encrypted, "base64");
      const nonce = ciphertext.subarray(0, 12);
      const authTag = ciphertext.subarray(-16);
      ciphertext = ciphertext.subarray(12, -16);
      try {
        const aesgcm = crypto.createDecipheriv("aes-256-gcm", key, nonce);
        aesgcm.setAuthTag(authTag);
        return `${aesgcm.update(ciphertext)}${aesgcm.final()}`;
      } catch (error) {
        const isRange = error instanceof RangeError;
        const invalidKeyLength = error.message === "Invalid key length";
        const decryptionFailed = error.message === "Unsupported state or unable to authenticate data";
        if (isRange || invalidKeyLength) {
          const err = new Error("INVALID_DOTENV_KEY: It must be 64 characters long (or more)");
          err.code = "INVALID_DOTENV_KEY";
          throw err;
        } else if (decryptionFailed) {
          const err = new Error("DECRYPTION_FAILED: Please check your DOTENV_KEY");
          err.code = "DECRYPTION_FAILED";
          throw err;
        } else {
          throw error;
        }
      }
    }
    function populate(processEnv, parsed, options = {}) {
      const debug = Boolean(options && options.debug);
      const override = Boolean(options && options.override);
      if (typeof parsed !== "object") {
        const err = new Error("OBJECT_REQUIRED: Please check the processEnv argument being passed to populate");
        err.code = "OBJECT_REQUIRED";
        throw err;
      }
      for (const key of Object.keys(parsed)) {
        if (Object.prototype.hasOwnProperty.call(processEnv, key)) {
          if (override === true) {
            processEnv[key] = parsed[key];
          }
          if (debug) {
            if (override === true) {
              _debug(`"${key}" is already defined and WAS overwritten`);
            } else {
              _debug(`"${key}" is already defined and was NOT overwritten`);
            }
          }
        } else {
          processEnv[key] = parsed[key];
        }
      }
    }
    var DotenvModule = {
      configDotenv,
      _configVault,
      _parseVault,
      config,
      decrypt,
      parse,
      populate
    };
    module.exports.configDotenv = DotenvModule.configDotenv;
    module.exports._configVault = DotenvModule._configVault;
    module.exports._parseVault = DotenvModule._parseVault;
    module.exports.config = DotenvModule.config;
    module.exports.decrypt = DotenvModule.decrypt;
    module.exports.parse = DotenvModule.parse;
    module.exports.populate = DotenvModule.populate;
    module.exports = DotenvModule;
  }
});

// node_modules/is-string-blank/index.js
var require_is_string_blank = __commonJS({
  "node_modules/is-string-blank/index.js"(exports, module) {
    "use strict";
    module.exports = function(str) {
      var l = str.length, a;
      for (var i = 0; i < l; i++) {
        a = str.charCodeAt(i);
        if ((a < 9 || a > 13) && a !== 32 && a !== 133 && a !== 160 && a !== 5760 && a !== 6158 && (a < 8192 || a > 8205) && a !== 8232 && a !== 8233 && a !== 8239 && a !== 8287 && a !== 8288 && a !== 12288 && a !== 65279) {
          return false;
        }
      }
      return true;
    };
  }
});

// node_modules/is-string-and-not-blank/lib/index.js
var require_lib = __commonJS({
  "node_modules/is-string-and-not-blank/lib/index.js"(exports, module) {
    "use strict";
    var isStringBlank = require_is_string_blank();
    function isSANB(val) {
      return typeof val === "string" && !isStringBlank(val);
    }
    module.exports = isSANB;
  }
});

// node_modules/dotenv-parse-variables/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/dotenv-parse-variables/lib/index.js"(exports, module) {
    "use strict";
    function ownKeys(object, enumerableOnly) {
      var keys = Object.keys(object);
      if (Object.getOwnPropertySymbols) {
        var symbols = Object.getOwnPropertySymbols(object);
        if (enumerableOnly) symbols = symbols.filter(function(sym) {
          return Object.getOwnPropertyDescriptor(object, sym).enumerable;
        });
        keys.push.apply(keys, symbols);
      }
      return keys;
    }
    function _objectSpread(target) {
      for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i] != null ? arguments[i] : {};
        if (i % 2) {
          ownKeys(Object(source), true).forEach(function(key) {
            _defineProperty(target, key, source[key]);
          });
        } else if (Object.getOwnPropertyDescriptors) {
          Object.defineProperties(target, Object.getOwnPropertyDescriptors(source));
        } else {
          ownKeys(Object(source)).forEach(function(key) {
            Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(source, key));
          });
        }
      }
      return target;
    }
    function _defineProperty(obj, key, value) {
      if (key in obj) {
        Object.defineProperty(obj, key, { value, enumerable: true, configurable: true, writable: true });
      } else {
        obj[key] = value;
      }
      return obj;
    }
    var isSANB = require_lib();
    var debug = require_src()("dotenv-parse-variables");
    var DEFAULT_OPTIONS = {
      assignToProcessEnv: true,
      overrideProcessEnv: false,
      ignoreFunctions: true
    };
    module.exports = (env, options) => {
      const envOptions = _objectSpread(_objectSpread({}, DEFAULT_OPTIONS), options || {});
      const parsed = {};
      for (const key of Object.keys(env)) {
        debug(`key "${key}" before type was ${typeof env[key]}`);
        if (envOptions.ignoreFunctions && typeof env[key] === "function") {
          debug(`key "${key}" was a function so it is being ignored due to ignoreFunctions: true`);
          continue;
        }
        parsed[key] = parseKey(env[key], key);
        debug(`key "${key}" after type was ${typeof parsed[key]}`);
        if (envOptions.assignToProcessEnv === true) {
          if (envOptions.overrideProcessEnv === true) {
            process.env[key] = parsed[key] || process.env[key];
          } else {
            process.env[key] = process.env[key] || parsed[key];
          }
        }
      }
      return parsed;
    };
    function parseKey(value, key) {
      debug(`parsing key ${key} with value ${value}`);
      if (value.toString().indexOf("`") === 0 && value.toString().lastIndexOf("`") === value.toString().length - 1) {
        debug(`key ${key} is wrapped in bacticks and will be ignored from parsing`);
        return value.toString().slice(1, value.toString().length - 1);
      }
      if (value.toString().lastIndexOf("*") === value.toString().length - 1 && !value.toString().includes(",")) {
        debug(`key ${key} ended in * and will be ignored from parsing`);
        return value.toString().slice(0, Math.max(0, value.toString().length - 1));
      }
      if (value.toString().toLowerCase() === "true" || value.toString().toLowerCase() === "false") {
        debug(`key ${key} parsed as a Boolean`);
        return value.toString().toLowerCase() === "true";
      }
      if (isSANB(value) && !Number.isNaN(Number(value))) {
        debug(`key ${key} parsed as a Number`);
        return Number(value);
      }
      if ((Array.isArray(value) || typeof value === "string") && typeof value.includes === "function" && value.includes(",")) {
        debug(`key ${key} parsed as an Array`);
        return value.split(",").filter((string) => {
          return string !== "";
        }).map((string) => parseKey(string));
      }
      return value;
    }
  }
});

// src/checks/env/schema.ts
var MARKERS = /\bcreateEnv\s*\(|\bcleanEnv\s*\(|\bz\.object\s*\(/;
var PROPERTY = /(?:^|(?<=[{,]))([ \t]*)['"]?([A-Z][A-Z0-9_]*)['"]?\s*:\s*/gm;
var ZOD = /^(?:z\.|\(?\s*process\.env\.\w+\s*===?|.*\?\s*z\.)/;
var ENVALID = /^(str|bool|num|port|url|host|email|json)\s*\(/;
function expressionAt(text, start) {
  let depth = 0;
  let quote = "";
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
      continue;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return text.slice(start, i);
      depth--;
    } else if (c === "," && depth === 0) return text.slice(start, i);
  }
  return text.slice(start);
}
var literals = (s) => [...s.matchAll(/(['"`])((?:\\.|(?!\1).)*)\1/g)].map((m) => m[2]);
function zodType(name, e) {
  const en = /z\.(?:enum|literal)\s*\(\s*\[?([^\])]*)/.exec(e);
  if (en) return { type: "enum", values: literals(en[1]) };
  if (/\.url\s*\(|z\.url\s*\(|z\.httpUrl\s*\(/.test(e)) return { type: "url" };
  if (/\.email\s*\(|z\.email\s*\(/.test(e)) return { type: "email" };
  if (/z\.(?:coerce\.)?number\s*\(/.test(e))
    return { type: /(^|_)PORT$/.test(name) && /\.int\s*\(/.test(e) ? "port" : "number" };
  if (/z\.(?:coerce\.)?boolean\s*\(|z\.stringbool\s*\(/.test(e)) return { type: "boolean" };
  return { type: "string" };
}
function zodOptional(e) {
  const q = e.indexOf("?");
  const branches = q >= 0 && !e.startsWith("z.") ? e.slice(q + 1).split(/\s:\s/) : [e];
  return branches.every((b) => /\.(?:optional|default|nullish|catch)\s*\(/.test(b));
}
function envalidVar(kind, e) {
  const choices = /choices\s*:\s*\[([^\]]*)\]/.exec(e);
  const optional = /(?<![\w])default\s*:/.test(e);
  if (choices) return { type: "enum", values: literals(choices[1]), optional };
  const map = {
    str: "string",
    bool: "boolean",
    num: "number",
    port: "port",
    url: "url",
    host: "string",
    email: "email",
    json: "string"
  };
  return { type: map[kind] ?? "string", optional };
}
function looksLikeEnvSchema(text) {
  return MARKERS.test(text);
}
function parseSchema(text) {
  if (!looksLikeEnvSchema(text)) return [];
  const out = /* @__PURE__ */ new Map();
  PROPERTY.lastIndex = 0;
  for (let m = PROPERTY.exec(text); m; m = PROPERTY.exec(text)) {
    const name = m[2];
    const exprStart = m.index + m[0].length;
    const e = expressionAt(text, exprStart).trim();
    const line = text.slice(0, m.index + m[1].length).split("\n").length;
    const envalid = ENVALID.exec(e);
    if (envalid) out.set(name, { name, line, ...envalidVar(envalid[1], e) });
    else if (ZOD.test(e) && /\bz\./.test(e))
      out.set(name, { name, line, ...zodType(name, e), optional: zodOptional(e) });
  }
  return [...out.values()];
}

// src/checks/env/declared.ts
var TEMPLATE = /(?:^|\/)(?:\.env(?:\.[\w-]+)*\.(?:example|sample|template|dist|defaults|tpl)|\.env\.defaults|(?:example|sample|template)\.env|\.env\.(?:example|sample|template)(?:\.[\w-]+)*)$/i;
var TURBO = /(?:^|\/)turbo\.jsonc?$/;
var DOCKERFILE = /(?:^|\/)(?:Dockerfile(?:\.[\w-]+)?|[\w-]+\.Dockerfile)$/;
var COMPOSE = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/;
var PLATFORM = /(?:^|\/)(?:vercel\.json|netlify\.toml|fly\.toml|render\.yaml|app\.json|railway\.json|\.do\/app\.yaml)$/;
var ENV_SCHEMA = /(?:^|\/)(?:env(?:\.(?:server|client))?|env\/(?:server|client|index|schema))\.[cm]?[jt]s$/;
var NAME = /^[A-Z_][A-Z0-9_]*$/;
var isDeclarationSource = (p) => !p.includes("node_modules/") && (TEMPLATE.test(p) || TURBO.test(p) || DOCKERFILE.test(p) || COMPOSE.test(p) || PLATFORM.test(p) || ENV_SCHEMA.test(p));
function declaredIn(path, text, yaml) {
  const out = /* @__PURE__ */ new Set();
  const add = (n) => typeof n === "string" && NAME.test(n.replace(/^\$/, "")) && out.add(n.replace(/^\$/, ""));
  if (TEMPLATE.test(path)) {
    for (const m of text.matchAll(/^[ \t]*(?:#[ \t]*)?(?:export[ \t]+)?([A-Z_][A-Z0-9_]*)[ \t]*=/gm)) add(m[1]);
  } else if (TURBO.test(path)) {
    for (const m of text.matchAll(/"(?:global)?(?:PassThrough)?[eE]nv"\s*:\s*\[([^\]]*)\]/g))
      for (const n of m[1].matchAll(/"([^"]+)"/g)) add(n[1].replace(/^!/, "").replace(/\*$/, ""));
  } else if (DOCKERFILE.test(path)) {
    for (const m of text.matchAll(/^[ \t]*(?:ENV|ARG)[ \t]+(.+)$/gim))
      for (const n of m[1].matchAll(/(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)(?=[=\s]|$)/g)) add(n[1]);
  } else if (COMPOSE.test(path)) {
    try {
      const doc = yaml?.parse(text);
      for (const svc of Object.values(doc?.services ?? {})) {
        const env = svc?.environment;
        if (Array.isArray(env)) for (const e of env) add(String(e).split("=")[0].trim());
        else if (env && typeof env === "object") Object.keys(env).forEach(add);
      }
    } catch {
    }
    for (const m of text.matchAll(/\$\{([A-Z_][A-Z0-9_]*)/g)) add(m[1]);
  } else if (ENV_SCHEMA.test(path)) {
    for (const v of parseSchema(text)) add(v.name);
  } else if (PLATFORM.test(path)) {
    for (const m of text.matchAll(/["']?([A-Z_][A-Z0-9_]{2,})["']?\s*[:=]/g)) add(m[1]);
    for (const m of text.matchAll(/\bkey:\s*["']?([A-Z_][A-Z0-9_]*)/g)) add(m[1]);
  }
  return [...out];
}
async function collectDeclarations(cwd, paths, maxFileSize) {
  const names = /* @__PURE__ */ new Map();
  const templateDirs = /* @__PURE__ */ new Set();
  const sources = paths.filter(isDeclarationSource).slice(0, 2e3);
  const yaml = sources.some((p) => COMPOSE.test(p)) ? await loadYaml() : void 0;
  for (const p of sources) {
    const r = await readText(cwd, p, maxFileSize);
    if (!("text" in r)) continue;
    if (TEMPLATE.test(p)) templateDirs.add(p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "");
    for (const n of declaredIn(p, r.text, yaml)) names.set(n, [...names.get(n) ?? [], p]);
  }
  return { names, templateDirs: [...templateDirs] };
}
function nearestTemplateDir(d, file) {
  return d.templateDirs.filter((dir) => dir === "" || file.startsWith(`${dir}/`)).sort((a, b) => b.length - a.length)[0];
}

// src/checks/env/value-types.ts
var import_dotenv_parse_variables = __toESM(require_lib2(), 1);
var VAR_TYPES = ["string", "url", "number", "boolean", "list", "email", "port", "enum"];
var isVarType = (s) => VAR_TYPES.includes(s);
var URL_SHAPE = /^[a-z][a-z0-9+.-]*:\/\/\S+$/i;
var INTEGER = /^\d+$/;
var EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
function inferType(name, example) {
  const value = example.trim();
  if (!value) return "string";
  if (URL_SHAPE.test(value)) return "url";
  const parsed = (0, import_dotenv_parse_variables.default)({ v: value }, { assignToProcessEnv: false }).v;
  if (typeof parsed === "boolean") return "boolean";
  if (typeof parsed === "number") return /(^|_)PORT$/i.test(name) && INTEGER.test(value) ? "port" : "number";
  if (Array.isArray(parsed)) return "list";
  return "string";
}
function expectation(type, values) {
  switch (type) {
    case "url":
      return "an absolute URL (scheme://host...)";
    case "number":
      return "a number";
    case "boolean":
      return "true, false, 1 or 0";
    case "list":
      return "a comma-separated list without empty items";
    case "email":
      return "an email address";
    case "port":
      return "a port number from 1 to 65535";
    case "enum":
      return `one of: ${(values ?? []).join(", ")}`;
    default:
      return "a non-empty string";
  }
}
function fitsType(type, value, values) {
  const v = value.trim();
  switch (type) {
    case "url": {
      if (!URL_SHAPE.test(v)) return false;
      try {
        new URL(v);
        return true;
      } catch {
        return false;
      }
    }
    case "number":
      return v !== "" && Number.isFinite(Number(v));
    case "boolean":
      return /^(true|false|1|0)$/i.test(v);
    case "list":
      return v.split(",").every((item) => item.trim() !== "");
    case "email":
      return EMAIL.test(v);
    case "port":
      return INTEGER.test(v) && Number(v) >= 1 && Number(v) <= 65535;
    case "enum":
      return (values ?? []).includes(v);
    default:
      return true;
  }
}

// src/checks/env/contract.ts
var import_dotenv = __toESM(require_main(), 1);

// src/checks/env/markers.ts
var TYPE = /(?:^|[\s;,(])type\s*[:=]\s*([A-Za-z]+)/i;
var ONE_OF = /(?:^|[\s;,(])one\s+of\s*:\s*([^;#)]+)/i;
var OPTIONAL = /\boptional\b/i;
var NOT_OPTIONAL = /\bnot\s+optional\b/i;
var REQUIRED = /^\s*required\b/i;
var SECRET = /^\s*secret\b|[\s;,(]secret\s*(?:$|[;,)])/i;
function parseMarkers(comments) {
  const out = { problems: [] };
  for (const c of comments) {
    if (REQUIRED.test(c) || NOT_OPTIONAL.test(c)) out.optional = false;
    else if (OPTIONAL.test(c)) out.optional = true;
    if (SECRET.test(c)) out.secret = true;
    const t = TYPE.exec(c);
    if (t) {
      const name = t[1].toLowerCase();
      if (name === "enum") {
        if (!ONE_OF.test(c) && out.type !== "enum") out.problems.push('type enum needs its values: "# one of: a|b|c"');
      } else if (isVarType(name)) out.type = name;
      else out.problems.push(`unknown type "${name}" (known: url, number, boolean, list, string, email, port)`);
    }
    const o = ONE_OF.exec(c);
    if (o) {
      const values = o[1].split("|").map((v) => v.trim()).filter(Boolean);
      if (values.length) {
        out.type = "enum";
        out.values = values;
      } else out.problems.push('"one of:" lists no values (write "# one of: a|b|c")');
    }
  }
  return out;
}

// src/checks/env/contract.ts
var ASSIGNMENT = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=|:\s)/;
var PORTABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var QUOTES = ['"', "'", "`"];
function closingQuote(s, q, from) {
  for (let i = from; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === q) return i;
  }
  return -1;
}
function parseContract(text, file) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const byName = /* @__PURE__ */ new Map();
  const problems = [];
  let above = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (!trimmed) {
      above = [];
      continue;
    }
    if (trimmed.startsWith("#")) {
      above.push(trimmed.slice(1));
      continue;
    }
    const m = ASSIGNMENT.exec(raw);
    if (!m) {
      problems.push({
        kind: "malformed",
        line: i + 1,
        detail: "is not a KEY=value assignment or a # comment; dotenv ignores it"
      });
      above = [];
      continue;
    }
    const name = m[1];
    const start = i;
    const rest = raw.slice(m[0].length).trimStart();
    let inline = "";
    const q = rest[0];
    if (QUOTES.includes(q)) {
      let close = closingQuote(rest, q, 1);
      let tail = close >= 0 ? rest.slice(close + 1) : "";
      while (close < 0 && i + 1 < lines.length) {
        i++;
        close = closingQuote(lines[i], q, 0);
        if (close >= 0) tail = lines[i].slice(close + 1);
      }
      if (close < 0) {
        problems.push({ kind: "malformed", line: start + 1, name, detail: `opens a ${q} quote that is never closed` });
        i = start;
      }
      const hash = tail.indexOf("#");
      inline = hash >= 0 ? tail.slice(hash + 1) : "";
    } else {
      const hash = rest.indexOf("#");
      inline = hash >= 0 ? rest.slice(hash + 1) : "";
    }
    const entry = lines.slice(start, i + 1).join("\n");
    const example = import_dotenv.default.parse(entry)[name] ?? "";
    const markers = parseMarkers(inline ? [...above, inline] : above);
    above = [];
    for (const p of markers.problems) problems.push({ kind: "marker", line: start + 1, name, detail: p });
    if (!PORTABLE_NAME.test(name)) {
      problems.push({
        kind: "malformed",
        line: start + 1,
        name,
        detail: "is not a portable variable name (letters, digits and _ only, not starting with a digit)"
      });
      continue;
    }
    const previous = byName.get(name);
    if (previous) {
      problems.push({
        kind: "duplicate",
        line: start + 1,
        name,
        detail: `is declared again (first at line ${previous.line}); the last declaration wins`
      });
      byName.delete(name);
    }
    const type = markers.type ?? inferType(name, example);
    byName.set(name, {
      name,
      file,
      line: start + 1,
      example,
      required: markers.optional !== true,
      ...markers.optional !== void 0 ? { requiredMarked: true } : {},
      type,
      ...markers.values ? { values: markers.values } : {},
      ...markers.secret ? { secret: true } : {},
      typeFrom: markers.type ? "marker" : "example"
    });
  }
  return { file, vars: [...byName.values()].sort((a, b) => a.line - b.line), problems };
}

export {
  parseSchema,
  TEMPLATE,
  collectDeclarations,
  nearestTemplateDir,
  require_main,
  expectation,
  fitsType,
  parseContract
};
