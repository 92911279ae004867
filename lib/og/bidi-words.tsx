// Right-to-left text for next/og: Satori shapes Arabic letters but lays words out left to right and ignores
// `direction`. So an Arabic line is drawn as a wrapping row-reverse of words (the first word at the right edge); a run
// of Latin or Cyrillic words inside it (a project title, an acronym) stays one left-to-right piece.
import type { CSSProperties } from "react";

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]/;
const LEFT_TO_RIGHT = /[0-9A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff]/;

/**
 * Latin punctuation on an Arabic word as pieces of its own ("الحالة:" → "الحالة", ":"): inside one piece Satori draws
 * it on the wrong side and measures the word short. Arabic punctuation (، ؛ ؟) stays attached; Satori places it right.
 */
function detachMarks(word: string): string[] {
  if (!ARABIC.test(word)) return word ? [word] : [];
  const parts = word.match(/^([^\p{L}\p{N}\u0600-\u06ff]*)(.*?)([^\p{L}\p{N}\p{M}\u0600-\u06ff]*)$/u);
  return (parts ? parts.slice(1) : [word]).filter(Boolean);
}

/** The pieces of a right-to-left line in reading order: single Arabic words, neutral marks, left-to-right runs. */
export function bidiPieces(text: string): { text: string; ltr: boolean }[] {
  const pieces: { text: string; ltr: boolean }[] = [];
  let run: string[] = [];
  let neutral: string[] = [];
  const closeRun = () => {
    if (run.length) pieces.push({ text: run.join(" "), ltr: true });
    for (const word of neutral) pieces.push({ text: word, ltr: false });
    run = [];
    neutral = [];
  };
  for (const word of text.split(/\s+/).flatMap(detachMarks)) {
    if (LEFT_TO_RIGHT.test(word) && !ARABIC.test(word)) {
      run.push(...neutral, word);
      neutral = [];
    } else if (ARABIC.test(word) || !run.length) {
      closeRun();
      pieces.push({ text: word, ltr: false });
    } else neutral.push(word);
  }
  closeRun();
  return pieces;
}

/** `text` as a right-to-left row of words, wrapping onto lines that start at the right. */
export function RtlText({ text, style }: { text: string; style: CSSProperties & { fontSize: number } }) {
  return (
    <div
      style={{
        ...style,
        display: "flex",
        flexDirection: "row-reverse",
        flexWrap: "wrap",
        columnGap: Math.round(style.fontSize * 0.2),
      }}
    >
      {bidiPieces(text).map((piece, i) => (
        <div key={i} style={{ display: "flex" }}>
          {piece.text}
        </div>
      ))}
    </div>
  );
}
