// A light MySQL statement splitter: libpg-query cannot parse MySQL, and the MySQL rules only need each
// statement's text (comments removed, strings kept) and first line.
export interface MysqlStatement {
  /** Statement text without comments, whitespace collapsed. */
  text: string;
  /** Uppercased `text` with string literals emptied, for keyword matching. */
  upper: string;
  line: number;
}

export function splitMysql(src: string): MysqlStatement[] {
  const out: MysqlStatement[] = [];
  let buf = '';
  let line = 1;
  let start = 0; // line where the current statement's first real character sits
  let delimiter = ';';
  const push = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) {
      const upper = text.replace(/'(?:[^'\\]|\\.|'')*'|"(?:[^"\\]|\\.)*"/g, "''").toUpperCase();
      out.push({ text, upper, line: start });
    }
    buf = '';
    start = 0;
  };
  for (let i = 0; i < src.length;) {
    const c = src[i];
    const atLineStart = i === 0 || src[i - 1] === '\n';
    if (atLineStart && /^DELIMITER\s+(\S+)/i.test(src.slice(i, i + 40))) {
      delimiter = /^DELIMITER\s+(\S+)/i.exec(src.slice(i, i + 40))![1];
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      line++;
      buf += c;
      i++;
      continue;
    }
    if ((c === '-' && src[i + 1] === '-') || c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '/' && src[i + 1] === '*') {
      const end = src.indexOf('*/', i + 2);
      const chunk = src.slice(i, end < 0 ? src.length : end + 2);
      line += chunk.split('\n').length - 1;
      buf += ' ';
      i += chunk.length;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' && c !== '`' ? 2 : 1;
      const chunk = src.slice(i, j + 1);
      if (!start) start = line;
      line += chunk.split('\n').length - 1;
      buf += chunk;
      i = j + 1;
      continue;
    }
    if (src.startsWith(delimiter, i)) {
      push();
      i += delimiter.length;
      continue;
    }
    if (!start && !/\s/.test(c)) start = line;
    buf += c;
    i++;
  }
  push();
  return out;
}
