// Child process of atomic-write-kill.test.ts: saves one file over and over until it is killed.
// Usage: node repeated-saves.mjs <atomic-write.mjs> <target> <first version>
// Each version is JSON whose first and last fields repeat the version number, so a reader can tell
// a whole file from a partial one. "saved N" goes to stdout (a pipe: written synchronously on Linux
// and macOS) after each save, so the parent knows the newest version that certainly reached the file.
import process from 'node:process';

const [modulePath, target, firstVersionText] = process.argv.slice(2);
const { writeFileAtomic } = await import(modulePath);

/** 100 kB to 1 MB, varying from version to version (7919 is prime to 900 000), the same on every run. */
function paddingLengthFor(version) {
  return 100_000 + ((version * 7919) % 900_000);
}

process.stdout.write('ready\n');
for (let version = Number(firstVersionText); ; version += 1) {
  const padding = 'x'.repeat(paddingLengthFor(version));
  await writeFileAtomic(target, JSON.stringify({ version, padding, end: version }));
  process.stdout.write(`saved ${version}\n`);
}
