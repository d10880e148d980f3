import { createRequire as __lgCreateRequire } from 'node:module'; const require = __lgCreateRequire(import.meta.url);
import {
  TEMPLATE,
  parseContract
} from "./chunk-TEOSWQXK.js";
import {
  excerpt,
  extent,
  findLogLeaks,
  groupHits,
  leakFingerprint,
  ruleText
} from "./chunk-EPZXVQP2.js";
import {
  SECRET_RULES
} from "./chunk-UCMK5KCW.js";
import {
  formsOf,
  redact
} from "./chunk-37PJACQV.js";
import {
  CodeHints,
  FileReader,
  hintFinding,
  scanBatch,
  scanCodeHints,
  skipReason
} from "./chunk-V26RVO5S.js";
import "./chunk-SX5GZBSQ.js";
import {
  LiteralMatcher,
  candidateOf,
  isPlaceholder,
  isPublicOrTestKey,
  scanCandidate,
  scanText
} from "./chunk-3GANCMSO.js";
import {
  looksSecret
} from "./chunk-RSAAWZJ3.js";
import "./chunk-QJROS53J.js";
import {
  LEAK_RULES
} from "./chunk-7IFWUGSY.js";
import {
  CATALOG,
  docsLink,
  fixFor
} from "./chunk-6BUPXWJW.js";
import {
  excluder
} from "./chunk-C4ETJL74.js";
import {
  UTF16_LIMIT,
  readText,
  require_picomatch
} from "./chunk-SY3URXUI.js";
import "./chunk-O45CTJ25.js";
import "./chunk-4LVMQC3W.js";
import "./chunk-MZDCT5IW.js";
import {
  __toESM
} from "./chunk-LYD5ERHY.js";

// src/checks/leaks/index.ts
import { readFileSync as readFileSync4 } from "node:fs";
import { join as join4 } from "node:path";

// node_modules/tinyglobby/dist/index.mjs
import { readdir, readdirSync, realpath, realpathSync, stat, statSync } from "fs";
import { isAbsolute, posix, resolve as resolve2 } from "path";
import { fileURLToPath } from "url";

