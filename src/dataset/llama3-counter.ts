/**
 * Counting Llama 3 tokens of many similar texts fast, exactly. A dataset repeats most of its
 * text (one master prompt in every record, each job ad in seven), and the Llama 3 tokenizer
 * encodes every pre-token on its own: the text is split at special tokens, then by the
 * pre-tokenizer's regular expression, and byte-pair merges never cross a pre-token. So the count
 * of a text is the number of special tokens plus the sum of its pre-tokens' counts, and each
 * distinct pre-token needs encoding once. `llama3-tokenizer-js` caches pre-tokens only within
 * one call; this counter keeps the cache across calls (about 5× faster on the study's data).
 *
 * Follows: the special-token and pre-tokenizer expressions of llama3-tokenizer-js 1.2.0 (Meta's
 * tiktoken pattern, its `(?i:…)` group spelled out for JavaScript). Tests check the counter
 * against `countLlama3Tokens` on the study's texts cut at arbitrary points and on a sample of its records.
 */
import { countLlama3Tokens } from "../tokenize/llama3";

const SPECIAL =
  /<\|(?:begin_of_text|end_of_text|start_header_id|end_header_id|eot_id|eom_id|python_tag|finetune_right_pad_id|reserved_special_token_(?:[0-9]|[1-9][0-9]|1[0-9][0-9]|2[0-3][0-9]|24[0-7]))\|>/g;
const PRETOKEN =
  /(?:'([sS]|[tT]|[rR][eE]|[vV][eE]|[mM]|[lL][lL]|[dD]))|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+/gu;

export type TokenCounter = (text: string) => number;

/** A counting function with its own pre-token cache (drop it to free the memory). */
export function cachedLlama3Counter(): TokenCounter {
  const cache = new Map<string, number>();
  const countPiece = (piece: string): number => {
    let total = 0;
    for (const match of piece.matchAll(PRETOKEN)) {
      const pretoken = match[0];
      let n = cache.get(pretoken);
      if (n === undefined) cache.set(pretoken, (n = countLlama3Tokens(pretoken)));
      total += n;
    }
    return total;
  };
  return (text) => {
    let total = 0;
    let last = 0;
    for (const match of text.matchAll(SPECIAL)) {
      total += countPiece(text.slice(last, match.index)) + 1;
      last = match.index! + match[0].length;
    }
    return total + countPiece(text.slice(last));
  };
}
