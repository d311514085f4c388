// Python 3.11's view of Unicode text, for the tokenizers that must match scikit-learn and
// rouge_score: `str.lower()` and the `\w` of Python's `re` (a letter or a digit in any script, or `_`).
//
// Follows: CPython 3.11, whose tables are Unicode 14.0. JavaScript's `toLowerCase` and
// `[\p{L}\p{N}_]` agree with Python on every character Unicode 14.0 assigns (checked on all code
// points, Greek final sigma included); they differ only on characters assigned later, which
// Python 3.11 treats as unassigned: not a word character, no case. So we mask exactly those.
// Leaves out: two later property changes that only move Greek final-sigma context (U+0295 stopped
// being cased and U+1171E stopped being case-ignorable in Unicode 16). The table was computed on
// Node 20.20 (Unicode 17.0): the code points that Python 3.11 reports as category Cn but
// `/\p{Cn}/u` does not. Regenerate it if the runtime's Unicode moves past NEWER_UNICODE_VERSION.

/** The Unicode version the table below was computed against (the runtime's, not Python's). */
export const NEWER_UNICODE_VERSION = "17.0";

// Sorted [first, last] pairs of code points unassigned in Unicode 14.0 but assigned by 17.0.
const ASSIGNED_AFTER_UNICODE_14: readonly number[] = [
  0x88F, 0x88F, 0x897, 0x897, 0xC5C, 0xC5C, 0xCDC, 0xCDC, 0xCF3, 0xCF3, 0xECE, 0xECE,
  0x1ACF, 0x1ADD, 0x1AE0, 0x1AEB, 0x1B4E, 0x1B4F, 0x1B7F, 0x1B7F, 0x1C89, 0x1C8A, 0x20C1, 0x20C1,
  0x2427, 0x2429, 0x2B96, 0x2B96, 0x2FFC, 0x2FFF, 0x31E4, 0x31E5, 0x31EF, 0x31EF, 0xA7CB, 0xA7CF,
  0xA7D2, 0xA7D2, 0xA7D4, 0xA7D4, 0xA7DA, 0xA7DC, 0xA7F1, 0xA7F1, 0xFBC3, 0xFBD2, 0xFD90, 0xFD91,
  0xFDC8, 0xFDCE, 0x105C0, 0x105F3, 0x10940, 0x10959, 0x10D40, 0x10D65, 0x10D69, 0x10D85,
  0x10D8E, 0x10D8F, 0x10EC2, 0x10EC7, 0x10ED0, 0x10ED8, 0x10EFA, 0x10EFF, 0x1123F, 0x11241,
  0x11380, 0x11389, 0x1138B, 0x1138B, 0x1138E, 0x1138E, 0x11390, 0x113B5, 0x113B7, 0x113C0,
  0x113C2, 0x113C2, 0x113C5, 0x113C5, 0x113C7, 0x113CA, 0x113CC, 0x113D5, 0x113D7, 0x113D8,
  0x113E1, 0x113E2, 0x116D0, 0x116E3, 0x11B00, 0x11B09, 0x11B60, 0x11B67, 0x11BC0, 0x11BE1,
  0x11BF0, 0x11BF9, 0x11DB0, 0x11DDB, 0x11DE0, 0x11DE9, 0x11F00, 0x11F10, 0x11F12, 0x11F3A,
  0x11F3E, 0x11F5A, 0x1342F, 0x1342F, 0x13439, 0x13455, 0x13460, 0x143FA, 0x16100, 0x16139,
  0x16D40, 0x16D79, 0x16EA0, 0x16EB8, 0x16EBB, 0x16ED3, 0x16FF2, 0x16FF6, 0x187F8, 0x187FF,
  0x18CFF, 0x18CFF, 0x18D09, 0x18D1E, 0x18D80, 0x18DF2, 0x1B132, 0x1B132, 0x1B155, 0x1B155,
  0x1CC00, 0x1CCFC, 0x1CD00, 0x1CEB3, 0x1CEBA, 0x1CED0, 0x1CEE0, 0x1CEF0, 0x1D2C0, 0x1D2D3,
  0x1DF25, 0x1DF2A, 0x1E030, 0x1E06D, 0x1E08F, 0x1E08F, 0x1E4D0, 0x1E4F9, 0x1E5D0, 0x1E5FA,
  0x1E5FF, 0x1E5FF, 0x1E6C0, 0x1E6DE, 0x1E6E0, 0x1E6F5, 0x1E6FE, 0x1E6FF, 0x1F6D8, 0x1F6D8,
  0x1F6DC, 0x1F6DC, 0x1F774, 0x1F77F, 0x1F7D9, 0x1F7D9, 0x1F8B2, 0x1F8BB, 0x1F8C0, 0x1F8C1,
  0x1F8D0, 0x1F8D8, 0x1FA54, 0x1FA57, 0x1FA75, 0x1FA77, 0x1FA87, 0x1FA8A, 0x1FA8E, 0x1FA8F,
  0x1FAAD, 0x1FAAF, 0x1FABB, 0x1FABF, 0x1FAC6, 0x1FAC6, 0x1FAC8, 0x1FAC8, 0x1FACD, 0x1FACF,
  0x1FADA, 0x1FADC, 0x1FADF, 0x1FADF, 0x1FAE8, 0x1FAEA, 0x1FAEF, 0x1FAEF, 0x1FAF7, 0x1FAF8,
  0x1FBCB, 0x1FBEF, 0x1FBFA, 0x1FBFA, 0x2B739, 0x2B73F, 0x2CEA2, 0x2CEAD, 0x2EBF0, 0x2EE5D,
  0x31350, 0x33479,
];

/** True when Unicode 14.0 (Python 3.11) left the code point unassigned but the runtime knows it. */
export function isAssignedAfterUnicode14(codePoint: number): boolean {
  let lo = 0;
  let hi = ASSIGNED_AFTER_UNICODE_14.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < ASSIGNED_AFTER_UNICODE_14[2 * mid]) hi = mid - 1;
    else if (codePoint > ASSIGNED_AFTER_UNICODE_14[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

/** True when Python 3.11's `re` counts the character (one code point) as `\w`. */
export function isPythonWordChar(char: string): boolean {
  const codePoint = char.codePointAt(0);
  return codePoint !== undefined && WORD_CHAR.test(char) && !isAssignedAfterUnicode14(codePoint);
}

// U+FFFF is a noncharacter: unassigned in every Unicode version, so lowercasing treats it the way
// Python 3.11 treats a character it does not know (it keeps it and it breaks final-sigma context).
const UNKNOWN = "\uFFFF";
const BEYOND_FIRST_MASKED = /[\u088f-\uffff]/; // UTF-16 units, so surrogates (astral text) count too

/** Python 3.11's `str.lower()`: full Unicode lowercasing with Greek final sigma, Unicode 14.0 tables. */
export function pythonLower(text: string): string {
  // Fast path: below U+088F (the first code point the table masks) the two agree outright.
  if (!BEYOND_FIRST_MASKED.test(text)) return text.toLowerCase();
  const masked: string[] = [];
  let input = "";
  for (const char of text) {
    const unknown = char === UNKNOWN || isAssignedAfterUnicode14(char.codePointAt(0) as number);
    if (unknown) masked.push(char);
    input += unknown ? UNKNOWN : char;
  }
  if (masked.length === 0) return text.toLowerCase();
  let next = 0;
  return input.toLowerCase().replace(/\uFFFF/g, () => masked[next++]);
}
