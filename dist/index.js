import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  ConfigError,
  VERSION,
  checkWritable,
  code,
  configForSarif,
  defaultCategory,
  escapeMd,
  loadTrusted,
  onSecretRegistered,
  registerUrlPasswords,
  run,
  safeLine,
  scrub,
  workflowFromEnv,
  writeJson,
  writeSarif
} from "./chunks/chunk-SJEPQYSO.js";
import "./chunks/chunk-2K6NI66T.js";
import {
  CHECK_TITLES,
  SEVERITIES
} from "./chunks/chunk-VPZGBOOV.js";
import {
  require_tunnel,
  require_undici
} from "./chunks/chunk-LS7LJ4I2.js";
import {
  __toESM
} from "./chunks/chunk-LYD5ERHY.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/main.ts
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";

// src/event.ts
import { readFileSync } from "node:fs";
var EventError = class extends Error {
};
function readGithubEvent(env, baseRefInput) {
  const name = env.GITHUB_EVENT_NAME || "local";
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    let text;
    try {
      text = readFileSync(env.GITHUB_EVENT_PATH, "utf8");
    } catch (e) {
      throw new EventError(
        `cannot read the event payload GITHUB_EVENT_PATH (${e.code ?? e.message})`
      );
    }
    try {
      payload = JSON.parse(text);
    } catch (e) {
      throw new EventError(`the event payload GITHUB_EVENT_PATH is not valid JSON (${e.message})`);
    }
    if (!payload || typeof payload !== "object" || Array.isArray(payload))
      throw new EventError("the event payload GITHUB_EVENT_PATH is not a JSON object");
  }
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  const info2 = {
    name,
    head: env.GITHUB_SHA || void 0,
    repository: owner && repo ? { owner, repo } : void 0
  };
  const pr = payload.pull_request;
  if ((name === "pull_request" || name === "pull_request_target") && (!pr || typeof pr.base?.sha !== "string"))
    throw new EventError(
      `a ${name} event without pull_request.base.sha in its payload: cannot tell what the PR changes`
    );
  if ((name === "pull_request" || name === "pull_request_target") && pr) {
    info2.base = pr.base?.sha;
    info2.head = pr.head?.sha ?? info2.head;
    info2.commits = typeof pr.commits === "number" ? pr.commits : void 0;
    const headRepo = pr.head?.repo?.full_name;
    const baseRepo = pr.base?.repo?.full_name ?? (owner && repo ? `${owner}/${repo}` : void 0);
    info2.pr = {
      number: pr.number ?? payload.number,
      fork: Boolean(pr.head?.repo?.fork) || !!headRepo && !!baseRepo && headRepo !== baseRepo,
      baseRef: pr.base?.ref ? `refs/heads/${pr.base.ref}` : void 0,
      headRef: pr.number ? `refs/pull/${pr.number}/head` : void 0
    };
  } else if (name === "push") {
    info2.before = payload.before;
    info2.head = payload.after ?? info2.head;
  } else if (name === "deployment_status") {
    const ds = payload.deployment_status ?? {};
    if (ds.state === "success") info2.deploymentUrl = ds.environment_url || ds.target_url || void 0;
    info2.head = payload.deployment?.sha ?? info2.head;
  }
  if (baseRefInput && !info2.pr) info2.base = baseRefInput;
  return info2;
}

// src/report/annotations.ts
import { posix } from "node:path";
var PER_LEVEL_LIMIT = 10;
var LEVEL = { blocker: "error", high: "error", medium: "warning", low: "notice" };
function planAnnotations(report, prefix = "") {
  const open2 = [];
  for (const c of report.checks) for (const f of c.findings) if (!f.suppressed) open2.push({ f, check: c.id });
  open2.sort((a, b) => SEVERITIES.indexOf(a.f.severity) - SEVERITIES.indexOf(b.f.severity));
  const used = { error: 0, warning: 0, notice: 0 };
  const annotations = [];
  for (const { f, check } of open2) {
    const level = LEVEL[f.severity];
    if (used[level] >= PER_LEVEL_LIMIT) continue;
    used[level]++;
    annotations.push({
      level,
      title: scrub(`Launch Gate ${check}: ${f.rule} (${f.severity})`),
      message: scrub(`${f.message}${f.url ? ` (${f.url})` : ""}${f.why ? `
Why: ${f.why}` : ""}
Fix: ${f.fix}`),
      // A line deleted by a later commit does not exist in the diff's head: annotate the file only.
      ...f.file ? { file: posix.join(prefix, f.file) } : {},
      ...f.file && !f.removedLater ? { startLine: f.line, startColumn: f.column } : {}
    });
  }
  return { annotations, total: open2.length };
}

