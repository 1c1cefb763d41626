import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** What a command may do to the outside world; tests pass a fake, main passes Node's. */
export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** Writes an output file whole (atomically) or throws; only commands with `--out` call it. */
  writeFile(path: string, text: string): void;
}

/** Largest session file the CLI reads (bytes): 8 MiB, hundreds of times a real session (a few kB). */
export const MAX_SESSION_FILE_BYTES = 8 * 1024 * 1024;

const CHUNK_BYTES = 64 * 1024;

/** A file the CLI will not read (not a regular file, too large); the message says why. */
export class FileRefusedError extends Error {}

function kindOf(stat: Stats): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a pipe (FIFO)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Reads a regular file of at most `maxBytes` as UTF-8. It opens without blocking (a FIFO would otherwise wait
 * for a writer forever), checks what it opened with fstat (so the answer is about the file actually read), and
 * reads in chunks, stopping once the cap is passed, so a file that grows while it is read (or lies about its
 * size) cannot exhaust memory. Throws FileRefusedError for a non-regular or oversize file, and Node's error
 * (with its `code`, e.g. ENOENT) when the file cannot be opened.
 *
 * @example readBoundedTextFile('resources/sessions/burst-t9.scs.json').startsWith('{'); // true
 */
export function readBoundedTextFile(path: string, maxBytes: number = MAX_SESSION_FILE_BYTES): string {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new FileRefusedError(`is ${kindOf(stat)}, not a session file.`);
    const tooLarge = () => new FileRefusedError(`is larger than ${maxBytes} bytes, the most a session file may be.`);
    if (stat.size > maxBytes) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    const buffer = Buffer.alloc(CHUNK_BYTES);
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw tooLarge();
      chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } finally {
    closeSync(fd);
  }
}
