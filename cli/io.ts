/** What a command may do to the outside world; tests pass a fake, main passes Node's. */
export interface CliIo {
  readFile(path: string): string;
  stdout(text: string): void;
  stderr(text: string): void;
}