// src/report/trust.ts
function trustLines(report) {
  const lines = [...report.trust?.notes ?? []];
  const own = report.checks.flatMap(
    (c) => c.findings.filter((f) => f.suppressed?.addedInPr).map((f) => ({ check: CHECK_TITLES[c.id], f }))
  );
  if (own.length) {
    const list = own.slice(0, 10).map(
      ({ f }) => `${f.rule} at ${f.file}${f.line ? `:${f.line}` : ""}${f.suppressed?.reason ? ` ("${f.suppressed.reason}")` : ""}`
    ).join("; ");
    lines.push(
      `this PR suppresses ${own.length} of its own finding${own.length === 1 ? "" : "s"} with ignore comments it adds: ${list}${own.length > 10 ? `; and ${own.length - 10} more` : ""}`
    );
  }
  return lines;
}

// src/report/comment.ts
var COMMENT_MARKER = "<!-- launch-gate:sticky-comment -->";
var COMMENT_LIMIT = 6e4;
function renderComment(report, runUrl) {
  const lines = [COMMENT_MARKER, `### ${report.verdict === "pass" ? "\u2705" : "\u274C"} Launch Gate: ${report.verdict}`, ""];
  for (const l of trustLines(report)) lines.push(`> \u26A0\uFE0F ${escapeMd(l)}`, "");
  lines.push("| Check | Status | Findings |", "| --- | --- | ---: |");
  for (const c of report.checks) {
    if (c.status === "skipped") continue;
    lines.push(`| ${CHECK_TITLES[c.id]} | ${c.status} | ${c.findings.filter((f) => !f.suppressed).length} |`);
  }
  const open2 = report.checks.flatMap((c) => c.findings.filter((f) => !f.suppressed).map((f) => ({ c, f })));
  if (open2.length) {
    lines.push("", "| Severity | Where | Rule | What | Fix |", "| --- | --- | --- | --- | --- |");
    for (const { f } of open2.slice(0, 30)) {
      const where = f.file ? code(`${f.file}${f.line ? `:${f.line}` : ""}`) : escapeMd(f.url ?? "\u2013");
      lines.push(`| ${f.severity} | ${where} | ${code(f.rule)} | ${escapeMd(f.message)} | ${escapeMd(f.fix)} |`);
    }
    if (open2.length > 30) lines.push("", `_\u2026and ${open2.length - 30} more in the job summary._`);
  }
  if (runUrl) lines.push("", `[Full report](${runUrl})`);
  const text = scrub(lines.join("\n"));
  return text.length > COMMENT_LIMIT ? `${text.slice(0, COMMENT_LIMIT)}

_(truncated)_` : text;
}
async function upsertComment(api, body) {
  const existing = (await api.list()).find((c) => c.body?.includes(COMMENT_MARKER));
  if (existing) {
    await api.update(existing.id, body);
    return "updated";
  }
  await api.create(body);
  return "created";
}

