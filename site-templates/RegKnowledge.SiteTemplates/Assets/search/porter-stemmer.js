// The original Porter stemmer (M.F. Porter, 1980) as Lucene's PorterStemmer runs it: Porter's reference C version, with its
// departures from the paper ("bli" → "ble", "logi" → "log"), on lower-case words; words of one or two letters are kept.
// Written for this project from the algorithm; checked against Lucene on every word of /usr/share/dict/words.

/** The stem of a lower-case word. */
export function stem(word) {
  if (word.length <= 2) return word;
  const s = new Stemming(word);
  s.step1ab();
  s.step1c();
  s.step2();
  s.step3();
  s.step4();
  s.step5();
  return s.b.slice(0, s.k + 1).join('');
}

class Stemming {
  constructor(word) {
    this.b = word.split(''); // one UTF-16 unit per cell, like Lucene's char[]
    this.k = word.length - 1;
    this.j = 0;
  }

  cons(i) {
    switch (this.b[i]) {
      case 'a': case 'e': case 'i': case 'o': case 'u': return false;
      case 'y': return i === 0 ? true : !this.cons(i - 1);
      default: return true;
    }
  }

  // m = number of vowel-consonant sequences in b[0..j].
  m() {
    let n = 0;
    let i = 0;
    const j = this.j;
    for (; ; i++) {
      if (i > j) return n;
      if (!this.cons(i)) break;
    }
    i++;
    for (; ;) {
      for (; ; i++) {
        if (i > j) return n;
        if (this.cons(i)) break;
      }
      i++;
      n++;
      for (; ; i++) {
        if (i > j) return n;
        if (!this.cons(i)) break;
      }
      i++;
    }
  }

  vowelInStem() {
    for (let i = 0; i <= this.j; i++) if (!this.cons(i)) return true;
    return false;
  }

  doubleConsonant(j) {
    if (j < 1) return false;
    if (this.b[j] !== this.b[j - 1]) return false;
    return this.cons(j);
  }

  // consonant-vowel-consonant ending at i, the last not w, x or y: "hop", not "snow".
  cvc(i) {
    if (i < 2 || !this.cons(i) || this.cons(i - 1) || !this.cons(i - 2)) return false;
    const ch = this.b[i];
    return !(ch === 'w' || ch === 'x' || ch === 'y');
  }

  ends(s) {
    const o = this.k - s.length + 1;
    if (o < 0) return false;
    for (let i = 0; i < s.length; i++) if (this.b[o + i] !== s[i]) return false;
    this.j = this.k - s.length;
    return true;
  }

  setTo(s) {
    for (let i = 0; i < s.length; i++) this.b[this.j + 1 + i] = s[i];
    this.k = this.j + s.length;
  }

  r(s) {
    if (this.m() > 0) this.setTo(s);
  }

  // Plurals and -ed, -ing.
  step1ab() {
    if (this.b[this.k] === 's') {
      if (this.ends('sses')) this.k -= 2;
      else if (this.ends('ies')) this.setTo('i');
      else if (this.b[this.k - 1] !== 's') this.k--;
    }
    if (this.ends('eed')) {
      if (this.m() > 0) this.k--;
    } else if ((this.ends('ed') || this.ends('ing')) && this.vowelInStem()) {
      this.k = this.j;
      if (this.ends('at')) this.setTo('ate');
      else if (this.ends('bl')) this.setTo('ble');
      else if (this.ends('iz')) this.setTo('ize');
      else if (this.doubleConsonant(this.k)) {
        const ch = this.b[this.k--];
        if (ch === 'l' || ch === 's' || ch === 'z') this.k++;
      } else if (this.m() === 1 && this.cvc(this.k)) this.setTo('e');
    }
  }

  // Terminal y to i when there is another vowel in the stem.
  step1c() {
    if (this.ends('y') && this.vowelInStem()) this.b[this.k] = 'i';
  }

  // Double suffixes to single ones.
  step2() {
    if (this.k === 0) return;
    const rules = STEP2[this.b[this.k - 1]];
    if (rules) this.firstRule(rules);
  }

  step3() {
    const rules = STEP3[this.b[this.k]];
    if (rules) this.firstRule(rules);
  }

  firstRule(rules) {
    for (const [suffix, replacement] of rules) {
      if (this.ends(suffix)) {
        this.r(replacement);
        return;
      }
    }
  }

  // -ant, -ence etc. when m > 1.
  step4() {
    if (this.k === 0) return;
    if (!this.step4Matches()) return;
    if (this.m() > 1) this.k = this.j;
  }

  step4Matches() {
    switch (this.b[this.k - 1]) {
      case 'a': return this.ends('al');
      case 'c': return this.ends('ance') || this.ends('ence');
      case 'e': return this.ends('er');
      case 'i': return this.ends('ic');
      case 'l': return this.ends('able') || this.ends('ible');
      case 'n': return this.ends('ant') || this.ends('ement') || this.ends('ment') || this.ends('ent');
      case 'o':
        if (this.ends('ion') && this.j >= 0 && (this.b[this.j] === 's' || this.b[this.j] === 't')) return true;
        return this.ends('ou');
      case 's': return this.ends('ism');
      case 't': return this.ends('ate') || this.ends('iti');
      case 'u': return this.ends('ous');
      case 'v': return this.ends('ive');
      case 'z': return this.ends('ize');
      default: return false;
    }
  }

  // Final e, and ll → l, when the measure allows.
  step5() {
    this.j = this.k;
    if (this.b[this.k] === 'e') {
      const a = this.m();
      if (a > 1 || (a === 1 && !this.cvc(this.k - 1))) this.k--;
    }
    if (this.b[this.k] === 'l' && this.doubleConsonant(this.k) && this.m() > 1) this.k--;
  }
}

const STEP2 = {
  a: [['ational', 'ate'], ['tional', 'tion']],
  c: [['enci', 'ence'], ['anci', 'ance']],
  e: [['izer', 'ize']],
  l: [['bli', 'ble'], ['alli', 'al'], ['entli', 'ent'], ['eli', 'e'], ['ousli', 'ous']],
  o: [['ization', 'ize'], ['ation', 'ate'], ['ator', 'ate']],
  s: [['alism', 'al'], ['iveness', 'ive'], ['fulness', 'ful'], ['ousness', 'ous']],
  t: [['aliti', 'al'], ['iviti', 'ive'], ['biliti', 'ble']],
  g: [['logi', 'log']],
};

const STEP3 = {
  e: [['icate', 'ic'], ['ative', ''], ['alize', 'al']],
  i: [['iciti', 'ic']],
  l: [['ical', 'ic'], ['ful', '']],
  s: [['ness', '']],
};