// node_modules/fdir/dist/index.mjs
import { createRequire } from "module";
import { basename, dirname, normalize, relative, resolve, sep } from "path";
import * as nativeFs from "fs";
var __require = /* @__PURE__ */ createRequire(import.meta.url);
function cleanPath(path) {
  let normalized = normalize(path);
  if (normalized.length > 1 && normalized[normalized.length - 1] === sep) normalized = normalized.substring(0, normalized.length - 1);
  return normalized;
}
var SLASHES_REGEX = /[\\/]/g;
function convertSlashes(path, separator) {
  return path.replace(SLASHES_REGEX, separator);
}
var WINDOWS_ROOT_DIR_REGEX = /^[a-z]:[\\/]$/i;
function isRootDirectory(path) {
  return path === "/" || WINDOWS_ROOT_DIR_REGEX.test(path);
}
function normalizePath(path, options) {
  const { resolvePaths, normalizePath: normalizePath$1, pathSeparator } = options;
  const pathNeedsCleaning = process.platform === "win32" && path.includes("/") || path.startsWith(".");
  if (resolvePaths) path = resolve(path);
  if (normalizePath$1 || pathNeedsCleaning) path = cleanPath(path);
  if (path === ".") return "";
  const needsSeperator = path[path.length - 1] !== pathSeparator;
  return convertSlashes(needsSeperator ? path + pathSeparator : path, pathSeparator);
}
function joinPathWithBasePath(filename, directoryPath) {
  return directoryPath + filename;
}
function joinPathWithRelativePath(root, options) {
  return function(filename, directoryPath) {
    const sameRoot = directoryPath.startsWith(root);
    if (sameRoot) return directoryPath.slice(root.length) + filename;
    else return convertSlashes(relative(root, directoryPath), options.pathSeparator) + options.pathSeparator + filename;
  };
}
function joinPath(filename) {
  return filename;
}
function joinDirectoryPath(filename, directoryPath, separator) {
  return directoryPath + filename + separator;
}
function build$7(root, options) {
  const { relativePaths, includeBasePath } = options;
  return relativePaths && root ? joinPathWithRelativePath(root, options) : includeBasePath ? joinPathWithBasePath : joinPath;
}
function pushDirectoryWithRelativePath(root) {
  return function(directoryPath, paths) {
    paths.push(directoryPath.substring(root.length) || ".");
  };
}
function pushDirectoryFilterWithRelativePath(root) {
  return function(directoryPath, paths, filters) {
    const relativePath = directoryPath.substring(root.length) || ".";
    if (filters.every((filter) => filter(relativePath, true))) paths.push(relativePath);
  };
}
var pushDirectory = (directoryPath, paths) => {
  paths.push(directoryPath || ".");
};
var pushDirectoryFilter = (directoryPath, paths, filters) => {
  const path = directoryPath || ".";
  if (filters.every((filter) => filter(path, true))) paths.push(path);
};
var empty$2 = () => {
};
function build$6(root, options) {
  const { includeDirs, filters, relativePaths } = options;
  if (!includeDirs) return empty$2;
  if (relativePaths) return filters && filters.length ? pushDirectoryFilterWithRelativePath(root) : pushDirectoryWithRelativePath(root);
  return filters && filters.length ? pushDirectoryFilter : pushDirectory;
}
var pushFileFilterAndCount = (filename, _paths, counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) counts.files++;
};
var pushFileFilter = (filename, paths, _counts, filters) => {
  if (filters.every((filter) => filter(filename, false))) paths.push(filename);
};
var pushFileCount = (_filename, _paths, counts, _filters) => {
  counts.files++;
};
var pushFile = (filename, paths) => {
  paths.push(filename);
};
var empty$1 = () => {
};
function build$5(options) {
  const { excludeFiles, filters, onlyCounts } = options;
  if (excludeFiles) return empty$1;
  if (filters && filters.length) return onlyCounts ? pushFileFilterAndCount : pushFileFilter;
  else if (onlyCounts) return pushFileCount;
  else return pushFile;
}
var getArray = (paths) => {
  return paths;
};
var getArrayGroup = () => {
  return [""].slice(0, 0);
};
function build$4(options) {
  return options.group ? getArrayGroup : getArray;
}
var groupFiles = (groups, directory, files) => {
  groups.push({
    directory,
    files,
    dir: directory
  });
};
var empty = () => {
};
function build$3(options) {
  return options.group ? groupFiles : empty;
}
var resolveSymlinksAsync = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  fs.realpath(path, (error, resolvedPath) => {
    if (error) return queue.dequeue(suppressErrors ? null : error, state);
    fs.stat(resolvedPath, (error$1, stat2) => {
      if (error$1) return queue.dequeue(suppressErrors ? null : error$1, state);
      if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return queue.dequeue(null, state);
      callback$1(stat2, resolvedPath);
      queue.dequeue(null, state);
    });
  });
};
var resolveSymlinks = function(path, state, callback$1) {
  const { queue, fs, options: { suppressErrors } } = state;
  queue.enqueue();
  try {
    const resolvedPath = fs.realpathSync(path);
    const stat2 = fs.statSync(resolvedPath);
    if (stat2.isDirectory() && isRecursive(path, resolvedPath, state)) return;
    callback$1(stat2, resolvedPath);
  } catch (e) {
    if (!suppressErrors) throw e;
  }
};
function build$2(options, isSynchronous) {
  if (!options.resolveSymlinks || options.excludeSymlinks) return null;
  return isSynchronous ? resolveSymlinks : resolveSymlinksAsync;
}
function isRecursive(path, resolved, state) {
  if (state.options.useRealPaths) return isRecursiveUsingRealPaths(resolved, state);
  let parent = dirname(path);
  let depth = 1;
  while (parent !== state.root && depth < 2) {
    const resolvedPath = state.symlinks.get(parent);
    const isSameRoot = !!resolvedPath && (resolvedPath === resolved || resolvedPath.startsWith(resolved) || resolved.startsWith(resolvedPath));
    if (isSameRoot) depth++;
    else parent = dirname(parent);
  }
  state.symlinks.set(path, resolved);
  return depth > 1;
}
function isRecursiveUsingRealPaths(resolved, state) {
  return state.visited.includes(resolved + state.options.pathSeparator);
}
var onlyCountsSync = (state) => {
  return state.counts;
};
var groupsSync = (state) => {
  return state.groups;
};
var defaultSync = (state) => {
  return state.paths;
};
var limitFilesSync = (state) => {
  return state.paths.slice(0, state.options.maxFiles);
};
var onlyCountsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.counts, state.options.suppressErrors);
  return null;
};
var defaultAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths, state.options.suppressErrors);
  return null;
};
var limitFilesAsync = (state, error, callback$1) => {
  report(error, callback$1, state.paths.slice(0, state.options.maxFiles), state.options.suppressErrors);
  return null;
};
var groupsAsync = (state, error, callback$1) => {
  report(error, callback$1, state.groups, state.options.suppressErrors);
  return null;
};
function report(error, callback$1, output, suppressErrors) {
  if (error && !suppressErrors) callback$1(error, output);
  else callback$1(null, output);
}
function build$1(options, isSynchronous) {
  const { onlyCounts, group, maxFiles } = options;
  if (onlyCounts) return isSynchronous ? onlyCountsSync : onlyCountsAsync;
  else if (group) return isSynchronous ? groupsSync : groupsAsync;
  else if (maxFiles) return isSynchronous ? limitFilesSync : limitFilesAsync;
  else return isSynchronous ? defaultSync : defaultAsync;
}
var readdirOpts = { withFileTypes: true };
var walkAsync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  state.queue.enqueue();
  if (currentDepth < 0) return state.queue.dequeue(null, state);
  const { fs } = state;
  state.visited.push(crawlPath);
  state.counts.directories++;
  fs.readdir(crawlPath || ".", readdirOpts, (error, entries = []) => {
    callback$1(entries, directoryPath, currentDepth);
    state.queue.dequeue(state.options.suppressErrors ? null : error, state);
  });
};
var walkSync = (state, crawlPath, directoryPath, currentDepth, callback$1) => {
  const { fs } = state;
  if (currentDepth < 0) return;
  state.visited.push(crawlPath);
  state.counts.directories++;
  let entries = [];
  try {
    entries = fs.readdirSync(crawlPath || ".", readdirOpts);
  } catch (e) {
    if (!state.options.suppressErrors) throw e;
  }
  callback$1(entries, directoryPath, currentDepth);
};
function build(isSynchronous) {
  return isSynchronous ? walkSync : walkAsync;
}
var Queue = class {
  count = 0;
  constructor(onQueueEmpty) {
    this.onQueueEmpty = onQueueEmpty;
  }
  enqueue() {
    this.count++;
    return this.count;
  }
  dequeue(error, output) {
    if (this.onQueueEmpty && (--this.count <= 0 || error)) {
      this.onQueueEmpty(error, output);
      if (error) {
        output.controller.abort();
        this.onQueueEmpty = void 0;
      }
    }
  }
};
var Counter = class {
  _files = 0;
  _directories = 0;
  set files(num) {
    this._files = num;
  }
  get files() {
    return this._files;
  }
  set directories(num) {
    this._directories = num;
  }
  get directories() {
    return this._directories;
  }
  /**
  * @deprecated use `directories` instead
  */
  /* c8 ignore next 3 */
  get dirs() {
    return this._directories;
  }
};
var Aborter = class {
  aborted = false;
  abort() {
    this.aborted = true;
  }
};
var Walker = class {
  root;
  isSynchronous;
  state;
  joinPath;
  pushDirectory;
  pushFile;
  getArray;
  groupFiles;
  resolveSymlink;
  walkDirectory;
  callbackInvoker;
  constructor(root, options, callback$1) {
    this.isSynchronous = !callback$1;
    this.callbackInvoker = build$1(options, this.isSynchronous);
    this.root = normalizePath(root, options);
    this.state = {
      root: isRootDirectory(this.root) ? this.root : this.root.slice(0, -1),
      paths: [""].slice(0, 0),
      groups: [],
      counts: new Counter(),
      options,
      queue: new Queue((error, state) => this.callbackInvoker(state, error, callback$1)),
      symlinks: /* @__PURE__ */ new Map(),
      visited: [""].slice(0, 0),
      controller: new Aborter(),
      fs: options.fs || nativeFs
    };
    this.joinPath = build$7(this.root, options);
    this.pushDirectory = build$6(this.root, options);
    this.pushFile = build$5(options);
    this.getArray = build$4(options);
    this.groupFiles = build$3(options);
    this.resolveSymlink = build$2(options, this.isSynchronous);
    this.walkDirectory = build(this.isSynchronous);
  }
  start() {
    this.pushDirectory(this.root, this.state.paths, this.state.options.filters);
    this.walkDirectory(this.state, this.root, this.root, this.state.options.maxDepth, this.walk);
    return this.isSynchronous ? this.callbackInvoker(this.state, null) : null;
  }
  walk = (entries, directoryPath, depth) => {
    const { paths, options: { filters, resolveSymlinks: resolveSymlinks$1, excludeSymlinks, exclude, maxFiles, signal, useRealPaths, pathSeparator }, controller } = this.state;
    if (controller.aborted || signal && signal.aborted || maxFiles && paths.length > maxFiles) return;
    const files = this.getArray(this.state.paths);
    for (let i = 0; i < entries.length; ++i) {
      const entry = entries[i];
      if (entry.isFile() || entry.isSymbolicLink() && !resolveSymlinks$1 && !excludeSymlinks) {
        const filename = this.joinPath(entry.name, directoryPath);
        this.pushFile(filename, files, this.state.counts, filters);
      } else if (entry.isDirectory()) {
        let path = joinDirectoryPath(entry.name, directoryPath, this.state.options.pathSeparator);
        if (exclude && exclude(entry.name, path)) continue;
        this.pushDirectory(path, paths, filters);
        this.walkDirectory(this.state, path, path, depth - 1, this.walk);
      } else if (this.resolveSymlink && entry.isSymbolicLink()) {
        let path = joinPathWithBasePath(entry.name, directoryPath);
        this.resolveSymlink(path, this.state, (stat2, resolvedPath) => {
          if (stat2.isDirectory()) {
            resolvedPath = normalizePath(resolvedPath, this.state.options);
            if (exclude && exclude(entry.name, useRealPaths ? resolvedPath : path + pathSeparator)) return;
            this.walkDirectory(this.state, resolvedPath, useRealPaths ? resolvedPath : path + pathSeparator, depth - 1, this.walk);
          } else {
            resolvedPath = useRealPaths ? resolvedPath : path;
            const filename = basename(resolvedPath);
            const directoryPath$1 = normalizePath(dirname(resolvedPath), this.state.options);
            resolvedPath = this.joinPath(filename, directoryPath$1);
            this.pushFile(resolvedPath, files, this.state.counts, filters);
          }
        });
      }
    }
    this.groupFiles(this.state.groups, directoryPath, files);
  };
};
function promise(root, options) {
  return new Promise((resolve$1, reject) => {
    callback(root, options, (err, output) => {
      if (err) return reject(err);
      resolve$1(output);
    });
  });
}
function callback(root, options, callback$1) {
  let walker = new Walker(root, options, callback$1);
  walker.start();
}
function sync(root, options) {
  const walker = new Walker(root, options);
  return walker.start();
}
var APIBuilder = class {
  constructor(root, options) {
    this.root = root;
    this.options = options;
  }
  withPromise() {
    return promise(this.root, this.options);
  }
  withCallback(cb) {
    callback(this.root, this.options, cb);
  }
  sync() {
    return sync(this.root, this.options);
  }
};
var pm = null;
try {
  __require.resolve("picomatch");
  pm = __require("picomatch");
} catch {
}
var Builder = class {
  globCache = {};
  options = {
    maxDepth: Infinity,
    suppressErrors: true,
    pathSeparator: sep,
    filters: []
  };
  globFunction;
  constructor(options) {
    this.options = {
      ...this.options,
      ...options
    };
    this.globFunction = this.options.globFunction;
  }
  group() {
    this.options.group = true;
    return this;
  }
  withPathSeparator(separator) {
    this.options.pathSeparator = separator;
    return this;
  }
  withBasePath() {
    this.options.includeBasePath = true;
    return this;
  }
  withRelativePaths() {
    this.options.relativePaths = true;
    return this;
  }
  withDirs() {
    this.options.includeDirs = true;
    return this;
  }
  withMaxDepth(depth) {
    this.options.maxDepth = depth;
    return this;
  }
  withMaxFiles(limit) {
    this.options.maxFiles = limit;
    return this;
  }
  withFullPaths() {
    this.options.resolvePaths = true;
    this.options.includeBasePath = true;
    return this;
  }
  withErrors() {
    this.options.suppressErrors = false;
    return this;
  }
  withSymlinks({ resolvePaths = true } = {}) {
    this.options.resolveSymlinks = true;
    this.options.useRealPaths = resolvePaths;
    return this.withFullPaths();
  }
  withAbortSignal(signal) {
    this.options.signal = signal;
    return this;
  }
  normalize() {
    this.options.normalizePath = true;
    return this;
  }
  filter(predicate) {
    this.options.filters.push(predicate);
    return this;
  }
  onlyDirs() {
    this.options.excludeFiles = true;
    this.options.includeDirs = true;
    return this;
  }
  exclude(predicate) {
    this.options.exclude = predicate;
    return this;
  }
  onlyCounts() {
    this.options.onlyCounts = true;
    return this;
  }
  crawl(root) {
    return new APIBuilder(root || ".", this.options);
  }
  withGlobFunction(fn) {
    this.globFunction = fn;
    return this;
  }
  /**
  * @deprecated Pass options using the constructor instead:
  * ```ts
  * new fdir(options).crawl("/path/to/root");
  * ```
  * This method will be removed in v7.0
  */
  /* c8 ignore next 4 */
  crawlWithOptions(root, options) {
    this.options = {
      ...this.options,
      ...options
    };
    return new APIBuilder(root || ".", this.options);
  }
  glob(...patterns) {
    if (this.globFunction) return this.globWithOptions(patterns);
    return this.globWithOptions(patterns, ...[{ dot: true }]);
  }
  globWithOptions(patterns, ...options) {
    const globFn = this.globFunction || pm;
    if (!globFn) throw new Error("Please specify a glob function to use glob matching.");
    var isMatch = this.globCache[patterns.join("\0")];
    if (!isMatch) {
      isMatch = globFn(patterns, ...options);
      this.globCache[patterns.join("\0")] = isMatch;
    }
    this.options.filters.push((path) => isMatch(path));
    return this;
  }
};