// src/report/summary.ts
var SUMMARY_LIMIT = 1e3 * 1024;
var STATUS_ICON = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  error: "\u{1F4A5} error",
  skipped: "\u23ED\uFE0F skipped"
};
var SEV_ICON = {
  blocker: "\u{1F6D1} blocker",
  high: "\u{1F534} high",
  medium: "\u{1F7E0} medium",
  low: "\u{1F7E1} low"
};
var seconds = (ms) => ms < 1e3 ? `${ms} ms` : `${(ms / 1e3).toFixed(1)} s`;
function countLine(report) {
  const t = report.totals;
  const parts = SEVERITIES.filter((s) => t[s]).map((s) => `${t[s]} ${s}`);
  const findings = t.findings ? `**${t.findings} finding${t.findings === 1 ? "" : "s"}** (${parts.join(", ")})` : "no findings";
  return [
    findings,
    `fails on ${code(report.failOn)} and above`,
    ...t.suppressed ? [`${t.suppressed} suppressed`] : [],
    `${seconds(report.durationMs)}`
  ].join(" \xB7 ");
}
function headline(report) {
  const errored = report.checks.filter((c) => c.status === "error").map((c) => CHECK_TITLES[c.id]);
  if (report.verdict === "pass") return "## \u2705 Launch Gate: pass";
  const why = errored.length ? ` (${errored.join(", ")} could not run)` : "";
  return `## \u274C Launch Gate: fail${why}`;
}
function checksTable(report) {
  const rows = report.checks.map((c) => {
    const open2 = c.findings.filter((f) => !f.suppressed).length;
    return `| ${CHECK_TITLES[c.id]} | ${STATUS_ICON[c.status]} | ${c.status === "skipped" ? "\u2013" : open2} | ${c.status === "skipped" ? "\u2013" : seconds(c.durationMs)} | ${escapeMd(c.summary)} |`;
  });
  return ["| Check | Status | Findings | Time | Summary |", "| --- | --- | ---: | ---: | --- |", ...rows].join("\n");
}
function location(f, o) {
  if (!f.line) return "\u2013";
  const url = f.file && !f.removedLater ? o.blobUrl?.(f.file, f.line) : void 0;
  const text = `${f.line}`;
  return url ? `[${text}](${url})` : text;
}
function findingRow(f, o) {
  const what = `${escapeMd(f.message)}${f.url ? ` (${escapeMd(f.url)})` : ""}${f.commit ? ` \xB7 added in commit ${code(f.commit.slice(0, 7))}${f.removedLater ? ", removed later but still in git history" : ""}` : ""}`;
  const why = f.why ? escapeMd(f.why) : "";
  const rule = f.docs ? `[${code(f.rule)}](${f.docs})` : code(f.rule);
  return `| ${SEV_ICON[f.severity]} | ${location(f, o)} | ${rule} | ${what} | ${why} | ${escapeMd(f.fix)} |`;
}
var TABLE_HEAD = "| Severity | Line | Rule | What | Why it matters | Fix |\n| --- | ---: | --- | --- | --- | --- |";
function bySeverityThenLine(a, b) {
  return SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) || (a.line ?? 0) - (b.line ?? 0);
}
function findingsSection(c, o) {
  const open2 = c.findings.filter((f) => !f.suppressed).sort(bySeverityThenLine);
  const suppressed = c.findings.filter((f) => f.suppressed);
  const out = [];
  const max = o.maxFindingsPerCheck ?? Infinity;
  const shown = open2.slice(0, max);
  const groups = /* @__PURE__ */ new Map();
  for (const f of shown) {
    const key = f.file ?? f.url ?? "";
    groups.set(key, [...groups.get(key) ?? [], f]);
  }
  const blocks = [];
  for (const [key, fs3] of groups) {
    blocks.push(
      `${key ? `**${code(key)}**` : "**(no file)**"}

${TABLE_HEAD}
${fs3.map((f) => findingRow(f, o)).join("\n")}`
    );
  }
  if (shown.length > 10)
    out.push(
      `<details><summary>${shown.length} findings in ${groups.size} files</summary>

${blocks.join("\n\n")}

</details>`
    );
  else out.push(...blocks);
  if (open2.length > shown.length) {
    out.push(
      `_${open2.length - shown.length} more findings are not shown here to keep the summary under GitHub's 1 MiB limit; the JSON report${o.reportPath ? ` (${code(o.reportPath)})` : ""} has them all._`
    );
  }
  if (suppressed.length) {
    const rows = suppressed.slice(0, max).map(
      (f) => `| ${code(f.rule)} | ${f.file ? code(f.file) : escapeMd(f.url ?? "\u2013")}${f.line ? `:${f.line}` : ""} | ${f.suppressed.by} | ${f.suppressed.reason ? escapeMd(f.suppressed.reason) : "_no reason given_"} |`
    );
    out.push(
      `<details><summary>${suppressed.length} suppressed finding${suppressed.length === 1 ? "" : "s"}</summary>

| Rule | Where | By | Reason |
| --- | --- | --- | --- |
${rows.join("\n")}

</details>`
    );
  }
  return out.join("\n\n");
}
function checkSection(c, o) {
  if (c.status === "skipped") return void 0;
  const parts = [`### ${STATUS_ICON[c.status].split(" ")[0]} ${CHECK_TITLES[c.id]}`, escapeMd(c.summary)];
  if (c.error) parts.push(`> [!CAUTION]
> This check could not run, so the gate fails closed: ${escapeMd(c.error)}`);
  if (c.findings.length) parts.push(findingsSection(c, o));
  if (c.markdown) parts.push(c.markdown);
  if (c.notes?.length)
    parts.push(
      `<details><summary>Notes (${c.notes.length})</summary>

${c.notes.map((n) => `- ${escapeMd(n)}`).join("\n")}

</details>`
    );
  return parts.join("\n\n");
}
function render(report, o) {
  const parts = [headline(report)];
  const trust = trustLines(report);
  if (trust.length) parts.push(`> [!IMPORTANT]
${trust.map((l) => `> - ${escapeMd(l)}`).join("\n")}`);
  parts.push(countLine(report), checksTable(report));
  if (o.annotations && o.annotations.total > o.annotations.shown) {
    parts.push(
      `_${o.annotations.shown} of ${o.annotations.total} findings are annotated on the diff (GitHub shows at most 10 of each level per step); every finding is listed below._`
    );
  }
  for (const c of report.checks) {
    const s = checkSection(c, o);
    if (s) parts.push(s);
  }
  parts.push(
    `<sub>Suppress a finding with a comment ${code("launch-gate-ignore: RULE reason")} on its line or the line above, or accept all current findings with ${code("launch-gate baseline")}.</sub>`
  );
  return scrub(`${parts.join("\n\n")}
`);
}
function renderSummary(report, o = {}) {
  for (const max of [o.maxFindingsPerCheck ?? Infinity, 500, 100, 20, 0]) {
    const text2 = render(report, { ...o, maxFindingsPerCheck: max });
    if (Buffer.byteLength(text2) <= SUMMARY_LIMIT) return text2;
  }
  const text = render(report, { ...o, maxFindingsPerCheck: 0 });
  return `${text.slice(0, SUMMARY_LIMIT - 200)}

_(summary truncated)_
`;
}

