import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);

// src/checks/env/added-lines.ts
function addedLines(scope) {
  const out = /* @__PURE__ */ new Map();
  for (const h of scope.hunks) {
    let set = out.get(h.path);
    if (!set) out.set(h.path, set = /* @__PURE__ */ new Set());
    for (const l of h.lines) set.add(l.replace(/\r$/, "").trimEnd());
  }
  return out;
}
function isAdded(scope, added, path, lines, line) {
  if (scope.kind === "all") return true;
  const text = lines[line - 1];
  return text !== void 0 && !!added.get(path)?.has(text.replace(/\r$/, "").trimEnd());
}

// src/checks/env/read-context.ts
var FALLBACK_AFTER = /^\s*(?:\)\s*)?(?:\|\||\?\?(?!=)|\?(?!\.))/;
var COMPARE_AFTER = /^\s*(?:\)\s*)?(?:[!=]==?|&&)/;
var GUARD_BEFORE = /(?:\bif\s*\(\s*!?|!!?|\bwhen\s*\(\s*)$/;
function jsGuard(text, index, after) {
  return COMPARE_AFTER.test(after) || GUARD_BEFORE.test(text.slice(Math.max(0, index - 12), index));
}
var WRITE_AFTER = /^\s*(?:=(?![=>])|\|\|=|\?\?=|&&=|\+=)/;

// src/checks/env/framework-reads.ts
var ID = "[A-Za-z_$][\\w$]*";
var ENV_NAME = /^[A-Z][A-Z0-9_]*$/;
function importItems(clause) {
  const out = [];
  const re = new RegExp(`(${ID})(?:\\s+as\\s+(${ID}))?`, "g");
  for (let m = re.exec(clause); m; m = re.exec(clause)) {
    if (m[1] === "type") continue;
    out.push({ imported: m[1], local: m[2] ?? m[1], offset: m.index });
  }
  return out;
}
var SVELTE_IMPORT = /import\s*\{([^}]*)\}\s*from\s*(['"])\$env\/(static|dynamic)\/(?:private|public)\2/g;
function svelteKitReads(text) {
  if (!text.includes("$env/")) return [];
  const out = [];
  const dynamicLocals = [];
  SVELTE_IMPORT.lastIndex = 0;
  for (let m = SVELTE_IMPORT.exec(text); m; m = SVELTE_IMPORT.exec(text)) {
    const clauseStart = m.index + m[0].indexOf("{") + 1;
    for (const item of importItems(m[1])) {
      if (m[3] === "static") {
        out.push({ name: item.imported, index: clauseStart + item.offset, hasFallback: false, syntax: "$env/static" });
      } else if (item.imported === "env") dynamicLocals.push(item.local);
    }
  }
  for (const local of dynamicLocals) {
    const re = new RegExp(
      `(?<![\\w$.])${local.replace("$", "\\$")}(?:\\?\\.|\\.)(${ID})|(?<![\\w$.])${local.replace("$", "\\$")}\\??\\.?\\[\\s*(['"\`])([A-Za-z_][\\w]*)\\2\\s*\\]`,
      "g"
    );
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (WRITE_AFTER.test(after)) continue;
      out.push({
        name: m[1] ?? m[3],
        index: m.index,
        hasFallback: FALLBACK_AFTER.test(after) || jsGuard(text, m.index, after),
        syntax: "$env/dynamic env.X"
      });
    }
  }
  return out;
}
var NEST_GET = new RegExp(
  `(?<![\\w$])(?:this\\.)?(${ID})\\s*\\??\\.\\s*(get|getOrThrow)\\s*(?:<[^>()]*>)?\\(\\s*(['"\`])([^'"\`]+)\\3\\s*(,)?`,
  "g"
);
function nestConfigReads(text) {
  if (!text.includes("ConfigService")) return [];
  const out = [];
  NEST_GET.lastIndex = 0;
  for (let m = NEST_GET.exec(text); m; m = NEST_GET.exec(text)) {
    if (!/config/i.test(m[1]) || !ENV_NAME.test(m[4])) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    const hasFallback = m[2] === "get" && !!m[5] && !/^\s*\{\s*infer\b/.test(after);
    out.push({ name: m[4], index: m.index, hasFallback, syntax: `ConfigService.${m[2]}('X')` });
  }
  return out;
}
var DJANGO_ENVIRON = /(?<![\w.])(\w+)(?:\.(?:str|bool|int|float|list|tuple|dict|json|url|db_url|db|cache_url|cache|email_url|email|search_url|path))?\(\s*(['"])([A-Z][A-Z0-9_]*)\2\s*(,)?/g;
function pythonLibraryReads(text) {
  const callers = /* @__PURE__ */ new Set();
  for (const m of text.matchAll(/^\s*(\w+)\s*=\s*environ\.Env\(/gm)) callers.add(m[1]);
  for (const m of text.matchAll(/^\s*from\s+decouple\s+import\s+([^\n]+)/gm)) {
    for (const item of m[1].split(",")) {
      const im = /^\s*\(?\s*(config)(?:\s+as\s+(\w+))?/.exec(item);
      if (im) callers.add(im[2] ?? im[1]);
    }
  }
  if (!callers.size) return [];
  const out = [];
  DJANGO_ENVIRON.lastIndex = 0;
  for (let m = DJANGO_ENVIRON.exec(text); m; m = DJANGO_ENVIRON.exec(text)) {
    if (!callers.has(m[1])) continue;
    const args = text.slice(m.index + m[0].length, m.index + m[0].length + 160).split(/\)\s*(?:$|\n)/)[0];
    const hasFallback = !!m[4] && (!/^\s*\w+\s*=/.test(args) || /\bdefault\s*=/.test(args));
    out.push({ name: m[3], index: m.index, hasFallback, syntax: `${m[1]}('X')` });
  }
  return out;
}
var SETTINGS_CLASS = /^([ \t]*)class\s+\w+\s*\(([^)]*\bBaseSettings\b[^)]*)\)\s*:/gm;
var FIELD = /^([ \t]+)([A-Za-z][A-Za-z0-9_]*)\s*:\s*([^=\n#]+?)\s*(?:=\s*(.*))?$/;
function pydanticDefault(value) {
  if (value === void 0) return false;
  const field = /^(?:[\w.]*\.)?Field\(\s*(.*)$/.exec(value.trim());
  if (!field) return true;
  const args = field[1];
  if (/\bdefault(?:_factory)?\s*=/.test(args)) return true;
  return !/^(?:\.\.\.|\)|\w+\s*=)/.test(args.trim());
}
function pydanticSettingsReads(text) {
  if (!text.includes("BaseSettings")) return [];
  const out = [];
  const lines = text.split("\n");
  const starts = [];
  let pos = 0;
  for (const l of lines) {
    starts.push(pos);
    pos += l.length + 1;
  }
  SETTINGS_CLASS.lastIndex = 0;
  for (let m = SETTINGS_CLASS.exec(text); m; m = SETTINGS_CLASS.exec(text)) {
    const classIndent = m[1].length;
    const first = text.slice(0, m.index).split("\n").length;
    const body = [];
    for (let i = first; i < lines.length; i++) {
      const l = lines[i].replace(/\r$/, "");
      if (!l.trim() || l.trim().startsWith("#")) continue;
      if (l.length - l.trimStart().length <= classIndent) break;
      body.push(i);
    }
    if (!body.length) continue;
    const fieldIndent = Math.min(...body.map((i) => lines[i].length - lines[i].trimStart().length));
    const bodyText = body.map((i) => lines[i]).join("\n");
    const prefix = /env_prefix\s*=\s*['"]([^'"]*)['"]/.exec(bodyText)?.[1] ?? "";
    for (const i of body) {
      const l = lines[i].replace(/\r$/, "");
      const f = FIELD.exec(l);
      if (!f || f[1].length !== fieldIndent || f[2] === "model_config" || /^ClassVar\b/.test(f[3])) continue;
      const alias = /\b(?:validation_)?alias\s*=\s*['"]([^'"]+)['"]/.exec(f[4] ?? "")?.[1];
      const name = (alias ?? prefix + f[2]).toUpperCase();
      if (!ENV_NAME.test(name)) continue;
      out.push({
        name,
        index: starts[i] + f[1].length,
        hasFallback: pydanticDefault(f[4]),
        syntax: "BaseSettings field"
      });
    }
  }
  return out;
}

// src/checks/env/reads.ts
var JS_EXT = /\.(?:[cm]?[jt]sx?|vue|svelte|astro)$/i;
var PY_EXT = /\.py$/i;
function languageOf(path) {
  if (JS_EXT.test(path)) return "js";
  if (PY_EXT.test(path)) return "python";
  if (/\.go$/i.test(path)) return "go";
  if (/\.rb$|(?:^|\/)(?:Rakefile|Gemfile)$/i.test(path)) return "ruby";
  return void 0;
}
var hashComments = (lang) => lang === "python" || lang === "ruby";
var ID2 = "[A-Za-z_$][\\w$]*";
var STR = `(['"\`])([A-Za-z_][\\w.-]*)\\`;
var JS_PATTERNS = [
  { syntax: "process.env.X", re: new RegExp(`\\bprocess\\.env(?:\\?\\.|\\.)(${ID2})`, "g"), group: 1 },
  { syntax: "process.env['X']", re: new RegExp(`\\bprocess\\.env\\??\\.?\\[\\s*${STR}1\\s*\\]`, "g"), group: 2 },
  { syntax: "import.meta.env.X", re: new RegExp(`\\bimport\\.meta\\.env(?:\\?\\.|\\.)(${ID2})`, "g"), group: 1 },
  {
    syntax: "import.meta.env['X']",
    re: new RegExp(`\\bimport\\.meta\\.env\\??\\.?\\[\\s*${STR}1\\s*\\]`, "g"),
    group: 2
  },
  { syntax: "Deno.env.get('X')", re: new RegExp(`\\bDeno\\.env\\.get\\(\\s*${STR}1\\s*\\)`, "g"), group: 2 },
  { syntax: "Bun.env.X", re: new RegExp(`\\bBun\\.env(?:\\?\\.|\\.)(${ID2})`, "g"), group: 1 },
  { syntax: "Bun.env['X']", re: new RegExp(`\\bBun\\.env\\??\\.?\\[\\s*${STR}1\\s*\\]`, "g"), group: 2 },
  // A presence test: the code copes with the variable missing, like a read with a default.
  { syntax: "'X' in process.env", re: new RegExp(`${STR}1\\s+in\\s+process\\.env\\b`, "g"), group: 2, presence: true }
];
var PY_PATTERNS = [
  { syntax: "os.environ['X']", re: /(?<![\w.])(?:os\.)?environ\s*\[\s*(['"])([A-Za-z_][\w.-]*)\1\s*\]/g, group: 2 },
  {
    syntax: "os.environ.get('X')",
    re: /(?<![\w.])(?:os\.)?environ\.get\(\s*(['"])([A-Za-z_][\w.-]*)\1\s*(,)?/g,
    group: 2,
    defaultGroup: 3,
    tested: true
  },
  {
    syntax: "os.getenv('X')",
    re: /(?<![\w.])(?:os\.)?getenv\(\s*(['"])([A-Za-z_][\w.-]*)\1\s*(,)?/g,
    group: 2,
    defaultGroup: 3,
    tested: true
  }
];
var GO_PATTERNS = [
  { syntax: 'os.Getenv("X")', re: /\bos\.Getenv\(\s*(["`])([A-Za-z_][\w.-]*)\1\s*\)/g, group: 2 },
  { syntax: 'os.LookupEnv("X")', re: /\bos\.LookupEnv\(\s*(["`])([A-Za-z_][\w.-]*)\1\s*\)/g, group: 2, presence: true }
];
var RUBY_PATTERNS = [
  { syntax: "ENV['X']", re: /(?<![\w.:])ENV\[\s*(['"])([A-Za-z_][\w.-]*)\1\s*\]/g, group: 2, tested: true },
  {
    syntax: "ENV.fetch('X')",
    re: /(?<![\w.:])ENV\.fetch\(\s*(['"])([A-Za-z_][\w.-]*)\1\s*(,|\)\s*\{|\)\s*do\b)?/g,
    group: 2,
    defaultGroup: 3
  },
  {
    syntax: "ENV.key?('X')",
    re: /(?<![\w.:])ENV\.(?:key|has_key|include)\?\(\s*(['"])([A-Za-z_][\w.-]*)\1/g,
    group: 2,
    presence: true
  }
];
var PATTERNS = {
  js: JS_PATTERNS,
  python: PY_PATTERNS,
  go: GO_PATTERNS,
  ruby: RUBY_PATTERNS
};
var DESTRUCTURE = /\{([^{}]*)\}\s*=\s*(process\.env|import\.meta\.env|Bun\.env)\b(?!\s*[.[?])/g;
var NOT_VARS = /* @__PURE__ */ new Set([
  "hasOwnProperty",
  "toString",
  "valueOf",
  "constructor",
  "propertyIsEnumerable",
  "isPrototypeOf"
]);
function valueTested(text, index, length, lang) {
  const end = lang === "python" ? text.indexOf(")", index + length) + 1 : index + length;
  const after = end <= 0 ? "" : text.slice(end, end + 24);
  const before = text.slice(Math.max(0, index - 12), index);
  if (lang === "python")
    return /^\s*(?:or\b|and\b|==|!=|is\b|in\b|not\s+in\b)/.test(after) || /(?:\b(?:if|elif|not|and|or)\s+|\bbool\(\s*)$/.test(before);
  const lineEnd = text.indexOf("\n", end);
  const rest = text.slice(end, lineEnd < 0 ? void 0 : lineEnd);
  return /^\s*(?:\.(?:present|blank|nil|empty)\?|==|!=|=~|&&|\|\||\band\b|\bor\b|\?\s)/.test(after) || /(?:\b(?:if|unless|elsif|and|or|not)\s+|!|&&\s*|\|\|\s*)$/.test(before) || /\s(?:if|unless)\s/.test(rest);
}
function lineStarts(text) {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}
function position(starts, index) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (starts[mid] <= index) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: index - starts[lo] + 1 };
}
function inCommentOrString(text, lineStart, index, lang) {
  const before = text.slice(lineStart, index);
  const head = before.trimStart();
  if (!hashComments(lang) && (head.startsWith("*") || head.startsWith("/*"))) return true;
  let quote = "";
  let template = false;
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === '"' || c === "'" && lang !== "go" || (lang === "js" || lang === "go") && c === "`") {
      quote = c;
      template = c === "`" && lang === "js" || lang === "ruby" && c === '"' || lang === "python" && /[fF][rR]?$|[rR][fF]$/.test(before.slice(Math.max(0, i - 2), i));
    } else if (hashComments(lang) && c === "#" && !(lang === "ruby" && before[i + 1] === "{")) return true;
    else if (!hashComments(lang) && c === "/" && before[i + 1] === "/") return true;
  }
  return quote !== "" && !template;
}
function findReads(text, lang) {
  const starts = lineStarts(text);
  const out = [];
  const add = (name, index, hasFallback, syntax) => {
    const pos = position(starts, index);
    if (inCommentOrString(text, starts[pos.line - 1], index, lang)) return;
    out.push({ name, ...pos, hasFallback, syntax });
  };
  for (const p of PATTERNS[lang]) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const name = m[p.group];
      if (NOT_VARS.has(name)) continue;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (WRITE_AFTER.test(after) || /\b(?:delete|del)\s+$/.test(text.slice(Math.max(0, m.index - 12), m.index)))
        continue;
      const hasFallback = p.presence || p.defaultGroup !== void 0 && !!m[p.defaultGroup] || p.tested && valueTested(text, m.index, m[0].length, lang) || lang === "js" && (FALLBACK_AFTER.test(after) || jsGuard(text, m.index, after));
      add(name, m.index, hasFallback, p.syntax);
    }
  }
  const framework = lang === "js" ? [...svelteKitReads(text), ...nestConfigReads(text)] : lang === "python" ? [...pythonLibraryReads(text), ...pydanticSettingsReads(text)] : [];
  for (const r of framework) add(r.name, r.index, r.hasFallback, r.syntax);
  if (lang === "js") {
    DESTRUCTURE.lastIndex = 0;
    for (let m = DESTRUCTURE.exec(text); m; m = DESTRUCTURE.exec(text)) {
      const body = m[1];
      const bodyStart = m.index + 1;
      let offset = 0;
      for (const item of body.split(",")) {
        const itemStart = bodyStart + offset;
        offset += item.length + 1;
        const im = /^(\s*)(['"]?)([A-Za-z_$][\w$]*)\2\s*(?::\s*[A-Za-z_$][\w$]*\s*)?(=)?/.exec(item);
        if (!im || item.trim().startsWith("...")) continue;
        add(im[3], itemStart + im[1].length + im[2].length, !!im[4], `const { X } = ${m[2]}`);
      }
    }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

export {
  addedLines,
  isAdded,
  languageOf,
  findReads
};
