// Command-line parsing errors in our words: Node's option-parser text is never shown, and a typo gets
// a "did you mean".

/** Edit distance, small strings only (option names). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}

/** The closest known word, when it is close enough to be the one meant. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    const d = k.startsWith(word) && word.length >= 3 ? 0.5 : distance(word, k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return bestD <= Math.max(1, Math.floor(word.length / 4)) + 1 ? best : undefined;
}

interface ParseError {
  code?: string;
  message: string;
}

/** One line for a `parseArgs` error: the option at fault, what is wrong, and the likely fix. */
export function explainArgsError(e: ParseError, options: Record<string, { type: string }>): string {
  const name = /'(-{1,2}[^'\s]+)/.exec(e.message)?.[1] ?? '';
  const bare = name.replace(/^-+/, '').split('=')[0];
  const longs = Object.keys(options);
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const guess = closest(bare, longs);
      return `unknown option ${name}${guess ? ` (did you mean --${guess}?)` : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return options[bare]?.type === 'boolean'
        ? `option --${bare} takes no value`
        : `option --${bare} needs a value (--${bare} VALUE)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'unexpected argument';
    default:
      return 'could not read the arguments';
  }
}
