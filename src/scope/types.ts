export type FileStatus = 'added' | 'modified' | 'deleted' | 'renamed' | 'unchanged';

export interface ScopeFile {
  /** Path relative to the working directory, forward slashes. */
  path: string;
  status: FileStatus;
  oldPath?: string;
}

/** Lines one commit added to one file, in hunks of consecutive lines (line numbers in that commit). */
export interface AddedHunk {
  path: string;
  commit: string;
  /** Line number (1-based) of the first line in the file as of `commit`. */
  startLine: number;
  lines: string[];
}

export interface Scope {
  kind: 'diff' | 'all';
  /** Repository root when the working directory is inside git, else undefined. */
  gitRoot?: string;
  base?: string;
  head?: string;
  /** Commits base..head, oldest first (diff scope). */
  commits: string[];
  /**
   * diff: the files the commits touch, with their final status (deleted files included).
   * all: every tracked (and untracked, not ignored) file; status `unchanged`.
   */
  files: ScopeFile[];
  /** diff only: every line any commit added, per commit (a secret added then deleted is still here). */
  hunks: AddedHunk[];
  /** Files left out on purpose (size limit, binary, excluded) with the reason. */
  skipped: { path: string; reason: string }[];
  notes: string[];
  /** Max file size in bytes looked at by content scanners. */
  maxFileSize: number;
}
