/**
 * Remembers the last key a live apply drew, and says whether a new one differs: store subscriptions fire on every
 * change, and most of them change nothing on screen.
 */
export function changeGate(): (key: string) => boolean {
  let last: string | undefined;
  return (key: string) => {
    if (key === last) return false;
    last = key;
    return true;
  };
}
