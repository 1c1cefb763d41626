/** Characters that must never reach a terminal raw: C0/C1 controls, DEL, line separators and bidi controls. */
const UNSAFE_CODE_POINTS: readonly (readonly [number, number])[] = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0x61c, 0x61c],
  [0x200e, 0x200f],
  [0x2028, 0x202e],
  [0x2066, 0x2069],
];

/** The unsafe characters of `text`, as code points (empty when it is safe to print). */
export function unsafeCodePoints(text: string): number[] {
  return Array.from(text, (char) => char.codePointAt(0)!).filter((code) =>
    UNSAFE_CODE_POINTS.some(([low, high]) => code >= low && code <= high),
  );
}
