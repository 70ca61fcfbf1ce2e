// The query language of `regk search` (RegKnowledge.Search QuerySyntax and QueryLexer), the same grammar and messages:
//   words (OR-ed, ranked), "a phrase", prefix*, AND, OR, NOT, +must, -mustNot, ( groups ).

export const MAX_LENGTH = 1000;
export const MIN_PREFIX_LENGTH = 2;

/** A query the parser cannot read; the message is meant for the person who typed it. */
export class QuerySyntaxError extends Error {}

// .NET's char.IsWhiteSpace: Unicode White_Space (JavaScript's \s differs on U+0085 and U+FEFF).
const WHITE = /[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;
const isWhite = c => WHITE.test(c);

/** Splits a query into words, phrases, parentheses and operators: [{ kind, text, column }]. */
export function lex(query) {
  const tokens = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    if (isWhite(c)) {
      i++;
    } else if (c === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) throw new QuerySyntaxError(`the quote at column ${i + 1} is never closed; add a closing " after the phrase`);
      tokens.push({ kind: 'phrase', text: query.slice(i + 1, close), column: i + 1 });
      i = close + 1;
    } else if (c === '(' || c === ')') {
      tokens.push({ kind: c === '(' ? 'open' : 'close', text: c, column: i + 1 });
      i++;
    } else if ((c === '+' || c === '-') && i + 1 < query.length && !isWhite(query[i + 1]) && query[i + 1] !== '+' && query[i + 1] !== '-') {
      tokens.push({ kind: c === '+' ? 'plus' : 'minus', text: c, column: i + 1 });
      i++;
    } else {
      const start = i;
      while (i < query.length && !isWhite(query[i]) && query[i] !== '"' && query[i] !== '(' && query[i] !== ')') i++;
      const text = query.slice(start, i);
      const kind = text === 'AND' ? 'and' : text === 'OR' ? 'or' : text === 'NOT' ? 'not' : 'word';
      tokens.push({ kind, text, column: start + 1 });
    }
  }
  return tokens;
}

/**
 * Parses a query into nodes: { type: 'words', text } | { type: 'phrase', text } | { type: 'prefix', prefix }
 * | { type: 'bool', clauses: [{ role: 'should'|'must'|'mustNot', node }] }.
 */
export function parse(query) {
  if (query.length > MAX_LENGTH) throw new QuerySyntaxError(`the query is longer than ${MAX_LENGTH} characters`);
  const tokens = lex(query);
  if (tokens.length === 0) throw new QuerySyntaxError('the query is empty');
  const parser = new Parser(tokens);
  const node = parser.or();
  if (!parser.atEnd) throw new QuerySyntaxError(`the ')' at column ${parser.current.column} has no matching '('`);
  return node;
}

class Parser {
  constructor(tokens) {
    this.tokens = tokens;
    this.position = 0;
  }

  get atEnd() {
    return this.position >= this.tokens.length;
  }

  get current() {
    return this.tokens[this.position];
  }

  or() {
    const clauses = [clause(this.and())];
    while (!this.atEnd && this.current.kind !== 'close') {
      if (this.current.kind === 'or') {
        const op = this.current;
        this.position++;
        this.requireOperand(op);
      }
      clauses.push(clause(this.and()));
    }
    return clauses.length === 1 && clauses[0].role === 'should' ? clauses[0].node : { type: 'bool', clauses };
  }

  and() {
    const first = this.unary();
    if (this.atEnd || this.current.kind !== 'and') return first;
    const clauses = [required(first)];
    while (!this.atEnd && this.current.kind === 'and') {
      const op = this.current;
      this.position++;
      this.requireOperand(op);
      clauses.push(required(this.unary()));
    }
    return { type: 'bool', clauses };
  }

  unary() {
    const token = this.current;
    switch (token.kind) {
      case 'not':
      case 'minus':
      case 'plus': {
        this.position++;
        this.requireOperand(token);
        const operand = this.current.kind === 'word' ? this.singleWord() : this.unary();
        return { type: 'bool', clauses: [{ role: token.kind === 'plus' ? 'must' : 'mustNot', node: operand }] };
      }
      default:
        return this.primary();
    }
  }

  primary() {
    const token = this.current;
    switch (token.kind) {
      case 'phrase':
        this.position++;
        return { type: 'phrase', text: token.text };
      case 'open': {
        this.position++;
        if (this.atEnd) throw unclosed(token);
        if (this.current.kind === 'close') throw new QuerySyntaxError(`empty parentheses at column ${token.column}`);
        const inner = this.or();
        if (this.atEnd) throw unclosed(token);
        this.position++;
        return inner;
      }
      case 'word':
        return isPrefix(token.text) ? this.singleWord() : this.words();
      case 'close':
        throw new QuerySyntaxError(`the ')' at column ${token.column} has no matching '('`);
      default:
        throw new QuerySyntaxError(`'${token.text}' at column ${token.column} needs a search term before it`);
    }
  }

  singleWord() {
    const token = this.current;
    this.position++;
    if (!isPrefix(token.text)) return { type: 'words', text: token.text };
    const prefix = token.text.slice(0, -1);
    if (prefix.length < MIN_PREFIX_LENGTH || prefix.includes('*')) {
      throw new QuerySyntaxError(`'${token.text}' at column ${token.column}: a prefix search needs at least ${MIN_PREFIX_LENGTH} letters before a single '*' at the end`);
    }
    return { type: 'prefix', prefix: toLowerInvariant(prefix) };
  }

  words() {
    const words = [];
    while (!this.atEnd && this.current.kind === 'word' && !isPrefix(this.current.text)) {
      words.push(this.current.text);
      this.position++;
    }
    return { type: 'words', text: words.join(' ') };
  }

  requireOperand(op) {
    if (this.atEnd || ['close', 'and', 'or'].includes(this.current.kind)) {
      throw new QuerySyntaxError(`'${op.text}' at column ${op.column} needs a search term after it`);
    }
  }
}

const isPrefix = word => word.length > 1 && word.endsWith('*');
const unclosed = open => new QuerySyntaxError(`the '(' at column ${open.column} is never closed`);

/** An OR-list clause: a bare +x / -x keeps its own role. */
function clause(node) {
  return node.type === 'bool' && node.clauses.length === 1 && node.clauses[0].role !== 'should' ? node.clauses[0] : { role: 'should', node };
}

/** An AND-list clause: required unless it is a NOT. */
function required(node) {
  return node.type === 'bool' && node.clauses.length === 1 && node.clauses[0].role !== 'should' ? node.clauses[0] : { role: 'must', node };
}

/** .NET ToLowerInvariant: char by char simple lower case. */
function toLowerInvariant(text) {
  let out = '';
  for (const ch of text) {
    const lower = ch === '\u0130' ? 'i' : ch.toLowerCase();
    out += [...lower].length === 1 ? lower : ch;
  }
  return out;
}
