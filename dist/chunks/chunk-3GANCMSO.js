import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  require_src
} from "./chunk-QJROS53J.js";
import {
  CATALOG,
  SHAPE_RULES
} from "./chunk-6BUPXWJW.js";
import {
  severityRank
} from "./chunk-4LVMQC3W.js";
import {
  __commonJS,
  __toESM
} from "./chunk-LYD5ERHY.js";

// node_modules/boundary/lib/index.js
var require_lib = __commonJS({
  "node_modules/boundary/lib/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.binarySearch = exports.upperBound = exports.lowerBound = exports.compare = void 0;
    function compare(v1, v2) {
      return v1 < v2;
    }
    exports.compare = compare;
    function upperBound(array, value, comp = compare) {
      let len = array.length;
      let i = 0;
      while (len) {
        let diff = len >>> 1;
        let cursor = i + diff;
        if (comp(value, array[cursor])) {
          len = diff;
        } else {
          i = cursor + 1;
          len -= diff + 1;
        }
      }
      return i;
    }
    exports.upperBound = upperBound;
    function lowerBound(array, value, comp = compare) {
      let len = array.length;
      let i = 0;
      while (len) {
        let diff = len >>> 1;
        let cursor = i + diff;
        if (comp(array[cursor], value)) {
          i = cursor + 1;
          len -= diff + 1;
        } else {
          len = diff;
        }
      }
      return i;
    }
    exports.lowerBound = lowerBound;
    function binarySearch(array, value, comp = compare) {
      let cursor = lowerBound(array, value, comp);
      return cursor !== array.length && !comp(value, array[cursor]);
    }
    exports.binarySearch = binarySearch;
  }
});

// node_modules/structured-source/lib/structured-source.js
var require_structured_source = __commonJS({
  "node_modules/structured-source/lib/structured-source.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.StructuredSource = void 0;
    var boundary_1 = require_lib();
    var StructuredSource2 = class {
      /**
       * @constructs StructuredSource
       * @param {string} source - source code text.
       */
      constructor(source) {
        this.indice = [0];
        let regexp = /[\r\n\u2028\u2029]/g;
        const length = source.length;
        regexp.lastIndex = 0;
        while (true) {
          let result = regexp.exec(source);
          if (!result) {
            break;
          }
          let index = result.index;
          if (source.charCodeAt(index) === 13 && source.charCodeAt(index + 1) === 10) {
            index += 1;
          }
          let nextIndex = index + 1;
          if (length < nextIndex) {
            break;
          }
          this.indice.push(nextIndex);
          regexp.lastIndex = nextIndex;
        }
      }
      get line() {
        return this.indice.length;
      }
      /**
       * @param {SourceLocation} loc - location indicator.
       * @return {[ number, number ]} range.
       */
      locationToRange(loc) {
        return [this.positionToIndex(loc.start), this.positionToIndex(loc.end)];
      }
      /**
       * @param {[ number, number ]} range - pair of indice.
       * @return {SourceLocation} location.
       */
      rangeToLocation(range) {
        return {
          start: this.indexToPosition(range[0]),
          end: this.indexToPosition(range[1])
        };
      }
      /**
       * @param {SourcePosition} pos - position indicator.
       * @return {number} index.
       */
      positionToIndex(pos) {
        let start = this.indice[pos.line - 1];
        return start + pos.column;
      }
      /**
       * @param {number} index - index to the source code.
       * @return {SourcePosition} position.
       */
      indexToPosition(index) {
        const startLine = (0, boundary_1.upperBound)(this.indice, index);
        return {
          line: startLine,
          column: index - this.indice[startLine - 1]
        };
      }
    };
    exports.StructuredSource = StructuredSource2;
  }
});