// src/main.ts
var logger = {
  info: (m) => info(safeLine(m)),
  progress: (m) => info(safeLine(m)),
  warn: (m) => warning(scrub(m)),
  debug: (m) => debug(scrub(m))
};
async function postComment(token, event, report) {
  if (!event.pr || !event.repository) return logger.info("launch-gate: not a pull request: no PR comment");
  if (event.pr.fork)
    return logger.info(
      "launch-gate: PR from a fork: the token cannot write, no PR comment (the job summary has the report)"
    );
  const github = await import("./chunks/github-XQHH3XDQ.js");
  const octokit = github.getOctokit(token);
  const { owner, repo } = event.repository;
  const issue_number = event.pr.number;
  const runUrl = process.env.GITHUB_RUN_ID ? `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${owner}/${repo}/actions/runs/${process.env.GITHUB_RUN_ID}` : void 0;
  try {
    const what = await upsertComment(
      {
        list: async () => octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number, per_page: 100 }),
        create: async (body) => void await octokit.rest.issues.createComment({ owner, repo, issue_number, body }),
        update: async (id, body) => void await octokit.rest.issues.updateComment({ owner, repo, comment_id: id, body })
      },
      renderComment(report, runUrl)
    );
    logger.info(`launch-gate: PR comment ${what}`);
  } catch (e) {
    logger.warn(
      `launch-gate: could not write the PR comment (${e.message}); the job summary has the report`
    );
  }
}
function booleanInput(name) {
  const v = getInput(name).trim().toLowerCase();
  if (v === "" || v === "false") return false;
  if (v === "true") return true;
  throw new ConfigError(`input ${name}: got ${JSON.stringify(v)}; allowed values: true, false`);
}
async function main() {
  onSecretRegistered((s) => setSecret(s));
  const input = (name) => getInput(name).trim();
  const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
  const cwd = resolve(workspace, input("working-directory") || ".");
  const configFrom = input("config-from") || "base";
  if (configFrom !== "base" && configFrom !== "head")
    throw new ConfigError(`input config-from: got ${JSON.stringify(configFrom)}; allowed values: base, head`);
  const event = readGithubEvent(process.env, input("base-ref") || void 0);
  const reportPath = resolve(
    cwd,
    input("report-file") || join(process.env.RUNNER_TEMP || tmpdir(), "launch-gate-report.json")
  );
  const sarifPath = input("sarif-file") ? resolve(cwd, input("sarif-file")) : void 0;
  checkWritable(reportPath, "report-file");
  if (sarifPath) checkWritable(sarifPath, "sarif-file");
  const { config, baseline, trust } = await loadTrusted({
    cwd,
    configPath: input("config") || void 0,
    overrides: {
      checks: input("checks"),
      failOn: input("fail-on"),
      scope: input("scope"),
      envFile: input("env-file"),
      environment: input("environment"),
      startCommand: input("start-command"),
      readyUrl: input("ready-url"),
      url: input("url")
    },
    event,
    configFrom,
    log: logger
  });
  registerUrlPasswords(JSON.stringify(config));
  const token = input("github-token");
  if (token) setSecret(token);
  const github = token ? { token, apiUrl: process.env.GITHUB_API_URL || "https://api.github.com", repository: event.repository } : void 0;
  const report = await run({
    cwd,
    config,
    event,
    log: logger,
    github,
    allowPrCommands: booleanInput("allow-pr-commands"),
    trusted: { baseline, trust }
  });
  writeJson(reportPath, report);
  const prefix = relative(workspace, cwd).split("\\").join("/");
  if (sarifPath) {
    const root = prefix.startsWith("..") ? "" : prefix;
    writeSarif(sarifPath, report, VERSION, {
      prefix: root,
      category: input("category") || defaultCategory(event.name, root),
      config: configForSarif(cwd, input("config") || void 0),
      workflow: workflowFromEnv(process.env)
    });
  }
  const plan = planAnnotations(report, prefix.startsWith("..") ? "" : prefix);
  for (const a of plan.annotations) {
    const props = { title: a.title, file: a.file && scrub(a.file), startLine: a.startLine, startColumn: a.startColumn };
    if (a.level === "error") error(a.message, props);
    else if (a.level === "warning") warning(a.message, props);
    else notice(a.message, props);
  }
  const repo = event.repository;
  const sha = event.head;
  const summary2 = renderSummary(report, {
    reportPath,
    annotations: { shown: plan.annotations.length, total: plan.total },
    blobUrl: repo && sha ? (file, line) => `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo.owner}/${repo.repo}/blob/${sha}/${[prefix, file].filter(Boolean).join("/")}${line ? `#L${line}` : ""}` : void 0
  });
  if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
  else logger.info(summary2);
  setOutput("verdict", report.verdict);
  setOutput("blockers", String(report.totals.blocker));
  setOutput("findings", String(report.totals.findings));
  setOutput("report", reportPath);
  if (token) await postComment(token, event, report);
  if (report.verdict === "fail") {
    const errored = report.checks.filter((c) => c.status === "error").map((c) => c.id);
    const t = report.totals;
    setFailed(
      scrub(
        `Launch Gate: fail \u2014 ${t.findings} findings (${t.blocker} blocker, ${t.high} high)${errored.length ? `; could not run: ${errored.join(", ")}` : ""}. See the job summary.`
      )
    );
  }
}
main().catch((e) => {
  if (e instanceof ConfigError || e instanceof EventError) {
    setFailed(scrub(`Launch Gate: ${e.message}`));
    process.exitCode = 2;
    return;
  }
  setFailed(scrub(`Launch Gate crashed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`));
});
export {
  main
};
