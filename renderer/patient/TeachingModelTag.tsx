/**
 * A small "teaching model" tag beside a figure the model only teaches (pain relief): its note is the tooltip and,
 * for screen readers, part of the tag's description.
 */
export function TeachingModelTag({ note }: { readonly note: string }) {
  return (
    <span className="badge teaching-tag" title={note}>
      teaching model<span className="visually-hidden">: {note}</span>
    </span>
  );
}
