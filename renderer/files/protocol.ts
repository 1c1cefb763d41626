import type { RestoreResult } from '../../src-core';

/** Main thread → session-file worker: restore this file text. */
export interface ReadSessionFileRequest {
  readonly requestId: number;
  readonly text: string;
}

/** Session-file worker → main thread: what {@link readSessionFileText} made of the text. */
export interface ReadSessionFileReply {
  readonly requestId: number;
  readonly result: RestoreResult;
}