// node_modules/tinyglobby/dist/index.mjs
var import_picomatch = __toESM(require_picomatch(), 1);
var isReadonlyArray = Array.isArray;
var BACKSLASHES = /\\/g;
var DRIVE_RELATIVE_PATH = /^[A-Za-z]:$/;
var isWin = process.platform === "win32";
var ONLY_PARENT_DIRECTORIES = /^(\/?\.\.)+$/;
function getPartialMatcher(patterns, options = {}) {
  const patternsCount = patterns.length;
  const patternsParts = Array(patternsCount);
  const matchers = Array(patternsCount);
  let i, j;
  for (i = 0; i < patternsCount; i++) {
    const parts = splitPattern(patterns[i]);
    patternsParts[i] = parts;
    const partsCount = parts.length;
    const partMatchers = Array(partsCount);
    for (j = 0; j < partsCount; j++) partMatchers[j] = (0, import_picomatch.default)(parts[j], options);
    matchers[i] = partMatchers;
  }
  return (input) => {
    const inputParts = input.split("/");
    if (inputParts[0] === ".." && ONLY_PARENT_DIRECTORIES.test(input)) return true;
    for (i = 0; i < patternsCount; i++) {
      const patternParts = patternsParts[i];
      const matcher = matchers[i];
      const inputPatternCount = inputParts.length;
      const minParts = Math.min(inputPatternCount, patternParts.length);
      j = 0;
      while (j < minParts) {
        const part = patternParts[j];
        if (part.includes("/")) return true;
        if (!matcher[j](inputParts[j])) break;
        if (!options.noglobstar && part === "**") return true;
        j++;
      }
      if (j === inputPatternCount) return true;
    }
    return false;
  };
}
var WIN32_ROOT_DIR = /^[A-Z]:\/$/i;
var isRoot = isWin ? (p) => WIN32_ROOT_DIR.test(p) : (p) => p === "/";
function buildFormat(cwd, root, absolute) {
  if (cwd === root || root.startsWith(`${cwd}/`)) {
    if (absolute) {
      const start = cwd.length + +!isRoot(cwd);
      return (p, isDir2) => p.slice(start, isDir2 ? -1 : void 0) || ".";
    }
    const prefix = root.slice(cwd.length + 1);
    if (prefix) return (p, isDir2) => {
      if (p === ".") return prefix;
      const result = `${prefix}/${p}`;
      return isDir2 ? result.slice(0, -1) : result;
    };
    return (p, isDir2) => isDir2 && p !== "." ? p.slice(0, -1) : p;
  }
  if (absolute) return (p) => posix.relative(cwd, p) || ".";
  return (p) => posix.relative(cwd, `${root}/${p}`) || ".";
}
function buildRelative(cwd, root) {
  if (root.startsWith(`${cwd}/`)) {
    const prefix = root.slice(cwd.length + 1);
    return (p) => `${prefix}/${p}`;
  }
  return (p) => {
    const result = posix.relative(cwd, `${root}/${p}`);
    return p[p.length - 1] === "/" && result !== "" ? `${result}/` : result || ".";
  };
}
function ensureNonDriveRelativePath(path) {
  return path.replace(DRIVE_RELATIVE_PATH, (match) => `${match}/`);
}
var splitPatternOptions = { parts: true };
function splitPattern(path) {
  var _result$parts;
  const result = import_picomatch.default.scan(path, splitPatternOptions);
  return ((_result$parts = result.parts) === null || _result$parts === void 0 ? void 0 : _result$parts.length) ? result.parts : [path];
}
var POSIX_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}*?|]|^!|[!+@](?=\()|\\(?![()[\]{}!*+?@|]))/g;
var WIN32_UNESCAPED_GLOB_SYMBOLS = /(?<!\\)([()[\]{}]|^!|[!+@](?=\())/g;
var escapePosixPath = (path) => path.replace(POSIX_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapeWin32Path = (path) => path.replace(WIN32_UNESCAPED_GLOB_SYMBOLS, "\\$&");
var escapePath = isWin ? escapeWin32Path : escapePosixPath;
function isDynamicPattern(pattern, options) {
  if ((options === null || options === void 0 ? void 0 : options.caseSensitiveMatch) === false) return true;
  const scan = import_picomatch.default.scan(pattern);
  return scan.isGlob || scan.negated;
}
function log(...tasks) {
  console.log(`[tinyglobby ${(/* @__PURE__ */ new Date()).toLocaleTimeString("es")}]`, ...tasks);
}
function ensureStringArray(value) {
  return typeof value === "string" ? [value] : value !== null && value !== void 0 ? value : [];
}
var PARENT_DIRECTORY = /^(\/?\.\.)+/;
var ESCAPING_BACKSLASHES = /\\(?=[()[\]{}!*+?@|])/g;
function normalizePattern(pattern, opts, props, isIgnore) {
  var _PARENT_DIRECTORY$exe;
  const cwd = opts.cwd;
  let result = pattern;
  if (pattern[pattern.length - 1] === "/") result = pattern.slice(0, -1);
  if (result[result.length - 1] !== "*" && opts.expandDirectories) result += "/**";
  const escapedCwd = escapePath(cwd);
  result = isAbsolute(result.replace(ESCAPING_BACKSLASHES, "")) ? posix.relative(escapedCwd, result) : posix.normalize(result);
  const parentDir = (_PARENT_DIRECTORY$exe = PARENT_DIRECTORY.exec(result)) === null || _PARENT_DIRECTORY$exe === void 0 ? void 0 : _PARENT_DIRECTORY$exe[0];
  const parts = splitPattern(result);
  if (parentDir) {
    const n = (parentDir.length + 1) / 3;
    let i = 0;
    const cwdParts = escapedCwd.split("/");
    while (i < n && parts[i + n] === cwdParts[cwdParts.length + i - n]) {
      result = result.slice(0, (n - i - 1) * 3) + result.slice((n - i) * 3 + parts[i + n].length + 1) || ".";
      i++;
    }
    const potentialRoot = posix.join(cwd, parentDir.slice(i * 3));
    if (potentialRoot[0] !== "." && props.root.length > potentialRoot.length) {
      props.root = ensureNonDriveRelativePath(potentialRoot);
      props.depthOffset = -n + i;
    }
  }
  if (!isIgnore && props.depthOffset >= 0) {
    var _props$commonPath;
    (_props$commonPath = props.commonPath) !== null && _props$commonPath !== void 0 || (props.commonPath = parts);
    const newCommonPath = [];
    const length = Math.min(props.commonPath.length, parts.length);
    for (let i = 0; i < length; i++) {
      const part = parts[i];
      if (part === "**" && !parts[i + 1]) {
        newCommonPath.pop();
        break;
      }
      if (i === parts.length - 1 || part !== props.commonPath[i] || isDynamicPattern(part)) break;
      newCommonPath.push(part);
    }
    props.depthOffset = newCommonPath.length;
    props.commonPath = newCommonPath;
    props.root = ensureNonDriveRelativePath(newCommonPath.length > 0 ? posix.join(cwd, ...newCommonPath) : cwd);
  }
  return result;
}
function processPatterns(options, patterns, props) {
  const matchPatterns = [];
  const ignorePatterns = [];
  for (const pattern of options.ignore) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") ignorePatterns.push(normalizePattern(pattern, options, props, true));
  }
  for (const pattern of patterns) {
    if (!pattern) continue;
    if (pattern[0] !== "!" || pattern[1] === "(") matchPatterns.push(normalizePattern(pattern, options, props, false));
    else if (pattern[1] !== "!" || pattern[2] === "(") ignorePatterns.push(normalizePattern(pattern.slice(1), options, props, true));
  }
  return {
    match: matchPatterns,
    ignore: ignorePatterns
  };
}
function buildCrawler(options, patterns) {
  const cwd = options.cwd;
  const props = {
    root: cwd,
    depthOffset: 0
  };
  const processed = processPatterns(options, patterns, props);
  if (options.debug) log("internal processing patterns:", processed);
  const { absolute, caseSensitiveMatch, debug, dot, followSymbolicLinks, onlyDirectories } = options;
  const root = props.root.replace(BACKSLASHES, "");
  const matchOptions = {
    dot,
    nobrace: options.braceExpansion === false,
    nocase: !caseSensitiveMatch,
    noextglob: options.extglob === false,
    noglobstar: options.globstar === false,
    posix: true
  };
  const matcher = (0, import_picomatch.default)(processed.match, matchOptions);
  const ignore = (0, import_picomatch.default)(processed.ignore, matchOptions);
  const partialMatcher = getPartialMatcher(processed.match, matchOptions);
  const format = buildFormat(cwd, root, absolute);
  const excludeFormatter = absolute ? format : buildFormat(cwd, root, true);
  const excludePredicate = (_, p) => {
    const relativePath = excludeFormatter(p, true);
    return relativePath !== "." && !partialMatcher(relativePath) || ignore(relativePath);
  };
  let maxDepth;
  if (options.deep !== void 0) maxDepth = Math.round(options.deep - props.depthOffset);
  const crawler = new Builder({
    filters: [debug ? (p, isDirectory) => {
      const path = format(p, isDirectory);
      const matches = matcher(path) && !ignore(path);
      if (matches) log(`matched ${path}`);
      return matches;
    } : (p, isDirectory) => {
      const path = format(p, isDirectory);
      return matcher(path) && !ignore(path);
    }],
    exclude: debug ? (_, p) => {
      const skipped = excludePredicate(_, p);
      log(`${skipped ? "skipped" : "crawling"} ${p}`);
      return skipped;
    } : excludePredicate,
    fs: options.fs,
    pathSeparator: "/",
    relativePaths: !absolute,
    resolvePaths: absolute,
    includeBasePath: absolute,
    resolveSymlinks: followSymbolicLinks,
    excludeSymlinks: !followSymbolicLinks,
    excludeFiles: onlyDirectories,
    includeDirs: onlyDirectories || !options.onlyFiles,
    maxDepth,
    signal: options.signal
  }).crawl(root);
  if (options.debug) log("internal properties:", {
    ...props,
    root
  });
  return [crawler, cwd !== root && !absolute && buildRelative(cwd, root)];
}
function formatPaths(paths, mapper) {
  if (mapper) for (let i = paths.length - 1; i >= 0; i--) paths[i] = mapper(paths[i]);
  return paths;
}
var defaultOptions = {
  caseSensitiveMatch: true,
  debug: !!process.env.TINYGLOBBY_DEBUG,
  expandDirectories: true,
  followSymbolicLinks: true,
  onlyFiles: true
};
function getOptions(options) {
  const opts = Object.assign({}, options);
  for (const key in defaultOptions) if (opts[key] === void 0) Object.assign(opts, { [key]: defaultOptions[key] });
  opts.cwd = (opts.cwd instanceof URL ? fileURLToPath(opts.cwd) : resolve2(opts.cwd || process.cwd())).replace(BACKSLASHES, "/");
  opts.ignore = ensureStringArray(opts.ignore);
  opts.fs && (opts.fs = {
    readdir: opts.fs.readdir || readdir,
    readdirSync: opts.fs.readdirSync || readdirSync,
    realpath: opts.fs.realpath || realpath,
    realpathSync: opts.fs.realpathSync || realpathSync,
    stat: opts.fs.stat || stat,
    statSync: opts.fs.statSync || statSync
  });
  if (opts.debug) log("globbing with options:", opts);
  return opts;
}
function getCrawler(globInput, inputOptions = {}) {
  var _ref;
  if (globInput && (inputOptions === null || inputOptions === void 0 ? void 0 : inputOptions.patterns)) throw new Error("Cannot pass patterns as both an argument and an option");
  const isModern = isReadonlyArray(globInput) || typeof globInput === "string";
  const patterns = ensureStringArray((_ref = isModern ? globInput : globInput.patterns) !== null && _ref !== void 0 ? _ref : "**/*");
  const options = getOptions(isModern ? inputOptions : globInput);
  return patterns.length > 0 ? buildCrawler(options, patterns) : [];
}
async function glob(globInput, options) {
  const [crawler, relative2] = getCrawler(globInput, options);
  return crawler ? formatPaths(await crawler.withPromise(), relative2) : [];
}

// src/checks/leaks/bundle-dirs.ts
import { existsSync, readFileSync, statSync as statSync2 } from "node:fs";
import { join, posix as posix2 } from "node:path";
var LAYOUTS = [
  { path: ".next/static", framework: "Next.js" },
  // Prerendered pages and their RSC payloads are served as they are: props passed to client components land there.
  { path: ".next/server/app", framework: "Next.js", only: /\.(?:html|rsc|body)$/ },
  { path: ".next/server/pages", framework: "Next.js", only: /\.(?:html|json)$/ },
  { path: "out", framework: "Next.js static export", needsIndex: true },
  { path: ".output/public", framework: "Nuxt" },
  { path: ".svelte-kit/output/client", framework: "SvelteKit" },
  { path: "build/static", framework: "Create React App" },
  { path: "build", framework: "static build", needsIndex: true },
  { path: "dist/client", framework: "Astro" },
  { path: "dist/assets", framework: "Vite" },
  { path: "dist", framework: "static build", needsIndex: true },
  { path: "public/build", framework: "Remix" },
  { path: "build/client", framework: "React Router" },
  { path: "web-build", framework: "Expo web" }
];
var FRONTEND_DEPS = /^(?:next|vite|react-scripts|nuxt|@sveltejs\/kit|astro|@remix-run\/dev|@react-router\/dev|expo|gatsby|@angular\/core|vue)$/;
var isDir = (p) => existsSync(p) && statSync2(p).isDirectory();
async function packageDirs(cwd) {
  const found2 = await glob(["**/package.json"], {
    cwd,
    deep: 4,
    ignore: ["**/node_modules/**", "**/.git/**", "**/.next/**", "**/dist/**", "**/build/**", "**/.output/**"]
  });
  const dirs = found2.map((f) => posix2.dirname(f)).map((d) => d === "." ? "" : d);
  return [.../* @__PURE__ */ new Set(["", ...dirs])].sort((a, b) => a.length - b.length || a.localeCompare(b));
}
function isFrontend(cwd, dir) {
  try {
    const pkg = JSON.parse(readFileSync(join(cwd, dir, "package.json"), "utf8"));
    return Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).some((d) => FRONTEND_DEPS.test(d));
  } catch {
    return false;
  }
}
async function findClientOutputs(cwd) {
  const outputs = [];
  const unbuilt = [];
  for (const pkg of await packageDirs(cwd)) {
    const here = [];
    for (const l of LAYOUTS) {
      const dir = pkg ? `${pkg}/${l.path}` : l.path;
      if (!isDir(join(cwd, dir))) continue;
      if (l.needsIndex && !existsSync(join(cwd, dir, "index.html"))) continue;
      const shown2 = l.path.startsWith(".next/") ? pkg ? `${pkg}/.next` : ".next" : dir;
      here.push({ dir, framework: l.framework, shown: shown2, ...l.only ? { only: l.only } : {} });
    }
    for (const o of here) {
      const outer = here.find((x) => x !== o && !x.only && o.dir.startsWith(`${x.dir}/`));
      if (outer) {
        if (outer.framework === "static build") outer.framework = o.framework;
      } else if (!outputs.some((x) => x.dir === o.dir)) outputs.push(o);
    }
    if (!here.length && isFrontend(cwd, pkg)) unbuilt.push(pkg || ".");
  }
  return { outputs, unbuilt };
}
function configuredOutputs(cwd, dirs) {
  const missing = dirs.filter((d) => !isDir(join(cwd, d)));
  if (missing.length)
    throw new Error(
      `secrets.bundles names ${missing.join(", ")}, which ${missing.length === 1 ? "does" : "do"} not exist: run the build before the gate`
    );
  return dirs.map((d) => {
    const dir = d.replace(/\\/g, "/").replace(/\/+$/, "").replace(/^\.\//, "");
    return { dir, framework: "configured", shown: dir };
  });
}

// src/checks/leaks/bundles.ts
import { createHash } from "node:crypto";
import { existsSync as existsSync2, readFileSync as readFileSync2, statSync as statSync3 } from "node:fs";
import { extname, join as join2, posix as posix3 } from "node:path";

// node_modules/@jridgewell/sourcemap-codec/dist/sourcemap-codec.mjs
var comma = ",".charCodeAt(0);
var semicolon = ";".charCodeAt(0);
var chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
var intToChar = new Uint8Array(64);
var charToInt = new Uint8Array(128);
for (let i = 0; i < chars.length; i++) {
  const c = chars.charCodeAt(i);
  intToChar[i] = c;
  charToInt[c] = i;
}
function decodeInteger(reader) {
  let value = 0;
  let shift = 0;
  let integer = 0;
  do {
    const c = reader.next();
    integer = charToInt[c];
    value |= (integer & 31) << shift;
    shift += 5;
  } while (integer & 32);
  return value;
}
function decodeSign(num) {
  return num & 1 ? -2147483648 | -(num >>> 1) : num >>> 1;
}
function hasMoreVlq(reader, max) {
  if (reader.pos >= max) return false;
  return reader.peek() !== comma;
}
var bufLength = 1024 * 16;
var StringReader = class {
  constructor(buffer) {
    this.pos = 0;
    this.buffer = buffer;
  }
  next() {
    return this.buffer.charCodeAt(this.pos++);
  }
  peek() {
    return this.buffer.charCodeAt(this.pos);
  }
  indexOf(char) {
    const { buffer, pos } = this;
    const idx = buffer.indexOf(char, pos);
    return idx === -1 ? buffer.length : idx;
  }
};
function decode(mappings) {
  const { length } = mappings;
  const reader = new StringReader(mappings);
  const decoded = [];
  let genColumn = 0;
  let sourcesIndex = 0;
  let sourceLine = 0;
  let sourceColumn = 0;
  let namesIndex = 0;
  do {
    const semi = reader.indexOf(";");
    const line = [];
    let sorted = true;
    let lastCol = 0;
    genColumn = 0;
    while (reader.pos < semi) {
      let seg;
      genColumn += decodeSign(decodeInteger(reader));
      if (genColumn < lastCol) sorted = false;
      lastCol = genColumn;
      if (hasMoreVlq(reader, semi)) {
        sourcesIndex += decodeSign(decodeInteger(reader));
        sourceLine += decodeSign(decodeInteger(reader));
        sourceColumn += decodeSign(decodeInteger(reader));
        if (hasMoreVlq(reader, semi)) {
          namesIndex += decodeSign(decodeInteger(reader));
          seg = [genColumn, sourcesIndex, sourceLine, sourceColumn, namesIndex];
        } else {
          seg = [genColumn, sourcesIndex, sourceLine, sourceColumn];
        }
      } else {
        seg = [genColumn];
      }
      line.push(seg);
      reader.pos++;
    }
    if (!sorted) sort(line);
    decoded.push(line);
    reader.pos = semi + 1;
  } while (reader.pos <= length);
  return decoded;
}
function sort(line) {
  line.sort(sortComparator);
}
function sortComparator(a, b) {
  return a[0] - b[0];
}

// node_modules/@jridgewell/resolve-uri/dist/resolve-uri.mjs
var schemeRegex = /^[\w+.-]+:\/\//;
var urlRegex = /^([\w+.-]+:)\/\/([^@/#?]*@)?(\[[^\]]+\]|[^:/#?]*)(:\d+)?(\/[^#?]*)?(\?[^#]*)?(#.*)?/;
var fileRegex = /^file:(?:\/\/((?![a-z]:)[^/#?]*)?)?(\/?[^#?]*)(\?[^#]*)?(#.*)?/i;
function isAbsoluteUrl(input) {
  return schemeRegex.test(input);
}
function isSchemeRelativeUrl(input) {
  return input.startsWith("//");
}
function isAbsolutePath(input) {
  return input.startsWith("/");
}
function isFileUrl(input) {
  return input.startsWith("file:");
}
function isRelative(input) {
  return /^[.?#]/.test(input);
}
function parseAbsoluteUrl(input) {
  const match = urlRegex.exec(input);
  return makeUrl(match[1], match[2] || "", match[3], match[4] || "", match[5] || "/", match[6] || "", match[7] || "");
}
function parseFileUrl(input) {
  const match = fileRegex.exec(input);
  const path = match[2];
  return makeUrl("file:", "", match[1] || "", "", isAbsolutePath(path) ? path : "/" + path, match[3] || "", match[4] || "");
}
function makeUrl(scheme, user, host, port, path, query, hash) {
  return {
    scheme,
    user,
    host,
    port,
    path,
    query,
    hash,
    type: 7
  };
}
function parseUrl(input) {
  if (isSchemeRelativeUrl(input)) {
    const url2 = parseAbsoluteUrl("http:" + input);
    url2.scheme = "";
    url2.type = 6;
    return url2;
  }
  if (isAbsolutePath(input)) {
    const url2 = parseAbsoluteUrl("http://foo.com" + input);
    url2.scheme = "";
    url2.host = "";
    url2.type = 5;
    return url2;
  }
  if (isFileUrl(input))
    return parseFileUrl(input);
  if (isAbsoluteUrl(input))
    return parseAbsoluteUrl(input);
  const url = parseAbsoluteUrl("http://foo.com/" + input);
  url.scheme = "";
  url.host = "";
  url.type = input ? input.startsWith("?") ? 3 : input.startsWith("#") ? 2 : 4 : 1;
  return url;
}
function stripPathFilename(path) {
  if (path.endsWith("/.."))
    return path;
  const index = path.lastIndexOf("/");
  return path.slice(0, index + 1);
}
function mergePaths(url, base) {
  normalizePath2(base, base.type);
  if (url.path === "/") {
    url.path = base.path;
  } else {
    url.path = stripPathFilename(base.path) + url.path;
  }
}
function normalizePath2(url, type) {
  const rel = type <= 4;
  const pieces = url.path.split("/");
  let pointer = 1;
  let positive = 0;
  let addTrailingSlash = false;
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) {
      addTrailingSlash = true;
      continue;
    }
    addTrailingSlash = false;
    if (piece === ".")
      continue;
    if (piece === "..") {
      if (positive) {
        addTrailingSlash = true;
        positive--;
        pointer--;
      } else if (rel) {
        pieces[pointer++] = piece;
      }
      continue;
    }
    pieces[pointer++] = piece;
    positive++;
  }
  let path = "";
  for (let i = 1; i < pointer; i++) {
    path += "/" + pieces[i];
  }
  if (!path || addTrailingSlash && !path.endsWith("/..")) {
    path += "/";
  }
  url.path = path;
}
function resolve3(input, base) {
  if (!input && !base)
    return "";
  const url = parseUrl(input);
  let inputType = url.type;
  if (base && inputType !== 7) {
    const baseUrl = parseUrl(base);
    const baseType = baseUrl.type;
    switch (inputType) {
      case 1:
        url.hash = baseUrl.hash;
      // fall through
      case 2:
        url.query = baseUrl.query;
      // fall through
      case 3:
      case 4:
        mergePaths(url, baseUrl);
      // fall through
      case 5:
        url.user = baseUrl.user;
        url.host = baseUrl.host;
        url.port = baseUrl.port;
      // fall through
      case 6:
        url.scheme = baseUrl.scheme;
    }
    if (baseType > inputType)
      inputType = baseType;
  }
  normalizePath2(url, inputType);
  const queryHash = url.query + url.hash;
  switch (inputType) {
    // This is impossible, because of the empty checks at the start of the function.
    // case UrlType.Empty:
    case 2:
    case 3:
      return queryHash;
    case 4: {
      const path = url.path.slice(1);
      if (!path)
        return queryHash || ".";
      if (isRelative(base || input) && !isRelative(path)) {
        return "./" + path + queryHash;
      }
      return path + queryHash;
    }
    case 5:
      return url.path + queryHash;
    default:
      return url.scheme + "//" + url.user + url.host + url.port + url.path + queryHash;
  }
}

// node_modules/@jridgewell/trace-mapping/dist/trace-mapping.mjs
function stripFilename(path) {
  if (!path) return "";
  const index = path.lastIndexOf("/");
  return path.slice(0, index + 1);
}
function resolver(mapUrl, sourceRoot) {
  const from = stripFilename(mapUrl);
  const prefix = sourceRoot ? sourceRoot + "/" : "";
  return (source) => resolve3(prefix + (source || ""), from);
}
var COLUMN = 0;
var SOURCES_INDEX = 1;
var SOURCE_LINE = 2;
var SOURCE_COLUMN = 3;
var NAMES_INDEX = 4;
function maybeSort(mappings, owned) {
  const unsortedIndex = nextUnsortedSegmentLine(mappings, 0);
  if (unsortedIndex === mappings.length) return mappings;
  if (!owned) mappings = mappings.slice();
  for (let i = unsortedIndex; i < mappings.length; i = nextUnsortedSegmentLine(mappings, i + 1)) {
    mappings[i] = sortSegments(mappings[i], owned);
  }
  return mappings;
}
function nextUnsortedSegmentLine(mappings, start) {
  for (let i = start; i < mappings.length; i++) {
    if (!isSorted(mappings[i])) return i;
  }
  return mappings.length;
}
function isSorted(line) {
  for (let j = 1; j < line.length; j++) {
    if (line[j][COLUMN] < line[j - 1][COLUMN]) {
      return false;
    }
  }
  return true;
}
function sortSegments(line, owned) {
  if (!owned) line = line.slice();
  return line.sort(sortComparator2);
}
function sortComparator2(a, b) {
  return a[COLUMN] - b[COLUMN];
}
var found = false;
function binarySearch(haystack, needle, low, high) {
  while (low <= high) {
    const mid = low + (high - low >> 1);
    const cmp = haystack[mid][COLUMN] - needle;
    if (cmp === 0) {
      found = true;
      return mid;
    }
    if (cmp < 0) {
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  found = false;
  return low - 1;
}
function upperBound(haystack, needle, index) {
  for (let i = index + 1; i < haystack.length; index = i++) {
    if (haystack[i][COLUMN] !== needle) break;
  }
  return index;
}
function lowerBound(haystack, needle, index) {
  for (let i = index - 1; i >= 0; index = i--) {
    if (haystack[i][COLUMN] !== needle) break;
  }
  return index;
}
function memoizedState() {
  return {
    lastKey: -1,
    lastNeedle: -1,
    lastIndex: -1
  };
}
function memoizedBinarySearch(haystack, needle, state, key) {
  const { lastKey, lastNeedle, lastIndex } = state;
  let low = 0;
  let high = haystack.length - 1;
  if (key === lastKey) {
    if (needle === lastNeedle) {
      found = lastIndex !== -1 && haystack[lastIndex][COLUMN] === needle;
      return lastIndex;
    }
    if (needle >= lastNeedle) {
      low = lastIndex === -1 ? 0 : lastIndex;
    } else {
      high = lastIndex;
    }
  }
  state.lastKey = key;
  state.lastNeedle = needle;
  return state.lastIndex = binarySearch(haystack, needle, low, high);
}
function parse(map) {
  return typeof map === "string" ? JSON.parse(map) : map;
}
var LINE_GTR_ZERO = "`line` must be greater than 0 (lines start at line 1)";
var COL_GTR_EQ_ZERO = "`column` must be greater than or equal to 0 (columns start at column 0)";
var LEAST_UPPER_BOUND = -1;
var GREATEST_LOWER_BOUND = 1;
var TraceMap = class {
  constructor(map, mapUrl) {
    const isString = typeof map === "string";
    if (!isString && map._decodedMemo) return map;
    const parsed = parse(map);
    const { version, file, names, sourceRoot, sources, sourcesContent } = parsed;
    this.version = version;
    this.file = file;
    this.names = names || [];
    this.sourceRoot = sourceRoot;
    this.sources = sources;
    this.sourcesContent = sourcesContent;
    this.ignoreList = parsed.ignoreList || parsed.x_google_ignoreList || void 0;
    const resolve4 = resolver(mapUrl, sourceRoot);
    this.resolvedSources = sources.map(resolve4);
    const { mappings } = parsed;
    if (typeof mappings === "string") {
      this._encoded = mappings;
      this._decoded = void 0;
    } else if (Array.isArray(mappings)) {
      this._encoded = void 0;
      this._decoded = maybeSort(mappings, isString);
    } else if (parsed.sections) {
      throw new Error(`TraceMap passed sectioned source map, please use FlattenMap export instead`);
    } else {
      throw new Error(`invalid source map: ${JSON.stringify(parsed)}`);
    }
    this._decodedMemo = memoizedState();
    this._bySources = void 0;
    this._bySourceMemos = void 0;
  }
};
function cast(map) {
  return map;
}
function decodedMappings(map) {
  var _a;
  return (_a = cast(map))._decoded || (_a._decoded = decode(cast(map)._encoded));
}
function originalPositionFor(map, needle) {
  let { line, column, bias } = needle;
  line--;
  if (line < 0) throw new Error(LINE_GTR_ZERO);
  if (column < 0) throw new Error(COL_GTR_EQ_ZERO);
  const decoded = decodedMappings(map);
  if (line >= decoded.length) return OMapping(null, null, null, null);
  const segments = decoded[line];
  const index = traceSegmentInternal(
    segments,
    cast(map)._decodedMemo,
    line,
    column,
    bias || GREATEST_LOWER_BOUND
  );
  if (index === -1) return OMapping(null, null, null, null);
  const segment = segments[index];
  if (segment.length === 1) return OMapping(null, null, null, null);
  const { names, resolvedSources } = map;
  return OMapping(
    resolvedSources[segment[SOURCES_INDEX]],
    segment[SOURCE_LINE] + 1,
    segment[SOURCE_COLUMN],
    segment.length === 5 ? names[segment[NAMES_INDEX]] : null
  );
}
function OMapping(source, line, column, name) {
  return { source, line, column, name };
}
function traceSegmentInternal(segments, memo, line, column, bias) {
  let index = memoizedBinarySearch(segments, column, memo, line);
  if (found) {
    index = (bias === LEAST_UPPER_BOUND ? upperBound : lowerBound)(segments, column, index);
  } else if (bias === LEAST_UPPER_BOUND) index++;
  if (index === -1 || index === segments.length) return -1;
  return index;
}

// src/checks/leaks/bundles.ts
var rule = (id) => LEAK_RULES.find((r) => r.id === id);
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var sha = (...parts) => createHash("sha256").update(parts.join("\0")).digest("hex");
var BINARY = /\.(?:png|jpe?g|gif|bmp|ico|webp|avif|woff2?|ttf|otf|eot|mp[34]|webm|ogg|wav|wasm|pdf|zip|gz|br|zst)$/i;
var MAX_ASSET = 256 * 1024 * 1024;
var MAX_FILES = 1e5;
var PUBLIC_PREFIX = /^(?:NEXT_PUBLIC_|VITE_|PUBLIC_|REACT_APP_|NUXT_PUBLIC_|NUXT_ENV_|EXPO_PUBLIC_|GATSBY_|STORYBOOK_)/;
var PUBLIC_NAME = /PUBLIC|PUBLISHABLE|ANON(?:_|$)|SITE_?KEY|CLIENT_?ID|_DSN$/;
var BROWSER_KEYS = /* @__PURE__ */ new Set(["google-api-key"]);
function serverValues(env, markedSecret2) {
  const out = [];
  for (const [name, raw] of Object.entries(env)) {
    if (!raw || PUBLIC_PREFIX.test(name)) continue;
    if (!markedSecret2.has(name) && (!looksSecret(name) || PUBLIC_NAME.test(name))) continue;
    let value = raw.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
      try {
        value = decodeURIComponent(new URL(value).password);
      } catch {
        continue;
      }
    }
    if (value.length < 8 || /^\d+$/.test(value) || isPublicOrTestKey(value) || isPlaceholder(value)) continue;
    out.push({ name, value });
  }
  return out;
}
function lineCol(text, index) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < index; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: index - start + 1 };
}
var SourceMaps = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  cache = /* @__PURE__ */ new Map();
  load(asset, text) {
    if (this.cache.has(asset)) return this.cache.get(asset);
    let map = null;
    const url = /[#@] sourceMappingURL=([^\s'"*]+)\s*(?:\*\/)?\s*$/.exec(text.slice(-600))?.[1];
    const candidates = [url && !url.startsWith("data:") ? posix3.join(posix3.dirname(asset), url) : "", `${asset}.map`];
    for (const c of candidates) {
      if (!c || !existsSync2(join2(this.cwd, c))) continue;
      try {
        map = new TraceMap(readFileSync2(join2(this.cwd, c), "utf8"));
        break;
      } catch {
      }
    }
    this.cache.set(asset, map);
    return map;
  }
  /** `src/app/page.tsx:12`, or undefined when there is no map or no mapping for the position. */
  original(asset, text, line, column) {
    const map = this.load(asset, text);
    if (!map) return void 0;
    const pos = originalPositionFor(map, { line, column: Math.max(0, column - 1) });
    return pos.source ? `${cleanSource(pos.source)}:${pos.line}` : void 0;
  }
};
function cleanSource(source) {
  return source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^[a-z-]+:\/\/\/?/, "").replace(/\?.*$/, "").replace(/^(?:\.\.?\/)+/, "");
}
function bundleSeverity(m) {
  if (BROWSER_KEYS.has(m.rule))
    return { severity: "low", evidence: "shape (a browser key: restrict it by HTTP referrer)" };
  if (m.evidence === "shape" || m.evidence === "connection string")
    return {
      severity: m.severity === "blocker" || m.severity === "high" ? "blocker" : m.severity,
      evidence: m.evidence
    };
  if (m.evidence === "keyword + entropy") return { severity: "medium", evidence: m.evidence };
  return void 0;
}
async function scanBundles(cwd, outputs, values, mask, signal) {
  const out = { findings: [], files: 0, bytes: 0, notes: [] };
  const found2 = /* @__PURE__ */ new Map();
  const add = (f, at) => {
    const k = `${f.rule}\0${f.key}`;
    const prev = found2.get(k);
    if (prev) {
      if (!prev.at.some((a) => a.file === at.file)) prev.at.push(at);
    } else found2.set(k, { ...f, at: [at] });
  };
  const forms = [];
  for (const v of values) for (const form of formsOf(v.value)) if (form.length >= 8) forms.push({ form, name: v.name });
  const matcher = forms.length ? new LiteralMatcher(forms.map((f) => f.form)) : void 0;
  const maps = new SourceMaps(cwd);
  const decoder = new TextDecoder("utf-8", { fatal: false });
  for (const o of outputs) {
    const files = (await glob(["**/*"], { cwd: join2(cwd, o.dir), dot: true, onlyFiles: true })).sort();
    if (files.length > MAX_FILES)
      throw new Error(`${o.dir} holds ${files.length} files: name the client output in secrets.bundles`);
    const published = [];
    const listed = new Set(files);
    for (const rel of files) {
      signal.throwIfAborted();
      if (BINARY.test(rel) || o.only && !o.only.test(rel)) continue;
      const file = `${o.dir}/${rel}`;
      const abs = join2(cwd, file);
      const size = statSync3(abs).size;
      if (size > MAX_ASSET) {
        out.notes.push(`${file}: only the first 256 MiB scanned`);
      }
      const bytes = readFileSync2(abs).subarray(0, MAX_ASSET);
      if (bytes.subarray(0, 8e3).includes(0)) continue;
      out.files++;
      out.bytes += bytes.length;
      const isMap = rel.endsWith(".map");
      if (isMap && /\.(?:[cm]?js|css)$/.test(rel.slice(0, -4)) && listed.has(rel.slice(0, -4))) published.push(file);
      let text;
      const textOf = () => text ??= decoder.decode(bytes);
      if (matcher) {
        const seen = new Uint8Array(forms.length);
        if (matcher.scan(bytes, seen)) {
          const names = /* @__PURE__ */ new Set();
          seen.forEach((hit, i) => {
            if (!hit || names.has(forms[i].name)) return;
            names.add(forms[i].name);
            const { line, column } = lineCol(textOf(), textOf().indexOf(forms[i].form));
            const source = isMap ? void 0 : maps.original(file, textOf(), line, column);
            add(
              {
                rule: "server-secret-in-bundle",
                key: forms[i].name,
                severity: "blocker",
                evidence: "value of a server variable",
                what: forms[i].name
              },
              { file, line, column, ...source ? { source } : {} }
            );
          });
        }
      }
      const hits = [];
      if (isMap) {
        let parsed;
        try {
          parsed = JSON.parse(textOf());
        } catch {
          parsed = void 0;
        }
        const contents = parsed?.sourcesContent ?? [];
        for (let i = 0; i < contents.length; i++) {
          const content = contents[i];
          if (!content) continue;
          const src = cleanSource(parsed?.sources?.[i] ?? `source ${i + 1}`);
          if (/(?:^|\/)node_modules\//.test(src)) continue;
          for (const m of await scanText(`asset${extname(src) || ".js"}`, content))
            hits.push({ m, source: `${src}:${m.line}` });
        }
      } else {
        const c = candidateOf(`asset${extname(rel) || ".js"}`, bytes, text);
        if (c) for (const m of await scanCandidate(c)) hits.push({ m });
      }
      for (const { m, source } of hits) {
        const judged = bundleSeverity(m);
        if (!judged || values.some((v) => v.value === m.secret)) continue;
        mask(m.secret);
        const src = source ?? maps.original(file, textOf(), m.line, m.column);
        add(
          {
            rule: "client-bundle-secret",
            key: sha(m.rule, m.secret),
            ...judged,
            what: `${CATALOG[m.rule]?.title ?? "Credential"} ${m.rule === "private-key" ? "" : redact(m.secret)}`.trim()
          },
          { file, line: m.line, column: m.column, ...src ? { source: src } : {} }
        );
      }
    }
    if (published.length) {
      const r = rule("client-source-map");
      out.findings.push({
        rule: r.id,
        severity: "medium",
        file: published[0],
        message: `${plural(published.length, "source map")} published with the ${o.framework} output in ${o.dir} (e.g. ${published[0]})`,
        why: r.why,
        fix: r.fix,
        docs: r.docs,
        evidence: "*.map next to the served file",
        confidence: "certain",
        fingerprint: sha(r.id, o.dir)
      });
    }
  }
  for (const f of found2.values()) {
    const r = rule(f.rule);
    const [first, ...more] = f.at;
    const from = first.source ? ` (from ${first.source})` : "";
    const also = more.length ? `; also in ${plural(more.length, "more asset")}` : "";
    const message = f.rule === "server-secret-in-bundle" ? `The value of ${f.what} (a server-only variable of this step) is in the client asset ${first.file}${from}${also}` : `${f.what} in the client asset ${first.file}${from}${also}`;
    out.findings.push({
      rule: f.rule,
      severity: f.severity,
      file: first.file,
      line: first.line,
      column: first.column,
      message,
      why: r.why,
      fix: r.fix,
      docs: r.docs,
      evidence: f.evidence,
      confidence: f.severity === "blocker" ? "certain" : "possible",
      fingerprint: sha(f.rule, f.key)
    });
  }
  return out;
}

// src/checks/leaks/log-files.ts
import { readFileSync as readFileSync3, statSync as statSync4 } from "node:fs";
import { join as join3 } from "node:path";
var MAX_LOG_BYTES = 256 * 1024 * 1024;
async function scanLogFiles(cwd, patterns, mask, signal) {
  const out = { findings: [], notes: [], files: 0, bytes: 0 };
  if (!patterns.length) return out;
  const paths = (await glob(patterns, { cwd, dot: true, onlyFiles: true, ignore: ["**/node_modules/**", "**/.git/**"] })).sort();
  if (!paths.length) {
    throw new Error(`secrets.logs matched no file (${patterns.join(", ")}): export the logs before the gate runs`);
  }
  for (const path of paths) {
    signal.throwIfAborted();
    const size = statSync4(join3(cwd, path)).size;
    const buf = readFileSync3(join3(cwd, path)).subarray(0, MAX_LOG_BYTES);
    if (buf.subarray(0, 8e3).includes(0)) {
      out.notes.push(`${path}: binary, not scanned (decompress exported logs first)`);
      continue;
    }
    if (size > MAX_LOG_BYTES) out.notes.push(`${path}: only the first 256 MiB scanned`);
    out.files++;
    out.bytes += buf.length;
    const lines = buf.toString("utf8").split(/\r?\n/).map((text) => ({ text }));
    const hits = await findLogLeaks(lines, []);
    for (const h of hits) mask(h.value);
    for (const g of groupHits(hits)) {
      const first = g.hits[0];
      const shown2 = excerpt(
        lines[first.index].text,
        hits.filter((h) => h.index === first.index).map((h) => h.value)
      );
      const r = ruleText(g.rule);
      out.findings.push({
        rule: g.rule,
        severity: g.severity,
        file: path,
        line: first.index + 1,
        message: `${g.kind} in a log file: ${extent(g)}; e.g. \`${shown2}\``,
        why: r.why,
        fix: r.fix,
        docs: r.docs,
        evidence: g.kind,
        confidence: "likely",
        fingerprint: leakFingerprint(g.rule, g.kind, path)
      });
    }
  }
  return out;
}

// src/checks/leaks/index.ts
var plural2 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
async function markedSecret(cwd) {
  const names = /* @__PURE__ */ new Set();
  const files = await glob(["**/.env*", "**/*.env*"], {
    cwd,
    dot: true,
    deep: 5,
    onlyFiles: true,
    ignore: ["**/node_modules/**", "**/.git/**"]
  });
  for (const f of files.filter((p) => TEMPLATE.test(p))) {
    try {
      for (const v of parseContract(readFileSync4(join4(cwd, f), "utf8"), f).vars) if (v.secret) names.add(v.name);
    } catch {
    }
  }
  return names;
}
async function scanLeaks(ctx) {
  const cfg = ctx.config.secrets;
  const notes = [];
  const findings = [];
  const clauses = [];
  const metrics = {};
  let outputs;
  if (cfg.bundles) outputs = configuredOutputs(ctx.cwd, cfg.bundles);
  else {
    const d = await findClientOutputs(ctx.cwd);
    outputs = d.outputs;
    if (d.unbuilt.length)
      notes.push(
        `no client build output in ${d.unbuilt.slice(0, 5).join(", ")}: run the gate after the build (npm run build) to scan what browsers download`
      );
  }
  if (outputs.length) {
    const values = serverValues(ctx.env, await markedSecret(ctx.cwd));
    for (const v of values) ctx.mask(v.value);
    const b = await scanBundles(ctx.cwd, outputs, values, ctx.mask, ctx.signal);
    findings.push(...b.findings);
    notes.push(...b.notes);
    const where = [...new Set(outputs.map((o) => `${o.shown} (${o.framework})`))];
    clauses.push(
      `${plural2(b.files, "client asset")} (${mb(b.bytes)}) in ${where.slice(0, 3).join(", ")}${where.length > 3 ? ` and ${where.length - 3} more` : ""}`
    );
    notes.push(
      `client output: ${where.join(", ")}; checked against ${plural2(values.length, "server-only value")} of this step's environment`
    );
    Object.assign(metrics, {
      bundleDirs: outputs.map((o) => o.dir),
      bundleFiles: b.files,
      bundleBytes: b.bytes,
      serverValues: values.length
    });
  }
  if (cfg.logs.length) {
    const l = await scanLogFiles(ctx.cwd, cfg.logs, ctx.mask, ctx.signal);
    findings.push(...l.findings);
    notes.push(...l.notes);
    clauses.push(`${plural2(l.files, "log file")} (${mb(l.bytes)})`);
    Object.assign(metrics, { logFiles: l.files, logBytes: l.bytes });
  }
  return {
    findings,
    notes,
    ...clauses.length ? { summary: clauses.join(", ") } : {},
    metrics,
    covers: outputs.map((o) => o.dir)
  };
}

// src/checks/secrets/finding.ts
import { createHash as createHash2 } from "node:crypto";
function fingerprint(rule2, file, secret) {
  return createHash2("sha256").update(`${rule2}\0${file}\0${secret}`).digest("hex");
}
function shown(m) {
  if (m.rule === "private-key" || m.rule === "gcp-service-account-key") return "";
  return ` ${redact(m.secret.trim())}`;
}
function toFinding(m, file, commit) {
  const info = CATALOG[m.rule] ?? CATALOG["secretlint-other"];
  const notes = [commit && `added in commit ${commit.slice(0, 7)}`, m.evidence && `evidence: ${m.evidence}`].filter(
    Boolean
  );
  const where = notes.length ? ` (${notes.join("; ")})` : "";
  return {
    rule: m.rule,
    severity: m.severity,
    file,
    line: m.line,
    column: m.column,
    message: `${info.title}${shown(m)} committed${where}`,
    why: info.why,
    fix: fixFor(info),
    fingerprint: fingerprint(m.rule, file, m.secret),
    ...commit ? { commit } : {},
    docs: docsLink(m.rule),
    evidence: m.evidence,
    confidence: m.confidence
  };
}

// src/checks/secrets/tree.ts
import { existsSync as existsSync3 } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { Worker } from "node:worker_threads";
var BATCH = 64;
var MIN_FILES_FOR_WORKERS = 2e3;
function workerStart() {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) {
    const file = [new URL("./secrets-worker.js", here), new URL("../secrets-worker.js", here)].find(
      (u) => existsSync3(fileURLToPath2(u))
    );
    return file && { file };
  }
  try {
    const tsx = import.meta.resolve("tsx/esm/api");
    const entry = new URL("./worker.ts", here).href;
    return {
      evalCode: `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(here)}))`
    };
  } catch {
    return void 0;
  }
}
function workerCount(files) {
  if (files < MIN_FILES_FOR_WORKERS) return 0;
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}
function startWorker(start, input, onResult, log2) {
  const worker = "file" in start ? new Worker(start.file, { workerData: input }) : new Worker(start.evalCode, { eval: true, workerData: input });
  let ready = false;
  let settled = false;
  let settle;
  const finished = new Promise((resolve4) => settle = resolve4);
  const stop = (why) => {
    if (settled) return;
    settled = true;
    if (why) log2(`launch-gate: secrets worker stopped (${why}); the main thread scans what it left`);
    void worker.terminate();
    settle();
  };
  worker.on("message", (m) => {
    if (settled) return;
    if ("ready" in m) ready = true;
    else if ("done" in m) stop();
    else if ("error" in m) stop(m.error);
    else onResult(m.id, m.result);
  });
  worker.on("error", (e) => stop(e.message));
  worker.on("exit", (code) => stop(`exit ${code}`));
  return { finished, stop, isReady: () => ready };
}
async function scanTreeParallel(cwd, paths, maxFileSize, signal, onResult, log2 = () => {
}, hintExclude) {
  const batches = [];
  for (let i = 0; i < paths.length; i += BATCH) batches.push(paths.slice(i, i + BATCH));
  const received = new Uint8Array(batches.length);
  const accept = (id, r) => {
    if (received[id]) return;
    received[id] = 1;
    onResult(id, r);
  };
  const next = new Int32Array(new SharedArrayBuffer(4));
  const wanted = workerCount(paths.length);
  const start = wanted ? workerStart() : void 0;
  const input = { cwd, maxFileSize, batches, next, hintExclude };
  const pool = start ? Array.from({ length: wanted }, () => startWorker(start, input, accept, log2)) : [];
  let helped = 0;
  const stopAll = () => pool.forEach((w) => w.stop());
  signal.addEventListener("abort", stopAll, { once: true });
  try {
    const reader = new FileReader(cwd, maxFileSize);
    const hints = hintExclude && new CodeHints(cwd, hintExclude);
    const scan = async (id) => accept(id, await scanBatch(reader, batches[id], { yieldEveryMs: 50, signal, hints }));
    for (let id = Atomics.add(next, 0, 1); id < batches.length; id = Atomics.add(next, 0, 1)) await scan(id);
    await new Promise((resolve4) => setImmediate(resolve4));
    for (const w of pool) {
      if (w.isReady()) helped++;
      else w.stop();
    }
    await Promise.all(pool.map((w) => w.finished));
    signal.throwIfAborted();
    for (let id = 0; id < batches.length; id++) if (!received[id]) await scan(id);
  } finally {
    signal.removeEventListener("abort", stopAll);
    stopAll();
  }
  return { workers: helped };
}

// src/checks/secrets/index.ts
var CONFIDENCE = ["certain", "likely", "possible"];
var plural3 = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
var mb2 = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
var Findings = class {
  byKey = /* @__PURE__ */ new Map();
  add(f) {
    this.byKey.delete(f.fingerprint);
    this.byKey.set(f.fingerprint, f);
  }
  /** What must be revoked first: certain before likely before possible, then by file and line. */
  list() {
    return [...this.byKey.values()].sort(
      (a, b) => CONFIDENCE.indexOf(a.confidence ?? "likely") - CONFIDENCE.indexOf(b.confidence ?? "likely") || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0)
    );
  }
};
async function scanDiff(ctx, scope, isExcluded, out, c) {
  const hunks = scope.hunks.filter((h) => !isExcluded(h.path));
  const paths = /* @__PURE__ */ new Set();
  for (const h of hunks) {
    ctx.signal.throwIfAborted();
    paths.add(h.path);
    const text = h.lines.join("\n");
    c.bytes += Buffer.byteLength(text);
    for (const m of await scanText(h.path, text)) {
      ctx.mask(m.secret);
      out.add(toFinding({ ...m, line: h.startLine + m.line - 1 }, h.path, h.commit));
    }
  }
  const utf16 = /* @__PURE__ */ new Set();
  for (const s of scope.skipped) {
    if (skipReason(s.reason) !== "binary" || isExcluded(s.path) || utf16.has(s.path)) continue;
    const r = await readUtf16(ctx.cwd, s.path, scope.maxFileSize);
    if (r === void 0) continue;
    utf16.add(s.path);
    paths.add(s.path);
    c.bytes += Buffer.byteLength(r);
    for (const m of await scanText(s.path, r)) {
      ctx.mask(m.secret);
      out.add(toFinding(m, s.path));
    }
  }
  c.files = paths.size;
  for (const s of scope.skipped)
    if (!isExcluded(s.path) && s.reason !== "excluded by config" && !utf16.has(s.path))
      c.skipped[skipReason(s.reason)]++;
}
async function readUtf16(cwd, path, maxFileSize) {
  const r = await readText(cwd, path, Math.max(maxFileSize, UTF16_LIMIT));
  return "text" in r && r.utf16 ? r.text : void 0;
}
async function scanTree(ctx, scope, isExcluded, out, c, notes) {
  const paths = scope.files.filter((f) => f.status !== "deleted" && !isExcluded(f.path)).map((f) => f.path);
  const skippedByBatch = [];
  const hintsByBatch = [];
  const { workers } = await scanTreeParallel(
    ctx.cwd,
    paths,
    scope.maxFileSize,
    ctx.signal,
    (index, r) => {
      c.files += r.files;
      c.streamed += r.streamed ?? 0;
      c.bytes += r.bytes;
      const skipped = [];
      for (const s of r.skipped) {
        const kind = skipReason(s.reason);
        c.skipped[kind]++;
        if (s.reason.startsWith("too large to read")) c.unreadableLarge.push(`${s.path} (${s.reason})`);
        if (kind !== "binary") skipped.push(`${s.path} (${s.reason})`);
      }
      skippedByBatch[index] = skipped;
      hintsByBatch[index] = (r.hints ?? []).flatMap((f) => f.hints.map((h) => hintFinding(f.path, h)));
      for (const f of r.found)
        for (const m of f.matches) {
          ctx.mask(m.secret);
          out.add(toFinding(m, f.path));
        }
    },
    (msg) => ctx.log.info(msg),
    ctx.config.secrets.exclude
  );
  c.workers = workers;
  const skippedPaths = skippedByBatch.flat();
  if (skippedPaths.length) {
    const shown2 = skippedPaths.slice(0, 10).join(", ");
    notes.push(`not scanned: ${shown2}${skippedPaths.length > 10 ? ` and ${skippedPaths.length - 10} more` : ""}`);
  }
  return hintsByBatch.flat();
}
async function runSecrets(ctx) {
  const started = performance.now();
  const scope = await ctx.scope();
  const isExcluded = excluder(ctx.config.secrets.exclude);
  const findings = new Findings();
  const notes = [...scope.notes];
  const c = {
    workers: 0,
    files: 0,
    bytes: 0,
    skipped: { binary: 0, oversize: 0, other: 0 },
    streamed: 0,
    unreadableLarge: []
  };
  let hints;
  if (scope.kind === "diff") {
    await scanDiff(ctx, scope, isExcluded, findings, c);
    hints = await scanCodeHints(ctx.cwd, scope, ctx.config.secrets.exclude, ctx.signal);
  } else hints = await scanTree(ctx, scope, isExcluded, findings, c, notes);
  const leaks = await scanLeaks(ctx);
  notes.push(...leaks.notes);
  const inOutput = (f) => leaks.covers.some((d) => f.file?.startsWith(`${d}/`));
  const list = [...findings.list().filter((f) => !inOutput(f)), ...leaks.findings, ...hints];
  const sk = c.skipped;
  const skippedTotal = sk.binary + sk.oversize + sk.other;
  if (scope.kind === "diff" && sk.oversize + sk.other) {
    const what2 = scope.skipped.filter((s) => skipReason(s.reason) !== "binary").slice(0, 10);
    notes.push(`not scanned: ${what2.map((s) => `${s.path} (${s.reason})`).join(", ")}`);
  }
  const what = scope.kind === "diff" ? `scanned ${plural3(c.files, "changed file")} (${plural3(scope.commits.length, "commit")})` : `scanned ${plural3(c.files, "file")} (${mb2(c.bytes)})`;
  const skipped = skippedTotal ? `; skipped ${skippedTotal} (${[
    sk.binary && `${sk.binary} binary`,
    sk.oversize && `${sk.oversize} over the size limit`,
    sk.other && `${sk.other} unreadable`
  ].filter(Boolean).join(", ")})` : "";
  const certain = list.filter((f) => f.confidence === "certain").length;
  const byConfidence = certain ? ` (${certain} certain: revoke first)` : "";
  if (c.streamed) notes.push(`${plural3(c.streamed, "file")} over max-file-size scanned in chunks`);
  if (c.unreadableLarge.length)
    return {
      status: "error",
      summary: `could not read ${plural3(c.unreadableLarge.length, "file")}: ${c.unreadableLarge.slice(0, 5).join(", ")}; exclude them with secrets.exclude if they hold no secrets`,
      findings: list,
      notes
    };
  return {
    summary: `${what}${leaks.summary ? `, ${leaks.summary}` : ""}, ${plural3(list.length, "finding")}${byConfidence}${skipped}`,
    findings: list,
    notes,
    metrics: {
      scope: scope.kind,
      filesScanned: c.files,
      bytesScanned: c.bytes,
      commits: scope.commits.length,
      skippedBinary: sk.binary,
      skippedOversize: sk.oversize,
      skippedOther: sk.other,
      streamed: c.streamed,
      workers: c.workers,
      byConfidence: Object.fromEntries(CONFIDENCE.map((k) => [k, list.filter((f) => f.confidence === k).length])),
      scanMs: Math.round(performance.now() - started),
      ...leaks.metrics
    }
  };
}
var check = {
  id: "secrets",
  rules: SECRET_RULES,
  applies: async () => true,
  run: runSecrets
};
export {
  check,
  runSecrets
};
