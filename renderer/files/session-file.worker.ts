/// <reference lib="webworker" />
// Reads session files off the main thread: a 5 MB file takes JSON.parse and the schema check long
// enough to freeze the UI, and a hostile one is refused here before it is parsed at all.
import type { ReadSessionFileReply, ReadSessionFileRequest } from './protocol';
import { readSessionFileText } from './read-session-file';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<ReadSessionFileRequest>) => {
  const { requestId, text } = event.data;
  const reply: ReadSessionFileReply = { requestId, result: readSessionFileText(text) };
  scope.postMessage(reply);
};