// src/checks/secrets/entropy.ts
function shannon(s) {
  if (!s) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

// src/checks/secrets/placeholder.ts
import { createHash } from "node:crypto";
var PLACEHOLDER_WORDS = [
  "example",
  "xxxx",
  "****",
  "....",
  "\u2026",
  "your",
  "changeme",
  "change_me",
  "change-me",
  "replace",
  "placeholder",
  "dummy",
  "sample",
  "redacted",
  "insert",
  "todo",
  "fixme",
  "notreal",
  "not_real",
  "not-a-real",
  "secret_here",
  "token_here",
  "key_here",
  "abcdefgh",
  "abcdef123",
  "12345678",
  "qwerty"
];
var WEAK_VALUES = /* @__PURE__ */ new Set([
  "password",
  "passwd",
  "secret",
  "postgres",
  "root",
  "admin",
  "test",
  "testing",
  "example",
  "mysql",
  "default",
  "guest",
  "user",
  "pass",
  "changeit",
  "null",
  "none",
  "true",
  "false",
  "undefined",
  "localhost",
  "development",
  "dev",
  // Passwords of official quick starts (Docker's postgres image, Prisma's connection URL docs).
  "mysecretpassword",
  "randompassword",
  "mypassword"
]);
function isReference(value) {
  return /\$\{[A-Za-z_][\w.]*(?::?[-=?+][^}]*)?\}?|\$\([a-z_][\w -]*\)|\{\{[^}]*\}\}|%\([A-Za-z_]+\)[sd]|<%/.test(value) || /process\.env|os\.environ|getenv\(|ENV\[|secrets\.[A-Z_]|^\$[A-Za-z_]\w*$|^%[A-Z_]+%$/.test(value) || // `{DB_PASSWORD}` (f-strings, str.format, compose and Helm-less templates) and compose's escaped `$$VAR`.
  /^\{[A-Za-z_][\w.]*\}$|^\$\$\{?[A-Za-z_]\w*\}?$/.test(value);
}
var PUBLISHED_EXAMPLES = /* @__PURE__ */ new Set([
  "3543c50b0cb9cea8e55eb1f529b79f043cb250d485fde7b66cabbb5183add7da",
  "2ddc147f3a3b5a1722b8ed6be3c45c49a7156b17fca5d11410137a6d04def6eb",
  "ac9265e56c79b234607ec72c53753cfea9f88c99eb713790ddf9be5593bb4465",
  // The storage account key of Microsoft's Azurite emulator (`devstoreaccount1`), documented by Microsoft.
  "0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059"
]);
var isPublishedExample = (value) => value.length >= 20 && value.length <= 200 && PUBLISHED_EXAMPLES.has(createHash("sha256").update(value).digest("hex"));
function isPlaceholder(value) {
  const v = value.toLowerCase();
  if (isPublishedExample(value)) return true;
  if (WEAK_VALUES.has(v.replace(/['"`[\](){}<>]/g, ""))) return true;
  if (PLACEHOLDER_WORDS.some((w) => v.includes(w))) return true;
  if (/^<.*>$|^\[.*\]$/.test(value)) return true;
  if (/(.)\1{5,}/.test(value)) return true;
  if (isReference(value)) return true;
  return false;
}
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128})$/i;
var INTEGRITY = /^sha(?:1|256|384|512)-[A-Za-z0-9+/]+=*$/;
var isUuid = (v) => UUID.test(v);
var isHexDigest = (v) => HEX_DIGEST.test(v);
var isIntegrity = (v) => INTEGRITY.test(v);
function isNonSecretValue(value) {
  const v = value.toLowerCase();
  if (isPlaceholder(value) || /\s/.test(value)) return true;
  if (/^\$|\$\{|\{\{|\$\(|#\{|%\(|<%|^ENC\[|^!!?[A-Za-z]+$/.test(value)) return true;
  if (/^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)+(?:\(.*)?$|^[A-Za-z_$][\w$.]*\(.*\)?$/.test(value) && !hasRandomPart(value))
    return true;
  if (/^(?:\.{0,2}\/|~\/)|:\/\/|\.(?:html?|json|ya?ml|pem|key|crt|cer|txt|js|ts|py|rb|php|xml|conf)$/i.test(value))
    return true;
  if (isPublicOrTestKey(value) || /^(?:pk\.eyJ|AIza)/.test(value)) return true;
  const rest = /^(?:[A-Za-z]+[-_:.]){1,4}(.*)$/.exec(value);
  if (rest && !/test|fake|dummy|mock|demo/i.test(value.slice(0, value.length - rest[1].length)) && hasRandomPart(rest[1]))
    return false;
  return GENERIC_WEAK_WORDS.some((w) => v.includes(w));
}
function hasRandomPart(value) {
  return (value.match(/[A-Za-z0-9]{16,}/g) ?? []).some(
    (p) => /[0-9].*[0-9].*[0-9]/.test(p) && /[a-z]/.test(p) && /[A-Z]/.test(p) && !/^[A-Z][A-Z0-9_]*$/.test(p)
  );
}
var isPublicOrTestKey = (value) => /^(?:pk_(?:live|test)_|[sr]k_test_|sb_publishable_|phc_|pk-lf-|pk\.eyJ)/.test(value);
var GENERIC_WEAK_WORDS = ["pass", "secret", "token", "test", "fake", "dummy", "mock", "demo", "foobar", "default"];
function looksGenerated(value, short, entropy) {
  const hex = /^[0-9a-f]+$/i.test(value);
  if (value.length < (short ? 8 : 16) || value.length > 300) return false;
  if (!/[A-Za-z]/.test(value) || !(/[0-9]/.test(value) || value.length >= 32 && /[^A-Za-z0-9]/.test(value)))
    return false;
  if (/^[a-z]+(?:[-_.][a-z]+)+$/i.test(value)) return false;
  return entropy(value) >= (hex ? 3 : short ? 3 : 3.5);
}

// src/checks/secrets/provider-rules.ts
function decodeJwtPayload(jwt) {
  const part = jwt.split(".")[1];
  if (!part) return void 0;
  try {
    const json = Buffer.from(part.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
    const v = JSON.parse(json);
    return v && typeof v === "object" ? v : void 0;
  } catch {
    return void 0;
  }
}
var NOT_STRIPE_BODY = /^sk_live_(?:[a-f0-9]{40}|[a-f0-9]{64})$/;
var liveKeyBody = (s) => s.length < 48 || /[0-9]/.test(s.slice(8));
var PROVIDER_RULES = [
  {
    id: "aws-access-key-id",
    keywords: ["AKIA", "ASIA", "ABIA", "ACCA", "A3T"],
    regex: /(?<![A-Za-z0-9])(?<s>(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})(?![A-Za-z0-9])/g,
    minEntropy: 3
  },
  {
    // secretlint has this one too, but misses keys that end in '+' or '/' (its pattern ends in \b).
    id: "aws-secret-access-key",
    keywords: ["secret_access_key", "SECRET_ACCESS_KEY", "secretAccessKey", "SecretAccessKey", "secret-access-key"],
    regex: /secret[_-]?access[_-]?key["']?\s*(?::|=>|=)\s*["']?(?<s>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
    minEntropy: 4
  },
  {
    id: "stripe-secret-key",
    keywords: ["_live_"],
    regex: /(?<![A-Za-z0-9])(?<s>(?:sk|rk)_live_[A-Za-z0-9]{20,247})(?![A-Za-z0-9])/g,
    minEntropy: 3.5,
    // `sk_live_` is Paystack's, UploadThing's and Clerk's prefix too: their rows (providers/) name those keys.
    accept: (s, _m, c) => liveKeyBody(s) && !(s.startsWith("sk_") && (NOT_STRIPE_BODY.test(s) || /(?<![a-z])clerk/i.test(c.file)))
  },
  {
    id: "azure-storage-key",
    keywords: ["AccountKey="],
    regex: /AccountKey=(?<s>[A-Za-z0-9+/]{86}==)/g,
    minEntropy: 4
  },
  {
    id: "supabase-service-role-key",
    keywords: ["eyJ"],
    regex: /(?<![A-Za-z0-9_-])(?<s>eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])/g,
    accept: (s) => decodeJwtPayload(s)?.role === "service_role"
  },
  {
    id: "sendgrid-api-key",
    keywords: ["SG."],
    regex: /(?<![A-Za-z0-9])(?<s>SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
    minEntropy: 4
  },
  {
    id: "discord-bot-token",
    keywords: ["discord", "Discord", "DISCORD", ".login(", "Bot "],
    regex: /(?<![A-Za-z0-9_-])(?<s>[MNO][A-Za-z0-9_-]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_-])/g,
    minEntropy: 4,
    // A file that does not name Discord: the first part must be the base64 of a snowflake (17-20 digits).
    accept: (s, _m, c) => /discord/i.test(c.file) || /^\d{17,20}$/.test(Buffer.from(s.split(".")[0], "base64").toString("latin1"))
  },
  {
    id: "discord-webhook",
    keywords: ["discord"],
    regex: /https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/(?<s>[A-Za-z0-9_-]{60,68})/g,
    minEntropy: 4
  },
  {
    id: "telegram-bot-token",
    keywords: [":AA"],
    regex: /(?<![A-Za-z0-9])(?<s>\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g,
    minEntropy: 3.5
  },
  {
    id: "twilio-api-key",
    keywords: ["twilio", "Twilio", "TWILIO"],
    regex: /(?<![A-Za-z0-9])(?<s>SK[0-9a-f]{32})(?![A-Za-z0-9])/g,
    minEntropy: 3
  },
  {
    id: "twilio-api-key",
    keywords: ["twilio", "Twilio", "TWILIO"],
    regex: /twilio[\w]*?auth[_-]?token["']?\s*[:=]\s*["']?(?<s>[0-9a-f]{32})(?![A-Za-z0-9])/gi,
    minEntropy: 3
  },
  {
    // Twilio.init(accountSid, authToken) and similar: the 32-hex value right after an account SID.
    id: "twilio-api-key",
    keywords: ["twilio", "Twilio", "TWILIO"],
    regex: /AC[0-9a-f]{32}["']?[ \t]*,[ \t]*["'](?<s>[0-9a-f]{32})["']/g,
    minEntropy: 3
  },
  {
    id: "mailgun-api-key",
    keywords: ["key-", "mailgun", "Mailgun", "MAILGUN"],
    hint: /key-[0-9a-f]{32}|mailgun/i,
    regex: /(?<![A-Za-z0-9-])(?<s>key-[0-9a-f]{32}|[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8})(?![A-Za-z0-9-])/g,
    minEntropy: 3,
    accept: (s, _m, c) => s.startsWith("key-") || /mailgun/i.test(c.file)
  },
  {
    id: "mailchimp-api-key",
    keywords: ["-us"],
    hint: /-us\d/,
    regex: /(?<![A-Za-z0-9])(?<s>[0-9a-f]{32}-us\d{1,2})(?![A-Za-z0-9])/g,
    minEntropy: 3
  },
  {
    id: "resend-api-key",
    keywords: ["re_"],
    hint: /re_[A-Za-z0-9]{8}_/,
    regex: /(?<![A-Za-z0-9_])(?<s>re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_])/g,
    minEntropy: 3.5
  },
  {
    id: "pypi-token",
    keywords: ["pypi-"],
    regex: /(?<s>pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,})/g
  },
  {
    id: "datadog-api-key",
    keywords: [
      "datadog",
      "Datadog",
      "DATADOG",
      "dd_api",
      "DD_API",
      "dd_app",
      "DD_APP",
      "dd-api",
      "dd-app",
      "ddApi",
      "ddApp"
    ],
    regex: /(?<![A-Za-z0-9])(?<p>(?:datadog|dd)[_-]?)?(?:api|app(?:lication)?)[_-]?key["']?\s*[:=]\s*["']?(?<s>[a-f0-9]{32}|[a-f0-9]{40})(?![A-Za-z0-9])/gi,
    minEntropy: 3,
    // Without the prefix, only in a file about Datadog (`provider "datadog" { app_key = … }`).
    accept: (_s, m, c) => !!m.groups.p || /datadog/i.test(c.file)
  },
  {
    id: "digitalocean-token",
    keywords: ["_v1_"],
    regex: /(?<![A-Za-z0-9])(?<s>do[opr]_v1_[a-f0-9]{64})(?![A-Za-z0-9])/g,
    minEntropy: 3
  },
  {
    id: "square-access-token",
    keywords: ["EAAA", "sq0csp-", "sq0atp-"],
    regex: /(?<![A-Za-z0-9_-])(?<s>EAAA[A-Za-z0-9_-]{60}|sq0(?:csp|atp)-[A-Za-z0-9_-]{22,43})(?![A-Za-z0-9_-])/g,
    minEntropy: 4
  },
  {
    id: "vercel-token",
    keywords: ["vercel", "Vercel", "VERCEL"],
    regex: /vercel[_-]?(?:api[_-]?)?token["']?\s*[:=]\s*["']?(?<s>[A-Za-z0-9]{24})(?![A-Za-z0-9])/gi,
    minEntropy: 3.5
  },
  {
    id: "netlify-token",
    keywords: ["nfp_", "nfc_", "netlify", "Netlify", "NETLIFY"],
    regex: /(?<![A-Za-z0-9_])(?<s>nf[pc]_[A-Za-z0-9]{36,40})(?![A-Za-z0-9])|netlify[_-]?(?:auth[_-]?)?token["']?\s*[:=]\s*["']?(?<s2>[A-Za-z0-9_-]{40,46})(?![A-Za-z0-9_-])/gi,
    minEntropy: 3.5
  },
  {
    id: "doppler-token",
    keywords: ["dp.st.", "dp.pt.", "dp.sa.", "dp.ct.", "dp.scim.", "dp.audit."],
    regex: /(?<![A-Za-z0-9])(?<s>dp\.(?:st|pt|sa|ct|scim|audit)\.(?:[a-z0-9_-]{2,35}\.)?[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/g,
    minEntropy: 3.5
  },
  {
    id: "openai-api-key",
    keywords: ["sk-"],
    regex: /(?<![A-Za-z0-9_-])(?<s>sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{40,200}|sk-[A-Za-z0-9]{48})(?![A-Za-z0-9_-])/g,
    minEntropy: 4,
    accept: (s) => !s.startsWith("sk-ant-")
  },
  {
    id: "anthropic-api-key",
    keywords: ["sk-ant-"],
    regex: /(?<![A-Za-z0-9_-])(?<s>sk-ant-(?:api|admin)\d\d-[A-Za-z0-9_-]{80,120})(?![A-Za-z0-9_-])/g,
    minEntropy: 4
  },
  {
    id: "github-token",
    keywords: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"],
    regex: /(?<![A-Za-z0-9_])(?<s>gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
    minEntropy: 3.5
  },
  {
    id: "gitlab-token",
    keywords: ["glpat-", "glrt-", "gldt-", "glptt-", "gloas-"],
    regex: /(?<![A-Za-z0-9_-])(?<s>gl(?:pat|rt|dt|oas)-[A-Za-z0-9_-]{20,64}|glptt-[0-9a-f]{40})(?![A-Za-z0-9_-])/g,
    minEntropy: 3.5
  },
  {
    id: "slack-token",
    keywords: ["xox"],
    regex: /(?<![A-Za-z0-9])(?<s>xox[abeoprs]-(?:\d-)?[0-9]{6,}-[A-Za-z0-9-]{10,})(?![A-Za-z0-9-])/g,
    minEntropy: 3.5
  },
  {
    id: "google-api-key",
    keywords: ["AIza"],
    regex: /(?<![A-Za-z0-9_-])(?<s>AIza[0-9A-Za-z_-]{35})(?![A-Za-z0-9_-])/g,
    minEntropy: 3.5,
    // Firebase web config keys are public identifiers by design: skip files that hold one.
    accept: (_s, _m, c) => !/(?:^|\/)(?:google-services\.json|GoogleService-Info\.plist)$/.test(c.path) && !/firebaseapp\.com|authDomain|firebase\.initializeApp|initializeApp\s*\(/.test(c.file)
  },
  {
    // Azure AD / Entra ID client secrets carry `Q~` after 3 characters and a digit.
    id: "azure-ad-client-secret",
    keywords: ["Q~"],
    regex: /(?<![A-Za-z0-9_~.-])(?<s>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.-])/g,
    minEntropy: 3.5
  },
  {
    // Shared access signatures: the `sig=` of a URL with a service version `sv=` grants what `sp=` says.
    id: "azure-sas-token",
    keywords: ["sig="],
    hint: /[?&]sv=\d{4}-\d\d-\d\d/,
    regex: /[?&]sv=\d{4}-\d\d-\d\d&[^\s'"<>]{0,400}?[?&]sig=(?<s>[A-Za-z0-9%+/=]{30,120})/g,
    minEntropy: 4
  },
  {
    id: "azure-devops-pat",
    keywords: ["AZDO"],
    regex: /(?<![A-Za-z0-9])(?<s>[A-Za-z0-9]{52}AZDO[A-Za-z0-9]{28})(?![A-Za-z0-9])/g,
    minEntropy: 4
  },
  {
    id: "heroku-api-key",
    keywords: ["HRKU-"],
    regex: /(?<![A-Za-z0-9_-])(?<s>HRKU-[A-Za-z0-9_-]{58,60})(?![A-Za-z0-9_-])/g,
    minEntropy: 3.5
  },
  {
    id: "flyio-token",
    keywords: ["FlyV1 ", "fo1_"],
    regex: /(?<s>FlyV1 fm[12][a-z]?_[A-Za-z0-9+/=,_-]{40,}|(?<![A-Za-z0-9_])fo1_[A-Za-z0-9_-]{43})/g,
    minEntropy: 3.5
  },
  {
    id: "rubygems-api-key",
    keywords: ["rubygems_"],
    regex: /(?<![A-Za-z0-9_])(?<s>rubygems_[a-f0-9]{48})(?![A-Za-z0-9])/g,
    minEntropy: 3
  },
  {
    // ~/.docker/config.json and .dockerconfigjson: "auth" is base64 of user:password.
    id: "docker-config-auth",
    keywords: ['"auths"'],
    regex: /"auth"[ \t]*:[ \t]*"(?<s>[A-Za-z0-9+/]{8,}={0,2})"/g,
    accept: (s) => {
      const plain = Buffer.from(s, "base64").toString("utf8");
      const pass = /^[^:\s]+:(\S{6,})$/.exec(plain)?.[1];
      return !!pass && !isPlaceholder(pass);
    }
  },
  {
    id: "circleci-token",
    keywords: ["CCIPAT_", "CCIPRJ_"],
    regex: /(?<![A-Za-z0-9_])(?<s>CCIP(?:AT|RJ)_[A-Za-z0-9]{22}_[a-f0-9]{40})(?![A-Za-z0-9])/g,
    minEntropy: 3.5
  },
  {
    id: "terraform-cloud-token",
    keywords: [".atlasv1."],
    regex: /(?<![A-Za-z0-9])(?<s>[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_=-]{60,70})(?![A-Za-z0-9_=-])/g,
    minEntropy: 4
  },
  {
    id: "pulumi-token",
    keywords: ["pul-"],
    regex: /(?<![A-Za-z0-9_-])(?<s>pul-[a-f0-9]{40})(?![A-Za-z0-9])/g,
    minEntropy: 3
  },
  {
    // Sandbox access tokens reach fake banks only: not reported.
    id: "plaid-access-token",
    keywords: ["access-production-", "access-development-"],
    regex: /(?<![A-Za-z0-9-])(?<s>access-(?:production|development)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9])/g
  },
  {
    id: "braintree-access-token",
    keywords: ["access_token$production$"],
    regex: /(?<s>access_token\$production\$[0-9a-z]{16}\$[0-9a-f]{32})(?![A-Za-z0-9])/g,
    minEntropy: 3
  },
  {
    // Okta API tokens: `00` + 40 characters, in a file that talks to Okta (or after the SSWS scheme).
    id: "okta-api-token",
    keywords: ["okta", "Okta", "OKTA", "SSWS"],
    hint: /(?<![A-Za-z0-9_-])00[A-Za-z0-9_-]{40}(?![A-Za-z0-9_-])/,
    regex: /(?<![A-Za-z0-9_-])(?<s>00[A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/g,
    minEntropy: 4
  },
  {
    id: "sentry-auth-token",
    keywords: ["sntrys_", "sntryu_"],
    regex: /(?<![A-Za-z0-9_])(?<s>sntrys_eyJ[A-Za-z0-9+/=]{20,}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9])/g,
    minEntropy: 3.5
  },
  {
    // Secret (`sk.`) tokens only: public `pk.` tokens are meant for browsers.
    id: "mapbox-secret-token",
    keywords: ["sk.eyJ"],
    regex: /(?<![A-Za-z0-9_.-])(?<s>sk\.eyJ[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{20,})(?![A-Za-z0-9_-])/g,
    minEntropy: 4
  },
  {
    // Stripe (and Svix-based: Clerk, Resend) webhook signing secrets: forged events pass signature checks.
    id: "webhook-signing-secret",
    keywords: ["whsec_"],
    regex: /(?<![A-Za-z0-9_])(?<s>whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=])/g,
    minEntropy: 3.5,
    accept: (s) => !isPlaceholder(s)
  },
  {
    // The Cloudflare global API key (37 hex, sent as `X-Auth-Key`) and API tokens (40 characters) in a
    // setting or header named for Cloudflare; these formats carry no prefix of their own.
    id: "cloudflare-global-api-key",
    keywords: ["X-Auth-Key", "x-auth-key", "X-AUTH-KEY", "cloudflare", "Cloudflare", "CLOUDFLARE", "CF_API_KEY"],
    hint: /x-auth-key|cloudflare|cf_api_key/i,
    regex: /(?:X-Auth-Key|cloudflare[_-]?(?:global[_-]?)?api[_-]?key|CF_API_KEY)["']?[ \t]*[:=][ \t]*["']?(?<s>[a-f0-9]{37})(?![A-Za-z0-9])/gi,
    minEntropy: 3,
    accept: (s, m, c) => !isPlaceholder(s) && (/cloudflare|X-Auth-Email/i.test(c.file) || !/^x-auth/i.test(m[0]))
  },
  {
    // Postmark server and account tokens are UUIDs: trust the client constructor, header or setting name.
    id: "postmark-token",
    keywords: ["postmark", "Postmark", "POSTMARK", "ServerClient(", "AccountClient("],
    hint: /postmark|(?:Server|Account)Client\(/i,
    regex: /(?:(?:Server|Account)Client\([ \t]*|X-Postmark-(?:Server|Account)-Token["']?[ \t]*[:=][ \t]*|postmark[_-]?(?:server|account|api)?[_-]?(?:token|key)["']?[ \t]*[:=][ \t]*)["']?(?<s>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})["']?/gi,
    minEntropy: 3,
    accept: (s, _m, c) => !isPlaceholder(s) && /postmark/i.test(c.file)
  },
  {
    // Algolia admin / write keys (32 hex, like the public search-only key): only a setting that says admin.
    id: "algolia-admin-key",
    keywords: ["lgolia", "LGOLIA"],
    hint: /algolia/i,
    regex: /algolia[_-]?(?:admin|write)[_-]?(?:api[_-]?)?key["']?[ \t]*[:=][ \t]*["'`]?(?<s>[a-f0-9]{32})(?![A-Za-z0-9])/gi,
    minEntropy: 3,
    accept: (s) => !isPlaceholder(s)
  },
  {
    // Cohere keys (40 alphanumerics, no prefix): the Python client's first argument or a Cohere-named setting.
    id: "cohere-api-key",
    keywords: ["cohere", "Cohere", "COHERE", "CO_API_KEY"],
    hint: /cohere|co_api_key/i,
    regex: /(?:cohere\.(?:Async)?Client(?:V2)?\([ \t]*(?:api_key[ \t]*=[ \t]*)?|(?<![A-Za-z0-9])(?:cohere|co)[_-]?api[_-]?key["']?[ \t]*[:=][ \t]*)["'](?<s>[A-Za-z0-9]{40})["']/gi,
    minEntropy: 4,
    accept: (s) => !isPlaceholder(s)
  },
  {
    id: "twitch-oauth-token",
    keywords: ["oauth:"],
    regex: /(?<![A-Za-z0-9])(?<s>oauth:[a-z0-9]{30})(?![A-Za-z0-9])/g,
    minEntropy: 3.5
  },
  {
    id: "atlassian-api-token",
    keywords: ["ATATT3", "ATCTT3", "ATBB"],
    regex: /(?<![A-Za-z0-9_-])(?<s>AT[AC]TT3[A-Za-z0-9_=-]{150,250}|ATBB[A-Za-z0-9]{32})(?![A-Za-z0-9_=-])/g,
    minEntropy: 4
  },
  {
    id: "newrelic-key",
    keywords: ["NRAK-", "NRAL", "NRII-"],
    regex: /(?<![A-Za-z0-9_-])(?<s>NRAK-[A-Z0-9]{27}|NRII-[A-Za-z0-9_-]{32}|(?:eu01xx)?[a-f0-9]{30,36}NRAL)(?![A-Za-z0-9])/g,
    minEntropy: 3
  },
  {
    id: "airtable-token",
    keywords: ["pat"],
    regex: /(?<![A-Za-z0-9])(?<s>pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9])/g,
    minEntropy: 3.5
  },
  {
    id: "postman-api-key",
    keywords: ["PMAK-"],
    regex: /(?<![A-Za-z0-9_-])(?<s>PMAK-[a-f0-9]{24}-[a-f0-9]{34})(?![A-Za-z0-9])/g,
    minEntropy: 3
  },
  {
    id: "age-secret-key",
    keywords: ["AGE-SECRET-KEY-1"],
    regex: /(?<s>AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})(?![A-Z0-9])/g
  }
];

// src/checks/secrets/generic-rules.ts
var ENV_FILE = /(?:^|\/)(?:\.env(?:\.[\w-]+)*|[\w-]+\.env)$/;
var ENV_TEMPLATE = /(?:^|[./])(?:example|sample|template|dist|defaults?|tpl|schema)(?:\.|$)/i;
var COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/;
var WORKFLOW_FILE = /(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
var PY_FILE = /\.py$/;
var KEY_KINDS = [
  "server",
  "master",
  "admin",
  "management",
  "ingestion",
  "service",
  "deploy",
  "storage",
  "account",
  "record",
  "integration",
  "subscription",
  "hmac",
  "root"
];
var KINDS = KEY_KINDS.join("|");
var SECRET_NAME = new RegExp(
  `(?:SECRET|TOKEN|PASSWORD|PASSWD|PWD|_PAT$|APP_?KEY|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|AUTH_?KEY|CREDENTIALS?|SALT|SIGNING_?KEY|ENCRYPTION_?KEY|WEBHOOK_?SECRET|DSN|(?:${KINDS})_?KEY)`,
  "i"
);
var NOT_SECRET_NAME = /PUBLIC|PUBLISHABLE|ANON|_ID$|_URL$|_HOST$|_PORT$|_USER(?:NAME)?$|_SHA$|HASH|CHECKSUM|DIGEST|COMMIT|_FILE$|_PATH$|_TTL$|_EXPIR|_LENGTH$|_ALGORITHM$|_ISSUER$|_AUDIENCE$|_NAME$|_TYPE$/i;
var LOCAL_HOST = /@(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal|[A-Za-z][\w-]*)(?::\d+)?(?:[/?]|$)/i;
var UUID_SECRET_NAME = new RegExp(
  `(?:^|_)(?:token|authtoken|secret|password|api_?key|apikey|(?:secret|access|auth|private|license|${KINDS})_key)$`
);
var uuidToken = (name, v) => isUuid(v) && UUID_SECRET_NAME.test(words(name).join("_"));
function randomLiteral(v, minLen, minEntropy) {
  if (v.length < minLen || isPlaceholder(v) || isUuid(v)) return false;
  if (/^[A-Za-z]+(?:[-_.][A-Za-z]+)+$/.test(v)) return false;
  return shannon(v) >= minEntropy;
}
var SECRET_WORDS = new RegExp(
  `(?:^|_)(?:password|passwd|pwd|pass|pat|secret|token|credentials?|api_?key|apikey|access_?key|private_?key|auth_?key|signing_?key|encryption_?key|license_?key|app_?key|secret_?key|(?:${KINDS})_?key|authtoken)(?:_|$)`
);
var SECRET_WORD = `password|passwd|pwd|_pass|_pat(?![a-z])|secret|token|credentials?|api[_-]?key|access[_-]?key|private[_-]?key|license[_-]?key|(?:${KINDS})[_-]?key`;
var SETTING_KEYWORDS = [
  "assword",
  "ASSWORD",
  "asswd",
  "ASSWD",
  "pwd",
  "PWD",
  "Pwd",
  "ecret",
  "ECRET",
  "oken",
  "OKEN",
  "pi_key",
  "PI_KEY",
  "piKey",
  "PIKey",
  "pikey",
  "PIKEY",
  "pi-key",
  "ccess_key",
  "CCESS_KEY",
  "ccessKey",
  "rivate_key",
  "RIVATE_KEY",
  "rivateKey",
  "icense_key",
  "ICENSE_KEY",
  "icenseKey",
  "redentials",
  "REDENTIALS",
  "_PASS",
  "_pass",
  "_PAT",
  "_pat",
  // `<kind>_key` in the spellings settings use; the first letter is left out so that any case matches.
  ...KEY_KINDS.map((k) => k.slice(1)).flatMap((t) => [
    `${t}_key`,
    `${t.toUpperCase()}_KEY`,
    `${t}Key`,
    `${t.toUpperCase()}KEY`
  ])
];
var SETTING = `(?:${SECRET_WORD})[A-Za-z0-9_.-]{0,60}["']?[ \\t]*(?:=>|:=|=(?!=)|:(?:[ \\t]*&?(?:'static[ \\t]+)?[A-Za-z_][\\w:<>?]{0,30}[ \\t]*=(?![=>]))?)[ \\t]*`;
var ABOUT_SECRET = new Set(
  "type endpoint url uri host port header field param params name ref file path dir hash hashed digest checksum ttl expiry expires expiration timeout validity seconds length min max count size policy pattern regex format prefix suffix template label placeholder hint message description enabled required require alphabet version id public publishable anon csrf xsrf page next continuation cursor cache reset confirm confirmation strength rule rules validator mode algorithm alg issuer audience kind style class input selector location env var store provider manager source usage limit generator encrypted cipher salt".split(" ")
);
var words = (key) => key.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
function isSecretName(key) {
  const w = words(key);
  return SECRET_WORDS.test(w.join("_")) && !w.some((x) => ABOUT_SECRET.has(x) || /^sha\d*$|^md5$/.test(x));
}
var CODE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kts?|scala|php|cs|swift|rs|c|cc|cpp|h|hpp|m|dart|groovy|lua|pl|ex|exs|erl|clj|vue|svelte)$/i;
var NOT_CODE_FILE = new RegExp(`^(?!.*${CODE_FILE.source})`, "i");
var FAKE_DIRS = "tests?|__tests__|spec|specs|fixtures?|testdata|__mocks__|mocks?|examples?|samples?|__snapshots__";
var NOT_REAL_DIR = new RegExp(`(?:^|\\/)(?:${FAKE_DIRS})\\/`, "i");
var PROSE_EXT = "md|mdx|rst|adoc|txt|html?";
var PROSE_FILE = new RegExp(`\\.(?:${PROSE_EXT})$`, "i");
var GENERIC_SKIP = new RegExp(
  `(?:^|\\/)(?:${FAKE_DIRS}|docs?)\\/|[._-](?:test|spec|mock|fixture)s?\\.[a-z]+$|_test\\.go$|(?:^|\\/)test_[^/]*\\.py$|\\.(?:${PROSE_EXT}|snap|map|svg|lock)$|\\.min\\.[a-z]+$|(?:^|\\/)(?:package-lock\\.json|yarn\\.lock|pnpm-lock\\.yaml|go\\.sum)$`,
  "i"
);
function mayHoldGenericSecret(c) {
  if (GENERIC_SKIP.test(c.path)) return false;
  const name = c.path.split("/").pop() ?? "";
  if (ENV_TEMPLATE.test(name)) return false;
  return !isSealedSecret(c.file);
}
var sealed = { text: "", is: false };
function isSealedSecret(text) {
  if (sealed.text !== text) sealed = { text, is: /kind["']?[ \t]*:[ \t]*["']?SealedSecret\b/.test(text) };
  return sealed.is;
}
var isAnonJwt = (s) => s.startsWith("eyJ") && decodeJwtPayload(s)?.role === "anon";
function decodeURIComponentSafe(s) {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
function settingName(text, at) {
  const before = /[A-Za-z0-9_.-]*$/.exec(text.slice(Math.max(0, at - 80), at))[0];
  return before + /^[A-Za-z0-9_.-]*/.exec(text.slice(at, at + 80))[0];
}
function lineAt(text, index) {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end < 0 ? text.length : end);
}
function isCommentOrExample(c, index) {
  const line = lineAt(c.text, index);
  return /^\s*(?:\/\/|\/\*|\*|#|--|;|<!--)/.test(line) || /\b(?:example|e\.g\.|format|sample)\b/i.test(line);
}
function genericAccept(s, m, c, unquoted, name, inCiFiles = false) {
  if (!mayHoldGenericSecret(c) || isCommentOrExample(c, m.index)) return false;
  if (ENV_FILE.test(c.path)) return false;
  if (!inCiFiles && (COMPOSE_FILE.test(c.path) || WORKFLOW_FILE.test(c.path))) return false;
  if (unquoted && (CODE_FILE.test(c.path) || /[[\]{}()<>,]/.test(s))) return false;
  const key = name ?? settingName(c.text, m.index);
  if (!isSecretName(key) || isNonSecretValue(s) || isAnonJwt(s)) return false;
  if (/^(?:search_?)?api_?key$/i.test(key.replace(/^.*[.-]/, "")) && /algolia|docsearch/i.test(c.file)) return false;
  const password = /pass|pwd/i.test(key);
  if (isUuid(s)) return uuidToken(key.replace(/^.*[.-]/, ""), s);
  return looksGenerated(s, password, shannon);
}
function parentKey(text, index) {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  const indent = /^[ \t]*/.exec(text.slice(lineStart, lineStart + 200))[0].length;
  let end = lineStart - 1;
  for (let n = 0; end > 0 && n < 500; n++) {
    const start = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (/^[ \t]*/.exec(line)[0].length < indent) return /^[ \t]*["']?([\w.-]+)["']?[ \t]*:/.exec(line)?.[1];
  }
  return void 0;
}
function holdsKnownSecret(plain) {
  return [...PROVIDER_RULES, ...GENERIC_RULES, ...SHAPE_RULES].some((r) => {
    if (r.path || r.id === "secret-assignment" || r.id === "http-auth-header") return false;
    if (!r.keywords.some((k) => plain.includes(k))) return false;
    const re = new RegExp(r.regex.source, r.regex.flags);
    for (let m = re.exec(plain); m; m = re.exec(plain)) {
      const s = m.groups?.s ?? m.groups?.s2 ?? m[0];
      if (s && (!r.minEntropy || shannon(s) >= r.minEntropy) && (!r.accept || r.accept(s, m, { path: "", text: plain, file: plain })))
        return true;
      if (!m[0].length) re.lastIndex++;
    }
    return false;
  });
}
var generatedOutsideComments = (s, m, c) => mayHoldGenericSecret(c) && !isCommentOrExample(c, m.index) && !isNonSecretValue(s) && looksGenerated(s, true, shannon);
var GENERIC_RULES = [
  {
    // ADO.NET / ODBC connection strings (`Server=…;Password=…`) and JDBC URLs with a password parameter.
    id: "connection-string-password",
    keywords: ["assword=", "ASSWORD=", "pwd=", "Pwd=", "PWD="],
    regex: /(?:jdbc:[a-z0-9]+:[^\s'"]*?[?&;]|(?:Server|Data Source|Host|Address|Addr)=[^\r\n'"]*?;[ \t]*)(?:password|pwd)=(?<s>[^;&\s'"]{4,200})/gi,
    accept: (s, m) => {
      if (isPlaceholder(s) || /^\*+$/.test(s) || /^[$%{]/.test(s)) return false;
      return /(?:\/\/|=)(?:localhost|127\.0\.0\.1|\(local\)|\.)[;:/,]/i.test(m[0]) ? { severity: "medium" } : true;
    }
  },
  {
    // Kubernetes Secret manifests: `data:` values are only base64, so decode and judge the value.
    id: "kubernetes-secret-data",
    keywords: ["Secret"],
    path: /\.(?:ya?ml|json)$/,
    hint: /kind["']?[ \t]*:[ \t]*["']?Secret\b/,
    regex: /^[ \t]+["']?(?<k>[\w.-]+)["']?[ \t]*:[ \t]*["']?(?<s>[A-Za-z0-9+/]{8,}={0,2})["']?[ \t]*,?[ \t]*$/gm,
    accept: (s, m, c) => {
      if (parentKey(c.text, m.index) !== "data") return false;
      const plain = Buffer.from(s, "base64").toString("utf8").trim();
      if (!plain || !/^[\x20-\x7e\t\r\n]+$/.test(plain) || isNonSecretValue(plain)) return false;
      if (isSecretName(m.groups.k) && !isUuid(plain) && looksGenerated(plain, true, shannon)) return true;
      return holdsKnownSecret(plain);
    }
  },
  {
    id: "private-key",
    keywords: ["PRIVATE KEY"],
    atMatch: true,
    // Header, a base64 body (EC and ed25519 bodies are short), footer; any key type.
    regex: /-----BEGIN[ A-Z0-9]*? ?PRIVATE KEY(?: BLOCK)?-----(?:[\r\n]+[A-Za-z-]+:[^\r\n]*)*\s*(?<s>[A-Za-z0-9+/=\r\n\t \\"',]{40,20000}?)-----END[ A-Z0-9]*? ?PRIVATE KEY(?: BLOCK)?-----/g,
    accept: (s, m) => {
      const body = s.replace(/(?:^|\\n|[\r\n])=[A-Za-z0-9+/]{4}[\s"',\\n]*$/, "").replace(/\\n|[\s"',\\]/g, "");
      if (body.length < 40 || !/^[A-Za-z0-9+/]+=*$/.test(body) || shannon(body) < 4.5) return false;
      return /ENCRYPTED/.test(m[0].slice(0, 40)) ? { severity: "high" } : true;
    }
  },
  {
    // PuTTY .ppk files (v2 and v3): the header, then the private lines; encrypted ones are `high`.
    id: "private-key",
    keywords: ["PuTTY-User-Key-File-"],
    atMatch: true,
    regex: /PuTTY-User-Key-File-[23]: [\w@.-]+\r?\nEncryption: (?<enc>[\w-]+)[^]{0,4000}?Private-Lines: \d+\r?\n(?<s>[A-Za-z0-9+/=\r\n]{20,8000}?)\r?\nPrivate-(?:MAC|Hash):/g,
    accept: (s, m) => shannon(s.replace(/\s/g, "")) >= 4 && (m.groups.enc === "none" || { severity: "high" })
  },
  {
    id: "database-url-password",
    keywords: [
      "postgres",
      "mysql",
      "mariadb",
      "mongodb",
      "redis",
      "amqp",
      "mssql",
      "sqlserver",
      "cockroach",
      "POSTGRES",
      "MYSQL",
      "MONGODB",
      "REDIS"
    ],
    hint: /:\/\/[^\s:@/'"]{0,100}:[^\s@/'"]{6,200}@/,
    regex: /(?<![A-Za-z0-9+])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|redis|rediss|amqps?|mssql|sqlserver|cockroachdb)(?:\+[a-z0-9]+)?:\/\/[^:/?#\s@'"]{0,100}:(?<s>[^@/?#\s'"]{6,200})@[^\s'"]+/gi,
    accept: (s, m, c) => {
      if (isPlaceholder(s) || /^\*+$/.test(s)) return false;
      if (!LOCAL_HOST.test(m[0])) return true;
      return !GENERIC_SKIP.test(c.path) && { severity: "medium" };
    }
  },
  {
    id: "django-secret-key",
    keywords: ["SECRET_KEY"],
    path: PY_FILE,
    regex: /^[ \t]*SECRET_KEY[ \t]*=[ \t]*[rbu]?(?<q>['"])(?<s>[^'"\r\n]{20,})\k<q>/gm,
    accept: (s) => randomLiteral(s, 20, 3.5)
  },
  {
    id: "compose-password",
    keywords: ["PASS", "SECRET", "TOKEN", "KEY", "pass", "secret", "token", "key"],
    path: COMPOSE_FILE,
    regex: /^[ \t]*-?[ \t]*["']?(?<k>[A-Za-z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|ACCESS_KEY)[A-Za-z0-9_]*)["']?[ \t]*[:=][ \t]*["']?(?<s>[^\s"'#][^\s"']{7,})["']?(?:[ \t]+#.*)?[ \t]*$/gim,
    accept: (s, m) => {
      if (NOT_SECRET_NAME.test(m.groups.k) || isPublicOrTestKey(s)) return false;
      if (!randomLiteral(s, 8, 2.5) && !uuidToken(m.groups.k, s)) return false;
      return looksGenerated(s, false, shannon) || { severity: "medium" };
    }
  },
  {
    id: "workflow-env-secret",
    keywords: ["PASS", "SECRET", "TOKEN", "KEY", "pass", "secret", "token", "key"],
    path: WORKFLOW_FILE,
    regex: /^[ \t]+(?<k>[A-Za-z0-9_]*(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY|APIKEY|ACCESS_KEY|PRIVATE_KEY|CREDENTIALS?)[A-Za-z0-9_]*)[ \t]*:[ \t]*["']?(?<s>[^\s"'#][^\s"']{7,})["']?(?:[ \t]+#.*)?[ \t]*$/gim,
    accept: (s, m) => !NOT_SECRET_NAME.test(m.groups.k) && !isPublicOrTestKey(s) && (randomLiteral(s, 8, 3) || uuidToken(m.groups.k, s))
  },
  {
    id: "env-file-secret",
    keywords: ["="],
    path: ENV_FILE,
    regex: /^[ \t]*(?:export[ \t]+)?(?<k>[A-Za-z_][A-Za-z0-9_.]*)[ \t]*=[ \t]*(?<q>["']?)(?<s>[^\s"'#]+)\k<q>[ \t]*(?:#.*)?$/gm,
    accept: (s, m, c) => {
      const k = m.groups.k;
      if (ENV_TEMPLATE.test(c.path.split("/").pop() ?? "")) return false;
      if (!SECRET_NAME.test(k) || NOT_SECRET_NAME.test(k) || isPublicOrTestKey(s)) return false;
      if (/^(?:https?|wss?):\/\//i.test(s)) return false;
      if (isHexDigest(s) && s.length >= 32) return shannon(s) >= 3;
      return randomLiteral(s, 16, 3.5) || uuidToken(k, s);
    }
  },
  {
    // `Authorization: Bearer …`, `X-Api-Key: …` and other credential headers with a literal value.
    id: "http-auth-header",
    keywords: [
      "uthorization",
      "UTHORIZATION",
      "-Token",
      "-token",
      "-TOKEN",
      "pi-Key",
      "PI-Key",
      "pi-key",
      "PI-KEY",
      "apikey",
      "ubscription-Key",
      "PPLICATION-KEY"
    ],
    hint: /(?:authorization|-token|api-key|apikey|subscription-key|application-key)["']?[ \t]*[:=]/i,
    regex: /(?<![A-Za-z0-9-])(?<h>(?:Proxy-)?Authorization|X-Api-Key|Api-Key|apikey|X-Goog-Api-Key|X-RapidAPI-Key|Ocp-Apim-Subscription-Key|DD-API-KEY|DD-APPLICATION-KEY|X-[A-Za-z]{0,20}-?(?:Access-|Auth-|Api-|Server-|Account-)?Token|Private-Token|Circle-Token)["']?[ \t]*[:=][ \t]*["']?(?:(?<scheme>Bearer|Token|Basic|SSWS|Key|Api-Key)[ \t]+)?(?<s>[A-Za-z0-9._~+/=-]{16,400})(?![A-Za-z0-9._~+/=-])/gi,
    accept: (s, m, c) => {
      if (!mayHoldGenericSecret(c) || isCommentOrExample(c, m.index) || /csrf|xsrf/i.test(m.groups.h)) return false;
      if (isNonSecretValue(s) || isAnonJwt(s)) return false;
      if (/^basic$/i.test(m.groups.scheme ?? "")) {
        const pass = /^[^:\s]+:(\S{6,})$/.exec(Buffer.from(s, "base64").toString("utf8"))?.[1];
        return !!pass && !isPlaceholder(pass);
      }
      return isUuid(s) || looksGenerated(s, false, shannon);
    }
  },
  {
    // `secret-name = "random literal"` in any config or source file: the catch-all for providers
    // without a recognisable token format (database passwords, signing keys, vendor API keys).
    id: "secret-assignment",
    keywords: SETTING_KEYWORDS,
    // The value may be on the next line (`"apiKey":` then the string, as formatters wrap long values).
    regex: new RegExp(`${SETTING}(?:\\r?\\n[ \\t]*)?(?<q>["'\`])(?<s>[^"'\`\\r\\n]{8,300})\\k<q>`, "gi"),
    accept: (s, m, c) => genericAccept(s, m, c, false)
  },
  {
    // The same, unquoted, in configuration files only (in code an unquoted value is an expression).
    id: "secret-assignment",
    path: NOT_CODE_FILE,
    keywords: SETTING_KEYWORDS,
    regex: new RegExp(`${SETTING}(?<s>[^\\s"'\`]{8,300})[ \\t]*(?:[#;].*)?$`, "gim"),
    accept: (s, m, c) => genericAccept(s, m, c, true)
  },
  {
    // Env lists with the name and the value as siblings: Kubernetes `- name: X` then `value: "…"`, ECS
    // `{"name": "X", "value": "…"}` on one line or two.
    id: "secret-assignment",
    keywords: SETTING_KEYWORDS,
    hint: /["']?value["']?[ \t]*:/,
    regex: /["']?name["']?[ \t]*:[ \t]*["']?(?<k>[A-Za-z_][\w.-]{1,80})["']?[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?["']?value["']?[ \t]*:[ \t]*(?:(?<q>["'])(?<s>[^"'\r\n]{8,300})\k<q>|(?<s2>[^\s"',}]{8,300}))/g,
    accept: (s, m, c) => genericAccept(s, m, c, false, m.groups.k)
  },
  {
    // `NAME=value` inside a log line, a sentence or a command, in files that are not code. Prose needs a
    // stronger value than configuration does: long, varied, not on a line that says it is an example.
    id: "secret-assignment",
    path: NOT_CODE_FILE,
    keywords: SETTING_KEYWORDS,
    regex: /(?<![\w.$-])(?<k>[A-Z][A-Z0-9_]{1,60})=(?<s>[^\s"'`<>()[\]{},;|]{15,299}[^\s"'`<>()[\]{},;|.:])(?=[.,;:)]?(?:\s|$))/g,
    accept: (s, m, c) => {
      if (ENV_FILE.test(c.path) || COMPOSE_FILE.test(c.path) || WORKFLOW_FILE.test(c.path)) return false;
      if (NOT_REAL_DIR.test(c.path) || ENV_TEMPLATE.test(c.path.split("/").pop() ?? "")) return false;
      if (isCommentOrExample(c, m.index) && !/\.log$/.test(c.path)) return false;
      const k = m.groups.k;
      if (!isSecretName(k) || isNonSecretValue(s) || isAnonJwt(s)) return false;
      if (isUuid(s)) return uuidToken(k, s);
      if (PROSE_FILE.test(c.path)) return s.length >= 20 && looksGenerated(s, false, shannon) && shannon(s) >= 4;
      return looksGenerated(s, /pass|pwd/i.test(k), shannon);
    }
  },
  {
    // Command-line flags: `--token=…`, `--password …` in scripts and CI files.
    id: "secret-assignment",
    keywords: ["-token", "-password", "-passwd", "-api-key", "-apikey", "-secret", "-auth-key", "-access-key"],
    regex: /(?<![\w-])--(?<k>[a-z0-9-]{0,30}?(?:token|password|passwd|api-?key|secret|auth-key|access-key))[= ](?:(?<q>["'])(?<s>[^"'\r\n]{8,300})\k<q>|(?<s2>[^\s"'`]{8,300}))/gi,
    accept: (s, m, c) => genericAccept(s, m, c, false, m.groups.k, true)
  },
  {
    // XML settings: `<password>…</password>` (Maven, Tomcat), `<add key="ApiKey" value="…"/>` (.NET).
    id: "secret-assignment",
    keywords: ["assword>", "ASSWORD>", "ecret>", "ECRET>", "oken>", "OKEN>", "pikey>", "piKey>", "PIKey>", "add key="],
    hint: /(?:password|secret|token|key)(?:>|["'][ \t]+value=)/i,
    regex: /<(?<k>[\w.:-]{0,40}?(?:password|passwd|secret|token|api-?key|apikey)[\w.:-]{0,20})>(?<s>[^<\s]{8,300})<\/\k<k>>|<add[ \t]+key=["'](?<k2>[\w.:-]{1,60})["'][ \t]+value=["'](?<s2>[^"'\s]{8,300})["']/gi,
    accept: (s, m, c) => genericAccept(s, m, c, false, m.groups.k ?? m.groups.k2)
  },
  {
    // Setters and builder calls: `.setClientSecret("…")`, `.password("…")`, `withApiKey('…')`.
    id: "secret-assignment",
    keywords: ["ecret(", "assword(", "oken(", "piKey(", "PIKey("],
    regex: /(?:secret|password|token|apikey)\([ \t]*(?<q>["'])(?<s>[^"'\r\n]{8,300})\k<q>[ \t]*\)/gi,
    accept: (s, m, c) => genericAccept(s, m, c, false)
  },
  {
    // PHP constants: `define('DB_PASSWORD', '…')`; long random `*_KEY` / `*_SALT` values (WordPress salts).
    id: "secret-assignment",
    keywords: ["define("],
    regex: /define\([ \t]*["'](?<k>[A-Z0-9_]{2,60})["'][ \t]*,[ \t]*(?<q>["'])(?<s>[^"'\r\n]{8,300})\k<q>[ \t]*\)/g,
    accept: (s, m, c) => {
      const k = m.groups.k;
      if (/_(?:KEY|SALT)$/.test(k) && s.length >= 32 && mayHoldGenericSecret(c))
        return !isPlaceholder(s) && !/\$\{|\{\{/.test(s) && shannon(s) >= 4.5;
      return genericAccept(s, m, c, false, k);
    }
  },
  {
    // SQL: `CREATE USER … WITH PASSWORD '…'`, `IDENTIFIED BY '…'`, `PASSWORD = '…'`.
    id: "secret-assignment",
    keywords: ["PASSWORD", "password", "IDENTIFIED", "identified"],
    hint: /(?:password|identified\s+(?:with\s+\w+\s+)?by)\s*=?\s*'/i,
    regex: /\b(?:(?:WITH|ENCRYPTED)\s+PASSWORD|IDENTIFIED\s+(?:WITH\s+\w+\s+)?BY|PASSWORD\s*=)\s*'(?<s>[^'\r\n]{6,200})'/gi,
    accept: generatedOutsideComments
  },
  {
    // PowerShell: a plain-text string turned into a SecureString is a password in the script.
    id: "secret-assignment",
    keywords: ["ConvertTo-SecureString", "convertto-securestring"],
    regex: /ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?(?<q>["'])(?<s>[^"'\r\n]{6,200})\k<q>[ \t]+-AsPlainText/gi,
    accept: (s, _m, c) => mayHoldGenericSecret(c) && !isNonSecretValue(s)
  },
  {
    // user:password in a URL of any scheme (SMTP, AMQP, Cloudinary, private registries…).
    id: "url-credentials",
    keywords: ["://"],
    hint: /:\/\/[^\s:@/'"]{0,100}:[^\s@/'"]{6,200}@/,
    regex: /(?<=(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]{1,30}):\/\/(?<u>[^\s:@/'"]{0,100}):(?<s>[^\s@/'"]{6,200})@(?<h>[A-Za-z0-9.-]+)/g,
    accept: (s, m, c) => {
      if (!mayHoldGenericSecret(c) || isCommentOrExample(c, m.index)) return false;
      if (isNonSecretValue(decodeURIComponentSafe(s))) return false;
      if (!looksGenerated(decodeURIComponentSafe(s), true, shannon)) return false;
      return /^(?:localhost|127\.0\.0\.1|0\.0\.0\.0)$/i.test(m.groups.h) ? { severity: "medium" } : true;
    }
  },
  {
    // `curl -u user:password`, `wget --user`: HTTP basic credentials on a command line.
    id: "http-auth-header",
    keywords: ["-u ", "--user"],
    hint: /(?:-u|--user)[ =]["']?[^\s:"']+:[^\s"']{6,}/,
    regex: /(?<![\w-])(?:-u|--user)[ =]["']?(?<u>[^\s:"'$]+):(?<s>[^\s"'@]{6,200})/g,
    accept: generatedOutsideComments
  },
  {
    // .pgpass: host:port:database:user:password per line.
    id: "secret-assignment",
    keywords: [":"],
    path: /(?:^|\/)\.?pgpass(?:\.conf)?$/,
    regex: /^[^\s:#][^\s:]*:[^\s:]*:[^\s:]*:[^\s:]*:(?<s>\S{6,})$/gm,
    accept: (s) => !isNonSecretValue(s) && looksGenerated(s, true, shannon)
  },
  {
    id: "netrc-password",
    keywords: ["password"],
    path: /(?:^|\/)[._]?netrc$/,
    regex: /(?:^|\s)password[ \t]+(?<s>\S+)/g,
    accept: (s) => !isNonSecretValue(s) && (isUuid(s) || looksGenerated(s, true, shannon))
  }
];

// src/checks/secrets/rules.ts
var RULES = [...PROVIDER_RULES, ...GENERIC_RULES, ...SHAPE_RULES];

// src/checks/secrets/literals.ts
var LiteralMatcher = class {
  literals;
  /**
   * Row offset (state × 256) of the next state, per state × byte; bitwise-negated when the next
   * state ends at least one literal, so the scan loop tests one sign per byte.
   */
  next;
  /** Literal ids ending at each state (suffix links followed), as offsets into `outIds`. */
  outStart;
  outIds;
  constructor(literals) {
    this.literals = literals;
    const children = [/* @__PURE__ */ new Map()];
    const ends = [[]];
    const encoder = new TextEncoder();
    literals.forEach((lit, id) => {
      if (!lit) throw new Error("a literal cannot be empty");
      const bytes = encoder.encode(lit);
      let s = 0;
      for (const c of bytes) {
        let n = children[s].get(c);
        if (n === void 0) {
          n = children.length;
          children.push(/* @__PURE__ */ new Map());
          ends.push([]);
          children[s].set(c, n);
        }
        s = n;
      }
      ends[s].push(id);
    });
    const states = children.length;
    const delta = new Int32Array(states * 256);
    const link = new Int32Array(states);
    const order = [];
    for (let c = 0; c < 256; c++) {
      const n = children[0].get(c) ?? 0;
      delta[c] = n;
      if (n) order.push(n);
    }
    for (let q = 0; q < order.length; q++) {
      const s = order[q];
      ends[s] = [.../* @__PURE__ */ new Set([...ends[s], ...ends[link[s]]])];
      for (let c = 0; c < 256; c++) {
        const n = children[s].get(c);
        if (n === void 0) delta[s * 256 + c] = delta[link[s] * 256 + c];
        else {
          link[n] = delta[link[s] * 256 + c];
          delta[s * 256 + c] = n;
          order.push(n);
        }
      }
    }
    this.next = new Int32Array(states * 256);
    for (let i = 0; i < delta.length; i++) {
      const n = delta[i];
      this.next[i] = ends[n].length ? ~(n * 256) : n * 256;
    }
    this.outStart = new Int32Array(states + 1);
    const ids = [];
    for (let s = 0; s < states; s++) {
      this.outStart[s] = ids.length;
      ids.push(...ends[s]);
    }
    this.outStart[states] = ids.length;
    this.outIds = Int32Array.from(ids);
  }
  /** Sets `seen[id] = 1` for every literal that occurs in `buf`; returns how many were newly seen. */
  scan(buf, seen) {
    const next = this.next;
    let row = 0;
    let found = 0;
    for (let i = 0, n = buf.length; i < n; i++) {
      row = next[row + buf[i]];
      if (row < 0) {
        row = ~row;
        const s = row >> 8;
        for (let k = this.outStart[s], end = this.outStart[s + 1]; k < end; k++) {
          const id = this.outIds[k];
          if (!seen[id]) {
            seen[id] = 1;
            found++;
          }
        }
      }
    }
    return found;
  }
};

// src/checks/secrets/context.ts
var EVIDENCE = {
  // A secret-named setting whose value looks random: no prefix proves whose it is or that it is real.
  "aws-secret-access-key": "keyword + entropy",
  "vercel-token": "keyword + entropy",
  "datadog-api-key": "keyword + entropy",
  "okta-api-token": "keyword + entropy",
  "cloudflare-global-api-key": "keyword + entropy",
  "postmark-token": "keyword + entropy",
  "algolia-admin-key": "keyword + entropy",
  "cohere-api-key": "keyword + entropy",
  "twilio-api-key": "keyword + entropy",
  "django-secret-key": "keyword + entropy",
  "http-auth-header": "keyword + entropy",
  "secret-assignment": "keyword + entropy",
  "kubernetes-secret-data": "keyword + entropy",
  "netrc-password": "keyword + entropy",
  "url-credentials": "keyword + entropy",
  "secretlint-other": "keyword + entropy",
  "env-file-secret": "env file",
  "compose-password": "dev config",
  "workflow-env-secret": "dev config",
  // A URL or keyword string with a password for a named host: whose it is shows in the host.
  "database-url-password": "connection string",
  "connection-string-password": "connection string"
};
var evidenceOf = (rule) => EVIDENCE[rule] ?? "shape";
var TEST_PATH = /(?:^|\/)(?:tests?|__tests__|spec|specs|e2e|cypress|playwright|fixtures?|testdata|test-data|__mocks__|mocks?|__snapshots__|stories|storybook|seeds?|seeders?|testing)\/|[._-](?:test|spec|mock|fixture|stories|e2e)s?\.[a-z]+$|_test\.go$|(?:^|\/)(?:test_[^/]*|conftest)\.py$|(?:^|\/)seed[^/]*\.[a-z]+$|(?:^|\/)scripts\/(?:dev|local|seed|test)\b/i;
var DOCS_PATH = /(?:^|\/)(?:docs?|documentation|examples?|samples?|demos?|tutorials?|guides?)\/|\.(?:md|mdx|rst|adoc|txt|html?)$|(?:^|\/)(?:README|CHANGELOG|CONTRIBUTING)[^/]*$/i;
var TEMPLATE_PATH = /(?:^|[./_-])(?:example|sample|template|dist|defaults?|tpl|schema|variables)(?:\.|$)|\.(?:example|sample|template|tpl|dist)$/i;
var LOCALE_PATH = /(?:^|\/)(?:locales?|i18n|lang|langs|translations?|messages)\/|\.(?:po|pot|xliff|xlf|strings)$/i;
function placeOf(path2) {
  const name = path2.split("/").pop() ?? "";
  if (LOCALE_PATH.test(path2)) return "locale";
  if (TEST_PATH.test(path2)) return "test";
  if (DOCS_PATH.test(path2)) return "docs";
  if (TEMPLATE_PATH.test(name)) return "template";
  return "code";
}
function linesAround(text, index) {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const end = text.indexOf("\n", index);
  const prevStart = start > 0 ? text.lastIndexOf("\n", start - 2) + 1 : start;
  return {
    line: text.slice(start, end < 0 ? text.length : end),
    before: text.slice(start, index),
    above: start > 0 ? text.slice(prevStart, start - 1) : ""
  };
}
var COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|#|--(?!-)|;|<!--|%|rem\s)/i;
var NOT_REAL_MARKER = /\b(?:dummy|fake|bogus|not (?:actually |really )?(?:a )?(?:real |valid |live |production )?(?:secret|key|token|password|credential)s?\b|not[-_ ]a[-_ ]secret|nosec(?:ret)?\b|for (?:local )?(?:tests?|testing|development|dev)\b|test(?:ing)?[- ]only|test (?:secret|key|token|password|value)s?\b|example (?:key|value|token|secret|password)s?\b|published (?:example|sample)|sample (?:key|token|secret))/i;
var HINT_BEFORE = /(?:\bplaceholder|\bexamples?|\bhint|\bdefaultValue)["']?\s*(?:=|:)\s*\{?\s*["'`]?[^"'`]*$/i;
var TECH_TOKENS = new Set(
  "smtp http https ftp sftp ssh srh db pg pw pwd sql ldap jwt mfa csrf xsrf dns tls ssl crm cms npm pnpm gql grpc ws wss cdn".split(
    " "
  )
);
var vowelShare = (p) => (p.match(/[aeiouy]/gi)?.length ?? 0) / p.length;
function isWordy(value) {
  const parts = value.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).filter(Boolean);
  const letters = [];
  for (const p of parts) {
    if (/^\d{1,4}$/.test(p) || /^(?=.*\d)(?=.*[a-z])[a-z0-9]{1,3}$/i.test(p)) continue;
    const core = p.replace(/\d{1,4}$/, "");
    if (!/^(?:[A-Z]?[a-z]{1,19}|[A-Z]{2,6})$/.test(core)) return false;
    const lc = core.toLowerCase();
    if (TECH_TOKENS.has(lc)) {
      letters.push(core);
      continue;
    }
    if (!/[aeiouy]/.test(lc) || lc.length >= 7 && vowelShare(lc) < 0.2 || /[^aeiouy]{5}/.test(lc)) return false;
    letters.push(core);
  }
  if (!letters.length) return false;
  return letters.reduce((n, p) => n + p.length, 0) / letters.length >= 3.5;
}
function decodedText(value) {
  if (value.length < 12 || !/^[A-Za-z0-9+/_-]+=*$/.test(value)) return void 0;
  const plain = Buffer.from(value.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
  return /^[\x20-\x7e]{6,}$/.test(plain) && /[^A-Za-z0-9]/.test(plain) ? plain : void 0;
}
var DEV_NAMED = /(?:^|[._-])(?:dev|develop|development|local|test|testing|e2e|ci)(?:[._-]|$)/i;
var COMPOSE_FILE2 = /(?:^|\/)(?:docker-)?compose(?:\.[\w-]+)*\.ya?ml$/;
function isDevSetup(path2, text) {
  const name = path2.split("/").pop() ?? "";
  if (DEV_NAMED.test(name) && (!/\.(?:[cm]?[jt]sx?|py|go|rb|java|php|rs|cs)$/.test(name) || /(?:^|\/)config\//.test(path2)))
    return true;
  return /(?:^|\/)\.github\/workflows\//.test(path2) && /localhost|127\.0\.0\.1|^\s*services:/m.test(text);
}
function isShapedPlaceholder(secret) {
  const body = secret.replace(/^[A-Za-z]{2,10}[-_.]/, "");
  return body.length < 12 || isWordy(body);
}
var lower = (a, b) => severityRank(a) > severityRank(b) ? a : b;
function judge(rule, severity, secret, path2, text, index, file = text) {
  const evidence = evidenceOf(rule);
  const place = placeOf(path2);
  const { line, before, above } = linesAround(text, index);
  const hinted = HINT_BEFORE.test(before);
  const marked = NOT_REAL_MARKER.test(line) || COMMENT_LINE.test(above) && NOT_REAL_MARKER.test(above);
  const commented = COMMENT_LINE.test(line);
  const quiet = place === "test" || place === "docs" || place === "locale";
  if (evidence === "shape") {
    if (hinted || isShapedPlaceholder(secret)) return void 0;
    if (marked) return { severity: "low", evidence, confidence: "possible" };
    if (quiet || commented) return { severity: lower(severity, "medium"), evidence, confidence: "likely" };
    return { severity, evidence, confidence: severityRank(severity) === 0 ? "certain" : "likely" };
  }
  if (hinted || marked) return void 0;
  if (evidence === "connection string") {
    if (quiet || commented) return { severity: lower(severity, "medium"), evidence, confidence: "possible" };
    const dev = place === "template" || isDevSetup(path2, file) || COMPOSE_FILE2.test(path2);
    if (dev) severity = severityRank(severity) >= severityRank("medium") ? "low" : lower(severity, "medium");
    return { severity, evidence, confidence: severityRank(severity) === 0 ? "certain" : "possible" };
  }
  if (isWordy(secret) || isWordy(decodedText(secret) ?? "")) return void 0;
  let s = lower(severity, "high");
  if (quiet || commented) s = "low";
  else if (place === "template") s = lower(s, "medium");
  else if (isDevSetup(path2, file)) s = lower(s, "medium");
  return { severity: s, evidence, confidence: s === "high" ? "likely" : "possible" };
}

// node_modules/@secretlint/core/module/SecretLintSourceCodeImpl.js
var import_structured_source = __toESM(require_structured_source(), 1);

// node_modules/@secretlint/core/module/helper/invariant.js
function invariant(condition, message) {
  if (!condition)
    throw new Error(message);
}

// node_modules/@secretlint/core/module/SecretLintSourceCodeImpl.js
var SecretLintSourceCodeImpl = class {
  hasBOM;
  content;
  filePath;
  physicalFilePath;
  contentType;
  ext;
  structuredSource;
  constructor({ content = "", ext, filePath, physicalFilePath, contentType }) {
    invariant(ext || filePath, "should be set either of fileExt or filePath.");
    this.hasBOM = content.charCodeAt(0) === 65279;
    this.content = this.hasBOM ? content.slice(1) : content;
    this.structuredSource = new import_structured_source.StructuredSource(this.content);
    this.filePath = filePath;
    this.physicalFilePath = physicalFilePath;
    this.contentType = contentType;
    this.ext = ext;
  }
  /**
   * get file path
   * This return `undefined` if the source code is created without file path.
   * For example, use core API to create a source code directly.
   *
   * You can use this path to detect file type.
   * However, if you want to read the file content, use `getPhysicalFilePath` instead.
   * @returns {string|undefined}
   */
  getFilePath() {
    return this.filePath;
  }
  /**
   * get physical file path
   * This return `undefined` if the source code is not related to file.
   * For example, the source code is given from the stdin.
   *
   * You can use this path to read the file content.
   */
  getPhysicalFilePath() {
    return this.physicalFilePath;
  }
  /**
   * @param {SecretLintSourceNodeLocation} loc - location indicator.
   * @return {[ number, number ]} range.
   */
  locationToRange(loc) {
    return this.structuredSource.locationToRange(loc);
  }
  /**
   * @param {[ number, number ]} range - pair of indice.
   * @return {SecretLintSourceNodeLocation} location.
   */
  rangeToLocation(range) {
    const location = this.structuredSource.rangeToLocation(range);
    return {
      start: {
        line: location.start.line,
        column: location.start.column
      },
      end: {
        line: location.end.line,
        column: location.end.column
      }
    };
  }
  /**
   * @param {Position} pos - position indicator.
   * @return {number} index.
   */
  positionToIndex(pos) {
    return this.structuredSource.positionToIndex(pos);
  }
  /**
   * @param {number} index - index to the source code.
   * @return {Position} position.
   */
  indexToPosition(index) {
    const position = this.structuredSource.indexToPosition(index);
    return {
      line: position.line,
      column: position.column
    };
  }
};

// node_modules/@secretlint/core/module/helper/promise-event-emitter.js
var EventEmitter = class {
  #listeners = /* @__PURE__ */ new Map();
  on(type, listener) {
    const prevSet = this.#listeners.get(type);
    const listenerSet = prevSet ?? /* @__PURE__ */ new Set();
    listenerSet?.add(listener);
    this.#listeners.set(type, listenerSet);
  }
  emit(type, ...args) {
    const listenerSet = this.#listeners.get(type);
    if (!listenerSet) {
      return;
    }
    for (const listenerSetElement of listenerSet) {
      listenerSetElement(...args);
    }
  }
  off(type, listener) {
    const listenerSet = this.#listeners.get(type);
    if (!listenerSet) {
      return;
    }
    for (const listenerSetElement of listenerSet) {
      if (listenerSetElement === listener) {
        listenerSet.delete(listener);
      }
    }
  }
  removeAllListeners() {
    this.#listeners.clear();
  }
  listenerCount(type) {
    return this.#listeners.get(type)?.size ?? 0;
  }
  listeners(type) {
    return Array.from(this.#listeners.get(type) ?? []);
  }
};
var PromiseEventEmitter = class {
  events;
  constructor() {
    this.events = new EventEmitter();
  }
  listenerCount(type) {
    return this.events.listenerCount(type);
  }
  on(event, listener) {
    return this.events.on(event, listener);
  }
  emit(event, ...args) {
    const promises = [];
    this.events.listeners(event).forEach((listener) => {
      promises.push(listener(...args));
    });
    return Promise.all(promises);
  }
};

// node_modules/@secretlint/core/module/helper/SecretLintRuleMessageTranslator.js
var DEFAULT_LOCAL = "en";
var formatMessage = (messageHandler, props) => {
  if (typeof props !== "object" || props === null) {
    return messageHandler();
  }
  return messageHandler(props);
};
var getMatchedLocaleMessage = (locale, locales) => {
  const localKeys = Object.keys(locales);
  const matchLocale = localKeys.find((key) => {
    return key === locale;
  });
  if (matchLocale) {
    return matchLocale;
  }
  const [lang] = locale.split("-");
  if (!lang) {
    return DEFAULT_LOCAL;
  }
  const fallbackMatchLocal = localKeys.find((key) => {
    return key === lang;
  });
  if (fallbackMatchLocal) {
    return fallbackMatchLocal;
  }
  return DEFAULT_LOCAL;
};
var createTranslator = (messages2, options) => {
  return (messageId, props) => {
    const messageHandler = messages2[messageId];
    if (!messageHandler) {
      throw new Error(`messages:${String(messageId)} is missing in messages.`);
    }
    if (typeof messageHandler === "function") {
      if (typeof messageId !== "string") {
        throw new Error(`message's key:${String(messageId)} should be string`);
      }
      return {
        message: formatMessage(messageHandler, props),
        messageId,
        data: props
      };
    }
    const defaultLocal = options && options.defaultLocale ? options.defaultLocale : DEFAULT_LOCAL;
    const locale = getMatchedLocaleMessage(defaultLocal, messageHandler);
    const localizedMessage = messageHandler[locale];
    if (!localizedMessage) {
      if (messageHandler[DEFAULT_LOCAL]) {
        throw new Error(`messages${String(messageId)}.${locale} is missing in messages.`);
      }
      throw new Error(`message's key:${String(messageId)}.${DEFAULT_LOCAL} should be defined in messages.`);
    }
    if (typeof messageId !== "string") {
      throw new Error(`message's key:${String(messageId)}.${DEFAULT_LOCAL} should be string`);
    }
    return {
      message: formatMessage(localizedMessage, props),
      messageId,
      data: props
    };
  };
};

// node_modules/@secretlint/core/module/RuleContext.js
var createContextEvents = () => {
  const contextEvents = new EventEmitter();
  const REPORT_SYMBOL = /* @__PURE__ */ Symbol("report");
  const IGNORE_SYMBOL = /* @__PURE__ */ Symbol("ignore");
  return {
    report(descriptor) {
      contextEvents.emit(REPORT_SYMBOL, descriptor);
    },
    onReport(handler) {
      const listener = (descriptor) => {
        handler(descriptor);
      };
      contextEvents.on(REPORT_SYMBOL, listener);
      return () => {
        contextEvents.off(REPORT_SYMBOL, listener);
      };
    },
    ignore(descriptor) {
      contextEvents.emit(IGNORE_SYMBOL, descriptor);
    },
    onIgnore(handler) {
      const listener = (descriptor) => {
        handler(descriptor);
      };
      contextEvents.on(IGNORE_SYMBOL, listener);
      return () => {
        contextEvents.off(IGNORE_SYMBOL, listener);
      };
    }
  };
};
var createRuleContext = ({ ruleId, ruleParentId, meta, severity, sourceCode, contextEvents, sharedOptions, locale }) => {
  return {
    sharedOptions,
    createTranslator: (messages2) => {
      return createTranslator(messages2, {
        defaultLocale: locale
      });
    },
    ignore(descriptor) {
      const { message } = descriptor.message;
      contextEvents.ignore({
        type: "ignore",
        ruleId,
        ruleParentId,
        range: descriptor.range,
        targetRuleId: descriptor.targetRuleId,
        loc: sourceCode.rangeToLocation(descriptor.range),
        message
      });
    },
    report(descriptor) {
      const { message, messageId, data } = descriptor.message;
      const severityLevel = severity ?? "error";
      if (ruleParentId) {
        contextEvents.report({
          ...descriptor,
          type: "message",
          ruleId,
          ruleParentId,
          loc: sourceCode.rangeToLocation(descriptor.range),
          severity: severityLevel,
          message,
          messageId,
          docsUrl: meta.docs?.url ? `${meta.docs.url}#${messageId}` : void 0,
          data
        });
      } else {
        contextEvents.report({
          ...descriptor,
          type: "message",
          ruleId,
          loc: sourceCode.rangeToLocation(descriptor.range),
          severity: severityLevel,
          message,
          messageId,
          docsUrl: meta.docs?.url ? `${meta.docs.url}#${messageId}` : void 0,
          data
        });
      }
    }
  };
};

// node_modules/@secretlint/core/module/SecretLintRuleImpl.js
var SecretLintRule = class {
  ruleReportHandle;
  ruleCreator;
  descriptorRule;
  constructor({ descriptorRule, context }) {
    this.descriptorRule = descriptorRule;
    this.ruleCreator = descriptorRule.rule;
    const ruleCreatorOptions = descriptorRule.options || {};
    this.ruleReportHandle = this.ruleCreator.create(context, ruleCreatorOptions);
  }
  allowMessageIds() {
    if (!this.descriptorRule.allowMessageIds) {
      return [];
    }
    const ruleId = this.ruleCreator.meta.id;
    return this.descriptorRule.allowMessageIds.map((allowMessageId) => {
      return {
        messageId: allowMessageId,
        ruleId
      };
    });
  }
  supportSourceCode(sourceCode) {
    const contentType = sourceCode.contentType;
    if (contentType === "unknown") {
      return true;
    }
    if (this.ruleCreator.meta.supportedContentTypes.includes("all")) {
      return true;
    }
    return this.ruleCreator.meta.supportedContentTypes.includes(contentType);
  }
  async file(source) {
    const file = this.ruleReportHandle.file;
    if (!file) {
      return;
    }
    return file(source);
  }
};

// node_modules/@secretlint/profiler/module/index.js
var SecretLintProfiler = class {
  perf;
  PerformanceObserver;
  observer;
  /**
   * Profiling costs performance.
   * `performance.mark()` and `PerformanceObserver` callback are called for each rule and each file.
   * So, the profiler should be disabled if the user does not need the profiling result.
   * https://github.com/secretlint/secretlint/issues/1633
   */
  enabled;
  entries = [];
  measures = [];
  /**
   * Set of mark names that have already been marked as `{mark}::start`
   */
  startMarkNames = /* @__PURE__ */ new Set();
  executionPromises = [];
  constructor(options) {
    this.perf = options.perf;
    this.PerformanceObserver = options.PerformanceObserver;
    this.enabled = options.enabled ?? true;
  }
  get isEnabled() {
    return this.enabled;
  }
  /**
   * Enable or Disable the profiler.
   * If the profiler is disabled, `mark()` does nothing and collected entries are cleared.
   * @param enabled
   */
  setEnabled(enabled) {
    if (this.enabled === enabled) {
      return;
    }
    this.enabled = enabled;
    if (!enabled) {
      this.stopObserving();
    }
  }
  startObserving() {
    const pattern = /(.*?)::end(\|\|.*)?/;
    const observer = new this.PerformanceObserver((items) => {
      if (!this.enabled) {
        return;
      }
      const entries = items.getEntries();
      entries.forEach((entry) => {
        if (entry.entryType === "mark") {
          const match = entry.name.match(pattern);
          const endIdentifier = match ? match[1] : void 0;
          const suffix = match && match[2] ? match[2] : "";
          if (endIdentifier) {
            const startMarkName = `${endIdentifier}::start${suffix}`;
            if (this.startMarkNames.has(startMarkName)) {
              this.executionPromises.push(Promise.resolve().then(() => {
                this.perf.measure(endIdentifier + suffix, startMarkName, entry.name);
              }));
            }
          } else {
            this.startMarkNames.add(entry.name);
          }
          this.entries.push(entry);
        } else if (entry.entryType === "measure") {
          this.measures.push(entry);
        }
      });
    });
    observer.observe({ entryTypes: ["mark", "measure"] });
    this.observer = observer;
  }
  stopObserving() {
    this.observer?.disconnect();
    this.observer = void 0;
    this.entries.length = 0;
    this.measures.length = 0;
    this.executionPromises.length = 0;
    this.startMarkNames.clear();
  }
  mark(marker) {
    if (!this.enabled) {
      return;
    }
    if (!this.observer) {
      this.startObserving();
    }
    if ("id" in marker) {
      this.perf.mark(`${marker.type}||${marker.id}`);
    } else {
      this.perf.mark(marker.type);
    }
  }
  waifForExecutionPromises = () => {
    return Promise.all(this.executionPromises).finally(() => {
      this.executionPromises.length = 0;
    });
  };
  async getEntries() {
    await this.waifForExecutionPromises();
    return this.entries;
  }
  async getMeasures() {
    await this.waifForExecutionPromises();
    return this.measures;
  }
};

// node_modules/@secretlint/profiler/module/node.js
import perf_hooks from "node:perf_hooks";
var NullPerformanceObserver = class {
  disconnect() {
  }
  observe(_options) {
  }
};
var secretLintProfiler = new SecretLintProfiler({
  perf: perf_hooks.performance,
  PerformanceObserver: perf_hooks.PerformanceObserver ? perf_hooks.PerformanceObserver : NullPerformanceObserver
});

// node_modules/@secretlint/core/module/RunningEvents.js
var createRunningEvents = () => {
  const contextEvents = new PromiseEventEmitter();
  const registerSet = /* @__PURE__ */ new Set();
  const LINT_HANDLE = /* @__PURE__ */ Symbol("lint:start");
  const rules2 = [];
  return {
    collectAllowMessageIds() {
      const allowMessageIds = [];
      rules2.forEach((rule) => {
        allowMessageIds.push(...rule.allowMessageIds());
      });
      return allowMessageIds;
    },
    /**
     * Start to run linting
     * @param options
     */
    runLint(options) {
      return contextEvents.emit(LINT_HANDLE, options);
    },
    registerRule({ descriptorRule, context }) {
      if (registerSet.has(descriptorRule.id)) {
        throw new Error(`rule.id:${descriptorRule.id} is already registered.
                
Duplicated rule.id is something wrong in .secretlintrc.                
`);
      }
      registerSet.add(descriptorRule.id);
      const rule = new SecretLintRule({
        descriptorRule,
        context
      });
      rules2.push(rule);
      contextEvents.on(LINT_HANDLE, async ({ sourceCode }) => {
        secretLintProfiler.mark({
          type: "@core>rule-handler::start",
          id: descriptorRule.rule.meta.id
        });
        if (rule.supportSourceCode(sourceCode)) {
          await rule.file(sourceCode);
        }
        secretLintProfiler.mark({
          type: "@core>rule-handler::end",
          id: descriptorRule.rule.meta.id
        });
      });
    },
    registerRulePreset({ descriptorRulePreset, context }) {
      const rulePresetCreatorOptions = descriptorRulePreset.options || [];
      descriptorRulePreset.rule.create(context, rulePresetCreatorOptions);
    },
    isRegistered(ruleId) {
      return registerSet.has(ruleId);
    }
  };
};

// node_modules/@secretlint/core/module/RulePresetContext.js
var createRulePresetContext = ({ configRulePreset, sourceCode, runningEvents, contextEvents, sharedOptions, locale }) => {
  const presetRules = configRulePreset.rules || [];
  if (!Array.isArray(presetRules)) {
    console.error(`${configRulePreset.id}:PresetRules is invalid format`, presetRules);
    throw new Error("preset's rules should be an array of rule definitions");
  }
  return {
    sharedOptions,
    registerRule(rule, defaultValue) {
      const descriptorRule = presetRules.find((descriptorRule2) => {
        return descriptorRule2.id === rule.meta.id;
      });
      const descriptorRuleOptions = descriptorRule ? descriptorRule.options : void 0;
      const descriptorRuleDisabled = descriptorRule ? descriptorRule.disabled : void 0;
      const descriptorRuleSeverity = descriptorRule ? descriptorRule.severity : void 0;
      const descriptorAllowMessageIds = descriptorRule ? descriptorRule.allowMessageIds : void 0;
      const context = createRuleContext({
        // rule id is a single rule in a preset
        ruleId: rule.meta.id,
        // parent rule id is rule preset id
        ruleParentId: configRulePreset.id,
        meta: rule.meta,
        severity: descriptorRuleSeverity,
        sourceCode,
        contextEvents,
        sharedOptions,
        locale
      });
      const defaultValueOfPreset = defaultValue ? defaultValue : {};
      runningEvents.registerRule({
        descriptorRule: {
          // options and disabled ...
          ...defaultValueOfPreset,
          // Prefer to use user setting
          // User can override preset setting
          ...descriptorRule,
          id: rule.meta.id,
          options: descriptorRuleOptions,
          rule,
          disabled: descriptorRuleDisabled,
          allowMessageIds: descriptorAllowMessageIds,
          severity: descriptorRuleSeverity
        },
        context
      });
    }
  };
};

// node_modules/@secretlint/core/module/messages/filter-ignored-process.js
var isContainedRange = (index, range) => {
  const [start, end] = range;
  return start <= index && index <= end;
};
function filterIgnoredMessages(options) {
  const reportedMessages = options.reportedMessages;
  const ignoreMessages = options.ignoredMessages;
  return reportedMessages.filter((message) => {
    return !ignoreMessages.some((ignoreMessage) => {
      const isInIgnoringRange = isContainedRange(message.range[0], ignoreMessage.range) && isContainedRange(message.range[1], ignoreMessage.range);
      if (isInIgnoringRange && ignoreMessage.targetRuleId) {
        if (ignoreMessage.targetRuleId === "*") {
          return true;
        }
        return message.ruleId === ignoreMessage.targetRuleId;
      }
      return isInIgnoringRange;
    });
  });
}

// node_modules/@secretlint/core/module/messages/MessageProcessManager.js
var createMessageProcessor = (processors) => {
  return {
    /**
     * process `messages` with registered processes
     */
    process(messages2) {
      const originalMessages = messages2;
      if (processors.length === 0) {
        throw new Error("processors should be > 0");
      }
      return processors.reduce((messages3, filter) => {
        return filter(messages3);
      }, originalMessages);
    }
  };
};

// node_modules/@secretlint/core/module/messages/filter-duplicated-process.js
var isEqualMessage = (aMessage, bMessage) => {
  return aMessage.range[0] === bMessage.range[0] && aMessage.range[1] === bMessage.range[1] && "severity" in aMessage && "severity" in bMessage && aMessage.severity === bMessage.severity && aMessage.message === bMessage.message;
};
function filterDuplicatedMessages(messages2 = []) {
  return messages2.filter((message, index) => {
    const restMessages = messages2.slice(index + 1);
    return !restMessages.some((restMessage) => {
      return isEqualMessage(message, restMessage);
    });
  });
}

// node_modules/@secretlint/core/module/messages/sort-messages-process.js
function sortMessagesByLocation(messages2) {
  return messages2.sort(function(a, b) {
    const startIndexDiff = a.range[0] - b.range[0];
    if (startIndexDiff === 0) {
      return a.range[1] - b.range[1];
    } else {
      return startIndexDiff;
    }
  });
}

// node_modules/@secretlint/core/module/messages/filter-message-id.js
var filterByAllowMessageIds = (messages2, allowMessageIds) => {
  const disabledSet = new Set(allowMessageIds.map((allowMessage) => {
    return `${allowMessage.ruleId}--${allowMessage.messageId}`;
  }));
  return messages2.filter((message) => {
    return !disabledSet.has(`${message.ruleId}--${message.messageId}`);
  });
};

// node_modules/@secretlint/core/module/messages/filter-mask-secrets.js
var deepMask = (object, handler) => {
  for (const key of Object.keys(object)) {
    if (typeof object[key] === "object") {
      object[key] = deepMask(object[key], handler);
    } else if (Array.isArray(object[key])) {
      object[key] = object[key].map((item) => deepMask(item, handler));
    } else if (typeof object[key] === "string") {
      object[key] = handler(object[key]);
    }
  }
  return object;
};
var createMaskValue = (value) => {
  return "*".repeat(value.length);
};
var maskWithValues = (str, maskedValues) => {
  let result = str;
  for (const maskValue of maskedValues) {
    result = result.replaceAll(maskValue, "*".repeat(maskValue.length));
  }
  return result;
};
var filterMaskSecretsData = (messages2 = []) => {
  return messages2.map((message) => {
    if (message.type !== "message") {
      return message;
    }
    const maskedValues = [];
    const maskedData = message.data ? deepMask(message.data, (value) => {
      maskedValues.push(value);
      return createMaskValue(value);
    }) : void 0;
    if (!maskedData) {
      return message;
    }
    const maskedMessage = maskWithValues(message.message, maskedValues);
    return {
      ...message,
      message: maskedMessage,
      data: maskedData
    };
  });
};

// node_modules/@secretlint/core/module/messages/index.js
var cleanupMessages = (options) => {
  const reportedMessages = filterIgnoredMessages(options);
  const reportedMessagesWithoutAllowMessageIds = filterByAllowMessageIds(reportedMessages, options.allowMessageIds);
  const filters = options.maskSecrets ? [filterDuplicatedMessages, filterMaskSecretsData] : [filterDuplicatedMessages];
  const filterProcess = createMessageProcessor(filters);
  return sortMessagesByLocation(filterProcess.process(reportedMessagesWithoutAllowMessageIds));
};

// node_modules/@secretlint/core/module/index.js
var import_debug = __toESM(require_src(), 1);
var debug = (0, import_debug.default)("@secretlint/core");
var lintSource = ({ source, options }) => {
  secretLintProfiler.mark({
    type: "@core>lint::start",
    id: source.filePath
  });
  debug(`source filePath: %O`, source.filePath);
  debug(`options: %O`, options);
  const rules2 = options.config.rules;
  const locale = options.locale ?? "en";
  const maskSecrets = options.maskSecrets ?? false;
  const contextEvents = createContextEvents();
  const runningEvents = createRunningEvents();
  const reportedMessages = [];
  const ignoredMessages = [];
  contextEvents.onReport((message) => {
    reportedMessages.push(message);
  });
  contextEvents.onIgnore((message) => {
    ignoredMessages.push(message);
  });
  const sourceCode = new SecretLintSourceCodeImpl({
    content: source.content,
    filePath: source.filePath,
    physicalFilePath: options.noPhysicFilePath ? void 0 : source.filePath,
    ext: source.ext || "",
    contentType: source.contentType
  });
  secretLintProfiler.mark({
    type: "@core>setup-rules::start"
  });
  rules2.forEach((rule) => {
    secretLintProfiler.mark({
      type: "@core>setup-rule::start",
      id: rule.rule.meta.id
    });
    registerRule({
      sourceCode,
      config: options.config,
      descriptorRule: rule,
      contextEvents,
      runningEvents,
      locale
    });
    secretLintProfiler.mark({
      type: "@core>setup-rule::end",
      id: rule.rule.meta.id
    });
  });
  secretLintProfiler.mark({
    type: "@core>setup-rules::end"
  });
  return runningEvents.runLint({
    sourceCode
  }).then(() => {
    return {
      filePath: source.filePath,
      // binary content should be skipped
      sourceContent: source.contentType === "text" ? source.content : void 0,
      sourceContentType: source.contentType,
      messages: cleanupMessages({
        reportedMessages,
        ignoredMessages,
        allowMessageIds: runningEvents.collectAllowMessageIds(),
        maskSecrets
      })
    };
  }).finally(() => {
    secretLintProfiler.mark({
      type: "@core>lint::end",
      id: source.filePath
    });
  });
};
var isRulePreset = (ruleDescriptor) => {
  return ruleDescriptor.rule.meta.type === "preset";
};
var isRule = (ruleDescriptor) => {
  return ruleDescriptor.rule.meta.type === "scanner";
};
var registerRule = ({ sourceCode, config, descriptorRule, contextEvents, runningEvents, locale }) => {
  const ruleId = descriptorRule.id;
  if (descriptorRule.disabled) {
    debug("Skip registerRule %s, because it is disabled", ruleId);
    return;
  }
  debug("registerRule %s", ruleId);
  const sharedOptionsWithDefault = config.sharedOptions ?? {};
  if (isRulePreset(descriptorRule)) {
    const context = createRulePresetContext({
      configRulePreset: descriptorRule,
      sourceCode,
      contextEvents,
      runningEvents,
      sharedOptions: sharedOptionsWithDefault,
      locale
    });
    runningEvents.registerRulePreset({
      descriptorRulePreset: descriptorRule,
      context
    });
    return;
  } else if (isRule(descriptorRule)) {
    const context = createRuleContext({
      ruleId,
      severity: descriptorRule.severity,
      meta: descriptorRule.rule.meta,
      sourceCode,
      contextEvents,
      sharedOptions: sharedOptionsWithDefault,
      locale
    });
    runningEvents.registerRule({
      descriptorRule,
      context
    });
    return;
  }
  throw new Error(`Unknown descriptor type: ${descriptorRule}`);
};

// node_modules/@secretlint/secretlint-rule-preset-recommend/module/index.js
import path from "node:path";
var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
var regexpStringMatcher = {};
var lodash_uniq;
var hasRequiredLodash_uniq;
function requireLodash_uniq() {
  if (hasRequiredLodash_uniq) return lodash_uniq;
  hasRequiredLodash_uniq = 1;
  var LARGE_ARRAY_SIZE = 200;
  var HASH_UNDEFINED = "__lodash_hash_undefined__";
  var INFINITY = 1 / 0;
  var funcTag = "[object Function]", genTag = "[object GeneratorFunction]";
  var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
  var reIsHostCtor = /^\[object .+?Constructor\]$/;
  var freeGlobal = typeof commonjsGlobal == "object" && commonjsGlobal && commonjsGlobal.Object === Object && commonjsGlobal;
  var freeSelf = typeof self == "object" && self && self.Object === Object && self;
  var root = freeGlobal || freeSelf || Function("return this")();
  function arrayIncludes(array, value) {
    var length = array ? array.length : 0;
    return !!length && baseIndexOf(array, value, 0) > -1;
  }
  function baseFindIndex(array, predicate, fromIndex, fromRight) {
    var length = array.length, index = fromIndex + -1;
    while (++index < length) {
      if (predicate(array[index], index, array)) {
        return index;
      }
    }
    return -1;
  }
  function baseIndexOf(array, value, fromIndex) {
    if (value !== value) {
      return baseFindIndex(array, baseIsNaN, fromIndex);
    }
    var index = fromIndex - 1, length = array.length;
    while (++index < length) {
      if (array[index] === value) {
        return index;
      }
    }
    return -1;
  }
  function baseIsNaN(value) {
    return value !== value;
  }
  function cacheHas(cache, key) {
    return cache.has(key);
  }
  function getValue(object, key) {
    return object == null ? void 0 : object[key];
  }
  function isHostObject(value) {
    var result = false;
    if (value != null && typeof value.toString != "function") {
      try {
        result = !!(value + "");
      } catch (e) {
      }
    }
    return result;
  }
  function setToArray(set) {
    var index = -1, result = Array(set.size);
    set.forEach(function(value) {
      result[++index] = value;
    });
    return result;
  }
  var arrayProto = Array.prototype, funcProto = Function.prototype, objectProto = Object.prototype;
  var coreJsData = root["__core-js_shared__"];
  var maskSrcKey = (function() {
    var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
    return uid ? "Symbol(src)_1." + uid : "";
  })();
  var funcToString = funcProto.toString;
  var hasOwnProperty = objectProto.hasOwnProperty;
  var objectToString = objectProto.toString;
  var reIsNative = RegExp(
    "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
  );
  var splice = arrayProto.splice;
  var Map2 = getNative(root, "Map"), Set2 = getNative(root, "Set"), nativeCreate = getNative(Object, "create");
  function Hash(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function hashClear() {
    this.__data__ = nativeCreate ? nativeCreate(null) : {};
  }
  function hashDelete(key) {
    return this.has(key) && delete this.__data__[key];
  }
  function hashGet(key) {
    var data = this.__data__;
    if (nativeCreate) {
      var result = data[key];
      return result === HASH_UNDEFINED ? void 0 : result;
    }
    return hasOwnProperty.call(data, key) ? data[key] : void 0;
  }
  function hashHas(key) {
    var data = this.__data__;
    return nativeCreate ? data[key] !== void 0 : hasOwnProperty.call(data, key);
  }
  function hashSet(key, value) {
    var data = this.__data__;
    data[key] = nativeCreate && value === void 0 ? HASH_UNDEFINED : value;
    return this;
  }
  Hash.prototype.clear = hashClear;
  Hash.prototype["delete"] = hashDelete;
  Hash.prototype.get = hashGet;
  Hash.prototype.has = hashHas;
  Hash.prototype.set = hashSet;
  function ListCache(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function listCacheClear() {
    this.__data__ = [];
  }
  function listCacheDelete(key) {
    var data = this.__data__, index = assocIndexOf(data, key);
    if (index < 0) {
      return false;
    }
    var lastIndex = data.length - 1;
    if (index == lastIndex) {
      data.pop();
    } else {
      splice.call(data, index, 1);
    }
    return true;
  }
  function listCacheGet(key) {
    var data = this.__data__, index = assocIndexOf(data, key);
    return index < 0 ? void 0 : data[index][1];
  }
  function listCacheHas(key) {
    return assocIndexOf(this.__data__, key) > -1;
  }
  function listCacheSet(key, value) {
    var data = this.__data__, index = assocIndexOf(data, key);
    if (index < 0) {
      data.push([key, value]);
    } else {
      data[index][1] = value;
    }
    return this;
  }
  ListCache.prototype.clear = listCacheClear;
  ListCache.prototype["delete"] = listCacheDelete;
  ListCache.prototype.get = listCacheGet;
  ListCache.prototype.has = listCacheHas;
  ListCache.prototype.set = listCacheSet;
  function MapCache(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function mapCacheClear() {
    this.__data__ = {
      "hash": new Hash(),
      "map": new (Map2 || ListCache)(),
      "string": new Hash()
    };
  }
  function mapCacheDelete(key) {
    return getMapData(this, key)["delete"](key);
  }
  function mapCacheGet(key) {
    return getMapData(this, key).get(key);
  }
  function mapCacheHas(key) {
    return getMapData(this, key).has(key);
  }
  function mapCacheSet(key, value) {
    getMapData(this, key).set(key, value);
    return this;
  }
  MapCache.prototype.clear = mapCacheClear;
  MapCache.prototype["delete"] = mapCacheDelete;
  MapCache.prototype.get = mapCacheGet;
  MapCache.prototype.has = mapCacheHas;
  MapCache.prototype.set = mapCacheSet;
  function SetCache(values) {
    var index = -1, length = values ? values.length : 0;
    this.__data__ = new MapCache();
    while (++index < length) {
      this.add(values[index]);
    }
  }
  function setCacheAdd(value) {
    this.__data__.set(value, HASH_UNDEFINED);
    return this;
  }
  function setCacheHas(value) {
    return this.__data__.has(value);
  }
  SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
  SetCache.prototype.has = setCacheHas;
  function assocIndexOf(array, key) {
    var length = array.length;
    while (length--) {
      if (eq(array[length][0], key)) {
        return length;
      }
    }
    return -1;
  }
  function baseIsNative(value) {
    if (!isObject(value) || isMasked(value)) {
      return false;
    }
    var pattern = isFunction(value) || isHostObject(value) ? reIsNative : reIsHostCtor;
    return pattern.test(toSource(value));
  }
  function baseUniq(array, iteratee, comparator) {
    var index = -1, includes = arrayIncludes, length = array.length, isCommon = true, result = [], seen = result;
    if (length >= LARGE_ARRAY_SIZE) {
      var set = createSet(array);
      if (set) {
        return setToArray(set);
      }
      isCommon = false;
      includes = cacheHas;
      seen = new SetCache();
    } else {
      seen = result;
    }
    outer:
      while (++index < length) {
        var value = array[index], computed = value;
        value = value !== 0 ? value : 0;
        if (isCommon && computed === computed) {
          var seenIndex = seen.length;
          while (seenIndex--) {
            if (seen[seenIndex] === computed) {
              continue outer;
            }
          }
          result.push(value);
        } else if (!includes(seen, computed, comparator)) {
          if (seen !== result) {
            seen.push(computed);
          }
          result.push(value);
        }
      }
    return result;
  }
  var createSet = !(Set2 && 1 / setToArray(new Set2([, -0]))[1] == INFINITY) ? noop : function(values) {
    return new Set2(values);
  };
  function getMapData(map, key) {
    var data = map.__data__;
    return isKeyable(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
  }
  function getNative(object, key) {
    var value = getValue(object, key);
    return baseIsNative(value) ? value : void 0;
  }
  function isKeyable(value) {
    var type = typeof value;
    return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
  }
  function isMasked(func) {
    return !!maskSrcKey && maskSrcKey in func;
  }
  function toSource(func) {
    if (func != null) {
      try {
        return funcToString.call(func);
      } catch (e) {
      }
      try {
        return func + "";
      } catch (e) {
      }
    }
    return "";
  }
  function uniq(array) {
    return array && array.length ? baseUniq(array) : [];
  }
  function eq(value, other) {
    return value === other || value !== value && other !== other;
  }
  function isFunction(value) {
    var tag = isObject(value) ? objectToString.call(value) : "";
    return tag == funcTag || tag == genTag;
  }
  function isObject(value) {
    var type = typeof value;
    return !!value && (type == "object" || type == "function");
  }
  function noop() {
  }
  lodash_uniq = uniq;
  return lodash_uniq;
}
var lodash_uniqwith;
var hasRequiredLodash_uniqwith;
function requireLodash_uniqwith() {
  if (hasRequiredLodash_uniqwith) return lodash_uniqwith;
  hasRequiredLodash_uniqwith = 1;
  var LARGE_ARRAY_SIZE = 200;
  var HASH_UNDEFINED = "__lodash_hash_undefined__";
  var INFINITY = 1 / 0;
  var funcTag = "[object Function]", genTag = "[object GeneratorFunction]";
  var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
  var reIsHostCtor = /^\[object .+?Constructor\]$/;
  var freeGlobal = typeof commonjsGlobal == "object" && commonjsGlobal && commonjsGlobal.Object === Object && commonjsGlobal;
  var freeSelf = typeof self == "object" && self && self.Object === Object && self;
  var root = freeGlobal || freeSelf || Function("return this")();
  function arrayIncludes(array, value) {
    var length = array ? array.length : 0;
    return !!length && baseIndexOf(array, value, 0) > -1;
  }
  function arrayIncludesWith(array, value, comparator) {
    var index = -1, length = array ? array.length : 0;
    while (++index < length) {
      if (comparator(value, array[index])) {
        return true;
      }
    }
    return false;
  }
  function baseFindIndex(array, predicate, fromIndex, fromRight) {
    var length = array.length, index = fromIndex + -1;
    while (++index < length) {
      if (predicate(array[index], index, array)) {
        return index;
      }
    }
    return -1;
  }
  function baseIndexOf(array, value, fromIndex) {
    if (value !== value) {
      return baseFindIndex(array, baseIsNaN, fromIndex);
    }
    var index = fromIndex - 1, length = array.length;
    while (++index < length) {
      if (array[index] === value) {
        return index;
      }
    }
    return -1;
  }
  function baseIsNaN(value) {
    return value !== value;
  }
  function cacheHas(cache, key) {
    return cache.has(key);
  }
  function getValue(object, key) {
    return object == null ? void 0 : object[key];
  }
  function isHostObject(value) {
    var result = false;
    if (value != null && typeof value.toString != "function") {
      try {
        result = !!(value + "");
      } catch (e) {
      }
    }
    return result;
  }
  function setToArray(set) {
    var index = -1, result = Array(set.size);
    set.forEach(function(value) {
      result[++index] = value;
    });
    return result;
  }
  var arrayProto = Array.prototype, funcProto = Function.prototype, objectProto = Object.prototype;
  var coreJsData = root["__core-js_shared__"];
  var maskSrcKey = (function() {
    var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
    return uid ? "Symbol(src)_1." + uid : "";
  })();
  var funcToString = funcProto.toString;
  var hasOwnProperty = objectProto.hasOwnProperty;
  var objectToString = objectProto.toString;
  var reIsNative = RegExp(
    "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
  );
  var splice = arrayProto.splice;
  var Map2 = getNative(root, "Map"), Set2 = getNative(root, "Set"), nativeCreate = getNative(Object, "create");
  function Hash(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function hashClear() {
    this.__data__ = nativeCreate ? nativeCreate(null) : {};
  }
  function hashDelete(key) {
    return this.has(key) && delete this.__data__[key];
  }
  function hashGet(key) {
    var data = this.__data__;
    if (nativeCreate) {
      var result = data[key];
      return result === HASH_UNDEFINED ? void 0 : result;
    }
    return hasOwnProperty.call(data, key) ? data[key] : void 0;
  }
  function hashHas(key) {
    var data = this.__data__;
    return nativeCreate ? data[key] !== void 0 : hasOwnProperty.call(data, key);
  }
  function hashSet(key, value) {
    var data = this.__data__;
    data[key] = nativeCreate && value === void 0 ? HASH_UNDEFINED : value;
    return this;
  }
  Hash.prototype.clear = hashClear;
  Hash.prototype["delete"] = hashDelete;
  Hash.prototype.get = hashGet;
  Hash.prototype.has = hashHas;
  Hash.prototype.set = hashSet;
  function ListCache(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function listCacheClear() {
    this.__data__ = [];
  }
  function listCacheDelete(key) {
    var data = this.__data__, index = assocIndexOf(data, key);
    if (index < 0) {
      return false;
    }
    var lastIndex = data.length - 1;
    if (index == lastIndex) {
      data.pop();
    } else {
      splice.call(data, index, 1);
    }
    return true;
  }
  function listCacheGet(key) {
    var data = this.__data__, index = assocIndexOf(data, key);
    return index < 0 ? void 0 : data[index][1];
  }
  function listCacheHas(key) {
    return assocIndexOf(this.__data__, key) > -1;
  }
  function listCacheSet(key, value) {
    var data = this.__data__, index = assocIndexOf(data, key);
    if (index < 0) {
      data.push([key, value]);
    } else {
      data[index][1] = value;
    }
    return this;
  }
  ListCache.prototype.clear = listCacheClear;
  ListCache.prototype["delete"] = listCacheDelete;
  ListCache.prototype.get = listCacheGet;
  ListCache.prototype.has = listCacheHas;
  ListCache.prototype.set = listCacheSet;
  function MapCache(entries) {
    var index = -1, length = entries ? entries.length : 0;
    this.clear();
    while (++index < length) {
      var entry = entries[index];
      this.set(entry[0], entry[1]);
    }
  }
  function mapCacheClear() {
    this.__data__ = {
      "hash": new Hash(),
      "map": new (Map2 || ListCache)(),
      "string": new Hash()
    };
  }
  function mapCacheDelete(key) {
    return getMapData(this, key)["delete"](key);
  }
  function mapCacheGet(key) {
    return getMapData(this, key).get(key);
  }
  function mapCacheHas(key) {
    return getMapData(this, key).has(key);
  }
  function mapCacheSet(key, value) {
    getMapData(this, key).set(key, value);
    return this;
  }
  MapCache.prototype.clear = mapCacheClear;
  MapCache.prototype["delete"] = mapCacheDelete;
  MapCache.prototype.get = mapCacheGet;
  MapCache.prototype.has = mapCacheHas;
  MapCache.prototype.set = mapCacheSet;
  function SetCache(values) {
    var index = -1, length = values ? values.length : 0;
    this.__data__ = new MapCache();
    while (++index < length) {
      this.add(values[index]);
    }
  }
  function setCacheAdd(value) {
    this.__data__.set(value, HASH_UNDEFINED);
    return this;
  }
  function setCacheHas(value) {
    return this.__data__.has(value);
  }
  SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
  SetCache.prototype.has = setCacheHas;
  function assocIndexOf(array, key) {
    var length = array.length;
    while (length--) {
      if (eq(array[length][0], key)) {
        return length;
      }
    }
    return -1;
  }
  function baseIsNative(value) {
    if (!isObject(value) || isMasked(value)) {
      return false;
    }
    var pattern = isFunction(value) || isHostObject(value) ? reIsNative : reIsHostCtor;
    return pattern.test(toSource(value));
  }
  function baseUniq(array, iteratee, comparator) {
    var index = -1, includes = arrayIncludes, length = array.length, isCommon = true, result = [], seen = result;
    if (comparator) {
      isCommon = false;
      includes = arrayIncludesWith;
    } else if (length >= LARGE_ARRAY_SIZE) {
      var set = createSet(array);
      if (set) {
        return setToArray(set);
      }
      isCommon = false;
      includes = cacheHas;
      seen = new SetCache();
    } else {
      seen = result;
    }
    outer:
      while (++index < length) {
        var value = array[index], computed = value;
        value = comparator || value !== 0 ? value : 0;
        if (isCommon && computed === computed) {
          var seenIndex = seen.length;
          while (seenIndex--) {
            if (seen[seenIndex] === computed) {
              continue outer;
            }
          }
          result.push(value);
        } else if (!includes(seen, computed, comparator)) {
          if (seen !== result) {
            seen.push(computed);
          }
          result.push(value);
        }
      }
    return result;
  }
  var createSet = !(Set2 && 1 / setToArray(new Set2([, -0]))[1] == INFINITY) ? noop : function(values) {
    return new Set2(values);
  };
  function getMapData(map, key) {
    var data = map.__data__;
    return isKeyable(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
  }
  function getNative(object, key) {
    var value = getValue(object, key);
    return baseIsNative(value) ? value : void 0;
  }
  function isKeyable(value) {
    var type = typeof value;
    return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
  }
  function isMasked(func) {
    return !!maskSrcKey && maskSrcKey in func;
  }
  function toSource(func) {
    if (func != null) {
      try {
        return funcToString.call(func);
      } catch (e) {
      }
      try {
        return func + "";
      } catch (e) {
      }
    }
    return "";
  }
  function uniqWith(array, comparator) {
    return array && array.length ? baseUniq(array, void 0, comparator) : [];
  }
  function eq(value, other) {
    return value === other || value !== value && other !== other;
  }
  function isFunction(value) {
    var tag = isObject(value) ? objectToString.call(value) : "";
    return tag == funcTag || tag == genTag;
  }
  function isObject(value) {
    var type = typeof value;
    return !!value && (type == "object" || type == "function");
  }
  function noop() {
  }
  lodash_uniqwith = uniqWith;
  return lodash_uniqwith;
}
var lodash_sortby = { exports: {} };
lodash_sortby.exports;
var hasRequiredLodash_sortby;
function requireLodash_sortby() {
  if (hasRequiredLodash_sortby) return lodash_sortby.exports;
  hasRequiredLodash_sortby = 1;
  (function(module, exports) {
    var LARGE_ARRAY_SIZE = 200;
    var FUNC_ERROR_TEXT = "Expected a function";
    var HASH_UNDEFINED = "__lodash_hash_undefined__";
    var UNORDERED_COMPARE_FLAG = 1, PARTIAL_COMPARE_FLAG = 2;
    var MAX_SAFE_INTEGER = 9007199254740991;
    var argsTag = "[object Arguments]", arrayTag = "[object Array]", boolTag = "[object Boolean]", dateTag = "[object Date]", errorTag = "[object Error]", funcTag = "[object Function]", genTag = "[object GeneratorFunction]", mapTag = "[object Map]", numberTag = "[object Number]", objectTag = "[object Object]", promiseTag = "[object Promise]", regexpTag = "[object RegExp]", setTag = "[object Set]", stringTag = "[object String]", symbolTag = "[object Symbol]", weakMapTag = "[object WeakMap]";
    var arrayBufferTag = "[object ArrayBuffer]", dataViewTag = "[object DataView]", float32Tag = "[object Float32Array]", float64Tag = "[object Float64Array]", int8Tag = "[object Int8Array]", int16Tag = "[object Int16Array]", int32Tag = "[object Int32Array]", uint8Tag = "[object Uint8Array]", uint8ClampedTag = "[object Uint8ClampedArray]", uint16Tag = "[object Uint16Array]", uint32Tag = "[object Uint32Array]";
    var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/, reIsPlainProp = /^\w*$/, reLeadingDot = /^\./, rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
    var reRegExpChar = /[\\^$.*+?()[\]{}|]/g;
    var reEscapeChar = /\\(\\)?/g;
    var reIsHostCtor = /^\[object .+?Constructor\]$/;
    var reIsUint = /^(?:0|[1-9]\d*)$/;
    var typedArrayTags = {};
    typedArrayTags[float32Tag] = typedArrayTags[float64Tag] = typedArrayTags[int8Tag] = typedArrayTags[int16Tag] = typedArrayTags[int32Tag] = typedArrayTags[uint8Tag] = typedArrayTags[uint8ClampedTag] = typedArrayTags[uint16Tag] = typedArrayTags[uint32Tag] = true;
    typedArrayTags[argsTag] = typedArrayTags[arrayTag] = typedArrayTags[arrayBufferTag] = typedArrayTags[boolTag] = typedArrayTags[dataViewTag] = typedArrayTags[dateTag] = typedArrayTags[errorTag] = typedArrayTags[funcTag] = typedArrayTags[mapTag] = typedArrayTags[numberTag] = typedArrayTags[objectTag] = typedArrayTags[regexpTag] = typedArrayTags[setTag] = typedArrayTags[stringTag] = typedArrayTags[weakMapTag] = false;
    var freeGlobal = typeof commonjsGlobal == "object" && commonjsGlobal && commonjsGlobal.Object === Object && commonjsGlobal;
    var freeSelf = typeof self == "object" && self && self.Object === Object && self;
    var root = freeGlobal || freeSelf || Function("return this")();
    var freeExports = exports && !exports.nodeType && exports;
    var freeModule = freeExports && true && module && !module.nodeType && module;
    var moduleExports = freeModule && freeModule.exports === freeExports;
    var freeProcess = moduleExports && freeGlobal.process;
    var nodeUtil = (function() {
      try {
        return freeProcess && freeProcess.binding("util");
      } catch (e) {
      }
    })();
    var nodeIsTypedArray = nodeUtil && nodeUtil.isTypedArray;
    function apply(func, thisArg, args) {
      switch (args.length) {
        case 0:
          return func.call(thisArg);
        case 1:
          return func.call(thisArg, args[0]);
        case 2:
          return func.call(thisArg, args[0], args[1]);
        case 3:
          return func.call(thisArg, args[0], args[1], args[2]);
      }
      return func.apply(thisArg, args);
    }
    function arrayMap(array, iteratee) {
      var index = -1, length = array ? array.length : 0, result = Array(length);
      while (++index < length) {
        result[index] = iteratee(array[index], index, array);
      }
      return result;
    }
    function arrayPush(array, values) {
      var index = -1, length = values.length, offset = array.length;
      while (++index < length) {
        array[offset + index] = values[index];
      }
      return array;
    }
    function arraySome(array, predicate) {
      var index = -1, length = array ? array.length : 0;
      while (++index < length) {
        if (predicate(array[index], index, array)) {
          return true;
        }
      }
      return false;
    }
    function baseProperty(key) {
      return function(object) {
        return object == null ? void 0 : object[key];
      };
    }
    function baseSortBy(array, comparer) {
      var length = array.length;
      array.sort(comparer);
      while (length--) {
        array[length] = array[length].value;
      }
      return array;
    }
    function baseTimes(n, iteratee) {
      var index = -1, result = Array(n);
      while (++index < n) {
        result[index] = iteratee(index);
      }
      return result;
    }
    function baseUnary(func) {
      return function(value) {
        return func(value);
      };
    }
    function getValue(object, key) {
      return object == null ? void 0 : object[key];
    }
    function isHostObject(value) {
      var result = false;
      if (value != null && typeof value.toString != "function") {
        try {
          result = !!(value + "");
        } catch (e) {
        }
      }
      return result;
    }
    function mapToArray(map) {
      var index = -1, result = Array(map.size);
      map.forEach(function(value, key) {
        result[++index] = [key, value];
      });
      return result;
    }
    function overArg(func, transform) {
      return function(arg) {
        return func(transform(arg));
      };
    }
    function setToArray(set) {
      var index = -1, result = Array(set.size);
      set.forEach(function(value) {
        result[++index] = value;
      });
      return result;
    }
    var arrayProto = Array.prototype, funcProto = Function.prototype, objectProto = Object.prototype;
    var coreJsData = root["__core-js_shared__"];
    var maskSrcKey = (function() {
      var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
      return uid ? "Symbol(src)_1." + uid : "";
    })();
    var funcToString = funcProto.toString;
    var hasOwnProperty = objectProto.hasOwnProperty;
    var objectToString = objectProto.toString;
    var reIsNative = RegExp(
      "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
    );
    var Symbol2 = root.Symbol, Uint8Array2 = root.Uint8Array, propertyIsEnumerable = objectProto.propertyIsEnumerable, splice = arrayProto.splice, spreadableSymbol = Symbol2 ? Symbol2.isConcatSpreadable : void 0;
    var nativeKeys = overArg(Object.keys, Object), nativeMax = Math.max;
    var DataView = getNative(root, "DataView"), Map2 = getNative(root, "Map"), Promise2 = getNative(root, "Promise"), Set2 = getNative(root, "Set"), WeakMap = getNative(root, "WeakMap"), nativeCreate = getNative(Object, "create");
    var dataViewCtorString = toSource(DataView), mapCtorString = toSource(Map2), promiseCtorString = toSource(Promise2), setCtorString = toSource(Set2), weakMapCtorString = toSource(WeakMap);
    var symbolProto = Symbol2 ? Symbol2.prototype : void 0, symbolValueOf = symbolProto ? symbolProto.valueOf : void 0, symbolToString = symbolProto ? symbolProto.toString : void 0;
    function Hash(entries) {
      var index = -1, length = entries ? entries.length : 0;
      this.clear();
      while (++index < length) {
        var entry = entries[index];
        this.set(entry[0], entry[1]);
      }
    }
    function hashClear() {
      this.__data__ = nativeCreate ? nativeCreate(null) : {};
    }
    function hashDelete(key) {
      return this.has(key) && delete this.__data__[key];
    }
    function hashGet(key) {
      var data = this.__data__;
      if (nativeCreate) {
        var result = data[key];
        return result === HASH_UNDEFINED ? void 0 : result;
      }
      return hasOwnProperty.call(data, key) ? data[key] : void 0;
    }
    function hashHas(key) {
      var data = this.__data__;
      return nativeCreate ? data[key] !== void 0 : hasOwnProperty.call(data, key);
    }
    function hashSet(key, value) {
      var data = this.__data__;
      data[key] = nativeCreate && value === void 0 ? HASH_UNDEFINED : value;
      return this;
    }
    Hash.prototype.clear = hashClear;
    Hash.prototype["delete"] = hashDelete;
    Hash.prototype.get = hashGet;
    Hash.prototype.has = hashHas;
    Hash.prototype.set = hashSet;
    function ListCache(entries) {
      var index = -1, length = entries ? entries.length : 0;
      this.clear();
      while (++index < length) {
        var entry = entries[index];
        this.set(entry[0], entry[1]);
      }
    }
    function listCacheClear() {
      this.__data__ = [];
    }
    function listCacheDelete(key) {
      var data = this.__data__, index = assocIndexOf(data, key);
      if (index < 0) {
        return false;
      }
      var lastIndex = data.length - 1;
      if (index == lastIndex) {
        data.pop();
      } else {
        splice.call(data, index, 1);
      }
      return true;
    }
    function listCacheGet(key) {
      var data = this.__data__, index = assocIndexOf(data, key);
      return index < 0 ? void 0 : data[index][1];
    }
    function listCacheHas(key) {
      return assocIndexOf(this.__data__, key) > -1;
    }
    function listCacheSet(key, value) {
      var data = this.__data__, index = assocIndexOf(data, key);
      if (index < 0) {
        data.push([key, value]);
      } else {
        data[index][1] = value;
      }
      return this;
    }
    ListCache.prototype.clear = listCacheClear;
    ListCache.prototype["delete"] = listCacheDelete;
    ListCache.prototype.get = listCacheGet;
    ListCache.prototype.has = listCacheHas;
    ListCache.prototype.set = listCacheSet;
    function MapCache(entries) {
      var index = -1, length = entries ? entries.length : 0;
      this.clear();
      while (++index < length) {
        var entry = entries[index];
        this.set(entry[0], entry[1]);
      }
    }
    function mapCacheClear() {
      this.__data__ = {
        "hash": new Hash(),
        "map": new (Map2 || ListCache)(),
        "string": new Hash()
      };
    }
    function mapCacheDelete(key) {
      return getMapData(this, key)["delete"](key);
    }
    function mapCacheGet(key) {
      return getMapData(this, key).get(key);
    }
    function mapCacheHas(key) {
      return getMapData(this, key).has(key);
    }
    function mapCacheSet(key, value) {
      getMapData(this, key).set(key, value);
      return this;
    }
    MapCache.prototype.clear = mapCacheClear;
    MapCache.prototype["delete"] = mapCacheDelete;
    MapCache.prototype.get = mapCacheGet;
    MapCache.prototype.has = mapCacheHas;
    MapCache.prototype.set = mapCacheSet;
    function SetCache(values) {
      var index = -1, length = values ? values.length : 0;
      this.__data__ = new MapCache();
      while (++index < length) {
        this.add(values[index]);
      }
    }
    function setCacheAdd(value) {
      this.__data__.set(value, HASH_UNDEFINED);
      return this;
    }
    function setCacheHas(value) {
      return this.__data__.has(value);
    }
    SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
    SetCache.prototype.has = setCacheHas;
    function Stack(entries) {
      this.__data__ = new ListCache(entries);
    }
    function stackClear() {
      this.__data__ = new ListCache();
    }
    function stackDelete(key) {
      return this.__data__["delete"](key);
    }
    function stackGet(key) {
      return this.__data__.get(key);
    }
    function stackHas(key) {
      return this.__data__.has(key);
    }
    function stackSet(key, value) {
      var cache = this.__data__;
      if (cache instanceof ListCache) {
        var pairs = cache.__data__;
        if (!Map2 || pairs.length < LARGE_ARRAY_SIZE - 1) {
          pairs.push([key, value]);
          return this;
        }
        cache = this.__data__ = new MapCache(pairs);
      }
      cache.set(key, value);
      return this;
    }
    Stack.prototype.clear = stackClear;
    Stack.prototype["delete"] = stackDelete;
    Stack.prototype.get = stackGet;
    Stack.prototype.has = stackHas;
    Stack.prototype.set = stackSet;
    function arrayLikeKeys(value, inherited) {
      var result = isArray(value) || isArguments(value) ? baseTimes(value.length, String) : [];
      var length = result.length, skipIndexes = !!length;
      for (var key in value) {
        if (hasOwnProperty.call(value, key) && !(skipIndexes && (key == "length" || isIndex(key, length)))) {
          result.push(key);
        }
      }
      return result;
    }
    function assocIndexOf(array, key) {
      var length = array.length;
      while (length--) {
        if (eq(array[length][0], key)) {
          return length;
        }
      }
      return -1;
    }
    var baseEach = createBaseEach(baseForOwn);
    function baseFlatten(array, depth, predicate, isStrict, result) {
      var index = -1, length = array.length;
      predicate || (predicate = isFlattenable);
      result || (result = []);
      while (++index < length) {
        var value = array[index];
        if (predicate(value)) {
          {
            arrayPush(result, value);
          }
        } else {
          result[result.length] = value;
        }
      }
      return result;
    }
    var baseFor = createBaseFor();
    function baseForOwn(object, iteratee) {
      return object && baseFor(object, iteratee, keys);
    }
    function baseGet(object, path2) {
      path2 = isKey(path2, object) ? [path2] : castPath(path2);
      var index = 0, length = path2.length;
      while (object != null && index < length) {
        object = object[toKey(path2[index++])];
      }
      return index && index == length ? object : void 0;
    }
    function baseGetTag(value) {
      return objectToString.call(value);
    }
    function baseHasIn(object, key) {
      return object != null && key in Object(object);
    }
    function baseIsEqual(value, other, customizer, bitmask, stack) {
      if (value === other) {
        return true;
      }
      if (value == null || other == null || !isObject(value) && !isObjectLike(other)) {
        return value !== value && other !== other;
      }
      return baseIsEqualDeep(value, other, baseIsEqual, customizer, bitmask, stack);
    }
    function baseIsEqualDeep(object, other, equalFunc, customizer, bitmask, stack) {
      var objIsArr = isArray(object), othIsArr = isArray(other), objTag = arrayTag, othTag = arrayTag;
      if (!objIsArr) {
        objTag = getTag(object);
        objTag = objTag == argsTag ? objectTag : objTag;
      }
      if (!othIsArr) {
        othTag = getTag(other);
        othTag = othTag == argsTag ? objectTag : othTag;
      }
      var objIsObj = objTag == objectTag && !isHostObject(object), othIsObj = othTag == objectTag && !isHostObject(other), isSameTag = objTag == othTag;
      if (isSameTag && !objIsObj) {
        stack || (stack = new Stack());
        return objIsArr || isTypedArray(object) ? equalArrays(object, other, equalFunc, customizer, bitmask, stack) : equalByTag(object, other, objTag, equalFunc, customizer, bitmask, stack);
      }
      if (!(bitmask & PARTIAL_COMPARE_FLAG)) {
        var objIsWrapped = objIsObj && hasOwnProperty.call(object, "__wrapped__"), othIsWrapped = othIsObj && hasOwnProperty.call(other, "__wrapped__");
        if (objIsWrapped || othIsWrapped) {
          var objUnwrapped = objIsWrapped ? object.value() : object, othUnwrapped = othIsWrapped ? other.value() : other;
          stack || (stack = new Stack());
          return equalFunc(objUnwrapped, othUnwrapped, customizer, bitmask, stack);
        }
      }
      if (!isSameTag) {
        return false;
      }
      stack || (stack = new Stack());
      return equalObjects(object, other, equalFunc, customizer, bitmask, stack);
    }
    function baseIsMatch(object, source, matchData, customizer) {
      var index = matchData.length, length = index;
      if (object == null) {
        return !length;
      }
      object = Object(object);
      while (index--) {
        var data = matchData[index];
        if (data[2] ? data[1] !== object[data[0]] : !(data[0] in object)) {
          return false;
        }
      }
      while (++index < length) {
        data = matchData[index];
        var key = data[0], objValue = object[key], srcValue = data[1];
        if (data[2]) {
          if (objValue === void 0 && !(key in object)) {
            return false;
          }
        } else {
          var stack = new Stack();
          var result;
          if (!(result === void 0 ? baseIsEqual(srcValue, objValue, customizer, UNORDERED_COMPARE_FLAG | PARTIAL_COMPARE_FLAG, stack) : result)) {
            return false;
          }
        }
      }
      return true;
    }
    function baseIsNative(value) {
      if (!isObject(value) || isMasked(value)) {
        return false;
      }
      var pattern = isFunction(value) || isHostObject(value) ? reIsNative : reIsHostCtor;
      return pattern.test(toSource(value));
    }
    function baseIsTypedArray(value) {
      return isObjectLike(value) && isLength(value.length) && !!typedArrayTags[objectToString.call(value)];
    }
    function baseIteratee(value) {
      if (typeof value == "function") {
        return value;
      }
      if (value == null) {
        return identity;
      }
      if (typeof value == "object") {
        return isArray(value) ? baseMatchesProperty(value[0], value[1]) : baseMatches(value);
      }
      return property(value);
    }
    function baseKeys(object) {
      if (!isPrototype(object)) {
        return nativeKeys(object);
      }
      var result = [];
      for (var key in Object(object)) {
        if (hasOwnProperty.call(object, key) && key != "constructor") {
          result.push(key);
        }
      }
      return result;
    }
    function baseMap(collection, iteratee) {
      var index = -1, result = isArrayLike(collection) ? Array(collection.length) : [];
      baseEach(collection, function(value, key, collection2) {
        result[++index] = iteratee(value, key, collection2);
      });
      return result;
    }
    function baseMatches(source) {
      var matchData = getMatchData(source);
      if (matchData.length == 1 && matchData[0][2]) {
        return matchesStrictComparable(matchData[0][0], matchData[0][1]);
      }
      return function(object) {
        return object === source || baseIsMatch(object, source, matchData);
      };
    }
    function baseMatchesProperty(path2, srcValue) {
      if (isKey(path2) && isStrictComparable(srcValue)) {
        return matchesStrictComparable(toKey(path2), srcValue);
      }
      return function(object) {
        var objValue = get(object, path2);
        return objValue === void 0 && objValue === srcValue ? hasIn(object, path2) : baseIsEqual(srcValue, objValue, void 0, UNORDERED_COMPARE_FLAG | PARTIAL_COMPARE_FLAG);
      };
    }
    function baseOrderBy(collection, iteratees, orders) {
      var index = -1;
      iteratees = arrayMap(iteratees.length ? iteratees : [identity], baseUnary(baseIteratee));
      var result = baseMap(collection, function(value, key, collection2) {
        var criteria = arrayMap(iteratees, function(iteratee) {
          return iteratee(value);
        });
        return { "criteria": criteria, "index": ++index, "value": value };
      });
      return baseSortBy(result, function(object, other) {
        return compareMultiple(object, other, orders);
      });
    }
    function basePropertyDeep(path2) {
      return function(object) {
        return baseGet(object, path2);
      };
    }
    function baseRest(func, start) {
      start = nativeMax(start === void 0 ? func.length - 1 : start, 0);
      return function() {
        var args = arguments, index = -1, length = nativeMax(args.length - start, 0), array = Array(length);
        while (++index < length) {
          array[index] = args[start + index];
        }
        index = -1;
        var otherArgs = Array(start + 1);
        while (++index < start) {
          otherArgs[index] = args[index];
        }
        otherArgs[start] = array;
        return apply(func, this, otherArgs);
      };
    }
    function baseToString(value) {
      if (typeof value == "string") {
        return value;
      }
      if (isSymbol(value)) {
        return symbolToString ? symbolToString.call(value) : "";
      }
      var result = value + "";
      return result == "0" && 1 / value == -Infinity ? "-0" : result;
    }
    function castPath(value) {
      return isArray(value) ? value : stringToPath(value);
    }
    function compareAscending(value, other) {
      if (value !== other) {
        var valIsDefined = value !== void 0, valIsNull = value === null, valIsReflexive = value === value, valIsSymbol = isSymbol(value);
        var othIsDefined = other !== void 0, othIsNull = other === null, othIsReflexive = other === other, othIsSymbol = isSymbol(other);
        if (!othIsNull && !othIsSymbol && !valIsSymbol && value > other || valIsSymbol && othIsDefined && othIsReflexive && !othIsNull && !othIsSymbol || valIsNull && othIsDefined && othIsReflexive || !valIsDefined && othIsReflexive || !valIsReflexive) {
          return 1;
        }
        if (!valIsNull && !valIsSymbol && !othIsSymbol && value < other || othIsSymbol && valIsDefined && valIsReflexive && !valIsNull && !valIsSymbol || othIsNull && valIsDefined && valIsReflexive || !othIsDefined && valIsReflexive || !othIsReflexive) {
          return -1;
        }
      }
      return 0;
    }
    function compareMultiple(object, other, orders) {
      var index = -1, objCriteria = object.criteria, othCriteria = other.criteria, length = objCriteria.length, ordersLength = orders.length;
      while (++index < length) {
        var result = compareAscending(objCriteria[index], othCriteria[index]);
        if (result) {
          if (index >= ordersLength) {
            return result;
          }
          var order = orders[index];
          return result * (order == "desc" ? -1 : 1);
        }
      }
      return object.index - other.index;
    }
    function createBaseEach(eachFunc, fromRight) {
      return function(collection, iteratee) {
        if (collection == null) {
          return collection;
        }
        if (!isArrayLike(collection)) {
          return eachFunc(collection, iteratee);
        }
        var length = collection.length, index = -1, iterable = Object(collection);
        while (++index < length) {
          if (iteratee(iterable[index], index, iterable) === false) {
            break;
          }
        }
        return collection;
      };
    }
    function createBaseFor(fromRight) {
      return function(object, iteratee, keysFunc) {
        var index = -1, iterable = Object(object), props = keysFunc(object), length = props.length;
        while (length--) {
          var key = props[++index];
          if (iteratee(iterable[key], key, iterable) === false) {
            break;
          }
        }
        return object;
      };
    }
    function equalArrays(array, other, equalFunc, customizer, bitmask, stack) {
      var isPartial = bitmask & PARTIAL_COMPARE_FLAG, arrLength = array.length, othLength = other.length;
      if (arrLength != othLength && !(isPartial && othLength > arrLength)) {
        return false;
      }
      var stacked = stack.get(array);
      if (stacked && stack.get(other)) {
        return stacked == other;
      }
      var index = -1, result = true, seen = bitmask & UNORDERED_COMPARE_FLAG ? new SetCache() : void 0;
      stack.set(array, other);
      stack.set(other, array);
      while (++index < arrLength) {
        var arrValue = array[index], othValue = other[index];
        if (customizer) {
          var compared = isPartial ? customizer(othValue, arrValue, index, other, array, stack) : customizer(arrValue, othValue, index, array, other, stack);
        }
        if (compared !== void 0) {
          if (compared) {
            continue;
          }
          result = false;
          break;
        }
        if (seen) {
          if (!arraySome(other, function(othValue2, othIndex) {
            if (!seen.has(othIndex) && (arrValue === othValue2 || equalFunc(arrValue, othValue2, customizer, bitmask, stack))) {
              return seen.add(othIndex);
            }
          })) {
            result = false;
            break;
          }
        } else if (!(arrValue === othValue || equalFunc(arrValue, othValue, customizer, bitmask, stack))) {
          result = false;
          break;
        }
      }
      stack["delete"](array);
      stack["delete"](other);
      return result;
    }
    function equalByTag(object, other, tag, equalFunc, customizer, bitmask, stack) {
      switch (tag) {
        case dataViewTag:
          if (object.byteLength != other.byteLength || object.byteOffset != other.byteOffset) {
            return false;
          }
          object = object.buffer;
          other = other.buffer;
        case arrayBufferTag:
          if (object.byteLength != other.byteLength || !equalFunc(new Uint8Array2(object), new Uint8Array2(other))) {
            return false;
          }
          return true;
        case boolTag:
        case dateTag:
        case numberTag:
          return eq(+object, +other);
        case errorTag:
          return object.name == other.name && object.message == other.message;
        case regexpTag:
        case stringTag:
          return object == other + "";
        case mapTag:
          var convert = mapToArray;
        case setTag:
          var isPartial = bitmask & PARTIAL_COMPARE_FLAG;
          convert || (convert = setToArray);
          if (object.size != other.size && !isPartial) {
            return false;
          }
          var stacked = stack.get(object);
          if (stacked) {
            return stacked == other;
          }
          bitmask |= UNORDERED_COMPARE_FLAG;
          stack.set(object, other);
          var result = equalArrays(convert(object), convert(other), equalFunc, customizer, bitmask, stack);
          stack["delete"](object);
          return result;
        case symbolTag:
          if (symbolValueOf) {
            return symbolValueOf.call(object) == symbolValueOf.call(other);
          }
      }
      return false;
    }
    function equalObjects(object, other, equalFunc, customizer, bitmask, stack) {
      var isPartial = bitmask & PARTIAL_COMPARE_FLAG, objProps = keys(object), objLength = objProps.length, othProps = keys(other), othLength = othProps.length;
      if (objLength != othLength && !isPartial) {
        return false;
      }
      var index = objLength;
      while (index--) {
        var key = objProps[index];
        if (!(isPartial ? key in other : hasOwnProperty.call(other, key))) {
          return false;
        }
      }
      var stacked = stack.get(object);
      if (stacked && stack.get(other)) {
        return stacked == other;
      }
      var result = true;
      stack.set(object, other);
      stack.set(other, object);
      var skipCtor = isPartial;
      while (++index < objLength) {
        key = objProps[index];
        var objValue = object[key], othValue = other[key];
        if (customizer) {
          var compared = isPartial ? customizer(othValue, objValue, key, other, object, stack) : customizer(objValue, othValue, key, object, other, stack);
        }
        if (!(compared === void 0 ? objValue === othValue || equalFunc(objValue, othValue, customizer, bitmask, stack) : compared)) {
          result = false;
          break;
        }
        skipCtor || (skipCtor = key == "constructor");
      }
      if (result && !skipCtor) {
        var objCtor = object.constructor, othCtor = other.constructor;
        if (objCtor != othCtor && ("constructor" in object && "constructor" in other) && !(typeof objCtor == "function" && objCtor instanceof objCtor && typeof othCtor == "function" && othCtor instanceof othCtor)) {
          result = false;
        }
      }
      stack["delete"](object);
      stack["delete"](other);
      return result;
    }
    function getMapData(map, key) {
      var data = map.__data__;
      return isKeyable(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
    }
    function getMatchData(object) {
      var result = keys(object), length = result.length;
      while (length--) {
        var key = result[length], value = object[key];
        result[length] = [key, value, isStrictComparable(value)];
      }
      return result;
    }
    function getNative(object, key) {
      var value = getValue(object, key);
      return baseIsNative(value) ? value : void 0;
    }
    var getTag = baseGetTag;
    if (DataView && getTag(new DataView(new ArrayBuffer(1))) != dataViewTag || Map2 && getTag(new Map2()) != mapTag || Promise2 && getTag(Promise2.resolve()) != promiseTag || Set2 && getTag(new Set2()) != setTag || WeakMap && getTag(new WeakMap()) != weakMapTag) {
      getTag = function(value) {
        var result = objectToString.call(value), Ctor = result == objectTag ? value.constructor : void 0, ctorString = Ctor ? toSource(Ctor) : void 0;
        if (ctorString) {
          switch (ctorString) {
            case dataViewCtorString:
              return dataViewTag;
            case mapCtorString:
              return mapTag;
            case promiseCtorString:
              return promiseTag;
            case setCtorString:
              return setTag;
            case weakMapCtorString:
              return weakMapTag;
          }
        }
        return result;
      };
    }
    function hasPath(object, path2, hasFunc) {
      path2 = isKey(path2, object) ? [path2] : castPath(path2);
      var result, index = -1, length = path2.length;
      while (++index < length) {
        var key = toKey(path2[index]);
        if (!(result = object != null && hasFunc(object, key))) {
          break;
        }
        object = object[key];
      }
      if (result) {
        return result;
      }
      var length = object ? object.length : 0;
      return !!length && isLength(length) && isIndex(key, length) && (isArray(object) || isArguments(object));
    }
    function isFlattenable(value) {
      return isArray(value) || isArguments(value) || !!(spreadableSymbol && value && value[spreadableSymbol]);
    }
    function isIndex(value, length) {
      length = length == null ? MAX_SAFE_INTEGER : length;
      return !!length && (typeof value == "number" || reIsUint.test(value)) && (value > -1 && value % 1 == 0 && value < length);
    }
    function isIterateeCall(value, index, object) {
      if (!isObject(object)) {
        return false;
      }
      var type = typeof index;
      if (type == "number" ? isArrayLike(object) && isIndex(index, object.length) : type == "string" && index in object) {
        return eq(object[index], value);
      }
      return false;
    }
    function isKey(value, object) {
      if (isArray(value)) {
        return false;
      }
      var type = typeof value;
      if (type == "number" || type == "symbol" || type == "boolean" || value == null || isSymbol(value)) {
        return true;
      }
      return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object != null && value in Object(object);
    }
    function isKeyable(value) {
      var type = typeof value;
      return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
    }
    function isMasked(func) {
      return !!maskSrcKey && maskSrcKey in func;
    }
    function isPrototype(value) {
      var Ctor = value && value.constructor, proto = typeof Ctor == "function" && Ctor.prototype || objectProto;
      return value === proto;
    }
    function isStrictComparable(value) {
      return value === value && !isObject(value);
    }
    function matchesStrictComparable(key, srcValue) {
      return function(object) {
        if (object == null) {
          return false;
        }
        return object[key] === srcValue && (srcValue !== void 0 || key in Object(object));
      };
    }
    var stringToPath = memoize(function(string) {
      string = toString(string);
      var result = [];
      if (reLeadingDot.test(string)) {
        result.push("");
      }
      string.replace(rePropName, function(match, number, quote, string2) {
        result.push(quote ? string2.replace(reEscapeChar, "$1") : number || match);
      });
      return result;
    });
    function toKey(value) {
      if (typeof value == "string" || isSymbol(value)) {
        return value;
      }
      var result = value + "";
      return result == "0" && 1 / value == -Infinity ? "-0" : result;
    }
    function toSource(func) {
      if (func != null) {
        try {
          return funcToString.call(func);
        } catch (e) {
        }
        try {
          return func + "";
        } catch (e) {
        }
      }
      return "";
    }
    var sortBy = baseRest(function(collection, iteratees) {
      if (collection == null) {
        return [];
      }
      var length = iteratees.length;
      if (length > 1 && isIterateeCall(collection, iteratees[0], iteratees[1])) {
        iteratees = [];
      } else if (length > 2 && isIterateeCall(iteratees[0], iteratees[1], iteratees[2])) {
        iteratees = [iteratees[0]];
      }
      return baseOrderBy(collection, baseFlatten(iteratees), []);
    });
    function memoize(func, resolver) {
      if (typeof func != "function" || resolver && typeof resolver != "function") {
        throw new TypeError(FUNC_ERROR_TEXT);
      }
      var memoized = function() {
        var args = arguments, key = resolver ? resolver.apply(this, args) : args[0], cache = memoized.cache;
        if (cache.has(key)) {
          return cache.get(key);
        }
        var result = func.apply(this, args);
        memoized.cache = cache.set(key, result);
        return result;
      };
      memoized.cache = new (memoize.Cache || MapCache)();
      return memoized;
    }
    memoize.Cache = MapCache;
    function eq(value, other) {
      return value === other || value !== value && other !== other;
    }
    function isArguments(value) {
      return isArrayLikeObject(value) && hasOwnProperty.call(value, "callee") && (!propertyIsEnumerable.call(value, "callee") || objectToString.call(value) == argsTag);
    }
    var isArray = Array.isArray;
    function isArrayLike(value) {
      return value != null && isLength(value.length) && !isFunction(value);
    }
    function isArrayLikeObject(value) {
      return isObjectLike(value) && isArrayLike(value);
    }
    function isFunction(value) {
      var tag = isObject(value) ? objectToString.call(value) : "";
      return tag == funcTag || tag == genTag;
    }
    function isLength(value) {
      return typeof value == "number" && value > -1 && value % 1 == 0 && value <= MAX_SAFE_INTEGER;
    }
    function isObject(value) {
      var type = typeof value;
      return !!value && (type == "object" || type == "function");
    }
    function isObjectLike(value) {
      return !!value && typeof value == "object";
    }
    function isSymbol(value) {
      return typeof value == "symbol" || isObjectLike(value) && objectToString.call(value) == symbolTag;
    }
    var isTypedArray = nodeIsTypedArray ? baseUnary(nodeIsTypedArray) : baseIsTypedArray;
    function toString(value) {
      return value == null ? "" : baseToString(value);
    }
    function get(object, path2, defaultValue) {
      var result = object == null ? void 0 : baseGet(object, path2);
      return result === void 0 ? defaultValue : result;
    }
    function hasIn(object, path2) {
      return object != null && hasPath(object, path2, baseHasIn);
    }
    function keys(object) {
      return isArrayLike(object) ? arrayLikeKeys(object) : baseKeys(object);
    }
    function identity(value) {
      return value;
    }
    function property(path2) {
      return isKey(path2) ? baseProperty(toKey(path2)) : basePropertyDeep(path2);
    }
    module.exports = sortBy;
  })(lodash_sortby, lodash_sortby.exports);
  return lodash_sortby.exports;
}
var escapeStringRegexp;
var hasRequiredEscapeStringRegexp;
function requireEscapeStringRegexp() {
  if (hasRequiredEscapeStringRegexp) return escapeStringRegexp;
  hasRequiredEscapeStringRegexp = 1;
  escapeStringRegexp = (string) => {
    if (typeof string !== "string") {
      throw new TypeError("Expected a string");
    }
    return string.replace(/[|\\{}()[\]^$+*?.]/g, "\\$&").replace(/-/g, "\\x2d");
  };
  return escapeStringRegexp;
}
var regexpParse = {};
var hasRequiredRegexpParse;
function requireRegexpParse() {
  if (hasRequiredRegexpParse) return regexpParse;
  hasRequiredRegexpParse = 1;
  Object.defineProperty(regexpParse, "__esModule", { value: true });
  regexpParse.isRegExpString = regexpParse.parseRegExpString = void 0;
  var REGEXP_LITERAL_PATTERN = /^\/(.+)\/([guimysd]*)$/;
  var parseRegExpString = function(str) {
    var result = str.match(REGEXP_LITERAL_PATTERN);
    if (!result) {
      return null;
    }
    return {
      source: result[1],
      flagString: result[2]
    };
  };
  regexpParse.parseRegExpString = parseRegExpString;
  var isRegExpString = function(str) {
    return REGEXP_LITERAL_PATTERN.test(str);
  };
  regexpParse.isRegExpString = isRegExpString;
  return regexpParse;
}
var hasRequiredRegexpStringMatcher;
function requireRegexpStringMatcher() {
  if (hasRequiredRegexpStringMatcher) return regexpStringMatcher;
  hasRequiredRegexpStringMatcher = 1;
  (function(exports) {
    var __importDefault = regexpStringMatcher && regexpStringMatcher.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.matchPatterns = exports.createRegExp = void 0;
    var lodash_uniq_1 = __importDefault(requireLodash_uniq());
    var lodash_uniqwith_1 = __importDefault(requireLodash_uniqwith());
    var lodash_sortby_1 = __importDefault(requireLodash_sortby());
    var escape_string_regexp_1 = __importDefault(requireEscapeStringRegexp());
    var regexp_parse_1 = requireRegexpParse();
    var DEFAULT_FLAGS = "ug";
    var defaultFlags = function(flagsString) {
      if (flagsString.length === 0) {
        return DEFAULT_FLAGS;
      }
      return (0, lodash_uniq_1.default)((flagsString + DEFAULT_FLAGS).split("")).join("");
    };
    var createRegExp = function(patternString, defaultFlag) {
      if (defaultFlag === void 0) {
        defaultFlag = DEFAULT_FLAGS;
      }
      if (patternString.length === 0) {
        throw new Error("Empty string can not handled");
      }
      if ((0, regexp_parse_1.isRegExpString)(patternString)) {
        var regExpStructure = (0, regexp_parse_1.parseRegExpString)(patternString);
        if (regExpStructure) {
          return new RegExp(regExpStructure.source, defaultFlags(regExpStructure.flagString));
        }
        throw new Error('"'.concat(patternString, '" can not parse as RegExp.'));
      } else {
        return new RegExp((0, escape_string_regexp_1.default)(patternString), defaultFlag);
      }
    };
    exports.createRegExp = createRegExp;
    var isEqualMatchPatternResult = function(a, b) {
      return a.startIndex === b.startIndex && a.endIndex === b.endIndex && a.match === b.match;
    };
    var matchPatterns = function(text, regExpLikeStrings) {
      var matchPatternResults = [];
      regExpLikeStrings.map(function(patternString) {
        return (0, exports.createRegExp)(patternString);
      }).forEach(function(regExp) {
        var results = text.matchAll(regExp);
        Array.from(results).forEach(function(result) {
          if (result.index === void 0) {
            return;
          }
          var match = result[0];
          var index = result.index;
          matchPatternResults.push({
            match,
            captures: result.slice(1),
            startIndex: index,
            endIndex: index + match.length
          });
        });
      });
      var uniqResults = (0, lodash_uniqwith_1.default)(matchPatternResults, isEqualMatchPatternResult);
      return (0, lodash_sortby_1.default)(uniqResults, ["startIndex", "endIndex"]);
    };
    exports.matchPatterns = matchPatterns;
  })(regexpStringMatcher);
  return regexpStringMatcher;
}
var regexpStringMatcherExports = requireRegexpStringMatcher();
var BUILTIN_IGNORED = {
  AWSAccountID: ["AKIAIOSFODNN7EXAMPLE"],
  AWSSecretAccessKey: ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]
};
var messages$r = {
  AWSAccountID: {
    en: (props) => `found AWS Account ID: ${props.ID}`,
    ja: (props) => `AWS Account ID: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  AWSSecretAccessKey: {
    en: (props) => `found AWS Secret Access Key: ${props.KEY}`,
    ja: (props) => `AWS Secret Access Key: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  AWSAccessKeyID: {
    en: (props) => `found AWS Access Key ID: ${props.ID}`,
    ja: (props) => `AWS Access Key Id: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var reportAWSAccessKey = ({ t, source, context, options }) => {
  const AWSAccessKeyIDPattern = /\b(A3T[A-Z0-9]|AKIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|ASIA)[A-Z0-9]{16}\b/g;
  const results = source.content.matchAll(AWSAccessKeyIDPattern);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    if (BUILTIN_IGNORED.AWSAccountID.includes(match)) {
      continue;
    }
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("AWSAccessKeyID", {
        ID: match
      }),
      range
    });
  }
};
var reportAWSSecretAccessKey = ({ t, source, context, options }) => {
  const AWS = "(?:AWS|aws|Aws)?_?";
  const QUOTE = `["']?`;
  const CONNECT = "\\s*(?::|=>|=)\\s*";
  const AWSSecretPatten = new RegExp(String.raw`${QUOTE}${AWS}(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)${QUOTE}${CONNECT}${QUOTE}([A-Za-z0-9/\+=]{40})${QUOTE}\b`, "g");
  const results = source.content.matchAll(AWSSecretPatten);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[1] || "";
    const range = [index, index + match.length];
    if (BUILTIN_IGNORED.AWSSecretAccessKey.includes(match)) {
      continue;
    }
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("AWSSecretAccessKey", {
        KEY: match
      }),
      range
    });
  }
};
var reportAWSAccountID = ({ t, source, context, options }) => {
  const AWS = "(AWS|aws|Aws)?_?";
  const QUOTE = `("|')?`;
  const CONNECT = "\\s*(:|=>|=)\\s*";
  const AWSSecretPatten = new RegExp(String.raw`${QUOTE}${AWS}(ACCOUNT|account|Account)_?(ID|id|Id)?${QUOTE}${CONNECT}${QUOTE}[0-9]{4}\-?[0-9]{4}\-?[0-9]{4}${QUOTE}\b`, "g");
  const results = source.content.matchAll(AWSSecretPatten);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("AWSAccountID", {
        ID: match
      }),
      range
    });
  }
};
var creator$s = {
  messages: messages$r,
  meta: {
    id: "@secretlint/secretlint-rule-aws",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-aws/README.md"
    }
  },
  create(context, options) {
    const normalizedOptions = {
      allows: options.allows || [],
      enableIDScanRule: options.enableIDScanRule ?? false
    };
    const t = context.createTranslator(messages$r);
    return {
      file(source) {
        if (normalizedOptions.enableIDScanRule) {
          reportAWSAccessKey({ t, source, context, options: normalizedOptions });
          reportAWSAccountID({ t, source, context, options: normalizedOptions });
        }
        reportAWSSecretAccessKey({ t, source, context, options: normalizedOptions });
      }
    };
  }
};
var TAG_INTEGER = 2;
var TAG_OCTET_STRING = 4;
var TAG_NULL = 5;
var TAG_OID = 6;
var TAG_SEQUENCE = 48;
var TAG_CONTEXT_0 = 160;
function readTlv(buf, offset) {
  if (offset + 2 > buf.length) {
    throw new Error("PKCS12: truncated TLV header");
  }
  const tag = buf[offset];
  const lenByte = buf[offset + 1];
  let length;
  let contentStart;
  if (lenByte < 128) {
    length = lenByte;
    contentStart = offset + 2;
  } else {
    const lenBytes = lenByte & 127;
    if (lenBytes === 0 || lenBytes > 4) {
      throw new Error("PKCS12: unsupported ASN.1 length encoding");
    }
    if (offset + 2 + lenBytes > buf.length) {
      throw new Error("PKCS12: truncated ASN.1 length");
    }
    length = 0;
    for (let i = 0; i < lenBytes; i++) {
      length = length * 256 + buf[offset + 2 + i];
    }
    contentStart = offset + 2 + lenBytes;
  }
  const end = contentStart + length;
  if (end > buf.length) {
    throw new Error("PKCS12: TLV extends past buffer");
  }
  return { tag, content: buf.subarray(contentStart, end), end };
}
function expectTag(tlv, tag, label) {
  if (tlv.tag !== tag) {
    throw new Error(`PKCS12: expected ${label} tag 0x${tag.toString(16)} but got 0x${tlv.tag.toString(16)}`);
  }
}
function readInteger(tlv) {
  expectTag(tlv, TAG_INTEGER, "INTEGER");
  let value = 0;
  for (const byte of tlv.content) {
    value = value * 256 + byte;
  }
  return value;
}
function bytesEqual(a, b) {
  if (a.length !== b.length)
    return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    diff |= a[i] ^ b[i];
  }
  return diff === 0;
}
var OID_DATA = new Uint8Array([42, 134, 72, 134, 247, 13, 1, 7, 1]);
var OID_SHA1 = new Uint8Array([43, 14, 3, 2, 26]);
var OID_SHA256 = new Uint8Array([96, 134, 72, 1, 101, 3, 4, 2, 1]);
var OID_SHA384 = new Uint8Array([96, 134, 72, 1, 101, 3, 4, 2, 2]);
var OID_SHA512 = new Uint8Array([96, 134, 72, 1, 101, 3, 4, 2, 3]);
var MAC_HASHES = [
  { oid: OID_SHA1, hash: { name: "SHA-1", outputSize: 20, blockSize: 64 } },
  { oid: OID_SHA256, hash: { name: "SHA-256", outputSize: 32, blockSize: 64 } },
  { oid: OID_SHA384, hash: { name: "SHA-384", outputSize: 48, blockSize: 128 } },
  { oid: OID_SHA512, hash: { name: "SHA-512", outputSize: 64, blockSize: 128 } }
];
function matchHash(oidBytes) {
  for (const { oid, hash } of MAC_HASHES) {
    if (bytesEqual(oidBytes, oid))
      return hash;
  }
  return void 0;
}
var MAX_MAC_ITERATIONS = 1e5;
function parsePkcs12(buf) {
  const pfx = readTlv(buf, 0);
  expectTag(pfx, TAG_SEQUENCE, "PFX SEQUENCE");
  const version = readTlv(pfx.content, 0);
  if (readInteger(version) !== 3) {
    throw new Error("PKCS12: unsupported version");
  }
  const authSafeInfo = readTlv(pfx.content, version.end);
  expectTag(authSafeInfo, TAG_SEQUENCE, "ContentInfo SEQUENCE");
  const contentType = readTlv(authSafeInfo.content, 0);
  expectTag(contentType, TAG_OID, "contentType OID");
  if (!bytesEqual(contentType.content, OID_DATA)) {
    throw new Error("PKCS12: unsupported authSafe contentType");
  }
  const explicit0 = readTlv(authSafeInfo.content, contentType.end);
  expectTag(explicit0, TAG_CONTEXT_0, "[0] EXPLICIT");
  const authSafeOctet = readTlv(explicit0.content, 0);
  expectTag(authSafeOctet, TAG_OCTET_STRING, "authSafe OCTET STRING");
  const macData = readTlv(pfx.content, authSafeInfo.end);
  expectTag(macData, TAG_SEQUENCE, "MacData SEQUENCE");
  const digestInfo = readTlv(macData.content, 0);
  expectTag(digestInfo, TAG_SEQUENCE, "DigestInfo SEQUENCE");
  const alg = readTlv(digestInfo.content, 0);
  expectTag(alg, TAG_SEQUENCE, "AlgorithmIdentifier SEQUENCE");
  const algOid = readTlv(alg.content, 0);
  expectTag(algOid, TAG_OID, "algorithm OID");
  const macHash = matchHash(algOid.content);
  if (!macHash) {
    throw new Error("PKCS12: unsupported MAC digest algorithm");
  }
  if (algOid.end < alg.content.length) {
    const params = readTlv(alg.content, algOid.end);
    if (params.tag !== TAG_NULL) {
      throw new Error("PKCS12: unexpected MAC algorithm parameters");
    }
  }
  const digest = readTlv(digestInfo.content, alg.end);
  expectTag(digest, TAG_OCTET_STRING, "digest OCTET STRING");
  const salt = readTlv(macData.content, digestInfo.end);
  expectTag(salt, TAG_OCTET_STRING, "macSalt OCTET STRING");
  let iterations = 1;
  if (salt.end < macData.content.length) {
    const iter = readTlv(macData.content, salt.end);
    iterations = readInteger(iter);
  }
  if (iterations < 1 || iterations > MAX_MAC_ITERATIONS) {
    throw new Error("PKCS12: MAC iteration count out of range");
  }
  return {
    authSafe: authSafeOctet.content,
    macHash,
    macSalt: salt.content,
    macDigest: digest.content,
    iterations
  };
}
function toBufferSource(data) {
  const copy = new Uint8Array(data.length);
  copy.set(data);
  return copy;
}
var NODE_HASH_NAMES = {
  "SHA-1": "sha1",
  "SHA-256": "sha256",
  "SHA-384": "sha384",
  "SHA-512": "sha512"
};
async function createDigest(hash) {
  try {
    const { createHash: createHash2 } = await import("node:crypto");
    const algorithm = NODE_HASH_NAMES[hash.name];
    return (data) => new Uint8Array(createHash2(algorithm).update(data).digest());
  } catch {
    return async (data) => new Uint8Array(await globalThis.crypto.subtle.digest(hash.name, toBufferSource(data)));
  }
}
function padToMultipleOf(src, blockSize) {
  if (src.length === 0)
    return new Uint8Array(0);
  const padded = new Uint8Array(Math.ceil(src.length / blockSize) * blockSize);
  for (let i = 0; i < padded.length; i++) {
    padded[i] = src[i % src.length];
  }
  return padded;
}
function encodePasswordAsBmpString(password) {
  if (password.length === 0)
    return new Uint8Array(0);
  const bytes = new Uint8Array(password.length * 2 + 2);
  for (let i = 0; i < password.length; i++) {
    const code = password.charCodeAt(i);
    bytes[i * 2] = code >> 8 & 255;
    bytes[i * 2 + 1] = code & 255;
  }
  return bytes;
}
async function deriveMacKey(hash, password, salt, iterations) {
  const v = hash.blockSize;
  const u = hash.outputSize;
  const ID_MAC = 3;
  const D = new Uint8Array(v).fill(ID_MAC);
  const P = padToMultipleOf(encodePasswordAsBmpString(password), v);
  const S = padToMultipleOf(salt, v);
  const DI = new Uint8Array(D.length + S.length + P.length);
  DI.set(D, 0);
  DI.set(S, D.length);
  DI.set(P, D.length + S.length);
  const digest = await createDigest(hash);
  let A = await digest(DI);
  for (let i = 1; i < iterations; i++) {
    A = await digest(A);
  }
  return A.subarray(0, u);
}
async function verifyPkcs12Mac(pfxBytes, password) {
  let parsed;
  try {
    parsed = parsePkcs12(pfxBytes);
  } catch {
    return false;
  }
  try {
    const key = await deriveMacKey(parsed.macHash, password, parsed.macSalt, parsed.iterations);
    const cryptoKey = await globalThis.crypto.subtle.importKey("raw", toBufferSource(key), { name: "HMAC", hash: parsed.macHash.name }, false, ["sign"]);
    const mac = new Uint8Array(await globalThis.crypto.subtle.sign("HMAC", cryptoKey, toBufferSource(parsed.authSafe)));
    return bytesEqual(mac, parsed.macDigest);
  } catch {
    return false;
  }
}
var GCP_SERVICE_ACCOUNT_P12_PASSWORD = "notasecret";
async function reportIfFoundPrivateKeyP12Format({ source, options, context, t }) {
  if (!source.filePath) {
    return;
  }
  try {
    const fs = await import("node:fs");
    const path2 = await import("node:path");
    const fileName = path2.basename(source.filePath);
    if (regexpStringMatcherExports.matchPatterns(fileName, options.allows).length > 0) {
      return;
    }
    const pfxBytes = new Uint8Array(fs.readFileSync(source.filePath));
    const isGcpServiceAccountP12 = await verifyPkcs12Mac(pfxBytes, GCP_SERVICE_ACCOUNT_P12_PASSWORD);
    if (!isGcpServiceAccountP12) {
      return;
    }
    context.report({
      message: t("PrivateKeyP12", {
        FILE_NAME: fileName
      }),
      range: [0, source.content.length]
    });
  } catch {
  }
}
var messages$q = {
  PrivateKeyP12: {
    en: (props) => `found GCP Service Account's private key(p12): ${props.FILE_NAME}`,
    ja: (props) => `GCP\u30B5\u30FC\u30D3\u30B9\u30A2\u30AB\u30A6\u30F3\u30C8\u306E\u79D8\u5BC6\u9375(p12) ${props.FILE_NAME} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  PrivateKeyJSON: {
    en: (props) => `found GCP Service Account's private key(json): ${props.FILE_NAME}`,
    ja: (props) => `GCP\u30B5\u30FC\u30D3\u30B9\u30A2\u30AB\u30A6\u30F3\u30C8\u306E\u79D8\u5BC6\u9375(json): ${props.FILE_NAME} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFoundPrivateKeyJSONFormat({ source, options, context, t }) {
  try {
    const credentialObject = JSON.parse(source.content);
    const PRIVATE_KEY_PATTERN = /-----BEGIN\s?(DSA|RSA|EC|PGP|OPENSSH)?\s?PRIVATE KEY/gm;
    const isGCPServiceAccountPrivateKeyJSON = "private_key_id" in credentialObject && "private_key" in credentialObject && PRIVATE_KEY_PATTERN.test(credentialObject["private_key"]);
    if (!isGCPServiceAccountPrivateKeyJSON) {
      return;
    }
    const allowCandidates = [credentialObject["private_key_id"], credentialObject["private_key"]].filter((value) => typeof value === "string");
    if (allowCandidates.some((value) => regexpStringMatcherExports.matchPatterns(value, options.allows).length > 0)) {
      return;
    }
    context.report({
      message: t("PrivateKeyJSON", {
        FILE_NAME: source.filePath ? path.basename(source.filePath) : ""
      }),
      range: [0, source.content.length]
    });
  } catch {
  }
}
var creator$r = {
  messages: messages$q,
  meta: {
    id: "@secretlint/secretlint-rule-gcp",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["all"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-gcp/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$q);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        if (source.ext === ".p12") {
          return reportIfFoundPrivateKeyP12Format({ source, options: normalizedOptions, context, t });
        } else if (source.ext === ".json") {
          return reportIfFoundPrivateKeyJSONFormat({ source, options: normalizedOptions, context, t });
        }
      }
    };
  }
};
var messages$p = {
  PackageJSON_xOauthToken: {
    en: (props) => `found GitHub Token: ${props.TOKEN}`,
    ja: (props) => `GitHub Token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  Npmrc_authToken: {
    en: (props) => `found npmrc authToken: ${props.TOKEN}`,
    ja: (props) => `npmrc authToken: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  NPM_ACCESS_TOKEN: {
    en: (props) => `found npm access token: ${props.TOKEN}`,
    ja: (props) => `npm access token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFoundXOauthGitHubToken({ source, options, context, t }) {
  const XOAuthPattern = /https?:\/\/(.{1,256}):x-oauth-basic@github.com\//g;
  const results = source.content.matchAll(XOAuthPattern);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[1] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("PackageJSON_xOauthToken", {
        TOKEN: match
      }),
      range
    });
  }
}
function reportIfFound_AuthTokenInNpmrc({ source, options, context, t }) {
  const AuthTokenPattern = /_authToken=([^$].*)/g;
  const results = source.content.matchAll(AuthTokenPattern);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[1] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("Npmrc_authToken", {
        TOKEN: match
      }),
      range
    });
  }
}
function reportIfFound_NPM_ACCESS_TOKEN({ source, options, context, t }) {
  const NPM_ACCESS_TOKEN_PATTERN = new RegExp("(?<!\\p{L})npm_[A-Za-z0-9_]{36}(?![A-Za-z0-9_])", "gu");
  const results = source.content.matchAll(NPM_ACCESS_TOKEN_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("NPM_ACCESS_TOKEN", {
        TOKEN: match
      }),
      range
    });
  }
}
var isPackageFile = (filePath) => {
  if (!filePath) {
    return true;
  }
  return filePath.endsWith("package.json") || filePath.endsWith("package-lock.json");
};
var isNpmrc = (filePath) => {
  if (!filePath) {
    return true;
  }
  return filePath.endsWith(".npmrc");
};
var creator$q = {
  messages: messages$p,
  meta: {
    id: "@secretlint/secretlint-rule-npm",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-npm/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$p);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        if (isPackageFile(source.filePath)) {
          reportIfFoundXOauthGitHubToken({ source, options: normalizedOptions, context, t });
        } else if (isNpmrc(source.filePath)) {
          reportIfFound_AuthTokenInNpmrc({ source, options: normalizedOptions, context, t });
        }
        reportIfFound_NPM_ACCESS_TOKEN({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$o = {
  SLACK_TOKEN: {
    en: (props) => `found slack token: ${props.TOKEN}`,
    ja: (props) => `Slack\u30C8\u30FC\u30AF\u30F3: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  IncomingWebhook: {
    en: (props) => `found Slack Incoming Webhook: ${props.URL}`,
    ja: (props) => `Slack\u306EIncoming Webhooks: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFoundRawPrivateKey$1({ source, options, context, t }) {
  const SLACK_TOKEN_PATTERN = /\b(?:xoxb|xoxp|xapp|xoxa|xoxo|xoxr)-(?:\d-)?(?:[a-zA-Z0-9]{1,40}-)+[a-zA-Z0-9]{1,40}\b/g;
  const results = source.content.matchAll(SLACK_TOKEN_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("SLACK_TOKEN", {
        TOKEN: match
      }),
      range
    });
  }
}
function reportIfFoundIncomingWebhook({ source, options, context, t }) {
  const IncomingWebhooksPattern = /https:\/\/hooks\.slack\.com\/services\/T[a-zA-Z0-9]{1,40}\/B[a-zA-Z0-9]{1,40}\/[a-zA-Z0-9]{1,40}/gi;
  const results = source.content.matchAll(IncomingWebhooksPattern);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("IncomingWebhook", {
        URL: match
      }),
      range
    });
  }
}
var creator$p = {
  messages: messages$o,
  meta: {
    id: "@secretlint/secretlint-rule-slack",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-slack/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$o);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundRawPrivateKey$1({ source, options: normalizedOptions, context, t });
        reportIfFoundIncomingWebhook({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$n = {
  BasicAuth: {
    en: (props) => `found basic auth credential: ${props.CREDENTIAL}`,
    ja: (props) => `\u30D9\u30FC\u30B7\u30C3\u30AF\u8A8D\u8A3C\u60C5\u5831: ${props.CREDENTIAL} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var BUILTIN_IGNORED_PATTERNS$1 = [
  "localhost",
  "127.0.0.1",
  "password",
  "mypassword",
  "myusername",
  "{password}",
  "${password}",
  "{{password}}",
  "{username}",
  "${username}",
  "{{username}}",
  "YOUR_PASSWORD",
  "YOUR_USERNAME",
  "REPLACE_WITH_PASSWORD",
  "REPLACE_WITH_USERNAME"
];
function isVariableLikeString$1(str) {
  const variablePatterns = [
    /\$\{[^}]{1,50}\}/,
    // ${var}
    /\{\{[^}]{1,50}\}\}/,
    // {{var}}
    /\{[^}]{1,50}\}/,
    // {var}
    /%[A-Z_]{1,30}%/,
    // %VAR%
    /\$[A-Z_]{1,30}/
    // $VAR
  ];
  return variablePatterns.some((pattern) => pattern.test(str));
}
function isLikelyRealUsername(username) {
  if (username.length < 2)
    return false;
  if (isVariableLikeString$1(username))
    return false;
  if (BUILTIN_IGNORED_PATTERNS$1.some((pattern) => username.toLowerCase().includes(pattern.toLowerCase()))) {
    return false;
  }
  return true;
}
function isLikelyRealPassword(password) {
  if (password.length < 4)
    return false;
  if (isVariableLikeString$1(password))
    return false;
  if (BUILTIN_IGNORED_PATTERNS$1.some((pattern) => password.toLowerCase().includes(pattern.toLowerCase()))) {
    return false;
  }
  if (/^(.)\1{3,}$/.test(password))
    return false;
  return true;
}
function reportIfFoundBasicAuth({ source, options, context, t }) {
  const URL_PATTERN = /(?<protocol>(?:https?|ftp|ftps)):\/\/(?<user>[-a-zA-Z0-9_]{1,256}):(?<password>[-a-zA-Z0-9_]{1,256})@[-a-zA-Z0-9%._+~#=]{1,256}\.[a-zA-Z0-9()]{1,6}\b/g;
  const results = source.content.matchAll(URL_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const username = result.groups?.user;
    const password = result.groups?.password;
    if (!username || !password)
      continue;
    if (!isLikelyRealUsername(username))
      continue;
    if (!isLikelyRealPassword(password))
      continue;
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("BasicAuth", {
        CREDENTIAL: match
      }),
      range
    });
  }
}
var creator$o = {
  messages: messages$n,
  meta: {
    id: "@secretlint/secretlint-rule-basicauth",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-basicauth/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$n);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundBasicAuth({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$m = {
  OPENAI_TOKEN: {
    en: (props) => `found OpenAI API token: ${props.TOKEN}`,
    ja: (props) => `OpenAI API \u30C8\u30FC\u30AF\u30F3: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$n = {
  messages: messages$m,
  meta: {
    id: "@secretlint/secretlint-rule-openai",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-openai/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$m);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = /sk-(?:proj|svcacct|admin)-(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})T3BlbkFJ(?:[A-Za-z0-9_-]{74}|[A-Za-z0-9_-]{58})\b|sk-[a-zA-Z0-9]{20}T3BlbkFJ[a-zA-Z0-9]{20}/g;
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("OPENAI_TOKEN", {
              TOKEN: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$l = {
  ANTHROPIC_API_KEY: {
    en: (props) => `found Anthropic Claude API key: ${props.KEY}`,
    ja: (props) => `Anthropic Claude API \u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$m = {
  messages: messages$l,
  meta: {
    id: "@secretlint/secretlint-rule-anthropic",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-anthropic/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$l);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})sk-ant-api0\\d-[A-Za-z0-9_-]{90,128}AA(?![A-Za-z0-9_-])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("ANTHROPIC_API_KEY", {
              KEY: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$k = {
  GROQ_API_KEY: {
    en: (props) => `found Groq API key: ${props.KEY}`,
    ja: (props) => `Groq API \u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$l = {
  messages: messages$k,
  meta: {
    id: "@secretlint/secretlint-rule-groq",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-groq/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$k);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})gsk_[a-zA-Z0-9]{52}(?![a-zA-Z0-9])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("GROQ_API_KEY", {
              KEY: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$j = {
  HUGGINGFACE_USER_ACCESS_TOKEN: {
    en: (props) => `found Hugging Face User Access Token: ${props.TOKEN}`,
    ja: (props) => `Hugging Face User Access Token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$k = {
  messages: messages$j,
  meta: {
    id: "@secretlint/secretlint-rule-huggingface",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-huggingface/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$j);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})hf_[a-zA-Z]{34}(?![a-zA-Z])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("HUGGINGFACE_USER_ACCESS_TOKEN", {
              TOKEN: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$i = {
  LINEAR_API_TOKEN: {
    en: (props) => `found linear api token: ${props.ID}`,
    ja: (props) => `linear api token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$j = {
  messages: messages$i,
  meta: {
    id: "@secretlint/secretlint-rule-linear",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-linear/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$i);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})lin_api_[a-zA-Z0-9_]{32,128}(?![a-zA-Z0-9_])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("LINEAR_API_TOKEN", {
              ID: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$h = {
  NOTION_INTEGRATION_TOKEN: {
    en: (props) => `found Notion integration token: ${props.TOKEN}`,
    ja: (props) => `Notion integration \u30C8\u30FC\u30AF\u30F3: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFoundToken({ source, options, context, t }) {
  const NOTION_INTEGRATION_TOKEN_PATTERN = new RegExp("(?<!\\p{L})ntn_[0-9]{11}[A-Za-z0-9]{35}(?![A-Za-z0-9])", "gu");
  const results = source.content.matchAll(NOTION_INTEGRATION_TOKEN_PATTERN);
  for (const result of results) {
    const index = result.index ?? 0;
    const match = result[0] ?? "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("NOTION_INTEGRATION_TOKEN", {
        TOKEN: match
      }),
      range
    });
  }
}
var creator$i = {
  messages: messages$h,
  meta: {
    id: "@secretlint/secretlint-rule-notion",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-notion/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$h);
    const normalizedOptions = {
      allows: options.allows ?? []
    };
    return {
      file(source) {
        reportIfFoundToken({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$g = {
  PrivateKey: {
    en: (props) => `found private key: ${props.KEY}`,
    ja: (props) => `\u79D8\u5BC6\u9375: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var PEM_CONTENT_PATTERN = /-----BEGIN[ ]?(?:(?:RSA|DSA|EC|OPENSSH|PGP) )?PRIVATE KEY(?: BLOCK)?-----\n?([A-Za-z0-9+/=\s\\]{100,10000})\n?-----END[ ]?(?:(?:RSA|DSA|EC|OPENSSH|PGP) )?PRIVATE KEY(?: BLOCK)?-----/gm;
function validateBase64KeyContent(base64Content) {
  if (!/^[A-Za-z0-9+/]+=*$/.test(base64Content)) {
    return false;
  }
  if (base64Content.length < 100) {
    return false;
  }
  const validMagicBytes = /^(MI|b3BlbnNzaC1rZXktdjE)/;
  if (!validMagicBytes.test(base64Content)) {
    return false;
  }
  return true;
}
function reportIfFoundRawPrivateKey({ source, options, context, t }) {
  const results = source.content.matchAll(PEM_CONTENT_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const base64Raw = result[1] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    const base64Content = base64Raw.replace(/\s|\\n/g, "");
    if (!validateBase64KeyContent(base64Content)) {
      continue;
    }
    context.report({
      message: t("PrivateKey", {
        KEY: match
      }),
      range
    });
  }
}
var creator$h = {
  messages: messages$g,
  meta: {
    id: "@secretlint/secretlint-rule-privatekey",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-privatekey/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$g);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundRawPrivateKey({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$f = {
  SENDGRID_KEY: {
    en: (props) => `found Sendgrid api key: ${props.KEY}`,
    ja: (props) => `Sendgrid API\u30AD\u30FC\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F\uFF1A ${props.KEY}`
  }
};
function reportIfFoundKey$3({ source, options, context, t }) {
  const SENDGRID_KEY_PATTERN = new RegExp("(?<!\\p{L})SG\\.\\w{1,128}\\.\\w{1,128}([-_]?)\\w{1,128}(?!\\w)", "gu");
  const results = source.content.matchAll(SENDGRID_KEY_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    if (match.length !== 69) {
      continue;
    }
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("SENDGRID_KEY", {
        KEY: match
      }),
      range
    });
  }
}
var creator$g = {
  messages: messages$f,
  meta: {
    id: "@secretlint/secretlint-rule-sendgrid",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-sendgrid/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$f);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundKey$3({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$e = {
  SHOPIFY_KEY: {
    en: (props) => `found Shopify api key: ${props.KEY}`,
    ja: (props) => `Shopify API\u30AD\u30FC\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F\uFF1A ${props.KEY}`
  }
};
function reportIfFoundKey$2({ source, options, context, t }) {
  const SHOPIFY_KEY_PATTERN = new RegExp("(?<!\\p{L})(shppa|shpca|shpat|shpss)_[a-zA-Z0-9]{32,64}(?![a-zA-Z0-9])", "gu");
  const results = source.content.matchAll(SHOPIFY_KEY_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("SHOPIFY_KEY", {
        KEY: match
      }),
      range
    });
  }
}
var creator$f = {
  messages: messages$e,
  meta: {
    id: "@secretlint/secretlint-rule-shopify",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-shopify/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$e);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundKey$2({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$d = {
  STRIPE_SECRET_KEY_LIVE: {
    en: (props) => `found Stripe Live Secret Key: ${props.KEY}`,
    ja: (props) => `Stripe Live Secret Key\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.KEY}`
  },
  STRIPE_SECRET_KEY_TEST: {
    en: (props) => `found Stripe Test Secret Key: ${props.KEY}`,
    ja: (props) => `Stripe Test Secret Key\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.KEY}`
  },
  STRIPE_RESTRICTED_KEY_LIVE: {
    en: (props) => `found Stripe Live Restricted Key: ${props.KEY}`,
    ja: (props) => `Stripe Live Restricted Key\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.KEY}`
  },
  STRIPE_RESTRICTED_KEY_TEST: {
    en: (props) => `found Stripe Test Restricted Key: ${props.KEY}`,
    ja: (props) => `Stripe Test Restricted Key\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.KEY}`
  }
};
var messageIdMap$1 = {
  sk_live: "STRIPE_SECRET_KEY_LIVE",
  sk_test: "STRIPE_SECRET_KEY_TEST",
  rk_live: "STRIPE_RESTRICTED_KEY_LIVE",
  rk_test: "STRIPE_RESTRICTED_KEY_TEST"
};
var STRIPE_KEY_PATTERN = new RegExp("(?<!\\p{L})(?<prefix>sk_live|sk_test|rk_live|rk_test)_[a-zA-Z0-9]{24,99}(?![a-zA-Z0-9])", "gu");
function reportIfFound$2({ source, options, context, t }) {
  const results = source.content.matchAll(STRIPE_KEY_PATTERN);
  for (const result of results) {
    const index = result.index ?? 0;
    const match = result[0] ?? "";
    const prefix = result.groups?.["prefix"];
    if (!prefix) {
      continue;
    }
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t(messageIdMap$1[prefix], {
        KEY: match
      }),
      range
    });
  }
}
var creator$e = {
  messages: messages$d,
  meta: {
    id: "@secretlint/secretlint-rule-stripe",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-stripe/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$d);
    const normalizedOptions = {
      allows: options.allows ?? []
    };
    return {
      file(source) {
        reportIfFound$2({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$c = {
  GITHUB_TOKEN: {
    en: (props) => `found GitHub Token(${props.typeName}): ${props.KEY}`,
    ja: (props) => `GitHub Token(${props.typeName})\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F\uFF1A ${props.KEY}`
  }
};
var typeMap = /* @__PURE__ */ new Map([
  ["ghp", "GitHub personal access tokens"],
  ["gho", "OAuth access tokens"],
  ["ghu", "GitHub user-to-server tokens"],
  ["ghs", "GitHub server-to-server tokens"],
  ["ghr", "refresh tokens"],
  ["github_pat", "fine-grained personal access tokens"]
]);
function reportIfFoundKey$1({ pattern, source, options, context, t }) {
  const results = source.content.matchAll(pattern);
  for (const result of results) {
    const index = result.index || 0;
    const type = result.groups?.type;
    const typeName = typeMap.get(type);
    if (!typeName) {
      throw new Error("Unknown type:" + typeName);
    }
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("GITHUB_TOKEN", {
        KEY: match,
        typeName
      }),
      range
    });
  }
}
var creator$d = {
  messages: messages$c,
  meta: {
    id: "@secretlint/secretlint-rule-github",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-github/README.md"
    }
  },
  create(context, options) {
    const CLASSIC_GITHUB_TOKEN_PATTERN = new RegExp("(?<!\\p{L})(?<type>ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9_]{36}(?![A-Za-z0-9_])", "gu");
    const FINE_GRAINED_GITHUB_TOKEN_PATTERN = new RegExp("(?<!\\p{L})(?<type>github_pat)_[A-Za-z0-9_]{82}(?![A-Za-z0-9_])", "gu");
    const GITHUB_APP_INSTALLATION_TOKEN_PATTERN = new RegExp("(?<!\\p{L})(?<type>ghs)_[0-9]{1,20}_[A-Za-z0-9_-]{1,1000}\\.[A-Za-z0-9_-]{1,10000}\\.[A-Za-z0-9_-]{1,1000}(?![A-Za-z0-9_-])", "gu");
    const patterns = [
      CLASSIC_GITHUB_TOKEN_PATTERN,
      FINE_GRAINED_GITHUB_TOKEN_PATTERN,
      GITHUB_APP_INSTALLATION_TOKEN_PATTERN
    ];
    const t = context.createTranslator(messages$c);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        for (const pattern of patterns) {
          reportIfFoundKey$1({ pattern, source, options: normalizedOptions, context, t });
        }
      }
    };
  }
};
var messages$b = {
  GITLAB_PERSONAL_ACCESS_TOKEN: {
    en: (props) => `found GitLab Personal Access Token: ${props.KEY}`,
    ja: (props) => `GitLab Personal Access Token\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.KEY}`
  }
};
function reportIfFoundKey({ pattern, source, options, context, t }) {
  const results = source.content.matchAll(pattern);
  for (const result of results) {
    const index = result.index ?? 0;
    const match = result[0] ?? "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("GITLAB_PERSONAL_ACCESS_TOKEN", {
        KEY: match
      }),
      range
    });
  }
}
var creator$c = {
  messages: messages$b,
  meta: {
    id: "@secretlint/secretlint-rule-gitlab",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-gitlab/README.md"
    }
  },
  create(context, options) {
    const GITLAB_PERSONAL_ACCESS_TOKEN_PATTERN = new RegExp("(?<!\\p{L})glpat-[A-Za-z0-9_-]{20,128}(?![A-Za-z0-9_-])", "gu");
    const patterns = [GITLAB_PERSONAL_ACCESS_TOKEN_PATTERN];
    const t = context.createTranslator(messages$b);
    const normalizedOptions = {
      allows: options.allows ?? []
    };
    return {
      file(source) {
        for (const pattern of patterns) {
          reportIfFoundKey({ pattern, source, options: normalizedOptions, context, t });
        }
      }
    };
  }
};
var messages$a = {
  GRAFANA_CLOUD_API_TOKEN: {
    en: (props) => `found Grafana Cloud API token: ${props.TOKEN}`,
    ja: (props) => `Grafana Cloud API \u30C8\u30FC\u30AF\u30F3: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  GRAFANA_SERVICE_ACCOUNT_TOKEN: {
    en: (props) => `found Grafana Service Account token: ${props.TOKEN}`,
    ja: (props) => `Grafana Service Account \u30C8\u30FC\u30AF\u30F3: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFound$1({ pattern, messageId, source, options, context, t }) {
  const results = source.content.matchAll(pattern);
  for (const result of results) {
    const index = result.index ?? 0;
    const match = result[0] ?? "";
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    const range = [index, index + match.length];
    context.report({
      message: t(messageId, {
        TOKEN: match
      }),
      range
    });
  }
}
var creator$b = {
  messages: messages$a,
  meta: {
    id: "@secretlint/secretlint-rule-grafana",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-grafana/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$a);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    const GRAFANA_CLOUD_API_TOKEN_PATTERN = new RegExp("(?<!\\p{L})glc_[A-Za-z0-9+/]{32,400}={0,2}(?![A-Za-z0-9+/=])", "gu");
    const GRAFANA_SERVICE_ACCOUNT_TOKEN_PATTERN = new RegExp("(?<!\\p{L})glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}(?![A-Fa-f0-9])", "gu");
    return {
      file(source) {
        reportIfFound$1({
          pattern: GRAFANA_CLOUD_API_TOKEN_PATTERN,
          messageId: "GRAFANA_CLOUD_API_TOKEN",
          source,
          options: normalizedOptions,
          context,
          t
        });
        reportIfFound$1({
          pattern: GRAFANA_SERVICE_ACCOUNT_TOKEN_PATTERN,
          messageId: "GRAFANA_SERVICE_ACCOUNT_TOKEN",
          source,
          options: normalizedOptions,
          context,
          t
        });
      }
    };
  }
};
var messages$9 = {
  OPS_TOKEN: {
    en: (props) => `found 1Password Service Account token: ${props.TOKEN}`,
    ja: (props) => `1Password Service Account: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var is1PasswordServiceAccountToken = (base64String) => {
  try {
    const jsonString = atob(base64String.replace(/-/g, "+").replace(/_/g, "/"));
    const json = JSON.parse(jsonString);
    return typeof json === "object" && json !== null;
  } catch (error) {
    return false;
  }
};
var creator$a = {
  messages: messages$9,
  meta: {
    id: "@secretlint/secretlint-rule-1password",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-1password/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$9);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})ops_(ey[A-Za-z0-9+/=]{100,1280}fQ={0,2})(?![A-Za-z0-9+/=])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const base64String = match[1] ?? "";
          if (!is1PasswordServiceAccountToken(base64String)) {
            continue;
          }
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("OPS_TOKEN", {
              TOKEN: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$8 = {
  MongoDBConnection: {
    en: (props) => `found MongoDB connection string: ${props.URI}`,
    ja: (props) => `MongoDB\u63A5\u7D9A\u6587\u5B57\u5217: ${props.URI} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  MySQLConnection: {
    en: (props) => `found MySQL connection string: ${props.URI}`,
    ja: (props) => `MySQL\u63A5\u7D9A\u6587\u5B57\u5217: ${props.URI} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  PostgreSQLConnection: {
    en: (props) => `found PostgreSQL connection string: ${props.URI}`,
    ja: (props) => `PostgreSQL\u63A5\u7D9A\u6587\u5B57\u5217: ${props.URI} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var BUILTIN_IGNORED_PATTERNS = [
  "localhost",
  "127.0.0.1",
  "example.com",
  "example.org",
  "test.com",
  "password",
  "username",
  "secret",
  "mypassword",
  "myusername",
  "root",
  "admin",
  "user",
  "pass",
  "{password}",
  "${password}",
  "{{password}}",
  "{username}",
  "${username}",
  "{{username}}",
  "YOUR_PASSWORD",
  "YOUR_USERNAME",
  "REPLACE_WITH_PASSWORD"
];
function isVariableLikeString(str) {
  const variablePatterns = [
    /\$\{[^}]{1,50}\}/,
    // ${var}
    /\{\{[^}]{1,50}\}\}/,
    // {{var}}
    /\{[^}]{1,50}\}/,
    // {var}
    /%[A-Z_]{1,30}%/,
    // %VAR%
    /\$[A-Z_]{1,30}/,
    // $VAR
    /\$\([^)]{1,50}\)/
    // $(var)
  ];
  return variablePatterns.some((pattern) => pattern.test(str));
}
function isLikelyRealCredential(username, password) {
  if (username === password)
    return false;
  if (password.length < 4)
    return false;
  if (isVariableLikeString(password))
    return false;
  const passwordLower = password.toLowerCase();
  if (BUILTIN_IGNORED_PATTERNS.some((pattern) => passwordLower === pattern.toLowerCase())) {
    return false;
  }
  if (/^(.)\1{3,}$/.test(password))
    return false;
  return true;
}
function reportMongoDBConnectionString({ source, options, context, t }) {
  const MONGODB_PATTERN = /mongodb(?:\+srv)?:\/\/(?:(?<username>[^:\/\s]{1,100}):(?<password>[^@\/\s]{1,200})@)?(?<host>[^\/\s?]{1,100})(?:\/(?<database>[^?\s]{0,100}))?(?:\?(?<options>[^\s]{0,500}))?/gi;
  const results = source.content.matchAll(MONGODB_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const username = result.groups?.username;
    const password = result.groups?.password;
    if (!username || !password)
      continue;
    if (!isLikelyRealCredential(username, password))
      continue;
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("MongoDBConnection", {
        URI: match
      }),
      range
    });
  }
}
function reportMySQLConnectionString({ source, options, context, t }) {
  const MYSQL_URI_PATTERN = /(?:jdbc:)?mysql(?:x)?:\/\/(?:(?<username>[^:\/\s]{1,100}):(?<password>[^@\/\s]{1,200})@)?(?<host>[^\/\s?]{1,100})(?:\/(?<database>[^?\s]{0,100}))?(?:\?(?<options>[^\s]{0,500}))?/gi;
  const results = source.content.matchAll(MYSQL_URI_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const username = result.groups?.username;
    const password = result.groups?.password;
    if (!username || !password)
      continue;
    if (!isLikelyRealCredential(username, password))
      continue;
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("MySQLConnection", {
        URI: match
      }),
      range
    });
  }
}
function reportPostgreSQLConnectionString({ source, options, context, t }) {
  const POSTGRESQL_URI_PATTERN = /postgres(?:ql)?:\/\/(?:(?<username>[^:\/\s]{1,100}):(?<password>[^@\/\s]{1,200})@)?(?<host>[^\/\s?]{1,100})(?:\/(?<database>[^?\s]{0,100}))?(?:\?(?<options>[^\s]{0,500}))?/gi;
  const results = source.content.matchAll(POSTGRESQL_URI_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const username = result.groups?.username;
    const password = result.groups?.password;
    if (!username || !password)
      continue;
    if (!isLikelyRealCredential(username, password))
      continue;
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("PostgreSQLConnection", {
        URI: match
      }),
      range
    });
  }
}
var creator$9 = {
  messages: messages$8,
  meta: {
    id: "@secretlint/secretlint-rule-database-connection-string",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-database-connection-string/README.md"
    }
  },
  create(context, options) {
    const normalizedOptions = {
      allows: options.allows || []
    };
    const t = context.createTranslator(messages$8);
    return {
      file(source) {
        reportMongoDBConnectionString({ source, options: normalizedOptions, context, t });
        reportMySQLConnectionString({ source, options: normalizedOptions, context, t });
        reportPostgreSQLConnectionString({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$7 = {
  HASHICORP_VAULT_SERVICE_TOKEN: {
    en: (props) => `found HashiCorp Vault service token: ${props.TOKEN}`,
    ja: (props) => `HashiCorp Vault service token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  HASHICORP_VAULT_BATCH_TOKEN: {
    en: (props) => `found HashiCorp Vault batch token: ${props.TOKEN}`,
    ja: (props) => `HashiCorp Vault batch token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  HASHICORP_VAULT_RECOVERY_TOKEN: {
    en: (props) => `found HashiCorp Vault recovery token: ${props.TOKEN}`,
    ja: (props) => `HashiCorp Vault recovery token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var serviceTokenPattern = new RegExp("(?<!\\p{L})hvs\\.[A-Za-z0-9_-]{90,120}(?![A-Za-z0-9_-])", "gu");
var batchTokenPattern = new RegExp("(?<!\\p{L})hvb\\.[A-Za-z0-9_-]{138,300}(?![A-Za-z0-9_-])", "gu");
var recoveryTokenPattern = new RegExp("(?<!\\p{L})hvr\\.[A-Za-z0-9_-]{90,120}(?![A-Za-z0-9_-])", "gu");
var creator$8 = {
  messages: messages$7,
  meta: {
    id: "@secretlint/secretlint-rule-hashicorp-vault",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-hashicorp-vault/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$7);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    const reportMatches = (source, pattern, messageId) => {
      const matches = source.content.matchAll(pattern);
      for (const match of matches) {
        const index = match.index ?? 0;
        const matchString = match[0] ?? "";
        const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
        if (allowedResults.length > 0) {
          continue;
        }
        const range = [index, index + matchString.length];
        context.report({
          message: t(messageId, {
            TOKEN: matchString
          }),
          range
        });
      }
    };
    return {
      file(source) {
        reportMatches(source, serviceTokenPattern, "HASHICORP_VAULT_SERVICE_TOKEN");
        reportMatches(source, batchTokenPattern, "HASHICORP_VAULT_BATCH_TOKEN");
        reportMatches(source, recoveryTokenPattern, "HASHICORP_VAULT_RECOVERY_TOKEN");
      }
    };
  }
};
var messages$6 = {
  VERCEL_PERSONAL_ACCESS_TOKEN: {
    en: (props) => `found Vercel personal access token: ${props.ID}`,
    ja: (props) => `Vercel personal access token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  VERCEL_INTEGRATION_TOKEN: {
    en: (props) => `found Vercel integration token: ${props.ID}`,
    ja: (props) => `Vercel integration token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  VERCEL_APP_ACCESS_TOKEN: {
    en: (props) => `found Vercel app access token: ${props.ID}`,
    ja: (props) => `Vercel app access token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  VERCEL_APP_REFRESH_TOKEN: {
    en: (props) => `found Vercel app refresh token: ${props.ID}`,
    ja: (props) => `Vercel app refresh token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  VERCEL_AI_GATEWAY_API_KEY: {
    en: (props) => `found Vercel AI Gateway API key: ${props.ID}`,
    ja: (props) => `Vercel AI Gateway API key: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var prefixToMessageId = {
  vcp: "VERCEL_PERSONAL_ACCESS_TOKEN",
  vci: "VERCEL_INTEGRATION_TOKEN",
  vca: "VERCEL_APP_ACCESS_TOKEN",
  vcr: "VERCEL_APP_REFRESH_TOKEN",
  vck: "VERCEL_AI_GATEWAY_API_KEY"
};
var creator$7 = {
  messages: messages$6,
  meta: {
    id: "@secretlint/secretlint-rule-vercel",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-vercel/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$6);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})(?<prefix>vcp|vci|vca|vcr|vck)_[A-Za-z0-9]{20,60}(?![A-Za-z0-9])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const prefix = match.groups?.prefix;
          const messageId = prefixToMessageId[prefix];
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t(messageId, {
              ID: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$5 = {
  DATABRICKS_PERSONAL_ACCESS_TOKEN: {
    en: (props) => `found Databricks personal access token: ${props.ID}`,
    ja: (props) => `Databricks personal access token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$6 = {
  messages: messages$5,
  meta: {
    id: "@secretlint/secretlint-rule-databricks",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-databricks/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$5);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})dapi[A-Fa-f0-9]{32}(?:-[0-9])?(?![A-Fa-f0-9])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("DATABRICKS_PERSONAL_ACCESS_TOKEN", {
              ID: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$4 = {
  DOCKER_PERSONAL_ACCESS_TOKEN: {
    en: (props) => `found Docker Personal Access Token: ${props.TOKEN}`,
    ja: (props) => `Docker Personal Access Token: ${props.TOKEN} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
function reportIfFoundDockerPAT({ source, options, context, t }) {
  const DOCKER_PAT_PATTERN = new RegExp("(?<!\\p{L})dckr_pat_[a-zA-Z0-9_-]{27}(?![a-zA-Z0-9_-])", "gu");
  const results = source.content.matchAll(DOCKER_PAT_PATTERN);
  for (const result of results) {
    const index = result.index || 0;
    const match = result[0] || "";
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t("DOCKER_PERSONAL_ACCESS_TOKEN", {
        TOKEN: match
      }),
      range
    });
  }
}
var creator$5 = {
  messages: messages$4,
  meta: {
    id: "@secretlint/secretlint-rule-docker",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-docker/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$4);
    const normalizedOptions = {
      allows: options.allows || []
    };
    return {
      file(source) {
        reportIfFoundDockerPAT({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$3 = {
  FIGMA_PERSONAL_ACCESS_TOKEN: {
    en: (props) => `found Figma Personal Access Token: ${props.ID}`,
    ja: (props) => `Figma Personal Access Token: ${props.ID} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var creator$4 = {
  messages: messages$3,
  meta: {
    id: "@secretlint/secretlint-rule-figma",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-figma/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$3);
    const normalizedOptions = {
      allows: options?.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})figd_[A-Za-z0-9_-]{40,200}(?![A-Za-z0-9_-])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const range = [index, index + matchString.length];
          context.report({
            message: t("FIGMA_PERSONAL_ACCESS_TOKEN", {
              ID: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var messages$2 = {
  CLOUDFLARE_GLOBAL_API_KEY: {
    en: (props) => `found Cloudflare Global API Key: ${props.TOKEN}`,
    ja: (props) => `Cloudflare Global API Key\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.TOKEN}`
  },
  CLOUDFLARE_USER_API_TOKEN: {
    en: (props) => `found Cloudflare User API Token: ${props.TOKEN}`,
    ja: (props) => `Cloudflare User API Token\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.TOKEN}`
  },
  CLOUDFLARE_ACCOUNT_API_TOKEN: {
    en: (props) => `found Cloudflare Account API Token: ${props.TOKEN}`,
    ja: (props) => `Cloudflare Account API Token\u304C\u898B\u3064\u304B\u308A\u307E\u3057\u305F: ${props.TOKEN}`
  }
};
var messageIdMap = {
  cfk: "CLOUDFLARE_GLOBAL_API_KEY",
  cfut: "CLOUDFLARE_USER_API_TOKEN",
  cfat: "CLOUDFLARE_ACCOUNT_API_TOKEN"
};
var CLOUDFLARE_TOKEN_PATTERN = new RegExp("(?<!\\p{L})(?<prefix>cfk|cfut|cfat)_[A-Za-z0-9]{40}[0-9a-f]{8}(?![A-Za-z0-9])", "gu");
function reportIfFound({ source, options, context, t }) {
  const results = source.content.matchAll(CLOUDFLARE_TOKEN_PATTERN);
  for (const result of results) {
    const index = result.index ?? 0;
    const match = result[0] ?? "";
    const prefix = result.groups?.["prefix"];
    if (!prefix) {
      continue;
    }
    const range = [index, index + match.length];
    const allowedResults = regexpStringMatcherExports.matchPatterns(match, options.allows);
    if (allowedResults.length > 0) {
      continue;
    }
    context.report({
      message: t(messageIdMap[prefix], {
        TOKEN: match
      }),
      range
    });
  }
}
var creator$3 = {
  messages: messages$2,
  meta: {
    id: "@secretlint/secretlint-rule-cloudflare",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-cloudflare/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$2);
    const normalizedOptions = {
      allows: options.allows ?? []
    };
    return {
      file(source) {
        reportIfFound({ source, options: normalizedOptions, context, t });
      }
    };
  }
};
var messages$1 = {
  TAILSCALE_API_KEY: {
    en: (props) => `found Tailscale API access token: ${props.KEY}`,
    ja: (props) => `Tailscale API \u30A2\u30AF\u30BB\u30B9\u30C8\u30FC\u30AF\u30F3: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  TAILSCALE_AUTH_KEY: {
    en: (props) => `found Tailscale pre-authentication key: ${props.KEY}`,
    ja: (props) => `Tailscale \u4E8B\u524D\u8A8D\u8A3C\u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  TAILSCALE_CLIENT_KEY: {
    en: (props) => `found Tailscale OAuth client key: ${props.KEY}`,
    ja: (props) => `Tailscale OAuth \u30AF\u30E9\u30A4\u30A2\u30F3\u30C8\u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  TAILSCALE_SCIM_KEY: {
    en: (props) => `found Tailscale SCIM key: ${props.KEY}`,
    ja: (props) => `Tailscale SCIM \u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  TAILSCALE_WEBHOOK_KEY: {
    en: (props) => `found Tailscale webhook key: ${props.KEY}`,
    ja: (props) => `Tailscale Webhook \u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  },
  TAILSCALE_KEY: {
    en: (props) => `found Tailscale key: ${props.KEY}`,
    ja: (props) => `Tailscale \u30AD\u30FC: ${props.KEY} \u304C\u307F\u3064\u304B\u308A\u307E\u3057\u305F`
  }
};
var messageIdByType = {
  api: "TAILSCALE_API_KEY",
  auth: "TAILSCALE_AUTH_KEY",
  client: "TAILSCALE_CLIENT_KEY",
  scim: "TAILSCALE_SCIM_KEY",
  webhook: "TAILSCALE_WEBHOOK_KEY"
};
var creator$2 = {
  messages: messages$1,
  meta: {
    id: "@secretlint/secretlint-rule-tailscale",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-tailscale/README.md"
    }
  },
  create(context, options) {
    const t = context.createTranslator(messages$1);
    const normalizedOptions = {
      allows: options.allows ?? []
    };
    return {
      file(source) {
        const pattern = new RegExp("(?<!\\p{L})tskey-(?<type>[a-z]{2,20})-[0-9A-Za-z_]{8,40}-[0-9A-Za-z_]{16,60}(?![0-9A-Za-z_])", "gu");
        const matches = source.content.matchAll(pattern);
        for (const match of matches) {
          const index = match.index ?? 0;
          const matchString = match[0] ?? "";
          const type = match.groups?.type ?? "";
          const range = [index, index + matchString.length];
          const allowedResults = regexpStringMatcherExports.matchPatterns(matchString, normalizedOptions.allows);
          if (allowedResults.length > 0) {
            continue;
          }
          const messageId = messageIdByType[type] ?? "TAILSCALE_KEY";
          context.report({
            message: t(messageId, {
              KEY: matchString
            }),
            range
          });
        }
      }
    };
  }
};
var HTML_COMMENT_REGEXP = /(?<type>secretlint-(?:disable-next-line|disable-line|disable|enable))(?<options>.*)/g;
var parseComments = (source) => {
  const matches = source.content.matchAll(HTML_COMMENT_REGEXP);
  return Array.from(matches).map((match) => {
    const type = match.groups?.type;
    const index = match.index;
    if (type === "secretlint-disable-line") {
      return {
        type,
        options: parseComment(match.groups?.options),
        line: source.indexToPosition(index).line
      };
    }
    if (type === "secretlint-disable-next-line") {
      return {
        type,
        options: parseComment(match.groups?.options),
        line: source.indexToPosition(index).line + 1
      };
    }
    return {
      type,
      options: parseComment(match.groups?.options),
      index
    };
  });
};
function parseComment(options) {
  if (!options) {
    return [];
  }
  const commentStart = options.indexOf("--");
  const ruleIdString = commentStart === -1 ? options : options.slice(0, commentStart);
  return ruleIdString.split(/,/).map((arg) => arg.trim()).filter((arg) => arg !== "") ?? [];
}
var CommentState = class {
  source;
  reportingConfig;
  endIndex;
  constructor(source) {
    this.source = source;
    this.reportingConfig = [];
    this.endIndex = source.content.length;
  }
  getIgnoringMessages() {
    const isFilledMessage = (message) => {
      return message.startIndex !== null && message.endIndex !== null && message.ruleId !== null;
    };
    return this.reportingConfig.map((reporting) => {
      if (reporting.endIndex === null) {
        reporting.endIndex = this.endIndex;
      }
      return reporting;
    }).filter(isFilledMessage);
  }
  disableLine(lineNumber, rulesToDisable) {
    const reportingConfig = this.reportingConfig;
    const range = this.source.locationToRange({
      start: {
        line: lineNumber,
        column: 0
      },
      end: {
        line: lineNumber + 1,
        column: 0
      }
    });
    if (rulesToDisable.length) {
      rulesToDisable.forEach((ruleId) => {
        reportingConfig.push({
          startIndex: range[0],
          endIndex: range[1] - 1,
          ruleId
        });
      });
    } else {
      reportingConfig.push({
        startIndex: range[0],
        endIndex: range[1] - 1,
        ruleId: "*"
      });
    }
  }
  /**
   * Add data to reporting configuration to disable reporting for list of rules
   * starting from start location
   * @returns {void}
   */
  disableReporting(startIndex, rulesToDisable) {
    const reportingConfig = this.reportingConfig;
    if (rulesToDisable.length) {
      rulesToDisable.forEach(function(ruleId) {
        reportingConfig.push({
          startIndex,
          endIndex: null,
          ruleId
        });
      });
    } else {
      reportingConfig.push({
        startIndex,
        endIndex: null,
        ruleId: "*"
      });
    }
  }
  /**
   * Add data to reporting configuration to enable reporting for list of rules
   * starting from start location
   */
  enableReporting(endIndex, rulesToEnable) {
    const reportingConfig = this.reportingConfig;
    if (rulesToEnable.length) {
      rulesToEnable.forEach(function(ruleId) {
        for (let i = reportingConfig.length - 1; i >= 0; i--) {
          if (reportingConfig[i].endIndex === null && reportingConfig[i].ruleId === ruleId) {
            reportingConfig[i].endIndex = endIndex;
            break;
          }
        }
      });
    } else {
      for (const config of reportingConfig) {
        if (config.endIndex === null) {
          config.endIndex = endIndex;
        }
      }
    }
  }
};
var messages = {
  IGNORE_MESSAGE: {
    en: () => `disable by secretlint-disable comment`
  }
};
var creator$1 = {
  messages,
  meta: {
    id: "@secretlint/secretlint-rule-filter-comments",
    recommended: true,
    type: "scanner",
    supportedContentTypes: ["text"],
    docs: {
      url: "https://github.com/secretlint/secretlint/blob/master/packages/%40secretlint/secretlint-rule-filter-comments/README.md"
    }
  },
  create(context) {
    const t = context.createTranslator(messages);
    return {
      file(source) {
        const state = new CommentState(source);
        const comments = parseComments(source);
        for (const comment of comments) {
          if (comment.type === "secretlint-disable") {
            state.disableReporting(comment.index, comment.options);
          } else if (comment.type === "secretlint-enable") {
            state.enableReporting(comment.index, comment.options);
          } else if (comment.type === "secretlint-disable-line") {
            state.disableLine(comment.line, comment.options);
          } else if (comment.type === "secretlint-disable-next-line") {
            state.disableLine(comment.line, comment.options);
          }
        }
        state.getIgnoringMessages().forEach((message) => {
          context.ignore({
            message: t("IGNORE_MESSAGE"),
            range: [message.startIndex, message.endIndex],
            targetRuleId: message.ruleId
          });
        });
      }
    };
  }
};
var rules = [
  creator$s,
  creator$r,
  creator$h,
  creator$q,
  creator$o,
  creator$p,
  creator$g,
  creator$f,
  creator$e,
  creator$d,
  creator$c,
  creator$b,
  creator$n,
  creator$m,
  creator$l,
  creator$k,
  creator$j,
  creator$i,
  creator$a,
  creator$9,
  creator$8,
  creator$7,
  creator$6,
  creator$5,
  creator$4,
  creator$3,
  creator$2,
  creator$1
];
var creator = {
  meta: {
    id: "@secretlint/secretlint-rule-preset-recommend",
    recommended: true,
    type: "preset"
  },
  rules,
  create(context, _options) {
    rules.forEach((rule) => {
      context.registerRule(rule);
    });
  }
};

// src/checks/secrets/secretlint.ts
var CONFIG = {
  rules: [{ id: "@secretlint/secretlint-rule-preset-recommend", rule: creator }]
};
var lits = (...anchors) => ({ anchors });
var SECRET_ACCESS = ["SECRET", "secret", "Secret"].flatMap(
  (a) => ["ACCESS", "access", "Access"].flatMap((b) => [a + b, `${a}_${b}`])
);
var DB_SCHEMES = ["mongodb", "mysql", "postgres", "MONGODB", "MYSQL", "POSTGRES", "MongoDB", "MySQL", "Postgres"];
var SECRETLINT_CONDITIONS = [
  { anchors: SECRET_ACCESS, pattern: /(?:SECRET|secret|Secret)_?(?:ACCESS|access|Access)_?(?:KEY|key|Key)/ },
  lits("PRIVATE KEY", "x-oauth-basic", "_authToken="),
  { anchors: ["npm_"], pattern: /npm_[A-Za-z0-9_]{36}/ },
  { anchors: ["xox"], pattern: /xox[a-z]-/ },
  lits("xapp-", "hooks.slack.", "HOOKS.SLACK.", "Hooks.Slack."),
  { anchors: ["://"], pattern: /:\/\/[-\w]{1,256}:[-\w]{1,256}@/ },
  lits("T3BlbkFJ", "sk-ant-api", "gsk_"),
  { anchors: ["hf_"], pattern: /hf_[a-zA-Z]{34}/ },
  lits("lin_api_"),
  { anchors: ["ntn_"], pattern: /ntn_\d/ },
  lits("SG.", "shppa_", "shpca_", "shpat_", "shpss_", "sk_live_", "sk_test_", "rk_live_", "rk_test_"),
  lits("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "glc_", "glsa_", "ops_ey"),
  { anchors: DB_SCHEMES, pattern: new RegExp(`(?:${DB_SCHEMES.join("|")})[^:\\s]{0,10}:\\/\\/`) },
  lits("hvs.", "hvb.", "hvr.", "vcp_", "vci_", "vca_", "vcr_", "vck_"),
  { anchors: ["dapi"], pattern: /dapi[A-Fa-f0-9]{32}/ },
  lits("dckr_pat_", "figd_", "cfk_", "cfut_", "cfat_", "tskey-")
];
var escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
var PREFILTER_SOURCE = SECRETLINT_CONDITIONS.map((c) => c.pattern?.source ?? c.anchors.map(escapeRe).join("|")).join(
  "|"
);
var SECRETLINT_PREFILTER = new RegExp(PREFILTER_SOURCE);
var PREFILTER_ALL = new RegExp(PREFILTER_SOURCE, "g");
var metCache = /* @__PURE__ */ new Map();
function metConditions(text, holds) {
  const parts = [];
  for (const c of SECRETLINT_CONDITIONS) {
    const seen = c.anchors.filter(holds);
    if (!seen.length) continue;
    if (!c.pattern) parts.push(seen.map(escapeRe).join("|"));
    else if (c.pattern.test(text)) parts.push(c.pattern.source);
  }
  if (!parts.length) return void 0;
  const source = parts.join("|");
  let re = metCache.get(source);
  if (!re) metCache.set(source, re = new RegExp(source, "g"));
  return re;
}
var WINDOW_FROM = 64 * 1024;
var RADIUS = 6 * 1024;
function windows(text, prefilter = PREFILTER_ALL) {
  if (text.length <= WINDOW_FROM) return { text, toOriginal: (i) => i };
  const spans = [];
  prefilter.lastIndex = 0;
  for (let m = prefilter.exec(text); m; m = prefilter.exec(text)) {
    if (m[0].length === 0) prefilter.lastIndex++;
    const from = Math.max(0, m.index - RADIUS);
    const to = Math.min(text.length, m.index + m[0].length + RADIUS);
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  const starts = [];
  const parts = [];
  let at = 0;
  for (const [from, to] of spans) {
    starts.push(at);
    parts.push(text.slice(from, to));
    at += to - from + 1;
  }
  return {
    text: parts.join("\n"),
    toOriginal: (i) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= i) lo = mid;
        else hi = mid - 1;
      }
      return spans[lo][0] + (i - starts[lo]);
    }
  };
}
var MESSAGE_MAP = {
  "aws/AWSSecretAccessKey": "aws-secret-access-key",
  "aws/AWSAccessKeyID": "aws-access-key-id",
  "aws/AWSAccountID": null,
  "stripe/STRIPE_SECRET_KEY_TEST": null,
  "stripe/STRIPE_RESTRICTED_KEY_TEST": null,
  "slack/IncomingWebhook": "slack-webhook"
};
var RULE_MAP = {
  aws: "aws-secret-access-key",
  gcp: "gcp-service-account-key",
  npm: "npm-token",
  slack: "slack-token",
  basicauth: "url-credentials",
  openai: "openai-api-key",
  anthropic: "anthropic-api-key",
  groq: "groq-api-key",
  huggingface: "huggingface-token",
  linear: "linear-api-key",
  notion: "notion-token",
  privatekey: "private-key",
  sendgrid: "sendgrid-api-key",
  shopify: "shopify-token",
  stripe: "stripe-secret-key",
  github: "github-token",
  gitlab: "gitlab-token",
  grafana: "grafana-token",
  "1password": "onepassword-token",
  "database-connection-string": "database-url-password",
  "hashicorp-vault": "vault-token",
  vercel: "vercel-token",
  databricks: "databricks-token",
  docker: "docker-hub-token",
  figma: "figma-token",
  cloudflare: "cloudflare-api-token",
  tailscale: "tailscale-key"
};
function mapRule(ruleId, messageId) {
  const short = ruleId.replace(/^@secretlint\/secretlint-rule-/, "");
  const key = `${short}/${messageId ?? ""}`;
  if (key in MESSAGE_MAP) return MESSAGE_MAP[key];
  return RULE_MAP[short] ?? "secretlint-other";
}
var AWS_SECRET_VALUE = /(?:secret)_?(?:access)_?(?:key)["']?\s*(?::|=>|=)\s*["']?([A-Za-z0-9/+=]{40})/i;
var URL_PASSWORD = /:\/\/[^:/\s@]*:([^@/\s]+)@/;
function extractSecret(rule, text, start, end) {
  const raw = text.slice(start, end);
  if (rule === "aws-secret-access-key") {
    const m = AWS_SECRET_VALUE.exec(text.slice(start, start + 300));
    if (m) return { secret: m[1], index: start + m.index + m[0].length - m[1].length };
  }
  if (rule === "url-credentials") {
    const m = URL_PASSWORD.exec(raw);
    if (m) return { secret: m[1], index: start + m.index + m[0].length - 1 - m[1].length };
  }
  if (rule === "gcp-service-account-key") {
    const at = text.indexOf('"private_key"', start);
    const endAt = at >= 0 ? text.indexOf("PRIVATE KEY", at + 40) : -1;
    if (at >= 0 && endAt > at) return { secret: text.slice(at, endAt), index: at };
  }
  return { secret: raw.slice(0, 4e3), index: start };
}
async function runSecretlint(path2, text, met) {
  if (!met && !SECRETLINT_PREFILTER.test(text)) return [];
  const w = windows(text, met);
  const bom = w.text.charCodeAt(0) === 65279 ? 1 : 0;
  const content = w.text.slice(bom);
  const ext = /\.[^./]+$/.exec(path2)?.[0] ?? "";
  const result = await lintSource({
    source: { filePath: path2, content, ext, contentType: "text" },
    options: { config: CONFIG, maskSecrets: true, noPhysicFilePath: true }
  });
  const hits = [];
  for (const m of result.messages) {
    if (m.type !== "message") continue;
    const rule = mapRule(m.ruleId, m.messageId);
    if (!rule || rule === "database-url-password") continue;
    const [start, end] = m.range;
    const found = extractSecret(rule, content, start, end);
    hits.push({ rule, secret: found.secret, index: w.toOriginal(found.index + bom) });
  }
  return hits;
}

// src/checks/secrets/scan.ts
var LOCKFILE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|composer\.lock|Gemfile\.lock|poetry\.lock|Cargo\.lock|go\.sum|uv\.lock|Pipfile\.lock)$/;
var INTEGRITY_HASH = /\bsha(?:1|256|384|512)-[A-Za-z0-9+/]{20,}={0,2}|\bh1:[A-Za-z0-9+/]{20,}={0,2}/g;
function blankIntegrity(path2, text) {
  if (!LOCKFILE.test(path2)) return text;
  return text.replace(INTEGRITY_HASH, (h) => " ".repeat(h.length));
}
function runRule(r, c, out) {
  const text = c.text;
  const re = r.regex;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) re.lastIndex++;
    const g = m.groups ?? {};
    const name = g.s !== void 0 ? "s" : g.s2 !== void 0 ? "s2" : void 0;
    const secret = name ? g[name] : m[0];
    const index = name && !r.atMatch ? m.index + m[0].lastIndexOf(secret) : m.index;
    if (!secret || isIntegrity(secret)) continue;
    if (r.id !== "private-key" && isPlaceholder(secret)) continue;
    if (r.minEntropy && shannon(secret) < r.minEntropy) continue;
    let severity = r.severity ?? CATALOG[r.id].severity;
    if (r.accept) {
      const verdict = r.accept(secret, m, c);
      if (!verdict) continue;
      if (typeof verdict === "object" && verdict.severity) severity = verdict.severity;
    }
    out.push({ rule: r.id, severity, secret, index, engine: "rules" });
  }
}
function runRules(path2, text, seen, file = text) {
  const { ruleLiterals } = plan();
  const out = [];
  const context = { path: path2, text, file };
  const holds = (w) => file.includes(w) || text !== file && text.includes(w);
  RULES.forEach((rule, i) => {
    if (rule.path && !rule.path.test(path2)) return;
    const lits2 = ruleLiterals[i];
    if (lits2 && !lits2.ids.some((id) => seen[id]) && !lits2.words.some(holds)) return;
    if (rule.hint && !rule.hint.test(text) && (file === text || !rule.hint.test(file))) return;
    runRule(rule, context, out);
  });
  return out;
}
var ENGINE_SHAPE = {
  "slack-token": /^(?:xox[a-z](?:\.xox[a-z])?-(?:\d+-)?\d{6,}(?:-\d{6,}){0,2}-[A-Za-z0-9]{10,}|xapp-\d-[A-Z0-9]{6,}-\d{6,}-[A-Za-z0-9]{20,}|xoxe-\d-[A-Za-z0-9-]{60,})/,
  "shopify-token": /^shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}(?![A-Za-z0-9])/,
  "stripe-secret-key": { test: liveKeyBody },
  // Slack's webhook ids are 9+ upper-case characters and its secret 24 alphanumerics: `T00/B00/xxx` is a doc's example.
  "slack-webhook": /services\/T[A-Z0-9]{8,}\/B[A-Z0-9]{8,}\/[A-Za-z0-9]{20,}/
};
async function runEngine(path2, text, met) {
  const out = [];
  for (const h of await runSecretlint(path2, text, met)) {
    if (ENGINE_SHAPE[h.rule] && !ENGINE_SHAPE[h.rule].test(h.secret)) continue;
    if (h.rule !== "private-key" && isPlaceholder(h.secret)) continue;
    if (h.rule === "private-key" && !/[A-Za-z0-9+/]{40}/.test(h.secret)) continue;
    if (shannon(h.secret) < 2.5) continue;
    out.push({ ...h, severity: CATALOG[h.rule]?.severity ?? "high", engine: "secretlint" });
  }
  return out;
}
var GENERIC = /* @__PURE__ */ new Set([
  "url-credentials",
  "npm-token",
  "env-file-secret",
  "compose-password",
  "workflow-env-secret",
  "secretlint-other",
  "secret-assignment",
  "http-auth-header",
  "netrc-password",
  "kubernetes-secret-data"
]);
function merge(hits) {
  const sorted = [...hits].sort((a, b) => a.index - b.index || b.secret.length - a.secret.length);
  const kept = [];
  for (const h of sorted) {
    const prev = kept[kept.length - 1];
    const overlaps = prev && (h.index < prev.index + prev.secret.length || h.secret === prev.secret);
    if (!overlaps) {
      kept.push(h);
      continue;
    }
    const better = severityRank(h.severity) < severityRank(prev.severity) || h.severity === prev.severity && GENERIC.has(prev.rule) && !GENERIC.has(h.rule);
    if (better) kept[kept.length - 1] = h;
  }
  return kept;
}
function locate(text, hits) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return hits.map((h) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= h.index) lo = mid;
      else hi = mid - 1;
    }
    return {
      rule: h.rule,
      severity: h.severity,
      secret: h.secret,
      engine: h.engine,
      evidence: h.evidence ?? "shape",
      confidence: h.confidence ?? "likely",
      line: lo + 1,
      column: h.index - starts[lo] + 1
    };
  });
}
var utf8 = new TextDecoder("utf-8", { fatal: false });
function candidateOf(path2, bytes, text) {
  const { matcher, ruleLiterals } = plan();
  let seen = new Uint8Array(matcher.literals.length);
  let any = matcher.scan(bytes, seen) > 0 || ruleLiterals.includes(null);
  const rawBytes = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!any && (rawBytes.indexOf("\\u00") >= 0 || rawBytes.indexOf("%") >= 0)) {
    const variant = decodedVariant(text ?? utf8.decode(bytes));
    any = !!variant && matcher.scan(Buffer.from(variant, "utf8"), new Uint8Array(matcher.literals.length)) > 0;
  }
  if (!any && !RULES.some((r) => r.path?.test(path2))) return void 0;
  const raw = text ?? utf8.decode(bytes);
  const blanked = blankIntegrity(path2, raw);
  if (blanked !== raw) {
    seen = new Uint8Array(matcher.literals.length);
    matcher.scan(Buffer.from(blanked, "utf8"), seen);
  }
  return { path: path2, text: blanked, seen };
}
var ESCAPES = /\\u(?!00[01])[0-9a-fA-F]{4}|\\\/|%(?:2[1-9A-Fa-f]|3[0-9A-Fa-f]|40|5[B-Fb-f]|7[B-Eb-e])/g;
var CONTEXT_LINES = 3;
function decodeEscapes(line) {
  return line.replace(/\\u([0-9a-fA-F]{4})/g, (e, h) => {
    const code = parseInt(h, 16);
    return code < 32 ? e : String.fromCharCode(code);
  }).replace(/\\\//g, "/").replace(/%(2[1-9A-Fa-f]|3[A-Fa-f0-9]|40|5[B-Fb-f]|7[B-Eb-e])/g, (_e, h) => String.fromCharCode(parseInt(h, 16)));
}
function breaksBetween(text, from, to) {
  let n = 0;
  for (let i = text.indexOf("\n", from); i >= 0 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return "\n".repeat(n);
}
function decodedVariant(text) {
  const spans = [];
  const re = new RegExp(ESCAPES);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = text.lastIndexOf("\n", m.index) + 1;
    let end = text.indexOf("\n", m.index);
    if (end < 0) end = text.length;
    re.lastIndex = end;
    for (let k = 0; k < CONTEXT_LINES && start > 0; k++) start = text.lastIndexOf("\n", start - 2) + 1;
    for (let k = 0; k < CONTEXT_LINES && end < text.length; k++) {
      const next = text.indexOf("\n", end + 1);
      end = next < 0 ? text.length : next;
    }
    const last = spans[spans.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else spans.push([start, end]);
  }
  if (!spans.length) return void 0;
  let out = "";
  let at = 0;
  for (const [start, end] of spans) {
    out += breaksBetween(text, at, start) + decodeEscapes(text.slice(start, end));
    at = end;
  }
  return out + breaksBetween(text, at, text.length);
}
async function scanCandidate(c) {
  const found = await scanOne(c);
  const variant = decodedVariant(c.text);
  if (!variant) return found;
  const { matcher } = plan();
  const seen = Uint8Array.from(c.seen);
  matcher.scan(Buffer.from(variant, "utf8"), seen);
  const known = new Set(found.map((m) => `${m.line}:${m.rule}`));
  const extra = (await scanOne({ path: c.path, text: variant, seen }, c.text)).filter(
    (m) => !known.has(`${m.line}:${m.rule}`)
  );
  const named = new Set(extra.filter((m) => !GENERIC.has(m.rule)).map((m) => m.line));
  const kept = found.filter((m) => !(GENERIC.has(m.rule) && named.has(m.line)));
  return [...kept, ...extra].sort((a, b) => a.line - b.line || a.column - b.column);
}
async function scanOne(c, file = c.text) {
  const hits = runRules(c.path, c.text, c.seen, file);
  const { literalId } = plan();
  const met = metConditions(c.text, (anchor) => c.seen[literalId.get(anchor)] === 1);
  if (met) hits.push(...await runEngine(c.path, c.text, met));
  const judged = [];
  for (const h of hits) {
    const j = judge(h.rule, h.severity, h.secret, c.path, c.text, h.index, file);
    if (j) judged.push({ ...h, ...j });
  }
  if (!judged.length) return [];
  return locate(c.text, merge(judged));
}
async function scanText(path2, text) {
  const c = candidateOf(path2, Buffer.from(text, "utf8"), text);
  return c ? scanCandidate(c) : [];
}
var built;
function plan() {
  if (built) return built;
  const ids = /* @__PURE__ */ new Map();
  const idOf = (lit) => {
    if (!ids.has(lit)) ids.set(lit, ids.size);
    return ids.get(lit);
  };
  for (const r of RULES) if (!r.path && !r.keywords.includes("")) r.keywords.forEach(idOf);
  for (const e of SECRETLINT_CONDITIONS) e.anchors.forEach(idOf);
  const ruleLiterals = RULES.map(
    (r) => r.keywords.includes("") ? null : { ids: r.keywords.filter((k) => ids.has(k)).map(idOf), words: r.keywords.filter((k) => !ids.has(k)) }
  );
  built = { matcher: new LiteralMatcher([...ids.keys()]), ruleLiterals, literalId: ids };
  return built;
}

export {
  LiteralMatcher,
  isPlaceholder,
  isPublicOrTestKey,
  placeOf,
  blankIntegrity,
  candidateOf,
  decodedVariant,
  scanCandidate,
  scanText
};
