// Child process of atomic-write-kill.test.ts: saves one file over and over until it is killed.
// Usage: node repeated-saves.mjs <atomic-write.mjs> <target> <first version> <seed>
// Each version is JSON whose first and last fields repeat the version number, so a reader can tell
// a whole file from a partial one. "saved N" goes to stdout (a pipe: written synchronously on Linux
// and macOS) after each save, so the parent knows the newest version that certainly reached the file.
import process from 'node:process';

const [modulePath, target, firstVersionText, seedText] = process.argv.slice(2);
const { writeFileAtomic } = await import(modulePath);

let seed = Number(seedText) >>> 0;
/** mulberry32: the file sizes vary, reproducibly. */
function nextRandom() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

process.stdout.write('ready\n');
for (let version = Number(firstVersionText); ; version += 1) {
  const padding = 'x'.repeat(100_000 + Math.floor(nextRandom() * 900_000));
  await writeFileAtomic(target, JSON.stringify({ version, padding, end: version }));
  process.stdout.write(`saved ${version}\n`);
}
